"""Stage 7: a yes/no question the note itself answers "no".

"Was I nervous? Not in the slightest." says the opposite of what the question's words say:
the question's mentions are flipped when the next sentence opens with a denial (cue file
[questions]). A question left unanswered, or answered otherwise, is read as written.
"""

from __future__ import annotations

import re

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Found

_TOKENS = re.compile(r"[a-z0-9]+(?:'[a-z]+)*|[^\sa-z0-9]")
_LONGEST_DENIAL = 6  # words


def denied_question(lex: Lexicon, question: str, answer: str) -> bool:
    """True when ``question`` is a yes/no question and ``answer`` opens by denying it.

    >>> from analysis.tagger import build_tagger
    >>> lex = build_tagger().lexicon
    >>> denied_question(lex, "Was I late?", "No, ten minutes early."), denied_question(
    ...     lex, "Was I late?", "No excuse for it.")
    (True, False)
    """
    if not question.rstrip().endswith("?"):
        return False
    words = lex.words
    asked = _TOKENS.findall(question.strip().lower())
    if len(asked) < 2 or asked[-1] != "?" or asked[0] not in words.question_openers:
        return False
    reply = _TOKENS.findall(answer.lower())
    for n in range(1, min(_LONGEST_DENIAL, len(reply)) + 1):
        if not reply[n - 1][0].isalnum():
            break
        ends = n == len(reply) or not reply[n][0].isalnum()
        if ends and " ".join(reply[:n]) in words.denials:
            return True
    return False


def answer_questions(lex: Lexicon, sentences: list[tuple[str, list[Found]]]) -> list[Found]:
    """Every sentence's mentions in order, a denied question's with their signs flipped."""
    found: list[Found] = []
    for i, (text, more) in enumerate(sentences):
        if more and i + 1 < len(sentences) and denied_question(lex, text, sentences[i + 1][0]):
            more = [(theme, -sign, evidence, cues) for theme, sign, evidence, cues in more]
        found += more
    return found
