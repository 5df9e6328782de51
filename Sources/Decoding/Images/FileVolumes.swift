/// Which volumes of which data file stand behind some volumes of an image: what picking
/// volumes (``NiftiImage/picking(_:)``) and caching them (``VolumeCache``) both need, found in
/// one place so that a picked image's volumes always resolve to its file's.
struct FileVolumes {
    let dataPath: String
    let offset: Int
    let compressed: Bool
    /// The file's volume behind each asked-for volume of the image.
    let volumes: [Int]
    /// Bytes of data the file holds.
    let fileDataBytes: Int
}

extension NiftiImage {
    /// The file volumes behind volumes `indices` of this image; nil when it is in memory or an
    /// index is not one of its volumes. Throws when a picked image's file has changed since.
    func fileVolumes(_ indices: [Int]) throws(NiftiError) -> FileVolumes? {
        switch storage {
        case .memory:
            return nil
        case let .file(path, offset, compressed):
            return FileVolumes(dataPath: path, offset: offset, compressed: compressed, volumes: indices,
                               fileDataBytes: shape.elementCount * datatype.byteCount)
        case let .picked(p):
            guard indices.allSatisfy(p.volumes.indices.contains) else { return nil }
            try p.checkUnchanged()
            return FileVolumes(dataPath: p.dataPath, offset: p.offset, compressed: p.compressed,
                               volumes: indices.map { p.volumes[$0] }, fileDataBytes: p.fileDataBytes)
        }
    }
}
