"""Fixtures for the tests of the app's ui package."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _clean_caches():
    """Streamlit caches live in the process: every test starts from nothing."""
    import streamlit as st

    st.cache_data.clear()
    yield


@pytest.fixture
def downloads(monkeypatch) -> dict[str, bytes | str]:
    """What each download button on the page hands the person, by its label (last run wins)."""
    import streamlit

    given: dict[str, bytes | str] = {}
    real = streamlit.download_button

    def recording(label, data, *args, **kwargs):
        given[label] = data() if callable(data) else data  # a deferred file, built as on click
        return real(label, data, *args, **kwargs)

    monkeypatch.setattr(streamlit, "download_button", recording)
    return given
