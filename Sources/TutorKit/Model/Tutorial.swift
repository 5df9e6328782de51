import Foundation

/// A parsed Markdown tutorial: its front matter, its executable steps and its prose, in
/// file order — the one model of the document every stage reads.
///
/// Parsing never runs anything. Everything the runner, the checker, the updater and the
/// gallery need to find a step again in the file is kept: line numbers are 1-based lines of
/// the original file (front matter included), so they can be printed as `file.md:LINE`.
/// Only the parser makes one (the memberwise initializer is internal).
public struct Tutorial: Sendable {
    /// The path as the user named it (relative or absolute); used in every message and in
    /// `#sourceLocation`, so diagnostics read exactly like the path that was typed.
    public var path: String
    /// The file's exact bytes, kept so `tutor update` can rewrite it byte for byte.
    public var source: [UInt8]
    public var frontMatter = FrontMatter()
    /// The lines the front matter takes (its `---` lines included), or nil when there is none.
    public var frontMatterLines: ClosedRange<Int>?
    public var steps: [Step]
    /// The reading order: prose between steps, and each step in its place (whatever its
    /// depth in lists or quotes). Recorded `output` blocks are in neither.
    public var blocks: [TutorialBlock]
    /// The plain text of the first level-1 heading, if any.
    public var heading: String?

    /// The file's name without folder and extension (`01_intro` for `tutorials/01_intro.md`);
    /// used for output folders and as a fallback title.
    public var name: String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// The title from the front matter, else the first heading, else the file's name.
    public var title: String { frontMatter.title ?? heading ?? name }

    /// The step with this label, if any.
    public func step(labeled label: String) -> Step? {
        steps.first { $0.options.label == label }
    }
}

/// One piece of a tutorial in reading order.
public enum TutorialBlock: Sendable, Equatable {
    /// Markdown text (whole source lines) and the line it starts at.
    case prose(String, line: Int)
    /// The step at this index of `Tutorial.steps`.
    case step(Int)
}
