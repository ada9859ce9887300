"""Turn the bytes of an uploaded log (CSV or .xlsx) into a raw table, or refuse in one sentence.

This is the byte-level edge of the importer: it finds the format (by content, never by the file
name), the text encoding, the delimiter, the sheet and the header row, and hands
``analysis.normalize`` a :class:`RawTable` whose cells are exactly what the file holds. It knows
nothing about what the columns mean beyond a few header words used to spot the header row and
the sheet that holds the log.

The stages, one module each:

- ``limits``: every bound (:class:`Limits`, ``LIMITS``) and the refusals that name them.
- ``sniff``: the format from the bytes (legacy .xls, PDF, HTML, Excel 2003 XML are refused with a
  way out), blank and oversized files.
- ``text``: decoding (BOMs, UTF-16 without BOM, UTF-8, a mix line by line; other files get the
  Windows code page charset-normalizer and mojibake signs agree on, with a note saying how sure;
  the caller can force one); NUL bytes removed with a note, binary junk refused.
- ``delimited``: the delimiter (sniffed or Excel's ``sep=;`` line) and pandas' C parser; a CSV is
  never parsed beyond ``max_rows`` + a few records.
- ``zipguard`` and ``workbook``: before any parser runs, the zip is checked (sizes, ratios, DTDs),
  every XML part's tags are counted (rows, cells, sheets, names, styles, shared texts) and the
  farthest cell of each sheet found; what the workbook lists (sheets, visibility, 1904 dates) is
  read from its small parts.
- ``sheets``: the sheet named (case-insensitive), or the one whose first rows look most like a
  log, visible sheets first, sampled lazily; pivot and chart sheets never picked on their own.
- ``xlsx``: the chosen sheet's cells via calamine, typed as Excel meant them; ``cellscan`` finds
  formulas never calculated and error values, for notes.
- ``header``: the header row (the first of the first 20 non-blank rows that is mostly short text
  with data below it) and unique, non-empty column names ("Notes (2)", "Column 4").
- ``table``: :class:`RawTable` and the step from a grid to it (blank rows skipped, error values
  missing, cells longer than Excel's 32,767 characters refused, ``source_row`` as a spreadsheet
  shows it).
"""

from analysis.read.api import list_sheets, read_raw
from analysis.read.header import unique_names
from analysis.read.limits import LIMITS, Limits
from analysis.read.table import RawTable

__all__ = ["LIMITS", "Limits", "RawTable", "list_sheets", "read_raw", "unique_names"]
