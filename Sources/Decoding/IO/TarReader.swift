import Foundation

/// Unpacks a tar archive (ustar / GNU, optionally gzip-compressed) read as a stream, writing
/// regular files and directories under a destination folder. Links and devices are skipped;
/// absolute paths and `..` components are refused.
struct TarReader {
    enum Failure: Error, CustomStringConvertible {
        case badHeader(archive: String, offset: Int)
        case unsafePath(archive: String, path: String)
        case truncated(archive: String, entry: String)
        case badSize(archive: String, entry: String, size: Int)

        var description: String {
            switch self {
            case let .badHeader(a, o): "\(a): not a tar archive (bad header checksum at byte \(o))"
            case let .unsafePath(a, p): "\(a): refusing entry with unsafe path \(p.debugDescription)"
            case let .truncated(a, e): "\(a): archive ends inside \(e.debugDescription)"
            case let .badSize(a, e, s): "\(a): entry \(e.debugDescription) claims \(s) bytes, outside 0...\(TarReader.maximumEntrySize) (or a long name over \(TarReader.maximumLongName))"
            }
        }
    }

    let archive: String

    /// The largest entry accepted (1 TiB): sizes past it are corrupt fields, and keep the
    /// padding arithmetic far from overflow.
    static let maximumEntrySize = 1 << 40
    /// GNU long names are read into memory, so their size is bounded (PATH_MAX is 4096).
    static let maximumLongName = 1 << 16

    /// Extracts everything into `destination`; returns the relative paths of files written.
    @discardableResult
    func extract(to destination: String) throws -> [String] {
        let lower = archive.lowercased()
        let stream: ByteStream = lower.hasSuffix(".gz") || lower.hasSuffix(".tgz")
            ? try GzipByteStream(path: archive) : try FileByteStream(path: archive)
        var written = [String]()
        var offset = 0
        var longName: String?
        let fm = FileManager.default
        while true {
            let header = try stream.readBytes(512)
            if header.count < 512 || header.allSatisfy({ $0 == 0 }) { break }
            guard Self.checksumMatches(header) else { throw Failure.badHeader(archive: archive, offset: offset) }
            offset += 512
            var name = longName ?? Self.string(header[0..<100])
            longName = nil
            let prefix = Self.string(header[345..<500])
            if !prefix.isEmpty && header[257..<262].elementsEqual("ustar".utf8) { name = prefix + "/" + name }
            let size = Self.octal(header[124..<136])
            let type = header[156]
            guard (0...Self.maximumEntrySize).contains(size),
                  type != UInt8(ascii: "L") || size <= Self.maximumLongName else {
                throw Failure.badSize(archive: archive, entry: name, size: size)
            }
            let padded = (size + 511) / 512 * 512
            if type == UInt8(ascii: "L") {  // GNU long name: the next entry's name is the data
                let data = try stream.readBytes(padded)
                guard data.count == padded else { throw Failure.truncated(archive: archive, entry: name) }
                longName = Self.string(data.prefix(size)[...])
                offset += padded
                continue
            }
            let components = name.split(separator: "/").filter { $0 != "." }
            guard !name.hasPrefix("/"), !components.contains("..") else { throw Failure.unsafePath(archive: archive, path: name) }
            let target = destination + "/" + components.joined(separator: "/")
            switch type {
            case UInt8(ascii: "5"):
                try fm.createDirectory(atPath: target, withIntermediateDirectories: true)
                _ = try stream.skip(padded)
            case UInt8(ascii: "0"), 0, UInt8(ascii: "7"):
                try fm.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                let sink = try FileSink(destination: target)
                let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
                defer { chunk.deallocate() }
                var left = size
                while left > 0 {
                    let part = UnsafeMutableRawBufferPointer(rebasing: chunk[0..<min(left, chunk.count)])
                    let n = try stream.read(into: part)
                    guard n == part.count else { throw Failure.truncated(archive: archive, entry: name) }
                    try sink.write(UnsafeRawBufferPointer(part))
                    left -= n
                }
                try sink.finish()
                _ = try stream.skip(padded - size)
                written.append(components.joined(separator: "/"))
            default:
                _ = try stream.skip(padded)
            }
            offset += padded
        }
        return written
    }

    static func string(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
    }

    /// Octal numeric field (or GNU base-256 when the high bit is set); `Int.max` when the
    /// value does not fit, which every caller refuses.
    static func octal(_ bytes: ArraySlice<UInt8>) -> Int {
        if let first = bytes.first, first & 0x80 != 0 {
            var value = Int(first & 0x7f)
            for byte in bytes.dropFirst() {
                let (shifted, overflow) = value.multipliedReportingOverflow(by: 256)
                if overflow { return Int.max }
                value = shifted | Int(byte)
            }
            return value
        }
        let text = string(bytes).trimmingCharacters(in: .whitespaces)
        return Int(text, radix: 8) ?? 0
    }

    static func checksumMatches(_ header: [UInt8]) -> Bool {
        let stored = octal(header[148..<156])
        var sum = 0
        for (i, b) in header.enumerated() { sum += (148..<156).contains(i) ? 32 : Int(b) }
        return sum == stored
    }
}
