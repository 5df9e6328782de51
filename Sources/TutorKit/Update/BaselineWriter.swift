import Foundation

/// Records a run's figures as the tutorial's baseline images (`tutor update`), like
/// `OutputRewriter` does for printed output: only what `tutor check` would report changes.
///
/// A baseline that differs (or has another size, or cannot be read) is replaced by the
/// figure drawn now; a missing one is created only when adding; one that still matches is
/// left alone, so antialiasing noise never churns the committed files. Baselines of figures
/// no longer drawn are removed — all of them when every step ran, else those of the steps
/// that completed. Each file is written atomically, bytes exactly as the program saved them.
public enum BaselineWriter {
    public struct Changes: Sendable, Equatable {
        /// Baselines written (new or replaced), as paths.
        public var written: [String] = []
        /// Baselines removed.
        public var removed: [String] = []
        /// Figures left without a baseline because `add` was off.
        public var missing = 0

        public var isEmpty: Bool { written.isEmpty && removed.isEmpty }
    }

    /// Brings the baselines up to date with `result`, whose comparisons `FigureChecker`
    /// filled in (figures in `runFolder`); updated comparisons become matches.
    public static func update(
        _ tutorial: Tutorial, _ result: inout TutorialResult, runFolder: String, add: Bool
    ) throws(TutorialError) -> Changes {
        let folder = BaselineFolder(tutorialPath: tutorial.path)
        var changes = Changes()
        var owners: [String: Step] = [:]
        for (index, step) in tutorial.steps.enumerated() where index < result.steps.count {
            guard result.steps[index].outcome == .completed else { continue }
            for k in result.steps[index].figures.indices {
                let name = BaselineFolder.fileName(of: step, figure: k + 1)
                if let other = owners[name] {
                    throw TutorialError(path: tutorial.path, line: step.line, message: "the baselines of \(step.displayName) and \(other.displayName) would both be named \(name); give one of them another label=")
                }
                owners[name] = step
                let comparison = result.steps[index].figures[k].comparison
                    ?? FigureComparison(baseline: folder.path(of: step, figure: k + 1), tolerance: 0, verdict: .missingBaseline)
                if comparison.passed { continue }
                if comparison.verdict == .missingBaseline && !add {
                    changes.missing += 1
                    continue
                }
                let source = runFolder + "/" + result.steps[index].figures[k].file
                guard let bytes = FileManager.default.contents(atPath: source) else {
                    throw TutorialError(path: tutorial.path, line: step.line, message: "figure \(k + 1) of \(step.displayName) cannot be read from \(source)")
                }
                do {
                    try OutputFolder.create(folder.path)
                    try AtomicFile.write([UInt8](bytes), to: comparison.baseline)
                } catch {
                    throw TutorialError(path: tutorial.path, line: step.line, message: "cannot record figure \(k + 1) of \(step.displayName) as \(comparison.baseline): \(error)")
                }
                changes.written.append(comparison.baseline)
                result.steps[index].figures[k].comparison = FigureComparison(
                    baseline: comparison.baseline, tolerance: comparison.tolerance, verdict: .matched(rms: 0))
            }
        }
        var stale = result.steps.flatMap(\.baselinesWithoutFigure)
        if result.succeeded {
            stale = folder.pngFiles().filter { owners[$0] == nil }.map { folder.path + "/" + $0 }
        }
        for path in Set(stale).sorted() {
            do {
                try FileManager.default.removeItem(atPath: path)
            } catch {
                throw TutorialError(path: tutorial.path, line: 1, message: "cannot remove the stale baseline \(path): \(error.localizedDescription)")
            }
            changes.removed.append(path)
        }
        for index in result.steps.indices { result.steps[index].baselinesWithoutFigure = [] }
        if !changes.removed.isEmpty, (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
            try? FileManager.default.removeItem(atPath: folder.path)
        }
        return changes
    }
}
