"""A cohort in an export made for sharing: groups with the anonymity floor, no names or emails.

``summarise_groups`` turns ``metrics.group_frame`` and ``metrics.themes_by_group`` into the
rows an adviser's export shows (Groups sheet or section): a group of fewer than
``metrics.ANONYMITY_FLOOR`` students keeps only its name and "fewer than 5".
``personal_columns`` finds the person's own columns that could carry a name or an email
(the canonical table keeps only the pseudonymous ``person_id``), so those exports leave them
out and say so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from analysis import metrics
from analysis.codebook import Codebook
from analysis.errors import DebriefError
from analysis.schema import PERSON_ID, extra_columns

GROUP_ROW_COLUMNS: tuple[str, ...] = (
    "group", "students", "suppressed", "applications", "offers", "first_round_pass_rate",
    "top_themes",  # tuple of (theme label, share of the group's students), largest first
)
TOP_THEMES = 3
# Cells like these are emails, whatever the column's header says.
EMAIL_PATTERN = r"[^@\s]+@[^@\s]+\.[^@\s]+"


@dataclass(frozen=True)
class CohortGroups:
    """A cohort by one group column, as an adviser's export shows it."""

    by: str  # the table's column
    label: str  # the column as the user named it ("Programme")
    floor: int
    rows: pd.DataFrame = field(compare=False)  # GROUP_ROW_COLUMNS, one row per group

    @property
    def suppressed_note(self) -> str:
        """The sentence that says why some groups show no figures."""
        return (f"Groups of fewer than {self.floor} students show no figures, so that no "
                "student can be picked out.")


def for_sharing(table: pd.DataFrame, by: str | None = None) -> bool:
    """True for an export an adviser shares: a cohort's log (``person_id``), or grouped.

    >>> log = pd.DataFrame({"company": ["A"]})
    >>> for_sharing(log), for_sharing(log, "Region")
    (False, True)
    """
    return by is not None or PERSON_ID in table.columns


def _person_header_words() -> object:
    """The header words that name a person (``headers.toml``), as a whole-word matcher."""
    from analysis.normalize.vocab import PhraseMatcher, load_vocabulary

    vocab = load_vocabulary()
    words = [*vocab.exact.get("person_name", ()), *vocab.exact.get("person_email", ()),
             *vocab.generic_person]
    return PhraseMatcher({"person": words})


def personal_columns(table: pd.DataFrame) -> list[str]:
    """The person's own columns whose header names a person, or whose cells hold an email.

    >>> t = pd.DataFrame({"Tutor name": ["Ann Bell"], "Contact": ["ann@uni.example"],
    ...                   "Salary": ["30k"]})
    >>> personal_columns(t)
    ['Tutor name', 'Contact']
    """
    from analysis.normalize.vocab import fold

    words = _person_header_words()
    out = []
    for column in extra_columns(table):
        values = table[column].astype("string")
        if words.match(fold(column, camel=True)) or bool(
                values.str.contains(EMAIL_PATTERN, regex=True).fillna(False).any()):
            out.append(column)
    return out


def check_shareable_group(table: pd.DataFrame, by: str) -> None:
    """Refuse to group by a column that may hold names or emails: group names are shown.

    >>> check_shareable_group(pd.DataFrame({"Tutor": ["a@b.example"]}), "Tutor")
    ...                       # doctest: +ELLIPSIS
    Traceback (most recent call last):
    analysis.errors.DebriefError: The column 'Tutor' may hold names or emails, and a group...
    """
    if by in table.columns and personal_columns(table[[by]]):
        raise DebriefError(
            f"The column '{by}' may hold names or emails, and a group's name is shown in "
            "full: group by a programme, cohort, school or adviser column instead."
        )


def top_themes(themes: pd.DataFrame, codebook: Codebook,
               n: int = TOP_THEMES) -> dict[str, tuple[tuple[str, float], ...]]:
    """Per group, its ``n`` improvement themes named by the largest share of its students."""
    named = themes[themes["students_with_theme"] > 0].sort_values(
        ["group", "share", "theme"], ascending=[True, False, True], kind="stable")
    return {str(group): tuple((codebook.label(str(t)), float(s))
                              for t, s in part[["theme", "share"]].head(n).itertuples(
                                  index=False))
            for group, part in named.groupby("group", sort=True)}


def summarise_groups(
    table: pd.DataFrame, mentions: pd.DataFrame, by: str, codebook: Codebook, *,
    label: str | None = None, floor: int = metrics.ANONYMITY_FLOOR,
) -> CohortGroups:
    """The cohort by ``by``: figures per group, suppressed under ``floor`` students."""
    check_shareable_group(table, by)
    frame = metrics.group_frame(table, by, floor=floor)
    themes = top_themes(metrics.themes_by_group(table, mentions, by, floor=floor), codebook)
    rows = frame.assign(top_themes=[() if hidden else themes.get(str(g), ())
                                    for g, hidden in zip(frame["group"], frame["suppressed"],
                                                         strict=True)])
    return CohortGroups(by=by, label=label or by, floor=floor,
                        rows=rows[list(GROUP_ROW_COLUMNS)].reset_index(drop=True))
