"""DocC pages of a built gallery, opened over HTTP in the headless Chromium of browser-check.py.

DocC's pages load their content with fetch, which file:// forbids, and need the absolute URL
path they were built for (`tutor build --base-path`): the site is served at that path.
"""
import pathlib
import shutil
import subprocess
import sys
import tempfile
import urllib.parse


DOCC_JS = r"""
(async () => {
  for (let i = 0; i < 100; i++) {
    const h1 = document.querySelector('main h1, h1.title, .documentation-hero h1, h1');
    if (h1 && h1.textContent.trim()) return h1.textContent.trim();
    await new Promise(r => setTimeout(r, 100));
  }
  return '';
})()
"""


def docc_site_path(site):
    """The URL path the site was built to be served under, from DocC's `baseUrl` ("" for the root)."""
    landing = (site / "api/documentation/decoding/index.html").read_text(encoding="utf-8")
    marker = 'var baseUrl = "'
    start = landing.find(marker)
    if start < 0:
        return ""
    base = landing[start + len(marker):landing.index('"', start + len(marker))]
    return base.strip("/")[: -len("api")].strip("/") if base.strip("/").endswith("api") else ""


def check_docc(browser, session, site, docc_pages, problems_of):
    """Opens DocC pages over HTTP, the site served at the URL path DocC was built for;
    returns how many failed."""
    prefix = docc_site_path(site)
    root = site
    holder = None
    if prefix:
        # Serve a folder in which the site sits at the sub-path, as a Pages project site does.
        holder = tempfile.mkdtemp(prefix="browser-check-root-")
        link = pathlib.Path(holder, prefix)
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(site, target_is_directory=True)
        root = pathlib.Path(holder)
        print(f"     DocC built for /{prefix}/: serving the site there")
    server = subprocess.Popen([sys.executable, "-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", str(root)],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    failures = 0
    try:
        line = server.stdout.readline()  # "Serving HTTP on 127.0.0.1 port N (...) ..."
        port = int(line.split(" port ")[1].split()[0])
        for page in docc_pages:
            rel = page.relative_to(site)
            # DocC's app routes by the page's folder URL, as the tutorial pages link to it.
            url = f"http://127.0.0.1:{port}/" + (prefix + "/" if prefix else "") + urllib.parse.quote(str(rel.parent)) + "/"
            browser.events.clear()
            browser.send("Page.navigate", {"url": url}, session=session)
            browser.wait_for("Page.loadEventFired", session)
            result = browser.send("Runtime.evaluate", {"expression": DOCC_JS, "returnByValue": True, "awaitPromise": True}, session=session)
            title = result["result"].get("value", "")
            problems = problems_of(browser.events, session)
            if not title:
                problems.append("DocC page rendered no title")
            print(f"{'ok' if not problems else 'FAIL':4} {rel}  (DocC: {title!r})")
            for p in problems:
                print(f"     {p}")
            failures += bool(problems)
    finally:
        server.terminate()
        server.wait()
        if holder:
            shutil.rmtree(holder, ignore_errors=True)
    return failures
