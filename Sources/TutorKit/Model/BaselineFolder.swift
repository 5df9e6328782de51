import Foundation

/// Where a tutorial's baseline figures live: a folder beside it named after it
/// (`tutorials/plot_x.figures/` for `tutorials/plot_x.md`), committed with it.
///
/// A figure's file is named by its step — the label when it has one (`plot-weights-1.png`),
/// else its number (`step-07-1.png`) — and its 1-based place among the step's figures, so
/// inserting an unlabeled step renames nothing that is labeled.
public struct BaselineFolder: Sendable, Equatable {
    /// The folder's path, spelled like the tutorial's path.
    public var path: String

    public init(tutorialPath: String) {
        path = (tutorialPath.hasSuffix(".md") ? String(tutorialPath.dropLast(3)) : tutorialPath) + ".figures"
    }

    /// What every baseline of `step` starts with.
    public static func stem(of step: Step) -> String {
        step.options.label ?? "step-" + (step.number < 10 ? "0" : "") + String(step.number)
    }

    /// The file name of the `index`-th (1-based) figure of `step`.
    public static func fileName(of step: Step, figure index: Int) -> String {
        "\(stem(of: step))-\(index).png"
    }

    public func path(of step: Step, figure index: Int) -> String {
        path + "/" + Self.fileName(of: step, figure: index)
    }

    /// Names of the PNG files in the folder (none when it does not exist), sorted.
    public func pngFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
            .filter { $0.hasSuffix(".png") && !$0.hasPrefix(".") }.sorted()
    }

    /// Size, time and bytes of every baseline: changes whenever one is added, removed or
    /// rewritten (part of the gallery's cache key).
    func fingerprint() -> String {
        var f = Fingerprint()
        for name in pngFiles() {
            f.add(name)
            f.add((try? Data(contentsOf: URL(fileURLWithPath: path + "/" + name))) ?? Data())
        }
        return f.hex
    }
}
