"""headers.toml against the schema: a field or label renamed in one place fails loudly."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from analysis.errors import DebriefError
from analysis.normalize.vocab import (
    HEADERS_PATH,
    check_against_schema,
    fold,
    load_vocabulary,
    stage_of_text,
)
from analysis.schema import MAPPABLE_FIELDS


def renamed(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of headers.toml with one piece of text replaced."""
    text = HEADERS_PATH.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "headers.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("[fields.company]", "[fields.employer]", "names field 'employer'"),
        ('field = "interviewer"', 'field = "interviewers"', "names field 'interviewers'"),
        ("\nsecond_round = [\"technical\"", "\nround_two = [\"technical\"",
         "names stage 'round_two'"),
        ("\nghosted = [", "\nignored = [", "names outcome 'ignored'"),
        ("\ncareer_services = [", "\ncareers = [", "names feedback source 'careers'"),
        ("\nin_person = [", "\nface = [", "names channel 'face'"),
    ],
)
def test_a_word_list_naming_what_the_schema_lacks_is_refused(tmp_path, old, new, message):
    with pytest.raises(DebriefError, match=message) as refused:
        load_vocabulary(renamed(tmp_path, old, new))
    assert "analysis/schema.py" in str(refused.value) and "\n" not in str(refused.value)


def test_a_schema_field_without_header_words_is_refused():
    data = tomllib.loads(HEADERS_PATH.read_text(encoding="utf-8"))
    del data["fields"]["interviewer"]
    with pytest.raises(DebriefError, match="no header words for field 'interviewer'"):
        check_against_schema(data)


def test_the_shipped_word_list_covers_every_mappable_field():
    assert set(load_vocabulary().exact) == set(MAPPABLE_FIELDS)


def test_stage_words_and_round_numbers():
    vocab = load_vocabulary()
    assert [stage_of_text(fold(t), vocab) for t in ("Round 2", "3rd", "Interview", "Coffee")] == [
        "second_round", "final_round", "by_round", "?"
    ]
