import Foundation

/// Unpacks a tar archive (ustar / GNU, optionally gzip-compressed) read as a stream, writing
/// regular files and directories under a destination folder. Links and devices are skipped;
/// absolute paths and `..` components are refused.
struct TarReader {
    enum Failure: Error, CustomStringConvertible {
        case badHeader(archive: String, offset: Int)
        case unsafePath(archive: String, path: String)
        case truncated(archive: String, entry: String)

        var description: String {
            switch self {
            case let .badHeader(a, o): "\(a): not a tar archive (bad header checksum at byte \(o))"
            case let .unsafePath(a, p): "\(a): refusing entry with unsafe path \(p.debugDescription)"
            case let .truncated(a, e): "\(a): archive ends inside \(e.debugDescription)"
            }
        }
    }

    let archive: String

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

    /// Octal numeric field (or GNU base-256 when the high bit is set).
    static func octal(_ bytes: ArraySlice<UInt8>) -> Int {
        if let first = bytes.first, first & 0x80 != 0 {
            return bytes.dropFirst().reduce(Int(first & 0x7f)) { $0 << 8 | Int($1) }
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
