// numpy's arithmetic operators with broadcasting: `a + b`, `x - x.mean(axis: 0)`, `2 * a`.
// Shapes that do not broadcast trap with both shapes in the message (see ``ShapeError``).

extension NDArray where Element: NumericElement {
    /// `kernel(a, strideA, b, strideB, out, count)` run over the broadcast shape of `a` and
    /// `b`, one contiguous run of the result at a time.
    static func broadcasting<T>(
        _ a: NDArray, _ b: NDArray,
        _ kernel: (UnsafePointer<Element>, Int, UnsafePointer<Element>, Int, UnsafeMutablePointer<T>, Int) -> Void
    ) -> NDArray<T> {
        let shape = orTrap { () throws(ShapeError) in try Shape.broadcast(a.shape, b.shape) }
        let layout = BroadcastLayout(shape: shape, operands: [a.shape, b.shape])
        let count = shape.elementCount
        let out = [T](unsafeUninitializedCapacity: count) { c, initialized in
            adviseHugePages(c)
            a.storage.withUnsafeBufferPointer { pa in
                b.storage.withUnsafeBufferPointer { pb in
                    layout.forEachRun { o, oa, ob, _ in
                        kernel(pa.baseAddress! + oa, layout.runStrides[0], pb.baseAddress! + ob,
                               layout.runStrides[1], c.baseAddress! + o, layout.runLength)
                    }
                }
            }
            initialized = count
        }
        return NDArray<T>(shape: shape, storage: out)
    }

    /// `op` applied element-wise over the broadcast shape of `a` and `b`.
    static func combined(_ a: NDArray, _ b: NDArray, _ op: ArithmeticOperator) -> NDArray {
        broadcasting(a, b) { Element.combine(op, $0, $1, $2, $3, $4, $5) }
    }

    /// numpy's in-place `a op= b`: `b` must broadcast to `a`'s own shape, which does not change.
    static func combine(_ a: inout NDArray, _ b: NDArray, _ op: ArithmeticOperator) {
        let shape = orTrap { () throws(ShapeError) in try Shape.broadcast(a.shape, b.shape) }
        guard shape == a.shape else {
            fatalError("non-broadcastable output operand with shape \(a.shape) doesn't match the broadcast shape \(shape)")
        }
        let layout = BroadcastLayout(shape: shape, operands: [a.shape, b.shape])
        b.storage.withUnsafeBufferPointer { pb in
            a.storage.withUnsafeMutableBufferPointer { pa in
                layout.forEachRun { o, oa, ob, _ in
                    Element.combine(
                        op, pa.baseAddress! + oa, layout.runStrides[0], pb.baseAddress! + ob,
                        layout.runStrides[1], pa.baseAddress! + o, layout.runLength)
                }
            }
        }
    }

    /// A 0-d array holding `value`, which broadcasts against any shape.
    init(scalar value: Element) {
        self.init(shape: [], storage: [value])
    }

    /// numpy's `a + b`: the element-wise sum, broadcasting as numpy does (a row or
    /// column against a matrix). Traps naming both shapes when they do not broadcast.
    public static func + (lhs: NDArray, rhs: NDArray) -> NDArray { combined(lhs, rhs, .add) }
    /// numpy's `a - b`: the element-wise difference, broadcasting as numpy does (a row or
    /// column against a matrix). Traps naming both shapes when they do not broadcast.
    public static func - (lhs: NDArray, rhs: NDArray) -> NDArray { combined(lhs, rhs, .subtract) }
    /// numpy's `a * b`: the element-wise product, broadcasting as numpy does (a row or
    /// column against a matrix). Traps naming both shapes when they do not broadcast.
    public static func * (lhs: NDArray, rhs: NDArray) -> NDArray { combined(lhs, rhs, .multiply) }
    /// numpy's `a + scalar`: the scalar meets every element; the result keeps `a`'s shape.
    public static func + (lhs: NDArray, rhs: Element) -> NDArray { combined(lhs, NDArray(scalar: rhs), .add) }
    /// numpy's `a - scalar`: the scalar meets every element; the result keeps `a`'s shape.
    public static func - (lhs: NDArray, rhs: Element) -> NDArray { combined(lhs, NDArray(scalar: rhs), .subtract) }
    /// numpy's `a * scalar`: the scalar meets every element; the result keeps `a`'s shape.
    public static func * (lhs: NDArray, rhs: Element) -> NDArray { combined(lhs, NDArray(scalar: rhs), .multiply) }
    /// numpy's `scalar + a`: the scalar meets every element; the result keeps `a`'s shape.
    public static func + (lhs: Element, rhs: NDArray) -> NDArray { combined(NDArray(scalar: lhs), rhs, .add) }
    /// numpy's `scalar - a`: the scalar meets every element; the result keeps `a`'s shape.
    public static func - (lhs: Element, rhs: NDArray) -> NDArray { combined(NDArray(scalar: lhs), rhs, .subtract) }
    /// numpy's `scalar * a`: the scalar meets every element; the result keeps `a`'s shape.
    public static func * (lhs: Element, rhs: NDArray) -> NDArray { combined(NDArray(scalar: lhs), rhs, .multiply) }

    /// numpy's in-place `a += b`: `b` must broadcast to `a`'s shape, which stays (traps otherwise).
    public static func += (lhs: inout NDArray, rhs: NDArray) { combine(&lhs, rhs, .add) }
    /// numpy's in-place `a -= b`: `b` must broadcast to `a`'s shape, which stays (traps otherwise).
    public static func -= (lhs: inout NDArray, rhs: NDArray) { combine(&lhs, rhs, .subtract) }
    /// numpy's in-place `a *= b`: `b` must broadcast to `a`'s shape, which stays (traps otherwise).
    public static func *= (lhs: inout NDArray, rhs: NDArray) { combine(&lhs, rhs, .multiply) }
    /// numpy's in-place `a += scalar`, without a new buffer.
    public static func += (lhs: inout NDArray, rhs: Element) { combine(&lhs, NDArray(scalar: rhs), .add) }
    /// numpy's in-place `a -= scalar`, without a new buffer.
    public static func -= (lhs: inout NDArray, rhs: Element) { combine(&lhs, NDArray(scalar: rhs), .subtract) }
    /// numpy's in-place `a *= scalar`, without a new buffer.
    public static func *= (lhs: inout NDArray, rhs: Element) { combine(&lhs, NDArray(scalar: rhs), .multiply) }

    /// numpy's unary minus (wrapping for integers, as numpy's).
    public static prefix func - (operand: NDArray) -> NDArray {
        operand.unary { Element.negateOrAbs($0, $1, $2, abs: false) }
    }

    /// numpy's `np.minimum(a, b)` / `np.maximum(a, b)`: element-wise, broadcasting, NaN wins.
    public static func minimum(_ a: NDArray, _ b: NDArray) -> NDArray { combined(a, b, .minimum) }
    /// numpy's `np.maximum(a, b)`: the larger of each pair, broadcasting; NaN from either side wins.
    public static func maximum(_ a: NDArray, _ b: NDArray) -> NDArray { combined(a, b, .maximum) }

    /// A new array of the same shape from a whole-buffer loop `body(input, output, count)`.
    func unary<T>(_ body: (UnsafePointer<Element>, UnsafeMutablePointer<T>, Int) -> Void) -> NDArray<T> {
        let n = size
        let out = [T](unsafeUninitializedCapacity: n) { c, initialized in
            adviseHugePages(c)
            storage.withUnsafeBufferPointer { a in
                if n > 0 { body(a.baseAddress!, c.baseAddress!, n) }
            }
            initialized = n
        }
        return NDArray<T>(shape: shape, storage: out)
    }
}

// `/` is true division: floats divide in their own type, integers give float64 (numpy's
// `np.array([1, 2]) / 2` is `[0.5 1. ]`).
extension NDArray where Element: FloatingElement {
    /// numpy's true division `a / b` in the element type, broadcasting; `x / 0` is ±inf or NaN
    /// as in IEEE arithmetic (numpy warns, here nothing is raised).
    public static func / (lhs: NDArray, rhs: NDArray) -> NDArray { combined(lhs, rhs, .divide) }
    /// numpy's `a / scalar`, element-wise.
    public static func / (lhs: NDArray, rhs: Element) -> NDArray { combined(lhs, NDArray(scalar: rhs), .divide) }
    /// numpy's `scalar / a`, element-wise.
    public static func / (lhs: Element, rhs: NDArray) -> NDArray { combined(NDArray(scalar: lhs), rhs, .divide) }
    /// numpy's in-place `a /= b`: `b` must broadcast to `a`'s shape, which stays.
    public static func /= (lhs: inout NDArray, rhs: NDArray) { combine(&lhs, rhs, .divide) }
    /// numpy's in-place `a /= scalar`.
    public static func /= (lhs: inout NDArray, rhs: Element) { combine(&lhs, NDArray(scalar: rhs), .divide) }
}
