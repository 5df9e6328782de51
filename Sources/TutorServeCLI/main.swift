import Foundation
import TutorKit
import TutorServe

// `tutor-serve REQUEST`: the preview server `tutor serve` hands over to (ServeLauncher), with
// `tutor serve`'s parsed command line as REQUEST (ServeRequest's JSON).
do {
    try await PreviewServer.run(try ServeRequest(decoding: CommandLine.arguments.dropFirst().joined(separator: " ")))
} catch {
    Terminal.error("\(error)")
    exit(1)
}
