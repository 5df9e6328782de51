// libFuzzer target: the CSV/table reader (`DataFrame.readCSV`), with the separator taken from
// the first byte among those the project uses.
@testable import Decoding
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let separators = [",", " ", "\t", ";", "::"]
    let separator = separators[Int(data[0]) % separators.count]
    let path = Scratch.write(UnsafeRawBufferPointer(start: data + 1, count: size - 1), as: "table.csv")
    defer { Scratch.clear() }
    if let frame = try? DataFrame.readCSV(path, separator: separator) { _ = frame.description }
    return 0
}
