"""Debrief's dashboard: ``streamlit run app.py``.

The entry point owns what every page shares: the data source and filters in the sidebar, the
"sample data" banner, and the guard that turns an unexpected error on a page into a short
message (the traceback goes to the terminal only). Pages live in ``views/`` and stay thin.

Why ``views/`` and not ``pages/``: while a folder named ``pages`` sits beside the entry script,
Streamlit 1.67 treats the first run after a server start (and every AppTest run) as a legacy
multipage app and runs a deep-linked page *without* this script: no sidebar, no data.
"""

from __future__ import annotations

import time

import streamlit as st

import debrief_ui as ui

started = time.perf_counter()

# No page_icon and no st.Page icons: Streamlit turns them into a favicon fetched from Google's
# servers, while its default favicon is bundled (the browser test fails on any remote request).
st.set_page_config(page_title="Debrief", layout="wide")

DATA_PAGE = st.Page("views/data.py", title="Your data")
PAGES = [
    st.Page("views/overview.py", title="Overview", default=True),
    st.Page("views/funnel.py", title="Funnel"),
    st.Page("views/issues.py", title="Recurring issues"),
    st.Page("views/export.py", title="Export"),
    DATA_PAGE,
]

page = st.navigation(PAGES)
loaded = ui.load_data_guarded()
if loaded is not None:
    ui.run_guarded(lambda: ui.show_import_summary(loaded), "import summary")
    if not loaded.is_sample:  # after an upload, point at what the importer understood
        st.sidebar.page_link(
            DATA_PAGE, label="Check how your columns were read", icon=":material/table_view:"
        )
    ui.set_view(ui.view_guarded(loaded))
    ui.show_source_banner(loaded)
    ui.run_guarded(page.run, f"page {page.title!r}")
# Server-side time of this run (what benchmarks/bench_app.py reports); never shown.
st.session_state[ui.KEY_RUN_SECONDS] = time.perf_counter() - started
