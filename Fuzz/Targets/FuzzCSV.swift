// The CSV/table reader (`DataFrame.readCSV`), with the separator taken from the first byte
// among those the project uses.
@testable import Decoding
import Foundation

enum FuzzCSV {
    /// Whether the reader accepted the input as a table.
    @discardableResult
    static func run(_ input: UnsafeRawBufferPointer) -> Bool {
        Scratch.withFile(input, as: "table.csv") { path, first in
            let separators = [",", " ", "\t", ";", "::"]
            guard let frame = try? DataFrame.readCSV(path, separator: separators[Int(first) % separators.count]) else { return false }
            _ = frame.description
            return true
        }
    }
}
