import FileSupport

/// A SHA-256 (libcrypto, through `FileSupport.SHA256`: the project's one content hash) of a
/// sequence of parts, each length-prefixed so `("ab", "c")` and `("a", "bc")` differ.
/// Names cache entries and stamps sites; stable across runs and machines.
struct Fingerprint {
    private var parts: [UInt8] = []

    init() {}

    init(_ parts: [String]) {
        for part in parts { add(part) }
    }

    mutating func add(_ bytes: some Sequence<UInt8>) {
        let bytes = Array(bytes)
        parts += Array(String(bytes.count).utf8) + [0]
        parts += bytes
    }

    mutating func add(_ text: String) { add(text.utf8) }

    /// The digest as 64 lowercase hex digits.
    var hex: String { SHA256.hex(parts) }
}
