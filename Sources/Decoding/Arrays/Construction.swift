// numpy's array constructors: `np.zeros`, `np.ones`, `np.full`, `np.eye`, `np.arange`,
// `np.linspace`. The element type comes from the context or the arguments, as numpy's dtype
// does from its arguments: `NDArray.arange(5)` is int64, `NDArray.arange(0, 1, step: 0.25)`
// float64, `NDArray<Double>.zeros([2, 3])` float64.

extension NDArray where Element: NumericElement {
    /// numpy's `np.zeros(shape)` in the element type.
    public static func zeros(_ shape: Shape) -> NDArray { NDArray(repeating: 0, shape: shape) }
    /// numpy's `np.ones(shape)` in the element type.
    public static func ones(_ shape: Shape) -> NDArray { NDArray(repeating: 1, shape: shape) }
    /// numpy's `np.full(shape, value)`.
    public static func full(_ shape: Shape, _ value: Element) -> NDArray { NDArray(repeating: value, shape: shape) }

    /// numpy's `np.eye(n, m, k)`: ones on the `k`-th diagonal of an n×m matrix.
    public static func eye(_ n: Int, _ m: Int? = nil, k: Int = 0) -> NDArray {
        let columns = m ?? n
        var out = zeros([n, columns])
        for r in 0..<n where r + k >= 0 && r + k < columns { out.storage[r * columns + r + k] = 1 }
        return out
    }
}

extension NDArray where Element: NumericElement & FixedWidthInteger {
    /// numpy's `np.arange(start, stop, step)` for integers: `start, start + step, …` before `stop`.
    public static func arange(_ start: Element, _ stop: Element, step: Element = 1) -> NDArray {
        precondition(step != 0, "arange: step must not be zero")
        let span = Int(stop) - Int(start)
        let step64 = Int(step)
        let count = Swift.max(0, (span + step64 - (step64 > 0 ? 1 : -1)) / step64)
        return NDArray((0..<count).map { start + Element($0) * step })
    }

    /// numpy's `np.arange(stop)`: `0, 1, …, stop - 1`.
    public static func arange(_ stop: Element) -> NDArray { arange(0, stop) }
}

extension NDArray where Element: FloatingElement {
    /// numpy's `np.arange` for floats: `ceil((stop - start) / step)` values `start + i·step`.
    public static func arange(_ start: Element, _ stop: Element, step: Element = 1) -> NDArray {
        precondition(step != 0, "arange: step must not be zero")
        let count = Swift.max(0, Int(((stop - start) / step).rounded(.up)))
        return NDArray((0..<count).map { start + Element($0) * step })
    }

    /// numpy's `np.linspace(start, stop, num, endpoint)`: `num` evenly spaced values, computed
    /// as numpy does (`start + i·step`, the last one set to `stop` exactly).
    public static func linspace(_ start: Element, _ stop: Element, count: Int = 50, endpoint: Bool = true) -> NDArray {
        precondition(count >= 0, "linspace: number of samples, \(count), must be non-negative")
        let divisions = endpoint ? count - 1 : count
        let (a, b) = (Double(start), Double(stop))
        guard divisions > 0 else { return NDArray(Array(repeating: start, count: count)) }
        // numpy computes in float64 and casts to the result type at the end.
        let delta = b - a
        let step = delta / Double(divisions)
        var values = (0..<count).map { i in
            Element(step == 0 ? Double(i) / Double(divisions) * delta + a : Double(i) * step + a)
        }
        if endpoint && count > 1 { values[count - 1] = stop }
        return NDArray(values)
    }
}
