"""Within a sentence: the candidate's ask set against the employer's own terms.

A pay figure asked for against the employer's figure is compared ("Wants $68k; we're capped at
$60k" is a gap, "Wants 40k, we can offer 44k" is met: ``paid_asks``); any other ask meeting
the employer's stated terms is a term that does not meet (``unmet_terms``), and a pay figure
met by a bad reaction is one too (``reacted_terms``).

"Wants $68k; we're capped at $60k", "cand can only start jan, client needs nov latest", "wants
100% remote, role is hybrid 3 days", "can offer 16hrs, she wants 30+": an ask (a want verb
whose subject is not the employer, with a figure or an asked term soon after) in the same
sentence as the employer's side stating its terms is a term that does not meet, a logistics
fault. Nothing else in the sentence reads logistics for this to speak.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found, judges
from analysis.tagger.non_events import denied_reaction
from analysis.tagger.words import Words, alternation, compiled

_FIGURE = r"[$£€]?\d[\d.,]*"


def _patterns(words: Words) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """(an ask run, the employer's side, the employer words that own a want before it)."""
    not_asked = alternation(words.term_not_asked)
    term = rf"(?:{_FIGURE}(?!\s*\+?\s*(?:{not_asked})\b)|\b(?:{alternation(words.term_asked)}))"
    ask = re.compile(
        rf"(?:(\w+)\W+)?(?:(\w+)\W+)?\b(?:{alternation(words.term_wants)})\b\W+"
        rf"(?:[\w'$£€%+.,-]+\W+){{0,5}}?{term}",
        re.I,
    )
    side = re.compile(
        rf"(?:^|[;,.\-–—]\s*|\b(?:and|but|so|which|while|whereas)\s+)"
        rf"(?:(?:{alternation(words.term_sides)})(?:\s+[\w']+){{0,2}}?\s+"
        rf"(?:{alternation(words.term_side_verbs)})|{alternation(words.term_offers)})\b",
        re.I,
    )
    owners = frozenset(w for w in words.term_sides if " " not in w)
    return ask, side, owners


def unmet_terms(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` and, when an ask meets the employer's own terms, the logistics fault."""
    if judges(found, words.roles.terms):
        return found
    lowered = sentence.lower()
    if not any(w in lowered for w in ("want", "ask", "expect", "only")):
        return found  # cheap exit: no ask word at all
    ask_re, side_re, owners = compiled(words, _patterns)
    ask = next(
        (
            m
            for m in ask_re.finditer(sentence)
            if not {(m.group(1) or "").lower(), (m.group(2) or "").lower()} & owners
        ),
        None,
    )
    if ask is None:
        return found
    side = next((m for m in side_re.finditer(sentence) if not _inside(m, ask)), None)
    if side is None:
        return found
    said = ask.group(0).strip()
    return [*found, (words.roles.terms, -1, said, (said, "(terms)"))]


def _inside(side: re.Match[str], ask: re.Match[str]) -> bool:
    """True when the employer's side found lies within the ask itself."""
    return ask.start() <= side.start() and side.end() <= ask.end()


_PAY_FIGURE = re.compile(r"[$£€]\s?\d|\b\d[\d.,]*\s?(?:k|lpa|lakh|l)\b", re.I)


def _reaction_pattern(words: Words) -> re.Pattern[str]:
    """The employer's side reacting badly to a term just named."""
    return re.compile(rf"\b(?:{alternation(words.term_reactions)})\b", re.I)


def reacted_terms(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` and, when a pay figure the candidate named meets a bad reaction from the
    employer's side ("told them 32k, manager pulled a face", "I need at least 450k a month
    and his face dropped"), the logistics fault; "you went quiet" is the candidate's own."""
    if judges(found, words.roles.terms) or not _PAY_FIGURE.search(sentence):
        return found
    reaction = compiled(words, _reaction_pattern).search(sentence)
    if reaction is None or re.search(r"\byou\s*$", sentence[: reaction.start()], re.I):
        return found
    if denied_reaction(words, sentence[: reaction.start()]):
        return found  # "nobody flinched": no bad reaction (non_events.py)
    said, seen = sentence[: reaction.end()].strip(), set(reaction.group(0).lower().split())
    # The reaction is the employer's ("HR went quiet"), no verdict on the candidate's nerves.
    kept = [f for f in found if not any(seen & set(c.lower().split()) for c in f[3])]
    return [*kept, (words.roles.terms, -1, said, (reaction.group(0), "(terms)"))]


# Pay asks compared with the employer's figure ("Wants £45k; the post is graded at £36-39k").
_PAY_ASK = r"[£$€₹]\s?\d[\d,]*(?:\.\d+)?\s?(?:k|m|l|lakh)?\b|\d[\d,]*(?:\.\d+)?\s?(?:k|l|lakh)\b"
_ANY_FIGURE = re.compile(r"[£$€₹\d]")
_PAY_NUMBER = r"(\d[\d,]*(?:\.\d+)?)"
_PAY_RANGE = (
    rf"[£$€₹]?\s?{_PAY_NUMBER}\s?(?:k|m|l|lakh)?"
    rf"(?:\s?(?:-|–|to)\s?[£$€₹]?\s?{_PAY_NUMBER})?"
)


def _pay_pattern(words: Words) -> re.Pattern[str]:
    """An ask verb, its money figure, then an employer word and its figure."""
    asks = alternation(words.pay_asks)
    offers = alternation(words.pay_offers)
    return re.compile(
        rf"\b(?:{asks})\b\W{{1,3}}(?:(?:for|of|is|at least|around|about)\s+)?(?P<ask>{_PAY_ASK})"
        rf"[^.!?]{{0,40}}?\b(?:{offers})\b[^.!?\d£$€₹]{{0,25}}?(?P<offer>{_PAY_RANGE})",
        re.I,
    )


_SCALED = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s?(k|m|lakh|l)?\b", re.I)
_SCALES = {"k": 1e3, "m": 1e6, "l": 1e5, "lakh": 1e5}


def _scaled(figure: re.Match[str]) -> float:
    """A money figure's value with its multiplier ('38k' is 38,000; '£34,200' is 34,200)."""
    return float(figure.group(1).replace(",", "")) * _SCALES.get((figure.group(2) or "").lower(), 1)


def _amount(text: str) -> float:
    """The first money figure in ``text``, scaled by its suffix."""
    figure = _SCALED.search(text)
    return _scaled(figure) if figure else 0.0


def _top_amount(offer: str, after: str) -> float:
    """The employer's top figure: the range's last number, with a suffix written after the
    range ('£36-39k') or after the number ('£34,200')."""
    figures = [f for f in _SCALED.finditer(offer + after) if f.start() < len(offer)]
    return _scaled(figures[-1]) if figures else 0.0


def paid_asks(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` and, when a pay ask is set against the employer's figure, the logistics
    verdict it gives (a gap over the employer's top figure, a strength within it)."""
    if not _ANY_FIGURE.search(sentence):
        return found
    if judges(found, words.roles.terms):
        return found
    match = compiled(words, _pay_pattern).search(sentence)
    if match is None:
        return found
    offer = re.fullmatch(_PAY_RANGE, match.group("offer").strip(), re.I)
    if offer is None:
        return found
    top = _top_amount(match.group("offer"), sentence[match.end() : match.end() + 6])
    sign = -1 if _amount(match.group("ask")) > top else 1
    return [*found, (words.roles.terms, sign, match.group(0), (match.group(0), "(pay)"))]
