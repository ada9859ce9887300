"""The tagger's passes in order, and the ``Tagger`` that runs them over a note.

A note is cleaned, tokenised and split into sentences (``tokens``); each sentence's phrases are
matched (``phrases``) and it is cut into clauses (``clauses``); each clause then goes through
``CLAUSE_PASSES`` in order, and ``verdict`` judges what is left. Mentions of one (theme,
polarity) are merged over the note, in order of first evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property
from typing import Any

from analysis import text as tx
from analysis.codebook import Codebook, load_codebook
from analysis.memory import paused_collector
from analysis.tagger.agenda import drop_agenda_terms
from analysis.tagger.answers import append_answered
from analysis.tagger.apology import unapologetic_lateness
from analysis.tagger.appearance import dressed_presentation
from analysis.tagger.asked_about import asked_subjects
from analysis.tagger.bare_answers import bare_answer_verdicts
from analysis.tagger.beliefs import settle_beliefs
from analysis.tagger.blanks import explained_blanks, misfit_dress
from analysis.tagger.brackets import skip_bracket_labels
from analysis.tagger.candour import conceded_candour
from analysis.tagger.casual_manner import casual_manner
from analysis.tagger.chunks import plain_chunks
from analysis.tagger.claims import settle_claims
from analysis.tagger.clarity import clear_telling
from analysis.tagger.clauses import INLINE, cut_clauses
from analysis.tagger.clefts import cleft_subjects
from analysis.tagger.concessions import drop_conceded_generics
from analysis.tagger.context import demote_modifiers
from analysis.tagger.copula import judged_subjects
from analysis.tagger.corrected_words import correct_words
from analysis.tagger.credentials import held_credentials
from analysis.tagger.dimensions import drop_measure_words
from analysis.tagger.doubts import doubted_praise
from analysis.tagger.echoes import drop_echoed_excess
from analysis.tagger.explained import explained_subjects
from analysis.tagger.field import drop_field_statements
from analysis.tagger.gaze import denied_gaze
from analysis.tagger.hedges import settle_hedges
from analysis.tagger.idioms import mastery_idioms
from analysis.tagger.inability import extend_inability
from analysis.tagger.informed import drop_told_terms
from analysis.tagger.length import length_of_work
from analysis.tagger.letter_telling import drop_letter_telling
from analysis.tagger.lexicon import Lexicon, build_lexicon, vader_lexicon_path
from analysis.tagger.likeness import drop_likeness_rivals
from analysis.tagger.methods import faulted_method
from analysis.tagger.model import POLARITY_NAME, Clause, Found, Item, Mention, Token
from analysis.tagger.moments import drop_during_topics, drop_moment_faults
from analysis.tagger.named_terms import drop_named_terms
from analysis.tagger.names import drop_names, rematch_name_cuts
from analysis.tagger.nearby import need_near_verdict
from analysis.tagger.negated_phrase import negated_modifiers
from analysis.tagger.nouns import drop_noun_advice
from analysis.tagger.open_questions import drop_open_questions
from analysis.tagger.otherwise import drop_rest_verdicts, rest_verdict
from analysis.tagger.paced_work import paced_work
from analysis.tagger.paperwork import drop_paperwork, drop_todos
from analysis.tagger.parts import body_span
from analysis.tagger.phrases import match_sentence
from analysis.tagger.questions import drop_question_subjects, drop_reported_question_subjects
from analysis.tagger.residuals import residual_in_sentence, residual_next
from analysis.tagger.rivals import swallowed_rivals
from analysis.tagger.roads import drop_untaken_roads
from analysis.tagger.scope import (
    apply_excess,
    apply_negation,
    drop_employer_lacks,
    drop_met_needs,
    fixed_faults,
)
from analysis.tagger.scores import scored_tests
from analysis.tagger.settled import drop_settled_terms
from analysis.tagger.speaker import (
    drop_asides_about_others,
    drop_staff_rivals,
    mute_other_speakers,
    require_cue,
    skip_own_reaction,
    skip_pleasantry,
)
from analysis.tagger.subjects import (
    answers_on_subjects,
    known_credentials,
    unclear_on_subjects,
)
from analysis.tagger.suffixes import negate_suffixed
from analysis.tagger.sure_knowing import sure_knowing
from analysis.tagger.symptoms import caused_symptoms, late_rush
from analysis.tagger.taken_roads import read_alternatives
from analysis.tagger.taken_too_far import taken_too_far
from analysis.tagger.tasks import drop_task_terms
from analysis.tagger.tenure import drop_gap_counts, read_tenure
from analysis.tagger.terms import paid_asks, reacted_terms, unmet_terms
from analysis.tagger.titles import label_titles, post_titles
from analysis.tagger.tokens import item_words, split_sentences, tokenize
from analysis.tagger.topic_answers import answered_topics, next_frame
from analysis.tagger.unfamiliar import unfamiliar_subjects
from analysis.tagger.unnamed import unnamed_segments, unnamed_subjects
from analysis.tagger.verdict import ellipsis, judge_clause
from analysis.tagger.words import Words

SENTENCE_CACHE_SIZE = 50_000
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")


def _negation(clause: Clause) -> None:
    """Negation pass (scope.apply_negation)."""
    apply_negation(clause.lex, clause.tokens, clause.items)


def _suffixes(clause: Clause) -> None:
    """Privative-suffix pass (suffixes.negate_suffixed)."""
    negate_suffixed(clause.lex, clause.text, clause.tokens, clause.items)


def _excess(clause: Clause) -> None:
    """"too" pass (scope.apply_excess)."""
    apply_excess(clause.lex, clause.items, clause.tokens)


def _modifiers(clause: Clause) -> None:
    """Contextual-modifier pass (context.demote_modifiers)."""
    demote_modifiers(clause.lex, clause.items, clause.tokens)


def _measures(clause: Clause) -> None:
    """Measure-word pass (dimensions.drop_measure_words)."""
    drop_measure_words(clause.lex, clause.tokens, clause.items, clause.end)


def _met_needs(clause: Clause) -> None:
    """Met-need pass (scope.drop_met_needs)."""
    drop_met_needs(clause.lex, clause.tokens, clause.items, clause.end)
    drop_employer_lacks(clause.lex, clause.tokens, clause.items, clause.end)


def _fixes(clause: Clause) -> None:
    """Found-fault pass (scope.fixed_faults)."""
    fixed_faults(clause.lex, clause.tokens, clause.items, clause.start, clause.end)


# Every clause goes through these, in this order, until one marks it skipped; then
# verdict.judge_clause gives each remaining cue its polarity.
CLAUSE_PASSES: tuple[Callable[[Clause], None], ...] = (
    skip_pleasantry,  # "Thank you for coming in," is courtesy
    unnamed_subjects,  # "brunoise uneven": a judged noun phrase no cue names is a subject
    unnamed_segments,  # "..., history matching in Eclipse weak": the same in a comma segment
    cleft_subjects,  # "where she fell short was the billing codes": the fault's subject
    sure_knowing,  # "you clearly know municipal finance" praises the subject known
    require_cue,  # no theme cue, nothing to say
    skip_bracket_labels,  # "Mock panel (MSc Public Health)" names who the note is about
    drop_rest_verdicts,  # "an otherwise strong session" judges the rest, not the hoodie
    skip_own_reaction,  # "..., awkward.", "Annoying but fair."
    mute_other_speakers,  # "The interviewer was friendly", "We're keen to ..."
    drop_asides_about_others,  # "... even when the interviewer was abrupt"
    drop_paperwork,  # "Candidate to bring NMC PIN confirmation"
    drop_todos,  # "need to chase right to work docs"
    answers_on_subjects,  # "your answers on triage were excellent" judge knowledge
    unclear_on_subjects,  # "hazy on VRF systems" is a gap in the subject
    unfamiliar_subjects,  # "unfamiliar with the FIDIC clauses" is a gap in the subject
    explained_subjects,  # "walked us through the DCF well" shows the subject known
    known_credentials,  # "knew RevPAR, ADR and occupancy cold": ADR is known, not held
    post_titles,  # "Band 5 RGN interview" names the post, not a credential held
    label_titles,  # "Audit senior: solid on ISA 315" names the post in a label
    drop_task_terms,  # "strong on rota management" is a task, not the candidate's terms
    length_of_work,  # "the submission exercise was far too long" is delivery
    drop_question_subjects,  # "ask them what the training involves": the question's subject
    drop_reported_question_subjects,  # "asked good qs about the restructure"
    drop_moment_faults,  # "asking a clarifying question before jumping in": when, not a fault
    drop_during_topics,  # "glanced at your phone during the presentation": when, not a subject
    _negation,  # "not concise", "never lost composure"
    negated_modifiers,  # "not in possession of sufficient knowledge": the adjective too
    doubted_praise,  # "hard to tell whether you were interested" is a fault
    _suffixes,  # "jargon-free"
    extend_inability,  # "was unable to complete the test within the time": the whole task
    judged_subjects,  # "his punctuality was poor"
    need_near_verdict,  # "great CV" judges it, "mention it on your CV" does not
    _excess,  # "too casual"
    taken_too_far,  # "brief to the point of curtness" is too brief
    drop_echoed_excess,  # "calm - too calm" restates the praise
    _modifiers,  # "clear examples" is about examples
    _measures,  # "the depth of your experience was insufficient"
    read_alternatives,  # "open rather than defensive"
    drop_untaken_roads,  # "use an analogy instead of the formulas"
    _met_needs,  # "exactly what the role needs" is no advice
    _fixes,  # "you spotted the error" is a skill
    mastery_idioms,  # "knew the regs and the case law cold" is mastery
    swallowed_rivals,  # "the job went to someone with stronger clinical skills" compares
    drop_told_terms,  # "told cand abt 401k match + shift diff" passes terms on
    drop_letter_telling,  # "we regret to communicate that": the writer tells, no topic
    drop_field_statements,  # "Only candidates who reach the score can progress"
    bare_answer_verdicts,  # "Good answers overall" judges no delivery
    drop_settled_terms,  # "Start date agreed for 2 September" is where the process stands
)


def _about_a_third_person(lex: Lexicon, text: str) -> bool:
    """True when a note speaks of he/she and never of you or I."""
    words = set(_WORD.findall(text.lower()))
    w = lex.words
    return bool(words & w.third_person) and not words & w.second_or_first_person


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
    if tokens[first].surface not in lex.words.third_person:
        return False
    if any(it.rule.kind == "contrast" and start - 1 <= it.end <= first for it in items):
        return _set_against_you(lex, tokens, end)  # "but she had led one and you hadn't"
    return any(
        it.rule.kind == "rival" and it.end <= start and not _opener_rival(lex, tokens, it)
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


# Per sentence, after its clauses are read, in this order: each pass takes the word lists,
# the sentence as written and its verdicts so far, and returns the verdicts that stand.
SENTENCE_PASSES: tuple[Callable[[Words, str, list[Found]], list[Found]], ...] = (
    settle_claims,  # "He said he'd ..., but ..."
    settle_hedges,  # "not unprepared, exactly"
    residual_in_sentence,  # "not unclear, just long"
    held_credentials,  # "FRM certified"
    scored_tests,  # "excel test 42%, pass mark 70"
    paid_asks,  # "Wants $68k; we're capped at $60k"
    unapologetic_lateness,  # "late and didn't apologise"
    clear_telling,  # "set out the options clearly"
    unmet_terms,  # "can offer 16hrs, she wants 30+": an ask the terms do not meet
    reacted_terms,  # "told them 32k, manager pulled a face"
    misfit_dress,  # "Wore the grey suit - overdressed"
    denied_gaze,  # "couldn't look the chair in the eye"
    conceded_candour,  # "honest but too negative"
    faulted_method,  # "rushed the STAR answers"
    settle_beliefs,  # "I thought I was being clear, but the feedback was ..."
    drop_conceded_generics,  # "Not that your answers were bad - far from it - but ..."
    drop_open_questions,  # "Unclear whether he understood the role": the panel's doubt
    dressed_presentation,  # "presentation of self ... with regard to attire" is appearance
    paced_work,  # "the demo lesson was well paced": the work, not the talk
    caused_symptoms,  # "so anxious that you lost your train of thought": the nerves alone
    late_rush,  # "turned up late and looked rushed": the lateness, not the delivery
    asked_subjects,  # "asked good questions about our CPD programme": their subject
    drop_agenda_terms,  # "mostly logistics - start date, notice, salary band": what was covered
    correct_words,  # "weren't unclear so much as unfocused": the word after is the verdict
)


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
        items = drop_noun_advice(lex, tokens, items)  # "tidy work on the board"
        clauses, new_mode = cut_clauses(lex, tokens, items, mode)
        found: list[Found] = []
        topics: list[Item] = []
        rivals = any(it.rule.kind == "rival" for it in items)
        for start, end, c_mode in clauses:
            inside = [it for it in items if start <= it.start < end]
            clause = Clause(lex, text, tokens, inside, start, end, c_mode)
            if start and tokens[start - 1].surface == "(":
                clause.extra["before"] = [it for it in items if it.start < start]
            if rivals and _rival_pronoun(lex, tokens, items, start, end):
                clause.extra["rival"] = True  # "The hire had led a team, and her answers ..."
            if topics and not any(it.rule.kind == "cue" for it in inside) and (
                not topics[0].rule.self_eval or _bare_verdict(tokens, inside, start, end)
            ) and not rest_verdict(tokens, inside, start, end):
                # "Your algorithm was correct but slow": the verdict after "but" judges the
                # same topic.
                found += ellipsis(clause, topics)
                topics = []
                continue
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
            more = residual_next(self.lexicon.words, previous[1], text[start:end], more)
            more = explained_blanks(self.lexicon.words, previous[1], text[start:end], more)
            frame = self.answer_topics(found, previous, text[start:end], frame)
            previous = append_answered(self.lexicon.words, found, previous, text[start:end], more)
        return found

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
            more = residual_next(self.lexicon.words, previous[1], said, more)
            more = explained_blanks(self.lexicon.words, previous[1], said, more)  # "& i blanked"
            frame = self.answer_topics(found, previous, said, frame)
            previous = append_answered(self.lexicon.words, found, previous, said, more)
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
    return Tagger(codebook, lexicon)


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
