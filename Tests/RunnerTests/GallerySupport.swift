import Foundation
import Synchronization
@testable import TutorKit

/// A stand-in for the runner in gallery tests: it "executes" a step by reading a tiny
/// command language from its code, so tests control outputs, failures and figures without
/// compiling Swift. `print("…")` prints the literal; `eprint("…")` writes stderr; `fail("…")`
/// fails the step; `figure("alt")` draws a 120×80 PNG; `simulated("…")` reports simulated data.
final class ScriptedExecutor: TutorialExecuting {
    private let runs = Mutex<[String]>([])
    /// Paths of the tutorials executed so far, in completion order.
    var executed: [String] { runs.withLock { $0 } }

    func execute(
        _ tutorial: Tutorial, figuresFolder: URL, progress: @escaping @Sendable (ExecutionProgress) -> Void
    ) async throws -> TutorialResult {
        var steps: [StepResult] = []
        var simulated: [String] = []
        var failed = false
        for (n, step) in tutorial.steps.enumerated() {
            progress(.step(index: n, count: tutorial.steps.count, line: step.line))
            var result = StepResult(number: step.number, outcome: .completed)
            if failed || step.options.noRun {
                result.outcome = failed ? .notReached : .skipped
                steps.append(result)
                continue
            }
            for line in step.code.split(separator: "\n") {
                if let text = Self.argument(line, "print") { result.stdout += text + "\n" }
                if let text = Self.argument(line, "eprint") { result.stderr += text + "\n" }
                if let text = Self.argument(line, "simulated") { simulated.append(text) }
                if let text = Self.argument(line, "fail") {
                    result.outcome = .failed(StepFailure(kind: .threw, message: text))
                    failed = true
                }
                if let alt = Self.argument(line, "figure") {
                    let name = "step-\(n + 1)-figure-\(result.figures.count + 1).png"
                    try Data(Self.png(width: 120, height: 80, seed: n)).write(to: figuresFolder.appendingPathComponent(name))
                    result.figures.append(StepFigure(file: name, altText: alt))
                }
            }
            result.seconds = 0.01 * Double(n + 1)
            steps.append(result)
        }
        let relative = tutorial.path.hasPrefix("tutorials/") ? String(tutorial.path.dropFirst("tutorials/".count)) : tutorial.path
        runs.withLock { $0.append(relative) }
        let total = steps.reduce(0.5) { $0 + ($1.seconds ?? 0) }
        return TutorialResult(path: tutorial.path, steps: steps, totalSeconds: total, simulatedDatasets: simulated)
    }

    static func argument(_ line: Substring, _ name: String) -> String? {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard t.hasPrefix(name + "(\""), t.hasSuffix("\")") else { return nil }
        return t.dropFirst(name.count + 2).dropLast(2).replacingOccurrences(of: "\\n", with: "\n")
    }

    static func png(width: Int, height: Int, seed: Int) -> [UInt8] {
        var rgba = [UInt8](repeating: 255, count: width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                let p = (y * width + x) * 4
                rgba[p] = UInt8((x * 2 + seed * 40) % 256)
                rgba[p + 1] = UInt8((y * 3) % 256)
                rgba[p + 2] = 128
            }
        }
        return try! Thumbnail.encode(rgba, width: width, height: height, what: "test figure")
    }
}

/// A temporary project folder with `tutorials/`, removed when the value goes away.
final class Scratch: Sendable {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("gallery-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("tutorials"), withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// A scratch project holding the sample gallery (`writeSampleGallery`).
    static func sampleGallery() throws -> Scratch {
        let s = try Scratch()
        try s.writeSampleGallery()
        return s
    }

    /// The sample gallery, built once with a `ScriptedExecutor`.
    static func builtSampleGallery() async throws -> Scratch {
        let s = try sampleGallery()
        _ = try await s.build(ScriptedExecutor())
        return s
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) }

    func options(force: Bool = false, keepGoing: Bool = false, library: String = "lib-1") -> BuildOptions {
        BuildOptions(paths: ["tutorials"], out: root.appendingPathComponent("site"), cache: root.appendingPathComponent(".tutor-cache/gallery"),
                     force: force, jobs: 2, keepGoing: keepGoing, libraryStamp: library,
                     librarySymbols: .names(["NiftiMasker", "crossValScore"]), workingDirectory: root)
    }

    func build(_ executor: ScriptedExecutor, _ options: BuildOptions? = nil,
               beforeReplacing: @escaping @Sendable (URL) throws -> Void = { _ in }) async throws -> BuildReport {
        var builder = SiteBuilder(options: options ?? self.options(), executor: executor, progress: BuildProgress(quiet: true))
        builder.beforeReplacing = beforeReplacing
        return try await builder.build()
    }

    /// Writes a small gallery: a root README, a tutorial with prose, code, output and a
    /// figure, and a section folder with its own README and a figure-less tutorial.
    func writeSampleGallery() throws {
        try write("tutorials/README.md", "# Example gallery\n\nTutorials about decoding.\n")
        try write("tutorials/plot_intro.md", """
        ---
        title: Introduction <to> decoding
        summary: Masks & models, "quoted".
        order: 1
        ---
        # Introduction to decoding

        Some *prose* before the first step.

        ## Loading the data

        ```swift step
        let masker = NiftiMasker()
        print("<script>alert('x')</script>")
        ```

        ```output
        stale recorded output
        ```

        ## Plotting

        ```swift step label=plot
        figure("Weights <b>map</b>")
        print("done")
        ```

        A closing remark.
        """)
        try write("tutorials/advanced/README.md", "# Advanced\n\nMore tutorials.\n")
        try write("tutorials/advanced/plot_more.md", """
        ---
        title: More things
        summary: Nothing drawn here.
        ---
        Intro.

        ```swift step hide-code
        print("hidden code ran")
        eprint("note: careful")
        simulated("Haxby 2001, subject 2")
        ```
        """)
    }
}
