"""The HTML and Markdown reports: content, escaping of hostile text, offline self-containment."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from html.parser import HTMLParser

import pytest

from analysis.export.html import summary_to_html
from analysis.export.markdown import summary_to_markdown
from analysis.schema import empty_mentions, empty_table
from analysis.summary import Summary, build_summary

TODAY = dt.date(2026, 3, 10)
SCRIPT = "<script>alert('company')</script>"
IMG = '<img src=x onerror="alert(1)">'
ATTR = '"><svg onload=alert(2)>'
LINK = "[click](http://evil.example) **bold** # heading"


@pytest.fixture
def hostile(summary_log, summary_mentions):
    """summary_log with markup in a company, a role, an interviewer and a tagged note."""
    log = summary_log.copy()
    log.loc[3, "company"] = SCRIPT  # C4: generic feedback -> quotes and follow-ups
    log.loc[3, "role"] = IMG
    log.loc[8, "interviewer"] = ATTR  # C8: follow-up
    log.loc[7, "company"] = LINK  # C7: quoted as hygiene evidence
    mentions = summary_mentions.copy()
    mentions.loc[mentions["row"] == 7, "evidence"] = "Appearance <b>was</b> untidy & </td>"
    return log, mentions, build_summary(log, mentions, today=TODAY)


class _Collector(HTMLParser):
    """Collect every start tag with its attributes, and the text of <script> blocks."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Collector()
    parser.feed(html)
    return parser.tags


def _without_scripts(html: str) -> str:
    return re.sub(r"<script\b.*?</script>", "", html, flags=re.S)


@pytest.fixture
def html(summary_log, summary_mentions):
    summary = build_summary(summary_log, summary_mentions, today=TODAY)
    return summary_to_html(summary, summary_log, summary_mentions)


def test_html_shows_every_section_with_hand_computed_numbers(html):
    text = _without_scripts(html)
    for section in ("headline", "charts", "action-plan", "recurring", "strengths",
                    "feedback-quality", "follow-ups"):
        assert f'id="{section}"' in text
    assert "1 January 2026 to 5 March 2026" in text
    assert "7 of 8 rejections came with feedback (88%)" in text
    assert "5 February 2026 (overdue by 33 days)" in text
    assert "19 March 2026 (in 9 days)" in text
    plan = text[text.index('id="action-plan"'):text.index('id="recurring"')]
    assert plan.index("Hygiene") < plan.index("Clear &amp; concise") < plan.index("Preparation")


def test_html_draws_static_charts_runs_nothing_and_loads_nothing_from_outside(html):
    tags = _tags(html)
    assert not [attrs for tag, attrs in tags if tag == "script"]  # issue 13: no plotly.js
    assert not [attrs for tag, attrs in tags if tag in ("link", "img", "iframe", "object")]
    for tag, attrs in tags:
        for name in ("src", "href", "action", "data"):
            value = attrs.get(name) or ""
            assert not value.startswith(("http:", "https:", "//")), (tag, attrs)
    # both charts are drawn as inline SVG: 4 improvement + 2 strength bars, 6 funnel stages
    themes = html[html.index('id="chart-themes"'):html.index('id="chart-funnel"')]
    assert themes.count('class="bar"') == 6
    assert "<title>Hygiene &amp; appearance: named to improve in 4 feedback notes</title>" in themes
    funnel = html[html.index('id="chart-funnel"'):]
    assert funnel.count('class="bar"') == 6 and "9 (100%)" in funnel
    assert "@import" not in html and "url(" not in html
    csp = re.search(r'Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp and "script-src" not in csp  # so no script may run
    assert len(html.encode()) < 60_000  # was 4.8 MB with plotly.js inline


def test_html_has_print_styles(html):
    assert "@media print" in html


def test_html_without_table_has_no_charts_and_no_plotly(summary_log, summary_mentions):
    summary = build_summary(summary_log, summary_mentions, today=TODAY)
    html = summary_to_html(summary)
    assert "<script" not in html and 'id="charts"' not in html
    assert 'id="recurring"' in html


def test_hostile_markup_is_shown_never_run_in_html(hostile):
    log, mentions, summary = hostile
    html = summary_to_html(summary, log, mentions)
    page = _without_scripts(html)
    for raw in (SCRIPT, IMG, ATTR, "<b>was</b>", "untidy & </td>"):
        assert raw not in html
    assert "&lt;script&gt;alert(&#x27;company&#x27;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page
    assert "&quot;&gt;&lt;svg onload=alert(2)&gt;" in page
    assert "Appearance &lt;b&gt;was&lt;/b&gt; untidy &amp; &lt;/td&gt;" in page
    tags = _tags(html)
    assert not any(name.startswith("on") for _, attrs in tags for name in attrs)
    assert not [t for t, _ in tags if t in ("img", "b", "script")]
    assert len([t for t, _ in tags if t == "svg"]) == 2  # the two charts, nothing from the log


def test_hostile_markup_in_markdown_is_escaped(hostile, render_markdown):
    _, _, summary = hostile
    md = summary_to_markdown(summary)
    rendered = render_markdown(md)
    # shown as typed once rendered: no tag, link, emphasis or heading comes from the log
    assert "&lt;script&gt;alert('company')&lt;/script&gt;" in rendered
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in rendered
    assert "[click](http://evil.example) **bold** # heading" in rendered
    assert "<script" not in rendered and "<img" not in rendered and "<svg" not in rendered
    assert "evil.example" not in "".join(re.findall(r'href="[^"]*"', rendered))
    assert r"\<script>alert('company')\</script>" in md  # one backslash defuses each tag
    assert r"[click\](http\://evil.example) \*\*bold\*\* \# heading" in md
    # a hostile table cell cannot add columns: pipes inside it are escaped
    for line in md.splitlines():
        if line.startswith("| ") and "script" in line:
            assert len(re.findall(r"(?<!\\)\|", line)) == 7  # 6 columns


def test_markdown_keeps_ordinary_punctuation_as_typed(summary_log, summary_mentions):
    """Issue 13: no backslashes on ordinary punctuation (job\\-specific, \\(situation, \\.)."""
    md = summary_to_markdown(build_summary(summary_log, summary_mentions, today=TODAY))
    assert "job-specific accomplishment stories (situation, action, measurable result)" in md
    assert "\\-" not in md and "\\(" not in md and "\\." not in md


def test_markdown_content(summary_log, summary_mentions):
    md = summary_to_markdown(build_summary(summary_log, summary_mentions, today=TODAY))
    assert md.startswith("# Interview feedback summary\n")
    assert "- **Applications:** 9" in md
    assert "- **First-round pass rate:** 0% (95% interval 0%–32%)" in md
    assert "| Hygiene & appearance | 4 | 50% | First round | steady |" in md
    assert "| Clear & concise communication | 3 | 25% | First round, Mock interview / practice" \
        " | rising |" in md
    assert "1. **Hygiene & appearance**: Plan and check the outfit the day before" in md
    assert "**5 February 2026 (overdue by 33 days)**" in md


def test_reports_of_an_empty_log_say_so():
    summary = build_summary(empty_table(), empty_mentions(), today=TODAY)
    md = summary_to_markdown(summary)
    assert "No issues named in your feedback yet." in md
    assert "No rejections recorded yet." in md
    html = summary_to_html(summary, empty_table(), empty_mentions())
    assert "No dated entries yet" in html and "No data yet" in html


@pytest.mark.e2e
def test_report_renders_its_charts_offline_in_a_browser(tmp_path, hostile):
    playwright = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not shutil.os.path.exists(chromium):
        pytest.skip("chromium is not installed")
    log, mentions, summary = hostile
    path = tmp_path / "report.html"
    path.write_text(summary_to_html(summary, log, mentions), encoding="utf-8")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page()
        outside, dialogs, errors = [], [], []
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(
            ("file:", "data:", "blob:")) else None)
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(path.as_uri())
        page.wait_for_selector("#chart-themes svg", timeout=10_000)
        assert page.locator("#chart-funnel svg rect.bar").count() == 6
        assert page.locator("#chart-themes svg rect.bar").count() == 6  # 4 improvement + 2
        assert page.locator("#chart-themes svg").bounding_box()["height"] > 100
        assert SCRIPT in page.inner_text("#follow-ups")  # shown as text
        browser.close()
    assert outside == [] and dialogs == [] and errors == []


def test_formula_text_is_neutralised_for_copying_into_a_spreadsheet(summary_log,
                                                                    summary_mentions):
    log = summary_log.copy()
    log.loc[3, "company"] = '=HYPERLINK("http://evil")'
    log.loc[8, "interviewer"] = "@SUM(1)"
    log.loc[8, "role"] = "-2+3"
    summary = build_summary(log, summary_mentions, today=TODAY)
    html = _without_scripts(summary_to_html(summary))
    assert "<td>&#x27;=HYPERLINK(&quot;http://evil&quot;)</td>" in html
    assert "<td>&#x27;@SUM(1)</td>" in html and "<td>&#x27;-2+3</td>" in html
    md = summary_to_markdown(summary)
    assert "| '=HYPERLINK(\"http\\://evil\") |" in md
    assert "| Co8 | '-2+3 | '@SUM(1) |" in md


def _many_rejections(recent: int, old: int) -> Summary:
    """A log of ``recent`` first-round rejections within 90 days of TODAY and ``old`` older."""
    from analysis.normalize import import_log

    lines = ["Company,Role,Date applied,Interview date,Stage,Outcome"]
    for i in range(recent):
        day = TODAY - dt.timedelta(days=1 + i % 60)
        lines.append(f"Recent {i:03d},Analyst,{day - dt.timedelta(days=7)},{day},First round,"
                     "Rejected")
    for i in range(old):
        day = TODAY - dt.timedelta(days=120 + i)
        lines.append(f"Old {i:03d},Analyst,{day - dt.timedelta(days=7)},{day},First round,"
                     "Rejected")
    table = import_log("\n".join(lines).encode(), "many.csv").table
    return build_summary(table, empty_mentions(), today=TODAY)


def _follow_up_section(html: str) -> str:
    return html[html.index('id="follow-ups"'):]


def test_a_cohorts_follow_ups_are_cut_with_the_rest_counted_and_pointed_to():
    # issue 13 item 12: the 94,000-row cohort's report was 2 MB, nearly all of it one row per
    # follow-up; the report lists the 50 still worth asking and says where the rest are.
    summary = _many_rejections(recent=55, old=10)
    section = _follow_up_section(summary_to_html(summary))
    assert section.count("<tr>") == 1 + 50  # header row + 50 follow-ups
    assert "Old 0" not in section  # too late to ask: listed after every one still to ask
    assert "And 15 more: the full list is in the Excel export (Follow-ups sheet)." in section
    assert re.search(r"65 rejections to ask about: \d+ overdue, \d+ due later, 10 too late",
                     section)
    markdown = summary_to_markdown(summary)
    md_section = markdown[markdown.index("## Feedback to ask for"):]
    assert md_section.count("| Recent ") == 50 and "| Old " not in md_section
    assert "And 15 more: the full list is in the Excel export" in md_section


def test_report_size_does_not_grow_with_the_number_of_follow_ups():
    small = len(summary_to_html(_many_rejections(recent=60, old=0)))
    large = len(summary_to_html(_many_rejections(recent=600, old=400)))
    assert large < small * 1.1


def test_a_short_follow_up_list_is_shown_whole_without_a_note():
    section = _follow_up_section(summary_to_html(_many_rejections(recent=3, old=1)))
    assert section.count("<tr>") == 1 + 4 and "more: the full list" not in section
