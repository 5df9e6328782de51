import Foundation

/// What `tutor serve` hands the preview server it runs (`tutor-serve`): its command line as
/// one JSON argument, so the two executables share one parser (`tutor`'s) and no options.
public struct ServeRequest: Codable, Sendable, Equatable {
    public var paths: [String]
    public var out: String?
    public var jobs: Int?
    public var port: Int

    public init(paths: [String], out: String?, jobs: Int?, port: Int) {
        self.paths = paths
        self.out = out
        self.jobs = jobs
        self.port = port
    }

    public var settings: GalleryAction.Settings {
        GalleryAction.Settings(paths: paths, out: out, jobs: jobs)
    }

    public func encoded() -> String {
        String(decoding: (try? JSONEncoder().encode(self)) ?? Data(), as: UTF8.self)
    }

    public struct Malformed: Error, CustomStringConvertible {
        public var argument: String
        public var description: String { "tutor-serve: expected the request `tutor serve` passes, got '\(argument)' (run `tutor serve`)" }
    }

    public init(decoding argument: String) throws(Malformed) {
        guard let request = try? JSONDecoder().decode(ServeRequest.self, from: Data(argument.utf8)) else {
            throw Malformed(argument: argument)
        }
        self = request
    }
}
