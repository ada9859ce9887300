"""Within a sentence: a pay figure the candidate asks for, set against the employer's figure.

"Wants $68k; we're capped at $60k", "Wants £45k; the post is graded at £36-39k", "Wants $24 an
hour, we're at $21.50": the ask is a money figure after an asking verb, the employer's figure
follows one of its words (capped, graded, band, we're at); an ask over the employer's top
figure is a logistics gap, one within it a logistics strength. Nothing else in the sentence
judges logistics for this to speak.
"""

from __future__ import annotations

import re

from analysis.tagger.model import Found
from analysis.tagger.words import Words, alternation, compiled

_MONEY = r"[£$€₹]\s?\d[\d,]*(?:\.\d+)?\s?(?:k|m|l|lakh)?\b|\d[\d,]*(?:\.\d+)?\s?(?:k|l|lakh)\b"
_NUMBER = r"(\d[\d,]*(?:\.\d+)?)"
_FIGURE = rf"[£$€₹]?\s?{_NUMBER}\s?(?:k|m|l|lakh)?(?:\s?(?:-|–|to)\s?[£$€₹]?\s?{_NUMBER})?"


def _patterns(words: Words) -> re.Pattern[str]:
    """An ask verb, its money figure, then an employer word and its figure."""
    asks = alternation(words.pay_asks)
    offers = alternation(words.pay_offers)
    return re.compile(
        rf"\b(?:{asks})\b\W{{1,3}}(?:(?:for|of|is|at least|around|about)\s+)?(?P<ask>{_MONEY})"
        rf"[^.!?]{{0,40}}?\b(?:{offers})\b[^.!?\d£$€₹]{{0,25}}?(?P<offer>{_FIGURE})",
        re.I,
    )


def _number(text: str) -> float:
    """The first number in ``text`` (commas dropped)."""
    match = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return float(match.group(0).replace(",", "")) if match else 0.0


def pay_asks(words: Words, sentence: str, found: list[Found]) -> list[Found]:
    """``found`` and, when a pay ask is set against the employer's figure, the logistics
    verdict it gives (a gap over the employer's top figure, a strength within it)."""
    if not any(ch in sentence for ch in "£$€₹0123456789"):
        return found
    if any(theme == "logistics" for theme, *_ in found):
        return found
    match = compiled(words, _patterns).search(sentence)
    if match is None:
        return found
    offer = re.fullmatch(_FIGURE, match.group("offer").strip(), re.I)
    if offer is None:
        return found
    top = float((offer.group(2) or offer.group(1)).replace(",", ""))
    sign = -1 if _number(match.group("ask")) > top else 1
    return [*found, ("logistics", sign, match.group(0), (match.group(0), "(pay)"))]
