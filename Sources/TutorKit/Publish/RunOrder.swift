import Foundation

/// The order a gallery build starts the tutorials it runs: the longest first, each on the
/// first free lane (greedy longest-processing-time scheduling over `--jobs` lanes), so that a
/// long tutorial does not start last and leave the other cores idle while it finishes.
///
/// A tutorial's expected time is the running time measured when it last ran: from its
/// entry in the build cache (kept, with its time, after an edit or a new library made it
/// stale), else from the timings file `--shard` reads (`execution-times.json` in the
/// tutorials folder, or `--timings FILE`). A tutorial never measured counts as the mean of
/// the others' times. When none has been measured (a fresh clone), the amount of code in
/// the steps orders them, most first: what a tutorial computes is written in its steps.
/// Equal estimates keep the tutorials' order.
enum RunOrder {
    static func sorted(_ jobs: [SiteBuilder.Job], seconds known: [String: Double]) -> [SiteBuilder.Job] {
        let sizes = jobs.map { (path: $0.path, codeBytes: $0.tutorial.steps.reduce(0) { $0 + $1.code.utf8.count }) }
        return order(sizes, seconds: known).map { jobs[$0] }
    }

    /// The indices of `tutorials` in the order to start them.
    static func order(_ tutorials: [(path: String, codeBytes: Int)], seconds known: [String: Double]) -> [Int] {
        let measured = tutorials.compactMap { known[$0.path] }
        let estimates: [Double]
        if measured.isEmpty {
            estimates = tutorials.map { Double($0.codeBytes) }
        } else {
            let mean = measured.reduce(0, +) / Double(measured.count)
            estimates = tutorials.map { known[$0.path] ?? mean }
        }
        return tutorials.indices.sorted { (estimates[$1], $0) < (estimates[$0], $1) }
    }

    /// The measured times of the `jobs` a build runs, from the sources the type describes:
    /// `stored` holds the build cache's entries, whatever their key.
    static func measuredSeconds(of jobs: [SiteBuilder.Job], stored: [String: BuildCache.Entry], timingsFile: URL) -> [String: Double] {
        var seconds = (try? ExecutionTimings.read(timingsFile))??.seconds ?? [:]
        for job in jobs {
            // A stored run that failed before its first step says nothing of its time.
            if let entry = stored[job.path], !entry.result.steps.isEmpty { seconds[job.path] = entry.result.totalSeconds }
        }
        return seconds
    }
}
