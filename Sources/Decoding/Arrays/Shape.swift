/// The extents of an ``NDArray``, printed the way numpy prints a shape tuple:
/// `(1452, 464)`, `(216,)`, `()`.
public struct Shape: Hashable, Sendable, RandomAccessCollection, ExpressibleByArrayLiteral,
    CustomStringConvertible
{
    public var dimensions: [Int]

    public init(_ dimensions: [Int]) { self.dimensions = dimensions }
    public init(arrayLiteral elements: Int...) { self.dimensions = elements }

    public var startIndex: Int { dimensions.startIndex }
    public var endIndex: Int { dimensions.endIndex }
    public subscript(position: Int) -> Int { dimensions[position] }

    /// Number of elements an array of this shape holds (1 for a scalar shape).
    public var elementCount: Int { dimensions.reduce(1, *) }

    public var description: String {
        switch dimensions.count {
        case 1: "(\(dimensions[0]),)"
        default: "(" + dimensions.map(String.init).joined(separator: ", ") + ")"
        }
    }
}
