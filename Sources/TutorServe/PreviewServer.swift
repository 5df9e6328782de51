import Foundation
import TutorKit

/// `tutor serve`'s server, as the `tutor-serve` executable runs it.
public enum PreviewServer {
    /// Builds the gallery, serves it on 127.0.0.1:`request.port`, rebuilds on changes and
    /// reloads open pages; runs until interrupted.
    public static func run(_ request: ServeRequest) async throws {
        let preview = try GalleryAction.preview(request.settings)
        try await GalleryServer(preview: preview, port: request.port).run()
    }
}
