import Synchronization

/// The site's generation number: bumped after every rebuild that wrote the site. Pages
/// served by `tutor serve` poll it and reload when it changes.
final class LiveReload: Sendable {
    private let state = Mutex(0)

    var generation: Int { state.withLock { $0 } }

    func bump() { state.withLock { $0 += 1 } }

    /// The script injected before `</body>` of served pages (never written into the site).
    static let script = """
    <script>
    (function () {
      var seen = null;
      function poll() {
        fetch("/__reload", {cache: "no-store"}).then(function (r) { return r.text(); }).then(function (g) {
          if (seen !== null && g !== seen) { location.reload(); return; }
          seen = g; setTimeout(poll, 700);
        }).catch(function () { setTimeout(poll, 2000); });
      }
      poll();
    })();
    </script>
    """
}
