"""The Next steps panel at the top of Overview (issue 13 item 1), in words.

Where the search stops most, the one to three issues to work on (each with its evidence, who
said it and one drill), and the feedback requests due now, each draft one click away. With a
log that cannot show a lesson yet, it says what to do first instead.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from analysis import lessons
from analysis.summary import Summary
from ui.cache import codebook_cached
from ui.escape import md, quote, quote_source
from ui.exports import summary_cached
from ui.filters import filter_note
from ui.letters import letter_editor, request_title
from ui.state import View


def view_summary(view: View, today: dt.date) -> Summary:
    """The view's summary, the same cached one the exports are written from."""
    return summary_cached(view.key, today, view.table, view.mentions, filter_note(view))


def show_issue(number: int, issue: lessons.IssueStep) -> None:
    """One issue: its name and how often, the evidence sentence, who said it, one drill."""
    st.markdown(f"**{number}. {md(issue.label)}** · {lessons.how_often(issue)}")
    if issue.evidence is not None:
        st.markdown(quote(issue.evidence.text))
        st.caption(quote_source(issue.evidence.company, issue.evidence.date,
                                issue.evidence.source))
    if issue.drill:
        st.markdown(f"**Practise:** {md(issue.drill)}")


def show_requests(summary: Summary, steps: lessons.NextSteps, today: dt.date) -> None:
    """The feedback requests due now, each with its draft in an expander."""
    if steps.requests.empty:
        return
    st.markdown(f"**Ask for feedback** ({len(steps.requests)} due now)")
    for request in steps.requests.to_dict("records"):
        with st.expander(request_title(request, today)):
            letter_editor(summary, str(request["application_id"]), where="overview")


def show_next_steps(view: View, today: dt.date) -> None:
    """The Next steps panel."""
    summary = view_summary(view, today)
    steps = lessons.next_steps(view.table, summary, codebook_cached())
    with st.container(border=True, key="next_steps"):
        st.subheader("Next steps")
        first = lessons.first_thing_to_do(view.table, summary)
        if steps.drop is not None:
            st.markdown(f"**Where you stop most:** {md(steps.drop.sentence)}")
        if first is not None:
            st.info(first, icon=":material/flag:")
        if steps.issues:
            st.markdown(f"##### {lessons.issues_heading(steps.issues)}")
            for number, issue in enumerate(steps.issues, 1):
                show_issue(number, issue)
        elif first is None:
            st.caption("Your feedback names nothing specific to improve yet: ask for "
                       "specifics when you next hear back.")
        show_requests(summary, steps, today)
