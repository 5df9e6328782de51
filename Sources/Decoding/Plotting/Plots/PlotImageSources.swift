/// The plots taking images the way nilearn's do: a NIfTI path (String or URL) or a
/// ``NiftiImage``, which must hold a single 3-D volume (a 4-D image with one volume is fine).
extension Plotting {
    public static func plotROI(
        _ roi: some NiftiImageSource, bgImg: (any NiftiImageSource)? = nil, cmap: Colormap = .paired,
        displayMode: DisplayMode = .ortho, cutCoords: CutCoords? = nil, title: String? = nil, threshold: Double = 0.5,
        alpha: Double = 0.7, colorbar: Bool = true, annotate: Bool = true, drawCross: Bool = true, dim: Double = 0.8,
        size: FigureSize? = nil, dpi: Double = 100
    ) throws -> Figure {
        try plotROI(singleVolume(roi), bgImg: bgImg.map(singleVolume), cmap: cmap, displayMode: displayMode,
                    cutCoords: cutCoords, title: title, threshold: threshold, alpha: alpha, colorbar: colorbar,
                    annotate: annotate, drawCross: drawCross, dim: dim, size: size, dpi: dpi)
    }

    public static func plotStatMap(
        _ stat: some NiftiImageSource, bgImg: (any NiftiImageSource)? = nil, title: String? = nil,
        displayMode: DisplayMode = .ortho, cutCoords: CutCoords? = nil, threshold: Double? = 1e-6, vmax: Double? = nil,
        cmap: Colormap = .rdBuR, colorbar: Bool = true, alpha: Double = 1, annotate: Bool = true,
        drawCross: Bool = true, interpolation: Interpolation = .linear, dim: Double = 0.8, size: FigureSize? = nil,
        dpi: Double = 100
    ) throws -> Figure {
        try plotStatMap(singleVolume(stat), bgImg: bgImg.map(singleVolume), title: title, displayMode: displayMode,
                        cutCoords: cutCoords, threshold: threshold, vmax: vmax, cmap: cmap, colorbar: colorbar,
                        alpha: alpha, annotate: annotate, drawCross: drawCross, interpolation: interpolation, dim: dim,
                        size: size, dpi: dpi)
    }

    public static func plotAnat(
        _ anat: some NiftiImageSource, title: String? = nil, displayMode: DisplayMode = .ortho,
        cutCoords: CutCoords? = nil, annotate: Bool = true, drawCross: Bool = true, dim: Double = 0.8,
        size: FigureSize? = nil, dpi: Double = 100
    ) throws -> Figure {
        try plotAnat(singleVolume(anat), title: title, displayMode: displayMode, cutCoords: cutCoords,
                     annotate: annotate, drawCross: drawCross, dim: dim, size: size, dpi: dpi)
    }

    public static func plotImg(
        _ img: some NiftiImageSource, bgImg: (any NiftiImageSource)? = nil, title: String? = nil,
        displayMode: DisplayMode = .ortho, cutCoords: CutCoords? = nil, cmap: Colormap = .gray,
        threshold: Double? = nil, vmin: Double? = nil, vmax: Double? = nil, colorbar: Bool = false, alpha: Double = 1,
        annotate: Bool = true, drawCross: Bool = true, size: FigureSize? = nil, dpi: Double = 100
    ) throws -> Figure {
        try plotImg(singleVolume(img), bgImg: bgImg.map(singleVolume), title: title, displayMode: displayMode,
                    cutCoords: cutCoords, cmap: cmap, threshold: threshold, vmin: vmin, vmax: vmax, colorbar: colorbar,
                    alpha: alpha, annotate: annotate, drawCross: drawCross, size: size, dpi: dpi)
    }

    /// The one 3-D volume of `source`; more than one volume is an error naming the file.
    static func singleVolume(_ source: any NiftiImageSource) throws -> Volume {
        let image = try source.niftiImage()
        guard image.volumeCount == 1 else {
            throw PlottingError.notSingleVolume(path: image.path ?? "<memory>", volumes: image.volumeCount)
        }
        return try image.volume(at: 0)
    }
}
