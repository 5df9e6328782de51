/// How a figure a step drew compared with its baseline image (the PNG `tutor update`
/// recorded beside the tutorial). `tutor check` and the gallery fill it in; it travels
/// with the `StepFigure` it belongs to.
public struct FigureComparison: Codable, Sendable, Equatable {
    public enum Verdict: Codable, Sendable, Equatable {
        /// Within the tolerance.
        case matched(rms: Double)
        /// RMS over the tolerance.
        case differs(rms: Double)
        /// No baseline file was recorded for this figure.
        case missingBaseline
        /// Width, height or channels differ (matplotlib compares only equal shapes).
        case shapeDiffers(baseline: ImageShape, actual: ImageShape)
        /// The baseline (or the figure) is not a readable PNG.
        case unreadable(String)
    }

    /// The baseline's path as messages name it (`tutorials/x.figures/step-07-1.png`).
    public var baseline: String
    /// The largest RMS that still matches.
    public var tolerance: Double
    public var verdict: Verdict
    /// For a failed comparison: a copy of the baseline and the difference image, named
    /// relative to the run's folder (like `StepFigure.file`), when they could be written.
    public var expectedFile: String? = nil
    public var diffFile: String? = nil

    public var passed: Bool {
        if case .matched = verdict { return true }
        return false
    }

    /// What is wrong, for `figure 1 of step 7 <problem>`; nil when it matched.
    public var problem: String? {
        switch verdict {
        case .matched:
            return nil
        case .differs(let rms):
            let (r, t) = Self.format(rms, tolerance)
            return "differs from its baseline (RMS \(r) > \(t))"
        case .missingBaseline:
            return "has no baseline image \(baseline)" + Self.missingBaselineHint
        case .shapeDiffers(let baseline, let actual):
            if baseline.width != actual.width || baseline.height != actual.height {
                return "is \(actual.width)×\(actual.height) pixels but its baseline is \(baseline.width)×\(baseline.height)"
            }
            return actual.channels == 4
                ? "has transparent pixels but its baseline is opaque"
                : "is opaque but its baseline has transparent pixels"
        case .unreadable(let reason):
            return "cannot be compared with its baseline \(baseline): \(reason)"
        }
    }

    /// How the message of a missing baseline ends.
    public static let missingBaselineHint = " (record it with `tutor update --add`)"

    /// RMS and tolerance with one decimal, or as many more as it takes to tell them apart.
    static func format(_ rms: Double, _ tolerance: Double) -> (String, String) {
        for digits in 1...6 {
            let r = String(format: "%.\(digits)f", rms), t = String(format: "%.\(digits)f", tolerance)
            if r != t { return (r, t) }
        }
        return (String(rms), String(tolerance))
    }
}

/// An image's size and channel count as matplotlib's comparison sees it: 3 channels (RGB)
/// for an opaque image, 4 (RGBA) when any pixel is transparent.
public struct ImageShape: Codable, Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var channels: Int
}
