/// How up to three operands broadcast to a result shape, as runs of contiguous output.
///
/// Axes of length 1 are dropped and neighbouring axes that every operand steps through
/// contiguously are merged (as numpy's iterator coalesces), so equal shapes are one run, a row
/// added to a matrix is one run per row, and the element loops see long runs whose operand
/// strides are 1 (contiguous) or 0 (repeated).
struct BroadcastLayout {
    let shape: Shape
    /// Merged outer axes (all but the innermost run).
    private var outerDims: [Int] = []
    private var outerStrides: [[Int]] = [[], [], []]
    /// Length of one run and the operands' strides within it (0 or 1).
    private(set) var runLength = 1
    private(set) var runStrides = [0, 0, 0]

    /// - Precondition: every operand broadcasts to `shape`.
    init(shape: Shape, operands: [Shape]) {
        self.shape = shape
        let n = shape.count
        var dims: [Int] = []
        var strides: [[Int]] = [[], [], []]
        let operandStrides = operands.map { s -> [Int] in
            let own = s.strides
            return (0..<n).map { k in
                let j = k - (n - s.count)
                return j < 0 || s[j] == 1 ? 0 : own[j]
            }
        }
        for k in 0..<n where shape[k] != 1 {
            if let last = dims.last,
               (0..<operands.count).allSatisfy({ strides[$0].last! == operandStrides[$0][k] * shape[k] })
            {
                dims[dims.count - 1] = last * shape[k]
                for o in 0..<operands.count { strides[o][strides[o].count - 1] = operandStrides[o][k] }
            } else {
                dims.append(shape[k])
                for o in 0..<operands.count { strides[o].append(operandStrides[o][k]) }
            }
        }
        if let inner = dims.popLast() {
            runLength = inner
            for o in 0..<operands.count { runStrides[o] = strides[o].removeLast() }
        }
        outerDims = dims
        outerStrides = strides
    }

    /// Calls `body(out, o0, o1, o2)` for every run: the run's offset in the (contiguous)
    /// result and in each operand.
    func forEachRun(_ body: (Int, Int, Int, Int) -> Void) {
        guard shape.elementCount > 0 else { return }
        let depth = outerDims.count
        var counter = [Int](repeating: 0, count: depth)
        var offsets = (0, 0, 0)
        var out = 0
        while true {
            body(out, offsets.0, offsets.1, offsets.2)
            out += runLength
            var k = depth - 1
            while k >= 0 {
                counter[k] += 1
                offsets.0 += outerStrides[0].isEmpty ? 0 : outerStrides[0][k]
                offsets.1 += outerStrides[1].isEmpty ? 0 : outerStrides[1][k]
                offsets.2 += outerStrides[2].isEmpty ? 0 : outerStrides[2][k]
                if counter[k] < outerDims[k] { break }
                offsets.0 -= (outerStrides[0].isEmpty ? 0 : outerStrides[0][k]) * outerDims[k]
                offsets.1 -= (outerStrides[1].isEmpty ? 0 : outerStrides[1][k]) * outerDims[k]
                offsets.2 -= (outerStrides[2].isEmpty ? 0 : outerStrides[2][k]) * outerDims[k]
                counter[k] = 0
                k -= 1
            }
            if k < 0 { return }
        }
    }
}
