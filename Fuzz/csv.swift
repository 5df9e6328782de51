// libFuzzer target: the CSV/table reader (`DataFrame.readCSV`), with the separator taken from
// the first byte among those the project uses.
@testable import Decoding
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzInput.run(data, size) { input in
        let separators = [",", " ", "\t", ";", "::"]
        let path = Scratch.write(input.payload, as: "table.csv")
        let separator = separators[Int(input.selector) % separators.count]
        if let frame = try? DataFrame.readCSV(path, separator: separator) { _ = frame.description }
    }
}
