"""How BENCHMARKS.md writes figures, verdicts and sections (report.py and report_tutorial.py)."""

NA = "not available"


def s(seconds):
    return f"{seconds:.3f} s" if seconds < 10 else f"{seconds:.1f} s"


def mib(value):
    return f"{value:.0f} MiB"


def ratio(slow, fast):
    return f"{slow / fast:.1f}×"


def mark(ok):
    return "**met**" if ok else "**not met**"


def targets_table(title, rows):
    """A targets section: one row per (target, measured, met); `met` None when not measured."""
    out = ["", f"## {title}", "", "| target | measured | |", "| --- | --- | --- |"]
    for name, value, ok in rows:
        out.append(f"| {name} | {value} | {NA if ok is None else mark(ok)} |")
    return out


def section(title, intro, part, kind, body):
    """A measured section: its heading, how it was measured (`intro`, may be None), then
    `body(part)` when the part ran (a `kind`), else why it is not available (the part is then
    the reason: "not run", "failed: …")."""
    out = ["", f"## {title}", ""] + ([intro, ""] if intro else [])
    return out + (body(part) if isinstance(part, kind) else [f"{NA}: {part}"])
