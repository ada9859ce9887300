"""The named word lists the stages consult (each lives in a section of the cue file)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from analysis.errors import DebriefError

# (attribute, cue-file section, key): the word lists the stages consult by name.
WORD_LISTS: tuple[tuple[str, str, str], ...] = (
    ("imperative_lead", "advice", "imperative_lead"),
    ("frequency", "advice", "frequency"),
    ("irregular_past", "advice", "irregular_past"),
    ("shorthand_adjectives", "advice", "shorthand_adjectives"),
    ("continuations", "negation", "continuations"),
    ("linking", "negation", "linking"),
    ("lacks", "negation", "lacks"),
    ("subject_negators", "negation", "subject_negators"),
    ("alternatives", "negation", "alternatives"),
    ("likeness_owners", "comparison", "likeness_owners"),
    ("new_subjects", "clauses", "new_subjects"),
    ("sentence_ends", "clauses", "sentence_ends"),
    ("regarding", "clauses", "regarding"),
    ("exception_markers", "clauses", "exception_markers"),
    ("third_parties", "third_parties", "people"),
    ("third_party_linking", "third_parties", "linking"),
    ("aside_openers", "third_parties", "aside_openers"),
    ("aside_articles", "third_parties", "aside_articles"),
    ("determiners", "third_parties", "determiners"),
    ("opinion_verbs", "third_parties", "opinion_verbs"),
    ("things", "third_parties", "things"),
    ("candidate", "speaker", "candidate"),
    ("candidate_objects", "speaker", "candidate_objects"),
    ("possessives", "speaker", "possessives"),
    ("topic_prepositions", "speaker", "topic_prepositions"),
    ("employer", "speaker", "employer"),
    ("employer_with_verb", "speaker", "employer_with_verb"),
    ("asked", "speaker", "asked"),
    ("query_words", "speaker", "query_words"),
    ("polar_query", "speaker", "polar_query"),
    ("asked_objects", "speaker", "asked_objects"),
    ("third_person", "speaker", "third_person"),
    ("second_or_first_person", "speaker", "second_or_first_person"),
    ("candidate_subjects", "comparison", "candidate_subjects"),
    ("comparison_down", "comparison", "down"),
    ("verdict_negators", "negation", "verdict_negators"),
    ("denied_opinions", "negation", "denied_opinions"),
    ("self_report", "advice", "self_report"),
    ("respect_prepositions", "clauses", "respect_prepositions"),
    ("candidate_nouns", "speaker", "candidate_nouns"),
    ("header_copulas", "headers", "copulas"),
    ("header_copula_objects", "headers", "copula_objects"),
    ("not_copula_headers", "headers", "not_copula_headers"),
    ("gap_breaks", "clauses", "gap_breaks"),
    ("opinion_nouns", "speaker", "opinion_nouns"),
    ("comparison_equal", "comparison", "equal"),
    ("comparison_equal_tails", "comparison", "equal_tails"),
    ("list_breaks", "negation", "list_breaks"),
    ("requirement_leads", "clauses", "requirement_leads"),
    ("denials", "answers", "denials"),
    ("open_questions", "answers", "open_questions"),
    ("echo_subjects", "answers", "echo_subjects"),
    ("echo_auxiliaries", "answers", "echo_auxiliaries"),
    ("echo_verbs", "answers", "echo_verbs"),
    ("expectations", "answers", "expectations"),
    ("confirmations", "answers", "confirmations"),
    ("saying_hedges", "claims", "saying_hedges"),
    ("disbeliefs", "answers", "disbeliefs"),
    ("disbelieved_reports", "answers", "disbelieved_reports"),
    ("question_fillers", "answers", "question_fillers"),
    ("topic_denials", "answers", "topic_denials"),
    ("blame_openers", "answers", "blame_openers"),
    ("comparison_openers", "comparison", "openers"),
    ("compared_candidates", "comparison", "compared_candidates"),
    ("cost_topics", "evaluation", "cost_topics"),
    ("cost_rises", "evaluation", "cost_rises"),
    ("cost_statements", "evaluation", "cost_statements"),
    ("score_tests", "scores", "tests"),
    ("score_bars", "scores", "bars"),
    ("measure_words", "evaluation", "measure_words"),
    ("deadline_units", "evaluation", "deadline_units"),
    ("privative_suffixes", "negation", "privative_suffixes"),
    ("cleft_negators", "negation", "cleft_negators"),
    ("report_verbs", "answers", "report_verbs"),
    ("met_needs", "advice", "met_needs"),
    ("need_tails", "advice", "need_tails"),
    ("need_relatives", "advice", "need_relatives"),
    ("need_subjects", "advice", "need_subjects"),
    ("rival_objects", "comparison", "rival_objects"),
    ("rival_object_heads", "comparison", "rival_object_heads"),
    ("rival_staff", "comparison", "rival_staff"),
    ("noun_verbs", "advice", "noun_verbs"),
    ("noun_leads", "advice", "noun_leads"),
    ("fixes", "negation", "fixes"),
    ("cleft_openers", "negation", "cleft_openers"),
    ("inability", "negation", "inability"),
    ("inability_breaks", "negation", "inability_breaks"),
    ("copulas", "negation", "copulas"),
    ("verdict_verbs", "negation", "verdict_verbs"),
    ("fault_determiners", "negation", "fault_determiners"),
    ("fault_reflexives", "negation", "fault_reflexives"),
    ("paperwork_verbs", "paperwork", "verbs"),
    ("paperwork_leads", "paperwork", "leads"),
    ("paperwork_needs", "paperwork", "needs"),
    ("paperwork_deadlines", "paperwork", "deadlines"),
    ("paperwork_supplied", "paperwork", "supplied"),
    ("paperwork_todos", "paperwork", "todos"),
    ("claim_verbs", "claims", "verbs"),
    ("claim_documents", "claims", "documents"),
    ("warnings", "claims", "warnings"),
    ("claim_contrasts", "claims", "contrasts"),
    ("concessives", "claims", "concessives"),
    ("denial_leads", "claims", "denial_leads"),
    ("denial_hedges", "claims", "denial_hedges"),
    ("yes_no_auxiliaries", "claims", "yes_no_auxiliaries"),
    ("rhetorical_markers", "claims", "rhetorical_markers"),
    ("fault_questions", "claims", "fault_questions"),
    ("credential_tails", "claims", "credential_tails"),
    ("credential_blockers", "claims", "credential_blockers"),
    ("credential_lapses", "claims", "credential_lapses"),
    ("fault_deniers", "negation", "fault_deniers"),
    ("claim_auxiliaries", "claims", "auxiliaries"),
    ("claim_turns", "claims", "turns"),
    ("claim_disbeliefs", "claims", "disbeliefs"),
    ("inverting_negators", "negation", "inverting_negators"),
    ("inverted_subjects", "negation", "inverted_subjects"),
    ("rival_decisions", "comparison", "rival_decisions"),
    ("rival_possessives", "comparison", "rival_possessives"),
    ("echo_negators", "negation", "echo_negators"),
    ("open_doubts", "claims", "open_doubts"),
    ("vacancy_breaks", "email", "vacancy_breaks"),
    ("pursuits", "posts", "pursuits"),
    ("process_verbs", "posts", "process_verbs"),
    ("thanks_continuations", "pleasantries", "thanks_continuations"),
    ("thanks_openers", "pleasantries", "thanks_openers"),
    ("thanks_praise", "pleasantries", "thanks_praise"),
    ("thanks_praise_leads", "pleasantries", "thanks_praise_leads"),
    ("answer_verbs", "clauses", "answer_verbs"),
    ("question_nouns", "clauses", "question_nouns"),
    ("question_modifiers", "clauses", "question_modifiers"),
    ("subject_question_theme", "clauses", "subject_question_theme"),
    ("tenure_units", "tenure", "units"),
    ("tenure_stops", "tenure", "stops"),
    ("tenure_stop_leads", "tenure", "stop_leads"),
    ("name_heads", "names", "heads"),
    ("name_joins", "names", "joins"),
    ("name_posts", "names", "posts"),
    ("third_party_actions", "third_parties", "actions"),
    ("own_reactions", "speaker", "own_reactions"),
    ("reaction_softeners", "speaker", "reaction_softeners"),
    ("content_nouns", "clauses", "content_nouns"),
    ("content_links", "clauses", "content_links"),
    ("keep_verbs", "advice", "keep_verbs"),
    ("lone_order_leads", "advice", "lone_order_leads"),
    ("know_verbs", "idioms", "know_verbs"),
    ("mastery_idioms", "idioms", "mastery"),
    ("answer_nouns", "subjects", "answer_nouns"),
    ("subject_prepositions", "subjects", "prepositions"),
    ("subject_skips", "subjects", "skips"),
    ("not_subjects", "subjects", "not_subjects"),
    ("task_themes", "tasks", "themes"),
    ("task_terms", "tasks", "terms"),
    ("task_nouns", "tasks", "nouns"),
    ("task_verbs", "tasks", "verbs"),
    ("near_topics", "nearby", "topics"),
    ("task_negators", "negation", "task_negators"),
    ("lack_owners", "negation", "lack_owners"),
    ("size_words", "evaluation", "size_words"),
    ("unnamed_links", "unnamed", "links"),
    ("unnamed_generic", "unnamed", "generic"),
    ("unnamed_verdicts", "unnamed", "verdicts"),
    ("unnamed_tails", "unnamed", "tails"),
    ("unnamed_stops", "unnamed", "stops"),
    ("unnamed_openers", "unnamed", "openers"),
    ("length_words", "length", "words"),
    ("length_work", "length", "work"),
    ("known_ends", "subjects", "known_ends"),
    ("title_posts", "titles", "posts"),
    ("unnamed_explain_verbs", "unnamed", "explain_verbs"),
    ("unnamed_explain_skips", "unnamed", "explain_skips"),
    ("road_markers", "roads", "markers"),
    ("road_inclusive", "roads", "inclusive"),
    ("road_bare", "roads", "bare"),
    ("employer_objects", "speaker", "employer_objects"),
    ("polar_joins", "speaker", "polar_joins"),
    ("pay_asks", "pay", "asks"),
    ("pay_offers", "pay", "offers"),
    ("late_words", "lateness", "late"),
    ("no_apology", "lateness", "no_apology"),
    ("new_subject_adverbs", "clauses", "new_subject_adverbs"),
    ("telling_verbs", "clarity", "telling_verbs"),
    ("clearly_tails", "clarity", "tails"),
    ("residual_leads", "residuals", "leads"),
    ("residual_next_leads", "residuals", "next_leads"),
    ("rival_less_verbs", "rival_less", "verbs"),
    ("rival_less_fillers", "rival_less", "fillers"),
    ("rival_requirements", "rival_less", "requirements"),
    ("blame_superlatives", "blame", "superlatives"),
    ("unfamiliar_words", "subjects", "unfamiliar"),
    ("swallowed_heads", "comparison", "swallowed_heads"),
    ("swallowed_links", "comparison", "swallowed_links"),
    ("swallowed_reasons", "comparison", "swallowed_reasons"),
    ("knowing_words", "subjects", "knowing"),
    ("unnamed_grooming", "unnamed", "grooming"),
    ("explain_verbs", "subjects", "explain_verbs"),
    ("explain_verdicts", "subjects", "explain_verdicts"),
    ("term_wants", "terms", "wants"),
    ("term_asked", "terms", "asked"),
    ("term_not_asked", "terms", "not_asked"),
    ("term_sides", "terms", "sides"),
    ("term_side_verbs", "terms", "side_verbs"),
    ("term_offers", "terms", "offers"),
    ("term_reactions", "terms", "reactions"),
    ("compound_heads", "compounds", "heads"),
    ("compound_breaks", "compounds", "breaks"),
    ("compound_verbs", "advice", "compound_verbs"),
    ("compound_skips", "advice", "compound_skips"),
    ("own_negators", "negation", "own_negators"),
    ("cause_openers", "negation", "cause_openers"),
    ("doubt_openers", "negation", "doubt_openers"),
    ("doubt_closers", "negation", "doubt_closers"),
    ("shared_verdicts", "lists", "shared"),
    ("moment_markers", "moments", "markers"),
    ("moment_subjects", "moments", "subjects"),
    ("wrong_choice_heads", "negation", "wrong_choice_heads"),
    ("blank_words", "blanks", "words"),
    ("blank_causes", "blanks", "causes"),
    ("dress_misfits", "blanks", "dress_misfits"),
    ("gaze_denied", "gaze", "denied"),
    ("gaze_eyes", "gaze", "eyes"),
    ("candour_words", "candour", "words"),
    ("dropped_subjects", "own_clauses", "subjects"),
    ("during_markers", "moments", "during"),
)


@dataclass(frozen=True)
class Words:
    """The word lists the stages consult by name (see WORD_LISTS for where each lives)."""

    imperative_lead: frozenset[str] = frozenset()
    frequency: frozenset[str] = frozenset()
    irregular_past: frozenset[str] = frozenset()
    shorthand_adjectives: frozenset[str] = frozenset()
    continuations: frozenset[str] = frozenset()
    linking: frozenset[str] = frozenset()
    lacks: frozenset[str] = frozenset()
    subject_negators: frozenset[str] = frozenset()
    alternatives: frozenset[str] = frozenset()
    likeness_owners: frozenset[str] = frozenset()
    new_subjects: frozenset[str] = frozenset()
    sentence_ends: frozenset[str] = frozenset()
    regarding: frozenset[str] = frozenset()
    exception_markers: frozenset[str] = frozenset()
    third_parties: frozenset[str] = frozenset()
    third_party_linking: frozenset[str] = frozenset()
    aside_openers: frozenset[str] = frozenset()
    aside_articles: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    opinion_verbs: frozenset[str] = frozenset()
    things: frozenset[str] = frozenset()
    candidate: frozenset[str] = frozenset()
    candidate_objects: frozenset[str] = frozenset()
    possessives: frozenset[str] = frozenset()
    topic_prepositions: frozenset[str] = frozenset()
    employer: frozenset[str] = frozenset()
    employer_with_verb: frozenset[str] = frozenset()
    asked: frozenset[str] = frozenset()
    query_words: frozenset[str] = frozenset()
    polar_query: frozenset[str] = frozenset()
    asked_objects: frozenset[str] = frozenset()
    denied_opinions: frozenset[str] = frozenset()
    candidate_subjects: frozenset[str] = frozenset()
    comparison_down: frozenset[str] = frozenset()
    verdict_negators: frozenset[str] = frozenset()
    third_person: frozenset[str] = frozenset()
    second_or_first_person: frozenset[str] = frozenset()
    self_report: frozenset[str] = frozenset()
    respect_prepositions: frozenset[str] = frozenset()
    candidate_nouns: frozenset[str] = frozenset()
    header_copulas: frozenset[str] = frozenset()
    header_copula_objects: frozenset[str] = frozenset()
    not_copula_headers: frozenset[str] = frozenset()
    gap_breaks: frozenset[str] = frozenset()
    opinion_nouns: frozenset[str] = frozenset()
    comparison_equal: frozenset[str] = frozenset()
    comparison_equal_tails: frozenset[str] = frozenset()
    list_breaks: frozenset[str] = frozenset()
    requirement_leads: frozenset[str] = frozenset()
    denials: frozenset[str] = frozenset()
    open_questions: frozenset[str] = frozenset()
    echo_subjects: frozenset[str] = frozenset()
    echo_auxiliaries: frozenset[str] = frozenset()
    echo_verbs: frozenset[str] = frozenset()
    expectations: frozenset[str] = frozenset()
    confirmations: frozenset[str] = frozenset()
    saying_hedges: frozenset[str] = frozenset()
    disbeliefs: frozenset[str] = frozenset()
    disbelieved_reports: frozenset[str] = frozenset()
    question_fillers: frozenset[str] = frozenset()
    topic_denials: frozenset[str] = frozenset()
    blame_openers: frozenset[str] = frozenset()
    comparison_openers: frozenset[str] = frozenset()
    compared_candidates: frozenset[str] = frozenset()
    cost_topics: frozenset[str] = frozenset()
    cost_rises: frozenset[str] = frozenset()
    cost_statements: frozenset[str] = frozenset()
    score_tests: frozenset[str] = frozenset()
    score_bars: frozenset[str] = frozenset()
    measure_words: frozenset[str] = frozenset()
    deadline_units: frozenset[str] = frozenset()
    privative_suffixes: frozenset[str] = frozenset()
    cleft_negators: frozenset[str] = frozenset()
    report_verbs: frozenset[str] = frozenset()
    met_needs: frozenset[str] = frozenset()
    need_tails: frozenset[str] = frozenset()
    need_relatives: frozenset[str] = frozenset()
    need_subjects: frozenset[str] = frozenset()
    rival_objects: frozenset[str] = frozenset()
    rival_object_heads: frozenset[str] = frozenset()
    fixes: frozenset[str] = frozenset()
    cleft_openers: frozenset[str] = frozenset()
    fault_determiners: frozenset[str] = frozenset()
    fault_reflexives: frozenset[str] = frozenset()
    paperwork_verbs: frozenset[str] = frozenset()
    paperwork_leads: frozenset[str] = frozenset()
    paperwork_needs: frozenset[str] = frozenset()
    paperwork_deadlines: frozenset[str] = frozenset()
    paperwork_supplied: frozenset[str] = frozenset()
    paperwork_todos: frozenset[str] = frozenset()
    claim_verbs: frozenset[str] = frozenset()
    claim_documents: frozenset[str] = frozenset()
    warnings: frozenset[str] = frozenset()
    claim_contrasts: frozenset[str] = frozenset()
    concessives: frozenset[str] = frozenset()
    denial_leads: frozenset[str] = frozenset()
    denial_hedges: frozenset[str] = frozenset()
    yes_no_auxiliaries: frozenset[str] = frozenset()
    rhetorical_markers: frozenset[str] = frozenset()
    fault_deniers: frozenset[str] = frozenset()
    claim_auxiliaries: frozenset[str] = frozenset()
    claim_turns: frozenset[str] = frozenset()
    claim_disbeliefs: frozenset[str] = frozenset()
    inverting_negators: frozenset[str] = frozenset()
    inverted_subjects: frozenset[str] = frozenset()
    rival_decisions: frozenset[str] = frozenset()
    rival_possessives: frozenset[str] = frozenset()
    echo_negators: frozenset[str] = frozenset()
    open_doubts: frozenset[str] = frozenset()
    fault_questions: frozenset[str] = frozenset()
    credential_tails: frozenset[str] = frozenset()
    credential_blockers: frozenset[str] = frozenset()
    credential_lapses: frozenset[str] = frozenset()
    vacancy_breaks: frozenset[str] = frozenset()
    rival_staff: frozenset[str] = frozenset()
    noun_verbs: frozenset[str] = frozenset()
    noun_leads: frozenset[str] = frozenset()
    pursuits: frozenset[str] = frozenset()
    process_verbs: frozenset[str] = frozenset()
    thanks_continuations: frozenset[str] = frozenset()
    thanks_openers: frozenset[str] = frozenset()
    thanks_praise: frozenset[str] = frozenset()
    thanks_praise_leads: frozenset[str] = frozenset()
    answer_verbs: frozenset[str] = frozenset()
    question_nouns: frozenset[str] = frozenset()
    question_modifiers: frozenset[str] = frozenset()
    subject_question_theme: frozenset[str] = frozenset()
    tenure_units: frozenset[str] = frozenset()
    tenure_stops: frozenset[str] = frozenset()
    tenure_stop_leads: frozenset[str] = frozenset()
    name_heads: frozenset[str] = frozenset()
    name_posts: frozenset[str] = frozenset()
    name_joins: frozenset[str] = frozenset()
    inability: frozenset[str] = frozenset()
    inability_breaks: frozenset[str] = frozenset()
    copulas: frozenset[str] = frozenset()
    verdict_verbs: frozenset[str] = frozenset()
    third_party_actions: frozenset[str] = frozenset()
    own_reactions: frozenset[str] = frozenset()
    reaction_softeners: frozenset[str] = frozenset()
    content_nouns: frozenset[str] = frozenset()
    content_links: frozenset[str] = frozenset()
    keep_verbs: frozenset[str] = frozenset()
    lone_order_leads: frozenset[str] = frozenset()
    know_verbs: frozenset[str] = frozenset()
    mastery_idioms: frozenset[str] = frozenset()
    answer_nouns: frozenset[str] = frozenset()
    subject_prepositions: frozenset[str] = frozenset()
    subject_skips: frozenset[str] = frozenset()
    not_subjects: frozenset[str] = frozenset()
    task_themes: frozenset[str] = frozenset()
    task_terms: frozenset[str] = frozenset()
    task_nouns: frozenset[str] = frozenset()
    task_verbs: frozenset[str] = frozenset()
    near_topics: frozenset[str] = frozenset()
    task_negators: frozenset[str] = frozenset()
    lack_owners: frozenset[str] = frozenset()
    size_words: frozenset[str] = frozenset()
    unnamed_links: frozenset[str] = frozenset()
    unnamed_generic: frozenset[str] = frozenset()
    unnamed_verdicts: frozenset[str] = frozenset()
    unnamed_tails: frozenset[str] = frozenset()
    unnamed_stops: frozenset[str] = frozenset()
    unnamed_openers: frozenset[str] = frozenset()
    length_words: frozenset[str] = frozenset()
    length_work: frozenset[str] = frozenset()
    known_ends: frozenset[str] = frozenset()
    title_posts: frozenset[str] = frozenset()
    unnamed_explain_verbs: frozenset[str] = frozenset()
    unnamed_explain_skips: frozenset[str] = frozenset()
    road_markers: frozenset[str] = frozenset()
    road_inclusive: frozenset[str] = frozenset()
    road_bare: frozenset[str] = frozenset()
    employer_objects: frozenset[str] = frozenset()
    polar_joins: frozenset[str] = frozenset()
    pay_asks: frozenset[str] = frozenset()
    pay_offers: frozenset[str] = frozenset()
    late_words: frozenset[str] = frozenset()
    no_apology: frozenset[str] = frozenset()
    new_subject_adverbs: frozenset[str] = frozenset()
    telling_verbs: frozenset[str] = frozenset()
    clearly_tails: frozenset[str] = frozenset()
    residual_leads: frozenset[str] = frozenset()
    residual_next_leads: frozenset[str] = frozenset()
    rival_less_verbs: frozenset[str] = frozenset()
    rival_less_fillers: frozenset[str] = frozenset()
    rival_requirements: frozenset[str] = frozenset()
    blame_superlatives: frozenset[str] = frozenset()
    unfamiliar_words: frozenset[str] = frozenset()
    swallowed_heads: frozenset[str] = frozenset()
    swallowed_links: frozenset[str] = frozenset()
    swallowed_reasons: frozenset[str] = frozenset()
    knowing_words: frozenset[str] = frozenset()
    unnamed_grooming: frozenset[str] = frozenset()
    explain_verbs: frozenset[str] = frozenset()
    explain_verdicts: frozenset[str] = frozenset()
    term_wants: frozenset[str] = frozenset()
    term_asked: frozenset[str] = frozenset()
    term_not_asked: frozenset[str] = frozenset()
    term_sides: frozenset[str] = frozenset()
    term_side_verbs: frozenset[str] = frozenset()
    term_offers: frozenset[str] = frozenset()
    term_reactions: frozenset[str] = frozenset()
    compound_heads: frozenset[str] = frozenset()
    compound_breaks: frozenset[str] = frozenset()
    compound_verbs: frozenset[str] = frozenset()
    compound_skips: frozenset[str] = frozenset()
    own_negators: frozenset[str] = frozenset()
    cause_openers: frozenset[str] = frozenset()
    doubt_openers: frozenset[str] = frozenset()
    doubt_closers: frozenset[str] = frozenset()
    shared_verdicts: frozenset[str] = frozenset()
    moment_markers: frozenset[str] = frozenset()
    moment_subjects: frozenset[str] = frozenset()
    wrong_choice_heads: frozenset[str] = frozenset()
    blank_words: frozenset[str] = frozenset()
    blank_causes: frozenset[str] = frozenset()
    dress_misfits: frozenset[str] = frozenset()
    gaze_denied: frozenset[str] = frozenset()
    gaze_eyes: frozenset[str] = frozenset()
    candour_words: frozenset[str] = frozenset()
    dropped_subjects: frozenset[str] = frozenset()
    during_markers: frozenset[str] = frozenset()



def listed(section: dict[str, Any], key: str) -> list[str]:
    """The phrases of one cue list (empty when absent)."""
    values = section.get(key, [])
    if not isinstance(values, list):
        raise DebriefError(f"The cue list '{key}' in cues.toml must be a list of phrases.")
    return [str(v) for v in values]


def word_lists(cues: dict[str, Any]) -> Words:
    """The named word lists of WORD_LISTS, read from their cue-file sections."""
    return Words(
        **{
            name: frozenset(listed(cues.get(section, {}), key))
            for name, section, key in WORD_LISTS
        }
    )



def word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """A case-blind pattern for any of ``words`` as a whole word.

    >>> bool(word_pattern(["you"]).search("You'll see")), bool(word_pattern(["i"]).search("it"))
    (True, False)
    """
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b" if alternatives else r"(?!)", re.I)


T = TypeVar("T")
_COMPILED: dict[tuple[int, str], tuple[Words, Any]] = {}


def compiled(words: Words, build: Callable[[Words], T]) -> T:
    """What ``build`` makes of these word lists (regexes), made once per ``Words``: a frozen
    dataclass of frozensets is slow to hash, so it is looked up by identity, not by value.

    >>> def build(words: Words) -> list[str]:
    ...     return sorted(words.denials)
    >>> w = Words()
    >>> compiled(w, build) is compiled(w, build)
    True
    """
    key = (id(words), f"{build.__module__}.{build.__qualname__}")
    hit = _COMPILED.get(key)
    if hit is None or hit[0] is not words:
        hit = _COMPILED[key] = (words, build(words))
    return hit[1]


def alternation(words: frozenset[str]) -> str:
    """A regex alternative of ``words`` (spaces as runs of whitespace), longest first.

    >>> print(alternation(frozenset({"no", "not at all"})))
    not\\s+at\\s+all|no
    """
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) or "(?!)"
