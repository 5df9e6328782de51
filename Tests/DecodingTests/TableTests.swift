import Foundation
import Testing
import TestSupport
@testable import Decoding

/// A table pandas read and printed, with its columns and one boolean selection.
struct TableCase: Decodable, CustomStringConvertible {
    struct ColumnCase: Decodable {
        let name, dtype, shape, series, seriesDefault, values: String
    }
    struct Selection: Decodable {
        let column: String
        let labels: [String]
        let count: Int
        let frame, series, shape: String
    }
    let file, separator, shape, frame, frameDefault: String
    let columns: [ColumnCase]
    let selection: Selection?
    var description: String { file }

    static let all: [TableCase] = {
        struct File: Decodable { let cases: [TableCase] }
        return (try? Fixture.decode("arrays/tables/golden.json", as: File.self))?.cases ?? []
    }()

    func read() throws -> DataFrame {
        try DataFrame.readCSV(Fixture.url("arrays/tables/" + file).path, separator: separator)
    }
}

@Suite struct TableTests {
    @Test func goldenFileIsPresent() {
        #expect(TableCase.all.count >= 7)
    }

    @Test(arguments: TableCase.all)
    func framePrintsLikePandas(_ golden: TableCase) throws {
        let df = try golden.read()
        expectEqual(df.description, golden.frame)
        expectEqual(df.formatted(.pandasDefault), golden.frameDefault)
        expectEqual(df.shape.description, golden.shape)
    }

    @Test(arguments: TableCase.all)
    func columnsPrintLikePandas(_ golden: TableCase) throws {
        let df = try golden.read()
        expectEqual(df.columnNames, golden.columns.map(\.name))
        for column in golden.columns {
            let series = try df[column.name]
            expectEqual(series.dtypeName, column.dtype, "\(column.name)")
            expectEqual(series.description, column.series, "\(column.name)")
            expectEqual(series.formatted(.pandasDefault), column.seriesDefault, "\(column.name)")
            expectEqual(series.shape.description, column.shape)
            expectEqual(series.values.description, column.values, "\(column.name)")
        }
    }

    @Test(arguments: TableCase.all.filter { $0.selection != nil })
    func maskedSelectionKeepsIndexLabels(_ golden: TableCase) throws {
        let selection = try #require(golden.selection)
        let df = try golden.read()
        let mask = try df[selection.column].isIn(selection.labels)
        expectEqual(mask.filter { $0 }.count, selection.count)
        expectEqual(df[mask].description, selection.frame)
        #expect(try df[selection.column][mask].description == selection.series)
        #expect(try df[selection.column][mask].shape.description == selection.shape)
    }

    @Test func haxbyLabelsHaveTypedColumns() throws {
        let df = try DataFrame.readCSV(Fixture.url("arrays/tables/labels.txt").path, separator: " ")
        expectEqual(df.shape, [1452, 2])
        let labels = try df["labels"], chunks = try df["chunks"]
        expectEqual(labels.strings.count, 1452)
        expectEqual(chunks.ints.storage.max(), 11)
        let mask = labels.isIn(["face", "cat"])
        expectEqual(chunks[mask].count, 216)
        expectEqual((labels .== "face").sum(), 108)
        let faceCat = labels[mask]
        let alwaysFace = NDArray(repeating: "face", shape: [faceCat.count])
        expectEqual((alwaysFace .== faceCat).sum(), 108)
        let lastThirty = faceCat[positions: (faceCat.count - 30)...]
        expectEqual(lastThirty.index, Array(faceCat.index.suffix(30)))
        expectEqual(faceCat[positions: ..<(faceCat.count - 30)].count, 186)
    }

    // MARK: Errors name what is wrong.

    func write(_ text: String, _ name: String = "table.csv") throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tables-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func missingColumnListsPresentOnes() throws {
        let df = try DataFrame.parse("labels chunks\nrest 0\n", separator: " ")
        #expect(throws: TableError.missingColumn(name: "label", present: ["labels", "chunks"])) { try df["label"] }
        let message = TableError.missingColumn(name: "label", present: ["labels", "chunks"]).description
        #expect(message.contains("'labels', 'chunks'"))
    }

    @Test func raggedRowNamesFileAndLine() throws {
        let path = try write("labels chunks\nrest 0\n\nface 1 extra\n")
        #expect(throws: TableError.raggedRow(path: path, line: 4, expected: 2, found: 3)) {
            try DataFrame.readCSV(path, separator: " ")
        }
        #expect(TableError.raggedRow(path: path, line: 4, expected: 2, found: 3).description.contains("\(path), line 4"))
    }

    /// Windows line endings: "\r\n" is a single Swift Character, so splitting on "\n" alone
    /// read such a file as one header line.
    @Test func windowsAndOldMacLineEndings() throws {
        for ending in ["\r\n", "\r"] {
            let df = try DataFrame.parse(["labels,chunks", "rest,0", "face,1", ""].joined(separator: ending))
            expectEqual(df.columnNames, ["labels", "chunks"], "line ending \(ending.debugDescription)")
            expectEqual(df.count, 2, "line ending \(ending.debugDescription)")
        }
        #expect(throws: TableError.raggedRow(path: "<text>", line: 3, expected: 2, found: 3)) {
            try DataFrame.parse("a,b\r\n1,2\r\n3,4,5\r\n")
        }
    }

    @Test func emptyAndUnreadableFiles() throws {
        let empty = try write("\n\n")
        #expect(throws: TableError.emptyFile(path: empty)) { try DataFrame.readCSV(empty) }
        let missing = empty + ".absent"
        do {
            _ = try DataFrame.readCSV(missing)
            Issue.record("reading a missing file succeeded")
        } catch {
            guard case .unreadableFile(let path, _) = error else { Issue.record("wrong error \(error)"); return }
            expectEqual(path, missing)
        }
        #expect(throws: TableError.unterminatedQuote(path: "<text>", line: 2)) {
            try DataFrame.parse("a,b\n\"open,1\n")
        }
    }

    @Test func typeInference() throws {
        let df = try DataFrame.parse("i,d,s,m\n1,1.5,x,\n-2,3,y,4\n")
        expectEqual(df.columns[0], .ints([1, -2]))
        expectEqual(df.columns[1], .doubles([1.5, 3]))
        expectEqual(df.columns[2], .strings(["x", "y"]))
        guard case .doubles(let m) = df.columns[3] else { Issue.record("missing value should make a float column"); return }
        #expect(m[0].isNaN && m[1] == 4)
    }

    @Test func maskLengthMismatchIsAnError() throws {
        let df = try DataFrame.parse("a\n1\n2\n")
        #expect(throws: TableError.maskLength(expected: 2, found: 1)) { try df.selecting([true]) }
    }
}
