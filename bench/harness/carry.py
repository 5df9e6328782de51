"""Keeps what a partial run (BENCH_PARTS) did not measure: the sections and target rows of
the parts not run are taken from the previous BENCHMARKS.md, marked with that run's date, so
re-running one part never erases the others' figures."""
import re

NOT_RUN = "not available"


def sections(text):
    """{heading line: [lines]} of a Markdown text, split at '## ' headings, and their order."""
    found, order, current = {}, [], None
    for line in text.splitlines():
        if line.startswith("## "):
            current = line
            order.append(line)
            found[line] = []
        elif current is not None:
            found[current].append(line)
    return found, order


def previous_date(text):
    match = re.search(r"^\| date \| (.+?) \|$", text, re.M)
    return match.group(1) if match else "an earlier run"


def merge(text, previous, not_run):
    """`text` with each section whose heading starts with one of `not_run` (e.g. "## 2.")
    replaced by the previous one, and 'not available' target rows by the previous rows."""
    if not previous:
        return text
    old, _ = sections(previous)
    date = previous_date(previous)
    new, order = sections(text)
    head = text.split("\n## ", 1)[0]
    out = [head]
    for heading in order:
        body = new[heading]
        prefix = heading.split(" ", 2)[1] if heading[3:4].isdigit() else None
        donor = next((h for h in old if prefix and h.startswith(f"## {prefix} ")), None)
        if prefix and any(heading.startswith(p) for p in not_run) and donor:
            body = ["", f"*Not re-run this time (BENCH_PARTS): carried over from the run of {date}.*"] + \
                [line for line in old[donor] if not line.startswith("*Not re-run this time")]
        elif heading.startswith("## Targets"):
            body = [row for line in body for row in _carried_rows(line, old.get(heading, []), date)]
        out.append("\n".join([heading] + body))
    return "\n".join(out).rstrip("\n") + "\n"


def _carried_rows(line, old_lines, date):
    """A target row that was not measured, replaced by the previous run's rows of that target
    (all of a group's rows for a row named '… targets')."""
    if not line.startswith("| ") or not line.rstrip().endswith(f"| {NOT_RUN} |"):
        return [line]
    name = line.split(" | ")[0]
    group = name[:-len(" targets")] if name.endswith(" targets") else None
    found = []
    for old in old_lines:
        cells = old.split(" | ")
        same = cells[0] == name or (group and cells[0].startswith(group + " "))
        if same and not old.rstrip().endswith(f"| {NOT_RUN} |"):
            measured = cells[1].split(" (run of ")[0]
            found.append(" | ".join([cells[0], f"{measured} (run of {date})"] + cells[2:]))
    return found or [line]
