import FileSupport
import Synchronization

/// The gzip indexes a process has loaded or saved, so that opening the same file again costs a
/// `stat` of the entry instead of reading and checking it (about 7 MB for a 475 MB bold: a
/// 32 KiB window per point). An index is given back only while its entry file is unchanged
/// (same ``FileIdentity``) and the gzip file is the one it was made for: a rewritten or damaged
/// entry is read again, and judged, as it would be without the memo. A few entries at most,
/// the oldest dropped first.
final class GzipIndexMemo: Sendable {
    static let shared = GzipIndexMemo()
    static let maximumEntries = 8

    private struct Entry {
        let path: String
        let entryIdentity: FileIdentity
        let identity: FileIdentity
        let index: GzipIndex
    }

    private let entries = Mutex<(list: [Entry], hits: Int)>(([], 0))

    /// The index kept for the entry file at `entry` while that file is still `entryIdentity`
    /// and the gzip file still `identity`.
    func index(at entry: String, _ entryIdentity: FileIdentity, for identity: FileIdentity) -> GzipIndex? {
        entries.withLock { state in
            guard let known = state.list.first(where: {
                $0.path == entry && $0.entryIdentity == entryIdentity && $0.identity == identity
            }) else { return nil }
            state.hits += 1
            return known.index
        }
    }

    func keep(_ index: GzipIndex, at entry: String, _ entryIdentity: FileIdentity, for identity: FileIdentity) {
        entries.withLock { state in
            state.list.removeAll { $0.path == entry }
            state.list.append(Entry(path: entry, entryIdentity: entryIdentity, identity: identity, index: index))
            if state.list.count > Self.maximumEntries { state.list.removeFirst(state.list.count - Self.maximumEntries) }
        }
    }

    func forget(_ entry: String) {
        entries.withLock { state in state.list.removeAll { $0.path == entry } }
    }

    /// Loads answered from memory.
    var hits: Int { entries.withLock { $0.hits } }
}
