/// The lines of a file as byte ranges of its exact bytes, so edits can keep every other byte.
///
/// Line `n` (1-based) is `bytes[range(of: n)]` without its `\n`; a `\r` before the `\n`
/// stays part of the line. A final line without `\n` counts; an empty file has no lines.
struct SourceLines {
    let bytes: [UInt8]
    /// Start offset of each line.
    private(set) var starts: [Int] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var start = 0
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(start)
            start = offset + 1
        }
        if start < bytes.count { starts.append(start) }
    }

    var count: Int { starts.count }

    /// How the file ends its lines: `"\r\n"` when its first line break is CRLF, else `"\n"`.
    var lineBreak: String {
        guard let first = bytes.firstIndex(of: UInt8(ascii: "\n")), first > 0,
              bytes[first - 1] == UInt8(ascii: "\r") else { return "\n" }
        return "\r\n"
    }

    /// The bytes of line `n` without its line break.
    func range(of n: Int) -> Range<Int> {
        let start = starts[n - 1]
        var end = n < starts.count ? starts[n] - 1 : bytes.count
        if n == starts.count, end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<end
    }

    /// The offset where line `n` starts; `count + 1` gives the end of the file.
    func start(of n: Int) -> Int {
        n <= starts.count ? starts[n - 1] : bytes.count
    }

    /// Line `n` as text (lossy UTF-8), without its line break.
    func text(of n: Int) -> String {
        String(decoding: bytes[range(of: n)], as: UTF8.self)
    }

    func isBlank(_ n: Int) -> Bool {
        bytes[range(of: n)].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
