"""The dashboard through Streamlit's AppTest: pages, uploads, errors, filters, privacy.

The helpers that drive the app are in ``tests/appdriver.py``; tests of single ``ui`` modules
are in ``tests/ui/``.
"""

from __future__ import annotations

import socket
import tomllib
from collections.abc import Iterator

import pytest
from appdriver import (
    PAGES,
    ROOT,
    UPLOAD_CSV,
    assert_clean,
    metric,
    plain,
    run_app,
    texts,
    upload,
)

from ui import guards, state, tables, tagging


@pytest.fixture(autouse=True)
def _clean_caches():
    """Streamlit caches live in the process: every test starts from nothing."""
    import streamlit as st

    st.cache_data.clear()
    yield


# ----------------------------------------------------------------------------- privacy config


def test_config_keeps_the_app_on_this_machine():
    """Bound to localhost, no usage statistics, headless, no tracebacks, a stated upload limit."""
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["address"] == "127.0.0.1"
    assert config["server"]["headless"] is True
    assert config["browser"]["gatherUsageStats"] is False
    assert config["client"]["showErrorDetails"] == "none"
    from analysis.read import LIMITS

    # The app refuses what the importer would refuse anyway, with the same number.
    assert config["server"]["maxUploadSize"] * 1024 * 1024 == LIMITS.max_bytes


def test_upload_limit_is_told_to_the_user():
    """The uploader's help names the same limit the server enforces."""
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    at = run_app()
    help_text = at.sidebar.file_uploader(key=state.KEY_UPLOAD).help
    assert f"Up to {config['server']['maxUploadSize']} MB" in help_text


# ----------------------------------------------------------------------------- pages


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_renders_on_the_sample(page):
    """Each page shows its title on the sample, labelled as sample data, with the shared sidebar."""
    at = run_app()
    if page != "pages/overview.py":
        at.switch_page(page).run()
    assert_clean(at)
    assert [t.value for t in at.main.title] == [PAGES[page]]
    assert any(text.startswith(f"**{state.SAMPLE_LABEL}**") for text in texts(at, "info"))
    assert at.sidebar.file_uploader(key=state.KEY_UPLOAD) is not None
    assert at.sidebar.text_input(key=state.KEY_TEXT) is not None
    assert not texts(at, "error")


TABS = {
    ("pages/funnel.py", "funnel_tab"): [
        "How far they got", "Conversion", "Stage to outcome", "First-round drop-off"
    ],
    ("pages/issues.py", "issues_tab"): [
        "Themes", "By round", "Over time", "Ways of asking", "Evidence"
    ],
}


@pytest.mark.parametrize(
    ("page", "key", "tab"),
    [(page, key, tab) for (page, key), tabs in TABS.items() for tab in tabs],
)
def test_every_tab_renders_its_content(page, key, tab):
    """Tabs are lazy (only the open one runs): each one, opened, shows a chart or the evidence."""
    at = run_app()
    at.switch_page(page).run()
    at.session_state[key] = tab
    at.run()
    assert_clean(at)
    assert not texts(at, "error")
    charts, tables = at.get("plotly_chart"), at.main.dataframe
    assert (len(charts), len(tables)) == ((0, 1) if tab == "Evidence" else (1, 0))


def test_evidence_explorer_lists_every_sentence_behind_a_theme():
    """Upload by hand: one note says "rambled" (communication): its row, company and source."""
    at = upload(run_app(), ("my_search.csv", UPLOAD_CSV))
    at.switch_page("pages/issues.py").run()
    at.session_state["issues_tab"] = "Evidence"
    at.run()
    at.selectbox(key="evidence_theme").set_value("communication").run()
    assert_clean(at)
    shown = at.main.dataframe[0].value
    assert len(shown) >= 1
    row = shown[shown["Sentence"].str.contains("rambled")].iloc[0]
    assert (row["Company"], row["Source"], str(row["Date"])) == (
        "Zeta Corp", "Interviewer / employer", "2026-03-16"
    )


def test_export_offers_every_format():
    """The Export page previews the summary and offers every format, none failing."""
    at = run_app()
    at.switch_page("pages/export.py").run()
    assert_clean(at)
    assert not texts(at, "error")
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels[:5] == [
        "Excel workbook", "Report (HTML, opens offline)", "Summary (Markdown)",
        "Feedback-request letters", "Adviser packet (HTML)",
    ]
    # then one "Download this letter" per feedback request the letter editor offers (the
    # sample's dates move with today's, so its recent rejections have requests due)
    assert set(labels[5:]) <= {"Download this letter"}
    assert any(m.value.startswith("# ") for m in at.main.markdown)  # the preview's heading


def test_sample_numbers_are_the_metrics_of_the_sample():
    """The Overview shows exactly what analysis.metrics computes from the bundled sample."""
    from analysis.metrics import headline_numbers
    from analysis.normalize import import_logs

    sample = import_logs([(state.SAMPLE_PATH.name, state.SAMPLE_PATH.read_bytes())]).table
    expected = headline_numbers(sample)
    at = run_app()
    assert metric(at, "Applications") == f"{expected['applications']:,}"
    assert metric(at, "Interviews") == f"{expected['interviews']:,}"
    assert metric(at, "Offers") == f"{expected['offers']:,}"


def test_upload_replaces_the_sample_and_changes_the_numbers():
    """By hand: 4 applications, 5 interviews, 1 offer; 3 of 4 heard back; 2 of 3 passed round 1."""
    at = upload(run_app(), ("my_search.csv", UPLOAD_CSV))
    assert_clean(at)
    assert metric(at, "Applications") == "4"
    assert metric(at, "Interviews") == "5"
    assert metric(at, "Offers") == "1"
    assert metric(at, "Response rate") == "3 of 4"  # under 10: a count (issue 13 item 5)
    assert metric(at, "First-round pass rate") == "1 of 3"  # Zeta (after its screen), Eta ended
    assert not any(state.SAMPLE_LABEL in text for text in texts(at, "info"))
    assert any("Showing my_search.csv" in plain(c.value) for c in at.sidebar.caption)
    links = [link.proto.label for link in at.sidebar.get("page_link")]
    assert links == ["Check how your columns were read"]


def test_several_files_are_merged():
    """Two uploads at once: the applications of both are counted (4 + 1)."""
    other = b"Company,Role,Applied,Outcome\nKappa,Analyst,2026-04-01,No reply\n"
    at = upload(run_app(), ("my_search.csv", UPLOAD_CSV), ("linkedin.csv", other))
    assert_clean(at)
    assert metric(at, "Applications") == "5"
    assert any("2 files merged" in plain(c.value) for c in at.sidebar.caption)


def test_bad_upload_gets_one_friendly_sentence_and_the_sample_stays():
    """Random bytes named .csv: the importer's own sentence, no traceback, sample still usable."""
    from analysis.errors import DebriefError
    from analysis.normalize import import_logs

    junk = bytes(range(256)) * 20
    with pytest.raises(DebriefError) as refused:
        import_logs([("export.csv", junk)])
    at = upload(run_app(), ("export.csv", junk))
    assert_clean(at)
    assert texts(at, "error") == [f"{refused.value} Showing the sample data instead."]
    assert any(text.startswith(f"**{state.SAMPLE_LABEL}**") for text in texts(at, "info"))
    at.switch_page("pages/funnel.py").run()  # the rest of the app keeps working
    assert_clean(at)
    assert [t.value for t in at.main.title] == ["Funnel"]


BROKEN_FILES = {
    "empty.csv": b"",
    "header_only.csv": b"Company,Role,Applied\n",
    "no_needed_columns.csv": b"Colour,Size\nred,3\nblue,4\n",
    "nul_bytes.csv": b"Company,Role\x00,Applied\nAcme\x00,Analyst,2026-01-02\n",
    "truncated.xlsx": (ROOT / "sample_data" / "interview_log.xlsx").read_bytes()[:3000],
    "old.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
}


@pytest.mark.parametrize("name", list(BROKEN_FILES))
def test_broken_files_are_read_or_refused_in_one_sentence(name):
    """What the importer says about a broken file is exactly what the app shows; no traceback."""
    from analysis.errors import DebriefError
    from analysis.normalize import import_logs

    data = BROKEN_FILES[name]
    try:
        import_logs([(name, data)])
        refusal = None
    except DebriefError as exc:
        refusal = str(exc)
    at = upload(run_app(), (name, data))
    assert_clean(at)
    if refusal is None:
        assert not texts(at, "error")
        assert not any(t.startswith(f"**{state.SAMPLE_LABEL}**") for t in texts(at, "info"))
    else:
        assert texts(at, "error") == [f"{refusal} Showing the sample data instead."]


def test_mapping_override_rereads_the_log():
    """A feedback column under a header Debrief does not know: mapping it counts its notes."""
    unknown_header = UPLOAD_CSV.replace(b"Feedback,", b"Thoughts,", 1)
    at = upload(run_app(), ("my_search.csv", unknown_header))
    at.switch_page("pages/data.py").run()
    assert metric(at, "Feedback notes") == "0"
    select = at.selectbox(key="map::my_search.csv::Thoughts")
    assert select.value == ""
    select.set_value("feedback").run()
    assert_clean(at)
    assert metric(at, "Feedback notes") == "2"
    assert at.selectbox(key="map::my_search.csv::Thoughts").value == "feedback"


def test_mapping_choice_that_breaks_the_log_is_undone():
    """Unmapping the last "who" column would make the log unreadable: say so, keep the upload."""
    at = upload(run_app(), ("my_search.csv", UPLOAD_CSV))
    at.switch_page("pages/data.py").run()
    at.selectbox(key="map::my_search.csv::Role").set_value("").run()
    assert_clean(at)
    at.selectbox(key="map::my_search.csv::Company").set_value("").run()
    assert_clean(at)
    warnings = texts(at, "warning")
    assert len(warnings) == 1 and warnings[0].startswith("That column choice was not applied:")
    assert at.selectbox(key="map::my_search.csv::Company").value == "company"
    assert at.selectbox(key="map::my_search.csv::Role").value == ""
    assert metric(at, "Applications") == "4"  # still the upload, not the sample


def test_long_tables_are_capped_and_say_so(monkeypatch):
    """The table on *Your data* shows the first rows of a long log and says how many there are."""
    monkeypatch.setattr(tables, "MAX_ROWS_SHOWN", 2)
    at = upload(run_app(), ("my_search.csv", UPLOAD_CSV))
    at.switch_page("pages/data.py").run()
    assert_clean(at)
    assert len(at.main.dataframe[-1].value) == 2
    assert any("Showing the first 2 of 6 rows" in c.value for c in at.main.caption)


# ----------------------------------------------------------------------------- filters/caching


@pytest.fixture
def calls(monkeypatch) -> Iterator[dict[str, int]]:
    """Count imports and tagging runs (the expensive steps) while the app runs."""
    import analysis.normalize
    import analysis.tagger

    counted = {"import": 0, "tag": 0}
    real_import, real_tag = analysis.normalize.import_logs, analysis.tagger.tag_feedback

    def counting_import(*args, **kwargs):
        counted["import"] += 1
        return real_import(*args, **kwargs)

    def counting_tag(*args, **kwargs):
        counted["tag"] += 1
        return real_tag(*args, **kwargs)

    monkeypatch.setattr(analysis.normalize, "import_logs", counting_import)
    monkeypatch.setattr(analysis.tagger, "tag_feedback", counting_tag)
    yield counted


def test_filters_narrow_every_page_without_reimporting_or_retagging(calls):
    """Searching "zeta" leaves Zeta Corp's one application; nothing is read or tagged again."""
    at = upload(run_app(), ("my_search.csv", UPLOAD_CSV))
    before = dict(calls)
    assert before["import"] >= 1 and before["tag"] >= 1
    at.sidebar.text_input(key=state.KEY_TEXT).input("zeta").run()
    assert_clean(at)
    assert metric(at, "Applications") == "1"
    assert metric(at, "Interviews") == "2"
    at.switch_page("pages/funnel.py").run()
    assert at.sidebar.text_input(key=state.KEY_TEXT).value == "zeta"  # shared by every page
    at.sidebar.text_input(key=state.KEY_TEXT).input("").run()
    at.switch_page("pages/overview.py").run()
    assert metric(at, "Applications") == "4"
    assert calls == before


def test_tagging_a_long_log_shows_progress(monkeypatch):
    """With one note per tagging step, the bar counts the upload's 2 notes up to "2 of 2"."""
    import streamlit as st
    from streamlit.delta_generator import DeltaGenerator

    shown: list[tuple[float, str]] = []
    real_progress = DeltaGenerator.progress

    def recording_progress(self, value, text=None, **kwargs):
        shown.append((value, text))
        return real_progress(self, value, text=text, **kwargs)

    monkeypatch.setattr(tagging, "TAG_CHUNK_ROWS", 1)
    # st.progress creates the bar, bar.progress(...) moves it: record both.
    monkeypatch.setattr(DeltaGenerator, "progress", recording_progress)
    monkeypatch.setattr(st, "progress", lambda *a, **k: recording_progress(st._main, *a, **k))
    at = upload(run_app(), ("my_search.csv", UPLOAD_CSV))
    assert_clean(at)
    assert shown[0] == (0.0, "Tagging feedback...")
    assert shown[-1] == (1.0, "Tagging feedback... 2 of 2")


def test_date_filter_keeps_applications_started_in_range():
    """2 to 4 March: Zeta (applied 2nd) and Eta (4th) are in; Theta and Iota, all of whose
    dates are later, are left out."""
    import datetime as dt

    at = upload(run_app(), ("my_search.csv", UPLOAD_CSV))
    at.sidebar.date_input(key=state.KEY_DATES).set_value((dt.date(2026, 3, 2), dt.date(2026, 3, 4)))
    at.run()
    assert_clean(at)
    assert metric(at, "Applications") == "2"


# ----------------------------------------------------------------------------- failures


def test_unexpected_error_on_a_page_is_a_short_message(monkeypatch):
    """A bug in one chart: a short message on that page, no traceback; other pages still work."""
    import analysis.figures

    def broken(*args, **kwargs):
        raise RuntimeError("internal detail the user must not see")

    monkeypatch.setattr(analysis.figures, "outcome_sankey", broken)
    at = run_app()
    at.switch_page("pages/funnel.py").run()
    at.session_state["funnel_tab"] = "Stage to outcome"
    at.run()
    assert not at.exception
    assert texts(at, "error") == [guards.UNEXPECTED_ERROR]
    assert at.sidebar.file_uploader(key=state.KEY_UPLOAD) is not None
    at.switch_page("pages/overview.py").run()
    assert_clean(at)
    assert not texts(at, "error")


def test_user_text_is_shown_as_text_never_as_markup():
    """A company called like a link and a note with HTML: never rendered as either."""
    hostile = (
        b"Company,Role,Applied,Interview date,Interview type,Outcome,Feedback\n"
        b"[Click me](http://evil.example),<b>Analyst</b>,2026-03-02,2026-03-09,1st interview,"
        b'Rejected,"<script>alert(1)</script> Your answers rambled and lacked examples."\n'
    )
    at = upload(run_app(), ("hostile.csv", hostile))
    for page in PAGES:
        at.switch_page(page).run()
        assert_clean(at)
        for element in [*at.markdown, *at.caption]:
            assert not element.proto.allow_html
            assert "](http://evil.example)" not in element.value


def test_app_works_with_the_network_unreachable(monkeypatch):
    """Every page renders while any connection off this machine fails; none is even tried."""
    tried: list[object] = []
    real_connect = socket.socket.connect

    def local_only(sock, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and host not in {"127.0.0.1", "::1", "localhost"}:
            tried.append(address)
            raise OSError("network unreachable (test)")
        return real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", local_only)
    monkeypatch.setattr(
        socket, "create_connection",
        lambda address, *a, **k: tried.append(address) or (_ for _ in ()).throw(
            OSError("network unreachable (test)")
        ),
    )
    at = upload(run_app(), ("my_search.csv", UPLOAD_CSV))
    for page in PAGES:
        at.switch_page(page).run()
        assert_clean(at)
        assert not texts(at, "error")
    assert tried == []


def test_the_sample_always_looks_current():
    """Issue 13 item 9: the sample's dates move with today's, so its follow-ups are due now
    and none is "too late to ask" (its log was written in spring 2026)."""
    import datetime as dt

    at = run_app()
    loaded = at.session_state[state.KEY_LOADED]
    latest = loaded.table[["applied_date", "event_date"]].max().max().date()
    assert dt.date.today() - dt.timedelta(days=30) <= latest <= dt.date.today()
    counts = loaded.result.counts()
    from analysis.normalize import import_logs

    plain = import_logs([(state.SAMPLE_PATH.name, state.SAMPLE_PATH.read_bytes())])
    assert counts == plain.counts()  # moving dates changes no count


def test_export_page_writes_no_file_until_one_is_asked_for(monkeypatch):
    """The downloads are deferred: showing the page writes no workbook (seconds for a cohort)."""
    from ui import exports

    written: list[str] = []
    real = exports.export_view
    monkeypatch.setattr(exports, "export_view",
                        lambda view, today, fmt: written.append(fmt) or real(view, today, fmt))
    at = run_app()
    at.switch_page("pages/export.py").run()
    assert_clean(at)
    assert "xlsx" not in written
