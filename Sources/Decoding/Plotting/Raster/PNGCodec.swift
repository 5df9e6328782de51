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
        // Figures are mostly flat colour: unfiltered rows at zlib level 1 are within ~15 % of
        // the size of libpng's default (adaptive filters, level 6) at a quarter of the time.
        png_set_filter(png, 0, PNG_FILTER_NONE)
        png_set_compression_level(png, 1)
        png_write_info(png, info)
        rgba.withUnsafeBufferPointer { buf in
            for y in 0..<height {
                png_write_row(png, buf.baseAddress! + y * width * 4)
            }
        }
        png_write_end(png, nil)
        return sink.bytes
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
