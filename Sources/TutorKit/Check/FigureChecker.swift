import Foundation

/// Compares the figures of a run with the tutorial's baselines (see `BaselineFolder`),
/// recording each verdict in its `StepFigure.comparison`.
///
/// Only steps that completed are compared. For every failed comparison the actual image, a
/// copy of the baseline and the difference image are written into the run folder's
/// `failed-figures/`, so one folder holds everything needed to look at the failure.
public enum FigureChecker {
    /// The RMS (0–255 scale, matplotlib's measure) a figure may differ by and still pass.
    ///
    /// Measured on the seed tutorial's kinds of figure (plot_roi and plot_stat_map over an
    /// anatomy, `FigureToleranceTests`). Antialiasing noise stays under 1.4: one pixel
    /// inverted 0.03–0.07; every boundary pixel (1–3 % of the figure) off by 8 levels
    /// 0.8–1.4; every pixel off by one level 0.83. Real changes start at 3.0: an emptied
    /// ROI overlay 3.0, a cut moved by 4 mm 7.1–12.0, another colormap 12.2–28.5, an emptied
    /// stat-map overlay 15.3. 2.0 passes the first with room and fails the smallest of the
    /// second by half again; `figure-tolerance=` widens it for a step that needs more.
    public static let defaultTolerance = 2.0
    /// The run folder's subfolder holding the images of failed comparisons.
    public static let failedFolder = "failed-figures"

    /// Compares every figure of every completed step of `result` (its files in `runFolder`)
    /// with its baseline in `baselines` (default: beside the tutorial's `path`), and notes
    /// baselines left without a figure.
    public static func check(
        _ tutorial: Tutorial, _ result: inout TutorialResult, runFolder: String, baselines: BaselineFolder? = nil
    ) {
        let files = FileManager.default
        let failed = runFolder + "/" + failedFolder
        try? files.removeItem(atPath: failed)
        let folder = baselines ?? BaselineFolder(tutorialPath: tutorial.path)
        for (index, step) in tutorial.steps.enumerated() where index < result.steps.count {
            guard result.steps[index].outcome == .completed else { continue }
            let tolerance = step.options.figureTolerance ?? defaultTolerance
            var figures = result.steps[index].figures
            for k in figures.indices {
                let baseline = folder.path(of: step, figure: k + 1)
                var comparison = FigureComparison(baseline: baseline, tolerance: tolerance, verdict: .missingBaseline)
                if files.fileExists(atPath: baseline) {
                    let actual = runFolder + "/" + figures[k].file
                    comparison = compare(baseline: baseline, actual: actual, tolerance: tolerance)
                    if !comparison.passed {
                        let stem = (BaselineFolder.fileName(of: step, figure: k + 1) as NSString).deletingPathExtension
                        writeArtifacts(&comparison, actual: actual, into: failed, stem: stem)
                    }
                }
                figures[k].comparison = comparison
            }
            result.steps[index].figures = figures
            var extra: [String] = []
            var k = figures.count + 1
            while files.fileExists(atPath: folder.path(of: step, figure: k)) {
                extra.append(folder.path(of: step, figure: k))
                k += 1
            }
            result.steps[index].baselinesWithoutFigure = extra
        }
    }

    /// One figure file against one baseline file.
    static func compare(baseline: String, actual: String, tolerance: Double) -> FigureComparison {
        var comparison = FigureComparison(baseline: baseline, tolerance: tolerance, verdict: .missingBaseline)
        guard let expectedBytes = FileManager.default.contents(atPath: baseline) else {
            comparison.verdict = .unreadable("cannot read the file")
            return comparison
        }
        guard let actualBytes = FileManager.default.contents(atPath: actual) else {
            comparison.verdict = .unreadable("the drawn figure \(actual) cannot be read")
            return comparison
        }
        do {
            let expected = try ComparableImage(png: [UInt8](expectedBytes))
            do {
                let drawn = try ComparableImage(png: [UInt8](actualBytes))
                comparison.verdict = ImageComparison.compare(expected: expected, actual: drawn, tolerance: tolerance)
            } catch {
                comparison.verdict = .unreadable("the drawn figure is not a readable PNG (\(error))")
            }
        } catch {
            comparison.verdict = .unreadable("the baseline is not a readable PNG (\(error))")
        }
        return comparison
    }

    /// Writes `<stem>-actual.png`, `<stem>-expected.png` and, when the shapes agree,
    /// `<stem>-diff.png` into `folder`, and records the last two in `comparison`.
    private static func writeArtifacts(_ comparison: inout FigureComparison, actual: String, into folder: String, stem: String) {
        guard (try? OutputFolder.create(folder)) != nil,
              let expectedBytes = FileManager.default.contents(atPath: comparison.baseline).map(Array.init),
              let actualBytes = FileManager.default.contents(atPath: actual).map(Array.init) else { return }
        let relative = failedFolder + "/" + stem
        guard (try? AtomicFile.write(actualBytes, to: folder + "/" + stem + "-actual.png")) != nil,
              (try? AtomicFile.write(expectedBytes, to: folder + "/" + stem + "-expected.png")) != nil else { return }
        comparison.expectedFile = relative + "-expected.png"
        guard let expected = try? ComparableImage(png: expectedBytes), let drawn = try? ComparableImage(png: actualBytes),
              expected.shape == drawn.shape, let diff = try? ImageComparison.differencePNG(expected, drawn),
              (try? AtomicFile.write(diff, to: folder + "/" + stem + "-diff.png")) != nil else { return }
        comparison.diffFile = relative + "-diff.png"
    }
}
