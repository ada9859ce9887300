"""Moved to :mod:`analysis.export.safe`; this name stays until debrief_ui imports the new one."""

from analysis.export.safe import (  # noqa: F401
    FORMULA_TRIGGERS,
    escape_html,
    escape_markdown,
    neutralise_formula,
    neutralise_frame,
)
