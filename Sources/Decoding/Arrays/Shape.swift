/// The extents of an ``NDArray``, printed the way numpy prints a shape tuple:
/// `(1452, 464)`, `(216,)`, `()`.
public struct Shape: Hashable, Sendable, RandomAccessCollection, ExpressibleByArrayLiteral,
    CustomStringConvertible
{
    /// The extent of each axis, outermost first.
    public var dimensions: [Int]

    /// A shape from its extents (not checked here: arrays reject negative extents).
    public init(_ dimensions: [Int]) { self.dimensions = dimensions }
    /// A shape written as a literal: `[2, 3]`.
    public init(arrayLiteral elements: Int...) { self.dimensions = elements }

    /// Collection conformance: the axes, so `shape[0]`, `shape.count` read like numpy's tuple.
    public var startIndex: Int { dimensions.startIndex }
    /// One past the last axis.
    public var endIndex: Int { dimensions.endIndex }
    /// The extent of axis `position`.
    public subscript(position: Int) -> Int { dimensions[position] }

    /// Number of elements an array of this shape holds (1 for a scalar shape).
    public var elementCount: Int { dimensions.reduce(1, *) }

    /// numpy's tuple form: `(1452, 464)`, `(216,)`, `()`.
    public var description: String {
        switch dimensions.count {
        case 1: "(\(dimensions[0]),)"
        default: "(" + dimensions.map(String.init).joined(separator: ", ") + ")"
        }
    }
}
