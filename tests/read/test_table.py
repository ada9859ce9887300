"""analysis.read.table: error values in any file are missing cells, and the note says where."""

from __future__ import annotations

from analysis.read import read_raw


def test_excel_error_values_in_a_csv_export_are_missing_values() -> None:
    """Excel writes #N/A and #REF! into a CSV as text: they are no company and no outcome."""
    data = b"Company,Role,Outcome\nAcme,Analyst,#N/A\n#REF!,Analyst,offer\nBeta,#DIV/0!,no\n"
    table = read_raw(data, "export.csv")
    assert table.frame.to_dict("index") == {
        2: {"Company": "Acme", "Role": "Analyst", "Outcome": None},
        3: {"Company": None, "Role": "Analyst", "Outcome": "offer"},
        4: {"Company": "Beta", "Role": None, "Outcome": "no"},
    }
    assert (
        "3 cell(s) hold an Excel error value (#N/A in C2, #REF! in A3 and 1 more) and were "
        "read as empty; fix the formulas in Excel if those values matter." in table.notes
    )


def test_text_that_only_mentions_an_error_is_kept() -> None:
    """Feedback that talks about '#N/A' is text, not an error value."""
    table = read_raw(b"Company,Feedback\nAcme,Sheet showed #N/A twice\n", "log.csv")
    assert table.frame.loc[2, "Feedback"] == "Sheet showed #N/A twice"
    assert not any("error value" in n for n in table.notes)
