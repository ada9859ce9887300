"""Who each row is about in a cohort's log: a student id, or a stable pseudonym of a name.

Names and emails are personal data: they are read only to make ``person_id`` and never kept.
The pseudonym is "S-" and the first 12 hex digits of the BLAKE2b hash of the value (lower
case, spaces collapsed): the same name gives the same id in every file and every run, with
no key to keep. It is a pseudonym, not anonymity: anyone who can guess a name can hash it, so
exports for sharing still leave people out below the anonymity floor (``metrics.groups``).
"""

from __future__ import annotations

import hashlib

import pandas as pd

from analysis.normalize.cells import map_unique
from analysis.schema import PERSON_EMAIL, PERSON_ID, PERSON_NAME

PSEUDONYM_PREFIX = "S-"
_DIGEST_BYTES = 6  # 12 hex digits: a clash among 100,000 people has odds of about 1 in 50,000


def pseudonym(value: str) -> str:
    """Return the stable pseudonym of a name or email.

    >>> pseudonym("Ann Bell") == pseudonym("  ann   BELL ")
    True
    >>> pseudonym("Ann Bell")
    'S-80135b15f38b'
    """
    normal = " ".join(str(value).casefold().split())
    digest = hashlib.blake2b(normal.encode("utf-8"), digest_size=_DIGEST_BYTES).hexdigest()
    return PSEUDONYM_PREFIX + digest


def _id_or_pseudonym(value: object) -> str | None:
    """Keep a student id as written; an email written where the id goes becomes a pseudonym."""
    if not isinstance(value, str):
        return None
    return pseudonym(value) if "@" in value else value


def person_ids(text: dict[str, pd.Series], cols: dict[str, str]) -> pd.Series | None:
    """Return each row's person id (id, else email, else name pseudonym); None without one.

    >>> ids = person_ids({"person_id": pd.Series(["S7", None]),
    ...                   "person_name": pd.Series([None, "Ann Bell"]),
    ...                   "person_email": pd.Series([None, None])},
    ...                  {"person_id": "ID", "person_name": "Student"})
    >>> ids.tolist() == ["S7", pseudonym("Ann Bell")]
    True
    """
    if not any(f in cols for f in (PERSON_ID, PERSON_NAME, PERSON_EMAIL)):
        return None
    given = map_unique(text[PERSON_ID], _id_or_pseudonym)
    email = map_unique(text[PERSON_EMAIL], lambda v: pseudonym(v) if isinstance(v, str) else None)
    name = map_unique(text[PERSON_NAME], lambda v: pseudonym(v) if isinstance(v, str) else None)
    return given.where(given.notna(), email).where(lambda s: s.notna(), name)
