"""First round, defined (issue 13 item 3): the one switch that counts phone screens as a round.

Every page that shows a first-round figure says what counts (``FIRST_ROUND_DEFINITION``) and
offers this switch; its value is kept in the session so Overview and Funnel agree.
"""

from __future__ import annotations

import inspect
from typing import Any

import pandas as pd
import streamlit as st

from analysis import metrics

KEY_SCREENS = "count_screens_as_round"
OPTION = "screens_as_round"  # the keyword metrics.first_round_dropoff / funnel_report take


def screens_as_round() -> bool:
    """Whether the person counts phone screens as the first round."""
    return bool(st.session_state.get(KEY_SCREENS, False))


def supported() -> bool:
    """Whether the metrics can count screens as a round (the option is a keyword there)."""
    return OPTION in inspect.signature(metrics.first_round_dropoff).parameters


def round_options() -> dict[str, Any]:
    """The keyword arguments first-round metrics take for the person's choice."""
    return {OPTION: screens_as_round()} if supported() else {}


def count_screens_toggle() -> None:
    """The switch, shown only when the metrics can honour it."""
    if supported():
        st.toggle("Count phone screens as a round", key=KEY_SCREENS,
                  help="On: an application whose first step was a phone screen counts that "
                  "screen as its first round.")


def first_round_numbers(table: pd.DataFrame) -> tuple[int, int, tuple[float, float]]:
    """(passed, decided, 95% interval) of the first round, with the person's choice."""
    drop = metrics.first_round_dropoff(table, **round_options())
    decided = int(drop["of"])
    passed = decided - int(drop["count"])
    return passed, decided, metrics.wilson_interval(passed, decided)
