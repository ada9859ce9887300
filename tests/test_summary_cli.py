"""`debrief summary` and `debrief letters`: files written, formats by extension, exit statuses."""

from __future__ import annotations

import io
import re

import pandas as pd
import pytest
from openpyxl import load_workbook

from analysis.cli import main
from analysis.commands import summary as summary_command
from analysis.export.xlsx import SHEETS
from analysis.schema import empty_mentions

LOG = """Company,Job Title,Date Applied,Interview Date,Interview Type,Result,What they said,\
Feedback from,Via,Interviewer
Acme,Data Analyst,2026-01-05,2026-01-20,1st interview,Rejected,Your answers rambled.,\
Interviewer,Email,Dana Fox
"=HYPERLINK(""http://evil"")",<script>alert(1)</script>,2026-01-10,2026-01-18,1st interview,\
Rejected,We went with a candidate who was a better fit.,Interviewer,Email,
Gamma,BI Analyst,2026-02-01,2026-02-12,Phone screen,Rejected,,,,Sam Lee
Delta,Analyst,2026-02-03,,,No reply,,,,
"""
# By hand, with the keyword tagger below and --today 2026-02-20: 4 applications, 3 interviews;
# improvements: communication 1 (Acme), fit 1 (the hostile company); follow-ups: the hostile
# company (generic, rejected 01-18, due 02-01, overdue by 19 days) and Gamma (no feedback,
# rejected 02-12, due 02-26, in 6 days, Sam Lee). Acme's feedback is specific: no follow-up.
KEYWORDS = {"rambled": ("communication", "improvement"), "better fit": ("fit", "improvement")}


def keyword_tagger(table: pd.DataFrame, codebook) -> pd.DataFrame:
    """A stand-in for the NLTK tagger, so these tests check the command, not the tagger."""
    rows = [
        (label, theme, polarity, str(text), (word,))
        for label, text in table["feedback"].dropna().items()
        for word, (theme, polarity) in KEYWORDS.items()
        if word in str(text)
    ]
    frame = pd.DataFrame(rows, columns=["row", "theme", "polarity", "evidence", "cues"])
    return pd.concat([empty_mentions(), frame]).astype(empty_mentions().dtypes.to_dict())


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    monkeypatch.setattr(summary_command, "tag_log", keyword_tagger)
    path = tmp_path / "log.csv"
    path.write_text(LOG, encoding="utf-8")
    return path


def test_summary_writes_a_workbook(log_file, tmp_path, capsys):
    out = tmp_path / "summary.xlsx"
    assert main(["summary", str(log_file), "-o", str(out), "--today", "2026-02-20"]) == 0
    wb = load_workbook(io.BytesIO(out.read_bytes()))
    assert wb.sheetnames == list(SHEETS)
    follow = [[c.value for c in row] for row in wb["Follow-ups"].iter_rows(min_row=2)]
    assert [(r[1], r[8], r[9]) for r in follow] == [
        ('=HYPERLINK("http://evil")', "Yes", -19),
        ("Gamma", "No", 6),
    ]
    cell = wb["Follow-ups"]["B2"]
    assert cell.data_type == "s" and cell.quotePrefix
    assert "Wrote" in capsys.readouterr().err


def test_summary_writes_html_and_markdown(log_file, tmp_path):
    html_path, md_path = tmp_path / "r.html", tmp_path / "r.md"
    assert main(["summary", str(log_file), "-o", str(html_path), "--today", "2026-02-20"]) == 0
    assert main(["summary", str(log_file), "-o", str(md_path), "--today", "2026-02-20"]) == 0
    html = html_path.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert not re.search(r"<script[^>]+src=", html)
    md = md_path.read_text(encoding="utf-8")
    assert "1 February 2026 (overdue by 19 days)" in md
    assert "26 February 2026 (in 6 days)" in md
    assert "| Clear & concise communication | 1 |" in md


def test_summary_without_output_prints_markdown(log_file, capsys):
    assert main(["summary", str(log_file), "--today", "2026-02-20"]) == 0
    assert capsys.readouterr().out.startswith("# Interview feedback summary")


def test_today_makes_the_output_reproducible(log_file, capsys):
    main(["summary", str(log_file), "--today", "2026-01-25"])
    early = capsys.readouterr().out
    assert "1 February 2026 (in 7 days)" in early


def test_letters_command(log_file, tmp_path, capsys):
    out = tmp_path / "letters.md"
    code = main(["letters", str(log_file), "-o", str(out), "--today", "2026-02-20",
                 "--name", "Jo Doe"])
    assert code == 0
    text = out.read_text(encoding="utf-8")
    sections = re.split(r"\n(?=## )", text)[1:]
    assert len(sections) == 2
    assert "Dear [Interviewer name]," in sections[0]
    assert "Dear Sam Lee," in sections[1]
    assert "the BI Analyst position at Gamma on 12 February 2026" in sections[1]
    assert text.count("Jo Doe") == 2
    assert "Wrote 2 letters" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["summary", "{log}", "-o", "out.pdf"], "'.pdf'; the summary can be written as .xlsx"),
        (["summary", "{log}", "-o", "out"], "no extension"),
        (["letters", "{log}", "-o", "out.docx"], "letters are written as .md"),
        (["summary", "{log}", "--today", "20/02/2026"], "--today must be a date like"),
        (["summary", "missing.csv", "-o", "x.md"], "does not exist"),
        (["letters", "missing.csv"], "does not exist"),
    ],
)
def test_bad_input_is_one_clear_sentence_and_exit_2(log_file, tmp_path, capsys, argv, message):
    argv = [a.replace("{log}", str(log_file)) for a in argv]
    argv = [str(tmp_path / a) if a.startswith(("out", "missing", "x.")) else a for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err
    assert "Traceback" not in err
    assert not any(tmp_path.glob("out*"))


def test_unreadable_log_exits_2(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(summary_command, "tag_log", keyword_tagger)
    bad = tmp_path / "log.csv"
    bad.write_bytes(b"")
    assert main(["summary", str(bad), "-o", str(tmp_path / "s.md")]) == 2
    assert capsys.readouterr().err.startswith("error: ")


def test_real_tagger_end_to_end(tmp_path):
    pytest.importorskip("analysis.tagger")
    path = tmp_path / "log.csv"
    path.write_text(LOG, encoding="utf-8")
    out = tmp_path / "s.md"
    assert main(["summary", str(path), "-o", str(out), "--today", "2026-02-20"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "- **Applications:** 4" in text
    assert "Gamma" in text  # rejected without feedback: a request to send
