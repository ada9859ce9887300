"""The ``Tagger``, which runs the ordered passes (``passes``) over a note.

A note is cleaned, tokenised and split into sentences (``tokens``); each sentence's phrases are
matched (``phrases``) and it is cut into clauses (``clauses``); each clause then goes through
``passes.CLAUSE_PASSES`` in order, ``verdict`` judges what is left, and the sentence's verdicts
go through ``passes.SENTENCE_PASSES``. Mentions of one (theme,
polarity) are merged over the note, in order of first evidence.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from analysis import text as tx
from analysis.codebook import Codebook, load_codebook
from analysis.memory import age_survivors, paused_collector
from analysis.tagger.anaphora import opens_on_anaphor
from analysis.tagger.answers import append_answered
from analysis.tagger.blanks import explained_blanks, misfit_dress_before
from analysis.tagger.casual_manner import casual_manner
from analysis.tagger.chunks import plain_chunks
from analysis.tagger.clauses import INLINE, cut_clauses
from analysis.tagger.clefts import opens_pseudo_cleft
from analysis.tagger.described import drop_described_rivals
from analysis.tagger.excess_grounds import drop_excess_grounds
from analysis.tagger.lexicon import Lexicon, build_lexicon, vader_lexicon_path
from analysis.tagger.likeness import drop_likeness_rivals
from analysis.tagger.model import POLARITY_NAME, Clause, Found, Item, Mention, Token
from analysis.tagger.named_terms import drop_named_terms
from analysis.tagger.names import drop_names, rematch_name_cuts
from analysis.tagger.nouns import drop_noun_advice
from analysis.tagger.otherwise import rest_verdict
from analysis.tagger.parts import body_span
from analysis.tagger.passes import CLAUSE_PASSES, SENTENCE_PASSES
from analysis.tagger.phrases import match_sentence
from analysis.tagger.refuted_claims import drop_refuted_claims
from analysis.tagger.remedies import remedy_next
from analysis.tagger.residuals import replace_denial, residual_next
from analysis.tagger.rival_subjects import rival_inside
from analysis.tagger.speaker import (
    drop_staff_rivals,
)
from analysis.tagger.tenure import drop_gap_counts, read_tenure
from analysis.tagger.tokens import item_words, split_sentences, tokenize
from analysis.tagger.topic_answers import answered_topics, next_frame
from analysis.tagger.verdict import ellipsis, judge_clause
from analysis.tagger.words import plain_words
from analysis.tagger.yardsticks import yardstick_rival

SENTENCE_CACHE_SIZE = 50_000




def _about_a_third_person(lex: Lexicon, text: str) -> bool:
    """True when a note speaks of he/she and never of you or I."""
    words = plain_words(text)  # per note, uncached: no set built from the list
    w = lex.words
    return not w.third_person.isdisjoint(words) and w.second_or_first_person.isdisjoint(words)


def _after_exception(lex: Lexicon, tokens: list[Token], items: list[Item], start: int) -> bool:
    """True when a clause is the exception an "other than" / "apart from" opened."""
    marker = next((it for it in items if it.rule.kind == "contrast" and it.end == start), None)
    if marker is None:
        return False
    return item_words(tokens, marker) in lex.words.exception_markers


def _bare_verdict(tokens: list[Token], inside: list[Item], start: int, end: int) -> bool:
    """A short clause that opens on an evaluative word: "fine after that", "better later"."""
    words = [k for k in range(start, end) if tokens[k].is_word]
    return (
        0 < len(words) <= 4
        and any(it.start == words[0] and it.rule.kind == "eval" for it in inside)
    )


def _rival_pronoun(
    lex: Lexicon, tokens: list[Token], items: list[Item], start: int, end: int
) -> bool:
    """'The appointed candidate had led a merger, and her answers were more succinct': a
    clause opening on (and) he/she/her after a clause that named a rival speaks of the
    rival; after "but" the note turns back to the candidate."""
    first = next((k for k in range(start, end) if tokens[k].is_word), None)
    if first is None:
        return False
    if tokens[first].surface == "and" and first + 1 < end:
        first += 1
    first = _after_decider(tokens, first, end)
    subject = tokens[first].surface
    if subject not in lex.words.third_person and subject not in lex.words.contracted_third:
        return False
    if any(it.rule.kind == "contrast" and start - 1 <= it.end <= first for it in items):
        return _set_against_you(lex, tokens, end)  # "but she had led one and you hadn't"
    return any(
        it.rule.kind == "rival"
        and it.end <= start
        and not _opener_rival(lex, tokens, it)
        and not yardstick_rival(lex, tokens, it, subject)
        for it in items
    )


def _after_decider(tokens: list[Token], first: int, end: int) -> int:
    """'... as strong as the hire's; what tipped it was that she had studied our range': a
    pseudo-cleft ("what tipped it was (that)") names the decider; its subject is the word
    after the frame, where the clause's own subject would stand."""
    if tokens[first].surface != "what":
        return first
    for k in range(first + 2, min(end - 1, first + 6)):
        if tokens[k].surface in ("was", "is"):
            k += tokens[k + 1].surface == "that"
            return k + 1 if k + 1 < end else first
    return first


def _opener_rival(lex: Lexicon, tokens: list[Token], rival: Item) -> bool:
    """'Compared with the other two, his answers were tighter and he knew our fleet': a rival
    inside a comparison opener is the yardstick; the he/she after it is the candidate."""
    span = [t.surface for t in tokens[max(0, rival.start - 3) : rival.end] if t.is_word]
    return any(
        " ".join(span[k : k + n]) in lex.words.comparison_openers
        for k in range(len(span))
        for n in (1, 2, 3)
    )


def _set_against_you(lex: Lexicon, tokens: list[Token], end: int) -> bool:
    """True when 'and you hadn't' (you or I, then a negated auxiliary) follows the clause
    ending at ``end``: its he/she is someone set against the candidate, the rival."""
    near = [t.surface for t in tokens[end : end + 4] if t.is_word]
    for k in range(len(near) - 1):
        if near[k] in ("you", "i") and near[k + 1] in lex.words.echo_auxiliaries:
            return True
    return False




class Tagger:
    """Finds themes in feedback text; build once (``build_tagger``) and reuse."""

    def __init__(self, codebook: Codebook, lexicon: Lexicon, *, view: bool = False) -> None:
        self.codebook = codebook
        self.lexicon = lexicon
        # The same tagger over the third-person view of the lexicon (None inside that view).
        self.third_person = None if view else Tagger(
            codebook, lexicon.third_person_view, view=True
        )
        self.splitter = tx.build_sentence_splitter()
        self.vader_cache: dict[str, float] = {}
        # None switches the sentence cache off (the benchmark's cold, all-unique figure).
        self.sentence_cache: dict[tuple[str, int], Any] | None = {}
        self.chunk_cache: dict[tuple[str, int], tuple[list[Found], int]] = {}

    @cached_property
    def vader(self) -> Any:
        """NLTK's VADER, reading the lexicon shipped in vaderSentiment via nltk.data.path."""
        import nltk
        from nltk.sentiment.vader import SentimentIntensityAnalyzer

        folder = str(vader_lexicon_path().parent)
        if folder not in nltk.data.path:
            nltk.data.path.append(folder)
        return SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")

    def vader_compound(self, text: str) -> float:
        """VADER's compound score for a clause, cached (the same clauses recur)."""
        cache = self.vader_cache
        score = cache.get(text)
        if score is None:
            score = self.vader.polarity_scores(text)["compound"]
            if len(cache) < 100_000:
                cache[text] = score
        return score

    def tag_clause(self, clause: Clause) -> list[Found]:
        """Run the clause passes, then judge what is left."""
        for step in CLAUSE_PASSES:
            step(clause)
            if clause.skip:
                return []
        return judge_clause(clause, self.vader_compound)

    def tag_sentence(self, text: str, tokens: list[Token], mode: int) -> tuple[list[Found], int]:
        """Mentions in one sentence and the header mode after it; cached by sentence text,
        since cohort notes share sentences ("We went with a candidate who was a better fit")."""
        key = (text[tokens[0].start : tokens[-1].end], mode)
        cache = self.sentence_cache
        if cache is not None and key in cache:
            return cache[key]
        lex = self.lexicon
        items = read_tenure(lex, tokens, match_sentence(lex, tokens))
        items = drop_gap_counts(lex, tokens, items)  # "too junior (2yrs)"
        items = rematch_name_cuts(lex, text, tokens, items)  # "knowledge of the Charities SORP"
        items = drop_names(lex.words, text, tokens, items)  # "the post of Shift Engineer"
        items = drop_named_terms(lex, text, tokens, items)  # "2 CFR 200 Uniform Guidance"
        items = drop_staff_rivals(lex, tokens, items)  # "talked over the other panellists"
        items = drop_likeness_rivals(lex, tokens, items)  # "loved someone with your energy"
        items = drop_described_rivals(lex, tokens, items)  # "A well-qualified candidate with"
        items = drop_noun_advice(lex, tokens, items)  # "tidy work on the board"
        clauses, new_mode = cut_clauses(lex, tokens, items, mode)
        found: list[Found] = []
        topics: list[Item] = []
        spent: list[Item] = []  # the topics an ellipsis clause just judged
        rivals = any(it.rule.kind == "rival" for it in items)
        for start, end, c_mode in clauses:
            inside = [it for it in items if start <= it.start < end]
            clause = Clause(lex, text, tokens, inside, start, end, c_mode)
            if start and tokens[start - 1].surface == "(":
                clause.extra["before"] = [it for it in items if it.start < start]
            if rivals and (
                _rival_pronoun(lex, tokens, items, start, end)
                or rival_inside(lex, tokens, items, start, end)
            ):
                clause.extra["rival"] = True  # "The hire had led a team, and her answers ..."
            if spent and not topics and opens_on_anaphor(lex, tokens, start, end):
                topics = spent  # "you have plenty - but none of it is in ..."
            if topics and not any(it.rule.kind == "cue" for it in inside) and (
                not topics[0].rule.self_eval or _bare_verdict(tokens, inside, start, end)
            ) and not rest_verdict(tokens, inside, start, end) and not opens_pseudo_cleft(clause):
                # "Your algorithm was correct but slow": the verdict after "but" judges the
                # same topic.
                found += ellipsis(clause, topics)
                spent, topics = topics, []
                continue
            spent = []
            found += self.tag_clause(clause)
            cues = [it for it in inside if it.kind == "cue"]
            # "Shaky at first, fine after that": with no topic, the verdict after a comma or
            # "but" judges the theme the clause before judged ...
            topics = [it for it in cues if not it.rule.self_eval] or cues[:1]
            if _after_exception(lex, tokens, items, start):
                topics = []  # ... but not "Other than X, (there were) no concerns".
        for step in SENTENCE_PASSES:
            found = step(lex.words, key[0], found)
        if cache is not None:
            if len(cache) >= SENTENCE_CACHE_SIZE:
                cache.clear()
            cache[key] = (found, new_mode)
        return found, new_mode

    def read_note(self, text: str) -> list[Found]:
        """Every sentence's mentions, in order: plain one-line notes sentence by sentence
        (``chunks``), others through their email parts and sentences as a whole."""
        chunks = plain_chunks(self.lexicon, text)
        if chunks is None:
            return self.read_sentences(text, 0)[0]
        found: list[Found] = []
        mode = 0
        previous: tuple[str, list[Found]] = ("", [])
        frame = ""
        for start, end in chunks:
            more, mode = self.read_chunk(text[start:end], mode)
            previous, frame = self.join_sentence(found, previous, text[start:end], more, frame)
        drop_excess_grounds(self.lexicon, found)  # "overqualified (phd + 10 yrs)"
        return found

    def join_sentence(
        self,
        found: list[Found],
        previous: tuple[str, list[Found]],
        said: str,
        more: list[Found],
        frame: str,
    ) -> tuple[tuple[str, list[Found]], str]:
        """Add sentence ``said``'s mentions ``more`` to ``found``, read against the sentence
        before (``previous``: its text and mentions); the new previous and question frame."""
        words = self.lexicon.words
        more = residual_next(words, previous[1], said, more)
        more = remedy_next(words, previous, said, more)  # "should know them cold"
        previous = replace_denial(words, found, previous, said, more)
        more = explained_blanks(words, previous[1], said, more)  # "& i blanked"
        frame = self.answer_topics(found, previous, said, frame)
        previous = drop_refuted_claims(words, found, previous, more)  # "She said she's never late."
        previous = append_answered(words, found, previous, said, more)
        misfit_dress_before(words, found, more)  # "Wore the suit. ... overdressed."
        return previous, frame

    def bare_topics(self, sentence: str) -> list[tuple[str, str]]:
        """(theme, cue words) of each neutral topic phrase in ``sentence``."""
        tokens = tokenize(self.lexicon, sentence)
        return [
            (it.rule.theme, item_words(tokens, it))
            for it in match_sentence(self.lexicon, tokens)
            if it.kind == "cue" and it.rule.prior == 0
        ]

    def answer_topics(
        self, found: list[Found], previous: tuple[str, list[Found]], said: str, frame: str
    ) -> str:
        """Append the bare topics of a verdictless yes/no question that ``said`` answers
        ("Was it your experience? No."); the question frame after ``previous``."""
        words = self.lexicon.words
        before, last = previous
        if before and not last:
            found += answered_topics(words, before, frame, self.bare_topics, said)
        return next_frame(words, frame, before)

    def read_chunk(self, chunk: str, mode: int) -> tuple[list[Found], int]:
        """One plain sentence's mentions, cached by its text (tokenising it only once)."""
        if abs(mode) == INLINE:
            mode = 0  # a header inside prose ends with its sentence
        cache = self.chunk_cache if self.sentence_cache is not None else None
        key = (chunk, mode)
        if cache is not None and key in cache:
            return cache[key]
        result = self.read_sentences(chunk, mode, email=False)
        if cache is not None:
            if len(cache) >= SENTENCE_CACHE_SIZE:
                cache.clear()
            cache[key] = result
        return result

    def read_sentences(self, text: str, mode: int, email: bool = True) -> tuple[list[Found], int]:
        """Tokenise ``text``, keep its body (``email``), and read its sentences in order."""
        tokens = tokenize(self.lexicon, text)
        if email:
            first, last = body_span(self.lexicon, text, tokens)
            tokens = tokens[first:last]
        found: list[Found] = []
        previous_end = 0
        previous: tuple[str, list[Found]] = ("", [])
        frame = ""
        for sentence in split_sentences(self.lexicon, text, tokens, self.splitter):
            if abs(mode) == INLINE and "\n" not in text[previous_end : sentence[0].start]:
                mode = 0
            previous_end = sentence[-1].end
            more, mode = self.tag_sentence(text, sentence, mode)
            said = text[sentence[0].start : sentence[-1].end]
            previous, frame = self.join_sentence(found, previous, said, more, frame)
        drop_excess_grounds(self.lexicon, found)  # "overqualified (phd + 10 yrs)"
        return found, mode

    def tag_text(self, text: str) -> list[Mention]:
        """Themes in one note, one mention per (theme, polarity), in order of first evidence.

        >>> [(m.theme, m.polarity) for m in build_tagger().tag_text("Not concise.")]
        [('communication', 'improvement')]
        """
        if not isinstance(text, str) or not text.strip():
            return []
        text = tx.clean_text(text)
        if self.third_person is not None and _about_a_third_person(self.lexicon, text):
            # "he was rude to the receptionist": the note's he/she is the candidate.
            return self.third_person.tag_text(text)
        merged: dict[tuple[str, int], tuple[str, list[str]]] = {}
        # "Too casual - called the MD 'mate'": a manner, not dress.
        found = casual_manner(self.lexicon.words, text, self.read_note(text))
        for theme, sign, evidence, cues in found:
            key = (theme, sign)
            if key not in merged:
                merged[key] = (evidence, list(cues))
            else:
                seen = merged[key][1]
                seen.extend(c for c in cues if c not in seen)
        return [
            Mention(theme, POLARITY_NAME[sign], evidence, tuple(cues))
            for (theme, sign), (evidence, cues) in merged.items()
        ]


def build_tagger(codebook: Codebook | None = None) -> Tagger:
    """Build a tagger from a codebook (the default one when None); do it once and reuse.

    >>> build_tagger().tag_text("You rambled.")[0].cues
    ('rambled',)
    """
    with paused_collector():  # a large acyclic build: collections would find no garbage
        codebook = codebook or load_codebook()
        lexicon = build_lexicon(codebook.cues, codebook.theme_ids, codebook.generic_themes)
        tagger = Tagger(codebook, lexicon)
        age_survivors()  # the build lives as long as the tagger: no young collection walks it
    return tagger


_DEFAULT_TAGGER: Tagger | None = None


def default_tagger() -> Tagger:
    """One shared tagger over the default codebook, built on first use."""
    global _DEFAULT_TAGGER
    if _DEFAULT_TAGGER is None:
        _DEFAULT_TAGGER = build_tagger()
    return _DEFAULT_TAGGER


def tag_text(text: str, tagger: Tagger | None = None) -> list[Mention]:
    """Tag one note with the given tagger (or a shared default one).

    >>> [(m.theme, m.polarity) for m in tag_text("Great eye contact.")]
    [('confidence', 'strength')]
    """
    return (tagger or default_tagger()).tag_text(text)
