"""The named word lists the stages consult (each lives in a section of the cue file)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

from analysis.errors import DebriefError
from analysis.tagger.roles import Roles, check_theme_list, read_roles


def cue_list(section: str, key: str) -> Any:
    """A ``Words`` field read from the cue file's ``[section] key`` list (empty by default)."""
    return field(default=frozenset(), metadata={"cues": (section, key)})


def theme_list(section: str, key: str) -> Any:
    """A ``Words`` field read like ``cue_list`` whose phrases are theme ids, checked as such."""
    return field(default=frozenset(), metadata={"cues": (section, key), "themes": True})


@dataclass(frozen=True)
class Words:
    """The word lists the stages consult by name, each with the cue-file list it is read
    from: adding a list is one line here and one in cues.toml. ``roles`` are the themes the
    passes' readings name ([roles])."""

    roles: Roles = field(default_factory=Roles)

    imperative_lead: frozenset[str] = cue_list("advice", "imperative_lead")
    frequency: frozenset[str] = cue_list("advice", "frequency")
    irregular_past: frozenset[str] = cue_list("advice", "irregular_past")
    shorthand_adjectives: frozenset[str] = cue_list("advice", "shorthand_adjectives")
    continuations: frozenset[str] = cue_list("negation", "continuations")
    linking: frozenset[str] = cue_list("negation", "linking")
    lacks: frozenset[str] = cue_list("negation", "lacks")
    without_slips: frozenset[str] = cue_list("negation", "without_slips")
    subject_negators: frozenset[str] = cue_list("negation", "subject_negators")
    alternatives: frozenset[str] = cue_list("negation", "alternatives")
    likeness_owners: frozenset[str] = cue_list("comparison", "likeness_owners")
    describer_heads: frozenset[str] = cue_list("comparison", "describer_heads")
    describer_links: frozenset[str] = cue_list("comparison", "describer_links")
    describer_blocks: frozenset[str] = cue_list("comparison", "describer_blocks")
    new_subjects: frozenset[str] = cue_list("clauses", "new_subjects")
    sentence_ends: frozenset[str] = cue_list("clauses", "sentence_ends")
    regarding: frozenset[str] = cue_list("clauses", "regarding")
    exception_markers: frozenset[str] = cue_list("clauses", "exception_markers")
    third_parties: frozenset[str] = cue_list("third_parties", "people")
    third_party_linking: frozenset[str] = cue_list("third_parties", "linking")
    aside_openers: frozenset[str] = cue_list("third_parties", "aside_openers")
    aside_articles: frozenset[str] = cue_list("third_parties", "aside_articles")
    determiners: frozenset[str] = cue_list("third_parties", "determiners")
    opinion_verbs: frozenset[str] = cue_list("third_parties", "opinion_verbs")
    things: frozenset[str] = cue_list("third_parties", "things")
    candidate: frozenset[str] = cue_list("speaker", "candidate")
    candidate_objects: frozenset[str] = cue_list("speaker", "candidate_objects")
    possessives: frozenset[str] = cue_list("speaker", "possessives")
    topic_prepositions: frozenset[str] = cue_list("speaker", "topic_prepositions")
    employer: frozenset[str] = cue_list("speaker", "employer")
    employer_with_verb: frozenset[str] = cue_list("speaker", "employer_with_verb")
    asked: frozenset[str] = cue_list("speaker", "asked")
    query_words: frozenset[str] = cue_list("speaker", "query_words")
    polar_query: frozenset[str] = cue_list("speaker", "polar_query")
    presumed_lacks: frozenset[str] = cue_list("speaker", "presumed_lacks")
    asked_objects: frozenset[str] = cue_list("speaker", "asked_objects")
    denied_opinions: frozenset[str] = cue_list("negation", "denied_opinions")
    candidate_subjects: frozenset[str] = cue_list("comparison", "candidate_subjects")
    comparison_down: frozenset[str] = cue_list("comparison", "down")
    verdict_negators: frozenset[str] = cue_list("negation", "verdict_negators")
    third_person: frozenset[str] = cue_list("speaker", "third_person")
    second_or_first_person: frozenset[str] = cue_list("speaker", "second_or_first_person")
    self_report: frozenset[str] = cue_list("advice", "self_report")
    respect_prepositions: frozenset[str] = cue_list("clauses", "respect_prepositions")
    candidate_nouns: frozenset[str] = cue_list("speaker", "candidate_nouns")
    header_copulas: frozenset[str] = cue_list("headers", "copulas")
    header_copula_objects: frozenset[str] = cue_list("headers", "copula_objects")
    not_copula_headers: frozenset[str] = cue_list("headers", "not_copula_headers")
    gap_breaks: frozenset[str] = cue_list("clauses", "gap_breaks")
    opinion_nouns: frozenset[str] = cue_list("speaker", "opinion_nouns")
    comparison_equal: frozenset[str] = cue_list("comparison", "equal")
    rival_passed: frozenset[str] = cue_list("comparison", "rival_passed")
    comparison_equal_tails: frozenset[str] = cue_list("comparison", "equal_tails")
    list_breaks: frozenset[str] = cue_list("negation", "list_breaks")
    requirement_leads: frozenset[str] = cue_list("clauses", "requirement_leads")
    denials: frozenset[str] = cue_list("answers", "denials")
    open_questions: frozenset[str] = cue_list("answers", "open_questions")
    echo_subjects: frozenset[str] = cue_list("answers", "echo_subjects")
    echo_auxiliaries: frozenset[str] = cue_list("answers", "echo_auxiliaries")
    echo_verbs: frozenset[str] = cue_list("answers", "echo_verbs")
    expectations: frozenset[str] = cue_list("answers", "expectations")
    confirmations: frozenset[str] = cue_list("answers", "confirmations")
    saying_hedges: frozenset[str] = cue_list("claims", "saying_hedges")
    disbeliefs: frozenset[str] = cue_list("answers", "disbeliefs")
    disbelieved_reports: frozenset[str] = cue_list("answers", "disbelieved_reports")
    question_fillers: frozenset[str] = cue_list("answers", "question_fillers")
    unknown_answers: frozenset[str] = cue_list("answers", "unknown_answers")
    topic_denials: frozenset[str] = cue_list("answers", "topic_denials")
    blame_openers: frozenset[str] = cue_list("answers", "blame_openers")
    comparison_openers: frozenset[str] = cue_list("comparison", "openers")
    compared_relatives: frozenset[str] = cue_list("comparison", "compared_relatives")
    compared_yardsticks: frozenset[str] = cue_list("comparison", "compared_yardsticks")
    compared_candidates: frozenset[str] = cue_list("comparison", "compared_candidates")
    cost_topics: frozenset[str] = cue_list("evaluation", "cost_topics")
    cost_rises: frozenset[str] = cue_list("evaluation", "cost_rises")
    cost_statements: frozenset[str] = cue_list("evaluation", "cost_statements")
    score_tests: frozenset[str] = cue_list("scores", "tests")
    score_bars: frozenset[str] = cue_list("scores", "bars")
    measure_words: frozenset[str] = cue_list("evaluation", "measure_words")
    deadline_units: frozenset[str] = cue_list("evaluation", "deadline_units")
    privative_suffixes: frozenset[str] = cue_list("negation", "privative_suffixes")
    cleft_negators: frozenset[str] = cue_list("negation", "cleft_negators")
    denial_breaks: frozenset[str] = cue_list("negation", "denial_breaks")
    writer_subjects: frozenset[str] = cue_list("negation", "writer_subjects")
    report_verbs: frozenset[str] = cue_list("answers", "report_verbs")
    met_needs: frozenset[str] = cue_list("advice", "met_needs")
    need_tails: frozenset[str] = cue_list("advice", "need_tails")
    need_relatives: frozenset[str] = cue_list("advice", "need_relatives")
    need_subjects: frozenset[str] = cue_list("advice", "need_subjects")
    rival_objects: frozenset[str] = cue_list("comparison", "rival_objects")
    rival_object_heads: frozenset[str] = cue_list("comparison", "rival_object_heads")
    fixes: frozenset[str] = cue_list("negation", "fixes")
    cleft_openers: frozenset[str] = cue_list("negation", "cleft_openers")
    fault_determiners: frozenset[str] = cue_list("negation", "fault_determiners")
    fault_reflexives: frozenset[str] = cue_list("negation", "fault_reflexives")
    paperwork_verbs: frozenset[str] = cue_list("paperwork", "verbs")
    paperwork_leads: frozenset[str] = cue_list("paperwork", "leads")
    paperwork_needs: frozenset[str] = cue_list("paperwork", "needs")
    paperwork_deadlines: frozenset[str] = cue_list("paperwork", "deadlines")
    paperwork_supplied: frozenset[str] = cue_list("paperwork", "supplied")
    paperwork_todos: frozenset[str] = cue_list("paperwork", "todos")
    claim_verbs: frozenset[str] = cue_list("claims", "verbs")
    claim_documents: frozenset[str] = cue_list("claims", "documents")
    warnings: frozenset[str] = cue_list("claims", "warnings")
    claim_contrasts: frozenset[str] = cue_list("claims", "contrasts")
    concessives: frozenset[str] = cue_list("claims", "concessives")
    denial_leads: frozenset[str] = cue_list("claims", "denial_leads")
    denial_hedges: frozenset[str] = cue_list("claims", "denial_hedges")
    yes_no_auxiliaries: frozenset[str] = cue_list("claims", "yes_no_auxiliaries")
    rhetorical_markers: frozenset[str] = cue_list("claims", "rhetorical_markers")
    fault_deniers: frozenset[str] = cue_list("negation", "fault_deniers")
    claim_auxiliaries: frozenset[str] = cue_list("claims", "auxiliaries")
    claim_turns: frozenset[str] = cue_list("claims", "turns")
    claim_disbeliefs: frozenset[str] = cue_list("claims", "disbeliefs")
    inverting_negators: frozenset[str] = cue_list("negation", "inverting_negators")
    inverted_subjects: frozenset[str] = cue_list("negation", "inverted_subjects")
    unsaid_parties: frozenset[str] = cue_list("unsaid", "parties")
    unsaid_sayings: frozenset[str] = cue_list("unsaid", "sayings")
    unsaid_denying_parties: frozenset[str] = cue_list("unsaid", "denying_parties")
    unsaid_plain_sayings: frozenset[str] = cue_list("unsaid", "plain_sayings")
    unsaid_leads: frozenset[str] = cue_list("unsaid", "leads")
    searched_negators: frozenset[str] = cue_list("searched_answers", "negators")
    searched_nouns: frozenset[str] = cue_list("searched_answers", "nouns")
    searched_showing: frozenset[str] = cue_list("searched_answers", "showing")
    head_fault_negators: frozenset[str] = cue_list("head_faults", "negators")
    head_fault_determiners: frozenset[str] = cue_list("head_faults", "determiners")
    head_fault_nouns: frozenset[str] = cue_list("head_faults", "nouns")
    head_fault_contrasts: frozenset[str] = cue_list("head_faults", "contrasts")
    rival_decisions: frozenset[str] = cue_list("comparison", "rival_decisions")
    rival_possessives: frozenset[str] = cue_list("comparison", "rival_possessives")
    echo_negators: frozenset[str] = cue_list("negation", "echo_negators")
    open_doubts: frozenset[str] = cue_list("claims", "open_doubts")
    fault_questions: frozenset[str] = cue_list("claims", "fault_questions")
    credential_tails: frozenset[str] = cue_list("claims", "credential_tails")
    credential_blockers: frozenset[str] = cue_list("claims", "credential_blockers")
    credential_lapses: frozenset[str] = cue_list("claims", "credential_lapses")
    vacancy_breaks: frozenset[str] = cue_list("email", "vacancy_breaks")
    rival_staff: frozenset[str] = cue_list("comparison", "rival_staff")
    noun_verbs: frozenset[str] = cue_list("advice", "noun_verbs")
    noun_leads: frozenset[str] = cue_list("advice", "noun_leads")
    pursuits: frozenset[str] = cue_list("posts", "pursuits")
    process_verbs: frozenset[str] = cue_list("posts", "process_verbs")
    trailing_limits: frozenset[str] = cue_list("posts", "trailing_limits")
    thanks_continuations: frozenset[str] = cue_list("pleasantries", "thanks_continuations")
    thanks_openers: frozenset[str] = cue_list("pleasantries", "thanks_openers")
    thanks_praise: frozenset[str] = cue_list("pleasantries", "thanks_praise")
    thanks_praise_leads: frozenset[str] = cue_list("pleasantries", "thanks_praise_leads")
    answer_verbs: frozenset[str] = cue_list("clauses", "answer_verbs")
    question_nouns: frozenset[str] = cue_list("clauses", "question_nouns")
    question_modifiers: frozenset[str] = cue_list("clauses", "question_modifiers")
    subject_question_theme: frozenset[str] = theme_list("clauses", "subject_question_theme")
    tenure_units: frozenset[str] = cue_list("tenure", "units")
    tenure_stops: frozenset[str] = cue_list("tenure", "stops")
    tenure_stop_leads: frozenset[str] = cue_list("tenure", "stop_leads")
    tenure_places: frozenset[str] = cue_list("tenure", "places")
    name_heads: frozenset[str] = cue_list("names", "heads")
    name_posts: frozenset[str] = cue_list("names", "posts")
    name_joins: frozenset[str] = cue_list("names", "joins")
    inability: frozenset[str] = cue_list("negation", "inability")
    inability_breaks: frozenset[str] = cue_list("negation", "inability_breaks")
    copulas: frozenset[str] = cue_list("negation", "copulas")
    verdict_verbs: frozenset[str] = cue_list("negation", "verdict_verbs")
    third_party_actions: frozenset[str] = cue_list("third_parties", "actions")
    third_party_spans: frozenset[str] = cue_list("third_parties", "spans")
    own_reactions: frozenset[str] = cue_list("speaker", "own_reactions")
    reaction_softeners: frozenset[str] = cue_list("speaker", "reaction_softeners")
    content_nouns: frozenset[str] = cue_list("clauses", "content_nouns")
    content_links: frozenset[str] = cue_list("clauses", "content_links")
    keep_verbs: frozenset[str] = cue_list("advice", "keep_verbs")
    kept_determiners: frozenset[str] = cue_list("advice", "kept_determiners")
    lone_order_leads: frozenset[str] = cue_list("advice", "lone_order_leads")
    know_verbs: frozenset[str] = cue_list("idioms", "know_verbs")
    mastery_idioms: frozenset[str] = cue_list("idioms", "mastery")
    answer_nouns: frozenset[str] = cue_list("subjects", "answer_nouns")
    subject_prepositions: frozenset[str] = cue_list("subjects", "prepositions")
    subject_skips: frozenset[str] = cue_list("subjects", "skips")
    not_subjects: frozenset[str] = cue_list("subjects", "not_subjects")
    task_themes: frozenset[str] = theme_list("tasks", "themes")
    task_terms: frozenset[str] = cue_list("tasks", "terms")
    task_kinds: frozenset[str] = cue_list("tasks", "kinds")
    kinded_terms: frozenset[str] = cue_list("tasks", "kinded_terms")
    task_nouns: frozenset[str] = cue_list("tasks", "nouns")
    task_verbs: frozenset[str] = cue_list("tasks", "verbs")
    near_topics: frozenset[str] = cue_list("nearby", "topics")
    task_negators: frozenset[str] = cue_list("negation", "task_negators")
    lack_owners: frozenset[str] = cue_list("negation", "lack_owners")
    size_words: frozenset[str] = cue_list("evaluation", "size_words")
    unnamed_links: frozenset[str] = cue_list("unnamed", "links")
    unnamed_generic: frozenset[str] = cue_list("unnamed", "generic")
    unnamed_verdicts: frozenset[str] = cue_list("unnamed", "verdicts")
    unnamed_tails: frozenset[str] = cue_list("unnamed", "tails")
    unnamed_stops: frozenset[str] = cue_list("unnamed", "stops")
    unnamed_openers: frozenset[str] = cue_list("unnamed", "openers")
    length_words: frozenset[str] = cue_list("length", "words")
    length_work: frozenset[str] = cue_list("length", "work")
    known_ends: frozenset[str] = cue_list("subjects", "known_ends")
    title_posts: frozenset[str] = cue_list("titles", "posts")
    result_labels: frozenset[str] = cue_list("titles", "results")
    unnamed_explain_verbs: frozenset[str] = cue_list("unnamed", "explain_verbs")
    unnamed_explain_skips: frozenset[str] = cue_list("unnamed", "explain_skips")
    unnamed_explain_links: frozenset[str] = cue_list("unnamed", "explain_links")
    road_markers: frozenset[str] = cue_list("roads", "markers")
    road_inclusive: frozenset[str] = cue_list("roads", "inclusive")
    road_bare: frozenset[str] = cue_list("roads", "bare")
    employer_objects: frozenset[str] = cue_list("speaker", "employer_objects")
    polar_joins: frozenset[str] = cue_list("speaker", "polar_joins")
    pay_asks: frozenset[str] = cue_list("pay", "asks")
    pay_offers: frozenset[str] = cue_list("pay", "offers")
    late_words: frozenset[str] = cue_list("lateness", "late")
    no_apology: frozenset[str] = cue_list("lateness", "no_apology")
    new_subject_adverbs: frozenset[str] = cue_list("clauses", "new_subject_adverbs")
    telling_verbs: frozenset[str] = cue_list("clarity", "telling_verbs")
    clearly_tails: frozenset[str] = cue_list("clarity", "tails")
    residual_leads: frozenset[str] = cue_list("residuals", "leads")
    residual_next_leads: frozenset[str] = cue_list("residuals", "next_leads")
    residual_replacements: frozenset[str] = cue_list("residuals", "replacements")
    rival_less_verbs: frozenset[str] = cue_list("rival_less", "verbs")
    rival_less_fillers: frozenset[str] = cue_list("rival_less", "fillers")
    rival_requirements: frozenset[str] = cue_list("rival_less", "requirements")
    blame_superlatives: frozenset[str] = cue_list("blame", "superlatives")
    unfamiliar_words: frozenset[str] = cue_list("subjects", "unfamiliar")
    swallowed_heads: frozenset[str] = cue_list("comparison", "swallowed_heads")
    swallowed_links: frozenset[str] = cue_list("comparison", "swallowed_links")
    swallowed_reasons: frozenset[str] = cue_list("comparison", "swallowed_reasons")
    knowing_words: frozenset[str] = cue_list("subjects", "knowing")
    known_terms_blockers: frozenset[str] = cue_list("subjects", "known_terms_blockers")
    unnamed_grooming: frozenset[str] = cue_list("unnamed", "grooming")
    explain_verbs: frozenset[str] = cue_list("subjects", "explain_verbs")
    explain_verdicts: frozenset[str] = cue_list("subjects", "explain_verdicts")
    term_wants: frozenset[str] = cue_list("terms", "wants")
    term_asked: frozenset[str] = cue_list("terms", "asked")
    term_not_asked: frozenset[str] = cue_list("terms", "not_asked")
    term_sides: frozenset[str] = cue_list("terms", "sides")
    term_side_verbs: frozenset[str] = cue_list("terms", "side_verbs")
    term_offers: frozenset[str] = cue_list("terms", "offers")
    term_reactions: frozenset[str] = cue_list("terms", "reactions")
    compound_heads: frozenset[str] = cue_list("compounds", "heads")
    compound_breaks: frozenset[str] = cue_list("compounds", "breaks")
    compound_verbs: frozenset[str] = cue_list("advice", "compound_verbs")
    compound_skips: frozenset[str] = cue_list("advice", "compound_skips")
    own_negators: frozenset[str] = cue_list("negation", "own_negators")
    cause_openers: frozenset[str] = cue_list("negation", "cause_openers")
    doubt_openers: frozenset[str] = cue_list("negation", "doubt_openers")
    doubt_closers: frozenset[str] = cue_list("negation", "doubt_closers")
    shared_verdicts: frozenset[str] = cue_list("lists", "shared")
    moment_markers: frozenset[str] = cue_list("moments", "markers")
    moment_subjects: frozenset[str] = cue_list("moments", "subjects")
    wrong_choice_heads: frozenset[str] = cue_list("negation", "wrong_choice_heads")
    blank_words: frozenset[str] = cue_list("blanks", "words")
    blank_causes: frozenset[str] = theme_list("blanks", "causes")
    dress_misfits: frozenset[str] = cue_list("blanks", "dress_misfits")
    gaze_denied: frozenset[str] = cue_list("gaze", "denied")
    gaze_eyes: frozenset[str] = cue_list("gaze", "eyes")
    candour_words: frozenset[str] = cue_list("candour", "words")
    header_negators: frozenset[str] = cue_list("headers", "negators")
    informed_verbs: frozenset[str] = cue_list("informed", "verbs")
    field_nouns: frozenset[str] = cue_list("field", "nouns")
    field_leads: frozenset[str] = cue_list("field", "leads")
    field_shorthand: frozenset[str] = cue_list("field", "shorthand")
    informed_leads: frozenset[str] = cue_list("informed", "leads")
    informed_recipients: frozenset[str] = cue_list("informed", "recipients")
    settled_words: frozenset[str] = cue_list("settled", "words")
    contracted_third: frozenset[str] = cue_list("contracted", "third_person")
    yardstick_markers: frozenset[str] = cue_list("yardsticks", "markers")
    anaphor_leads: frozenset[str] = cue_list("anaphora", "leads")
    anaphor_quantifiers: frozenset[str] = cue_list("anaphora", "quantifiers")
    anaphor_pronouns: frozenset[str] = cue_list("anaphora", "pronouns")
    aside_negators: frozenset[str] = cue_list("asides", "negators")
    aside_contrasts: frozenset[str] = cue_list("asides", "contrasts")
    ability_words: frozenset[str] = cue_list("abilities", "abilities")
    ability_verbs: frozenset[str] = cue_list("abilities", "verbs")
    ability_between: frozenset[str] = cue_list("abilities", "between")
    ability_subjects: frozenset[str] = cue_list("abilities", "subjects")
    ability_breaks: frozenset[str] = cue_list("abilities", "breaks")
    ability_limits: frozenset[str] = cue_list("abilities", "limits")
    ability_modals: frozenset[str] = cue_list("abilities", "modals")
    ability_asked_subjects: frozenset[str] = cue_list("abilities", "asked_subjects")
    ability_self: frozenset[str] = cue_list("abilities", "self")
    ability_self_after: frozenset[str] = cue_list("abilities", "self_after")
    requested_verbs: frozenset[str] = cue_list("requested", "verbs")
    requested_copulas: frozenset[str] = cue_list("requested", "copulas")
    requested_softeners: frozenset[str] = cue_list("requested", "softeners")
    requested_writers: frozenset[str] = cue_list("requested", "writers")
    requested_modals: frozenset[str] = cue_list("requested", "modals")
    requested_advice: frozenset[str] = cue_list("requested", "advice")
    method_names: frozenset[str] = cue_list("methods", "names")
    dropped_subjects: frozenset[str] = cue_list("own_clauses", "subjects")
    content_verdicts: frozenset[str] = cue_list("bare_answers", "content_verdicts")
    unqualifying_words: frozenset[str] = cue_list("bare_answers", "unqualifying")
    answered_prepositions: frozenset[str] = cue_list("bare_answers", "answered_prepositions")
    during_markers: frozenset[str] = cue_list("moments", "during")
    act_markers: frozenset[str] = cue_list("moments", "acts")
    act_modals: frozenset[str] = cue_list("moments", "act_modals")
    act_subjects: frozenset[str] = cue_list("moments", "act_subjects")
    unnamed_frame_preps: frozenset[str] = cue_list("unnamed", "frame_preps")
    unnamed_noun_negators: frozenset[str] = cue_list("unnamed", "noun_negators")
    casual_dress: frozenset[str] = cue_list("casual", "dress")
    fault_cleft_openers: frozenset[str] = cue_list("clefts", "openers")
    fault_cleft_copulas: frozenset[str] = cue_list("clefts", "copulas")
    fault_cleft_skips: frozenset[str] = cue_list("clefts", "skips")
    fault_cleft_faults: frozenset[str] = cue_list("clefts", "faults")
    fault_cleft_vague: frozenset[str] = cue_list("clefts", "vague")
    belief_verbs: frozenset[str] = cue_list("claims", "beliefs")
    concession_frames: frozenset[str] = cue_list("concessions", "frames")
    concession_topics: frozenset[str] = cue_list("concessions", "topics")
    concession_verdicts: frozenset[str] = cue_list("concessions", "verdicts")
    concession_negators: frozenset[str] = cue_list("concessions", "negators")
    open_question_clarity: frozenset[str] = cue_list("open_questions", "clarity")
    open_question_openers: frozenset[str] = cue_list("open_questions", "openers")
    appearance_words: frozenset[str] = cue_list("appearance", "words")
    paced_work_heads: frozenset[str] = cue_list("paced_work", "heads")
    paced_work_cues: frozenset[str] = cue_list("paced_work", "cues")
    paced_work_nouns: frozenset[str] = cue_list("paced_work", "nouns")
    paced_work_delivery: frozenset[str] = cue_list("paced_work", "delivery")
    symptom_verbs: frozenset[str] = cue_list("symptoms", "verbs")
    symptom_objects: frozenset[str] = cue_list("symptoms", "objects")
    symptom_causes: frozenset[str] = theme_list("symptoms", "causes")
    rush_words: frozenset[str] = cue_list("symptoms", "rush_words")
    rush_frames: frozenset[str] = cue_list("symptoms", "rush_frames")
    rush_delivery: frozenset[str] = cue_list("symptoms", "rush_delivery")
    asked_about_frames: frozenset[str] = cue_list("asked_about", "frames")
    named_standards: frozenset[str] = cue_list("named_terms", "standards")
    named_themes: frozenset[str] = theme_list("named_terms", "themes")
    agenda_leads: frozenset[str] = cue_list("agenda", "leads")
    agenda_topics: frozenset[str] = cue_list("agenda", "topics")
    sure_adverbs: frozenset[str] = cue_list("sure_knowing", "adverbs")
    sure_verbs: frozenset[str] = cue_list("sure_knowing", "verbs")
    sure_determiners: frozenset[str] = cue_list("sure_knowing", "determiners")
    sure_employer_owners: frozenset[str] = cue_list("sure_knowing", "employer_owners")
    sure_employer_heads: frozenset[str] = cue_list("sure_knowing", "employer_heads")
    sure_employer_possessors: frozenset[str] = cue_list("sure_knowing", "employer_possessors")
    corrected_connectives: frozenset[str] = cue_list("corrected_words", "connectives")
    letter_verbs: frozenset[str] = cue_list("letter_telling", "verbs")
    letter_writers: frozenset[str] = cue_list("letter_telling", "writers")
    letter_stops: frozenset[str] = cue_list("letter_telling", "candidate")
    letter_passives: frozenset[str] = cue_list("letter_telling", "passives")
    letter_channels: frozenset[str] = cue_list("letter_telling", "channels")
    too_far_markers: frozenset[str] = cue_list("too_far", "markers")
    struggle_verbs: frozenset[str] = cue_list("struggles", "verbs")
    plain_negators: frozenset[str] = cue_list("negation", "plain")
    sure_breaks: frozenset[str] = cue_list("sure_knowing", "breaks")
    rival_point_openers: frozenset[str] = cue_list("rival_points", "openers")
    rival_point_predicates: frozenset[str] = cue_list("rival_points", "predicates")
    pending_checks: frozenset[str] = cue_list("pending", "checks")
    pending_waits: frozenset[str] = cue_list("pending", "waits")
    pending_credential_waits: frozenset[str] = cue_list("pending", "credential_waits")
    past_post_verbs: frozenset[str] = cue_list("past_posts", "verbs")
    past_post_places: frozenset[str] = cue_list("past_posts", "places")
    past_post_blockers: frozenset[str] = cue_list("past_posts", "blockers")
    fluent_verbs: frozenset[str] = cue_list("fluent_subjects", "verbs")
    fluent_adverbs: frozenset[str] = cue_list("fluent_subjects", "adverbs")
    required_wants: frozenset[str] = cue_list("required_years", "wants")
    required_units: frozenset[str] = cue_list("required_years", "units")
    remedy_openers: frozenset[str] = cue_list("remedies", "openers")
    remedy_blockers: frozenset[str] = cue_list("remedies", "blockers")


def listed(section: dict[str, Any], key: str) -> list[str]:
    """The phrases of one cue list (empty when absent)."""
    values = section.get(key, [])
    if not isinstance(values, list):
        raise DebriefError(f"The cue list '{key}' in cues.toml must be a list of phrases.")
    return [str(v) for v in values]


def word_lists(cues: dict[str, Any], theme_ids: Sequence[str]) -> Words:
    """Every ``Words`` list, read from the cue-file section its field names, and the roles;
    a list or role of theme ids may name only themes of ``theme_ids``."""
    lists: dict[str, Any] = {"roles": read_roles(cues, theme_ids)}
    for item in fields(Words):
        if "cues" not in item.metadata:
            continue
        section, key = item.metadata["cues"]
        lists[item.name] = frozenset(listed(cues.get(section, {}), key))
        if item.metadata.get("themes"):
            check_theme_list(section, key, lists[item.name], theme_ids)
    return Words(**lists)



_PLAIN_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")


def plain_words(text: str) -> list[str]:
    """The words of ``text``, lowercased, a contraction one word, punctuation dropped.

    >>> plain_words("Didn't look - well-paced, 2 Qs")
    ["didn't", 'look', 'well', 'paced', '2', 'qs']
    """
    return _PLAIN_WORD.findall(text.lower())


def word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """A case-blind pattern for any of ``words`` as a whole word.

    >>> bool(word_pattern(["you"]).search("You'll see")), bool(word_pattern(["i"]).search("it"))
    (True, False)
    """
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b" if alternatives else r"(?!)", re.I)


T = TypeVar("T")
_COMPILED: dict[tuple[int, Callable[[Words], Any]], tuple[Words, Any]] = {}


def compiled(words: Words, build: Callable[[Words], T]) -> T:
    """What ``build`` makes of these word lists (regexes), made once per ``Words``: a frozen
    dataclass of frozensets is slow to hash, so it is looked up by identity, not by value.

    >>> def build(words: Words) -> list[str]:
    ...     return sorted(words.denials)
    >>> w = Words()
    >>> compiled(w, build) is compiled(w, build)
    True
    """
    key = (id(words), build)  # builders are module-level functions: hashed by identity
    hit = _COMPILED.get(key)
    if hit is None or hit[0] is not words:
        hit = _COMPILED[key] = (words, build(words))
    return hit[1]


def in_order(
    text: str, first: re.Pattern[str], then: re.Pattern[str]
) -> tuple[re.Match[str], re.Match[str]] | None:
    """The first match of ``first`` in ``text`` and the first of ``then`` after it, or None.

    >>> found = in_order("not that, but this", re.compile("not"), re.compile("but"))
    >>> [m.group() for m in found]
    ['not', 'but']
    >>> in_order("but not", re.compile("not"), re.compile("but")) is None
    True
    """
    opened = first.search(text)
    if opened is None:
        return None
    closed = then.search(text, opened.end())
    return None if closed is None else (opened, closed)


def negator_pattern(words: Words) -> re.Pattern[str]:
    """A plain negator ([negation] plain) as a word, or "n't"; made once through ``compiled``.

    >>> bool(negator_pattern(Words(plain_negators=frozenset({"far from"}))).search("far  from"))
    True
    """
    return re.compile(rf"\b(?:{alternation(words.plain_negators)})\b|n't\b", re.I)


def alternation(words: frozenset[str]) -> str:
    """A regex alternative of ``words`` (spaces as runs of whitespace), longest first.

    >>> print(alternation(frozenset({"no", "not at all"})))
    not\\s+at\\s+all|no
    """
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) or "(?!)"
