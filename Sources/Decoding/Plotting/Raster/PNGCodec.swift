import CIsal
import CPNG
import Foundation

/// PNG encoding and decoding of 8-bit RGBA rasters through libpng, entirely in memory.
enum PNGCodec {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Encodes `rgba` (`width * height * 4` bytes, rows top to bottom) as a PNG file; `dpi`
    /// is stored in the pHYs chunk so viewers can show the figure at its physical size.
    static func encode(width: Int, height: Int, rgba: [UInt8], dpi: Double? = nil) throws -> [UInt8] {
        precondition(rgba.count == width * height * 4)
        guard let png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nil, nil, nil) else {
            throw Failure(description: "libpng could not create a write struct")
        }
        var info = png_create_info_struct(png)
        var pngPtr: png_structp? = png
        defer { png_destroy_write_struct(&pngPtr, &info) }
        let sink = Sink()
        let unmanaged = Unmanaged.passUnretained(sink)
        // libpng reports errors by longjmp, which Swift cannot catch; with valid inputs and an
        // in-memory sink, the calls below cannot fail except on memory exhaustion.
        png_set_write_fn(png, unmanaged.toOpaque(), { p, data, length in
            guard let p, let data else { return }
            let sink = Unmanaged<Sink>.fromOpaque(png_get_io_ptr(p)!).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: length))
        }, nil)
        png_set_IHDR(png, info, png_uint_32(width), png_uint_32(height), 8, PNG_COLOR_TYPE_RGBA,
                     PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT)
        if let dpi {
            let perMetre = png_uint_32((dpi / 0.0254).rounded())
            png_set_pHYs(png, info, perMetre, perMetre, PNG_RESOLUTION_METER)
        }
        png_write_info(png, info)
        // libpng frames the chunks; the pixels are compressed by ISA-L (see ``deflated``).
        let stream = try deflated(width: width, height: height, rgba: rgba)
        stream.withUnsafeBufferPointer { png_write_chunk(png, Array("IDAT".utf8), $0.baseAddress, $0.count) }
        png_write_chunk(png, Array("IEND".utf8), nil, 0)
        return sink.bytes
    }

    /// The IDAT payload: unfiltered rows (filter byte 0) as one zlib stream from ISA-L's
    /// deflate, level 1. Figures are mostly flat colour: this is about 10 % larger than zlib's
    /// level 1 through libpng (itself ~30 % larger than matplotlib's level 6 with adaptive
    /// filters) and a third of its time, which was most of the cost of saving a figure.
    private static func deflated(width: Int, height: Int, rgba: [UInt8]) throws -> [UInt8] {
        let rowBytes = 1 + 4 * width, count = rowBytes * height
        let rows = [UInt8](unsafeUninitializedCapacity: count) { out, initialized in
            rgba.withUnsafeBufferPointer { pixels in
                for y in 0..<height {
                    out[y * rowBytes] = 0
                    UnsafeMutableRawPointer(out.baseAddress! + y * rowBytes + 1)
                        .copyMemory(from: pixels.baseAddress! + y * (rowBytes - 1), byteCount: rowBytes - 1)
                }
            }
            initialized = count
        }
        let level = 1
        // ISA-L's state holds its history buffer (over 64 KiB): on the heap, not the stack.
        let state = UnsafeMutablePointer<isal_zstream>.allocate(capacity: 1)
        defer { state.deallocate() }
        isal_deflate_init(state)
        let levelBuffer = UnsafeMutableRawBufferPointer.allocate(
            byteCount: Int(cisal_level_buffer_size(Int32(level))), alignment: 64)
        defer { levelBuffer.deallocate() }
        state.pointee.level = UInt32(level)
        state.pointee.level_buf = levelBuffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
        state.pointee.level_buf_size = UInt32(levelBuffer.count)
        state.pointee.gzip_flag = UInt16(IGZIP_ZLIB)
        state.pointee.end_of_stream = 1
        state.pointee.flush = UInt16(NO_FLUSH)
        let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 18)
        defer { chunk.deallocate() }
        var compressed: [UInt8] = []
        compressed.reserveCapacity(count / 4)
        try rows.withUnsafeBufferPointer { input in
            state.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress!)
            state.pointee.avail_in = UInt32(count)
            repeat {
                state.pointee.next_out = chunk.baseAddress!
                state.pointee.avail_out = UInt32(chunk.count)
                let status = isal_deflate(state)
                guard status == COMP_OK else { throw Failure(description: "ISA-L deflate failed (status \(status))") }
                compressed += UnsafeBufferPointer(rebasing: chunk[0..<(chunk.count - Int(state.pointee.avail_out))])
            } while state.pointee.internal_state.state != ZSTATE_END
        }
        return compressed
    }

    /// Decodes a PNG into 8-bit RGBA (any colour type and bit depth is converted).
    static func decode(_ data: [UInt8]) throws -> (width: Int, height: Int, rgba: [UInt8]) {
        guard data.count > 8, png_sig_cmp(data, 0, 8) == 0 else {
            throw Failure(description: "not a PNG file (bad signature)")
        }
        var image = png_image()
        image.version = png_uint_32(PNG_IMAGE_VERSION)
        let ok = data.withUnsafeBytes { png_image_begin_read_from_memory(&image, $0.baseAddress, data.count) }
        guard ok != 0 else { throw Failure(description: "libpng cannot read the PNG header") }
        image.format = png_uint_32(PNG_FORMAT_FLAG_COLOR | PNG_FORMAT_FLAG_ALPHA)  // PNG_FORMAT_RGBA (a macro Swift cannot import)
        let width = Int(image.width), height = Int(image.height)
        var out = [UInt8](repeating: 0, count: width * height * 4)
        let finished = out.withUnsafeMutableBytes {
            png_image_finish_read(&image, nil, $0.baseAddress, png_int_32(width * 4), nil)
        }
        guard finished != 0 else {
            png_image_free(&image)
            throw Failure(description: "libpng cannot decode the PNG pixels")
        }
        return (width, height, out)
    }

    private final class Sink {
        var bytes: [UInt8] = []
    }
}
