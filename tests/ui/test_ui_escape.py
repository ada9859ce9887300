"""ui.escape: user text shown by Streamlit's Markdown stays text (issue 9 item 11)."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import openpyxl
from appdriver import (
    PAGES,
    ROOT,
    assert_clean,
    markdown_shown,
    plain,
    run_app,
    texts,
    upload,
)
from hypothesis import given
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from ui.escape import WORD_JOINER, md, quote, streamlit_safe
from ui.source import sheet_key

SAMPLE_XLSX = ROOT / "sample_data" / "interview_log.xlsx"

HOSTILE = [
    "![p](http://tracker.example/p.png)",
    "<img src=x onerror=alert(1)>",
    "[link](javascript:alert(1))",
    "**bold**",
    "_em_ ~~gone~~ `code`",
    ":red[red] :material/star: $x^2$",
    "www.tracker.example and ann@mail.example",
    "&lt;b&gt; &amp;",
]


def read(markdown: str) -> str:
    """What a person reads: backslash escapes resolved, word joiners invisible."""
    return re.sub(r"\\(.)", r"\1", markdown).replace(WORD_JOINER, "")


def live_syntax(markdown: str) -> list[str]:
    """Markdown constructs that would still take effect (unescaped), as found in the source."""
    unescaped = re.sub(r"\\.", "", markdown)  # an escaped character is shown literally
    found = re.findall(r"[\[\]()<>*_`~$&]|:\w", unescaped)
    found += re.findall(r"(?i)https?:|www\.|\w@", markdown)  # found after escapes are read
    return found


def test_hostile_text_is_shown_exactly_and_nothing_in_it_is_live():
    for text in HOSTILE:
        assert read(md(text)) == text
        assert live_syntax(md(text)) == [], text


@given(st.text(alphabet=st.characters(exclude_characters=WORD_JOINER)))
def test_any_text_reads_back_as_itself(text):
    """Whatever a file holds, a person reads it unchanged (line breaks become spaces)."""
    shown = md(text)
    assert read(shown) == text.replace("\r", " ").replace("\n", " ")
    assert "\n" not in shown


def test_quote_is_one_block_quote_line():
    assert quote("a\n# b") == "> a \\# b"


def test_preview_of_exported_markdown_keeps_its_own_markup_but_not_latex_or_links():
    """The writers escaped user text for Markdown files; Streamlit needs $ and links too."""
    exported = "# Summary\n\n- **Company:** Acme \\(www\\.acme\\.org\\) pays $5\n```\n$6 stays\n```"
    shown = streamlit_safe(exported)
    assert shown.startswith("# Summary\n\n- **Company:**")  # the writer's own Markdown
    assert "\\$5" in shown and "$6 stays" in shown  # fenced text is shown as written
    assert f"www{WORD_JOINER}\\." in shown


# ----------------------------------------------------------------------------- in the app

RAW = ["![p](", "<img", "](javascript:", "**bold**", "__bold__", "http://tracker", ":red[",
       "$x^2$", "~~s~~"]
HEADERS = ["![p](http://tracker.example/p.png)", "<img src=x onerror=alert(1)>",
           "[link](javascript:alert(1))", "**bold** :red[red] $x^2$ ~~s~~"]


def hostile_csv() -> bytes:
    """A readable log whose extra headers, company and note are all hostile."""
    header = ",".join(["Company", "Role", "Applied", "Interview date", "Outcome", "Feedback",
                       *HEADERS])
    row = ",".join(["[link](javascript:alert(1)) Ltd", "<img src=x onerror=alert(1)>",
                    "2026-03-02", "2026-03-09", "Rejected",
                    "Your answers rambled ![p](http://tracker.example/p.png) and lacked examples.",
                    "1", "2", "3", "4"])
    return f"{header}\n{row}\n".encode()


def hostile_workbook() -> bytes:
    """Two log-like sheets with hostile names (Excel forbids []:*?/\\ in them, not the rest)."""
    book = openpyxl.Workbook()
    for i, title in enumerate(["<img src=x onerror=alert(1)>", "__bold__ $x^2$ ~~s~~"]):
        ws = book.active if i == 0 else book.create_sheet()
        ws.title = title
        ws.append(["Company", "Role", "Applied"])
        ws.append(["Acme", "Analyst", dt.datetime(2026, 3, 2)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def zip_bomb_member() -> bytes:
    """The sample workbook plus a part named with Markdown that unpacks 1,000 times its size."""
    out = io.BytesIO(SAMPLE_XLSX.read_bytes())
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/![p](http://tracker.example/p.png)<img src=x>.xml", bytes(11 << 20))
    return out.getvalue()


def assert_nothing_live(at: AppTest, *expected: str) -> None:
    """No hostile construct reaches Streamlit's Markdown unescaped; the expected text shows."""
    shown = markdown_shown(at)
    for text in shown:
        unescaped = re.sub(r"\\.", "", text)  # an escaped character is shown, never read
        assert not [raw for raw in RAW if raw in unescaped], text
    readable = " ".join(plain(text) for text in shown)
    for text in expected:
        assert text in readable


def test_hostile_headers_values_and_file_names_are_shown_as_text():
    name = "![p](http://tracker.example/p.png).csv"
    at = upload(run_app(), (name, hostile_csv()))
    for page in PAGES:
        at.switch_page(page).run()
        assert_clean(at)
        assert_nothing_live(at, f"Showing {name}")
    at.switch_page("pages/data.py").run()
    assert_nothing_live(at, *HEADERS, f"Columns of {name}")
    at.switch_page("pages/overview.py").run()
    assert_nothing_live(at, "Your answers rambled", "[link](javascript:alert(1)) Ltd")


def test_a_refusal_quoting_hostile_headers_shows_them_as_text():
    at = upload(run_app(), ("bad.csv", (",".join(HEADERS) + "\n1,2,3,4\n").encode()))
    assert_clean(at)
    assert_nothing_live(at, *HEADERS)
    assert [t for t in texts(at, "error") if HEADERS[1] in t]


def test_hostile_sheet_names_are_shown_as_text():
    at = upload(run_app(), ("book.xlsx", hostile_workbook()))
    at.switch_page("pages/data.py").run()
    assert_clean(at)
    assert_nothing_live(at, "<img src=x onerror=alert(1)>")
    picker = at.sidebar.selectbox(key=sheet_key("book.xlsx"))
    assert picker.options == ["<img src=x onerror=alert(1)>", "__bold__ $x^2$ ~~s~~"]


def test_a_refusal_naming_a_hostile_zip_member_shows_it_as_text():
    at = upload(run_app(), ("book.xlsx", zip_bomb_member()))
    assert_clean(at)
    assert_nothing_live(at, "![p](http://tracker.example/p.png)<img src=x>.xml")
