import Foundation

/// The site `tutor serve` previews, as the preview server (the `TutorServe` module, built
/// only for `tutor serve`) drives it: the builder, the output folder and the sources whose
/// changes call for a rebuild. The server sees no more of the build than this.
package struct PreviewSite: Sendable {
    package var folder: URL
    package var watched: [URL]
    var builder: SiteBuilder

    init(folder: URL, watched: [URL], builder: SiteBuilder) {
        self.folder = folder
        self.watched = watched
        self.builder = builder
    }

    /// Builds what changed; true when it wrote the site (open pages should then reload).
    /// Progress times count from this build.
    package func build() async throws -> Bool {
        var builder = self.builder
        builder.progress = BuildProgress(quiet: builder.progress.quiet)
        return try await builder.build().wroteSite
    }

    /// The watched files' state; a different snapshot means a source changed.
    package func snapshot() -> [String] {
        SourceWatcher(watched: watched).snapshot()
    }
}
