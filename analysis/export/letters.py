"""Draft polite feedback-request letters for the summary's follow-up list.

Each letter is written from the templates in the codebook (``letters.toml``), in the user's
voice, with [placeholders] where the log lacks a name or a date. The Markdown puts each letter
body in a fenced block: the text stays exactly as it will be sent (user text is not escaped
there, and no markup in it can render), ready to copy into an email and edit first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from string import Formatter
from typing import Any

import pandas as pd

from analysis.codebook import Codebook, load_codebook
from analysis.errors import DebriefError
from analysis.export import ExportInput
from analysis.export.safe import escape_markdown
from analysis.export.wording import due_text
from analysis.present import format_date, plural
from analysis.schema import STAGE_LABELS
from analysis.summary import TOO_LATE_DAYS, Summary

PARAGRAPHS: tuple[str, ...] = ("greeting", "thanks", "growth", "request", "own_notes",
                               "unconfirmed", "no_pressure", "closing")
# Paragraphs written only when the placeholder they need has something to say.
ONLY_WITH: dict[str, str] = {"own_notes": "concerns", "unconfirmed": "topics"}
PLACEHOLDERS: tuple[str, ...] = ("interviewer", "company", "role", "stage", "date", "sender",
                                 "concerns", "topics")
MAX_TOPICS = 2  # unconfirmed themes a letter asks about: a request stays short
# Used when a user's letters.toml leaves a key out.
FALLBACKS: dict[str, str] = {
    "unknown_interviewer": "[Interviewer name]",
    "unknown_sender": "[Your name]",
    "unknown_role": "[role]",
    "unknown_company": "[company]",
    "unknown_date": "[interview date]",
    "unknown_stage": "interview",
    "sign_off": "Kind regards,",
    "signature": "{sender}",
    "own_notes": "In my own notes after the interview I felt {concerns}; did you see that too?",
    "unconfirmed": "One thing I am working on is {topics}; if you noticed anything there, I "
    "would be glad to hear it.",
}
INTRO = (
    "Drafts written by Debrief from your log. Edit each one before you send it: check the "
    "name, add one detail you remember from the interview, and send it from your own email "
    "about two weeks after the rejection."
)
NOTHING_TO_ASK = (
    "No letters to draft: every rejection after an interview came with specific feedback."
)


@dataclass(frozen=True)
class Letter:
    """One drafted letter and what it is about."""

    company: str
    role: str
    to: str
    subject: str
    body: str
    due: str
    stage: str = ""
    interview_date: str = ""
    application_id: str = ""

    @property
    def text(self) -> str:
        """The draft as it would be sent: the subject line, then the body."""
        return (f"Subject: {self.subject}\n\n" if self.subject else "") + self.body


class _KeepUnknown(dict):
    """format_map values: a placeholder the log cannot fill stays visible as {name}."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill_template(template: str, values: Mapping[str, str]) -> str:
    """Fill {placeholders} by name; unknown names stay as typed, nothing else is evaluated.

    >>> fill_template("Dear {interviewer}, {other}", {"interviewer": "Sam"})
    'Dear Sam, {other}'
    """
    try:
        fields = [name for _, name, _, _ in Formatter().parse(template) if name is not None]
    except ValueError:
        raise DebriefError(
            f"The letter template {template!r} in letters.toml has an unmatched brace; "
            "write {{ or }} for a literal brace."
        ) from None
    for name in fields:
        # Only plain names: "{company.__class__}" or "{0}" would reach into Python objects.
        if not name.isidentifier():
            raise DebriefError(
                f"The letter template {template!r} in letters.toml uses {{{name}}}; "
                f"use only {', '.join('{' + p + '}' for p in PLACEHOLDERS)}."
            )
    return template.format_map(_KeepUnknown(values))


def _plain(value: object, fallback: str) -> str:
    """User text on one line (letters are plain text), or the placeholder when missing."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return fallback
    text = " ".join(str(value).split())
    return text or fallback


def _templates(codebook: Codebook) -> dict[str, str]:
    spec = {**FALLBACKS, **codebook.letters.get("letter", {})}
    return {key: str(value) for key, value in spec.items()}


def stage_phrase(codebook_letters: Mapping[str, object], stage: object, fallback: str) -> str:
    """How a letter names the stage, e.g. 'first-round interview' (from letters.toml)."""
    phrases = codebook_letters.get("stages", {})
    ids = {label: stage_id for stage_id, label in STAGE_LABELS.items()}
    if stage is None or pd.isna(stage):
        return fallback
    key = ids.get(str(stage), str(stage))
    return str(phrases.get(key, fallback)) if isinstance(phrases, Mapping) else fallback


def join_words(words: list[str]) -> str:
    """Words as a phrase: 'a', 'a and b', 'a, b and c'.

    >>> join_words(["a"]), join_words(["a", "b", "c"])
    ('a', 'a, b and c')
    """
    return " and ".join([", ".join(words[:-1]), words[-1]]) if len(words) > 1 else "".join(words)


def theme_words(themes: Sequence[str], table: str, codebook: Codebook) -> str:
    """Themes worded as letters.toml's [concerns] or [topics] say (else their labels)."""
    phrases = codebook.letters.get(table, {})
    phrases = phrases if isinstance(phrases, Mapping) else {}
    return join_words([str(phrases.get(t) or codebook.label(t).lower()) for t in themes])


def questions(follow_up: Any, unconfirmed: Sequence[str], codebook: Codebook) -> dict[str, str]:
    """{concerns} from this application's own notes; {topics}: other unconfirmed themes."""
    own = tuple(getattr(follow_up, "own_notes", ()) or ())
    topics = [t for t in unconfirmed if t not in own][:MAX_TOPICS]
    return {"concerns": theme_words(own, "concerns", codebook),
            "topics": theme_words(topics, "topics", codebook)}


def letter_values(follow_up: Any, spec: Mapping[str, str], sender: str,
                  stages: Mapping[str, object]) -> dict[str, str]:
    """The placeholders of one follow-up's letter, with the codebook's fallbacks."""
    rejected = follow_up.rejected_on
    return {
        "interviewer": _plain(follow_up.interviewer, spec["unknown_interviewer"]),
        "company": _plain(follow_up.company, spec["unknown_company"]),
        "role": _plain(follow_up.role, spec["unknown_role"]),
        "stage": stage_phrase(stages, follow_up.stage, spec["unknown_stage"]),
        "date": format_date(None if pd.isna(rejected) else rejected.date())
        or spec["unknown_date"],
        "sender": sender,
    }


def write_letter(follow_up: Any, values: Mapping[str, str], spec: Mapping[str, str]) -> Letter:
    """One letter from its placeholders and the templates."""
    wanted = [k for k in PARAGRAPHS if k not in ONLY_WITH or values.get(ONLY_WITH[k])]
    paragraphs = [fill_template(spec.get(key, ""), values) for key in wanted]
    sign = "\n".join(
        line
        for line in (fill_template(spec["sign_off"], values),
                     fill_template(spec["signature"], values))
        if line
    )
    stage = follow_up.stage
    return Letter(
        company=values["company"],
        role=values["role"],
        to=values["interviewer"],
        subject=fill_template(spec.get("subject", ""), values),
        body="\n\n".join(p for p in [*paragraphs, sign] if p.strip()),
        due=due_text(follow_up.request_due, follow_up.overdue, follow_up.days_until_due),
        stage="" if stage is None or pd.isna(stage) else str(stage),
        interview_date=values["date"],
        application_id=_plain(getattr(follow_up, "application_id", None), ""),
    )


def still_to_ask(summary: Summary) -> pd.DataFrame:
    """The follow-ups it is not too late to ask about (rejections in the last 90 days)."""
    frame = summary.follow_ups
    return frame[~frame["too_late"].fillna(False).astype(bool)]


def compose_letters(
    summary: Summary, codebook: Codebook | None = None, *, sender_name: str | None = None
) -> list[Letter]:
    """One letter per follow-up still worth asking, soonest due first (the app shows them)."""
    book = codebook or load_codebook()
    spec = _templates(book)
    sender = _plain(sender_name, spec["unknown_sender"])
    return [
        write_letter(f, {**letter_values(f, spec, sender, book.letters),
                         **questions(f, summary.unconfirmed, book)}, spec)
        for f in still_to_ask(summary).itertuples(index=False)
    ]


def draft_letter(summary: Summary, application_id: str, codebook: Codebook | None = None, *,
                 sender_name: str | None = None) -> str:
    """The draft for one application's feedback request, as plain text to preview and edit."""
    frame = summary.follow_ups
    if not (frame["application_id"] == application_id).fillna(False).any():
        raise DebriefError("That application has no feedback request to draft: only rejections "
                           "after an interview without specific feedback get one.")
    for letter in compose_letters(summary, codebook, sender_name=sender_name):
        if letter.application_id == application_id:
            return letter.text
    raise DebriefError(f"That rejection is more than {TOO_LATE_DAYS} days old: too late to ask "
                       "for feedback, so no letter is drafted.")


def _fence(text: str) -> str:
    """A backtick fence longer than any backtick run in ``text``, so text cannot close it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def letter_markdown(number: int, letter: Letter) -> str:
    """One letter as a Markdown section: escaped heading and details, plain fenced body."""
    text = letter.text
    fence = _fence(text)
    return "\n".join(
        [
            f"## {number}. {escape_markdown(letter.company)}: {escape_markdown(letter.role)}",
            "",
            f"- To: {escape_markdown(letter.to)}",
            f"- Stage: {escape_markdown(letter.stage or 'unknown')}",
            f"- Interview date: {escape_markdown(letter.interview_date)}",
            f"- Send by: {escape_markdown(letter.due)}",
            "",
            f"{fence}text",
            text,
            fence,
        ]
    )


def draft_letters(
    summary: Summary, codebook: Codebook | None = None, *, sender_name: str | None = None
) -> str:
    """All feedback-request letters as Markdown, one section per letter."""
    letters = compose_letters(summary, codebook, sender_name=sender_name)
    parts = ["# Feedback-request letters", ""]
    parts += [f"**{escape_markdown(note)}**\n" for note in filter(None, [summary.filter_note])]
    late = int(summary.follow_ups["too_late"].fillna(False).sum())
    parts.append(INTRO if letters else NOTHING_TO_ASK if not late else "No letters to draft.")
    if late:
        parts += ["", f"{plural(late, 'rejection')} more than {TOO_LATE_DAYS} days old: too "
                  "late to ask for feedback, so no letter is drafted."]
    for number, letter in enumerate(letters, start=1):
        parts += ["", letter_markdown(number, letter)]
    return "\n".join(parts) + "\n"


def write(data: ExportInput) -> str:
    """The registry's entry point (see ``analysis.export.FORMATS``)."""
    return draft_letters(data.summary, data.codebook, sender_name=data.sender_name)
