"""The adviser packet (`debrief packet`): what it contains, said up front, and nothing live."""

from __future__ import annotations

import datetime as dt
import re

from analysis.cli import main
from analysis.codebook import load_codebook
from analysis.export import FORMATS, ExportInput
from analysis.summary import build_summary

TODAY = dt.date(2026, 3, 10)


def _packet(log, mentions) -> str:
    summary = build_summary(log, mentions, today=TODAY)
    return FORMATS["packet"].write(ExportInput(summary, log, mentions, load_codebook(),
                                               sender_name="Jo Doe"))


def test_packet_opens_with_a_notice_of_what_it_contains(summary_log, summary_mentions):
    html = _packet(summary_log, summary_mentions)
    body = html.split("<body>", 1)[1]
    assert body.startswith('<p class="notice" id="contents">This packet contains: your '
                           "feedback summary")
    notice = body.split("</p>", 1)[0]
    assert f"{len(summary_mentions)} evidence sentences" in notice
    assert "2 draft feedback-request letters" in notice
    assert "It does not contain your full log" in notice and "Share it only" in notice


def test_packet_holds_summary_evidence_and_letters(summary_log, summary_mentions):
    html = _packet(summary_log, summary_mentions)
    for section in ("action-plan", "recurring", "follow-ups", "evidence", "letters"):
        assert f'id="{section}"' in html
    evidence = html[html.index('id="evidence"'):html.index('id="letters"')]
    assert evidence.count("<tr>") == len(summary_mentions) + 1  # and a header row
    letters = html[html.index('id="letters"'):]
    assert letters.count("<pre>") == 2 and "Dear Ann Bell," in letters and "Jo Doe" in letters


def test_packet_escapes_hostile_text_and_runs_nothing(summary_log, summary_mentions):
    log = summary_log.copy()
    log.loc[3, "company"] = "<script>alert(1)</script>"
    log.loc[8, "interviewer"] = '"><img src=x onerror=alert(2)>'
    html = _packet(log, summary_mentions)
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert not re.search(r"\son\w+=", html.replace("onerror=alert(2)&gt;", ""))
    assert "script-src" not in html


def test_packet_command(tmp_path, capsys):
    log = tmp_path / "log.csv"
    log.write_text(
        "Company,Job Title,Date Applied,Interview Date,Interview Type,Result,What they said\n"
        "Acme,Data Analyst,2026-01-05,2026-01-20,1st interview,Rejected,Your answers rambled.\n",
        encoding="utf-8",
    )
    out = tmp_path / "packet.html"
    assert main(["packet", str(log), "-o", str(out), "--today", "2026-02-01"]) == 0
    assert "This packet contains" in out.read_text(encoding="utf-8")
    assert "check its first paragraph" in capsys.readouterr().err
    assert main(["packet", str(log), "-o", str(tmp_path / "packet.md")]) == 2
