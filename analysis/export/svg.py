"""Small static SVG bar charts for the HTML report: no script, nothing fetched, a few KB each.

Plotly's inline bundle made the report 4.8 MB and needed ``script-src 'unsafe-eval'``; these
charts are plain markup, so the report's Content-Security-Policy allows no script at all.
Every label is escaped; each bar carries a ``<title>`` (the browser's tooltip) in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from analysis.export.safe import escape_html

BAR_HEIGHT = 18
GAP = 10
LABEL_WIDTH = 220
PLOT_WIDTH = 420
VALUE_WIDTH = 90
FONT = 'font-family="system-ui, sans-serif" font-size="13"'
MUTED = "#52606d"


@dataclass(frozen=True)
class Bar:
    """One bar: its value, colour, the text beside it and the tooltip (all plain text)."""

    value: float
    color: str
    text: str
    tooltip: str


@dataclass(frozen=True)
class Group:
    """One row of the chart: a category label and its bars, drawn one under the other."""

    label: str
    bars: tuple[Bar, ...]


def _bar(x: float, y: float, width: float, bar: Bar) -> str:
    return (
        f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{max(width, 0.5):.1f}" '
        f'height="{BAR_HEIGHT}" fill="{escape_html(bar.color)}">'
        f"<title>{escape_html(bar.tooltip)}</title></rect>"
        f'<text x="{x + width + 6:.1f}" y="{y + BAR_HEIGHT - 5:.1f}" fill="{MUTED}">'
        f"{escape_html(bar.text)}</text>"
    )


def bar_chart(title: str, groups: Sequence[Group], legend: Sequence[tuple[str, str]] = (),
              empty: str = "No data yet") -> str:
    """A horizontal bar chart as one ``<svg>`` element, sized to its rows.

    >>> svg = bar_chart("T", [Group("A & B", (Bar(2, "#000", "2", "two"),))])
    >>> svg.count("<rect"), "A &amp; B" in svg
    (1, True)
    """
    top = 34 + (22 if legend else 0)
    biggest = max((b.value for g in groups for b in g.bars), default=0) or 1
    rows, y = [], float(top)
    for group in groups:
        height = len(group.bars) * (BAR_HEIGHT + 2)
        rows.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + height / 2 + 4:.1f}" text-anchor="end">'
            f"{escape_html(group.label)}</text>"
        )
        for bar in group.bars:
            rows.append(_bar(LABEL_WIDTH, y, PLOT_WIDTH * bar.value / biggest, bar))
            y += BAR_HEIGHT + 2
        y += GAP
    if not groups:
        rows.append(f'<text x="{LABEL_WIDTH}" y="{top + 20}" fill="{MUTED}">'
                    f"{escape_html(empty)}</text>")
        y += 40
    keys = [
        f'<rect x="{LABEL_WIDTH + i * 150}" y="30" width="12" height="12" '
        f'fill="{escape_html(color)}"></rect><text x="{LABEL_WIDTH + i * 150 + 18}" y="41">'
        f"{escape_html(name)}</text>"
        for i, (name, color) in enumerate(legend)
    ]
    width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH
    return (
        f'<svg role="img" viewBox="0 0 {width} {y + 8:.0f}" '
        f'width="100%" {FONT}><title>{escape_html(title)}</title>'
        f'<text x="0" y="18" font-size="15" font-weight="600">{escape_html(title)}</text>'
        + "".join(keys) + "".join(rows) + "</svg>"
    )
