internal import CVectorMath

extension NDArray {
    /// `transposed(axes)` for elements of 1, 2, 4 or 8 bytes without references, through the
    /// C tiled transpose (Sources/CVectorMathImpl/Transpose.c), when the source's last axis moves:
    /// every slice along the source's last axis and the axis that becomes the result's last is
    /// a matrix transpose, one C call each. Nil when the last axis stays last (rows are copied
    /// in order by the generic loop), the element size has no kernel, or the matrices are
    /// smaller than one 8×8 tile (the call per matrix would cost more than it saves).
    func transposedByMatrices(_ axes: [Int], _ newShape: Shape) -> NDArray? {
        let n = ndim, last = n - 1, elementSize = MemoryLayout<Element>.stride
        guard _isPOD(Element.self), [1, 2, 4, 8].contains(elementSize), n >= 2, axes[last] != last,
            let q = axes.firstIndex(of: last)
        else { return nil }
        // The matrices: `rows` along source axis `moved` (the result's last), `columns` along the
        // source's last axis (the result's axis q).
        let moved = axes[last], rows = shape[moved], columns = shape[last]
        guard rows * columns >= 64 else { return nil }
        let sourceStrides = shape.strides, resultStrides = newShape.strides
        let outerAxes = (0..<last).filter { $0 != q }
        let counts = outerAxes.map { newShape[$0] }
        let sourceSteps = outerAxes.map { sourceStrides[axes[$0]] }, resultSteps = outerAxes.map { resultStrides[$0] }
        let out = [Element](unsafeUninitializedCapacity: size) { c, initialized in
            adviseHugePages(c)
            storage.withUnsafeBytes { bytes in
                let source = bytes.baseAddress!, result = UnsafeMutableRawPointer(c.baseAddress!)
                var counter = [Int](repeating: 0, count: outerAxes.count)
                var from = 0, to = 0
                while true {
                    cvm_transpose(
                        source + from * elementSize, sourceStrides[moved], result + to * elementSize,
                        resultStrides[q], rows, columns, elementSize)
                    // Next slice: the odometer over the other axes, last fastest.
                    var d = outerAxes.count - 1
                    while d >= 0 {
                        counter[d] += 1
                        from += sourceSteps[d]
                        to += resultSteps[d]
                        if counter[d] < counts[d] { break }
                        from -= sourceSteps[d] * counts[d]
                        to -= resultSteps[d] * counts[d]
                        counter[d] = 0
                        d -= 1
                    }
                    if d < 0 { break }
                }
            }
            initialized = size
        }
        return NDArray(shape: newShape, storage: out)
    }
}
