"""Escaping user text for Markdown: shown exactly as typed, in every place the exports put it."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.export.safe import escape_markdown

# Markdown's special characters, the letters of "http", "www" and an e-mail, and some others.
MARKUP = st.text(
    alphabet=st.sampled_from(list("ab é1.-_*~`[]()<>!#&;|\\:/@wWhtpsx=+'\"{}^$%\t")), max_size=30
)
CONTEXTS = ("paragraph", "after text", "list item", "heading", "table cell")


def _shown(text: str) -> str:
    """``text`` as a Markdown renderer's HTML shows it (its own escaping of & < > ")."""
    return html.escape(text.strip(), quote=False).replace('"', "&quot;")


def _render_in(context: str, escaped: str, render) -> str:
    """The HTML text of ``escaped`` placed in ``context``, or the whole output if unmatched."""
    source = {
        "paragraph": escaped,
        "after text": "x " + escaped,
        "list item": "- " + escaped,
        "heading": "## 1. " + escaped,
        "table cell": "| h |\n|---|\n| " + escaped + " |",
    }[context]
    out = render(source)
    pattern = {
        "paragraph": r"^<p>(.*)</p>$",
        "after text": r"^<p>x (.*)</p>$",
        "list item": r"^<ul>\n<li>(.*)</li>\n</ul>$",
        "heading": r"^<h2>1\. (.*)</h2>$",
        "table cell": r"<td>(.*)</td>",
    }[context]
    match = re.search(pattern, out.strip(), re.S)
    return match.group(1) if match else out


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(MARKUP, st.sampled_from(CONTEXTS))
def test_any_text_renders_as_typed(render_markdown, text, context):
    if not text.strip():
        return
    escaped = escape_markdown(" ".join(text.split()), table=context == "table cell")
    assert _render_in(context, escaped, render_markdown) == _shown(" ".join(text.split()))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Build job-specific stories (situation, action, result).",
         "Build job-specific stories (situation, action, result)."),
        ("Prepare 5 examples; e.g. STAR.", "Prepare 5 examples; e.g. STAR."),
        ("snake_case and C# are fine", "snake_case and C# are fine"),
        ("![p](http://host/p.png)", "![p\\](http\\://host/p.png)"),
        ("<img src=x>", "\\<img src=x>"),
        ("*bold* _it_ ~no~ `code`", "\\*bold\\* \\_it\\_ \\~no\\~ \\`code\\`"),
        ("# heading", "\\# heading"),
        ("1. first", "1\\. first"),
        ("> quote", "\\> quote"),
        ("- item", "\\- item"),
        ("mail jo@acme.com or www.acme.com", "mail jo\\@acme.com or www\\.acme.com"),
        ("&lt;b&gt;", "\\&lt;b\\&gt;"),
        ("two\nlines", "two lines"),
    ],
)
def test_only_markup_is_escaped(text, expected):
    assert escape_markdown(text) == expected


def test_hostile_text_renders_inert(render_markdown):
    hostile = "![p](http://host/p.png) [x](javascript:alert(1)) <script>alert(1)</script> **b**"
    rendered = render_markdown(escape_markdown(hostile))
    assert not re.search(r"<(img|a|script|strong|em)\b", rendered)
    assert rendered.strip() == "<p>" + _shown(hostile) + "</p>"
