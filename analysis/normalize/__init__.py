"""Turn a raw log (any headers, any shape) into Debrief's canonical table, losing no row.

Pipeline: ``guess_mapping`` names what each column holds (the words live in
``data/headers.toml``, so people can add theirs), then ``normalize_log`` reads every input row
into canonical rows. Decisions worth knowing:

- Row accounting: each non-blank input row gives exactly one output row, except in the *wide*
  shape (one row per application, a column per stage) where an application's row gives one
  output row per stage it reached (or one ``applied`` row if none); those rows share its
  ``source_row``, so accounting counts distinct ``(source_file, source_row)`` pairs and every
  input row is still counted exactly once, with one ``row_status``.
- ``row_status``: ``ok``; ``duplicate`` (an exact copy of an earlier row, kept but not counted:
  "Same as row 7"); ``skipped`` (totals rows, Huntr wishlist entries, rows with no company,
  role or id, rows of placeholders only). ``ok`` rows may carry notes too (an unreadable date,
  an unknown stage word, a company taken from a merged cell above).
- Stages come from the stage text (then a round column, then a status column); a plain
  "Interview" or an unknown word takes its stage from the round number (1 first, 2 second,
  3+ final; unknown words get a note). A row is an interview when its stage is above
  ``applied`` or it has an interview date; ``round`` numbers an application's interviews by
  date, then file order; undated interviews keep their place in file order.
- Outcomes are read in context ("offer declined" is an offer, "I declined" withdrew, "no
  reply" ghosted); an interview followed by a later one, with no outcome written, advanced.
- Dates: day-first or month-first is decided per column from the whole column (then from the
  file's other date columns), never row by row.
- Application ids are the folded company and role ("acme/data-analyst"), the same in every
  file; the applied date is added only to tell re-applications apart.
- A re-imported canonical table keeps its ids, ``source_row``, ``row_status`` and ``row_issue``,
  so normalising an exported table again gives the same table.

Work is done once per distinct cell value (dates, stages, outcomes), not once per row: a
100,000-row log has a few thousand of them.

Stages, one module each: ``vocab`` (the words), ``mapping`` (headers to fields), ``cells`` and
``dates`` (what a cell says), ``rows`` and ``wide`` (one file's rows and their accounting),
``ids`` (application ids), ``table`` (rounds, stages, outcomes over the stacked files) and
``imports`` (bytes to an ``ImportResult``).
"""

from __future__ import annotations

from analysis.normalize.cells import as_text, clean_cells, convert_numeric
from analysis.normalize.checks import check_mapping
from analysis.normalize.dates import ParsedDates, dayfirst_votes, parse_dates
from analysis.normalize.ids import assign_application_ids, mark_cross_file_duplicates
from analysis.normalize.imports import FileImport, ImportResult, import_log, import_logs
from analysis.normalize.mapping import (
    IGNORED,
    STAGE_COLUMN,
    apply_overrides,
    guess_mapping,
    valid_fields,
)
from analysis.normalize.rows import build_rows
from analysis.normalize.table import (
    derive_outcomes,
    finish_stages,
    finish_table,
    normalize_log,
    number_rounds,
    read_sources,
)
from analysis.normalize.vocab import (
    HEADERS_PATH,
    PhraseMatcher,
    Vocabulary,
    fold,
    load_vocabulary,
    stage_of_text,
)
from analysis.schema import MAPPABLE_FIELDS, PROVENANCE_FIELDS, stage_for_round

__all__ = [
    "HEADERS_PATH",
    "IGNORED",
    "MAPPABLE_FIELDS",
    "PROVENANCE_FIELDS",
    "STAGE_COLUMN",
    "FileImport",
    "ImportResult",
    "ParsedDates",
    "PhraseMatcher",
    "Vocabulary",
    "apply_overrides",
    "as_text",
    "assign_application_ids",
    "build_rows",
    "check_mapping",
    "clean_cells",
    "convert_numeric",
    "dayfirst_votes",
    "derive_outcomes",
    "finish_stages",
    "finish_table",
    "fold",
    "guess_mapping",
    "import_log",
    "import_logs",
    "load_vocabulary",
    "mark_cross_file_duplicates",
    "normalize_log",
    "number_rounds",
    "parse_dates",
    "read_sources",
    "stage_for_round",
    "stage_of_text",
    "valid_fields",
]
