"""ui.tagging: tagging stops when the browser tab is gone, and what it did not finish is never
cached as if it had (issue 9 item 14, the app's part)."""

from __future__ import annotations

import logging
import time
from types import SimpleNamespace

import pytest
from appdriver import UPLOAD_CSV, assert_clean, run_app, upload

import analysis.tagger
from ui import tagging

STOPPED = "Tagging stopped after"


def test_session_alive_asks_the_runtime_about_this_session(monkeypatch):
    import streamlit.runtime
    import streamlit.runtime.scriptrunner

    active = {"s1"}
    runtime = SimpleNamespace(is_active_session=lambda session_id: session_id in active)
    monkeypatch.setattr(streamlit.runtime.scriptrunner, "get_script_run_ctx",
                        lambda: SimpleNamespace(session_id="s1"))
    monkeypatch.setattr(streamlit.runtime.Runtime, "exists", staticmethod(lambda: True))
    monkeypatch.setattr(streamlit.runtime.Runtime, "instance", staticmethod(lambda: runtime))
    alive = tagging.session_alive()
    assert alive()
    active.clear()  # the tab closed: the runtime dropped the session
    assert not alive()


def test_outside_a_server_every_session_is_alive():
    assert tagging.session_alive()()


@pytest.fixture
def tag_calls(monkeypatch) -> list[int]:
    """Rows handed to the tagger, one entry per call."""
    calls: list[int] = []
    real = analysis.tagger.tag_feedback

    def counting(table, *args, **kwargs):
        calls.append(len(table))
        return real(table, *args, **kwargs)

    monkeypatch.setattr(analysis.tagger, "tag_feedback", counting)
    return calls


def test_a_closed_tab_stops_tagging_between_chunks_and_caches_nothing_half_done(
    monkeypatch, tag_calls, caplog
):
    """Two notes, one per chunk; the tab closes while the first is tagged: the second never
    is, the run ends quietly, and the next visit tags both again (nothing half-done kept)."""
    at = run_app()  # the sample, tagged while the tab is open
    tag_calls.clear()
    monkeypatch.setattr(tagging, "TAG_CHUNK_ROWS", 1)
    closed = {"after_calls": 1}
    monkeypatch.setattr(tagging, "session_alive",
                        lambda: lambda: len(tag_calls) < closed["after_calls"])
    with caplog.at_level(logging.WARNING, logger="debrief.app"):
        at = upload(at, ("my_search.csv", UPLOAD_CSV))
    assert not at.exception
    assert tag_calls == [1]
    assert [r.getMessage() for r in caplog.records if STOPPED in r.getMessage()] == [
        "Tagging stopped after 0 of 2 notes: the browser tab was closed."
    ]
    closed["after_calls"] = 99  # a new visit, whose tab stays open
    at.run()
    assert_clean(at)
    assert tag_calls == [1, 1, 1]
    assert [m.label for m in at.main.metric][:1] == ["Applications"]  # the page rendered


@pytest.mark.parametrize("stopped_by", ["raising", "returning early"])
def test_a_tagger_that_can_stop_is_told_when_the_tab_closes(monkeypatch, caplog, stopped_by):
    """One note that would take for ever: tag_feedback(should_stop=) hears of the closed tab."""
    real = analysis.tagger.tag_feedback
    asked: list[bool] = []

    def endless(table, tagger=None, *, text_column="feedback", progress=None, workers=None,
                should_stop=None):
        while not should_stop():  # a note whose tagging never ends on its own
            asked.append(False)
            time.sleep(0.01)
        asked.append(True)
        if stopped_by == "raising":
            raise RuntimeError("stopped")
        return real(table.head(0), tagger)

    at = run_app()  # the sample, tagged by the real tagger
    monkeypatch.setattr(analysis.tagger, "tag_feedback", endless)
    closes_at = time.monotonic() + 0.5
    monkeypatch.setattr(tagging, "session_alive", lambda: lambda: time.monotonic() < closes_at)
    with caplog.at_level(logging.WARNING, logger="debrief.app"):
        at = upload(at, ("my_search.csv", UPLOAD_CSV))
    assert not at.exception
    assert asked[-1] is True and len(asked) > 1
    assert [r.getMessage() for r in caplog.records if STOPPED in r.getMessage()] == [
        "Tagging stopped after 0 of 2 notes: the browser tab was closed."
    ]
