"""Make user text safe to put in files other programs open (spreadsheets, HTML, Markdown)."""

from __future__ import annotations

import html
import re

import pandas as pd

# A spreadsheet treats a cell that starts with one of these as a formula (or DDE command).
FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: object) -> object:
    """Prefix text a spreadsheet would run as a formula with an apostrophe; leave the rest.

    >>> neutralise_formula('=HYPERLINK("http://x")')
    '\\'=HYPERLINK("http://x")'
    >>> neutralise_formula("Acme")
    'Acme'
    """
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def neutralise_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Return a copy whose text cells (and column names) are safe for CSV and spreadsheets."""
    out = df.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column].dtype):
            out[column] = out[column].map(neutralise_formula, na_action="ignore")
    out.columns = [neutralise_formula(str(c)) for c in out.columns]
    return out


def escape_html(value: object) -> str:
    """Escape text for HTML, quotes included; ``None``/NA become an empty string."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=True)


# Markdown (CommonMark + GitHub's extensions, as Streamlit and most notes apps read it) changes
# the meaning of text only in these places; everywhere else punctuation is shown as typed, so
# "job-specific (situation)." needs no backslash. Each pattern matches the one character whose
# escape defuses the construct.
_MD_ALWAYS = r"[`*~]"  # code spans, emphasis, strikethrough: any of them may pair up
_MD_INLINE = "|".join(
    (
        _MD_ALWAYS,
        r"\\(?=[!-/:-@\[-`{-~]|$)",  # a backslash that would escape (or break the line)
        r"(?<![^\W_])_|_(?![^\W_])",  # underscore emphasis (never inside a word)
        r"\](?=[(\[])",  # the end of a link or image text: [text](url), ![p](src)
        r"<(?=[A-Za-z/!?])",  # raw HTML and <autolinks>
        r"&(?=#?\w+;)",  # character references such as &lt; or &#60;
        r"(?<!\S)#(?=#*(?:\s|$))",  # ATX headings and their closing sequence
        r"(?<=[Hh][Tt][Tt][Pp]):(?=//)|(?<=[Hh][Tt][Tt][Pp][Ss]):(?=//)|(?<=[Ff][Tt][Pp]):(?=//)",
        r"(?<=\b[Ww][Ww][Ww])\.",  # GitHub's bare-URL autolinks
        r"@(?=[\w.-]+\.\w)",  # and bare e-mail addresses
    )
)
_MD_INLINE_RE = re.compile(_MD_INLINE)
_MD_TABLE_RE = re.compile(_MD_INLINE + r"|\|")
# At the start of a line a few more characters start a block: a quote, a list item or a list
# number ("1. " or "1) "), or a thematic break ("---").
_MD_LINE_START_RE = re.compile(r"^(\s*)(?:(>|[+\-](?=\s|$|-))|(\d{1,9})([.)])(?=\s|$))")


def _escape_line_start(text: str) -> str:
    def escape(match: re.Match[str]) -> str:
        if match.group(2):
            return f"{match.group(1)}\\{match.group(2)}"
        return f"{match.group(1)}{match.group(3)}\\{match.group(4)}"

    return _MD_LINE_START_RE.sub(escape, text, count=1)


def escape_markdown(value: object, *, table: bool = False) -> str:
    r"""Escape text so Markdown shows it as typed: no link, image, emphasis, HTML or heading.

    Only characters Markdown would read as markup are escaped; newlines become spaces (one
    line stays one line); with ``table=True`` pipes are escaped too, for a table cell.

    >>> escape_markdown("Build job-specific stories (situation, action, result).")
    'Build job-specific stories (situation, action, result).'
    >>> print(escape_markdown("![p](http://host/p.png) *bold* <b> # no"))
    ![p\](http\://host/p.png) \*bold\* \<b> \# no
    >>> print(escape_markdown("1. a | b", table=True))
    1\. a \| b
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    # One line stays one line; edge spaces would make code blocks or hard line breaks.
    text = str(value).replace("\r", " ").replace("\n", " ").strip()
    pattern = _MD_TABLE_RE if table else _MD_INLINE_RE
    return _escape_line_start(pattern.sub(lambda m: "\\" + m.group(0), text))
