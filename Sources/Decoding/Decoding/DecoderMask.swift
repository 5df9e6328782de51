import Foundation

/// What `Decoder(mask:)` accepts: a mask image (path, URL, `NiftiImage`), around which the
/// decoder builds its own `NiftiMasker` with its `standardize` and `smoothingFwhm`, or a
/// `NiftiMasker`, whose own parameters are used instead (nilearn's `check_embedded_masker`).
public protocol DecoderMask: Sendable {
    /// The masker the decoder fits, given the decoder's own masking parameters.
    func embeddedMasker(standardize: Bool, smoothingFwhm: Double?) -> EmbeddedMasker
    /// How the decoder's description shows it.
    var decoderMaskDescription: String { get }
}

/// A `NiftiMasker` plus the smoothing nilearn's masker applies before masking.
public struct EmbeddedMasker: Sendable {
    /// The masker as given (its `standardize` as asked).
    public private(set) var masker: NiftiMasker
    /// The FWHM (mm) the images are smoothed with before masking; nil: none.
    public var smoothingFwhm: Double?

    init(masker: NiftiMasker, smoothingFwhm: Double?) {
        self.masker = masker
        self.smoothingFwhm = smoothingFwhm
    }

    /// Fits the mask, then masks `imgs` (smoothed first when asked): samples × voxels.
    mutating func fitTransform(_ imgs: some NiftiImageSource) throws -> NDArray<Float> {
        try masker.fit()
        return try transform(imgs)
    }

    func transform(_ imgs: some NiftiImageSource) throws -> NDArray<Float> {
        guard let fwhm = smoothingFwhm, fwhm > 0 else { return try masker.transform(imgs) }
        return try smoothedTransform(imgs, fwhm: fwhm, masker: masker)
    }
}

extension DecoderMask where Self: NiftiImageSource {
    /// The decoder's own masker around this mask image, built from the decoder's
    /// `standardize` and `smoothingFwhm` as nilearn builds it from its parameters.
    public func embeddedMasker(standardize: Bool, smoothingFwhm: Double?) -> EmbeddedMasker {
        EmbeddedMasker(masker: NiftiMasker(maskImg: self, standardize: standardize ? .zscoreSample : .none),
                       smoothingFwhm: smoothingFwhm)
    }
}

extension String: DecoderMask {
    /// The path quoted, as nilearn's repr shows a path.
    public var decoderMaskDescription: String { "'\(self)'" }
}

extension URL: DecoderMask {
    /// The file's path quoted, as nilearn's repr shows a path.
    public var decoderMaskDescription: String { "'\(path)'" }
}

extension NiftiImage: DecoderMask {
    /// An in-memory image has no path to show.
    public var decoderMaskDescription: String { "<NiftiImage>" }
}

extension NiftiMasker: DecoderMask {
    /// The masker as given: its `standardize` overrides the decoder's, and it does not smooth
    /// (a `NiftiMasker` has no smoothing), as nilearn gives a masker's parameters precedence.
    public func embeddedMasker(standardize: Bool, smoothingFwhm: Double?) -> EmbeddedMasker {
        EmbeddedMasker(masker: self, smoothingFwhm: nil)
    }
    /// `NiftiMasker()`, as nilearn's repr abbreviates a masker.
    public var decoderMaskDescription: String { "NiftiMasker()" }
}
