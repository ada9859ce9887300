"""analysis.read.text: legacy encodings detected (charset-normalizer), said, and overridable."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.errors import DebriefError
from analysis.read import read_raw
from analysis.read.text import guess_legacy

POLISH = [["Company", "Role", "Feedback"], ["Łódź Logistyka", "Analityk", "Za mało przykładów"],
          ["Żabka Polska", "Specjalista", "Świetna rozmowa"]]
RUSSIAN = [["Company", "Role", "Feedback"], ["Москва Банк", "Аналитик", "Хорошо"],
           ["Сбер", "Аналитик", "Слишком длинно"]]


def text(rows: list[list[str]]) -> str:
    """Rows as comma-separated text."""
    return "".join(",".join(row) + "\r\n" for row in rows)


@pytest.mark.parametrize(
    ("rows", "codec", "name", "language"),
    [(POLISH, "cp1250", "Windows-1250 (Central European)", "Polish"),
     (RUSSIAN, "cp1251", "Windows-1251 (Cyrillic)", "Russian")],
)
def test_legacy_encodings_are_detected_and_the_note_says_which_and_how_sure(
    rows: list[list[str]], codec: str, name: str, language: str
) -> None:
    """A Polish cp1250 and a Russian cp1251 export read as their authors typed them."""
    table = read_raw(text(rows).encode(codec), "log.csv")
    assert table.frame["Company"].tolist() == [rows[1][0], rows[2][0]]
    assert table.encoding == codec
    assert f"Read the text as {name}." in table.notes
    note = next(n for n in table.notes if n.startswith("The text encoding was detected"))
    assert language in note and "sure" in note and "choose the file's encoding" in note


@pytest.mark.parametrize(("company", "codec"), [("Łódź Logistyka", "cp1250"),
                                               ("Москва Банк", "cp1251")])
def test_a_single_accented_name_is_enough(company: str, codec: str) -> None:
    """The shortest log the issue names: one company, everything else ASCII."""
    table = read_raw(f"Company,Role\n{company},Analyst\n".encode(codec), "log.csv")
    assert table.frame.loc[2, "Company"] == company


def test_the_user_can_choose_the_encoding() -> None:
    """A guess can be overridden: the same bytes read in the encoding chosen."""
    data = "Company,Role\nČeská spořitelna,Analytik\n".encode("cp1250")
    table = read_raw(data, "log.csv", encoding="cp1250")
    assert table.frame.loc[2, "Company"] == "Česká spořitelna"
    assert table.encoding == "cp1250"
    assert "Read the text as Windows-1250 (Central European), as chosen." in table.notes
    forced = read_raw(data, "log.csv", encoding="Windows-1252")
    assert forced.frame.loc[2, "Company"] == data.split(b"\n")[1].split(b",")[0].decode("cp1252")


@pytest.mark.parametrize("name", ["klingon", "rot13", "base64"])
def test_an_unknown_encoding_is_one_sentence(name: str) -> None:
    """A typo, or a codec that is not a text encoding, is refused before reading."""
    with pytest.raises(DebriefError) as caught:
        read_raw(b"Company\nAcme\n", "log.csv", encoding=name)
    message = str(caught.value)
    assert message.startswith(f"'{name}' is not a text encoding Debrief knows")
    assert message.endswith(".") and "\n" not in message


def test_utf8_is_never_second_guessed() -> None:
    """Valid UTF-8 reads as UTF-8, with no note."""
    table = read_raw(text(POLISH).encode(), "log.csv")
    assert table.encoding == "utf-8" and table.notes == []


WESTERN = st.sampled_from(["Société Générale", "Müller GmbH", "Crédit Agricole", "Nestlé",
                           "Zürich Versicherung", "L’Oréal", "Telefónica", "Ørsted", "Åhléns"])


@settings(max_examples=40, deadline=None)
@given(st.lists(WESTERN, min_size=1, max_size=6))
def test_western_european_names_still_read_as_windows_1252(names: list[str]) -> None:
    """Detection must not break what Excel's default Western encoding already read right."""
    data = ("Company\n" + "\n".join(names) + "\n").encode("cp1252")
    assert data.decode(guess_legacy(data).codec) == data.decode("cp1252")
