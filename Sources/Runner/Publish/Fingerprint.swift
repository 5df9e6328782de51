import Foundation

/// A 64-bit FNV-1a digest, as 16 hex digits: cache keys only need to change when their
/// inputs change (this is not a security boundary), and must cost nothing to compute.
struct Fingerprint {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for b in bytes {
            state ^= UInt64(b)
            state = state &* 0x0000_0100_0000_01b3
        }
        state ^= 0xff  // separator, so ("ab","c") and ("a","bc") differ
        state = state &* 0x0000_0100_0000_01b3
    }

    mutating func add(_ text: String) { add(text.utf8) }

    var hex: String { String(state, radix: 16).leftPaddedHex() }

    /// Identity of a file's current version without reading it: size and modification time
    /// (used for the library build, which is large and replaced, not edited, on rebuild).
    static func stamp(of url: URL) -> String? {
        guard let attrs = try? FileManager.default.attributesOfItem(atPath: url.path),
              let size = attrs[.size] as? NSNumber, let date = attrs[.modificationDate] as? Date else { return nil }
        return "\(url.path):\(size):\(date.timeIntervalSince1970)"
    }
}

extension String {
    fileprivate func leftPaddedHex() -> String { count >= 16 ? self : String(repeating: "0", count: 16 - count) + self }
}
