"""The Review page's list: every tagged sentence, why it was tagged, and what the person says.

Notes are listed newest first, a page at a time (``PAGE_SIZE``), so a 10,000-note workspace
draws as fast as a small one: only the notes on the page get widgets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

import pandas as pd
import streamlit as st

from analysis.schema import SOURCE_LABELS, STAGE_LABELS
from ui import corrections
from ui.escape import md

PAGE_SIZE = 10
KEY_THEME, KEY_POLARITY, KEY_UNREVIEWED = "review_theme", "review_polarity", "review_unreviewed"
KEY_PAGE, KEY_PAGE_FOR = "review_page", "_debrief_review_page_for"
ALL_THEMES, NO_THEME = "", "__none__"
STATUS_WORDS = {
    "unreviewed": "Not reviewed yet",
    "confirmed": "You confirmed this",
    "flipped": "You changed its kind",
    "added": "You added this",
    "removed": "You removed this",
}
_CUE_SPACE = re.compile(r"\s+")
HIGHLIGHT = ":orange-background[{}]"


def cue_pattern(cues: Iterable[str]) -> re.Pattern[str] | None:
    """A regex finding each cue as whole words (a cue's last word may carry an ending).

    >>> cue_pattern(["hard to follow"]).search("It was Hard  to follow.").group(0)
    'Hard  to follow'
    """
    parts = [r"\s+".join(map(re.escape, _CUE_SPACE.split(c.strip())))
             for c in cues if isinstance(c, str) and c.strip()]
    if not parts:
        return None
    parts.sort(key=len, reverse=True)  # the longest cue wins where two start together
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")\w*", re.IGNORECASE)


def highlight(text: object, cues: Iterable[str]) -> str:
    """The sentence as Markdown: escaped first, then the cue words that tagged it marked.

    >>> highlight("Your *answers* rambled.", ["rambled"])
    'Your \\\\*answers\\\\* :orange-background[rambled]\\\\.'
    >>> highlight("Great enthusiasm!", ["great", "enthusiasm"])
    ':orange-background[Great enthusiasm]\\\\!'
    """
    raw = "" if text is None or (not isinstance(text, str) and pd.isna(text)) else str(text)
    pattern = cue_pattern(cues or ())
    if pattern is None:
        return md(raw)
    spans: list[list[int]] = []
    for match in pattern.finditer(raw):
        if spans and not raw[spans[-1][1]:match.start()].strip():
            spans[-1][1] = match.end()  # cues side by side read as one marked phrase
        else:
            spans.append([match.start(), match.end()])
    out, last = [], 0
    for start, end in spans:
        # Each piece is escaped on its own; a cue holds only letters, digits and spaces.
        out += [md(raw[last:start]), HIGHLIGHT.format(md(raw[start:end]))]
        last = end
    return "".join([*out, md(raw[last:])])


@cache
def _splitter() -> Any:
    from analysis.text import build_sentence_splitter

    return build_sentence_splitter()


def sentences(text: object) -> list[str]:
    """The sentences of a note (what "add a theme it missed" offers as evidence).

    >>> sentences("Good SQL. Too long, e.g. the intro.\\nNice.")
    ['Good SQL.', 'Too long, e.g. the intro.', 'Nice.']
    """
    from analysis.text import sentence_spans

    if not isinstance(text, str) or not text.strip():
        return []
    return [text[a:b].strip() for a, b in sentence_spans(text, _splitter()) if text[a:b].strip()]


def note_header(note: pd.Series) -> str:
    """'**Acme** · Data Analyst · First round · 12 Jan 2026 · Interviewer / employer'."""
    parts = [f"**{md(note['company'])}**" if isinstance(note["company"], str) else "**?**"]
    if isinstance(note.get("role"), str) and note["role"]:
        parts.append(md(note["role"]))
    if isinstance(note.get("stage"), str):
        parts.append(STAGE_LABELS.get(note["stage"], md(note["stage"])))
    if not pd.isna(note.get("event_date")):
        when = pd.Timestamp(note["event_date"])
        parts.append(f"{when.day} {when:%b %Y}")
    source = note.get("feedback_source")
    if isinstance(source, str):
        parts.append(f"said by {md(SOURCE_LABELS.get(source, source))}")
    return " · ".join(parts)


def polarity_badge(polarity: str) -> str:
    """A coloured word for the kind of mention."""
    return (":green-badge[Strength]" if polarity == "strength"
            else ":orange-badge[Improvement]")


# ---------------------------------------------------------------------- which notes


def filter_controls(book: Any, themes: Sequence[str]) -> tuple[str, str | None, bool]:
    """The page's own filters: theme, kind and "not yet reviewed"."""
    left, middle, right = st.columns([2, 2, 2], vertical_alignment="bottom")
    options = [ALL_THEMES, *themes, NO_THEME]
    names = {ALL_THEMES: "All themes", NO_THEME: "No theme found"}
    theme = left.selectbox("Theme", options, key=KEY_THEME,
                           format_func=lambda t: names.get(t) or book.label(t))
    polarity = middle.segmented_control(
        "Kind", ["strength", "improvement"], key=KEY_POLARITY, selection_mode="single",
        format_func=lambda p: "Strengths" if p == "strength" else "Improvements")
    unreviewed = right.toggle("Only notes not reviewed yet", key=KEY_UNREVIEWED)
    return theme or ALL_THEMES, polarity, unreviewed


def pick_notes(found: pd.DataFrame, untagged: pd.DataFrame, theme: str, polarity: str | None,
               unreviewed: bool, pinned: str | None) -> list[str]:
    """Ids of the notes the filters keep, newest first (``pinned`` kept: it was just changed)."""
    keep = pd.Series(True, index=found.index)
    if theme not in (ALL_THEMES, NO_THEME):
        keep &= found["theme"] == theme
    if polarity:
        keep &= found["polarity"] == polarity
    if unreviewed:
        keep &= ~found["reviewed"]
    tagged = found[keep] if theme != NO_THEME else found.iloc[0:0]
    columns = ["note_id", "event_date", "company"]
    parts = [tagged[columns]]
    if theme in (ALL_THEMES, NO_THEME) and not polarity:
        parts.append(untagged[columns])
    notes = pd.concat(parts, ignore_index=True).drop_duplicates("note_id")
    notes = notes.sort_values(["event_date", "company"], ascending=[False, True],
                              na_position="last", kind="stable")
    ids = notes["note_id"].tolist()
    if pinned and pinned not in ids and pinned in set(found["note_id"]) | set(
            untagged["note_id"]):
        ids.insert(0, pinned)
    return ids


def pager(total: int, filters: tuple) -> slice:
    """Previous / next for the list; back to the first page when the filters change."""
    pages = max(1, -(-total // PAGE_SIZE))
    if st.session_state.get(KEY_PAGE_FOR) != filters:
        st.session_state[KEY_PAGE_FOR] = filters
        st.session_state[KEY_PAGE] = 1
    page = min(max(1, int(st.session_state.get(KEY_PAGE, 1))), pages)
    st.session_state[KEY_PAGE] = page
    start = (page - 1) * PAGE_SIZE
    with st.container(horizontal=True, vertical_alignment="center"):
        st.button("Previous", key="review_prev", icon=":material/chevron_left:",
                  disabled=page == 1, on_click=_turn, args=(-1,))
        shown = f"{start + 1:,}–{min(total, start + PAGE_SIZE):,} of " if pages > 1 else ""
        st.caption(f"Notes {shown}{total:,}" + (f" · page {page:,} of {pages:,}"
                                                 if pages > 1 else ""))
        st.button("Next", key="review_next", icon=":material/chevron_right:",
                  disabled=page == pages, on_click=_turn, args=(1,))
    return slice(start, start + PAGE_SIZE)


def _turn(step: int) -> None:
    st.session_state[KEY_PAGE] = int(st.session_state.get(KEY_PAGE, 1)) + step


# ---------------------------------------------------------------------- one note


def note_card(ws: Any, book: Any, note: pd.Series, found: pd.DataFrame) -> None:
    """One note: who said it and when, each tagged sentence with its buttons, and an add."""
    note_id = str(note["note_id"])
    with st.container(border=True, key=f"note_{note_id}"):
        st.markdown(note_header(note))
        mine = found.drop_duplicates(["theme", "polarity"])
        if mine.empty:
            st.caption("Debrief found no theme in this note.")
        for mention in mine.itertuples(index=False):
            mention_row(ws, book, note_id, mention)
        evidence = set(mine["evidence"].astype(str))
        if not isinstance(note["feedback"], str) or note["feedback"] not in evidence:
            st.caption(f"Whole note: {md(note['feedback'])}")
        with st.container(horizontal=True):
            add_popover(ws, book, note_id, note["feedback"])
            if (mine["status"] == "unreviewed").any():
                st.button("All tags right", key=f"rv_all_{note_id}", icon=":material/done_all:",
                          help="Confirm every tag of this note you have not reviewed yet.",
                          on_click=corrections.confirm_all, args=(ws, note_id))
        corrections.after_action(ws, book, note_id)


def mention_row(ws: Any, book: Any, note_id: str, mention: Any) -> None:
    """A tagged sentence with its theme, kind, cue words, status and the correcting buttons."""
    theme, polarity, status = str(mention.theme), str(mention.polarity), str(mention.status)
    text = highlight(mention.evidence, mention.cues or ())
    struck = f"~~{text}~~" if status == "removed" else text
    st.markdown(f"{polarity_badge(polarity)} **{md(book.label(theme))}**: {struck}")
    cues = ", ".join(f"'{md(c)}'" for c in (mention.cues or ()))
    why = f"Tagged for the words {cues}." if cues else "Tagged by you."
    st.caption(f"{STATUS_WORDS.get(status, status)}. {why}")
    key = f"{note_id}:{theme}:{polarity}"
    args = (ws, note_id, theme, polarity)
    with st.container(horizontal=True):
        if status == "removed":
            st.button("Put it back", key=f"rv_back:{key}", icon=":material/undo:",
                      on_click=corrections.act, args=(*args, "confirm"))
            return
        if status not in ("confirmed", "added"):
            st.button("Right", key=f"rv_ok:{key}", icon=":material/check:",
                      on_click=corrections.act, args=(*args, "confirm"))
        st.button("Not there", key=f"rv_rm:{key}", icon=":material/close:",
                  on_click=corrections.act, args=(*args, "remove"))
        other = "an improvement" if polarity == "strength" else "a strength"
        st.button(f"Make it {other}", key=f"rv_flip:{key}", icon=":material/swap_horiz:",
                  on_click=corrections.act, args=(*args, "flip"))
        with st.popover("Other theme", icon=":material/label:"):
            choices = [t for t in book.theme_ids if t != theme]
            st.selectbox("Move to", choices, key=f"rv_to:{key}", format_func=book.label)
            st.button("Move it", key=f"rv_move:{key}", on_click=corrections.move,
                      args=(*args, f"rv_to:{key}"))


def add_popover(ws: Any, book: Any, note_id: str, feedback: object) -> None:
    """Add a theme the tagger missed, with one sentence of the note as its evidence."""
    with st.popover("Add a theme it missed", icon=":material/add:"):
        options = sentences(feedback) or [str(feedback)]
        st.selectbox("Sentence", options, key=f"rv_add_s:{note_id}")
        st.selectbox("Theme", list(book.theme_ids), key=f"rv_add_t:{note_id}",
                     format_func=book.label)
        st.radio("Kind", ["improvement", "strength"], key=f"rv_add_p:{note_id}",
                 horizontal=True, format_func=str.capitalize)
        st.button("Add it", key=f"rv_add:{note_id}", type="primary",
                  on_click=corrections.add, args=(ws, note_id))
