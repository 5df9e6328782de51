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
        let image = try niftiImage()
        guard image.volumeCount == 1 else {
            throw PlottingError.notSingleVolume(path: image.path ?? "<memory>", volumes: image.volumeCount)
        }
        return try VolumeCache.volume(of: image, at: 0)
    }
}

extension NiftiImage: PlottableImage {}
extension String: PlottableImage {}
extension URL: PlottableImage {}
