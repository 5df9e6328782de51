import Foundation

/// Anything nilearn accepts as a "Niimg-like" argument: a file path (String or URL) or an image.
public protocol NiftiImageSource: Sendable {
    /// The image, loaded lazily (header only) when given as a path.
    func niftiImage() throws -> NiftiImage
}

extension NiftiImage: NiftiImageSource {
    public func niftiImage() throws -> NiftiImage { self }
}

extension String: NiftiImageSource {
    public func niftiImage() throws -> NiftiImage { try NiftiImage.load(self) }
}

extension URL: NiftiImageSource {
    public func niftiImage() throws -> NiftiImage { try NiftiImage.load(path) }
}
