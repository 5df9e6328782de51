"""Headless-Chromium check of a built gallery, with only the Python standard library.

Chromium is driven through the DevTools protocol over `--remote-debugging-pipe` (JSON
messages separated by NUL bytes on file descriptors 3 and 4), so no driver or websocket
package is needed. Every HTML page of the site is opened from file://; for each page:
  - every <img> must have loaded (complete and naturalWidth > 0);
  - every local link (href/src not http:, mailto:, javascript:) must name an existing file,
    and a #fragment must name an element id in the target page;
  - no console error, uncaught exception or failed resource load may be reported;
  - every printed table (table.dataframe) has a header and rows as wide as it;
  - every folded output is clipped, opens fully on "show all" and folds again;
  - every failed figure comparison shows expected, actual (and diff) side by side, loaded.
Screenshots of the index and of every tutorial page are saved (name.png).
The library's DocC pages (site/api/documentation/...) load their content with fetch, which
file:// forbids: they are opened through a local HTTP server instead, the site served at the
URL path DocC was built for (its root, as `tutor serve` does, or the sub-folder of
`tutor build --base-path`), the landing page and every one a tutorial links to; each must
render its title without errors, and at least one must be reached from a tutorial's symbol
link. Exit status 1 when any check failed.
"""
import base64
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

from browser_docc import check_docc

CHECK_JS = r"""
(async () => {
  // Lazy images below the fold never load in a headless window: ask for all of them.
  await Promise.all([...document.images].map(i => {
    i.loading = 'eager';
    return i.complete ? null : new Promise(r => { i.onload = i.onerror = r; setTimeout(r, 5000); });
  }));
  const imgs = [...document.images].map(i => ({src: i.getAttribute('src'), ok: i.complete && i.naturalWidth > 0, w: i.naturalWidth}));
  const links = [...document.querySelectorAll('[href],[src]')].map(e => e.getAttribute('href') ?? e.getAttribute('src'));
  const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
  const problems = [];
  // Printed tables: a header row and body rows, every row as wide as the header.
  const tables = [...document.querySelectorAll('table.dataframe')];
  for (const t of tables) {
    const width = t.querySelectorAll('thead th').length;
    const rows = [...t.querySelectorAll('tbody tr')];
    if (!width || !rows.length) problems.push('empty table.dataframe');
    if (rows.some(r => r.children.length !== width)) problems.push('table.dataframe row of the wrong width');
  }
  // Folded outputs: clipped at first; clicking "show all" shows everything, clicking again folds.
  const folds = [...document.querySelectorAll('.fold')];
  for (const f of folds) {
    const body = f.querySelector('.fold-body'), label = f.querySelector('label.show-all');
    const before = body.getBoundingClientRect().height;
    if (!(body.scrollHeight > before + 1)) problems.push(`fold ${label && label.htmlFor} is not clipped`);
    label.click();
    const opened = body.getBoundingClientRect().height;
    if (!(opened >= body.scrollHeight - 1 && opened > before)) problems.push(`fold ${label.htmlFor} does not open (${before} -> ${opened})`);
    if (getComputedStyle(label, '::after').content.indexOf('less') < 0) problems.push(`fold ${label.htmlFor} label does not say "show less"`);
    label.click();
    if (Math.abs(body.getBoundingClientRect().height - before) > 1) problems.push(`fold ${label.htmlFor} does not close`);
  }
  // Failed figure comparisons: expected, actual (and diff) side by side, all loaded.
  const compares = [...document.querySelectorAll('.figure-compare')];
  for (const c of compares) {
    const figs = [...c.querySelectorAll('figure')];
    const kinds = figs.map(f => f.className).join(',');
    if (kinds !== 'expected,actual,diff' && kinds !== 'expected,actual') problems.push(`figure comparison shows ${kinds}`);
    const tops = figs.map(f => Math.round(f.getBoundingClientRect().top));
    if (new Set(tops).size !== 1) problems.push('figure comparison images are not side by side');
    if (figs.some(f => { const i = f.querySelector('img'); return !(i && i.complete && i.naturalWidth > 0); })) problems.push('figure comparison image did not load');
  }
  return JSON.stringify({imgs, links, ids, title: document.title, problems,
                         tables: tables.length, folds: folds.length, compares: compares.length});
})()
"""


class Browser:
    def __init__(self, chromium):
        self.profile = tempfile.mkdtemp(prefix="browser-check-")
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()
        # The child expects to read commands on fd 3 and write replies on fd 4.
        def wire():
            # Through fresh copies, in case a pipe end already sits on fd 3 or 4.
            r, w = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(r, 3)
            os.dup2(w, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)
        self.proc = subprocess.Popen(
            [chromium, "--headless=new", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
             "--no-first-run", "--no-default-browser-check", "--allow-file-access-from-files",
             "--hide-scrollbars", f"--user-data-dir={self.profile}", "about:blank"],
            # close_fds=False: subprocess would otherwise close fds 3 and 4 after wire() ran;
            # every other descriptor of ours is close-on-exec anyway.
            preexec_fn=wire, close_fds=False,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        wanted = self.next_id
        while True:
            reply = self.read()
            if reply.get("id") == wanted:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def read(self, timeout=60):
        deadline = time.time() + timeout
        while b"\0" not in self.buffer:
            if time.time() > deadline:
                raise TimeoutError("no answer from Chromium")
            chunk = os.read(self.from_child, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def wait_for(self, method, session, timeout=30):
        deadline = time.time() + timeout
        while True:
            for i, e in enumerate(self.events):
                if e.get("method") == method and e.get("sessionId") == session:
                    del self.events[i]
                    return e
            if time.time() > deadline:
                raise TimeoutError(f"{method} did not arrive")
            self.events.append(self.read(timeout=max(1, deadline - time.time())))

    def close(self):
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def problems_of(events, session):
    found = []
    for e in events:
        if e.get("sessionId") != session:
            continue
        method, p = e.get("method"), e.get("params", {})
        if method == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            found.append("console error: " + " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
        elif method == "Runtime.exceptionThrown":
            found.append("exception: " + p.get("exceptionDetails", {}).get("text", ""))
        elif method == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
            found.append("log error: " + p["entry"].get("text", "") + " " + p["entry"].get("url", ""))
        elif method == "Network.loadingFailed":
            found.append("load failed: " + p.get("errorText", ""))
    return found


def main():
    site = pathlib.Path(sys.argv[1]).resolve()
    shots = pathlib.Path(sys.argv[2]).resolve() if len(sys.argv) > 2 and sys.argv[2] else site.parent / "browser-check"
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not chromium:
        sys.exit("browser-check: no chromium found")
    if not (site / "index.html").exists():
        sys.exit(f"browser-check: {site}/index.html does not exist (build the gallery first)")
    shots.mkdir(parents=True, exist_ok=True)
    def is_docc(p):
        rel = p.relative_to(site).parts
        return len(rel) > 2 and rel[0] == "api"
    pages = sorted(p for p in site.rglob("*.html") if not is_docc(p))
    docc_pages = set()
    linked_docc = set()  # DocC pages a tutorial's code links to
    landing = site / "api/documentation/decoding/index.html"
    if landing.exists():
        docc_pages.add(landing)
    tutorial_pages = [p for p in pages if p.parent.name != "api" and p.name not in ("index.html", "execution-times.html")]
    failures = 0
    ids_cache = {}
    browser = Browser(chromium)
    try:
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            browser.send(f"{domain}.enable", session=session)
        browser.send("Emulation.setDeviceMetricsOverride",
                     {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False}, session=session)
        for page in pages:
            browser.events.clear()
            browser.send("Page.navigate", {"url": page.as_uri()}, session=session)
            browser.wait_for("Page.loadEventFired", session)
            time.sleep(0.15)  # let late console messages arrive
            result = browser.send("Runtime.evaluate", {"expression": CHECK_JS, "returnByValue": True, "awaitPromise": True}, session=session)
            info = json.loads(result["result"]["value"])
            problems = problems_of(browser.events, session) + info["problems"]
            for img in info["imgs"]:
                if not img["ok"]:
                    problems.append(f"image did not load: {img['src']}")
            for link in info["links"]:
                parsed = urllib.parse.urlparse(link)
                if parsed.scheme in ("http", "https", "mailto", "javascript", "data"):
                    continue
                path = urllib.parse.unquote(parsed.path)
                target_file = (page.parent / path).resolve() if path else page
                if not target_file.exists():
                    problems.append(f"broken link: {link}")
                    continue
                if target_file.is_dir() and (target_file / "index.html").exists():
                    target_file = target_file / "index.html"
                if is_docc(target_file) and target_file.suffix == ".html":
                    docc_pages.add(target_file)
                    if page in tutorial_pages:
                        linked_docc.add(target_file)
                if site not in target_file.parents and target_file != site:
                    problems.append(f"link leaves the site: {link}")
                if parsed.fragment and target_file.suffix == ".html":
                    if target_file not in ids_cache:
                        text = target_file.read_text(encoding="utf-8")
                        ids_cache[target_file] = text
                    if f'id="{parsed.fragment}"' not in ids_cache[target_file]:
                        problems.append(f"missing anchor: {link}")
            rel = page.relative_to(site)
            status = "ok" if not problems else "FAIL"
            extras = "".join(f", {info[k]} {k}" for k in ("tables", "folds", "compares") if info[k])
            print(f"{status:4} {rel}  ({len(info['imgs'])} images, {len(info['links'])} links{extras})")
            for p in problems:
                print(f"     {p}")
            failures += bool(problems)
            if page == site / "index.html" or page in tutorial_pages:
                metrics = browser.send("Page.getLayoutMetrics", session=session)
                height = min(int(metrics["cssContentSize"]["height"]), 6000)
                shot = browser.send("Page.captureScreenshot",
                                    {"format": "png", "captureBeyondViewport": True,
                                     "clip": {"x": 0, "y": 0, "width": 1280, "height": height, "scale": 1}},
                                    session=session)
                name = "index.png" if page == site / "index.html" else str(rel.with_suffix(".png")).replace("/", "_")
                (shots / name).write_bytes(base64.b64decode(shot["data"]))
                print(f"     screenshot: {shots / name}")
        if docc_pages:
            failures += check_docc(browser, session, site, sorted(docc_pages), problems_of)
        if landing.exists() and tutorial_pages and not linked_docc:
            print("FAIL no tutorial page links a library symbol to its DocC page")
            failures += 1
        elif linked_docc:
            print(f"ok   {len(linked_docc)} DocC pages reached from tutorials' symbol links")
    finally:
        browser.close()
    print(f"browser-check: {len(pages) + len(docc_pages)} pages, {failures} with problems")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
