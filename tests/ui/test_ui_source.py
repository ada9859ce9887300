"""ui.source: the sheet picker (issue 9 item 5), the encoding picker (item 16) and choices that
make the log unreadable, which are undone with one sentence (item 7)."""

from __future__ import annotations

import datetime as dt
import io
import logging

import openpyxl
import pytest
from appdriver import assert_clean, metric, run_app, texts, upload

from ui import state
from ui.source import sheet_key


def workbook(sheets: dict[str, list[list[object]]], hidden: tuple[str, ...] = ()) -> bytes:
    """A workbook with these sheets (first row = header), some of them hidden."""
    book = openpyxl.Workbook()
    for i, (title, rows) in enumerate(sheets.items()):
        ws = book.active if i == 0 else book.create_sheet()
        ws.title = title
        for row in rows:
            ws.append(row)
        ws.sheet_state = "hidden" if title in hidden else "visible"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def log_rows(*companies: str) -> list[list[object]]:
    """A log with one application per company (applied 2 March 2026)."""
    return [["Company", "Role", "Applied", "Stage"],
            *[[c, "Analyst", dt.datetime(2026, 3, 2), "1st interview"] for c in companies]]


# A template: a hidden "Lists" sheet holding the drop-down values (more header words than
# the log itself), then the visible log of two applications.
TEMPLATE = workbook(
    {"Lists": [["Stage", "Status", "Outcome", "Source", "Channel"],
               *[["Phone screen", "Applied", "Offer", "Recruiter", "Email"]] * 6],
     "Log": log_rows("Acme", "Beta")},
    hidden=("Lists",),
)


def pickers(at, name: str) -> list:
    """The sheet picker of workbook ``name``, if the sidebar shows one."""
    return [box for box in at.sidebar.selectbox if box.key == sheet_key(name)]


def test_the_visible_log_of_a_template_is_read_not_its_hidden_lists():
    """The hidden "Lists" sheet is no candidate, so "Log" is read (2 applications), no picker."""
    at = upload(run_app(), ("template.xlsx", TEMPLATE))
    assert_clean(at)
    assert not texts(at, "error")
    assert metric(at, "Applications") == "2"
    assert not pickers(at, "template.xlsx")  # one sheet could be the log: nothing to choose


def test_a_workbook_with_two_logs_reads_the_one_picked():
    """"2026" has 3 applications, "2025" one: picking "2025" shows 1, then back to 3."""
    data = workbook({"2026": log_rows("Acme", "Beta", "Gamma"), "2025": log_rows("Delta")})
    at = upload(run_app(), ("years.xlsx", data))
    picker = at.sidebar.selectbox(key=sheet_key("years.xlsx"))
    assert (picker.options, picker.value, metric(at, "Applications")) == (
        ["2026", "2025"], "2026", "3")
    picker.set_value("2025").run()
    assert_clean(at)
    assert metric(at, "Applications") == "1"
    at.sidebar.selectbox(key=sheet_key("years.xlsx")).set_value("2026").run()
    assert metric(at, "Applications") == "3"


def test_a_sheet_that_is_no_log_is_refused_and_the_previous_one_stays():
    """"Empty" holds no table: picking it says why, and "Log" stays read."""
    data = workbook({"Log": log_rows("Acme", "Beta"), "Draft": log_rows("Zeta"),
                     "Empty": [["just a note"]]})
    at = upload(run_app(), ("book.xlsx", data))
    picker = at.sidebar.selectbox(key=sheet_key("book.xlsx"))
    if "Empty" not in picker.options:  # the reader offers only sheets that could be a log
        assert picker.options == ["Log", "Draft"]
        return
    picker.set_value("Empty").run()
    assert_clean(at)
    warnings = texts(at, "warning")
    assert len(warnings) == 1 and warnings[0].startswith("That sheet choice was not applied:")
    assert "no data rows" in warnings[0]
    assert at.sidebar.selectbox(key=sheet_key("book.xlsx")).value == "Log"
    assert metric(at, "Applications") == "2"


def companies(at) -> list[str]:
    """The company column of the table Debrief built (the last table on *Your data*)."""
    at.switch_page("pages/data.py").run()
    return list(at.main.dataframe[-1].value["company"])


@pytest.mark.parametrize(
    ("encoding", "company"), [("cp1250", "Łódź Logistyka"), ("cp1251", "Москва Банк")]
)
def test_the_encoding_picked_reads_legacy_text_right(encoding, company):
    """A Polish (cp1250) or Russian (cp1251) CSV reads right once its encoding is picked."""
    data = f"Company,Role,Applied\n{company},Analyst,2026-03-02\n".encode(encoding)
    at = upload(run_app(), ("log.csv", data))
    assert at.sidebar.selectbox(key=state.KEY_ENCODING).value == ""  # Automatic
    at.sidebar.selectbox(key=state.KEY_ENCODING).set_value(encoding).run()
    assert_clean(at)
    assert not texts(at, "warning")
    assert companies(at) == [company]


def test_an_encoding_the_file_is_not_in_is_refused_and_the_previous_one_stays():
    data = "Company,Role,Applied\nŁódź Logistyka,Analyst,2026-03-02\n".encode("cp1250")
    at = upload(run_app(), ("log.csv", data))
    at.sidebar.selectbox(key=state.KEY_ENCODING).set_value("cp1250").run()
    at.sidebar.selectbox(key=state.KEY_ENCODING).set_value("utf-8").run()
    assert_clean(at)
    warnings = texts(at, "warning")
    assert len(warnings) == 1 and warnings[0].startswith("That encoding choice was not applied:")
    assert "UTF-8" in warnings[0]
    assert at.sidebar.selectbox(key=state.KEY_ENCODING).value == "cp1250"
    assert companies(at) == ["Łódź Logistyka"]


def test_a_new_upload_starts_from_automatic():
    data = "Company,Role,Applied\nŁódź Logistyka,Analyst,2026-03-02\n".encode("cp1250")
    at = upload(run_app(), ("log.csv", data))
    at.sidebar.selectbox(key=state.KEY_ENCODING).set_value("cp1250").run()
    at = upload(at, ("other.csv", b"Company,Role,Applied\nAcme,Analyst,2026-03-02\n"))
    assert at.sidebar.selectbox(key=state.KEY_ENCODING).value == ""


def test_a_nonsense_mapping_is_refused_in_one_sentence_and_the_previous_stays(caplog, capfd):
    """Company read as the interview date: refused, naming both; no traceback anywhere."""
    log = (b"Company,Role,Applied,Interview date,Outcome\n"
           b"Acme Health,Analyst,2026-03-02,2026-03-09,Rejected\n"
           b"Beta,Analyst,2026-03-03,2026-03-10,Rejected\n")
    at = upload(run_app(), ("log.csv", log))
    at.switch_page("pages/data.py").run()
    with caplog.at_level(logging.WARNING):
        at.selectbox(key="map::log.csv::Company").set_value("event_date").run()
    assert_clean(at)
    warnings = texts(at, "warning")
    assert len(warnings) == 1 and warnings[0].startswith("That column choice was not applied:")
    assert "Company" in warnings[0] and "date" in warnings[0]
    assert at.selectbox(key="map::log.csv::Company").value == "company"
    assert not [r for r in caplog.records if r.exc_info]
    assert "Traceback" not in capfd.readouterr().err
    assert not [c for c in at.main.caption if "Could not read the date" in c.value]
