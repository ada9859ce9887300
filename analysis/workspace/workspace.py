"""The Workspace the CLI and the app use: saved logs, tags, review, teaching, moving, forgetting."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any, Self

import pandas as pd

from analysis.errors import DebriefError
from analysis.normalize import import_log
from analysis.schema import FEEDBACK_SOURCES, OUTCOMES, STAGE_LABELS, application_rows, counted_rows
from analysis.workspace import review, store, tagcache, teach, transfer
from analysis.workspace.core import ADDED_LOG, AddedInterview
from analysis.workspace.identity import digest, event_keys, fold_note, note_ids, text_hashes
from analysis.workspace.tagging import TaggedStore

# Columns of the one-row log an interview added in the app is read from (canonical names,
# which the importer maps to themselves), so stage and outcome words are read as in a log.
_ADD_COLUMNS: tuple[str, ...] = (
    "company", "role", "applied_date", "event_date", "stage", "outcome", "feedback",
    "feedback_source", "interviewer",
)


def _as_day(value: object, what: str) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    stamp = pd.to_datetime(str(value), errors="coerce", format="mixed")
    if pd.isna(stamp):
        raise DebriefError(f"Could not read the {what} '{value}': write it as YYYY-MM-DD.")
    return stamp.strftime("%Y-%m-%d")


def _words(value: str, known: tuple[str, ...]) -> str:
    """A stage/outcome/source id as the words a log would hold ("first_round" -> "First round")."""
    if value in STAGE_LABELS:
        return STAGE_LABELS[value]
    return value.replace("_", " ") if value in known else value


class Workspace(TaggedStore):
    """A local workspace. See the package docstring for the whole API."""

    # ------------------------------------------------------------------------- teach

    def _candidate(self, phrase: str, theme: str, polarity: str) -> tuple[str, Any]:
        clean = teach.clean_phrase(phrase)
        teach.check_theme(self.codebook(), theme, polarity)
        taught = self.taught()
        taught = pd.concat(
            [taught[taught["phrase"] != clean],
             pd.DataFrame({"phrase": [clean], "theme": [theme], "polarity": [polarity]})],
            ignore_index=True,
        )
        return clean, teach.with_taught(self._base(), taught)

    def preview_teach(self, phrase: str, theme: str, polarity: str) -> pd.DataFrame:
        """Which notes teaching "always read <phrase> as <theme> <polarity>" would change.

        One row per changed note: note_id, company, role, stage, event_date, feedback,
        before and after (the note's themes, corrections applied), gained and lost. Nothing
        is saved; :meth:`teach` right after reuses the tagging done here.
        """
        _, codebook = self._candidate(phrase, theme, polarity)
        version = self._version(codebook)
        texts = pd.Series(self._notes()["text"].unique(), dtype=object)
        results = dict(zip(text_hashes(texts),
                           tagcache.tag_to_json(self._tagger(codebook), texts.tolist()),
                           strict=True))
        self._preview = {version: results}
        notes = self._notes()
        fixes = self._corrections_for_replay()
        before = review.apply_corrections(self._tagged(), fixes, notes[["note_id", "row"]])
        after = review.apply_corrections(self._tagged(codebook, results), fixes,
                                         notes[["note_id", "row"]])
        return _changed_notes(before, after, notes, self._loaded()[0])

    def teach(self, phrase: str, theme: str, polarity: str) -> str:
        """Always read ``phrase`` as ``theme`` ``polarity`` from now on; return the phrase saved."""
        clean, codebook = self._candidate(phrase, theme, polarity)
        version = self._version(codebook)
        with self._write("review") as conn:
            conn.execute("DELETE FROM taught WHERE phrase = ?", (clean,))
            conn.execute("INSERT INTO taught (phrase, theme, polarity, taught_at) "
                         "VALUES (?, ?, ?, ?)", (clean, theme, polarity, self._clock()))
            if version in self._preview:
                tagcache.store(conn, version, self._preview.pop(version), prune=False)
        return clean

    def untaught(self, phrase: str) -> None:
        """Forget a taught phrase (notes are read with Debrief's own cues again)."""
        with self._write("review") as conn:
            cur = conn.execute("DELETE FROM taught WHERE phrase = ?", (teach.clean_phrase(phrase),))
            if cur.rowcount == 0:
                raise DebriefError(f"No phrase '{phrase}' was taught in this workspace.")

    def overlay_toml(self) -> str:
        """The taught phrases as a codebook overlay (the shape of analysis/data/cues.toml)."""
        return teach.overlay_toml(self._base(), self.taught())

    # ---------------------------------------------------------------- add an interview

    def add_interview(
        self, *, company: str, date: object, role: str = "", stage: str = "",
        outcome: str = "", feedback: str = "", source: str = "", applied: object = None,
        interviewer: str = "",
    ) -> AddedInterview:
        """Save one interview typed or pasted in the app, tagged at once."""
        if not (isinstance(company, str) and company.strip()):
            raise DebriefError("An interview needs the company's name.")
        values = [company.strip(), role.strip(), _as_day(applied, "applied date"),
                  _as_day(date, "interview date") or "", _words(stage, ()),
                  _words(outcome, OUTCOMES), feedback.strip(), _words(source, FEEDBACK_SOURCES),
                  interviewer.strip()]
        if not values[3]:
            raise DebriefError("An interview needs its date.")
        buf = io.StringIO()
        writer = csv.writer(buf, quoting=csv.QUOTE_ALL)
        writer.writerows([_ADD_COLUMNS, values])
        rows = counted_rows(import_log(buf.getvalue().encode("utf-8"), ADDED_LOG).table)
        rows = rows.assign(source_row=pd.array([pd.NA] * len(rows), dtype="Int64"))
        # Each different note on one interview is its own entry; the same one twice is one.
        keys = event_keys(rows) + "+" + digest(fold_note(values[6]))
        change = self._save_rows(ADDED_LOG, rows, "", replace=False, keys=keys)
        note_id = note_ids(rows).iloc[0] if values[6] else None
        found = self.mentions()
        return AddedInterview(note_id, found[found["note_id"] == note_id].reset_index(
            drop=True), change)

    # -------------------------------------------------------------- move, forget, show

    def export(self, path: str | Path) -> Path:
        """Write the whole workspace to one file (to carry to another machine)."""
        target = Path(path).expanduser()
        if store.same_file(target, self.path):
            raise DebriefError(f"{target} is this workspace itself: choose another file name.")
        if target.exists() and not target.is_dir():
            try:
                store.check_file(target)
            except DebriefError:
                raise DebriefError(f"{target} exists and is not a Debrief workspace, so it was "
                                   "not overwritten: choose another file name.") from None
        with self._lock:
            return store.snapshot(self._conn, target)

    @classmethod
    def import_file(cls, source: str | Path, path: str | Path | None = None) -> Self:
        """Open the workspace at ``path`` (default location if None) and merge ``source`` in."""
        transfer.check_source(Path(source).expanduser())
        workspace = cls.open(path)
        try:
            with workspace._lock:
                transfer.merge_into(workspace._conn, workspace.path, Path(source), ADDED_LOG)
            workspace._writes["rows"] += 1
            workspace._writes["review"] += 1
        except BaseException:
            workspace.close()
            raise
        return workspace

    def forget(self) -> list[Path]:
        """Delete the workspace file (and its -wal and -shm files); the object is closed."""
        with self._lock:
            return store.remove_files(self.path, before_unlink=self._conn.close)

    def overview(self) -> dict[str, Any]:
        """Counts for ``debrief workspace show`` and the app's workspace panel."""
        table, meta = self._loaded()
        fixes = self.corrections()
        return {
            "path": str(self.path),
            "bytes": sum(p.stat().st_size for p in _files(self.path)),
            "format": store.SCHEMA_VERSION,
            "logs": self.logs(),
            "rows": len(table),
            "applications": int(application_rows(table)["application_id"].nunique()),
            "notes": int(meta["note_id"].nunique()),
            "corrections": len(fixes),
            "reviewed_notes": int(fixes["note_id"].nunique()),
            "taught": len(self.taught()),
        }


def _files(path: Path) -> list[Path]:
    names = [path, *(path.with_name(path.name + s) for s in store.SIDE_FILES)]
    return [p for p in names if p.exists()]


def _theme_sets(mentions: pd.DataFrame) -> pd.Series:
    """Each note's themes as sorted text ("communication improvement; skills strength")."""
    labels = mentions["theme"].astype(str) + " " + mentions["polarity"].astype(str)
    return labels.groupby(mentions["note_id"]).agg(lambda s: "; ".join(sorted(set(s))))


def _changed_notes(before: pd.DataFrame, after: pd.DataFrame, notes: pd.DataFrame,
                   table: pd.DataFrame) -> pd.DataFrame:
    ids = pd.Index(notes["note_id"].unique())
    was, now = _theme_sets(before).reindex(ids, fill_value=""), _theme_sets(after).reindex(
        ids, fill_value="")
    changed = ids[(was != now).to_numpy()]
    first = notes.drop_duplicates("note_id").set_index("note_id").loc[changed, "row"]
    columns = ["company", "role", "stage", "event_date", "feedback"]
    out = table.loc[first.to_numpy(), columns].reset_index(drop=True)
    out.insert(0, "note_id", changed.to_numpy())
    split = [(set(filter(None, a.split("; "))), set(filter(None, b.split("; "))))
             for a, b in zip(was[changed], now[changed], strict=True)]
    return out.assign(
        before=was[changed].to_numpy(), after=now[changed].to_numpy(),
        gained=["; ".join(sorted(b - a)) for a, b in split],
        lost=["; ".join(sorted(a - b)) for a, b in split],
    )
