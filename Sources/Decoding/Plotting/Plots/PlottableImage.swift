import Foundation

/// What the brain plots accept as an image, as nilearn's "Niimg-like" arguments: a ``Volume``
/// in memory, or a NIfTI path (String or URL) or ``NiftiImage`` holding a single 3-D volume
/// (a 4-D image with one volume is fine). One protocol instead of an overload per source, so
/// each plot states its parameters and defaults once.
public protocol PlottableImage: Sendable {
    /// The one 3-D volume to draw.
    func plottedVolume() throws -> Volume
}

extension Volume: PlottableImage {
    /// The volume itself.
    public func plottedVolume() -> Volume { self }
}

extension PlottableImage where Self: NiftiImageSource {
    /// The image's only volume; more than one volume is an error naming the file. A file is
    /// decoded once while unchanged (``VolumeCache``): figures over one anatomy share it.
    public func plottedVolume() throws -> Volume {
        try VolumeCache.volume(of: singleVolumeImage(), at: 0)
    }

    /// The image, checked to hold one volume (the error names the file).
    func singleVolumeImage() throws -> NiftiImage {
        let image = try niftiImage()
        guard image.volumeCount == 1 else {
            throw PlottingError.notSingleVolume(path: image.path ?? "<memory>", volumes: image.volumeCount)
        }
        return image
    }
}

extension Plotting {
    /// A background as figures draw it, with its summary: a file's volume decoded once (kept as
    /// int16 when stored so, ``VolumeCache/grid(of:at:)``), a volume in memory as it is.
    static func plottedGrid(_ image: any PlottableImage) throws -> (VoxelGrid, VolumeSummary) {
        if let source = image as? any NiftiImageSource & PlottableImage {
            return try VolumeCache.grid(of: source.singleVolumeImage(), at: 0)
        }
        let volume = try image.plottedVolume()
        return (VoxelGrid(volume), summary(volume))
    }
}

extension NiftiImage: PlottableImage {}
extension String: PlottableImage {}
extension URL: PlottableImage {}
