"""Benchmark the dashboard on a synthetic 10,000-interview log (AppTest, server side).

Targets (issue 4): first render after upload < 3 s; a filter change (cache hit) < 150 ms.
``--sessions`` also starts a real server and times another browser tab's funnel, alone and
while one tab tags the log (issue 9 item 14: a long tagging run must not block other tabs).
``--cohort`` times a careers office's 100,000-row cohort log instead (issue 11: first render
after upload < 5 s, a filter change < 200 ms), on the Cohort page and every other page.
Prints one line per measurement. Run: ``python benchmarks/bench_app.py [--interviews N]``.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FEEDBACK = [
    "Your answers rambled and you did not give specific examples of your impact.",
    "We went with a candidate who was a better fit for the team.",
    "Strong SQL test, but be more concise when you walk through a case.",
    "Great preparation and clear examples from your last role.",
    "The other finalist had more years of experience with Power BI.",
    "You seemed nervous and avoided eye contact.",
    "Please dress more formally next time; the outfit was too casual.",
    "You were enthusiastic and friendly throughout.",
    "Your salary expectations were above our range.",
    "You interrupted the interviewer twice and went off on tangents.",
    "Excellent portfolio and a well-structured presentation.",
    "You had not researched the company or the role.",
    "",
    "",
    "",
]
STAGES = ["Phone screen", "1st interview", "2nd round", "Final", "Offer"]
SOURCES = ["Interviewer", "Recruiter", "Career services", "Mock interview", "Friend", "Own notes"]


def note(rng: random.Random, company: str) -> str:
    """A feedback note of 0-3 sentences, made unique per company as real notes are."""
    said = [s for s in rng.sample(FEEDBACK, rng.randint(1, 3)) if s]
    return f"{' '.join(said)} ({company} panel, {rng.randint(1, 99)} min)" if said else ""


def synthetic_log(interviews: int, seed: int = 7) -> bytes:
    """A CSV log with ``interviews`` interview rows spread over ~interviews/3 applications."""
    rng = random.Random(seed)
    rows, app = [], 0
    start = pd.Timestamp("2024-01-01")
    while len(rows) < interviews:
        app += 1
        company, role = f"Company {app}", rng.choice(["Data Analyst", "BI Analyst", "Analyst"])
        applied = start + pd.Timedelta(days=rng.randrange(700))
        for i in range(rng.randint(1, 5)):
            last = i == 4 or rng.random() < 0.35
            rows.append({
                "Company": company,
                "Job Title": role,
                "Date Applied": applied.date().isoformat(),
                "Interview Date": (applied + pd.Timedelta(days=7 * (i + 1))).date().isoformat(),
                "Interview Type": STAGES[i],
                "Result": ("Offer" if i == 4 else "Rejected") if last else "Moved forward",
                "What they said": note(rng, company),
                "Feedback from": rng.choice(SOURCES),
            })
            if last or len(rows) >= interviews:
                break
    out = io.StringIO()
    pd.DataFrame(rows).to_csv(out, index=False)
    return out.getvalue().encode()


PROGRAMMES = ["Economics", "History", "Law", "Nursing", "Physics", "Music", "Medicine"]


def cohort_log(rows_wanted: int, seed: int = 11) -> bytes:
    """A careers office's export: one row per interview step, ~4 per student, 7 programmes
    and one tiny programme (3 students) that the Cohort page must suppress."""
    rng = random.Random(seed)
    rows: list[dict[str, str]] = []
    start, student = pd.Timestamp("2025-09-01"), 0
    while len(rows) < rows_wanted:
        student += 1
        sid = f"S{student:06d}"
        programme = "Classics" if student <= 3 else rng.choice(PROGRAMMES)
        for app in range(rng.randint(1, 4)):
            company = f"Employer {rng.randrange(400)}"
            applied = start + pd.Timedelta(days=rng.randrange(240))
            for i in range(rng.randint(1, 4)):
                last = i == 3 or rng.random() < 0.4
                rows.append({
                    "Student ID": sid, "Programme": programme,
                    "Graduation year": str(2026 + student % 2), "Employer": company,
                    "Job title": f"Graduate scheme {app}",
                    "Date applied": applied.date().isoformat(),
                    "Interview date": (applied + pd.Timedelta(days=9 * (i + 1))).date().isoformat(),
                    "Furthest stage": STAGES[i],
                    "Outcome": ("Offer" if i == 3 else "Rejected") if last else "Moved forward",
                    "Feedback": note(rng, company) if rng.random() < 0.5 else "",
                })
                if last or len(rows) >= rows_wanted:
                    break
    out = io.StringIO()
    pd.DataFrame(rows).to_csv(out, index=False)
    return out.getvalue().encode()


def report(label: str, seconds: float, target: float | None = None) -> None:
    """Print one measurement against its target."""
    goal = "" if target is None else f"  (target < {target * 1000:.0f} ms: "
    goal += "" if target is None else ("ok)" if seconds < target else "OVER)")
    print(f"{label:<62} {seconds * 1000:7.0f} ms{goal}")


def server_seconds(at) -> float:
    """Script time of the last run as app.py measured it (no AppTest overhead)."""
    from ui import state

    return float(at.session_state[state.KEY_RUN_SECONDS])


def fresh_app():
    """A new browser session on the app (AppTest)."""
    from streamlit.testing.v1 import AppTest

    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)


def timed_upload(at, data: bytes, page: str | None = None) -> float:
    """Upload ``data`` on ``page`` and return the seconds the run took."""
    from ui import state

    if page:
        at.switch_page(page).run()
    at.sidebar.file_uploader(key=state.KEY_UPLOAD).set_value(("big_log.csv", data, "text/csv"))
    t0 = time.perf_counter()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return time.perf_counter() - t0


def measure_upload(data: bytes):
    """Cold start, then the first render after an upload with and without tagging."""
    import streamlit as st

    st.cache_data.clear()
    st.cache_resource.clear()
    t0 = time.perf_counter()
    fresh_app().run()
    report("cold start on the bundled sample (loads the tagger)", time.perf_counter() - t0)
    # First render after upload, on a page that needs no tagging (funnel and headline numbers).
    report("first render after upload, Funnel page (import only)",
           timed_upload(fresh_app().run(), data, "pages/funnel.py"), 3.0)
    # The Overview's "what to work on first" needs every note tagged.
    st.cache_data.clear()
    at = fresh_app().run()
    report("first render after upload, Overview (import + tag all notes)",
           timed_upload(at, data), 3.0)
    apps = [m.value for m in at.main.metric if m.label == "Applications"]
    print(f"  -> Applications shown: {apps[0] if apps else '?'}")
    return at


VIEWS = [
    ("pages/overview.py", None, None),
    ("pages/funnel.py", "funnel_tab", "How far they got"),
    ("pages/funnel.py", "funnel_tab", "First-round drop-off"),
    ("pages/issues.py", "issues_tab", "Themes"),
    ("pages/issues.py", "issues_tab", "Over time"),
    ("pages/issues.py", "issues_tab", "Evidence"),
]


def measure_filters(at, repeats: int) -> None:
    """A filter change on every page and tab, server side (median of ``repeats``)."""
    from ui import state

    for page, tab_key, tab in VIEWS:
        at.switch_page(page)
        if tab_key:
            at.session_state[tab_key] = tab
        at.run()
        samples = []
        for i in range(repeats):
            text = at.sidebar.text_input(key=state.KEY_TEXT)
            text.input(f"Company {i + 1}" if i % 2 == 0 else "").run()
            assert not at.exception, [e.value for e in at.exception]
            samples.append(server_seconds(at))
        where = page.removeprefix("pages/").removesuffix(".py") + (f" / {tab}" if tab else "")
        report(f"filter change, {where} (median of {repeats})", statistics.median(samples), 0.15)


def measure_export(at, data: bytes) -> None:
    """The Export page's first and second visit, then the same upload in a new session."""
    # The Export page builds the summary and all four files once per view (then cached).
    at.switch_page("pages/export.py")
    t0 = time.perf_counter()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    report("Export page, first visit (summary + xlsx, html, md, letters)",
           time.perf_counter() - t0)
    at.switch_page("pages/export.py")
    at.run()
    report("Export page, second visit (cached)", server_seconds(at), 0.15)
    # A second browser tab: same bytes, new session: import and tags come from st.cache_data.
    report("same upload in a new session (cached import and tags)",
           timed_upload(fresh_app().run(), data), 3.0)


COHORT_VIEWS = [
    ("pages/cohort.py", "cohort_tab", "Groups"),
    ("pages/cohort.py", "cohort_tab", "Themes by group"),
    ("pages/cohort.py", "cohort_tab", "Students"),
    ("pages/overview.py", None, None),
    ("pages/funnel.py", "funnel_tab", "How far they got"),
]


def measure_cohort(data: bytes, repeats: int) -> None:
    """The 100k-row cohort: first render after upload, then group and text filter changes.

    Every change picks a value not seen before (a cache miss): a programme, an employer.
    """
    import streamlit as st

    from ui import state

    st.cache_data.clear()
    fresh_app().run()  # the tagger and the sample are loaded: not part of an upload
    at = fresh_app().run()
    upload = timed_upload(at, data, "pages/funnel.py")
    report("cohort: first render after upload, Funnel page (import)", upload, 5.0)
    t0 = time.perf_counter()
    at.switch_page("pages/cohort.py").run()
    groups = time.perf_counter() - t0
    report("cohort: then the Cohort page, Groups tab (first draw)", groups)
    report("cohort: upload to Cohort page, together", upload + groups, 5.0)
    shown = at.main.dataframe[0].value
    print("  -> groups shown: " + ", ".join(
        f"{g} ({n})" for g, n in zip(shown["Group"], shown["Students"], strict=True)))
    for page, tab_key, tab in COHORT_VIEWS:
        at.switch_page(page)
        if tab_key:
            at.session_state[tab_key] = tab
        t0 = time.perf_counter()
        at.run()
        where = page.removeprefix("pages/").removesuffix(".py") + (f" / {tab}" if tab else "")
        report(f"cohort: first draw, {where}", time.perf_counter() - t0)
        for what, widget in (("group", lambda i: at.sidebar.multiselect(key=state.KEY_GROUPS)
                              .set_value([PROGRAMMES[i % len(PROGRAMMES)]])),
                             ("text", lambda i: at.sidebar.text_input(key=state.KEY_TEXT)
                              .input(f"Employer {i + 1}"))):
            samples = []
            for i in range(repeats):
                widget(i).run()
                assert not at.exception, [e.value for e in at.exception]
                samples.append(server_seconds(at))
            report(f"cohort: {what} filter change, {where} (median of {repeats})",
                   statistics.median(samples), 0.2)
            print(f"  -> slowest of the {repeats}: {max(samples) * 1000:.0f} ms")
        at.sidebar.multiselect(key=state.KEY_GROUPS).set_value([])
        at.sidebar.text_input(key=state.KEY_TEXT).input("").run()


def _serve(port: int):
    """Start ``streamlit run app.py`` on ``port`` and wait until it answers."""
    import subprocess
    import urllib.request

    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.headless", "true", "--server.fileWatcherType", "none"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    for _ in range(240):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2)
            return proc
        except OSError:
            time.sleep(0.5)
    proc.terminate()
    raise SystemExit("streamlit did not start")


def _funnel_seconds(browser, url: str) -> float:
    """A new tab opens /funnel: seconds until its chart is drawn."""
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(600_000)
    t0 = time.perf_counter()
    page.goto(f"{url}/funnel")
    page.locator(".js-plotly-plot").first.wait_for(state="visible")
    seconds = time.perf_counter() - t0
    context.close()
    return seconds


def measure_sessions(data: bytes, port: int = 8765) -> None:
    """A real server and Chromium: another tab's funnel, alone and while a tab tags a log."""
    import os
    import tempfile

    from playwright.sync_api import sync_playwright

    path = Path(tempfile.mkdtemp()) / "big_log.csv"
    path.write_bytes(data)
    proc, url = _serve(port), f"http://127.0.0.1:{port}"
    chromium = os.environ.get("DEBRIEF_CHROMIUM", "/usr/bin/chromium")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            _funnel_seconds(browser, url)  # warm: the tagger and the sample are loaded
            alone = statistics.median(_funnel_seconds(browser, url) for _ in range(3))
            report("another tab's funnel, nothing else running (browser)", alone)
            tagging = browser.new_context().new_page()
            tagging.set_default_timeout(600_000)
            tagging.goto(url)
            tagging.get_by_text("Sample data", exact=False).first.wait_for()
            tagging.locator("[data-testid='stSidebar'] input[type='file']").set_input_files(
                str(path))
            tagging.get_by_text("Tagging feedback", exact=False).first.wait_for()
            report("another tab's funnel while one tab tags the log (browser)",
                   _funnel_seconds(browser, url))
            browser.close()
    finally:
        proc.terminate()
        proc.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interviews", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=5, help="filter changes per view")
    parser.add_argument("--cohort", type=int, default=0, metavar="ROWS",
                        help="time a cohort log of ROWS rows instead (issue 11: 100000)")
    parser.add_argument("--sessions", action="store_true",
                        help="also time another tab while one tags (real server, Chromium)")
    args = parser.parse_args()

    import streamlit.logger

    streamlit.logger.set_log_level("error")  # AppTest's "bare mode" warnings are noise here
    if args.cohort:
        data = cohort_log(args.cohort)
        print(f"synthetic cohort log: {args.cohort:,} rows, {len(data) / 2**20:.1f} MB")
        measure_cohort(data, args.repeats)
        return 0
    data = synthetic_log(args.interviews)
    notes = data.count(b" panel, ")
    print(f"synthetic log: {args.interviews:,} interviews, {notes:,} feedback notes, "
          f"{len(data) / 2**20:.1f} MB")
    at = measure_upload(data)
    measure_filters(at, args.repeats)
    measure_export(at, data)
    if args.sessions:
        measure_sessions(data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
