"""Moved to :mod:`analysis.export.html` and :mod:`analysis.export.markdown`; this name stays
until debrief_ui imports the new ones."""

from analysis.export.html import summary_to_html  # noqa: F401
from analysis.export.markdown import summary_to_markdown  # noqa: F401
