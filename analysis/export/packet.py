"""The adviser packet: one HTML file a user chooses to share with a coach or careers adviser.

It holds the summary (with its charts), every evidence sentence and the feedback-request
drafts, under a notice that says exactly what is inside and what is left out, so the user
knows what they are sharing before they send it. Like the report it opens offline, runs no
script and escapes all user text.
"""

from __future__ import annotations

import pandas as pd

from analysis.export import ExportInput
from analysis.export.html import _h, chart_html, html_table, page, summary_sections
from analysis.export.letters import Letter, compose_letters
from analysis.export.sheets import evidence_frame
from analysis.export.wording import FOOTER
from analysis.present import format_date, plural

TITLE = "Interview feedback: packet for my adviser"
EVIDENCE_HEADERS = ("Date", "Company", "Role", "Stage", "Theme", "Strength or improvement",
                    "Evidence", "Feedback from")
LEFT_OUT = (
    "It does not contain your full log, your own columns (such as salary or private notes), "
    "feedback no theme was found in, or how the file was imported."
)


def notice(evidence: int, letters: int, companies: int) -> str:
    """What the packet contains, in one paragraph (numbers only, no user text).

    >>> notice(12, 2, 5)[:60]
    'This packet contains: your feedback summary (headline number'
    """
    return (
        "This packet contains: your feedback summary (headline numbers, recurring issues, "
        "strengths and action plan); "
        f"{plural(evidence, 'evidence sentence')} from your feedback, with the company, role "
        f"and date each came from ({plural(companies, 'company', 'companies')}); and "
        f"{plural(letters, 'draft feedback-request letter')}, with interviewers' names where "
        f"your log has them. {LEFT_OUT} Share it only with someone you trust."
    )


def evidence_html(evidence: pd.DataFrame) -> str:
    """Every evidence sentence, oldest first, as a table."""
    if evidence.empty:
        return '<p class="muted">No evidence sentences yet.</p>'
    rows = [
        [_h(format_date(None if pd.isna(r.date) else pd.Timestamp(r.date).date())),
         _h(r.company), _h(r.role), _h(r.stage), _h(r.theme), _h(r.polarity), _h(r.evidence),
         _h(r.source)]
        for r in evidence.itertuples(index=False)
    ]
    return html_table(EVIDENCE_HEADERS, rows)


def letters_html(letters: list[Letter]) -> str:
    """The drafts, each as plain text exactly as it would be sent."""
    if not letters:
        return '<p class="muted">No letters to draft.</p>'
    parts = []
    for n, letter in enumerate(letters, start=1):
        details = " · ".join(_h(p) for p in (letter.stage, letter.interview_date, letter.due) if p)
        body = letter.text
        parts.append(
            f"<h3>{n}. {_h(letter.company)}: {_h(letter.role)}</h3>"
            f'<p class="muted">To {_h(letter.to)} · {details}</p><pre>{_h(body)}</pre>'
        )
    return "".join(parts)


def packet_html(data: ExportInput) -> str:
    """The whole packet as one self-contained HTML page."""
    evidence = evidence_frame(data.table, data.mentions, data.codebook)
    letters = compose_letters(data.summary, data.codebook, sender_name=data.sender_name)
    companies = evidence["company"].dropna().nunique() if len(evidence) else 0
    charts = chart_html(data.summary, data.table, data.codebook)
    body = (
        f'<p class="notice" id="contents">{_h(notice(len(evidence), len(letters), companies))}'
        "</p>"
        + summary_sections(data.summary, charts)
        + f'<section id="evidence"><h2>Evidence</h2>{evidence_html(evidence)}</section>'
        + f'<section id="letters"><h2>Draft letters</h2>{letters_html(letters)}</section>'
        + f"<footer>{_h(FOOTER)}</footer>\n"
    )
    return page(TITLE, body)


def write(data: ExportInput) -> str:
    """The registry's entry point (see ``analysis.export.FORMATS``)."""
    return packet_html(data)
