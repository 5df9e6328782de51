import TutorProtocol

/// Cuts one output stream of a tutorial program into per-step pieces at the harness's
/// marker lines (see `HarnessChannel`), keeping at most `cap` bytes per step.
///
/// Data arrives in arbitrary chunks; a marker split across chunks is found because the
/// last few bytes that could start one are held back until the next chunk.
struct StreamSplitter {
    struct Piece {
        var bytes: [UInt8] = []
        /// Bytes the step wrote beyond the cap (counted, not kept).
        var dropped = 0
    }

    let marker: [UInt8]
    let cap: Int
    /// Output by step number; 0 is whatever came before the first step.
    private(set) var pieces: [Int: Piece] = [:]
    private(set) var current = 0
    private var pending: [UInt8] = []

    init(nonce: String, cap: Int) {
        marker = Array((HarnessChannel.markerPrefix + nonce + ":").utf8)
        self.cap = cap
    }

    /// Consumes a chunk and returns the events whose marker lines it completed.
    mutating func feed(_ chunk: ArraySlice<UInt8>) -> [HarnessEvent] {
        pending.append(contentsOf: chunk)
        var events: [HarnessEvent] = []
        while true {
            guard let start = pending.firstRange(of: marker)?.lowerBound else {
                // Keep back what could be the beginning of a marker.
                let tail = pending.count - min(pending.count, marker.count - 1)
                let holdFrom = pending[tail...].firstIndex(of: marker[0]) ?? pending.count
                append(pending[..<holdFrom])
                pending.removeSubrange(..<holdFrom)
                return events
            }
            append(pending[..<start])
            pending.removeSubrange(..<start)
            guard let newline = pending.firstIndex(of: UInt8(ascii: "\n")) else { return events }
            let event = HarnessChannel.event(fromBody: pending[marker.count..<newline])
            pending.removeSubrange(...newline)
            if let event {
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

    /// Lossy UTF-8 text of step `step`'s piece, with a notice when it was cut.
    func text(of step: Int) -> String {
        guard let piece = pieces[step] else { return "" }
        var text = String(decoding: piece.bytes, as: UTF8.self)
        if piece.dropped > 0 {
            if !text.hasSuffix("\n") { text += "\n" }
            text += "[tutor: output cut at \(cap) bytes; \(piece.dropped) more bytes were not kept]\n"
        }
        return text
    }
}
