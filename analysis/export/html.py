"""The shareable report: one self-contained HTML file that opens offline.

The page needs nothing from the internet and runs no script: the charts are static inline SVG
(:mod:`analysis.export.svg`), there are no web fonts, images or links to other sites, and a
Content-Security-Policy forbids the page from running scripts or loading or sending anything.
All user text is escaped (``safe.escape_html``), so markup in a company name or a note is
shown, never run, and text a spreadsheet would run as a formula gets an apostrophe
(``safe.neutralise_formula``), so a table copied from the report into a spreadsheet stays text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from analysis.codebook import Codebook, load_codebook
from analysis.export import ExportInput
from analysis.export.safe import escape_html, neutralise_formula
from analysis.export.sheets import GROUP_COLUMNS
from analysis.export.svg import Bar, Group, bar_chart
from analysis.export.wording import (
    FOOTER,
    TITLE,
    due_text,
    first_round_note,
    follow_up_counts,
    follow_ups_to_show,
    group_cells,
    groups_intro,
    header_notes,
    headline_items,
    is_true,
    more_rows_text,
    period_text,
    quality_sentence,
    quote_parts,
    source_text,
    theme_count_rows,
    who_said_it,
)
from analysis.figures import APPLICATION_COLOR, POLARITY_COLORS
from analysis.present import format_date, percent
from analysis.summary import ActionItem, Quote, Summary, ThemeFinding

# Nothing may run, be fetched or be sent: inline styles and data: images only.
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "form-action 'none'; base-uri 'none'"
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
.notice { background: #fff4e5; border-left: 4px solid var(--improvement); padding: .4rem .7rem; }
.chart svg { max-width: 46rem; height: auto; }
pre { white-space: pre-wrap; background: var(--soft); padding: .6rem .8rem; border-radius: .4rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
@media (max-width: 40rem) { .plan { grid-template-columns: 1fr; } }
@media print {
  body { max-width: none; margin: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  section, tr, li, .card { break-inside: avoid; page-break-inside: avoid; }
  .card { border: 1px solid var(--line); }
  a { color: inherit; text-decoration: none; }
}
"""


# ----------------------------------------------------------------------------- HTML


def _h(value: object) -> str:
    # Neutralised too: a table copied from the page into a spreadsheet must not run formulas.
    return escape_html(neutralise_formula(value))


def html_table(
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
        text, said = quote_parts(quote)
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
            percent(f.share),
            _h(", ".join(f.stages)),
            _h(f.trend),
            _h(source_text(f)),
            _html_quotes(f.quotes),
        ]
        for f in findings
    ]
    return html_table(
        ["Theme", "Notes", "Share of interviewed applications", "Where", "Trend", "Who said it",
         "Evidence"],
        rows,
        numeric=(1, 2),
    )


def _html_voices(summary: Summary) -> str:
    lines = who_said_it(summary)
    if not lines:
        return '<p class="muted">No feedback notes yet.</p>'
    return "".join(f"<p>{_h(line)}</p>" for line in lines)


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
            [_h(label), str(int(n)), str(int(g)), percent(share)]
            for label, n, g, share in zip(
                frame[key], frame["feedback_rows"], frame["generic_rows"],
                frame["generic_share"], strict=True,
            )
        ]
        parts.append(
            html_table([title, "Notes", "Generic", "Share generic"], rows, numeric=(1, 2, 3))
        )
    return "".join(parts)


def _html_follow_ups(summary: Summary) -> str:
    frame = summary.follow_ups
    if frame.empty:
        return '<p class="muted">Nothing to follow up: every rejection after an interview came ' \
            "with specific feedback.</p>"
    given = {"none": "none", "generic": "generic only"}
    shown, more = follow_ups_to_show(frame)
    rows = []
    for f in shown.itertuples(index=False):
        when = _h(due_text(f.request_due, f.overdue, f.days_until_due, f.too_late))
        if is_true(f.overdue):
            when = f'<span class="overdue">{when}</span>'
        rows.append(
            [
                _h(f.company),
                _h(f.role),
                _h(f.interviewer) if not pd.isna(f.interviewer)
                else '<span class="muted">unknown</span>',
                _h(given.get(str(f.feedback_given), f.feedback_given)),
                _h(format_date(None if pd.isna(f.rejected_on) else f.rejected_on.date())),
                when,
            ]
        )
    intro = (
        "<p>A short written request about two weeks after a rejection, asking for three "
        "things done well and three to do differently, often gets specific feedback. "
        "Drafts: <code>debrief letters</code> or the Export page.</p>"
    )
    counts = f"<p>{_h(follow_up_counts(frame))}</p>" if more else ""
    rest = f'<p class="muted">{_h(more_rows_text(more))}</p>' if more else ""
    return intro + counts + html_table(
        ["Company", "Role", "Interviewer", "Feedback so far", "Rejected", "Ask by"], rows
    ) + rest


def theme_chart(summary: Summary, codebook: Codebook) -> str:
    """Improvement and strength notes per theme, most raised first (from the summary)."""
    groups = []
    for label, improvements, strengths in theme_count_rows(summary):
        bars = []
        for n, kind in ((improvements, "improvement"), (strengths, "strength")):
            if n:
                what = "to improve" if kind == "improvement" else "as a strength"
                bars.append(Bar(n, POLARITY_COLORS[kind], str(n),
                                f"{label}: named {what} in {n} feedback note{'s' * (n != 1)}"))
        groups.append(Group(label, tuple(bars)))
    legend = [("To improve", POLARITY_COLORS["improvement"]),
              ("Strength", POLARITY_COLORS["strength"])]
    return bar_chart("Feedback themes: strengths and things to improve", groups, legend)


def funnel_chart(table: pd.DataFrame) -> str:
    """Applications reaching each stage, from applied to offer."""
    from analysis import metrics

    funnel = metrics.funnel_counts(table)
    total = int(funnel["reached"].iloc[0])
    groups = [] if total == 0 else [
        Group(label, (Bar(int(n), APPLICATION_COLOR, f"{int(n)} ({percent(int(n) / total)})",
                          f"{int(n)} of {total} applications reached {label.lower()}"),))
        for label, n in zip(funnel["label"], funnel["reached"], strict=True)
    ]
    return bar_chart("How far your applications got", groups)


def chart_html(summary: Summary, table: pd.DataFrame | None, codebook: Codebook) -> list[str]:
    """The report's charts as HTML fragments (none without the table)."""
    if table is None:
        return []
    return [
        f'<div class="chart" id="chart-themes">{theme_chart(summary, codebook)}</div>',
        f'<div class="chart" id="chart-funnel">{funnel_chart(table)}</div>',
    ]


def cards_html(summary: Summary) -> str:
    """The headline numbers as cards."""
    return "".join(
        f'<div class="card"><div class="value">{_h(value)}</div>'
        f'<div class="label">{_h(label)}</div>'
        + (f'<div class="note">{_h(note)}</div>' if note else "")
        + "</div>"
        for label, value, note in headline_items(summary)
    )


def page(title: str, body: str) -> str:
    """A whole HTML document around ``body`` (already escaped), with the CSP and styles."""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{_h(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>{body}</body>\n"
        "</html>\n"
    )


def groups_section(summary: Summary) -> str:
    """The Groups section of an adviser's report (empty when the summary is not grouped)."""
    groups = summary.groups
    if groups is None:
        return ""
    headers = [_h(c.header) for c in GROUP_COLUMNS]
    rows = [[_h(c) for c in row] for row in group_cells(groups)]
    return (f'<section id="groups">\n<h2>Groups</h2>\n<p class="muted">{_h(groups_intro(groups))}'
            f"</p>\n{html_table(headers, rows, numeric=(1, 2, 3, 4))}\n</section>")


def summary_sections(summary: Summary, charts: Sequence[str] = ()) -> str:
    """The report's sections, from the headline to the feedback to ask for."""
    plan = summary.action_plan
    notes = "".join(f'<p class="notice">{_h(n)}</p>' for n in header_notes(summary))
    chart_block = f'<section id="charts">{"".join(charts)}</section>' if charts else ""
    return f"""
<header>
<h1>{_h(TITLE)}</h1>
<p class="period">{_h(period_text(summary))}</p>
{notes}
</header>
<section id="headline"><div class="cards">{cards_html(summary)}</div>
<p class="muted">{_h(first_round_note())}</p></section>
{chart_block}
{groups_section(summary)}
<section id="action-plan">
<h2>Action plan</h2>
<div class="plan">
<div class="keep"><h3>Keep doing</h3>{_html_plan_items(plan.keep, "No strengths named yet.")}</div>
<div class="change"><h3>Change</h3>{_html_plan_items(plan.change, "Nothing specific yet.")}</div>
</div>
</section>
<section id="who-said-it">
<h2>Who said it</h2>
{_html_voices(summary)}
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
"""


def summary_to_html(
    summary: Summary,
    table: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
    *,
    codebook: Codebook | None = None,
) -> str:
    """The summary as one self-contained HTML page (charts when the table is given)."""
    codebook = codebook or load_codebook()
    body = summary_sections(summary, chart_html(summary, table, codebook))
    return page(TITLE, body + f"<footer>{_h(FOOTER)}</footer>\n")


def write(data: ExportInput) -> str:
    """The registry's entry point (see ``analysis.export.FORMATS``)."""
    return summary_to_html(data.summary, data.table, data.mentions, codebook=data.codebook)
