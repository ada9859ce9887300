"""Post titles: "Band 5 RGN interview", "Primary PGCE interview", "applying for ASYE post".

A credential or grade word that names the post being filled, or the interview for it, says
what the meeting was for, not what the candidate holds: when a post noun (``[titles] posts``
in the cue file: "interview", "post", "shortlist") follows it within a word, the experience
topic is dropped. Only an acronym or a title that opens its clause counts ("more experienced
candidate" is a verdict); "RGN with six years on the ward" keeps it.
"""

from __future__ import annotations

from analysis.tagger.model import Clause, Token
from analysis.tagger.tokens import inner_capital

_GAP = 1  # words between the credential and its post noun ("Pre-reg pharmacist interview")


def post_titles(clause: Clause) -> None:
    """Drop an experience topic that is part of the post's or the interview's name."""
    w, tokens = clause.lex.words, clause.tokens
    for item in clause.items:
        rule = item.rule
        if rule.kind != "cue" or rule.theme != w.roles.record or rule.prior < 0:
            continue
        text = clause.text[tokens[item.start].start : tokens[item.end - 1].end]
        if not (inner_capital(text) or item.start == clause.start):
            continue  # only a named credential or the title opening the note's point
        if tokens[item.end - 1].surface in w.tenure_places:
            continue  # "4 yrs in the role", "ten years in post": the post is where, no title
        ahead = range(item.end, min(item.end + _GAP + 1, clause.end))
        posts = (k for k in ahead if tokens[k].surface in w.title_posts)
        if any(not _prefix(clause.text, tokens[k]) for k in posts):
            item.dropped = True


def _prefix(text: str, token: Token) -> bool:
    """True when the word is a prefix of a hyphened compound ("4 yrs post-reg")."""
    return text[token.end : token.end + 1] == "-"


_LABEL = 4  # words at most in a label that names the candidate's post ("Audit senior:")


def label_titles(clause: Clause) -> None:
    """'Audit senior: solid on ISA 315', 'Pre-reg pharmacist: excellent on interactions': a
    grade inside the short label that opens a clause before its colon names the post or the
    candidate, so the verdict after the colon does not judge it; a label with a verdict of
    its own ("Senior enough:") or a count ("8 yrs:") keeps it."""
    tokens, record = clause.tokens, clause.lex.words.roles.record
    colon = next((k for k in range(clause.start, clause.end) if tokens[k].surface == ":"), None)
    if colon is None:
        return
    label = [k for k in range(clause.start, colon) if tokens[k].is_word]
    if not 2 <= len(label) <= _LABEL or any(tokens[k].surface[:1].isdigit() for k in label):
        return
    if any(it.kind in ("eval", "negator", "excess") and it.start < colon for it in clause.items):
        return
    for item in clause.items:
        rule = item.rule
        if rule.kind != "cue" or rule.theme != record or item.end > colon:
            continue
        text = clause.text[tokens[item.start].start : tokens[item.end - 1].end]
        if rule.prior == 0 or (rule.prior > 0 and "-" in text):
            item.dropped = True
