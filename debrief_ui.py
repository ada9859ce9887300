"""The Streamlit edge of Debrief: data source, caching, shared filters and page guards.

``analysis/`` is pure and never imports streamlit; everything Streamlit-specific (widgets,
``st.cache_data`` / ``st.cache_resource``, session state, error display) lives here so that
``app.py`` and the pages stay short: read widgets, call ``analysis``, render.

Caching, and why it is shaped this way:
- importing is cached on a digest of the uploaded bytes + file names + mapping overrides;
- tagging is cached per chunk of rows (keyed on the chunk's feedback text), so a long log shows a
  progress bar outside the cache while an already-tagged log costs nothing;
- the last import and tagging of this session are also kept in ``st.session_state``, so moving a
  filter never re-imports, re-tags or even re-hashes the uploaded bytes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from analysis.errors import DebriefError
from analysis.schema import SOURCE_LABELS

LOG = logging.getLogger("debrief.app")

ROOT = Path(__file__).resolve().parent
SAMPLE_PATH = ROOT / "sample_data" / "interview_log.csv"
SAMPLE_LABEL = "Sample data"
# What the importer reads (analysis.readers), plus look-alikes (.xls, .ods) it refuses with a
# sentence saying how to convert them: better than the browser silently greying them out.
UPLOAD_TYPES = ["csv", "tsv", "txt", "tab", "xlsx", "xlsm", "xltx", "xltm", "xls", "ods"]
TAG_CHUNK_ROWS = 500  # rows with feedback per cached tagging step (one progress-bar tick)

# Session-state keys (one place, so pages and tests agree on them).
KEY_UPLOAD = "upload"
KEY_OVERRIDES = "mapping_overrides"
KEY_GOOD_OVERRIDES = "_debrief_applied_overrides"
KEY_LOADED = "_debrief_loaded"
KEY_FILTERS_FOR = "_debrief_filters_for"
KEY_DATES = "filter_dates"
KEY_TEXT = "filter_text"
KEY_SOURCES = "filter_sources"
KEY_RUN_SECONDS = "_debrief_run_seconds"

UNEXPECTED_ERROR = (
    "Sorry, this part of Debrief hit an unexpected problem and could not be shown. "
    "The other pages still work; the details are in the terminal where Debrief runs."
)


# ----------------------------------------------------------------------------- loaded data


@dataclass
class Loaded:
    """What the sidebar's data source produced for this run: one import, tagged on demand."""

    digest: str
    label: str
    is_sample: bool
    result: Any  # analysis.normalize.ImportResult
    files: tuple[str, ...] = ()
    error: str | None = None  # why an upload was refused (the sample is shown instead)
    key: tuple = ()  # (file digest, frozen overrides): what this import was made from
    warning: str | None = None  # a column choice that could not be applied
    totals: dict[str, Any] = field(default_factory=dict)  # metrics.headline_numbers, unfiltered
    tagged: pd.DataFrame | None = None  # the mentions, once a page asked for them
    date_bounds: tuple = (None, None)  # first and last day in the log, for the date filter
    sources_present: list[str] = field(default_factory=list)  # feedback sources in the log
    counts: dict[str, int] = field(default_factory=dict)  # ImportResult.counts()

    @property
    def table(self) -> pd.DataFrame:
        """The canonical table of the whole import."""
        return self.result.table

    @property
    def mentions(self) -> pd.DataFrame:
        """Theme mentions of every note; tagged (with a progress bar) the first time it's asked.

        Lazy on purpose: the funnel and headline numbers need no tagging, so they show at
        once after an upload while a long log is still being tagged.
        """
        if self.tagged is None:
            self.tagged = tag_with_progress(self.table)
        return self.tagged


@dataclass
class View:
    """The filtered table (and its mentions) every page reads, plus the filters that made it."""

    loaded: Loaded
    table: pd.DataFrame
    filters: dict[str, Any] = field(default_factory=dict)
    kept: pd.DataFrame | None = None

    @property
    def mentions(self) -> pd.DataFrame:
        """Mentions of the rows the filters keep (tagging the log first if need be)."""
        if self.kept is None:
            every = self.loaded.mentions
            unfiltered = self.table is self.loaded.table
            self.kept = every if unfiltered else every[every["row"].isin(self.table.index)]
        return self.kept

    @property
    def filtered(self) -> bool:
        """Whether any filter narrows the data."""
        return any(v not in (None, "", [], ()) for v in self.filters.values())


def digest_files(files: Sequence[tuple[str, bytes]]) -> str:
    """Return a stable digest of file names and contents (the import cache key).

    >>> digest_files([("a.csv", b"x")]) == digest_files([("a.csv", b"x")])
    True
    """
    h = hashlib.sha256()
    for name, data in files:
        h.update(name.encode("utf-8", "replace") + b"\0" + len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


def freeze_overrides(overrides: dict[str, dict[str, str]] | None) -> tuple:
    """Turn nested override dicts into a hashable, order-independent tuple."""
    items = sorted((overrides or {}).items())
    return tuple((name, tuple(sorted(mapping.items()))) for name, mapping in items)


@st.cache_data(show_spinner="Reading your log...", max_entries=8)
def import_cached(
    digest: str, _files: tuple[tuple[str, bytes], ...], frozen_overrides: tuple
) -> Any:
    """Import (and merge) the files; cached on their digest and the mapping overrides."""
    from analysis.normalize import import_logs

    overrides = {name: dict(mapping) for name, mapping in frozen_overrides}
    return import_logs(list(_files), overrides_by_file=overrides or None)


@st.cache_resource(show_spinner="Loading the theme tagger...")
def tagger_cached() -> Any:
    """Build the tagger once per server process (it loads word lists and the codebook)."""
    from analysis.tagger import build_tagger

    return build_tagger()


@st.cache_resource
def codebook_cached() -> Any:
    """Load the codebook once per server process."""
    from analysis.codebook import load_codebook

    return load_codebook()


def frame_digest(frame: pd.DataFrame, columns: Sequence[str]) -> str:
    """Return a digest of ``columns`` and the index of ``frame`` (cheap, vectorised)."""
    hashed = pd.util.hash_pandas_object(frame[list(columns)], index=True).to_numpy()
    return hashlib.sha256(hashed.tobytes()).hexdigest()


@st.cache_data(show_spinner=False, max_entries=256)
def tag_chunk_cached(digest: str, _chunk: pd.DataFrame) -> pd.DataFrame:
    """Tag one chunk of rows; cached on the digest of its feedback text and row labels."""
    from analysis.tagger import tag_feedback

    return tag_feedback(_chunk, tagger_cached())


def tag_with_progress(table: pd.DataFrame) -> pd.DataFrame:
    """Tag every row with feedback, chunk by chunk, with a progress bar when there are many."""
    from analysis.schema import empty_mentions

    has_feedback = table["feedback"].fillna("").str.strip() != ""
    rows = table[has_feedback]
    if rows.empty:
        return empty_mentions()
    starts = range(0, len(rows), TAG_CHUNK_ROWS)
    bar = st.progress(0.0, text="Tagging feedback...") if len(starts) > 1 else None
    parts = []
    for i, start in enumerate(starts, 1):
        chunk = rows.iloc[start : start + TAG_CHUNK_ROWS]
        parts.append(tag_chunk_cached(frame_digest(chunk, ["feedback"]), chunk))
        if bar is not None:
            done = min(start + TAG_CHUNK_ROWS, len(rows))
            bar.progress(i / len(starts), text=f"Tagging feedback... {done:,} of {len(rows):,}")
    if bar is not None:
        bar.empty()
    return pd.concat(parts, ignore_index=True)


# ----------------------------------------------------------------------------- data source


def _uploads() -> list[Any]:
    """The UploadedFile objects in the sidebar uploader (bytes are read only when needed)."""
    return list(st.session_state.get(KEY_UPLOAD) or [])


def _read_uploads(uploads: Sequence[Any]) -> Callable[[], tuple[tuple[str, bytes], ...]]:
    """A reader of (name, bytes) pairs: copying a large upload on every rerun would cost."""
    return lambda: tuple((f.name, f.getvalue()) for f in uploads)


def _sample_files() -> tuple[tuple[str, bytes], ...]:
    return ((SAMPLE_PATH.name, SAMPLE_PATH.read_bytes()),)


def _digest_uploads(uploads: Sequence[Any]) -> str:
    """Digest uploads, remembering digests by upload id so a rerun never re-hashes bytes."""
    memo: dict[str, str] = st.session_state.setdefault("_debrief_digests", {})
    ids = "|".join(str(getattr(f, "file_id", f.name)) for f in uploads)
    if ids not in memo:
        memo.clear()
        memo[ids] = digest_files(_read_uploads(uploads)())
    return memo[ids]


def _load(
    digest: str,
    read: Callable[[], tuple[tuple[str, bytes], ...]],
    names: tuple[str, ...],
    label: str,
    is_sample: bool,
) -> Loaded:
    """Import and describe the files (or return this session's last import of the same)."""
    overrides = {} if is_sample else st.session_state.get(KEY_OVERRIDES, {})
    frozen = freeze_overrides(overrides)
    key = (digest, frozen)
    cached: Loaded | None = st.session_state.get(KEY_LOADED)
    if cached is not None and cached.key == key:
        return cached
    refused: dict[tuple, str] = st.session_state.setdefault("_debrief_refused", {})
    if key in refused:  # errors are not cached by st.cache_data: don't re-read a bad file
        raise DebriefError(refused[key])
    try:
        result = import_cached(digest, read(), frozen)
    except DebriefError as exc:
        refused.clear()
        refused[key] = str(exc)
        raise
    from analysis.filters import date_bounds
    from analysis.metrics import headline_numbers

    sources = result.table["feedback_source"].value_counts()
    loaded = Loaded(
        totals=headline_numbers(result.table),
        counts=result.counts(),
        date_bounds=date_bounds(result.table),
        sources_present=[s for s in SOURCE_LABELS if sources.get(s, 0) > 0],
        digest=f"{digest}:{hash(frozen)}",
        label=label,
        is_sample=is_sample,
        result=result,
        files=names,
        key=key,
    )
    st.session_state[KEY_LOADED] = loaded
    return loaded


def load_data() -> Loaded:
    """Render the sidebar's data source and return the imported, tagged data for this run."""
    with st.sidebar:
        st.header("Your log")
        limit = st.get_option("server.maxUploadSize")
        st.file_uploader(
            "Upload your interview log (CSV or Excel)",
            type=UPLOAD_TYPES,
            accept_multiple_files=True,
            key=KEY_UPLOAD,
            help=(
                f"Up to {limit} MB per file. Several files are merged (e.g. a LinkedIn "
                "applications export plus your own interview sheet). Files stay on this "
                "computer; nothing is sent anywhere."
            ),
        )
    uploads = _uploads()
    if not uploads:
        st.session_state.pop(KEY_OVERRIDES, None)
        return _load_sample()
    digest = _digest_uploads(uploads)
    if st.session_state.get("_debrief_overrides_for") != digest:
        st.session_state[KEY_OVERRIDES] = {}
        st.session_state[KEY_GOOD_OVERRIDES] = {}
        st.session_state["_debrief_overrides_for"] = digest
    names = tuple(f.name for f in uploads)
    label = names[0] if len(names) == 1 else f"{len(names)} files merged"
    read = _read_uploads(uploads)
    try:
        loaded = _load(digest, read, names, label, is_sample=False)
        st.session_state[KEY_GOOD_OVERRIDES] = st.session_state.get(KEY_OVERRIDES, {})
        return loaded
    except DebriefError as exc:
        error = str(exc)
    good = st.session_state.get(KEY_GOOD_OVERRIDES, {})
    if has_overrides() and st.session_state.get(KEY_OVERRIDES) != good:
        # The person's last column choice made the log unreadable: undo just that choice.
        st.session_state[KEY_OVERRIDES] = {name: dict(m) for name, m in good.items()}
        try:
            loaded = _load(digest, read, names, label, is_sample=False)
            return dataclasses.replace(
                loaded, warning=f"That column choice was not applied: {error}"
            )
        except DebriefError:
            pass
    return dataclasses.replace(_load_sample(), error=error)


def _load_sample() -> Loaded:
    return _load("sample", _sample_files, (SAMPLE_PATH.name,), SAMPLE_LABEL, is_sample=True)


def show_import_summary(loaded: Loaded) -> None:
    """Show in the sidebar whose data this is, its size, and whether rows were left out."""
    counts = loaded.counts
    with st.sidebar:
        if loaded.is_sample:
            st.caption(f"Showing the bundled {SAMPLE_LABEL.lower()} ({md(SAMPLE_PATH.name)}).")
        else:
            st.caption(f"Showing {md(loaded.label)}.")
        c1, c2 = st.columns(2)
        c1.metric("Applications", f"{loaded.totals['applications']:,}")
        c2.metric("Interviews", f"{loaded.totals['interviews']:,}")
        flagged = counts.get("skipped", 0) + counts.get("duplicates", 0)
        if flagged:
            st.caption(f"{flagged:,} rows skipped or counted once: see *Your data*.")


def show_source_banner(loaded: Loaded) -> None:
    """Say clearly at the top of every page whose data this is (and why an upload was refused)."""
    if loaded.error:
        st.error(f"{loaded.error} Showing the sample data instead.")
    if loaded.warning:
        st.warning(loaded.warning)
    if loaded.is_sample:
        st.info(
            f"**{SAMPLE_LABEL}**: a made-up job search, so you can look around. "
            "Upload your own log in the sidebar to see yours.",
            icon=":material/science:",
        )


# ----------------------------------------------------------------------------- filters


def _reset_filters_when_data_changes(loaded: Loaded) -> None:
    if st.session_state.get(KEY_FILTERS_FOR) != loaded.digest:
        for key in (KEY_DATES, KEY_SOURCES):
            st.session_state.pop(key, None)
        st.session_state[KEY_FILTERS_FOR] = loaded.digest


def sidebar_filters(loaded: Loaded) -> dict[str, Any]:
    """Render the filters shared by every page and return their values."""
    _reset_filters_when_data_changes(loaded)
    filters: dict[str, Any] = {"start": None, "end": None, "text": "", "sources": None}
    with st.sidebar:
        st.header("Filters")
        lo, hi = loaded.date_bounds
        if lo is not None and hi is not None:
            lo, hi = pd.Timestamp(lo).date(), pd.Timestamp(hi).date()
            picked = st.date_input(
                "Dates", value=(lo, hi), min_value=lo, max_value=hi, key=KEY_DATES,
                help="Whole applications with any date (applied or interview) in this range.",
            )
            picked = tuple(picked) if isinstance(picked, list | tuple) else (picked,)
            start = picked[0] if picked else None
            end = picked[1] if len(picked) > 1 else None
            filters["start"] = None if start in (None, lo) else start
            filters["end"] = None if end in (None, hi) else end
        filters["text"] = st.text_input(
            "Role or company contains", key=KEY_TEXT, placeholder="e.g. analyst"
        ).strip()
        present = loaded.sources_present
        chosen = st.multiselect(
            "Feedback source", present, key=KEY_SOURCES, format_func=SOURCE_LABELS.get,
            placeholder="All sources",
        )
        filters["sources"] = list(chosen) or None
    return filters


def apply_filters(loaded: Loaded, filters: dict[str, Any]) -> View:
    """Filter the table with ``analysis.filters`` and keep the mentions of the rows left."""
    from analysis.filters import filter_table

    if not any(v not in (None, "", []) for v in filters.values()):
        return View(loaded, loaded.table, filters)
    table = filter_table(
        loaded.table,
        start=_as_timestamp(filters["start"]),
        end=_as_timestamp(filters["end"]),
        text=filters["text"] or None,
        sources=filters["sources"],
    )
    return View(loaded, table, filters)


def _as_timestamp(value: dt.date | None) -> pd.Timestamp | None:
    return None if value is None else pd.Timestamp(value)


def set_view(view: View) -> None:
    """Hand this run's view to the page about to run."""
    st.session_state["_debrief_view"] = view


def current_view() -> View:
    """Return the filtered data the sidebar prepared for this run (pages call this first)."""
    return st.session_state["_debrief_view"]


# ----------------------------------------------------------------------------- guards


def run_guarded(run: Callable[[], Any], what: str = "page") -> None:
    """Run a page (or part of one); an unexpected error becomes a short message, logged in full.

    Streamlit's own control flow (st.rerun, st.stop, switch_page) derives from BaseException
    and passes through untouched.
    """
    try:
        run()
    except DebriefError as exc:
        st.error(str(exc))
    except Exception:
        LOG.exception("Unexpected error while rendering the %s", what)
        st.error(UNEXPECTED_ERROR, icon=":material/error:")


def show_chart(figure: Any, *, key: str | None = None) -> None:
    """Render a Plotly figure full-width, with Streamlit's bundled plotly.js (nothing remote)."""
    st.plotly_chart(figure, width="stretch", key=key, config={"displaylogo": False})


def empty_notice(view: View, what: str) -> bool:
    """Say so and return True when the (filtered) table has nothing to show for ``what``."""
    if len(view.table):
        return False
    if view.filtered:
        st.info(f"No {what} match the filters in the sidebar. Widen them to see more.")
    else:
        st.info(f"Your log has no {what} yet.")
    return True


def load_data_guarded() -> Loaded | None:
    """``load_data``, but an unexpected failure falls back to the sample, then to a message."""
    try:
        return load_data()
    except Exception:
        LOG.exception("Unexpected error while importing the uploaded log")
    st.error(
        "Debrief could not read that upload because of a problem on its side, not yours. "
        "Showing the sample data instead; the details are in the terminal where Debrief runs."
    )
    try:
        return _load_sample()
    except Exception:
        LOG.exception("Unexpected error while importing the sample log")
        st.error(UNEXPECTED_ERROR)
        return None


def view_guarded(loaded: Loaded) -> View:
    """Render the filters and filter the data; if that fails, show everything, unfiltered."""
    try:
        return apply_filters(loaded, sidebar_filters(loaded))
    except Exception:
        LOG.exception("Unexpected error while filtering")
        st.sidebar.error("The filters hit a problem, so every row is shown.")
        return View(loaded, loaded.table)


# ----------------------------------------------------------------------------- formatting


def md(value: object) -> str:
    """Escape user text for st.markdown / st.caption (shown literally: no links, no markup).

    >>> md("[click](http://x)")
    '\\\\[click\\\\]\\\\(http://x\\\\)'
    """
    from analysis.safe import escape_markdown

    return escape_markdown(value)


def percent(rate: float | None) -> str:
    """Format a rate as a whole percentage; "n/a" when there is nothing to divide by.

    >>> percent(0.3333), percent(None)
    ('33%', 'n/a')
    """
    return "n/a" if rate is None or pd.isna(rate) else f"{rate:.0%}"


def plural(n: int, word: str) -> str:
    """'1 mention', '3 mentions'.

    >>> plural(1, "mention"), plural(3, "mention")
    ('1 mention', '3 mentions')
    """
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def interval_help(count: int, of: int, ci: Sequence[float], base: str) -> str:
    """Explain a rate with its count, base and 95% interval (the numbers are small)."""
    if not of:
        return f"No {base} yet."
    lo, hi = ci
    return (
        f"{count} of {of} {base}. With so few, the true rate is plausibly anywhere from "
        f"{lo:.0%} to {hi:.0%} (95% Wilson interval)."
    )


def quote_source(company: object, date: object, source: object) -> str:
    """'Acme · 12 Jan 2026 · Interviewer / employer', escaped for markdown."""
    parts = []
    if isinstance(company, str) and company:
        parts.append(md(company))
    if date is not None and not pd.isna(date):
        parts.append(f"{pd.Timestamp(date):%d %b %Y}")
    if source is not None and not pd.isna(source):
        parts.append(md(SOURCE_LABELS.get(str(source), str(source))))
    return " · ".join(parts)


def quote(text: object) -> str:
    """A feedback sentence as a markdown block quote, escaped."""
    return "> " + md(text)


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Prepare user text for st.dataframe, whose toolbar can download it as CSV.

    Cells a spreadsheet would run as a formula get a leading apostrophe (analysis.safe).
    """
    from analysis.safe import neutralise_frame

    return neutralise_frame(frame)


def evidence_table(evidence: pd.DataFrame) -> pd.DataFrame:
    """The evidence explorer's columns, in words a person reads: date, company, source, sentence."""
    source = evidence["feedback_source"].astype("string").map(SOURCE_LABELS, na_action="ignore")
    shown = pd.DataFrame(
        {
            "Date": evidence["date"].dt.date,
            "Company": evidence["company"],
            "Source": source,
            "Sentence": evidence["evidence"],
            "Kind": evidence["polarity"].astype("string").str.capitalize(),
            "Round": evidence["round"],
            "Role": evidence["role"],
        }
    )
    return safe_frame(shown)


EVIDENCE_COLUMNS = {
    "Sentence": st.column_config.TextColumn("Sentence", width="large"),
    "Kind": st.column_config.TextColumn("Kind", help="Strength to keep or improvement to make"),
}


# ----------------------------------------------------------------------------- summary/exports


def view_digest(view: View) -> str:
    """Digest of the filtered table and mentions (the summary and export cache key)."""
    table = view.table
    memo = st.session_state.setdefault("_debrief_view_digest", {})
    key = (view.loaded.digest, tuple(sorted((k, str(v)) for k, v in view.filters.items())))
    if key not in memo:
        memo.clear()
        columns = [c for c in table.columns if table[c].dtype != object]
        memo[key] = frame_digest(table, columns) + frame_digest(
            view.mentions, ["row", "theme", "polarity", "evidence"]
        )
    return memo[key]


@st.cache_data(show_spinner="Building your summary...", max_entries=16)
def _summary(digest: str, today: dt.date, _table: pd.DataFrame, _mentions: pd.DataFrame) -> Any:
    from analysis.summary import build_summary

    return build_summary(_table, _mentions, today=today, codebook=codebook_cached())


@st.cache_data(show_spinner="Writing the file...", max_entries=32)
def _export(
    digest: str, today: dt.date, fmt: str, _table: pd.DataFrame, _mentions: pd.DataFrame
) -> bytes | str:
    summary = _summary(digest, today, _table, _mentions)
    if fmt == "xlsx":
        from analysis.export_excel import summary_to_xlsx

        return summary_to_xlsx(summary, _table, _mentions, codebook=codebook_cached())
    if fmt == "html":
        from analysis.report import summary_to_html

        return summary_to_html(summary, _table, _mentions, codebook=codebook_cached())
    if fmt == "md":
        from analysis.report import summary_to_markdown

        return summary_to_markdown(summary)
    if fmt == "letters":
        from analysis.letters import draft_letters

        return draft_letters(summary, codebook_cached())
    raise ValueError(f"unknown export format {fmt!r}")


def export_cached(view: View, today: dt.date, fmt: str) -> bytes | str:
    """One export of the view's summary: "xlsx" (bytes), "html", "md" or "letters" (text)."""
    return _export(view_digest(view), today, fmt, view.table, view.mentions)


# ----------------------------------------------------------------------------- column mapping

FIELD_LABELS: dict[str, str] = {
    "": "(not used: kept as your own column)",
    "application_id": "Application id",
    "company": "Company",
    "role": "Role / job title",
    "applied_date": "Date applied",
    "event_date": "Interview date",
    "stage": "Stage / interview type",
    "round": "Round number",
    "outcome": "Outcome / status",
    "feedback": "Feedback notes",
    "feedback_source": "Who gave the feedback",
    "feedback_channel": "How it was given",
    "interviewer": "Interviewer",
}


def field_label(name: str) -> str:
    """A canonical field as a person reads it ("stage:offer" -> "Stage column: Offer")."""
    from analysis.schema import STAGE_LABELS

    if name.startswith("stage:"):
        return f"Stage column: {STAGE_LABELS.get(name[6:], name[6:])}"
    return FIELD_LABELS.get(name, name.replace("_", " ").capitalize())


def _mapping_key(file_name: str, column: str) -> str:
    return f"map::{file_name}::{column}"


def _on_mapping_change(file_name: str, column: str) -> None:
    """Record the person's choice; app.py re-imports with it on this very rerun."""
    overrides = {n: dict(m) for n, m in st.session_state.get(KEY_OVERRIDES, {}).items()}
    overrides.setdefault(file_name, {})[column] = st.session_state[_mapping_key(file_name, column)]
    st.session_state[KEY_OVERRIDES] = overrides


def mapping_editor(file: Any, *, disabled: bool = False) -> None:
    """One select per column of an imported file, showing (and changing) its canonical field."""
    from analysis.normalize import valid_fields

    options = ["", *valid_fields()]
    grid = st.columns(2)
    for i, column in enumerate(file.raw_columns):
        current = file.mapping.get(column, "")
        key = _mapping_key(file.source_file, column)
        # Mirror the mapping actually used: moving a field to one column frees another.
        st.session_state[key] = current if current in options else ""
        grid[i % 2].selectbox(
            md(column) or "(no header)", options, key=key, format_func=field_label,
            disabled=disabled, on_change=_on_mapping_change, args=(file.source_file, column),
        )


def practice_sessions(table: pd.DataFrame) -> int:
    """Counted rows that are mock interviews or recorded practice."""
    from analysis.schema import counted_rows

    return int(counted_rows(table)["practice"].fillna(False).astype(bool).sum())


def feedback_notes(table: pd.DataFrame) -> int:
    """Counted rows with a feedback note (what the tagger reads)."""
    from analysis.schema import counted_rows

    return int((counted_rows(table)["feedback"].fillna("").str.strip() != "").sum())


def has_overrides() -> bool:
    """Whether the person changed how any column is read."""
    return any(st.session_state.get(KEY_OVERRIDES, {}).values())


def reset_overrides() -> None:
    """Forget the person's column choices (the importer's guesses apply again)."""
    st.session_state[KEY_OVERRIDES] = {}


MAX_ROWS_SHOWN = 1_000  # a cohort's 100k-row log stays responsive; the exports have every row


def show_rows(frame: pd.DataFrame, total: int) -> None:
    """Show a table of (at most MAX_ROWS_SHOWN) rows, saying when there are more."""
    st.dataframe(frame, hide_index=True, width="stretch")
    if total > len(frame):
        st.caption(
            f"Showing the first {len(frame):,} of {total:,} rows; the Excel export on the "
            "Export page has every row."
        )


def issues_table(issues: pd.DataFrame) -> pd.DataFrame:
    """Rows to check, with headers a person reads."""
    status = {"ok": "Counted", "duplicate": "Duplicate (counted once)", "skipped": "Skipped"}
    return safe_frame(
        pd.DataFrame(
            {
                "File": issues["source_file"],
                "Row": issues["source_row"],
                "What happened": issues["row_status"].astype("string").map(status),
                "Why": issues["row_issue"],
            }
        )
    )
