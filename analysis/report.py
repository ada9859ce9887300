"""The shareable report: one self-contained HTML file, and Markdown for an email or notes app.

The HTML needs nothing from the internet: plotly.js is embedded inline once, there are no web
fonts, images or links to other sites, and a Content-Security-Policy forbids the page from
loading or sending anything. All user text is escaped (``safe.escape_html`` /
``safe.escape_markdown``), so markup in a company name or a note is shown, never run, and
text a spreadsheet would run as a formula gets an apostrophe (``safe.neutralise_formula``), so
a table copied from the report into a spreadsheet stays text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import pandas as pd

from analysis.codebook import Codebook, load_codebook
from analysis.safe import escape_html, escape_markdown, neutralise_formula
from analysis.summary import ActionItem, Quote, Summary, ThemeFinding, format_date

TITLE = "Interview feedback summary"
# Nothing may be fetched or sent; inline scripts and styles only (plotly.js is inline).
CSP = (
    "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; "
    "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'; "
    "form-action 'none'; base-uri 'none'"
)
PLOTLY_CONFIG = {"displaylogo": False, "responsive": True, "modeBarButtonsToRemove": ["toImage"]}
FOOTER = (
    "Made with Debrief on your own computer from your own interview log. "
    "Nothing in this report was sent anywhere."
)

STYLE = """
:root { --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --soft: #f5f7fa;
        --strength: #0072B2; --improvement: #D55E00; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
       color: var(--ink); max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.8rem; margin-bottom: .2rem; }
h2 { font-size: 1.3rem; margin-top: 2.2rem; border-bottom: 2px solid var(--line);
     padding-bottom: .3rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
.muted, .period { color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .8rem; }
.card { background: var(--soft); border-radius: .5rem; padding: .7rem .9rem; }
.card .value { font-size: 1.6rem; font-weight: 600; }
.card .label { color: var(--muted); font-size: .9rem; }
.card .note { color: var(--muted); font-size: .8rem; }
.plan { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
.plan ol { padding-left: 1.2rem; }
.plan li { margin-bottom: .8rem; }
.keep h3 { color: var(--strength); } .change h3 { color: var(--improvement); }
.badge { display: inline-block; font-size: .75rem; border: 1px solid var(--line);
         border-radius: .8rem; padding: 0 .5rem; color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem;
         border-bottom: 1px solid var(--line); }
th { background: var(--soft); }
td.num, th.num { text-align: right; } td.num { white-space: nowrap; }
blockquote { margin: .2rem 0; padding-left: .6rem; border-left: 3px solid var(--line); }
.chart { margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
.overdue { color: var(--improvement); font-weight: 600; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
@media (max-width: 40rem) { .plan { grid-template-columns: 1fr; } }
@media print {
  body { max-width: none; margin: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  section, tr, li, .card { break-inside: avoid; page-break-inside: avoid; }
  .modebar, .modebar-container { display: none !important; }
  .card { border: 1px solid var(--line); }
  a { color: inherit; text-decoration: none; }
}
"""


# ----------------------------------------------------------------------------- wording


def _percent(value: float | None) -> str:
    return "–" if value is None or pd.isna(value) else f"{value:.0%}"


def _period(summary: Summary) -> str:
    head = summary.headline
    if head.period_start is None:
        return f"No dated entries yet · made on {format_date(summary.today)}"
    return (
        f"{format_date(head.period_start)} to {format_date(head.period_end)}"
        f" · made on {format_date(summary.today)}"
    )


def headline_items(summary: Summary) -> list[tuple[str, str, str]]:
    """(label, value, note) for the headline, already formatted (no user text)."""
    head = summary.headline
    ci = head.first_round_pass_ci
    return [
        ("Applications", str(head.applications), ""),
        ("Interviews", str(head.interviews), f"in {head.interviewed_applications} applications"),
        ("Offers", str(head.offers), ""),
        ("Heard back", _percent(head.response_rate), "of applications"),
        (
            "First-round pass rate",
            _percent(head.first_round_pass_rate),
            "" if ci is None else f"95% interval {ci[0]:.0%}–{ci[1]:.0%}",
        ),
    ]


def _quote_parts(quote: Quote) -> tuple[str, str]:
    said = ", ".join(p for p in (quote.company, format_date(quote.date)) if p)
    return quote.text, said


def quality_sentence(summary: Summary) -> str:
    """One plain sentence on feedback after rejections (numbers only, no user text)."""
    q = summary.feedback_quality
    if not q.rejections:
        return "No rejections recorded yet."
    text = (
        f"{q.rejections_with_feedback} of {q.rejections} rejections came with feedback "
        f"({_percent(q.feedback_share)})"
    )
    if q.rejections_with_feedback:
        text += (
            f"; {q.rejections_generic} of those said nothing specific "
            f"({_percent(q.generic_share)} generic)"
        )
    return text + "."


def _is_true(flag: object) -> bool:
    """True for a set flag; False for False and for missing (NA)."""
    return not pd.isna(flag) and bool(flag)


def _due_text(due: object, overdue: object, days: object) -> str:
    if due is None or pd.isna(due):
        return "as soon as you can (no rejection date)"
    when = format_date(pd.Timestamp(due).date())
    if _is_true(overdue):
        return f"{when} (overdue by {-int(days)} days)"
    return f"{when} (in {int(days)} days)" if int(days) else f"{when} (today)"


# ----------------------------------------------------------------------------- HTML


def _h(value: object) -> str:
    # Neutralised too: a table copied from the page into a spreadsheet must not run formulas.
    return escape_html(neutralise_formula(value))


def _html_table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: Sequence[int] = ()
) -> str:
    """A table from cells that are ALREADY escaped HTML."""
    head = "".join(
        f'<th class="num">{h}</th>' if i in numeric else f"<th>{h}</th>"
        for i, h in enumerate(headers)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{c}</td>' if i in numeric else f"<td>{c}</td>"
            for i, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _html_quotes(quotes: Sequence[Quote]) -> str:
    parts = []
    for quote in quotes:
        text, said = _quote_parts(quote)
        source = f' <span class="muted">({_h(said)})</span>' if said else ""
        parts.append(f"<blockquote>\u201c{_h(text)}\u201d{source}</blockquote>")
    return "".join(parts)


def _html_findings(findings: Sequence[ThemeFinding], empty: str) -> str:
    if not findings:
        return f'<p class="muted">{empty}</p>'
    rows = [
        [
            _h(f.label) + (' <span class="badge">generic</span>' if f.generic else ""),
            str(f.count),
            _percent(f.share),
            _h(", ".join(f.stages)),
            _h(f.trend),
            _html_quotes(f.quotes),
        ]
        for f in findings
    ]
    return _html_table(
        ["Theme", "Notes", "Share of interviewed applications", "Where", "Trend", "Evidence"],
        rows,
        numeric=(1, 2),
    )


def _html_plan_items(items: Sequence[ActionItem], empty: str) -> str:
    if not items:
        return f'<p class="muted">{empty}</p>'
    lis = []
    for item in items:
        badge = "" if item.from_feedback else ' <span class="badge">not from your feedback</span>'
        lis.append(
            f"<li><strong>{_h(item.label)}</strong>{badge}<br>{_h(item.practice)}"
            f'<br><span class="muted">{_h(item.why)}</span></li>'
        )
    return f"<ol>{''.join(lis)}</ol>"


def _html_quality(summary: Summary) -> str:
    q = summary.feedback_quality
    parts = [f"<p>{_h(quality_sentence(summary))}</p>"]
    for frame, key, title in (
        (q.by_source, "source_label", "Feedback from"),
        (q.by_channel, "channel_label", "Channel"),
    ):
        if frame.empty:
            continue
        rows = [
            [_h(label), str(int(n)), str(int(g)), _percent(share)]
            for label, n, g, share in zip(
                frame[key], frame["feedback_rows"], frame["generic_rows"],
                frame["generic_share"], strict=True,
            )
        ]
        parts.append(
            _html_table([title, "Notes", "Generic", "Share generic"], rows, numeric=(1, 2, 3))
        )
    return "".join(parts)


def _html_follow_ups(summary: Summary) -> str:
    frame = summary.follow_ups
    if frame.empty:
        return '<p class="muted">Nothing to follow up: every rejection after an interview came ' \
            "with specific feedback.</p>"
    given = {"none": "none", "generic": "generic only"}
    rows = []
    for company, role, person, got, rejected, due, overdue, days in zip(
        frame["company"], frame["role"], frame["interviewer"], frame["feedback_given"],
        frame["rejected_on"], frame["request_due"], frame["overdue"], frame["days_until_due"],
        strict=True,
    ):
        due_text = _h(_due_text(due, overdue, days))
        if _is_true(overdue):
            due_text = f'<span class="overdue">{due_text}</span>'
        rows.append(
            [
                _h(company),
                _h(role),
                _h(person) if not pd.isna(person) else '<span class="muted">unknown</span>',
                _h(given.get(str(got), got)),
                _h(format_date(None if pd.isna(rejected) else rejected.date())),
                due_text,
            ]
        )
    intro = (
        "<p>A short written request about two weeks after a rejection, asking for three "
        "things done well and three to do differently, often gets specific feedback. "
        "Drafts: <code>debrief letters</code> or the Export page.</p>"
    )
    return intro + _html_table(
        ["Company", "Role", "Interviewer", "Feedback so far", "Rejected", "Ask by"], rows
    )


def chart_html(
    table: pd.DataFrame | None,
    mentions: pd.DataFrame | None,
    codebook: Codebook,
) -> list[str]:
    """The report's charts as HTML fragments; plotly.js is inlined in the first one only."""
    if table is None:
        return []
    from analysis import figures, metrics  # plotly is only needed when charts are drawn

    figs = [("chart-funnel", figures.funnel_figure(table))]
    if mentions is not None:
        context = metrics.tag_context(table, mentions)
        figs.insert(0, ("chart-themes", figures.theme_frequency_figure(context, codebook)))
    fragments = []
    for i, (div_id, fig) in enumerate(figs):
        fragments.append(
            fig.to_html(
                full_html=False,
                include_plotlyjs=i == 0,  # True embeds plotly.js inline: opens offline
                include_mathjax=False,
                div_id=div_id,
                config=PLOTLY_CONFIG,
                default_height="420px",
            )
        )
    return fragments


def summary_to_html(
    summary: Summary,
    table: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
    *,
    codebook: Codebook | None = None,
) -> str:
    """The summary as one self-contained HTML page (charts when the table is given)."""
    codebook = codebook or load_codebook()
    cards = "".join(
        f'<div class="card"><div class="value">{_h(value)}</div>'
        f'<div class="label">{_h(label)}</div>'
        + (f'<div class="note">{_h(note)}</div>' if note else "")
        + "</div>"
        for label, value, note in headline_items(summary)
    )
    charts = "".join(f'<div class="chart">{c}</div>' for c in chart_html(table, mentions, codebook))
    plan = summary.action_plan
    body = f"""
<header>
<h1>{_h(TITLE)}</h1>
<p class="period">{_h(_period(summary))}</p>
</header>
<section id="headline"><div class="cards">{cards}</div></section>
{f'<section id="charts">{charts}</section>' if charts else ""}
<section id="action-plan">
<h2>Action plan</h2>
<div class="plan">
<div class="keep"><h3>Keep doing</h3>{_html_plan_items(plan.keep, "No strengths named yet.")}</div>
<div class="change"><h3>Change</h3>{_html_plan_items(plan.change, "Nothing specific yet.")}</div>
</div>
</section>
<section id="recurring">
<h2>Recurring issues</h2>
{_html_findings(summary.recurring, "No issues named in your feedback yet.")}
</section>
<section id="strengths">
<h2>Strengths to keep</h2>
{_html_findings(summary.strengths, "No strengths named in your feedback yet.")}
</section>
<section id="feedback-quality">
<h2>Feedback quality</h2>
{_html_quality(summary)}
</section>
<section id="follow-ups">
<h2>Feedback to ask for</h2>
{_html_follow_ups(summary)}
</section>
<footer>{_h(FOOTER)}</footer>
"""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{_h(TITLE)}</title>\n<style>{STYLE}</style>\n</head>\n<body>{body}</body>\n"
        "</html>\n"
    )


# ----------------------------------------------------------------------------- Markdown


def _md(value: object) -> str:
    # Neutralised too: a pasted table must not run formulas in a spreadsheet.
    return escape_markdown(neutralise_formula(value))


def _md_table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """A pipe table from cells that are ALREADY escaped Markdown."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _md_findings(findings: Sequence[ThemeFinding], empty: str) -> list[str]:
    if not findings:
        return [f"_{empty}_"]
    lines = _md_table(
        ["Theme", "Notes", "Share of interviewed applications", "Where", "Trend"],
        (
            [_md(f.label) + (" (generic)" if f.generic else ""), str(f.count), _percent(f.share),
             _md(", ".join(f.stages)), _md(f.trend)]
            for f in findings
        ),
    )
    for f in findings:
        if not f.quotes:
            continue
        lines += ["", f"**{_md(f.label)}**", ""]
        for quote in f.quotes:
            text, said = _quote_parts(quote)
            lines.append(f"- \u201c{_md(text)}\u201d" + (f" ({_md(said)})" if said else ""))
    return lines


def _md_plan(items: Sequence[ActionItem], empty: str) -> list[str]:
    if not items:
        return [f"_{empty}_"]
    lines = []
    for n, item in enumerate(items, start=1):
        flag = " (not from your feedback)" if not item.from_feedback else ""
        lines.append(f"{n}. **{_md(item.label)}**{flag}: {_md(item.practice)}")
        lines.append(f"   _Why:_ {_md(item.why)}")
    return lines


def _md_quality(summary: Summary) -> list[str]:
    q = summary.feedback_quality
    lines = [quality_sentence(summary)]
    for frame, key, title in (
        (q.by_source, "source_label", "Feedback from"),
        (q.by_channel, "channel_label", "Channel"),
    ):
        if frame.empty:
            continue
        lines.append("")
        lines += _md_table(
            [title, "Notes", "Generic", "Share generic"],
            (
                [_md(label), str(int(n)), str(int(g)), _percent(share)]
                for label, n, g, share in zip(
                    frame[key], frame["feedback_rows"], frame["generic_rows"],
                    frame["generic_share"], strict=True,
                )
            ),
        )
    return lines


def _md_follow_ups(summary: Summary) -> list[str]:
    frame = summary.follow_ups
    if frame.empty:
        return ["_Nothing to follow up: every rejection after an interview came with specific "
                "feedback._"]
    given = {"none": "none", "generic": "generic only"}
    rows = (
        [
            _md(company),
            _md(role),
            _md(person) if not pd.isna(person) else "unknown",
            given.get(str(got), _md(got)),
            format_date(None if pd.isna(rejected) else rejected.date()),
            ("**" + _due_text(due, overdue, days) + "**")
            if _is_true(overdue)
            else _due_text(due, overdue, days),
        ]
        for company, role, person, got, rejected, due, overdue, days in zip(
            frame["company"], frame["role"], frame["interviewer"], frame["feedback_given"],
            frame["rejected_on"], frame["request_due"], frame["overdue"],
            frame["days_until_due"], strict=True,
        )
    )
    return _md_table(
        ["Company", "Role", "Interviewer", "Feedback so far", "Rejected", "Ask by"], rows
    )


def summary_to_markdown(summary: Summary) -> str:
    """The summary as Markdown, fit for pasting into an email or a notes app."""
    plan = summary.action_plan
    sections: list[tuple[str, Callable[[], list[str]]]] = [
        ("Action plan", lambda: [
            "### Keep doing", "", *_md_plan(plan.keep, "No strengths named yet."), "",
            "### Change", "", *_md_plan(plan.change, "Nothing specific yet."),
        ]),
        ("Recurring issues",
         lambda: _md_findings(summary.recurring, "No issues named in your feedback yet.")),
        ("Strengths to keep",
         lambda: _md_findings(summary.strengths, "No strengths named in your feedback yet.")),
        ("Feedback quality", lambda: _md_quality(summary)),
        ("Feedback to ask for", lambda: _md_follow_ups(summary)),
    ]
    lines = [f"# {TITLE}", "", _period(summary), ""]
    lines += [
        f"- **{label}:** {value}" + (f" ({note})" if note else "")
        for label, value, note in headline_items(summary)
    ]
    for title, render in sections:
        lines += ["", f"## {title}", "", *render()]
    lines += ["", f"_{FOOTER}_", ""]
    return "\n".join(lines)
