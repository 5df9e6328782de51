import Decoding

/// The simulated Haxby subject the benchmarks run on, generated once by the library's own
/// fetcher (so both languages read the very files a tutorial reads) and reused after.
enum HaxbySubject {
    /// The subject's folder under `dataDirectory` (`haxby2001/subj2`), simulating it if absent.
    static func ensure(dataDirectory: String) throws -> String {
        try Datasets.fetchHaxby(dataDirectory: dataDirectory, simulated: true).folder
    }
}
