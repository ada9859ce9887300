"""Tags on the saved notes: cached tagging, corrections on top, and agreement with a person."""

from __future__ import annotations

from typing import Any

import pandas as pd

from analysis.codebook import Codebook, load_codebook
from analysis.errors import DebriefError
from analysis.schema import MENTION_DTYPES
from analysis.workspace import review, tagcache, teach
from analysis.workspace.core import LogStore
from analysis.workspace.identity import text_hashes

# note_id, theme, polarity, action, evidence
Correction = tuple[str, str, str, str, str | None]


class TaggedStore(LogStore):
    """Saved logs plus their tags and the corrections a person made to them."""

    # ------------------------------------------------------------------------ tags

    def codebook(self) -> Codebook:
        """The codebook in use: Debrief's (or the one given to open) plus the taught phrases."""
        taught = self.taught()
        key = tuple(taught[["phrase", "theme", "polarity"]].itertuples(index=False))
        return self._memoised("codebook", key, lambda: teach.with_taught(self._base(), taught))

    def _base(self) -> Codebook:
        """The codebook given to :meth:`open`, else Debrief's own (loaded once)."""
        if self._base_codebook is None:
            self._base_codebook = load_codebook()
        return self._base_codebook

    def taught(self) -> pd.DataFrame:
        """The phrases taught in this workspace: phrase, theme, polarity, taught_at (UTC)."""
        columns = ["phrase", "theme", "polarity", "taught_at"]
        frame = pd.DataFrame(
            self._query(f"SELECT {', '.join(columns)} FROM taught ORDER BY taught_at, phrase"),
            columns=columns,
        )
        return frame.assign(taught_at=pd.to_datetime(frame["taught_at"], utc=True))

    def _version(self, codebook: Codebook) -> str:
        """The tagger version of a codebook, computed once per codebook object."""
        hit = self._memo.get("version")
        if hit is not None and hit[0] is codebook:
            return hit[1]
        version = tagcache.tagger_version(codebook)
        self._memo["version"] = (codebook, version)
        return version

    def _tagger(self, codebook: Codebook) -> Any:
        from analysis.tagger import build_tagger  # NLTK loads only when tagging is needed

        version = self._version(codebook)
        return self._memoised("tagger", version, lambda: build_tagger(codebook))

    def _results(self, texts: pd.Series, codebook: Codebook) -> dict[str, str]:
        """Cached tagging results (text hash -> JSON) for these texts; tag and save the rest."""
        version = self._version(codebook)
        cached = self._memoised(f"cache:{version}", self._state("rows"),
                                lambda: tagcache.load(self._conn, version))
        hashes = text_hashes(texts)
        missing = texts[~hashes.isin(list(cached))]
        if missing.empty:
            return cached
        fresh = dict(zip(text_hashes(missing),
                         tagcache.tag_to_json(self._tagger(codebook), missing.tolist()),
                         strict=True))
        with self._write("cache") as conn:
            tagcache.store(conn, version, fresh, prune=True)
        cached = {**cached, **fresh}
        self._memo[f"cache:{version}"] = (self._state("rows"), cached)
        return cached

    def _notes(self) -> pd.DataFrame:
        """Rows with feedback: row (table label), note_id, text, text hash."""
        table, meta = self._loaded()
        has_text = table["feedback"].fillna("").str.strip() != ""
        text = table.loc[has_text, "feedback"].astype(object)
        return pd.DataFrame({"row": text.index.to_numpy(dtype="int64"),
                             "note_id": meta.loc[has_text, "note_id"].to_numpy(),
                             "text": text.to_numpy(), "text_sha256": text_hashes(text)})

    def _tagged(self, codebook: Codebook | None = None,
                results: dict[str, str] | None = None) -> pd.DataFrame:
        """The tagger's mentions of every note (before corrections), with note_id."""
        codebook = codebook or self.codebook()
        if results is None:  # the saved tags: they change only with the rows or the codebook
            key = (self._state("rows"), self._version(codebook))
            return self._memoised("tagged", key, lambda: self._tagged(
                codebook, self._results(pd.Series(self._notes()["text"].unique(),
                                                  dtype=object), codebook)))
        notes = self._notes()
        found = tagcache.entries(results, notes["text_sha256"].unique())
        frame = notes[["row", "note_id", "text_sha256"]].merge(found, on="text_sha256")
        frame = frame.drop(columns="text_sha256")
        types = {c: t for c, t in MENTION_DTYPES.items() if c not in ("cues", "polarity")}
        return frame.astype(types)

    def mentions(self, *, include_removed: bool = False) -> pd.DataFrame:
        """Mentions with corrections applied: schema.MENTION_COLUMNS plus note_id, status
        (unreviewed, confirmed, flipped, added; removed with ``include_removed``), reviewed
        and origin (tagger or you). ``row`` is the row's label in :meth:`table`."""
        codebook = self.codebook()
        key = (self._state("rows", "review"), self._version(codebook), include_removed)

        def build() -> pd.DataFrame:
            notes = self._notes()
            out = review.apply_corrections(
                self._tagged(codebook), self._corrections_for_replay(),
                notes[["note_id", "row"]], include_removed=include_removed)
            return out.astype({c: t for c, t in MENTION_DTYPES.items() if c != "cues"})

        return self._memoised(f"mentions:{include_removed}", key, build).copy(deep=False)

    def unreviewed(self) -> pd.DataFrame:
        """The mentions nobody has confirmed or corrected yet."""
        found = self.mentions()
        return found[~found["reviewed"]].reset_index(drop=True)

    def review_table(self, *, include_removed: bool = True) -> pd.DataFrame:
        """Mentions beside their note's company, role, stage, date, who said it and text."""
        columns = ["company", "role", "stage", "event_date", "feedback_source", "feedback"]
        table = self._loaded()[0]
        found = self.mentions(include_removed=include_removed)
        return found.join(table[columns], on="row")

    # ----------------------------------------------------------------- corrections

    def correct(
        self, note_id: str, theme: str, polarity: str, action: str, *,
        evidence: str | None = None,
    ) -> int:
        """Record one correction of a note's tags; return its id. See analysis.workspace.review."""
        return self._record([self._correction(note_id, theme, polarity, action, evidence)])[0]

    def change_theme(self, note_id: str, theme: str, polarity: str, new_theme: str,
                     new_polarity: str | None = None) -> list[int]:
        """Move a mention to another theme (a remove and an add, saved together)."""
        remove = self._correction(note_id, theme, polarity, "remove", None)
        evidence = remove[4]
        add = self._correction(note_id, new_theme, new_polarity or polarity, "add", evidence)
        return self._record([remove, add])

    def confirm_note(self, note_id: str) -> list[int]:
        """Confirm every mention of a note nobody has reviewed yet."""
        found = self.unreviewed()
        found = found[found["note_id"] == note_id].drop_duplicates(["theme", "polarity"])
        return self._record([
            self._correction(note_id, m.theme, str(m.polarity), "confirm", m.evidence)
            for m in found.itertuples(index=False)
        ])

    def _correction(self, note_id: str, theme: str, polarity: str, action: str,
                    evidence: str | None) -> Correction:
        if action not in review.ACTIONS:
            raise DebriefError(f"'{action}' is not a correction; use one of "
                               f"{', '.join(review.ACTIONS)}.")
        found = self.mentions()
        mine = found[found["note_id"] == note_id]
        if mine.empty and note_id not in set(self._loaded()[1]["note_id"].dropna()):
            raise DebriefError(f"There is no note {note_id} in this workspace.")
        if action == "add":
            teach.check_theme(self.codebook(), theme, polarity)
            if not (isinstance(evidence, str) and evidence.strip()):
                raise DebriefError("Adding a theme needs its evidence: the sentence that shows it.")
            return note_id, theme, polarity, action, evidence.strip()
        match = mine[(mine["theme"] == theme) & (mine["polarity"] == polarity)]
        if match.empty:
            raise DebriefError(f"This note has no {theme} {polarity} to {action}.")
        return note_id, theme, polarity, action, evidence or str(match["evidence"].iloc[0])

    def _record(self, rows: list[Correction]) -> list[int]:
        ids = []
        with self._write("review") as conn:
            for row in rows:
                cur = conn.execute(
                    "INSERT INTO corrections (note_id, theme, polarity, action, evidence, "
                    "made_at) VALUES (?, ?, ?, ?, ?, ?)", (*row, self._clock()))
                ids.append(int(cur.lastrowid))
        return ids

    def undo(self, correction_id: int) -> None:
        """Delete one correction (the note reads as if it had never been made)."""
        with self._write("review") as conn:
            cur = conn.execute("DELETE FROM corrections WHERE correction_id = ?",
                               (int(correction_id),))
            if cur.rowcount == 0:
                raise DebriefError(f"There is no correction {correction_id} to undo.")

    def corrections(self) -> pd.DataFrame:
        """One row per correction in the order they apply (when made, UTC; then saved)."""
        columns = ["correction_id", "note_id", "theme", "polarity", "action", "evidence",
                   "made_at"]
        frame = pd.DataFrame(
            self._query(f"SELECT {', '.join(columns)} FROM corrections "
                        "ORDER BY made_at, correction_id"),
            columns=columns,
        )
        return frame.assign(made_at=pd.to_datetime(frame["made_at"], utc=True))

    def _corrections_for_replay(self) -> pd.DataFrame:
        return self.corrections()[["note_id", "theme", "polarity", "action", "evidence"]]

    def agreement(self) -> review.Agreement:
        """Per-theme precision and recall of the tagger on the notes fully reviewed, and kappa."""
        codebook = self.codebook()
        return review.agreement(self._tagged(codebook), self.mentions(include_removed=True),
                                codebook.theme_ids)
