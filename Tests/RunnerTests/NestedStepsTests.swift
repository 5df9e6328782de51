import Foundation
import Testing
import TestSupport
@testable import TutorKit

/// Steps at any depth of the document — in a list item, a nested list, a block quote — are
/// parsed once, run in order, and woven into the page in their place with their own outputs.
@Suite struct NestedStepsTests {
    static let source = """
    ---
    title: Nested steps
    ---
    Intro.

    1. Load the data:

       ```swift step
       print("in list item")
       ```

       ```output
       in list item
       ```

       - a nested point:

         ```swift step
         print("in nested list")
         ```

    2. Second item.

    > Quoted:
    >
    > ```swift step
    > print("in quote")
    > ```

    ```swift step
    print("at top level")
    ```
    """

    @Test func parserFindsStepsAtAnyDepthInReadingOrder() throws {
        let tutorial = try TutorialParser.parse(source: Array(Self.source.utf8), path: "nested.md")
        expectEqual(tutorial.steps.map(\.line), [8, 18, 26, 30])
        expectEqual(tutorial.steps.map(\.indentation), ["   ", "     ", "> ", ""])
        expectEqual(tutorial.steps[0].expected?.line, 12)
        let order = tutorial.blocks.map { block -> String in
            if case .step(let n) = block { return "step \(n)" }
            return "prose"
        }
        expectEqual(order, ["prose", "step 0", "prose", "step 1", "prose", "step 2", "step 3"])
        expectEqual(tutorial.title, "Nested steps")
    }

    @Test func pageShowsEachStepInItsPlaceWithItsOutput() async throws {
        let s = try Scratch()
        try s.write("tutorials/plot_nested.md", Self.source)
        _ = try await s.build(ScriptedExecutor())
        let page = try s.read("site/plot_nested.html")
        // No step is left as a plain code block, and the recorded output is not shown.
        #expect(!page.contains("<pre><code"), "a step rendered as prose")
        var previous = page.startIndex
        for (n, text) in ["in list item", "in nested list", "in quote", "at top level"].enumerated() {
            let step = try #require(page.range(of: "id=\"step-\(n + 1)\"", range: previous..<page.endIndex), "step \(n + 1) in order")
            let output = try #require(page.range(of: "<div class=\"label\">Out:</div><pre>\(text)</pre>", range: step.upperBound..<page.endIndex))
            let next = page.range(of: "id=\"step-\(n + 2)\"", range: step.upperBound..<page.endIndex)?.lowerBound ?? page.endIndex
            #expect(output.lowerBound < next, "step \(n + 1)'s own output follows it")
            previous = step.upperBound
        }
        let listItem = try #require(page.range(of: "<li>"))
        let firstStep = try #require(page.range(of: "id=\"step-1\""))
        let listEnd = try #require(page.range(of: "</ol>"))
        #expect(listItem.lowerBound < firstStep.lowerBound && firstStep.lowerBound < listEnd.lowerBound, "step 1 inside the list")
        let nested = try #require(page.range(of: "<ul>"))
        let secondStep = try #require(page.range(of: "id=\"step-2\""))
        #expect(nested.lowerBound < secondStep.lowerBound && secondStep.lowerBound < listEnd.lowerBound, "step 2 inside the nested list")
        let quote = try #require(page.range(of: "<blockquote>"))
        let thirdStep = try #require(page.range(of: "id=\"step-3\""))
        let quoteEnd = try #require(page.range(of: "</blockquote>"))
        #expect(quote.lowerBound < thirdStep.lowerBound && thirdStep.lowerBound < quoteEnd.lowerBound, "step 3 inside the quote")
        #expect(page.contains("<li>\n<p>Second item.</p>\n</li>") || page.contains("Second item."))
        #expect(!page.contains("tutor-step-"), "every placeholder was replaced")
    }
}
