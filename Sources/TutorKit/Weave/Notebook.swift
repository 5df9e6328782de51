import Foundation

/// The executed tutorial as a Jupyter notebook (nbformat 4.5): prose as markdown cells,
/// steps as code cells carrying what they printed (`stream`; tables as `display_data` with
/// `text/plain` and `text/html`), drew (`display_data` with `image/png`) and threw
/// (`error`). Readers can open the results without running Swift.
struct Notebook {
    var entry: GalleryEntry
    /// PNG bytes of a step's figure (step index, figure index).
    var figurePNG: (Int, Int) -> [UInt8]?

    func json() throws -> Data {
        var cells: [[String: Any]] = []
        var count = 0
        if let failure = entry.programFailure {
            // A failure of the whole program (e.g. it did not compile) belongs to no cell.
            let fence = String(repeating: "`", count: 4)
            let text = "**This tutorial failed:**\n\n\(fence)\n\(failure)\n\(fence)"
            cells.append(["cell_type": "markdown", "id": "cell-failure", "metadata": [String: Any](), "source": Self.lines(text)])
        }
        for block in entry.tutorial.blocks {
            switch block {
            case .prose(let text, _):
                cells.append([
                    "cell_type": "markdown", "id": "cell-\(cells.count + 1)", "metadata": [String: Any](),
                    "source": Self.lines(TutorialPage.trimmedOutput(text)),
                ])
            case .step(let n):
                var cell = codeCell(n)
                if entry.step(n).result?.ran == true {
                    count += 1
                    cell["execution_count"] = count
                } else {
                    cell["execution_count"] = NSNull()
                }
                cell["id"] = "cell-\(cells.count + 1)"
                cells.append(cell)
            }
        }
        let notebook: [String: Any] = [
            "nbformat": 4, "nbformat_minor": 5,
            "metadata": [
                "kernelspec": ["name": "swift", "display_name": "Swift", "language": "swift"],
                "language_info": ["name": "swift", "file_extension": ".swift", "mimetype": "text/x-swift"],
                "title": entry.title,
            ],
            "cells": cells,
        ]
        return try JSONSerialization.data(withJSONObject: notebook, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }

    /// Step `n` as a code cell with what it printed, drew and threw.
    private func codeCell(_ n: Int) -> [String: Any] {
        let (step, result) = entry.step(n)
        var outputs: [[String: Any]] = []
        if let result {
            // A printed table is a rich display (`text/plain` and `text/html`), as Jupyter
            // shows a pandas object; the text around it stays a stream.
            for segment in OutputSegment.segments(of: result.stdout, tables: result.tables) {
                switch segment {
                case .text(let text):
                    outputs.append(["output_type": "stream", "name": "stdout", "text": Self.lines(text)])
                case .table(let table):
                    outputs.append([
                        "output_type": "display_data", "metadata": [String: Any](),
                        "data": ["text/plain": Self.lines(table.text), "text/html": Self.lines(TableHTML.html(table))],
                    ])
                }
            }
            if !result.stderr.isEmpty {
                outputs.append(["output_type": "stream", "name": "stderr", "text": Self.lines(result.stderr)])
            }
            for (k, figure) in result.figures.enumerated() {
                guard let png = figurePNG(n, k) else { continue }
                outputs.append([
                    "output_type": "display_data", "metadata": [String: Any](),
                    "data": ["image/png": Data(png).base64EncodedString(), "text/plain": [figure.altText]],
                ])
            }
            if let failure = result.outcome.failure {
                let error = failure.description
                outputs.append([
                    "output_type": "error", "ename": "Error", "evalue": Self.firstLine(error),
                    "traceback": error.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) },
                ])
            }
        }
        let hidden: [String: Any] = ["jupyter": ["source_hidden": true] as [String: Any]]
        return [
            "cell_type": "code", "metadata": step.options.hideCode ? hidden : [String: Any](),
            "source": Self.lines(step.displayCode), "outputs": outputs,
        ]
    }

    static func firstLine(_ text: String) -> String {
        text.split(separator: "\n").first.map { String($0) } ?? ""
    }

    /// nbformat's multi-line string: a list of lines, each but the last ending in "\n".
    static func lines(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for ch in text {
            current.append(ch)
            if ch == "\n" { result.append(current); current = "" }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
