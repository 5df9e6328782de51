import Testing

/// `#expect(actual == expected)` as a function: the same check, the same failure (both values,
/// at the caller's line), for the tests' most common expectation.
///
/// Why not the macro at each call site: `#expect(a == b)` expands into a generic
/// `__checkBinaryOperation` call with a comparison closure, which the compiler type-checks and
/// emits anew at every use (about 19 ms each at -Onone, against 4 ms for a call of this
/// function). With some 650 such lines, the test targets compile in about a sixth less CPU
/// (touched and rebuilt, alternating: 82 and 92 CPU s against 119 and 96), on the path of every
/// fresh clone's `scripts/test` (SETUP-TIME.md).
/// Expectations with other operators, `try` or `await` in a compared expression, `nil`, or
/// tuples (which are not `Equatable`) keep `#expect`, whose failure shows each subexpression.
public func expectEqual<T: Equatable>(
    _ actual: T, _ expected: T, _ comment: @autoclosure () -> Comment? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual == expected, comment(), sourceLocation: sourceLocation)
}
