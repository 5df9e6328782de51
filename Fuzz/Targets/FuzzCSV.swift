// The CSV/table reader (`DataFrame.readCSV`), with the separator taken from the first byte
// among those the project uses.
@testable import Decoding
import Foundation

enum FuzzCSV {
    /// Whether the reader accepted the input as a table.
    @discardableResult
    static func run(_ input: UnsafeRawBufferPointer) -> Bool {
        guard let first = input.first else { return false }
        let separators = [",", " ", "\t", ";", "::"]
        let separator = separators[Int(first) % separators.count]
        let path = Scratch.write(UnsafeRawBufferPointer(rebasing: input.dropFirst()), as: "table.csv")
        defer { Scratch.clear() }
        guard let frame = try? DataFrame.readCSV(path, separator: separator) else { return false }
        _ = frame.description
        return true
    }
}
