"""Driving the app through Streamlit's AppTest, as a person would: shared by the app's tests.

AppTest runs app.py in this process, so analysis functions can be wrapped or broken with
monkeypatch to see what a user would see. Streamlit's caches are global: tests clear them.
"""

from __future__ import annotations

import re
from pathlib import Path

from streamlit.testing.v1 import AppTest

from ui import state
from ui.escape import WORD_JOINER

ROOT = Path(__file__).resolve().parents[1]
PAGES = {
    "pages/overview.py": "Your search at a glance",
    "pages/funnel.py": "Funnel",
    "pages/issues.py": "Recurring issues",
    "pages/export.py": "Export your summary",
    "pages/data.py": "What Debrief understood",
}
TIMEOUT = 120  # seconds per run: two shared cores, and the first run loads the tagger

# Four applications, by hand: A (Zeta) screen -> round 1 rejected with specific feedback;
# B (Eta) round 1 rejected, generic; C (Theta) never answered; D (Iota) offer after 2 rounds.
# -> applications 4, interviews 5, offers 1.
UPLOAD_CSV = (
    b"Company,Role,Applied,Interview date,Interview type,Outcome,Feedback,Feedback from\n"
    b"Zeta Corp,Analyst,2026-03-02,2026-03-09,Phone screen,Moved forward,,\n"
    b'Zeta Corp,Analyst,2026-03-02,2026-03-16,1st interview,Rejected,'
    b'"Your answers rambled and you gave no concrete examples.",Interviewer\n'
    b'Eta Labs,Data Analyst,2026-03-04,2026-03-12,1st interview,Rejected,'
    b'"We went with a candidate who was a better fit.",Recruiter\n'
    b"Theta Inc,BI Developer,2026-03-05,,,No reply,,\n"
    b"Iota,Analyst,2026-03-06,2026-03-10,1st interview,Moved forward,,\n"
    b"Iota,Analyst,2026-03-06,2026-03-20,Final,Offer,,\n"
)


def run_app() -> AppTest:
    """Start the app on the bundled sample, on its default page."""
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()


def metric(at: AppTest, label: str) -> str:
    """The value of the main area's metric with this label."""
    values = [m.value for m in at.main.metric if m.label == label]
    assert values, f"no metric {label!r} among {[m.label for m in at.main.metric]}"
    return values[0]


def plain(markdown: str) -> str:
    """Markdown as a person reads it: backslash escapes removed, word joiners invisible."""
    return re.sub(r"\\(.)", r"\1", markdown).replace(WORD_JOINER, "")


def texts(at: AppTest, kind: str) -> list[str]:
    """Every message of one kind (error, warning, info, success), as a person reads it.

    User text in messages is escaped for Markdown (ui.escape.md); a person sees it unescaped.
    """
    return [plain(str(e.value)) for e in getattr(at, kind)]


def upload(at: AppTest, *files: tuple[str, bytes]) -> AppTest:
    """Put files in the sidebar uploader and rerun, as a person dropping them there."""
    uploader = at.sidebar.file_uploader(key=state.KEY_UPLOAD)
    staged = [(name, data, "application/octet-stream") for name, data in files]
    return uploader.set_value(staged).run()


def assert_clean(at: AppTest) -> None:
    """No exception escaped, and no traceback reached the screen."""
    assert not at.exception, [e.value for e in at.exception]
    for kind in ("error", "warning", "info"):
        for text in texts(at, kind):
            assert "Traceback" not in text


MARKDOWN_ELEMENTS = ("markdown", "caption", "error", "warning", "info", "success", "toast",
                     "title", "header", "subheader")
LABELLED = ("selectbox", "multiselect", "text_input", "date_input", "button", "metric",
            "expander", "tabs", "radio", "checkbox", "toggle")


def markdown_shown(at: AppTest) -> list[str]:
    """Every text on the page that Streamlit renders as Markdown: bodies, labels, help."""
    shown = [str(e.value) for kind in MARKDOWN_ELEMENTS for e in at.get(kind)]
    for kind in LABELLED:
        for element in at.get(kind):
            shown += [str(getattr(element, "label", "") or "")]
            shown += [str(getattr(element, "help", "") or "")]
    for element in at.get("file_uploader") + at.get("download_button"):
        shown += [str(element.proto.label), str(element.proto.help)]
    return [text for text in shown if text]
