"""Moved to :mod:`analysis.export.letters`; this name stays until debrief_ui imports the new one."""

from analysis.export.letters import (  # noqa: F401
    NOTHING_TO_ASK,
    Letter,
    compose_letters,
    draft_letters,
    fill_template,
)
