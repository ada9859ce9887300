"""Corrections on the Review page: the buttons' callbacks, undo, teaching, and agreement.

Callbacks run before the page is drawn again, so every page of that run (and the sidebar's
counts) already reads the corrected mentions. The last change is remembered per session so
its note can offer "Undo" and "Teach Debrief" right where the person clicked.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
import streamlit as st

from analysis.errors import DebriefError
from analysis.present import plural
from analysis.workspace.review import other_polarity
from ui.escape import md
from ui.tables import safe_frame

KEY_LAST = "_debrief_review_last"  # the last change: note, correction ids, words, teach target
KEY_ERROR = "_debrief_review_error"
KEY_PREVIEW = "_debrief_teach_preview"  # (phrase, theme, polarity, changed notes)
KEY_AGREEMENT = "_debrief_agreement"  # (workspace revisions, Agreement)
PREVIEW_ROWS = 20
ACTION_WORDS = {"confirm": "Confirmed", "remove": "Removed", "flip": "Changed the kind of",
                "add": "Added", "move": "Moved"}


def _done(note_id: str, ids: list[int], text: str, teach: tuple[str, str, str] | None) -> None:
    st.session_state[KEY_LAST] = {"note_id": note_id, "ids": ids, "text": text, "teach": teach}
    if teach:
        st.session_state["teach_phrase"] = teach[0]
    st.session_state.pop(KEY_ERROR, None)
    st.session_state.pop(KEY_PREVIEW, None)


def _failed(note_id: str, exc: DebriefError) -> None:
    st.session_state[KEY_ERROR] = (note_id, str(exc))


def _phrase(ws: Any, note_id: str, theme: str, polarity: str) -> str:
    """The words to teach first: the longest cue that tagged the mention."""
    found = ws.mentions()
    mine = found[(found["note_id"] == note_id) & (found["theme"] == theme)]
    cues = [c for cs in mine["cues"] for c in (cs or ()) if isinstance(c, str)]
    return max(cues, key=len) if cues else ""


def act(ws: Any, note_id: str, theme: str, polarity: str, action: str) -> None:
    """Confirm, remove or flip one mention (a button's callback)."""
    book = ws.codebook()
    try:
        ids = [ws.correct(note_id, theme, polarity, action)]
    except DebriefError as exc:
        return _failed(note_id, exc)
    label = f"{book.label(theme)} {polarity}"
    teach = None
    if action == "flip":
        new = other_polarity(polarity)
        label = f"{book.label(theme)}: now {new}"
        teach = (_phrase(ws, note_id, theme, new), theme, new)
    _done(note_id, ids, f"{ACTION_WORDS[action]} {label}.", teach)


def move(ws: Any, note_id: str, theme: str, polarity: str, key: str) -> None:
    """Move a mention to the theme picked in ``key`` (a button's callback)."""
    new_theme = st.session_state.get(key)
    if not new_theme:
        return
    book = ws.codebook()
    phrase = _phrase(ws, note_id, theme, polarity)
    try:
        ids = ws.change_theme(note_id, theme, polarity, new_theme)
    except DebriefError as exc:
        return _failed(note_id, exc)
    _done(note_id, ids, f"Moved {book.label(theme)} to {book.label(new_theme)}.",
          (phrase, new_theme, polarity))


def add(ws: Any, note_id: str) -> None:
    """Add the theme picked in the note's "Add a theme it missed" (a button's callback)."""
    sentence = st.session_state.get(f"rv_add_s:{note_id}")
    theme = st.session_state.get(f"rv_add_t:{note_id}")
    polarity = st.session_state.get(f"rv_add_p:{note_id}") or "improvement"
    try:
        ids = [ws.correct(note_id, theme, polarity, "add", evidence=sentence)]
    except DebriefError as exc:
        return _failed(note_id, exc)
    book = ws.codebook()
    _done(note_id, ids, f"Added {book.label(theme)} {polarity}.", ("", theme, polarity))


def confirm_all(ws: Any, note_id: str) -> None:
    """Confirm every tag of a note not reviewed yet (a button's callback)."""
    try:
        ids = ws.confirm_note(note_id)
    except DebriefError as exc:
        return _failed(note_id, exc)
    _done(note_id, ids, f"Confirmed {plural(len(ids), 'tag')}.", None)


def undo(ws: Any) -> None:
    """Take back the last change (every correction it made)."""
    last = st.session_state.pop(KEY_LAST, None)
    st.session_state.pop(KEY_PREVIEW, None)
    for correction_id in reversed((last or {}).get("ids", [])):
        try:
            ws.undo(correction_id)
        except DebriefError:  # undone already (in another tab)
            continue


def pinned_note() -> str | None:
    """The note changed last: kept on the list while its Undo and Teach are offered."""
    last = st.session_state.get(KEY_LAST)
    return last["note_id"] if last else None


# ----------------------------------------------------------------------- after a change


def after_action(ws: Any, book: Any, note_id: str) -> None:
    """Under the note just changed: what was done, Undo, and (when it applies) Teach."""
    error = st.session_state.get(KEY_ERROR)
    if error and error[0] == note_id:
        st.error(md(error[1]))
    last = st.session_state.get(KEY_LAST)
    if not last or last["note_id"] != note_id:
        return
    with st.container(horizontal=True, vertical_alignment="center"):
        st.success(md(last["text"]) + " Saved in your workspace.", icon=":material/check:")
        st.button("Undo", key=f"rv_undo:{note_id}", icon=":material/undo:", on_click=undo,
                  args=(ws,))
    if last["teach"]:
        teach_panel(ws, book, *last["teach"])


def teach_panel(ws: Any, book: Any, phrase: str, theme: str, polarity: str) -> None:
    """'Always read <phrase> as <theme> <polarity>': preview the notes it changes, then save."""
    with st.expander(f"Teach Debrief: always read some words as {md(book.label(theme))} "
                     f"{polarity}", expanded=True, icon=":material/school:"):
        words = st.text_input(
            "Words to read that way", key="teach_phrase", max_chars=80,
            help="A few words from the note that carry the meaning (at most 8). Debrief adds "
            "them to your own cue phrases, kept in your workspace.")
        st.button("Preview what it changes", key="teach_preview", icon=":material/visibility:",
                  on_click=preview, args=(ws, theme, polarity))
        shown = st.session_state.get(KEY_PREVIEW)
        if not shown or shown[:3] != (words.strip(), theme, polarity):
            return
        show_preview(book, *shown)
        st.button(f"Always read '{md(shown[0])}' as {md(book.label(theme))} {polarity}",
                  key="teach_save", type="primary", icon=":material/save:",
                  on_click=teach, args=(ws, theme, polarity))


def preview(ws: Any, theme: str, polarity: str) -> None:
    """Work out which notes a taught phrase would change (a button's callback)."""
    words = str(st.session_state.get("teach_phrase") or "").strip()
    try:
        changed = ws.preview_teach(words, theme, polarity)
    except DebriefError as exc:
        st.session_state.pop(KEY_PREVIEW, None)
        return _failed(pinned_note() or "", exc)
    st.session_state.pop(KEY_ERROR, None)
    st.session_state[KEY_PREVIEW] = (words, theme, polarity, changed)


def show_preview(book: Any, phrase: str, theme: str, polarity: str,
                 changed: pd.DataFrame) -> None:
    """The notes teaching would change, before and after."""
    if changed.empty:
        st.info(f"No note changes today: '{md(phrase)}' will count in notes you add or "
                "import later.")
        return
    st.caption(f"{plural(len(changed), 'note')} would read differently:")
    table = pd.DataFrame({
        "Date": changed["event_date"].dt.date, "Company": changed["company"],
        "Note": changed["feedback"], "Gains": changed["gained"].map(lambda t: _labels(book, t)),
        "Loses": changed["lost"].map(lambda t: _labels(book, t)),
    }).head(PREVIEW_ROWS)
    st.dataframe(safe_frame(table), hide_index=True, width="stretch")
    if len(changed) > PREVIEW_ROWS:
        st.caption(f"And {len(changed) - PREVIEW_ROWS:,} more.")


def _labels(book: Any, themes: str) -> str:
    """'communication improvement; skills strength' in words."""
    out = []
    for item in filter(None, str(themes).split("; ")):
        theme, _, polarity = item.rpartition(" ")
        out.append(f"{book.label(theme)} ({polarity})")
    return ", ".join(out)


def teach(ws: Any, theme: str, polarity: str) -> None:
    """Save the previewed phrase (a button's callback)."""
    shown = st.session_state.pop(KEY_PREVIEW, None)
    if not shown:
        return
    try:
        saved = ws.teach(shown[0], theme, polarity)
    except DebriefError as exc:
        return _failed(pinned_note() or "", exc)
    last = st.session_state.get(KEY_LAST) or {}
    st.session_state[KEY_LAST] = {**last, "teach": None,
                                  "text": f"Debrief now reads '{saved}' as "
                                          f"{ws.codebook().label(theme)} {polarity}."}
    st.toast(f"Taught: '{md(saved)}' changed {plural(len(shown[3]), 'note')}.",
             icon=":material/school:")


# ---------------------------------------------------------------------- agreement


def kappa_words(kappa: float) -> str:
    """Cohen's kappa in words (Landis and Koch's bands).

    >>> kappa_words(0.72), kappa_words(-0.1)
    ('substantial', 'no better than chance')
    """
    bands = ((0.0, "no better than chance"), (0.2, "slight"), (0.4, "fair"),
             (0.6, "moderate"), (0.8, "substantial"))
    for upper, words in bands:
        if kappa <= upper:
            return words
    return "almost perfect"


def share(count: float, of: float) -> str:
    """'3 of 4' under 10, else '75% of 40' (small numbers stay counts).

    >>> share(3, 4), share(30, 40), share(0, 0)
    ('3 of 4', '75% of 40', '–')
    """
    if not of:
        return "–"
    if of < 10:
        return f"{int(count)} of {int(of)}"
    return f"{count / of:.0%} of {int(of)}"


def agreement_of(ws: Any) -> Any:
    """``ws.agreement()``, worked out again only when the corrections or the rows change
    (it takes half a second on 10,000 notes); None while nothing is corrected."""
    from ui.workspace import revisions

    key = (str(ws.path), *revisions(ws))
    memo = st.session_state.get(KEY_AGREEMENT)
    if memo is None or memo[0] != key:
        memo = (key, ws.agreement() if len(ws.corrections()) else None)
        st.session_state[KEY_AGREEMENT] = memo
    return memo[1]


def agreement_panel(ws: Any, book: Any) -> None:
    """How far the tagger agrees with what the person reviewed, in words."""
    result = agreement_of(ws)
    if result is None or not result.notes_reviewed:
        st.info("Review a note (every tag on it confirmed or corrected, or 'All tags right') "
                "to see here how often Debrief's tags are right: that tells you how far to "
                "trust the notes you have not reviewed.", icon=":material/balance:")
        return
    kappa = result.kappa
    if math.isnan(kappa):
        verdict = "not enough variety yet to measure agreement beyond chance"
    else:
        verdict = (f"{kappa_words(kappa)} agreement with you (Cohen's kappa {kappa:.2f}: 1 is "
                   "full agreement, 0 no better than chance)")
    st.markdown(f"On the {plural(result.notes_reviewed, 'note')} you reviewed, Debrief's tags "
                f"show {verdict}.")
    table = result.per_theme
    table = table[(table["tagged"] + table["missed"]) > 0]
    st.dataframe(pd.DataFrame({
        "Theme": table["theme"].map(book.label),
        "Tags Debrief gave": table["tagged"],
        "Right when it tags it": [share(k, t) for k, t in zip(table["kept"], table["tagged"],
                                                              strict=True)],
        "Found of those you see": [share(k, k + m) for k, m in zip(
            table["kept"], table["missed"], strict=True)],
    }), hide_index=True, width="stretch")
    st.caption("'Right when it tags it' is precision: of Debrief's tags on the notes you "
               "reviewed, how many you kept. 'Found' is recall: of the themes you say are "
               "there, how many Debrief had found.")


def taught_panel(ws: Any, book: Any) -> None:
    """The phrases taught in this workspace, each with Forget, and the TOML download."""
    taught = ws.taught()
    if taught.empty:
        st.caption("Nothing taught yet. After a correction, Debrief offers to read the same "
                   "words that way in every note.")
        return
    for row in taught.itertuples(index=False):
        with st.container(horizontal=True, vertical_alignment="center"):
            st.markdown(f"'{md(row.phrase)}' → {md(book.label(row.theme))} {row.polarity}")
            st.button("Forget", key=f"untaught:{row.phrase}", on_click=_untaught,
                      args=(ws, row.phrase))
    st.download_button("Download my phrases (TOML)", ws.overlay_toml(),
                       file_name="debrief-cues.toml", mime="application/toml",
                       icon=":material/download:", on_click="ignore")


def _untaught(ws: Any, phrase: str) -> None:
    try:
        ws.untaught(phrase)
    except DebriefError:
        pass
