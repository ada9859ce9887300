"""Moved to :mod:`analysis.export.xlsx`; this name stays until debrief_ui imports the new one."""

from analysis.export.xlsx import SHEETS, summary_to_xlsx  # noqa: F401
