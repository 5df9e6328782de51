import CPNG

/// PNG files to and from 8-bit RGBA pixels (rows top to bottom) through libpng's simplified
/// API, in memory: what thumbnails and figure comparisons read and write.
enum PNGRaster {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// `PNG_FORMAT_RGBA` (a macro Swift does not import): colour | alpha flags.
    private static let rgbaFormat = png_uint_32(PNG_FORMAT_FLAG_COLOR | PNG_FORMAT_FLAG_ALPHA)

    /// The pixels of `png`, any colour type and bit depth converted to 8-bit RGBA.
    static func decode(_ png: [UInt8]) throws(Failure) -> (rgba: [UInt8], width: Int, height: Int) {
        var image = png_image()
        image.version = png_uint_32(PNG_IMAGE_VERSION)
        let ok = png.withUnsafeBytes { png_image_begin_read_from_memory(&image, $0.baseAddress, $0.count) }
        guard ok != 0 else { throw Failure(description: message(&image)) }
        image.format = rgbaFormat
        let w = Int(image.width), h = Int(image.height)
        var pixels = [UInt8](repeating: 0, count: w * h * 4)
        let done = pixels.withUnsafeMutableBytes { png_image_finish_read(&image, nil, $0.baseAddress, Int32(w * 4), nil) }
        guard done != 0 else {
            let text = message(&image)
            png_image_free(&image)
            throw Failure(description: text)
        }
        return (pixels, w, h)
    }

    /// A PNG file of `rgba` (`width * height * 4` bytes); the same pixels always give the
    /// same bytes.
    static func encode(_ rgba: [UInt8], width: Int, height: Int) throws(Failure) -> [UInt8] {
        var image = png_image()
        image.version = png_uint_32(PNG_IMAGE_VERSION)
        image.width = png_uint_32(width)
        image.height = png_uint_32(height)
        image.format = rgbaFormat
        var size: png_alloc_size_t = 0
        let stride = Int32(width * 4)
        let sized = rgba.withUnsafeBytes { png_image_write_to_memory(&image, nil, &size, 0, $0.baseAddress, stride, nil) }
        guard sized != 0, size > 0 else { throw Failure(description: "libpng cannot encode a \(width)×\(height) image") }
        var out = [UInt8](repeating: 0, count: Int(size))
        let written = out.withUnsafeMutableBytes { buf in
            rgba.withUnsafeBytes { png_image_write_to_memory(&image, buf.baseAddress, &size, 0, $0.baseAddress, stride, nil) }
        }
        guard written != 0 else { throw Failure(description: "libpng cannot encode a \(width)×\(height) image") }
        return Array(out.prefix(Int(size)))
    }

    private static func message(_ image: inout png_image) -> String {
        withUnsafeBytes(of: &image.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }
}
