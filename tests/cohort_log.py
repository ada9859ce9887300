"""A careers office's cohort log with known answers, names and emails (issue 11).

By hand (the first round is the first interview after any test or screen):

- 13 students, 15 applications, 4 offers (E3, E6, H5, L1); first-round drop-off 5 of 10.
- Economics: 6 students, 8 applications, 2 offers; first rounds E1/Acme, E2, E6/Acme dropped,
  E3 and E6/Gamma passed: drop-off 3 of 5, pass rate 2 of 5 (40%).
- History: 5 students, 5 applications, 1 offer; H1, H2 dropped, H3 and H5 passed (H4 had only
  a phone screen): drop-off 2 of 4, pass rate 50%.
- Law: 2 students (L1, L2): fewer than 5, suppressed.
- With a phone screen as the first round, H4's screen is History's fifth first round, and a
  dropped one: drop-off 3 of 5.

Every student has a name and an email (read only to make the pseudonymous id, never kept);
"Tutor email" and "Preferred name" are the office's own columns that carry personal data.
"""

from __future__ import annotations

import csv
import io

HEADER = ["Student ID", "Student name", "Email", "Programme", "Graduation year", "Employer",
          "Job title", "Date applied", "Furthest stage", "Outcome", "Feedback",
          "Feedback source", "Tutor email", "Preferred name"]
SCHEME = ["Big Bank", "Graduate Analyst", "2026-01-10"]  # one scheme, its opening day
PEOPLE = {  # id: (name, email, programme, year, preferred name)
    "E1": ("Ada Quill", "ada.quill@uni.example", "Economics", "2026", "Ada"),
    "E2": ("Ben Marsh", "ben.marsh@uni.example", "Economics", "2026", "Benji"),
    "E3": ("Cara Oduya", "cara.oduya@uni.example", "Economics", "2026", "Cara"),
    "E4": ("Dev Raman", "dev.raman@uni.example", "Economics", "2026", "Dev"),
    "E5": ("Eli Stroud", "eli.stroud@uni.example", "Economics", "2027", "Eli"),
    "E6": ("Fay Lindqvist", "fay.lindqvist@uni.example", "Economics", "2027", "Fay"),
    "H1": ("Gus Pemberton", "gus.pemberton@uni.example", "History", "2026", "Gus"),
    "H2": ("Hana Ivers", "hana.ivers@uni.example", "History", "2026", "Hana"),
    "H3": ("Ivo Tamsin", "ivo.tamsin@uni.example", "History", "2026", "Ivo"),
    "H4": ("Jude Okafor", "jude.okafor@uni.example", "History", "2027", "Jude"),
    "H5": ("Kit Varga", "kit.varga@uni.example", "History", "2027", "Kit"),
    "L1": ("Lena Whitcombe", "lena.whitcombe@uni.example", "Law", "2026", "Lena"),
    "L2": ("Milo Trask", "milo.trask@uni.example", "Law", "2026", "Milo"),
}
APPLICATIONS = [  # student, employer, title, applied, furthest stage, outcome, feedback, source
    ("E1", *SCHEME, "Online test", "Rejected", "Test score too low.", "HR"),
    ("E1", "Acme", "Analyst", "2026-01-12", "First interview", "Rejected",
     "Your answers lacked examples.", "Interviewer"),
    ("E2", *SCHEME, "First interview", "Rejected", "You rambled and were hard to follow.", "HR"),
    ("E3", *SCHEME, "Final interview", "Offer", "Very well prepared.", "HR"),
    ("E4", *SCHEME, "Applied", "No reply", None, None),
    ("E5", "Gamma", "Trainee", "2026-02-01", "Assessment centre", "Rejected", None, None),
    ("E6", "Gamma", "Trainee", "2026-02-01", "Second interview", "Offer", None, None),
    ("E6", "Acme", "Analyst", "2026-01-12", "First interview", "Withdrew", None, None),
    ("H1", *SCHEME, "First interview", "Rejected", "Your answers were hard to follow.", "HR"),
    ("H2", *SCHEME, "First interview", "Rejected", "Answers were too long.", "HR"),
    ("H3", "Museum", "Curator trainee", "2026-01-20", "Second interview", "Rejected",
     "Not enough research on the museum.", "HR"),
    ("H4", "Museum", "Curator trainee", "2026-01-20", "Phone screen", "Rejected", "Mumbled.",
     "Recruiter"),
    ("H5", "Archive", "Assistant", "2026-02-03", "Final interview", "Offer", None, None),
    ("L1", *SCHEME, "First interview", "Offer", "Rambled a bit.", "HR"),
    ("L2", "Law Firm", "Trainee solicitor", "2026-01-15", "Applied", "Rejected", None, None),
]
TUTORS = {"Economics": "r.hale@uni.example", "History": "p.north@uni.example",
          "Law": "s.moss@uni.example"}


def cohort_rows() -> list[list[str | None]]:
    """The header and one row per application, as the office's export has them."""
    rows: list[list[str | None]] = [HEADER]
    for sid, *app in APPLICATIONS:
        name, email, programme, year, preferred = PEOPLE[sid]
        employer, title, applied, stage, outcome, feedback, source = app
        rows.append([sid, name, email, programme, year, employer, title, applied, stage,
                     outcome, feedback, source, TUTORS[programme], preferred])
    return rows


def cohort_csv() -> str:
    """The cohort log as CSV text."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(
        [["" if v is None else v for v in row] for row in cohort_rows()])
    return out.getvalue()


def personal_strings() -> list[str]:
    """Every name, email and preferred name in the log: no adviser's export may hold one."""
    out = []
    for name, email, _programme, _year, preferred in PEOPLE.values():
        out += [name, email, name.split()[-1], preferred]
    return out + list(TUTORS.values())


# ---------------------------------------------------------------- the same cohort, plainer
# Ten columns as an office export has them (no names or emails), for the metrics and the app.
PLAIN_HEADER = ["Student ID", "Programme", "Graduation year", "Employer", "Job title",
                "Date applied", "Furthest stage", "Outcome", "Feedback", "Feedback source"]
PLAIN_ROWS = [
    ["E1", "Economics", "2026", *SCHEME, "Online test", "Rejected", "Test score too low.", "HR"],
    ["E1", "Economics", "2026", "Acme", "Analyst", "2026-01-12", "First interview", "Rejected",
     "Your answers lacked concrete examples.", "Interviewer"],
    ["E2", "Economics", "2026", *SCHEME, "First interview", "Rejected", "You rambled.", "HR"],
    ["E3", "Economics", "2026", *SCHEME, "Final interview", "Offer", "Well prepared.", "HR"],
    ["E4", "Economics", "2026", *SCHEME, "Applied", "No reply", None, None],
    ["E5", "Economics", "2027", "Gamma", "Trainee", "2026-02-01", "Assessment centre",
     "Rejected", None, None],
    ["E6", "Economics", "2027", "Gamma", "Trainee", "2026-02-01", "Second interview", "Offer",
     None, None],
    ["E6", "Economics", "2027", "Acme", "Analyst", "2026-01-12", "First interview", "Withdrew",
     None, None],
    ["H1", "History", "2026", *SCHEME, "First interview", "Rejected", "Hard to follow.", "HR"],
    ["H2", "History", "2026", *SCHEME, "First interview", "Rejected", "Too long.", "HR"],
    ["H3", "History", "2026", "Museum", "Curator trainee", "2026-01-20", "Second interview",
     "Rejected", "Not enough research.", "HR"],
    ["H4", "History", "2027", "Museum", "Curator trainee", "2026-01-20", "Phone screen",
     "Rejected", "Mumbled.", "Recruiter"],
    ["H5", "History", "2027", "Archive", "Assistant", "2026-02-03", "Final interview", "Offer",
     None, None],
    ["L1", "Law", "2026", *SCHEME, "First interview", "Offer", "Rambled a bit.", "HR"],
    ["L2", "Law", "2026", "Law Firm", "Trainee solicitor", "2026-01-15", "Applied", "Rejected",
     None, None],
]
# By hand: 13 students, 15 applications, 4 offers. Economics: 6 students, 8 applications,
# 2 offers, first-round drop-off 3 of 5 (E1/Acme, E2, E6/Acme), heard back 7 of 8. History:
# 5, 5, 1, drop-off 2 of 4 (H4 had only a screen), heard back 5 of 5. Law: 2 students (2
# applications, 1 offer): under the floor of 5, so "fewer than 5" and nothing else.


# Mentions a tagger would give (row = the table row, in file order), by hand, so theme
# shares are known: communication is named for E2 (1 of 6 in Economics) and for H1, H2, H4
# (3 of 5 in History); L1's is in Law, under the floor.
PLAIN_MENTIONS = [
    (0, "skills", "improvement"), (1, "preparation", "improvement"),
    (2, "communication", "improvement"), (3, "preparation", "strength"),
    (8, "communication", "improvement"), (9, "communication", "improvement"),
    (10, "preparation", "improvement"), (11, "communication", "improvement"),
    (13, "communication", "improvement"),
]
