"""First round, defined (issue 13 item 3): the one switch that counts phone screens as a round.

Every page that shows a first-round figure says what counts (``metrics.dropoff_definition``)
and offers this switch; its value is kept in the session, so Overview and Funnel agree.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from analysis import metrics

KEY_SCREENS = "count_screens_as_round"


def screens_as_round() -> bool:
    """Whether the person counts phone screens as the first round."""
    return bool(st.session_state.get(KEY_SCREENS, False))


def round_options() -> dict[str, Any]:
    """The keyword arguments first-round metrics take for the person's choice."""
    return {"screens_as_round": screens_as_round()}


def first_round_definition() -> str:
    """What counts as the first round, as the switch now stands."""
    return metrics.dropoff_definition(screens_as_round())


def count_screens_toggle(where: str) -> None:
    """The definition in one line, and the switch (one session value, a widget per page)."""
    key = f"{KEY_SCREENS}::{where}"
    st.session_state[key] = screens_as_round()
    st.toggle("Count phone screens as a round", key=key, on_change=_keep, args=(key,),
              help="On: an application whose first step was a phone screen counts that "
              "screen as its first round.")
    st.caption(first_round_definition())


def _keep(key: str) -> None:
    """Keep the switch's value beyond the page (a widget's own state ends with its page)."""
    st.session_state[KEY_SCREENS] = bool(st.session_state[key])


def first_round_numbers(table: pd.DataFrame) -> tuple[int, int, tuple[float, float]]:
    """(passed, decided, 95% interval) of the first round, with the person's choice."""
    head = metrics.headline_numbers(table, **round_options())
    passed, decided = int(head["first_round_passed"]), int(head["first_round_decided"])
    return passed, decided, metrics.wilson_interval(passed, decided)
