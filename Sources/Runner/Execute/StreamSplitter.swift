/// Cuts one output stream of a tutorial program into per-step pieces at the harness's
/// marker lines (see `Harness`), keeping at most `cap` bytes per step.
///
/// Data arrives in arbitrary chunks; a marker split across chunks is found because the
/// last few bytes that could start one are held back until the next chunk.
struct StreamSplitter {
    struct Piece {
        var bytes: [UInt8] = []
        /// Bytes the step wrote beyond the cap (counted, not kept).
        var dropped = 0
    }

    enum Event: Equatable {
        case begin(Int)
        case end(Int, nanoseconds: UInt64)
        case figure(Int, path: String, altText: String)
        case threw(Int)
        case didNotThrow(Int)
    }

    let marker: [UInt8]
    let cap: Int
    /// Output by step number; 0 is whatever came before the first step.
    private(set) var pieces: [Int: Piece] = [:]
    private(set) var current = 0
    private var pending: [UInt8] = []

    init(nonce: String, cap: Int) {
        marker = Array((Harness.markerPrefix + nonce + ":").utf8)
        self.cap = cap
    }

    /// Consumes a chunk and returns the events whose marker lines it completed.
    mutating func feed(_ chunk: ArraySlice<UInt8>) -> [Event] {
        pending.append(contentsOf: chunk)
        var events: [Event] = []
        while true {
            guard let start = find(marker, in: pending) else {
                // Keep back what could be the beginning of a marker.
                let keep = min(pending.count, marker.count - 1)
                var holdFrom = pending.count - keep
                if let lead = pending[holdFrom...].firstIndex(of: marker[0]) { holdFrom = lead } else { holdFrom = pending.count }
                append(pending[..<holdFrom])
                pending.removeSubrange(..<holdFrom)
                return events
            }
            guard let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                append(pending[..<start])
                pending.removeSubrange(..<start)
                return events
            }
            append(pending[..<start])
            let body = String(decoding: pending[(start + marker.count)..<newline], as: UTF8.self)
            pending.removeSubrange(...newline)
            if let event = Self.event(body) {
                if case .begin(let step) = event { current = step }
                events.append(event)
            }
        }
    }

    /// Flushes what was held back once the stream has ended.
    mutating func finish() {
        append(pending[...])
        pending.removeAll()
    }

    private mutating func append(_ bytes: ArraySlice<UInt8>) {
        guard !bytes.isEmpty else { return }
        var piece = pieces[current] ?? Piece()
        let room = max(0, cap - piece.bytes.count)
        piece.bytes.append(contentsOf: bytes.prefix(room))
        piece.dropped += max(0, bytes.count - room)
        pieces[current] = piece
    }

    private func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = 0
        while index <= haystack.count - needle.count {
            guard let lead = haystack[index...].firstIndex(of: needle[0]), lead <= haystack.count - needle.count else { return nil }
            if haystack[lead..<(lead + needle.count)].elementsEqual(needle) { return lead }
            index = lead + 1
        }
        return nil
    }

    static func event(_ body: String) -> Event? {
        let fields = body.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard fields.count >= 2, let step = Int(fields[1]) else { return nil }
        switch (fields[0], fields.count) {
        case ("begin", 2): return .begin(step)
        case ("end", 3): return UInt64(fields[2]).map { .end(step, nanoseconds: $0) }
        case ("threw", 2): return .threw(step)
        case ("nothrow", 2): return .didNotThrow(step)
        case ("figure", 4):
            guard let path = decode(fields[2]), let alt = decode(fields[3]) else { return nil }
            return .figure(step, path: path, altText: alt)
        default: return nil
        }
    }

    private static func decode(_ base64: String) -> String? {
        guard let data = Base64.decode(base64) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Standard base64 decoding (without Foundation, so the splitter stays a pure value).
enum Base64 {
    static func decode(_ text: String) -> [UInt8]? {
        var values: [UInt8] = []
        for character in text.utf8 where character != UInt8(ascii: "=") {
            switch character {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): values.append(character - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): values.append(character - UInt8(ascii: "a") + 26)
            case UInt8(ascii: "0")...UInt8(ascii: "9"): values.append(character - UInt8(ascii: "0") + 52)
            case UInt8(ascii: "+"): values.append(62)
            case UInt8(ascii: "/"): values.append(63)
            default: return nil
            }
        }
        var bytes: [UInt8] = []
        var index = 0
        while index + 1 < values.count {
            let a = values[index], b = values[index + 1]
            bytes.append(a << 2 | b >> 4)
            if index + 2 < values.count { bytes.append((b & 0x0f) << 4 | values[index + 2] >> 2) }
            if index + 3 < values.count { bytes.append((values[index + 2] & 0x03) << 6 | values[index + 3]) }
            index += 4
        }
        return bytes
    }
}
