import Foundation

/// One libFuzzer input as the reader targets take it: the first byte picks a variant (the
/// container, the separator, the read size — see Fuzz/README.md), the rest is the payload.
struct FuzzInput {
    let selector: UInt8
    let payload: UnsafeRawBufferPointer

    /// Odd selectors ask for the gzip-compressed container.
    var compressed: Bool { selector & 1 == 1 }

    /// Runs `body` on the input (none for the empty one) and clears the scratch folder
    /// after it; returns what libFuzzer expects of `LLVMFuzzerTestOneInput`.
    static func run(_ data: UnsafePointer<UInt8>, _ size: Int, _ body: (FuzzInput) -> Void) -> CInt {
        guard size > 0 else { return 0 }
        defer { Scratch.clear() }
        body(FuzzInput(selector: data[0], payload: UnsafeRawBufferPointer(start: data + 1, count: size - 1)))
        return 0
    }
}
