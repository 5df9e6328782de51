import Foundation

/// Identity of everything a site is made of, written into it (`.tutor-build-stamp`): equal
/// stamps mean an identical site, so `tutor build` can skip writing. `tutor merge` writes
/// the stamp a single build of the same tutorials would.
enum SiteStamp {
    /// Bumped when the site's layout or templates change, so `--force` is not needed.
    static let siteVersion = "site-4"

    static func make(siteTitle: String, keys: [(path: String, key: String)], sections: [SectionHeader], api: LibraryAPI) -> String {
        var f = Fingerprint()
        f.add(siteVersion)
        f.add(weaverIdentity)
        f.add(siteTitle)
        for (path, key) in keys { f.add(path); f.add(key) }
        for section in sections {
            f.add(section.folder)
            f.add(section.readme.map { "readme:" + $0 } ?? "none")
        }
        for s in api.identity { f.add(s) }
        return f.hex
    }

    /// The running `tutor`'s content: a rebuilt weaver may write different pages from the
    /// same results, so it invalidates the site (not the stored run results).
    private static let weaverIdentity: String = Bundle.main.executablePath.map { LibraryIdentity.of(files: [$0]) } ?? ""
}
