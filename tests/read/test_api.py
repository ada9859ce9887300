"""analysis.read.api: warnings raised while reading become import notes."""

from __future__ import annotations

import io

import openpyxl
import pytest
from books import LOG, workbook
from test_xlsx import with_validation_extension

from analysis.read.api import warnings_as_notes


def test_a_library_warning_becomes_one_note(recwarn: pytest.WarningsRecorder) -> None:
    """openpyxl's own warning, caught while reading, is a sentence in the notes, said once."""
    data = with_validation_extension(workbook({"Log": LOG}))
    with warnings_as_notes() as notes:
        for _ in range(2):
            book = openpyxl.load_workbook(io.BytesIO(data))  # openpyxl warns as it reads
            assert book.active["A2"].value == "Acme"
    assert notes == [
        "While reading the file: Data Validation extension is not supported and will be removed."
    ]
    assert len(recwarn) == 0
