// Integer arrays meeting floats, with numpy's result type: float64. `counts / 2`,
// `labels * 0.5` and `ints + doubles` all give `NDArray<Double>`.

extension NDArray where Element: NumericElement & FixedWidthInteger {
    /// The elements as float64 (numpy `x.astype(np.float64)`).
    public var asDouble: NDArray<Double> { unary { Element.toDouble($0, $1, $2) } }

    /// numpy's true division of integers: float64 (`np.array([1, 2]) / 2` is `[0.5 1. ]`).
    public static func / (lhs: NDArray, rhs: NDArray) -> NDArray<Double> { lhs.asDouble / rhs.asDouble }
    /// numpy's `ints / 0.5`: float64.
    public static func / (lhs: NDArray, rhs: Double) -> NDArray<Double> { lhs.asDouble / rhs }
    /// numpy's `0.5 / ints`: float64.
    public static func / (lhs: Double, rhs: NDArray) -> NDArray<Double> { lhs / rhs.asDouble }

    /// numpy's `ints + floats`: the integers converted to float64 first.
    public static func + (lhs: NDArray, rhs: NDArray<Double>) -> NDArray<Double> { lhs.asDouble + rhs }
    /// numpy's `ints - floats`: the integers converted to float64 first.
    public static func - (lhs: NDArray, rhs: NDArray<Double>) -> NDArray<Double> { lhs.asDouble - rhs }
    /// numpy's `ints * floats`: the integers converted to float64 first.
    public static func * (lhs: NDArray, rhs: NDArray<Double>) -> NDArray<Double> { lhs.asDouble * rhs }
    /// numpy's `ints / floats`: the integers converted to float64 first.
    public static func / (lhs: NDArray, rhs: NDArray<Double>) -> NDArray<Double> { lhs.asDouble / rhs }
    /// numpy's `floats + ints`: the integers converted to float64 first.
    public static func + (lhs: NDArray<Double>, rhs: NDArray) -> NDArray<Double> { lhs + rhs.asDouble }
    /// numpy's `floats - ints`: the integers converted to float64 first.
    public static func - (lhs: NDArray<Double>, rhs: NDArray) -> NDArray<Double> { lhs - rhs.asDouble }
    /// numpy's `floats * ints`: the integers converted to float64 first.
    public static func * (lhs: NDArray<Double>, rhs: NDArray) -> NDArray<Double> { lhs * rhs.asDouble }
    /// numpy's `floats / ints`: the integers converted to float64 first.
    public static func / (lhs: NDArray<Double>, rhs: NDArray) -> NDArray<Double> { lhs / rhs.asDouble }

    /// numpy's `ints + 0.5`: float64.
    public static func + (lhs: NDArray, rhs: Double) -> NDArray<Double> { lhs.asDouble + rhs }
    /// numpy's `ints - 0.5`: float64.
    public static func - (lhs: NDArray, rhs: Double) -> NDArray<Double> { lhs.asDouble - rhs }
    /// numpy's `ints * 0.5`: float64.
    public static func * (lhs: NDArray, rhs: Double) -> NDArray<Double> { lhs.asDouble * rhs }
    /// numpy's `0.5 + ints`: float64.
    public static func + (lhs: Double, rhs: NDArray) -> NDArray<Double> { lhs + rhs.asDouble }
    /// numpy's `0.5 - ints`: float64.
    public static func - (lhs: Double, rhs: NDArray) -> NDArray<Double> { lhs - rhs.asDouble }
    /// numpy's `0.5 * ints`: float64.
    public static func * (lhs: Double, rhs: NDArray) -> NDArray<Double> { lhs * rhs.asDouble }
}

extension NDArray where Element == Bool {
    /// `True`/`False` as 1/0 (numpy `mask.astype(int)`).
    public var asInt: NDArray<Int> { map { $0 ? 1 : 0 } }
}
