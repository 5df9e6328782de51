import Foundation

/// The user's cache folder for one tool, as the XDG base-directory rules place it:
/// `$XDG_CACHE_HOME/<name>`, else `~/.cache/<name>`; nil when neither is an absolute path.
/// Shared by the gzip indexes and tutor's memo of tool versions, so both follow one rule.
public func userCacheFolder(_ name: String) -> String? {
    let environment = ProcessInfo.processInfo.environment
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/" + name }
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return home + "/.cache/" + name
}
