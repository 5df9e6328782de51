import FileSupport
import Foundation
import Testing
import TestSupport
@testable import TutorKit

/// The executed notebook: its shape here, and its validity by Python's `nbformat` when a
/// Python with nbformat can be had (see `NotebookValidator`); otherwise that test is skipped.
@Suite struct NotebookTests {
    static let source = """
    ---
    title: Notebook sample
    ---
    # Notebook sample

    Prose *before*.

    ```swift step
    print("hello")
    ```

    ```swift step
    figure("a plot")
    eprint("careful")
    ```

    ```swift step
    fail("went wrong\\nsecond line")
    ```

    ```swift step
    print("not reached")
    ```
    """

    func notebook() async throws -> (json: [String: Any], data: Data, scratch: Scratch) {
        let s = try Scratch()
        try s.write("tutorials/plot_nb.md", Self.source)
        _ = try await s.build(ScriptedExecutor(), s.options(keepGoing: true))
        let data = try Data(contentsOf: s.root.appendingPathComponent("site/plot_nb.ipynb"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return (json, data, s)
    }

    @Test func cellsCarryProseOutputsFiguresAndErrors() async throws {
        let (nb, _, s) = try await notebook()
        expectEqual(nb["nbformat"] as? Int, 4)
        let cells = try #require(nb["cells"] as? [[String: Any]])
        expectEqual(cells.map { $0["cell_type"] as? String }, ["markdown", "code", "code", "code", "code"])
        expectEqual((cells[0]["source"] as? [String])?.joined(), "# Notebook sample\n\nProse *before*.")
        let first = try #require(cells[1]["outputs"] as? [[String: Any]])
        #expect(first.first?["output_type"] as? String == "stream" && first.first?["text"] as? [String] == ["hello\n"])
        expectEqual(cells[1]["execution_count"] as? Int, 1)
        let second = try #require(cells[2]["outputs"] as? [[String: Any]])
        expectEqual(second.map { $0["output_type"] as? String }, ["stream", "display_data"])
        let image = try #require((second[1]["data"] as? [String: Any])?["image/png"] as? String)
        let png = try #require(Data(base64Encoded: image))
        expectEqual(png.prefix(4), Data([0x89, 0x50, 0x4E, 0x47]))
        let third = try #require(cells[3]["outputs"] as? [[String: Any]])
        expectEqual(third.first?["output_type"] as? String, "error")
        expectEqual(third.first?["traceback"] as? [String], ["threw an error: went wrong", "second line"])
        #expect(cells[4]["execution_count"] is NSNull, "the step after the failure did not run")
    }

    @Test(.enabled(if: NotebookValidator.python != nil, "no Python with nbformat could be set up"))
    func validatesWithNbformat() async throws {
        let (_, data, s) = try await notebook()
        let file = s.root.appendingPathComponent("check.ipynb")
        try data.write(to: file)
        let result = try NotebookValidator.validate(file)
        expectEqual(result.status, 0, "nbformat: \(result.output)")
    }
}

extension NotebookTests {
    @Test func wholeProgramFailureOpensTheNotebook() throws {
        let tutorial = try TutorialParser.parse(source: Array("```swift step\nprint(y)\n```\n".utf8), path: "x.md")
        let result = TutorialResult(
            path: "x.md", compilation: Compilation(diagnostics: "x.md:3:1: error: cannot find 'y' in scope"),
            steps: [StepResult(number: 1, outcome: .notReached)], totalSeconds: 1)
        let data = try Notebook(entry: GalleryEntry(sitePath: "x.md", tutorial: tutorial, result: result)) { _, _ in nil }.json()
        let cells = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["cells"] as? [[String: Any]])
        expectEqual((cells.first?["source"] as? [String])?.joined().contains("cannot find 'y' in scope"), true)
        #expect(cells.count == 2 && cells.last?["execution_count"] is NSNull)
    }
}

/// A Python that can import `nbformat`: `TUTOR_PYTHON` if set, else a venv in the user's cache
/// folder (`~/.cache/tutor/nbformat-venv`), made once per machine with pip when possible and
/// shared by every clone, as the simulated subject is: a fresh clone's `scripts/test` does not
/// spend 10 CPU seconds making one. Nil when neither works.
enum NotebookValidator {
    static let python: String? = {
        let env = ProcessInfo.processInfo.environment
        if let given = env["TUTOR_PYTHON"], hasNbformat(given) { return given }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let venv = userCacheFolder("tutor/nbformat-venv") ?? root.appendingPathComponent(".build/nbformat-venv").path
        let python = venv + "/bin/python"
        if hasNbformat(python) { return python }
        // Made aside and renamed into place, so a concurrent test run never sees half a venv
        // (a venv finds its packages from where its interpreter is, so it can move).
        let scratch = venv + ".tmp-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        guard (try? FileManager.default.createDirectory(atPath: (venv as NSString).deletingLastPathComponent, withIntermediateDirectories: true)) != nil,
              run("/usr/bin/env", ["python3", "-m", "venv", scratch]).status == 0,
              run(scratch + "/bin/python", ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "nbformat"]).status == 0
        else { return nil }
        if (try? FileManager.default.moveItem(atPath: scratch, toPath: venv)) == nil, !hasNbformat(python) {
            try? FileManager.default.removeItem(atPath: venv)  // a broken one, not another run's
            try? FileManager.default.moveItem(atPath: scratch, toPath: venv)
        }
        return hasNbformat(python) ? python : nil
    }()

    static func validate(_ notebook: URL) throws -> (status: Int32, output: String) {
        let script = "import sys, nbformat; nb = nbformat.read(sys.argv[1], as_version=4); nbformat.validate(nb); print('valid', nb.nbformat, nb.nbformat_minor)"
        return run(python!, ["-c", script, notebook.path])
    }

    static func hasNbformat(_ python: String) -> Bool {
        FileManager.default.isExecutableFile(atPath: python) && run(python, ["-c", "import nbformat"]).status == 0
    }

    static func run(_ executable: String, _ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (-1, "\(error)") }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
