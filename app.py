"""Debrief's dashboard: ``streamlit run app.py``.

The frame every page shares (the data source and filters in the sidebar, the banners, the
guard that turns an unexpected error on a page into a short message) is ``ui.frame``; the
thin pages live in ``pages/``. See ``ui/__init__.py`` for the modules behind them.
"""

from __future__ import annotations

from ui.frame import run_app

run_app()
