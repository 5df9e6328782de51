/// A shape that does not fit an operation, worded as numpy words it.
///
/// **Throw or trap.** `NDArray`'s operators and methods (`a + b`, `sum(axis:)`, `reshaped`,
/// `concatenate`) *trap* on these, with this description (naming both shapes) as the
/// message — always, also in optimized builds (`fatalError`, not `precondition`). Why: an
/// operator cannot throw without a `try` in front of every formula, which would bury the
/// arithmetic a tutorial is about; shapes in a tutorial follow from its code, not its input
/// files, so a mismatch is a programming error, like an array index out of range. Code whose
/// shapes *do* come from data checks first with the throwing forms:
/// ``Shape/broadcast(_:_:)``, ``Shape/resolvingReshape(of:)``, ``Shape/checkedAxis(_:)``.
public enum ShapeError: Error, Equatable, CustomStringConvertible, Sendable {
    /// Two operands' shapes (both named) cannot be broadcast together.
    case notBroadcastable(Shape, Shape)
    /// A reshape asked for `into`, which cannot hold exactly `size` elements.
    case cannotReshape(size: Int, into: Shape)
    /// `axis` is outside the `ndim` axes of the array (negative axes count from the end).
    case axisOutOfBounds(axis: Int, ndim: Int)
    /// `operation` (concatenate, stack) got two arrays whose shapes differ along `axis`,
    /// which is not the axis being joined.
    case mismatchedJoin(operation: String, Shape, Shape, axis: Int)
    /// `operation` (min, max, argmax…) has no identity, so an empty array has no answer.
    case emptyReduction(operation: String)
    /// A boolean mask's shape differs from the shape of the array it indexes.
    case maskShape(mask: Shape, array: Shape)
    /// A masked assignment got `values` values for `selected` true positions of the mask.
    case assignedCount(values: Int, selected: Int)

    /// numpy's wording of the same error, so a reader can search for it.
    public var description: String {
        switch self {
        case let .notBroadcastable(a, b):
            "operands could not be broadcast together with shapes \(a) \(b)"
        case let .cannotReshape(size, shape):
            "cannot reshape array of size \(size) into shape \(shape)"
        case let .axisOutOfBounds(axis, ndim):
            "axis \(axis) is out of bounds for array of dimension \(ndim)"
        case let .mismatchedJoin(operation, a, b, axis):
            "\(operation): all the input array dimensions except for the concatenation axis must match exactly, "
                + "but along dimension \(axis), the arrays have shapes \(a) and \(b)"
        case let .emptyReduction(operation):
            "zero-size array to reduction operation \(operation) which has no identity"
        case let .maskShape(mask, array):
            "boolean index of shape \(mask) does not match the indexed array of shape \(array)"
        case let .assignedCount(values, selected):
            "NumPy boolean array indexing assignment cannot assign \(values) input values to the \(selected) output values where the mask is true"
        }
    }
}

/// Stops with `error`'s message in every build configuration (see ``ShapeError``).
func shapeFailure(_ error: ShapeError) -> Never {
    fatalError(error.description)
}

extension Shape {
    /// numpy's broadcasting rule: align trailing axes; each pair must be equal or contain a 1.
    public static func broadcast(_ a: Shape, _ b: Shape) throws(ShapeError) -> Shape {
        if a == b { return a }
        let n = Swift.max(a.count, b.count)
        var out = [Int](repeating: 1, count: n)
        for k in 0..<n {
            let x = k < n - a.count ? 1 : a[k - (n - a.count)]
            let y = k < n - b.count ? 1 : b[k - (n - b.count)]
            guard x == y || x == 1 || y == 1 else { throw .notBroadcastable(a, b) }
            out[k] = x == 1 ? y : x
        }
        return Shape(out)
    }

    /// An axis in `0..<count`, negative axes counting from the end as in numpy.
    public func checkedAxis(_ axis: Int) throws(ShapeError) -> Int {
        let resolved = axis < 0 ? axis + count : axis
        guard resolved >= 0 && resolved < count else { throw .axisOutOfBounds(axis: axis, ndim: count) }
        return resolved
    }

    /// This shape with at most one `-1` replaced so that it holds `size` elements.
    public func resolvingReshape(of size: Int) throws(ShapeError) -> Shape {
        let unknown = dimensions.indices.filter { dimensions[$0] == -1 }
        let known = dimensions.filter { $0 != -1 }.reduce(1, *)
        guard unknown.count <= 1, dimensions.allSatisfy({ $0 >= -1 }) else { throw .cannotReshape(size: size, into: self) }
        guard let u = unknown.first else {
            guard known == size else { throw .cannotReshape(size: size, into: self) }
            return self
        }
        guard known > 0, size % known == 0 else { throw .cannotReshape(size: size, into: self) }
        var out = dimensions
        out[u] = size / known
        return Shape(out)
    }

    /// C-order strides in elements.
    var strides: [Int] {
        var out = [Int](repeating: 1, count: count)
        var s = 1
        for k in stride(from: count - 1, through: 0, by: -1) {
            out[k] = s
            s *= dimensions[k]
        }
        return out
    }
}

/// `try` for the trapping API: the value, or a trap with the shape error's message.
@inline(__always)
func orTrap<T>(_ body: () throws(ShapeError) -> T) -> T {
    do { return try body() } catch { shapeFailure(error) }
}
