/// matplotlib's image comparison (`matplotlib.testing.compare.compare_images`), so a
/// tolerance means here what it means in matplotlib's own test suite:
///
/// - each image is read as 8-bit RGB, or RGBA when any pixel is not fully opaque
///   (`_load_image`); images of different shapes do not compare;
/// - the RMS is the root of the mean squared difference over every channel value of
///   every pixel, on the 0–255 scale (`calculate_rms`);
/// - with a tolerance ≤ 0 identical images pass; otherwise the images pass when
///   RMS ≤ tolerance;
/// - the diff image is the absolute difference times 10, clipped to 255, fully opaque
///   (`save_diff_image`).
struct ComparableImage: Equatable {
    var shape: ImageShape
    /// `height * width * channels` values, rows top to bottom.
    var samples: [UInt8]

    /// Reads `png` as matplotlib's `_load_image` does.
    init(png: [UInt8]) throws(PNGRaster.Failure) {
        let (rgba, width, height) = try PNGRaster.decode(png)
        self.init(rgba: rgba, width: width, height: height)
    }

    init(rgba: [UInt8], width: Int, height: Int) {
        var opaque = true
        var i = 3
        while i < rgba.count {
            if rgba[i] != 255 { opaque = false; break }
            i += 4
        }
        if opaque {
            var rgb = [UInt8](repeating: 0, count: width * height * 3)
            for p in 0..<(width * height) {
                rgb[3 * p] = rgba[4 * p]
                rgb[3 * p + 1] = rgba[4 * p + 1]
                rgb[3 * p + 2] = rgba[4 * p + 2]
            }
            self.init(shape: ImageShape(width: width, height: height, channels: 3), samples: rgb)
        } else {
            self.init(shape: ImageShape(width: width, height: height, channels: 4), samples: rgba)
        }
    }

    init(shape: ImageShape, samples: [UInt8]) {
        precondition(samples.count == shape.width * shape.height * shape.channels)
        self.shape = shape
        self.samples = samples
    }
}

enum ImageComparison {
    /// The verdict on `actual` against `expected` under `tolerance`.
    static func compare(expected: ComparableImage, actual: ComparableImage, tolerance: Double) -> FigureComparison.Verdict {
        guard expected.shape == actual.shape else { return .shapeDiffers(baseline: expected.shape, actual: actual.shape) }
        if tolerance <= 0, expected.samples == actual.samples { return .matched(rms: 0) }
        let rms = rms(expected, actual)
        return rms <= tolerance ? .matched(rms: rms) : .differs(rms: rms)
    }

    /// Root mean square of the differences of all channel values.
    /// - Precondition: equal shapes.
    static func rms(_ expected: ComparableImage, _ actual: ComparableImage) -> Double {
        precondition(expected.shape == actual.shape)
        guard !expected.samples.isEmpty else { return 0 }
        var sum: UInt64 = 0
        expected.samples.withUnsafeBufferPointer { e in
            actual.samples.withUnsafeBufferPointer { a in
                for i in 0..<e.count {
                    let d = Int(e[i]) - Int(a[i])
                    sum &+= UInt64(d * d)
                }
            }
        }
        return (Double(sum) / Double(expected.samples.count)).squareRoot()
    }

    /// The difference image as RGBA pixels: |expected − actual| × 10, clipped, opaque.
    /// - Precondition: equal shapes.
    static func difference(_ expected: ComparableImage, _ actual: ComparableImage) -> [UInt8] {
        precondition(expected.shape == actual.shape)
        let channels = expected.shape.channels, pixels = expected.shape.width * expected.shape.height
        var out = [UInt8](repeating: 255, count: pixels * 4)
        for p in 0..<pixels {
            for c in 0..<min(channels, 3) {
                let d = abs(Int(expected.samples[p * channels + c]) - Int(actual.samples[p * channels + c]))
                out[p * 4 + c] = UInt8(min(255, d * 10))
            }
        }
        return out
    }

    /// The difference image as a PNG file.
    static func differencePNG(_ expected: ComparableImage, _ actual: ComparableImage) throws(PNGRaster.Failure) -> [UInt8] {
        try PNGRaster.encode(difference(expected, actual), width: expected.shape.width, height: expected.shape.height)
    }
}
