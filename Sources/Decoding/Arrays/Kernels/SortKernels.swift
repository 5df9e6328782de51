// Sorting loops, specialized per element type through protocol witnesses like the others.

/// Element types whose lanes sort through specialized loops (all ``NumericElement``s).
public protocol SortableElement: Comparable {
    /// `order[i·stride]` = the index (in the lane) of the i-th smallest of `n` elements
    /// `stride` apart; ties keep their order, NaN sorts last (numpy `kind="stable"`).
    static func stableArgsort(_ a: UnsafePointer<Self>, _ n: Int, stride: Int, into order: UnsafeMutablePointer<Int>)
    /// `c[i·stride]` = the i-th smallest of `n` elements `stride` apart, stably.
    static func stableSort(_ a: UnsafePointer<Self>, _ n: Int, stride: Int, into c: UnsafeMutablePointer<Self>)
    /// The distinct values of `n` contiguous elements, ascending, each with its count.
    static func uniqueCounts(_ a: UnsafePointer<Self>, _ n: Int) -> (values: [Self], counts: [Int])
}

extension SortableElement {
    /// numpy's order: NaN (the only value unequal to itself) after every number.
    @inline(__always)
    static func orderedBefore(_ x: Self, _ y: Self) -> Bool { x < y || (y != y && x == x) }

    /// The lane as (value, index) pairs in numpy's stable order; the index breaks ties, which
    /// makes the sort stable whatever algorithm runs.
    static func sortedPairs(_ a: UnsafePointer<Self>, _ n: Int, stride: Int) -> [(value: Self, index: Int)] {
        var pairs = [(value: Self, index: Int)]()
        pairs.reserveCapacity(n)
        for i in 0..<n { pairs.append((a[i * stride], i)) }
        pairs.sort { x, y in
            orderedBefore(x.value, y.value) || (!orderedBefore(y.value, x.value) && x.index < y.index)
        }
        return pairs
    }

    /// Radix sort for Double, Float and Int lanes of 512 or more, else a comparison sort with the index as tie-break.
    public static func stableArgsort(_ a: UnsafePointer<Self>, _ n: Int, stride: Int, into order: UnsafeMutablePointer<Int>) {
        if DispatchedKernels.argsort(a, n, stride: stride, into: order) { return }
        let pairs = sortedPairs(a, n, stride: stride)
        for i in 0..<n { order[i * stride] = pairs[i].index }
    }

    /// As ``stableArgsort(_:_:stride:into:)``, gathering the values (NaN payloads and zero signs kept).
    public static func stableSort(_ a: UnsafePointer<Self>, _ n: Int, stride: Int, into c: UnsafeMutablePointer<Self>) {
        if DispatchedKernels.sort(a, n, stride: stride, into: c) { return }
        let pairs = sortedPairs(a, n, stride: stride)
        for i in 0..<n { c[i * stride] = pairs[i].value }
    }

    /// Sorts a copy and counts runs.
    public static func uniqueCounts(_ a: UnsafePointer<Self>, _ n: Int) -> (values: [Self], counts: [Int]) {
        var sorted = Array(UnsafeBufferPointer(start: a, count: n))
        sorted.sort(by: orderedBefore)
        return runLengths(sorted)
    }

    /// Runs of equal values in sorted data; NaNs form one run (numpy's `equal_nan=True`).
    static func runLengths(_ sorted: [Self]) -> (values: [Self], counts: [Int]) {
        var values = [Self](), counts = [Int]()
        for x in sorted {
            if let last = values.last, last == x || (last != last && x != x) {
                counts[counts.count - 1] += 1
            } else {
                values.append(x)
                counts.append(1)
            }
        }
        return (values, counts)
    }
}

extension SortableElement where Self: FixedWidthInteger {
    /// Counting instead of sorting when the values span a range not much larger than their
    /// number (class labels, run numbers): linear time.
    public static func uniqueCounts(_ a: UnsafePointer<Self>, _ n: Int) -> (values: [Self], counts: [Int]) {
        guard n > 0 else { return ([], []) }
        var low = a[0], high = a[0]
        for i in 0..<n {
            low = Swift.min(low, a[i])
            high = Swift.max(high, a[i])
        }
        guard let lo = Int(exactly: low), let hi = Int(exactly: high),
              case let (span, false) = hi.subtractingReportingOverflow(lo), span <= 4 * n + 1024
        else {
            var sorted = Array(UnsafeBufferPointer(start: a, count: n))
            sorted.sort()
            return runLengths(sorted)
        }
        var tally = [Int](repeating: 0, count: span + 1)
        tally.withUnsafeMutableBufferPointer { t in
            for i in 0..<n { t[Int(truncatingIfNeeded: a[i]) &- lo] += 1 }
        }
        var values = [Self](), counts = [Int]()
        for (offset, count) in tally.enumerated() where count > 0 {
            values.append(low + Self(offset))
            counts.append(count)
        }
        return (values, counts)
    }
}

extension Double: SortableElement {}
extension Float: SortableElement {}
extension Int: SortableElement {}
extension Int8: SortableElement {}
extension Int16: SortableElement {}
extension Int32: SortableElement {}
extension Int64: SortableElement {}
extension UInt8: SortableElement {}
extension UInt16: SortableElement {}
extension UInt32: SortableElement {}
extension UInt64: SortableElement {}
extension String: SortableElement {}
