"""What every page shares: navigation, the data source and filters, banners, and guards.

``app.py`` calls ``run_app``. Each page file in ``pages/`` defines ``render(view)`` and ends
with ``run_page(render)``, which renders it inside this frame.

Why pages call ``run_page`` and do not just run: while a folder named ``pages`` sits beside
the entry script, Streamlit runs the first request after a server start (and every AppTest
run) in its legacy pages-directory mode, which executes a deep-linked page file *without*
``app.py``. A page file run that way calls ``run_app`` instead, whose ``st.navigation``
leaves legacy mode and runs the same page again, this time inside the frame. Page files are
named as their URL paths, so the legacy lookup finds them and shows no "Page not found".
"""

from __future__ import annotations

import contextvars
import time
from collections.abc import Callable

import streamlit as st

from ui import source, state, workspace
from ui.escape import md
from ui.filters import apply_filters, show_filter_note, sidebar_filters
from ui.guards import load_data_guarded, run_guarded, view_guarded
from ui.state import Loaded, View

# (file in pages/, title): the file's name is its URL path ("pages/funnel.py" -> /funnel).
PAGES: tuple[tuple[str, str], ...] = (
    ("overview", "Overview"),
    ("funnel", "Funnel"),
    ("issues", "Recurring issues"),
    ("review", "Review tags"),
    ("add_interview", "Add an interview"),
    ("export", "Export"),
    ("data", "Your data"),
)
DATA_PAGE = "data"

_IN_FRAME: contextvars.ContextVar[bool] = contextvars.ContextVar("in_frame", default=False)


def navigation_pages() -> dict[str, st.Page]:
    """The app's pages by URL path, the first the default."""
    return {
        path: st.Page(f"pages/{path}.py", title=title, url_path=path, default=i == 0)
        for i, (path, title) in enumerate(PAGES)
    }


def run_page(render: Callable[[View], None]) -> None:
    """Render a page inside the app's frame (a page file's one top-level call)."""
    if _IN_FRAME.get():
        render(state.current_view())
    else:  # run by Streamlit's legacy pages/ mode: run the app, which runs this page
        run_app()


def run_app() -> None:
    """The whole app for one run: sidebar, banners, then the page the URL names."""
    started = time.perf_counter()
    # No page_icon and no st.Page icons: Streamlit turns them into a favicon fetched from
    # Google's servers, while its default favicon is bundled (the browser test fails on any
    # remote request).
    st.set_page_config(page_title="Debrief", layout="wide")
    pages = navigation_pages()
    page = st.navigation(list(pages.values()))
    loaded = load_data_guarded(workspace.load_data, source.load_sample)
    if loaded is not None:
        show_frame(loaded, pages[DATA_PAGE])
        token = _IN_FRAME.set(True)
        try:
            run_guarded(page.run, f"page {page.title!r}")
        finally:
            _IN_FRAME.reset(token)
    # Server-side time of this run (what benchmarks/bench_app.py reports); never shown.
    st.session_state[state.KEY_RUN_SECONDS] = time.perf_counter() - started


def show_frame(loaded: Loaded, data_page: st.Page) -> None:
    """The sidebar summary and filters, and the banners above every page."""
    run_guarded(lambda: show_import_summary(loaded), "import summary")
    if not loaded.is_sample:  # after an upload, point at what the importer understood
        st.sidebar.page_link(
            data_page, label="Check how your columns were read"
        )
    view = view_guarded(loaded, lambda data: apply_filters(data, sidebar_filters(data)))
    state.set_view(view)
    show_source_banner(loaded)
    run_guarded(lambda: show_filter_note(view), "filter note")


def show_import_summary(loaded: Loaded) -> None:
    """Show in the sidebar whose data this is, its size, and whether rows were left out."""
    counts = loaded.counts
    with st.sidebar:
        if loaded.is_sample:
            st.caption(f"Showing the bundled {state.SAMPLE_LABEL.lower()} "
                       f"({md(state.SAMPLE_PATH.name)}).")
        else:
            st.caption(f"Showing {md(loaded.label)}.")
        c1, c2 = st.columns(2)
        c1.metric("Applications", f"{loaded.totals['applications']:,}")
        c2.metric("Interviews", f"{loaded.totals['interviews']:,}")
        flagged = counts.get("skipped", 0) + counts.get("duplicates", 0)
        if flagged:
            st.caption(f"{flagged:,} rows skipped or counted once: see *Your data*.")


def show_source_banner(loaded: Loaded) -> None:
    """Say at the top of every page whose data this is (and why an upload was refused)."""
    if loaded.error:
        st.error(f"{md(loaded.error)} Showing the sample data instead.")
    if loaded.warning:
        st.warning(md(loaded.warning))
    if loaded.is_sample:
        st.info(
            f"**{state.SAMPLE_LABEL}**: a made-up job search, so you can look around. "
            "Upload your own log in the sidebar to see yours.",
            icon=":material/science:",
        )
