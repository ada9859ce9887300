"""Draft polite feedback-request letters for the summary's follow-up list.

Each letter is written from the templates in the codebook (``letters.toml``), in the user's
voice, with [placeholders] where the log lacks a name or a date. The Markdown puts each letter
body in a fenced block: the text stays exactly as it will be sent (user text is not escaped
there, and no markup in it can render), ready to copy into an email and edit first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from string import Formatter

import pandas as pd

from analysis.codebook import Codebook, load_codebook
from analysis.errors import DebriefError
from analysis.safe import escape_markdown
from analysis.summary import Summary, format_date

PARAGRAPHS: tuple[str, ...] = ("greeting", "thanks", "growth", "request", "no_pressure",
                               "closing")
PLACEHOLDERS: tuple[str, ...] = ("interviewer", "company", "role", "date", "sender")
# Used when a user's letters.toml leaves a key out.
FALLBACKS: dict[str, str] = {
    "unknown_interviewer": "[Interviewer name]",
    "unknown_sender": "[Your name]",
    "unknown_role": "[role]",
    "unknown_company": "[company]",
    "unknown_date": "[interview date]",
    "sign_off": "Kind regards,",
    "signature": "{sender}",
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


def _due_text(due: object, overdue: object, days: object) -> str:
    if due is None or pd.isna(due):
        return "as soon as you can"
    when = format_date(pd.Timestamp(due).date())
    if not pd.isna(overdue) and bool(overdue):
        return f"{when} (overdue by {-int(days)} days)"
    return f"{when} (today)" if int(days) == 0 else f"{when} (in {int(days)} days)"


def compose_letters(
    summary: Summary, codebook: Codebook | None = None, *, sender_name: str | None = None
) -> list[Letter]:
    """One letter per follow-up, soonest due first (the app can show them one by one)."""
    spec = _templates(codebook or load_codebook())
    sender = _plain(sender_name, spec["unknown_sender"])
    letters = []
    frame = summary.follow_ups
    for company, role, person, rejected, due, overdue, days in zip(
        frame["company"], frame["role"], frame["interviewer"], frame["rejected_on"],
        frame["request_due"], frame["overdue"], frame["days_until_due"], strict=True,
    ):
        values = {
            "interviewer": _plain(person, spec["unknown_interviewer"]),
            "company": _plain(company, spec["unknown_company"]),
            "role": _plain(role, spec["unknown_role"]),
            "date": format_date(None if pd.isna(rejected) else rejected.date())
            or spec["unknown_date"],
            "sender": sender,
        }
        paragraphs = [fill_template(spec.get(key, ""), values) for key in PARAGRAPHS]
        sign = "\n".join(
            line
            for line in (fill_template(spec["sign_off"], values),
                         fill_template(spec["signature"], values))
            if line
        )
        body = "\n\n".join(p for p in [*paragraphs, sign] if p.strip())
        letters.append(
            Letter(
                company=values["company"],
                role=values["role"],
                to=values["interviewer"],
                subject=fill_template(spec.get("subject", ""), values),
                body=body,
                due=_due_text(due, overdue, days),
            )
        )
    return letters


def _fence(text: str) -> str:
    """A backtick fence longer than any backtick run in ``text``, so text cannot close it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def letter_markdown(number: int, letter: Letter) -> str:
    """One letter as a Markdown section: escaped heading and details, plain fenced body."""
    text = (f"Subject: {letter.subject}\n\n" if letter.subject else "") + letter.body
    fence = _fence(text)
    return "\n".join(
        [
            f"## {number}\\. {escape_markdown(letter.company)}: {escape_markdown(letter.role)}",
            "",
            f"- To: {escape_markdown(letter.to)}",
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
    parts = ["# Feedback-request letters", "", INTRO if letters else NOTHING_TO_ASK]
    for number, letter in enumerate(letters, start=1):
        parts += ["", letter_markdown(number, letter)]
    return "\n".join(parts) + "\n"
