import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport
@testable import TutorKit

@Suite struct ReportTests {
    func result(_ text: String, stdout: [String], failure: StepFailure? = nil) throws -> (Tutorial, TutorialResult) {
        let tutorial = try parse(text)
        let steps = tutorial.steps.map { step in
            StepResult(number: step.number, stdout: stdout[step.number - 1], seconds: 0.1,
                       outcome: failure != nil && step.number == tutorial.steps.count ? .failed(failure!) : .completed)
        }
        return (tutorial, TutorialResult(path: tutorial.path, steps: steps))
    }

    func check(_ run: (Tutorial, TutorialResult)) -> TutorialCheck { TutorialCheck(run.0, run.1) }

    @Test func mismatchIsReportedAtTheOutputBlock() throws {
        let check = check(try result("```swift step\n```\n\n```output\n2\n```\n", stdout: ["3\n"]))
        #expect(!check.passed)
        expectEqual(check.problems.map(\.text), ["t.md:4: error: output of step 1 at line 1 differs from the recorded output\n--- expected\n+++ actual\n@@ -1 +1 @@\n-2\n+3\n"])
    }

    @Test func stepToleranceIsUsed() throws {
        let check = check(try result("```swift step tolerance=0.1\n```\n\n```output\n2\n```\n", stdout: ["2.1\n"]))
        #expect(check.passed)
        expectEqual(check.steps.map(\.verdict), [.passed])
    }

    @Test func failureIsReportedAtTheStep() throws {
        let check = check(try result("```swift step\n```\n\n```swift step\n```\n", stdout: ["", "x\n"], failure: StepFailure(kind: .threw, message: "bad file")))
        expectEqual(check.steps.map(\.verdict.isFailure), [false, true])
        expectEqual(check.problems.first?.text.hasPrefix("t.md:4: error: step 2 threw an error: bad file\n"), true)
    }

    @Test func compilerDiagnosticsBecomeProblems() {
        let output = "t.md:4:14: error: cannot find 'x' in scope\nprint(x)\n      ^\nt.md:9:1: error: missing return\n"
        let problems = CompilerDiagnostics.problems(in: output, tutorialPath: "t.md")
        expectEqual(problems.map(\.text), [
            "t.md:4:14: error: cannot find 'x' in scope\nprint(x)\n      ^\n",
            "t.md:9:1: error: missing return\n",
        ])
        let linker = CompilerDiagnostics.problems(in: "ld: undefined symbol\n", tutorialPath: "t.md")
        expectEqual(linker.map(\.message), ["the tutorial does not compile"])
    }

    @Test func githubAnnotationsEscape() {
        let problem = Problem(path: "tutorials/a,b.md", line: 7, message: "differs: 100%", details: "-a\n+b\n")
        expectEqual(GitHubAnnotations.annotation(for: problem), "::error file=tutorials/a%2Cb.md,line=7::differs: 100%25%0A-a%0A+b%0A")
    }

    @Test func junitHasACasePerStep() throws {
        var (tutorial, run) = try result("```swift step label=x\n```\n\n```output\n<2>\n```\n```swift step no-run\n```\n", stdout: ["<3>\n", ""])
        run.totalSeconds = 1.5
        let check = TutorialCheck(tutorial, run)
        let xml = JUnitReport.xml(for: [check, TutorialCheck(path: "bad.md", title: "bad", problem: Problem(path: "bad.md", line: 1, message: "no such file"))])
        #expect(xml.contains("<testsuites name=\"tutor check\" tests=\"3\" failures=\"2\">"))
        #expect(xml.contains("<testcase classname=\"t.md\" name=\"step 1 (x) line 1\">\n      <failure message=\"t.md:4: output of step 1 (x) at line 1 differs from the recorded output\">--- expected\n+++ actual\n@@ -1 +1 @@\n-&lt;2&gt;\n+&lt;3&gt;\n</failure>"))
        #expect(xml.contains("<testsuite name=\"t.md\" tests=\"2\" failures=\"1\" time=\"1.500\">"))
        #expect(xml.contains("<testcase classname=\"bad.md\" name=\"tutorial\">"))
        expectEqual(HTML.escape("a\u{1}b&"), "ab&amp;")
        // It is well-formed XML.
        _ = try XMLDocument(xmlString: xml)
    }
}

extension TutorialCheck.Verdict {
    var isFailure: Bool { if case .failed = self { true } else { false } }
}
