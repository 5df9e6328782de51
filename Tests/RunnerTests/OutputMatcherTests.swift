import Testing
import TestSupport
@testable import TutorKit

@Suite struct OutputMatcherTests {
    let matcher = OutputMatcher()

    @Test func trailingWhitespaceAndBlankLinesDoNotCount() {
        #expect(matcher.matches(expected: "a\nb\n", actual: "a  \nb\t\n\n\n"))
        #expect(!matcher.matches(expected: "a\nb\n", actual: " a\nb\n"))
        #expect(!matcher.matches(expected: "a\n\nb\n", actual: "a\nb\n"))
        #expect(matcher.matches(expected: "", actual: "\n"))
    }

    @Test func numbersCompareWithRelativeTolerance() {
        #expect(matcher.matches(expected: "score: 0.8333333", actual: "score: 0.83333333333"))
        #expect(!matcher.matches(expected: "score: 0.8333", actual: "score: 0.8334"))
        #expect(matcher.matches(expected: "(1452, 464)", actual: "(1452, 464)"))
        #expect(!matcher.matches(expected: "(1452, 464)", actual: "(1452, 465)"))
        #expect(matcher.matches(expected: "x = 1e-3", actual: "x = 0.0010000000001"))
        #expect(matcher.matches(expected: "[-1.5 2.0]", actual: "[-1.5000000001 2.0]"))
        #expect(!matcher.matches(expected: "[-1.5]", actual: "[1.5]"))
        #expect(matcher.matches(expected: "nan inf", actual: "nan inf"))
        #expect(OutputMatcher(tolerance: 0.01).matches(expected: "0.8333", actual: "0.8334"))
        #expect(!OutputMatcher(tolerance: 0).matches(expected: "0.5", actual: "0.50000001"))
    }

    @Test func digitsInsideWordsAreText() {
        #expect(!matcher.matches(expected: "run1", actual: "run2"))
        #expect(!matcher.matches(expected: "v1.0.2", actual: "v1.0.3"))
        #expect(matcher.matches(expected: "a-1", actual: "a-1"))
    }

    @Test func ellipsisLineMatchesAnyLines() {
        #expect(matcher.matches(expected: "start\n...\nend", actual: "start\nend"))
        #expect(matcher.matches(expected: "start\n...\nend", actual: "start\n1\n2\n3\nend"))
        #expect(matcher.matches(expected: "...", actual: "anything\nat all"))
        #expect(!matcher.matches(expected: "start\n...\nend", actual: "start\n1\nfinish"))
        #expect(matcher.matches(expected: "  ...\nlast", actual: "x\nlast"))
    }

    @Test func ellipsisInsideALine() {
        #expect(matcher.matches(expected: "Took ... seconds", actual: "Took 3.2 seconds"))
        #expect(matcher.matches(expected: "<Decoder at ...>", actual: "<Decoder at 0x7ff3>"))
        #expect(!matcher.matches(expected: "Took ... seconds", actual: "Took 3.2 minutes"))
        #expect(matcher.matches(expected: "accuracy 0.83...", actual: "accuracy 0.8333"))
        #expect(!matcher.matches(expected: "accuracy 0.84...", actual: "accuracy 0.8333"))
        #expect(matcher.matches(expected: "...333", actual: "0.8333"))
        #expect(!matcher.matches(expected: "a...b", actual: "a\nb"))
    }

    @Test func diffIsUnifiedAndUsesTheMatcher() {
        let diff = UnifiedDiff.diff(
            expected: "one\ntwo 0.5\nthree\nfour\nfive\nsix\nseven\neight\nnine\n",
            actual: "one\ntwo 0.5000000001\nthree\nfour\nfive\nsix\nseven\nEIGHT\nnine\n")
        expectEqual(diff, """
            --- expected
            +++ actual
            @@ -5,5 +5,5 @@
             five
             six
             seven
            -eight
            +EIGHT
             nine

            """)
        #expect(UnifiedDiff.diff(expected: "same\n", actual: "same  \n").isEmpty)
    }

    @Test func diffOfInsertionsAndSeparateHunks() {
        let old = (1...20).map { "line \($0)" }
        var new = old
        new.insert("inserted", at: 2)
        new[18] = "changed"
        let diff = UnifiedDiff.diff(expected: old.joined(separator: "\n"), actual: new.joined(separator: "\n"))
        let headers = diff.split(separator: "\n").filter { $0.hasPrefix("@@") }
        expectEqual(headers, ["@@ -1,5 +1,6 @@", "@@ -15,6 +16,6 @@"])
        #expect(diff.contains("+inserted\n"))
        #expect(diff.contains("-line 18\n+changed\n"))
    }

    @Test func emptyExpectedDiff() {
        expectEqual(UnifiedDiff.diff(expected: "", actual: "new\n"), "--- expected\n+++ actual\n@@ -0,0 +1 @@\n+new\n")
    }
}
