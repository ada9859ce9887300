"""End-to-end: the real app in Debian's headless Chromium, driven by Playwright.

Starts ``streamlit run app.py`` on a free localhost port, uploads a log through the real
``<input type=file>``, waits for the funnel chart and saves a screenshot to ``tests/artifacts/``.
Set ``DEBRIEF_SCREENSHOT=docs/screenshot.png`` to also refresh the README's screenshot.

Every request the page makes is recorded: the app must load nothing from outside this machine.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
# Where the browser test finds Chromium; .ci/run looks (and installs) in the same place.
CHROMIUM = Path(os.environ.get("DEBRIEF_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TIMEOUT_MS = 90_000  # two shared cores: a cold Streamlit + Chromium start can be slow
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}

# The realistic workbook (title rows, real dates, extra sheets): the importer's hardest sample.
UPLOAD = ROOT / "sample_data" / "interview_log.xlsx"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited early with status {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"streamlit did not answer {url}/_stcore/health in {timeout:.0f} s")


@pytest.fixture(scope="module")
def workspace_file(tmp_path_factory) -> Path:
    """The server's workspace: a temporary path, never the user's data folder."""
    return tmp_path_factory.mktemp("e2e-workspace") / "workspace.sqlite3"


@pytest.fixture(scope="module")
def app_url(workspace_file: Path) -> Iterator[str]:
    """Start the app on a free localhost port; stop it (only it) afterwards."""
    port = _free_port()
    ARTIFACTS.mkdir(exist_ok=True)
    log = (ARTIFACTS / "streamlit.log").open("w")
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "streamlit", "run", "app.py",
            "--server.port", str(port), "--server.headless", "true",
            "--server.fileWatcherType", "none",
        ],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "DEBRIEF_WORKSPACE": str(workspace_file)},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Launch Debian's Chromium (Playwright cannot download browsers here)."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: run `bash .ci/run`, which installs Debian's chromium, or "
            "set DEBRIEF_CHROMIUM to a Chromium binary, then run this test again."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


def _is_local(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme in {"data", "blob", "about", "file"} or parsed.hostname in LOCAL_HOSTS


def _record_remote(context) -> list[str]:
    """Abort (and list) every request that would leave this machine."""
    remote: list[str] = []

    def block_remote(route, request):
        if _is_local(request.url):
            route.continue_()
        else:  # recorded, and never actually sent
            remote.append(request.url)
            route.abort()

    context.route("**/*", block_remote)
    return remote


def test_deep_link_to_a_page_still_gets_the_sidebar(app_url, browser):
    """Opening /funnel first thing after a server start runs app.py too (data, filters, banner).

    That first request runs in Streamlit's legacy pages/ mode (see ui/frame.py): the page must
    still get the whole frame, the app's own navigation, and no "Page not found" dialog.
    """
    page = browser.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        page.goto(f"{app_url}/funnel", wait_until="domcontentloaded")
        page.locator("[data-testid='stSidebar'] input[type='file']").wait_for(state="attached")
        page.get_by_text("Sample data", exact=False).first.wait_for()
        page.locator(".js-plotly-plot").first.wait_for(state="visible")
        page.wait_for_timeout(1000)  # a "Page not found" dialog would have opened by now
        assert page.locator("h1").first.inner_text() == "Funnel"
        assert page.get_by_text("Page not found", exact=False).count() == 0
        nav = page.locator("[data-testid='stSidebarNav'] a").all_inner_texts()
        assert nav == ["Overview", "Funnel", "Recurring issues", "Review tags", "Add an interview",
                       "Export", "Your data"]
    finally:
        page.close()


def test_upload_shows_the_funnel_and_loads_nothing_remote(app_url, browser):
    """Upload through the real file input, see the funnel; no request leaves this machine."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    remote = _record_remote(context)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        page.goto(app_url, wait_until="domcontentloaded")
        # The sample is shown, and said to be sample data, before anything is uploaded.
        page.get_by_text("Sample data", exact=False).first.wait_for()
        page.locator("[data-testid='stSidebar'] input[type='file']").set_input_files(str(UPLOAD))
        page.get_by_text(f"Showing {UPLOAD.name}", exact=False).first.wait_for()
        page.get_by_role("link", name="Funnel").first.click()
        page.locator(".js-plotly-plot").first.wait_for(state="visible")
        page.wait_for_timeout(1500)  # let Plotly finish its first draw before the picture
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "funnel.png"), full_page=False)
        body = page.locator("section.main, [data-testid='stMain']").first.inner_text()
        assert "Traceback" not in body
        assert "Sample data:" not in body  # the banner went away with the upload

        # The README's picture: the overview of the same upload.
        page.get_by_role("link", name="Overview").first.click()
        page.locator(".js-plotly-plot").first.wait_for(state="visible")
        page.get_by_text("Practise:", exact=False).first.wait_for()  # next steps drawn
        page.wait_for_timeout(1500)
        page.screenshot(path=str(ARTIFACTS / "overview.png"), full_page=False)
        target = os.environ.get("DEBRIEF_SCREENSHOT")
        if target:
            shutil.copyfile(ARTIFACTS / "overview.png", ROOT / target)
    finally:
        context.close()
    assert remote == [], f"the app tried to load from the internet: {remote}"


def test_downloaded_html_report_shows_its_charts_offline(app_url, browser, tmp_path):
    """Export page -> download the HTML report -> it opens from disk with its charts drawn."""
    context = browser.new_context(accept_downloads=True)
    remote = _record_remote(context)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        page.goto(f"{app_url}/export", wait_until="domcontentloaded")
        button = page.get_by_role("button", name="Report (HTML, opens offline)")
        with page.expect_download() as download:
            button.click()
        saved = tmp_path / download.value.suggested_filename
        download.value.save_as(saved)
        assert saved.suffix == ".html"
        report = context.new_page()
        report.goto(saved.as_uri())
        # The charts are inline SVG (no script: the report's CSP allows none).
        report.locator("svg[role='img']").first.wait_for(state="visible")
        assert report.locator("svg[role='img'] rect").count() >= 1
    finally:
        context.close()
    assert remote == [], f"the app or its report tried to load from the internet: {remote}"


def _sidebar_dates(page) -> list[str]:
    """The two dates the sidebar's date filter shows (its hidden inputs hold them as ISO)."""
    inputs = page.locator("[data-testid='stSidebar'] [data-testid='stDateInput'] input")
    inputs.first.wait_for(state="attached")
    return inputs.evaluate_all("els => els.map(e => e.value)")


def test_a_new_upload_shows_its_own_dates_in_the_filter(app_url, browser, tmp_path):
    """Dates outside the sample's span: the filter shows the upload's own first and last day,
    and one interaction later nothing filters by the sample's old dates (issue 9 item 1)."""
    log = tmp_path / "late.csv"
    log.write_text(
        "Company,Role,Applied,Interview date,Interview type,Outcome\n"
        "Acme Health,Analyst,2025-06-02,2025-06-09,1st interview,Rejected\n"
        "Beta,Analyst,2025-07-03,2025-07-10,1st interview,Rejected\n"
        "Gamma,Analyst,2025-08-03,2025-08-10,1st interview,Rejected\n",
        encoding="utf-8",
    )
    page = browser.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        page.goto(app_url, wait_until="domcontentloaded")
        page.get_by_text("Sample data", exact=False).first.wait_for()
        assert _sidebar_dates(page)[0].startswith("2026-")
        page.locator("[data-testid='stSidebar'] input[type='file']").set_input_files(str(log))
        page.get_by_text("Showing late.csv", exact=False).first.wait_for()
        page.wait_for_timeout(1000)
        assert _sidebar_dates(page) == ["2025-06-02", "2025-08-10"]
        text_filter = page.get_by_label("Role or company contains")
        text_filter.fill("a")
        text_filter.press("Enter")
        page.get_by_text('Showing 3 of 3 applications (role or company contains "a")').wait_for()
        assert _sidebar_dates(page) == ["2025-06-02", "2025-08-10"]
    finally:
        page.close()


HOSTILE_HEADERS = ["![p](http://tracker.example/p.png)", "<img src=x onerror=alert(1)>",
                   "[link](javascript:alert(1))", "**bold** $x^2$"]


def _live_markup(page) -> dict[str, object]:
    """Markup in the page that only user text could have made live."""
    return page.evaluate(
        """() => ({
          images: [...document.querySelectorAll('img')].map(e => e.src)
                    .filter(s => s.includes('tracker') || s.endsWith('/x')),
          links: [...document.querySelectorAll('a')].map(e => e.getAttribute('href') || '')
                    .filter(h => h.startsWith('javascript') || h.includes('tracker')),
          bold: [...document.querySelectorAll('strong, b')].map(e => e.textContent)
                    .filter(t => t.trim() === 'bold'),
          latex: document.querySelectorAll('.katex').length,
        })"""
    )


def test_hostile_text_in_a_log_is_shown_never_run(app_url, browser, tmp_path):
    """Headers, a file name and a company written as Markdown and HTML: shown as typed, with
    no image, link, bold or formula made of them, and nothing fetched (issue 9 item 11)."""
    log = tmp_path / "**bold** <img src=x onerror=alert(1)>.csv"
    header = ",".join(["Company", "Role", "Applied", "Outcome", *HOSTILE_HEADERS])
    log.write_text(f"{header}\n[link](javascript:alert(1)) Ltd,Analyst,2026-03-02,Rejected,"
                   "1,2,3,4\n", encoding="utf-8")
    refused = tmp_path / "refused.csv"
    refused.write_text(",".join(HOSTILE_HEADERS) + "\n1,2,3,4\n", encoding="utf-8")
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    remote = _record_remote(context)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        page.goto(app_url, wait_until="domcontentloaded")
        page.get_by_text("Sample data", exact=False).first.wait_for()
        uploader = page.locator("[data-testid='stSidebar'] input[type='file']")
        uploader.set_input_files(str(log))
        page.get_by_text(f"Showing {log.name}", exact=False).first.wait_for()
        for name in ("Overview", "Your data"):
            page.get_by_role("link", name=name).first.click()
            page.get_by_text(f"Showing {log.name}", exact=False).first.wait_for()
            page.wait_for_timeout(1500)
            assert _live_markup(page) == {"images": [], "links": [], "bold": [], "latex": 0}
        # Shown as typed (a word joiner, U+2060, invisibly keeps a bare link from linking).
        shown = page.locator("body").inner_text().replace("\u2060", "")
        assert all(header in shown for header in HOSTILE_HEADERS)
        uploader.set_input_files(str(refused))
        page.get_by_text("does not look like an interview log", exact=False).first.wait_for()
        page.wait_for_timeout(1000)
        assert _live_markup(page) == {"images": [], "links": [], "bold": [], "latex": 0}
        page.screenshot(path=str(ARTIFACTS / "hostile.png"), full_page=False)
    finally:
        context.close()
    assert remote == [], f"user text made the page fetch from the internet: {remote}"


def _cut_off(locator) -> bool:
    """Whether an element's text is wider than the element (shown cut, with an ellipsis)."""
    return locator.evaluate(
        "e => [e, ...e.querySelectorAll('*')].some(n => n.scrollWidth > n.clientWidth + 1)"
    )


def test_filter_note_and_sidebar_link_read_whole_at_800px(app_url, browser):
    """In a narrow window the Clear filters button and the sidebar's link are not cut off."""
    page = browser.new_page(viewport={"width": 800, "height": 900})
    page.set_default_timeout(TIMEOUT_MS)
    try:
        page.goto(app_url, wait_until="domcontentloaded")
        page.get_by_text("Sample data", exact=False).first.wait_for()
        page.locator("[data-testid='stSidebar'] input[type='file']").set_input_files(str(UPLOAD))
        page.get_by_text(f"Showing {UPLOAD.name}", exact=False).first.wait_for()
        text_filter = page.get_by_label("Role or company contains")
        text_filter.fill("analyst")
        text_filter.press("Enter")
        button = page.get_by_role("button", name="Clear filters")
        button.wait_for()
        page.wait_for_timeout(1000)
        assert not _cut_off(button)
        assert not _cut_off(page.get_by_role("link", name="Check how your columns were read"))
        button.click()
        button.wait_for(state="detached")  # no filter left, so no sentence and no button
    finally:
        page.close()


def test_an_added_interview_is_still_there_after_a_reload(app_url, browser, workspace_file):
    """Add an interview in the form, reload the page: the workspace shows it (and its tags on
    Review tags); Forget everything deletes the file and the sample is back. Runs last: the
    tests above expect a server without a workspace."""
    assert not workspace_file.exists()  # nothing above wrote one
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    remote = _record_remote(context)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        page.goto(f"{app_url}/add_interview", wait_until="domcontentloaded")
        page.get_by_text("There is none yet", exact=False).first.wait_for()
        form = page.get_by_test_id("stForm")
        form.get_by_label("Company", exact=True).fill("Omega Bank")
        form.get_by_label("Role", exact=True).fill("Data Analyst")
        form.get_by_label("Feedback", exact=True).fill(
            "Your answers rambled. Great enthusiasm for the role!")
        page.get_by_role("button", name="Create my workspace and save").click()
        page.get_by_text("Saved Omega Bank", exact=False).first.wait_for()
        page.wait_for_timeout(1000)
        page.screenshot(path=str(ARTIFACTS / "add_interview.png"), full_page=True)
        assert workspace_file.exists()

        page.reload(wait_until="domcontentloaded")
        page.get_by_role("link", name="Review tags").first.click()
        page.get_by_text("Omega Bank", exact=False).first.wait_for()
        page.get_by_text("Showing your workspace.", exact=False).first.wait_for()
        page.wait_for_timeout(1000)
        page.screenshot(path=str(ARTIFACTS / "review.png"), full_page=True)
        body = page.locator("[data-testid='stMain']").first.inner_text()
        assert "rambled" in body and "Traceback" not in body
        assert "Sample data:" not in body

        page.get_by_role("button", name="Forget everything").click()
        page.get_by_role("button", name="Yes, delete my workspace").click()
        page.get_by_text("Sample data", exact=False).first.wait_for()
        assert not workspace_file.exists()
    finally:
        context.close()
    assert remote == [], f"the app tried to load from the internet: {remote}"
