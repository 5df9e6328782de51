/// The gallery's stylesheet, shipped inside the binary and written to `_static/gallery.css`
/// (no CDN, no web fonts: pages must work offline and from `file://`).
enum Stylesheet {
    static let css = #"""
:root {
  --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --soft: #f6f8fa;
  --accent: #0b5cad; --accent-soft: #e7f0fa; --ok: #1a7f37; --bad: #b42318; --bad-soft: #fdecea;
  --warn-soft: #fff6dd; --warn: #8a5a00;
  --mono: "DejaVu Sans Mono", Menlo, Consolas, monospace;
  --sans: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif;
}
* { box-sizing: border-box; }
html { font-size: 16px; }
body { margin: 0; color: var(--fg); background: var(--bg); font-family: var(--sans); line-height: 1.55; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
header.topbar { display: flex; align-items: center; gap: 2rem; padding: .7rem 1.5rem;
  border-bottom: 1px solid var(--line); background: var(--soft); }
header.topbar .brand { font-weight: bold; color: var(--fg); font-size: 1.05rem; }
header.topbar nav { display: flex; gap: 1.2rem; font-size: .95rem; }
.layout { display: flex; gap: 2.5rem; max-width: 78rem; margin: 0 auto; padding: 1.5rem; }
main { flex: 1; min-width: 0; }
aside.toc { width: 15rem; flex-shrink: 0; order: 2; font-size: .88rem; position: sticky; top: 1rem;
  align-self: flex-start; max-height: calc(100vh - 2rem); overflow-y: auto; }
aside.toc .toc-title { font-weight: bold; color: var(--muted); text-transform: uppercase; font-size: .75rem;
  letter-spacing: .05em; margin-bottom: .4rem; }
aside.toc ul { list-style: none; margin: 0; padding-left: 0; border-left: 2px solid var(--line); }
aside.toc li { padding: .15rem 0 .15rem .75rem; }
aside.toc li.level-3 { padding-left: 1.6rem; }
aside.toc li.level-4 { padding-left: 2.4rem; }
@media (max-width: 60rem) { .layout { flex-direction: column; } aside.toc { display: none; } }
h1, h2, h3, h4 { line-height: 1.25; margin: 1.6em 0 .6em; }
h1 { font-size: 2rem; margin-top: .3em; }
h2 { font-size: 1.45rem; border-bottom: 1px solid var(--line); padding-bottom: .25em; }
h3 { font-size: 1.15rem; }
a.headerlink { visibility: hidden; margin-left: .4em; color: var(--muted); font-weight: normal; }
h1:hover a.headerlink, h2:hover a.headerlink, h3:hover a.headerlink, h4:hover a.headerlink { visibility: visible; }
code { font-family: var(--mono); font-size: .88em; background: var(--soft); padding: .1em .3em; border-radius: 3px; }
pre { font-family: var(--mono); font-size: .84rem; line-height: 1.45; overflow-x: auto; margin: 0; padding: .8rem 1rem; }
pre code { background: none; padding: 0; font-size: inherit; }
main > pre, .prose > pre, .prose :not(.out):not(.step) > pre { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; }
blockquote { margin: 1em 0; padding: .2em 1em; border-left: 4px solid var(--line); color: var(--muted); }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid var(--line); padding: .35em .8em; text-align: left; }
th { background: var(--soft); }
td.num { text-align: right; font-family: var(--mono); }
img { max-width: 100%; }
.admonition { border-radius: 6px; padding: .7rem 1rem; margin: 1rem 0; border: 1px solid var(--line); background: var(--soft); }
.admonition.note { background: var(--accent-soft); border-color: #b6d0ee; }
.admonition.warning { background: var(--warn-soft); border-color: #f0d48a; color: var(--warn); }
.admonition.error { background: var(--bad-soft); border-color: #f3b8b1; color: var(--bad); }
.admonition p { margin: 0; }
.step { margin: 1.2rem 0 1.6rem; }
.step-head { display: flex; justify-content: space-between; font-size: .78rem; color: var(--muted);
  margin-bottom: .2rem; font-family: var(--mono); }
.step-head a { color: var(--muted); }
.step pre.code { background: #f8f8f8; border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 4px; }
.step.not-run pre.code { opacity: .55; border-left-color: var(--line); }
.out { margin-top: .5rem; }
.out .label { font-size: .75rem; font-weight: bold; color: var(--muted); margin-bottom: .15rem; }
.out pre { background: #fcfcfc; border: 1px solid var(--line); border-radius: 4px; }
.out.stderr pre { background: var(--warn-soft); border-color: #f0d48a; }
.out.error pre { background: var(--bad-soft); border-color: #f3b8b1; color: var(--bad); }
.out.error .label { color: var(--bad); }
figure { margin: .8rem 0; text-align: center; }
figure img { border: 1px solid var(--line); border-radius: 4px; }
figcaption { font-size: .85rem; color: var(--muted); margin-top: .3rem; }
.out .table-output { overflow-x: auto; border: 1px solid var(--line); border-radius: 4px; background: #fcfcfc;
  padding: .4rem .6rem; }
.out pre + .table-output, .out .table-output + pre, .out .table-output + .table-output { margin-top: .4rem; }
table.dataframe { margin: 0; font-family: var(--mono); font-size: .8rem; border: none; }
table.dataframe th, table.dataframe td { border: none; padding: .15em .7em; text-align: right; white-space: pre; }
table.dataframe thead th { border-bottom: 1px solid var(--fg); background: none; }
table.dataframe tbody th { background: none; font-weight: bold; }
table.dataframe tbody tr:nth-child(odd) { background: var(--soft); }
table.dataframe tbody tr:hover { background: var(--accent-soft); }
table.dataframe tr.elided td, table.dataframe tr.elided th { color: var(--muted); }
.table-footer { margin: .3rem 0 0; font-size: .78rem; color: var(--muted); font-family: var(--mono); }
.fold { position: relative; }
.fold-toggle { position: absolute; opacity: 0; pointer-events: none; }
.fold-body { max-height: 26rem; overflow: hidden;
  -webkit-mask-image: linear-gradient(to bottom, #000 80%, transparent); mask-image: linear-gradient(to bottom, #000 80%, transparent); }
.fold-toggle:checked ~ .fold-body { max-height: none; -webkit-mask-image: none; mask-image: none; }
.fold label.show-all { display: inline-block; margin-top: .25rem; font-size: .78rem; color: var(--accent); cursor: pointer; }
.fold label.show-all::after { content: attr(data-more); }
.fold-toggle:checked ~ label.show-all::after { content: attr(data-less); }
.fold-toggle:focus-visible ~ label.show-all { outline: 2px solid var(--accent); }
.figure-check { margin: .8rem 0; padding: .6rem .8rem; border: 1px solid #f3b8b1; border-radius: 6px; background: var(--bad-soft); }
.figure-check-message { margin: 0 0 .5rem; color: var(--bad); font-size: .9rem; }
.figure-compare { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: .6rem; }
.figure-compare figure { margin: 0; background: var(--bg); }
.figure-compare figure.diff img { background: #000; }
@media (max-width: 60rem) { .figure-compare { grid-template-columns: 1fr; } }
p.total-time { margin-top: 2rem; font-style: italic; color: var(--muted); }
.downloads { display: flex; flex-wrap: wrap; gap: .7rem; margin: 1.2rem 0; }
.downloads a { display: inline-block; padding: .5rem .9rem; border: 1px solid #b6d0ee; border-radius: 6px;
  background: var(--accent-soft); font-size: .9rem; }
.api-used ul { columns: 2; }
.gallery { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 1.2rem; margin: 1rem 0 2rem; }
a.card { display: flex; flex-direction: column; border: 1px solid var(--line); border-radius: 8px; overflow: hidden;
  color: var(--fg); background: var(--bg); box-shadow: 0 1px 2px rgba(0,0,0,.05); transition: box-shadow .15s, transform .15s; }
a.card:hover { text-decoration: none; box-shadow: 0 4px 14px rgba(0,0,0,.12); transform: translateY(-2px); }
a.card img { width: 100%; aspect-ratio: 10 / 7; object-fit: contain; background: #fff; border-bottom: 1px solid var(--line); }
a.card .card-body { padding: .6rem .8rem .8rem; }
a.card .card-title { font-weight: bold; font-size: .95rem; line-height: 1.3; }
a.card .card-summary { font-size: .82rem; color: var(--muted); margin-top: .3rem; }
a.card.failed { border-color: var(--bad); }
a.card .badge { display: inline-block; font-size: .7rem; color: #fff; background: var(--bad); border-radius: 3px; padding: 0 .35rem; margin-top: .35rem; }
footer { border-top: 1px solid var(--line); color: var(--muted); font-size: .8rem; padding: 1rem 1.5rem; text-align: center; }
/* Syntax colours */
.k { color: #a626a4; font-weight: bold; }
.s { color: #0a7d2c; }
.si { color: #b35900; font-weight: bold; }
.n { color: #0550ae; }
.c { color: #6e7781; font-style: italic; }
.t { color: #8250df; }
.a { color: #b35900; }
a.api { color: inherit; text-decoration: underline dotted; }
a.api.t { color: #8250df; }
"""#
}
