/// Tiled transpose of a C-order `rows × columns` matrix of trivial elements, moved as bit
/// patterns of their size: one compiled loop per size serves every element type (a generic
/// loop called from another module would copy element by element through witnesses).
/// Returns false for sizes it does not handle.
func transposeTrivialMatrix(
    _ source: UnsafeRawPointer, _ destination: UnsafeMutableRawPointer, rows: Int, columns: Int, elementSize: Int
) -> Bool {
    switch elementSize {
    case 8: tiledTranspose(source, destination, rows, columns, UInt64.self)
    case 4: tiledTranspose(source, destination, rows, columns, UInt32.self)
    case 2: tiledTranspose(source, destination, rows, columns, UInt16.self)
    case 1: tiledTranspose(source, destination, rows, columns, UInt8.self)
    default: return false
    }
    return true
}

/// 32×32 tiles keep both the rows read and the columns written in cache.
@inline(__always)
private func tiledTranspose<T: FixedWidthInteger>(
    _ source: UnsafeRawPointer, _ destination: UnsafeMutableRawPointer, _ rows: Int, _ columns: Int, _: T.Type
) {
    let tile = 32, size = MemoryLayout<T>.size
    for r0 in stride(from: 0, to: rows, by: tile) {
        for c0 in stride(from: 0, to: columns, by: tile) {
            for r in r0..<Swift.min(r0 + tile, rows) {
                for c in c0..<Swift.min(c0 + tile, columns) {
                    let value = source.loadUnaligned(fromByteOffset: (r * columns + c) * size, as: T.self)
                    destination.storeBytes(of: value, toByteOffset: (c * rows + r) * size, as: T.self)
                }
            }
        }
    }
}
