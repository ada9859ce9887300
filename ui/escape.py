"""The one escaper for user text the app shows, and the quoting built on it.

Streamlit renders Markdown in messages, captions, labels, help texts, tabs, expanders, toasts
and metric labels. Text from a log (headers, cells, file, sheet and zip member names, and
the importer's sentences that quote them) goes through ``md`` before any of them, so a header
such as ``![p](http://host/p.png)`` is shown as those characters and never fetched.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.schema import SOURCE_LABELS

# The app cannot know which of Streamlit's Markdown extensions a string would meet (``$...$``
# LaTeX, ``:red[...]`` directives, ``&name;`` entities, tables), so unlike the exported
# documents (analysis.export.safe, which escapes only what would change the meaning) it escapes
# every ASCII punctuation mark that any of them gives a meaning (CommonMark shows an escaped
# mark as itself). Line breaks are folded, because a message is one paragraph.
_PUNCTUATION = re.compile(r"([!#$&()*+\-.:<=>@\[\\\]^_`{|}~])")
# Some syntax is found in the text *after* escapes are read, so no backslash stops it: GitHub's
# bare links (http://..., www...., name@host.org) and Streamlit's :material/icon: names. A word
# joiner (U+2060, invisible and zero-width) between their first two parts does.
WORD_JOINER = "\u2060"
# (Backslashes are allowed in between, for Markdown whose punctuation is already escaped.)
_TEXT_LEVEL = re.compile(r"(?i)https?(?=\\?:)|www(?=\\?\.)|(?=@)|(?<=:)(?=material/)")


def unlink(text: str) -> str:
    """Put a word joiner inside bare links and icon names, which escapes cannot stop.

    >>> unlink("see www.acme.org") == "see www\u2060.acme.org"
    True
    """
    return _TEXT_LEVEL.sub(lambda m: m.group(0) + WORD_JOINER, text)


def md(value: object) -> str:
    """Escape user text so Streamlit's Markdown shows it literally (no link, image or markup).

    >>> md("![p](http://host/p.png)")
    '\\\\!\\\\[p\\\\]\\\\(http\\u2060\\\\://host/p\\\\.png\\\\)'
    >>> md("**Acme** & co"), md(None)
    ('\\\\*\\\\*Acme\\\\*\\\\* \\\\& co', '')
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    text = unlink(str(value)).replace("\r", " ").replace("\n", " ")
    return _PUNCTUATION.sub(r"\\\1", text)


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

    Streamlit reads ``$...$`` as LaTeX and finds bare links and icon names after escapes are
    read; the writers' escapes leave those alone, so they are handled here, outside code
    fences and without touching existing escapes.

    >>> streamlit_safe("Pay \\\\$5 or $6\\n```\\n$7\\n```")
    'Pay \\\\$5 or \\\\$6\\n```\\n$7\\n```'
    """
    lines, fenced = [], False
    for line in markdown.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            line = _ESCAPE_OR_DOLLAR.sub(lambda m: m.group(1) or "\\$", unlink(line))
        lines.append(line)
    return "\n".join(lines)
