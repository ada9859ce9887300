"""At 800 px wide (issue 13 item 15), in Debian's headless Chromium: nothing is cut off.

Metric labels and values, headings, the sidebar link and the export buttons read whole; a long
evidence sentence wraps onto more lines instead of running out of its box; the charts' PNG
download is shown without hovering. Uses the server and browser fixtures of ``test_e2e``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_e2e import (  # noqa: F401  (fixtures)
    ARTIFACTS,
    TIMEOUT_MS,
    app_url,
    browser,
    workspace_file,
)

pytestmark = pytest.mark.e2e

WIDTH = 800
LONG = ("Your answers rambled: in the case question you spent four minutes on background "
        "before you reached the recommendation, and the panel lost the thread of your example")


def _log(tmp_path) -> str:
    """Two recent first-round rejections saying the same long sentence (a recurring issue)."""
    day = dt.date.today() - dt.timedelta(days=20)
    path = tmp_path / "narrow.csv"
    path.write_text(
        "Company,Role,Applied,Interview date,Interview type,Outcome,Feedback,Feedback from\n"
        f'Acme Health,Analyst,{day},{day},1st interview,Rejected,"{LONG}.",Interviewer\n'
        f'Beta Group,Analyst,{day},{day},1st interview,Rejected,"{LONG}.",Interviewer\n',
        encoding="utf-8",
    )
    return str(path)


CUT_OFF = """sel => [...document.querySelectorAll(sel)]
    .filter(e => e.offsetParent !== null)
    .flatMap(e => [e, ...e.querySelectorAll('*')])
    .filter(n => n.scrollWidth > n.clientWidth + 1)
    .map(n => (n.innerText || n.textContent || '').trim().slice(0, 60))
    .filter(t => t)"""


def _cut(page, selector: str) -> list[str]:
    """Texts under ``selector`` that are wider than their box (cut, or ending in an ellipsis)."""
    return page.evaluate(CUT_OFF, selector)


def test_overview_and_export_read_whole_at_800px(app_url, browser, tmp_path):  # noqa: F811
    page = browser.new_page(viewport={"width": WIDTH, "height": 1000})
    page.set_default_timeout(TIMEOUT_MS)
    try:
        page.goto(app_url, wait_until="domcontentloaded")
        page.get_by_text("Sample data", exact=False).first.wait_for()
        page.locator("[data-testid='stSidebar'] input[type='file']").set_input_files(
            _log(tmp_path))
        page.get_by_text("Showing narrow.csv", exact=False).first.wait_for()
        page.get_by_text("Next steps").first.wait_for()
        page.locator(".js-plotly-plot").first.wait_for(state="visible")
        page.wait_for_timeout(1500)
        page.screenshot(path=str(ARTIFACTS / "overview-800.png"), full_page=True)
        labels = page.locator("[data-testid='stMetricLabel']").all_inner_texts()
        assert "First-round pass rate" in labels and "Response rate" in labels
        assert _cut(page, "[data-testid='stMetric']") == []
        assert _cut(page, "[data-testid='stMain'] h1, [data-testid='stMain'] h2, "
                          "[data-testid='stMain'] h3, [data-testid='stMain'] h5") == []
        link = "[data-testid='stSidebar'] [data-testid='stPageLink']"
        assert _cut(page, link) == []
        # The evidence sentence wraps: whole, on more than one line, inside its box.
        quote = page.locator("blockquote", has_text="before you reached the recommendation").first
        assert _cut(page, "blockquote") == []
        box = quote.bounding_box()
        line = quote.evaluate("e => parseFloat(getComputedStyle(e).lineHeight) || 24")
        assert box["height"] > 1.5 * line
        assert "spent four minutes on background before you reached the recommendation" in \
            quote.inner_text()
        # The PNG download sits on every chart without hovering.
        png = page.locator(".modebar-btn[data-title='Download plot as a PNG' i]").first
        assert png.is_visible()
        assert page.locator(".modebar--hover").count() == 0
        opacity = png.evaluate("e => getComputedStyle(e.closest('.modebar')).opacity")
        assert float(opacity) > 0.5

        page.get_by_role("link", name="Export").first.click()
        page.get_by_text("Feedback-request letters").first.wait_for()
        page.wait_for_timeout(1500)
        page.screenshot(path=str(ARTIFACTS / "export-800.png"), full_page=True)
        assert _cut(page, "[data-testid='stDownloadButton']") == []
        assert _cut(page, "[data-testid='stExpander'] summary") == []
    finally:
        page.close()
