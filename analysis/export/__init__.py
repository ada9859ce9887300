"""Every file Debrief exports, in one registry the command line and the app both read.

``FORMATS`` maps a format name to what it is (label, file suffixes, MIME type) and how it is
written; ``write_export`` writes one from an :class:`ExportInput`. Writers are imported only
when used, so naming the formats (``debrief --help``, the Export page's buttons) loads nothing
heavy.

Modules: ``xlsx`` (Excel workbook), ``html`` (offline report), ``markdown``, ``letters``
(feedback-request drafts), ``packet`` (the adviser packet), ``sheets`` (the tables with human
headers), ``svg`` (static charts), ``safe`` (escaping and neutralising user text), ``wording``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.errors import DebriefError

if TYPE_CHECKING:
    import pandas as pd

    from analysis.codebook import Codebook
    from analysis.summary import Summary


@dataclass(frozen=True, eq=False)
class ExportInput:
    """What any export is written from: the summary and the rows and mentions behind it."""

    summary: Summary
    table: pd.DataFrame
    mentions: pd.DataFrame
    codebook: Codebook
    sender_name: str | None = None


@dataclass(frozen=True)
class ExportFormat:
    """One kind of file Debrief writes."""

    name: str
    label: str  # what the app's download button says
    suffixes: tuple[str, ...]  # the first is the one new files get
    mime: str
    writer: str  # "module:function" in analysis.export, called with an ExportInput
    binary: bool = False

    def write(self, data: ExportInput) -> str | bytes:
        """Write this format (its module is imported now, not before)."""
        module, function = self.writer.split(":")
        write: Callable[[ExportInput], str | bytes] = getattr(
            importlib.import_module(f"analysis.export.{module}"), function
        )
        return write(data)

    def file_name(self, stem: str) -> str:
        """A file name for this format: ``stem`` plus its first suffix."""
        return stem + self.suffixes[0]


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("xlsx", "Excel workbook", (".xlsx",),
                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     "xlsx:write", binary=True),
        ExportFormat("html", "Report (HTML, opens offline)", (".html", ".htm"), "text/html",
                     "html:write"),
        ExportFormat("md", "Summary (Markdown)", (".md", ".markdown"), "text/markdown",
                     "markdown:write"),
        ExportFormat("letters", "Feedback-request letters", (".md", ".markdown", ".txt"),
                     "text/markdown", "letters:write"),
        ExportFormat("packet", "Adviser packet (HTML)", (".html", ".htm"), "text/html",
                     "packet:write"),
    )
}


def format_for_path(path: str | Path | None, names: Sequence[str], what: str,
                    default: str) -> ExportFormat:
    """The format among ``names`` an output file's suffix asks for (``default`` for stdout).

    >>> format_for_path("plan.MD", ["letters"], "letters are written", "letters").name
    'letters'
    >>> format_for_path("s.htm", ["xlsx", "html", "md"], "the summary", "md").name
    'html'
    """
    if path is None or str(path) == "-":
        return FORMATS[default]
    suffix = Path(path).suffix.lower()
    for name in names:
        if suffix in FORMATS[name].suffixes:
            return FORMATS[name]
    allowed = ", ".join(dict.fromkeys(s for n in names for s in FORMATS[n].suffixes))
    shown = f"'{suffix}'" if suffix else "no extension"
    raise DebriefError(
        f"{Path(path).name} has {shown}; {what} as {allowed}: name the output file with one "
        "of these."
    )


def write_export(name: str, data: ExportInput) -> str | bytes:
    """Write the export called ``name`` (a key of ``FORMATS``)."""
    return FORMATS[name].write(data)

