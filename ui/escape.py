"""The one escaper for user text the app shows, and the quoting built on it.

Streamlit renders Markdown in messages, captions, labels, help texts, tabs, expanders, toasts
and metric labels. Text from a log (headers, cells, file, sheet and zip member names, and
the importer's sentences that quote them) goes through ``md`` before any of them, so a header
such as ``![p](http://host/p.png)`` is shown as those characters and never fetched.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.safe import escape_markdown
from analysis.schema import SOURCE_LABELS

# Beyond CommonMark: Streamlit's own Markdown reads ``$...$`` as LaTeX and ``:red[...]`` /
# ``:material/x:`` as directives, GitHub's autolinks turn ``user@host.org`` and ``http:``
# into links, and ``&name;`` is an HTML entity. analysis.safe escapes CommonMark's set.
_STREAMLIT_SPECIAL = re.compile(r"([$:&@])")


def md(value: object) -> str:
    """Escape user text so Streamlit's Markdown shows it literally (no link, image or markup).

    >>> md("![p](http://host/p.png)")
    '\\\\!\\\\[p\\\\]\\\\(http\\\\://host/p\\\\.png\\\\)'
    >>> md(None)
    ''
    """
    return _STREAMLIT_SPECIAL.sub(r"\\\1", escape_markdown(value))


def quote(text: object) -> str:
    """A feedback sentence as a Markdown block quote, escaped.

    >>> quote("*Great* work")
    '> \\\\*Great\\\\* work'
    """
    return "> " + md(text)


def quote_source(company: object, date: object, source: object) -> str:
    """'Acme · 12 Jan 2026 · Interviewer / employer', escaped for Markdown.

    >>> quote_source("Acme", pd.Timestamp("2026-01-12"), "recruiter")
    'Acme · 12 Jan 2026 · Recruiter / third party'
    """
    parts = []
    if isinstance(company, str) and company:
        parts.append(md(company))
    if date is not None and not pd.isna(date):
        parts.append(f"{pd.Timestamp(date):%d %b %Y}")
    if source is not None and not pd.isna(source):
        parts.append(md(SOURCE_LABELS.get(str(source), str(source))))
    return " · ".join(parts)


_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_ESCAPE_OR_DOLLAR = re.compile(r"(\\.)|(\$)")


def streamlit_safe(markdown: str) -> str:
    """Markdown written for files (user text escaped for CommonMark), safe for Streamlit too.

    Streamlit reads ``$...$`` as LaTeX; the writers' escapes leave ``$`` alone, so it is
    escaped here, outside code fences and without touching existing escapes.

    >>> streamlit_safe("Pay \\\\$5 or $6\\n```\\n$7\\n```")
    'Pay \\\\$5 or \\\\$6\\n```\\n$7\\n```'
    """
    lines, fenced = [], False
    for line in markdown.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            line = _ESCAPE_OR_DOLLAR.sub(lambda m: m.group(1) or "\\$", line)
        lines.append(line)
    return "\n".join(lines)
