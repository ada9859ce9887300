"""Which sheet of a workbook holds the log: named by the user, or found by sampling sheets."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from analysis.errors import DebriefError
from analysis.read.header import count_header_words, header_candidates
from analysis.read.limits import Limits
from analysis.read.sniff import LOG_NEEDS
from analysis.read.workbook import Manifest, SheetEntry, relationships, rels_path

Sampler = Callable[[SheetEntry], list[list[object]]]  # a sheet's first non-blank rows


@dataclass(frozen=True)
class SheetChoice:
    """The sheet to read, the sheets that could be the log, and notes on the choice."""

    entry: SheetEntry
    candidates: list[str]
    notes: list[str]


def choose_sheet(
    archive: zipfile.ZipFile,
    manifest: Manifest,
    sample: Sampler,
    sheet: str | None,
    limits: Limits,
) -> SheetChoice:
    """The worksheet named by the user (case-insensitive), else the one that holds the log.

    Visible sheets come first: a hidden sheet (drop-down lists, lookups) is read only when no
    visible sheet holds a table. Sheets are sampled in order, at most ``max_sheets_sampled``.
    """
    worksheets = manifest.worksheets
    charts = [s.name for s in manifest.sheets if s.kind == "chart"]
    pivots = pivot_sheets(archive, worksheets, limits)
    samples, notes = sample_sheets(sample, [s for s in worksheets if s.name not in pivots], limits)
    candidates = [n for n, rows in samples.items() if header_candidates(rows)]
    if sheet is not None:
        return SheetChoice(find_named_sheet(worksheets, sheet, charts), candidates, notes)
    best = pick_sheet({n: samples[n] for n in candidates}) or pick_sheet(samples)
    if best is None and len(samples) < len(worksheets) - len(pivots):
        raise DebriefError(
            f"None of the {len(samples)} sheets Debrief looked at (its limit) holds a table, "
            f"and the workbook has {len(worksheets):,}: choose the sheet with the log by name."
        )
    if best is None:
        raise DebriefError(describe_no_table([s.name for s in worksheets], charts, pivots))
    entry = next(s for s in worksheets if s.name == best)
    return SheetChoice(entry, candidates, [*notes, *describe_choice(entry, worksheets,
                                                                     candidates)])


def sample_sheets(
    sample: Sampler, sheets: list[SheetEntry], limits: Limits
) -> tuple[dict[str, list[list[object]]], list[str]]:
    """First rows of the visible sheets, or of the hidden ones if no visible sheet has a table."""
    visible = [s for s in sheets if s.visible]
    budget = limits.max_sheets_sampled
    samples = {s.name: sample(s) for s in visible[:budget]}
    if not any(header_candidates(rows) for rows in samples.values()):
        hidden = [s for s in sheets if not s.visible][: max(0, budget - len(samples))]
        samples.update({s.name: sample(s) for s in hidden})
    notes = []
    if len(visible) > budget:
        notes.append(
            f"Looked for the log in the first {budget} of the workbook's {len(visible):,} "
            "visible sheets (Debrief's limit); to read another, choose it by name."
        )
    return samples, notes


def describe_choice(
    entry: SheetEntry, worksheets: list[SheetEntry], candidates: list[str]
) -> list[str]:
    """Notes on the sheet picked: which of how many, hidden, or one of several candidates."""
    names = [s.name for s in worksheets]
    notes = []
    if len(names) > 1:
        listed = ", ".join(names[:10]) + (f" and {len(names) - 10:,} more" if len(names) > 10
                                          else "")
        notes.append(f"Read sheet '{entry.name}' (of {len(names)}: {listed}).")
    if not entry.visible:
        notes.append(f"Sheet '{entry.name}' is hidden; it was read because no visible sheet "
                     "holds a table.")
    if len(candidates) > 1:
        notes.append(
            f"{len(candidates)} sheets could be the log ({', '.join(candidates[:10])}); if "
            f"'{entry.name}' is not the one, choose another sheet."
        )
    return notes


def pivot_sheets(archive: zipfile.ZipFile, sheets: list[SheetEntry], limits: Limits) -> set[str]:
    """Names of worksheets that hold a pivot table (a summary, not the log itself)."""
    found = set()
    for entry in sheets:
        if entry.path and any(kind.endswith("/pivotTable") for kind, _, _ in relationships(
                archive, rels_path(entry.path), limits)):
            found.add(entry.name)
    return found


def find_named_sheet(sheets: list[SheetEntry], sheet: str, charts: list[str]) -> SheetEntry:
    """The worksheet whose name matches ``sheet`` ignoring case and surrounding spaces."""
    wanted = sheet.strip().casefold()
    for entry in sheets:
        if entry.name.strip().casefold() == wanted:
            return entry
    if any(c.strip().casefold() == wanted for c in charts):
        raise DebriefError(f"Sheet '{sheet}' is a chart, not a table: name a sheet with the log.")
    listed = ", ".join(f"'{s.name}'" for s in sheets) or "none"
    raise DebriefError(f"The workbook has no sheet named '{sheet}'; its sheets are: {listed}.")


def describe_no_table(names: list[str], charts: list[str], pivots: set[str]) -> str:
    """Why a workbook has nothing to import."""
    if pivots and not set(names) - pivots:
        return (
            "The workbook only holds a pivot table, a summary of a log rather than the log "
            "itself: import the sheet or file the pivot table was made from."
        )
    if charts and not names:
        return (
            "The workbook only holds a chart sheet, no table: import the sheet or file the "
            "chart was made from."
        )
    return f"The workbook has no data in any sheet: {LOG_NEEDS}."




def pick_sheet(samples: dict[str, list[list[object]]]) -> str | None:
    """Name of the sheet that most looks like a log: header words first, then filled rows.

    >>> pick_sheet({"Summary": [["Total", 3]], "Log": [["Company", "Role"], ["Acme", "Analyst"]]})
    'Log'
    """
    scores = {
        name: (max((count_header_words(r) for r in rows[:20]), default=0) * 10 + len(rows))
        for name, rows in samples.items()
        if len(rows) >= 1
    }
    if not scores:
        return None
    return max(scores, key=lambda name: scores[name])  # first of equals wins


