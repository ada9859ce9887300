"""The tagger's ordered passes, in one place: ``CLAUSE_PASSES`` run on every clause, then
``verdict.judge_clause`` gives each remaining cue its polarity; ``SENTENCE_PASSES`` run on each
sentence's verdicts after its clauses are read (``pipeline.Tagger`` runs both)."""

from __future__ import annotations

from collections.abc import Callable

from analysis.tagger.abilities import met_terms
from analysis.tagger.advised_nouns import advised_nouns
from analysis.tagger.agenda import drop_agenda_terms
from analysis.tagger.apology import unapologetic_lateness
from analysis.tagger.appearance import dressed_presentation
from analysis.tagger.arrival_times import arrival_times
from analysis.tagger.asked_about import asked_subjects
from analysis.tagger.bare_answers import bare_answer_verdicts, qualified_answers
from analysis.tagger.beliefs import settle_beliefs
from analysis.tagger.blanks import misfit_dress
from analysis.tagger.brackets import skip_bracket_labels
from analysis.tagger.brief_nouns import brief_nouns
from analysis.tagger.candour import conceded_candour
from analysis.tagger.challenged import challenged_topics
from analysis.tagger.claims import settle_claims
from analysis.tagger.clarity import clear_telling
from analysis.tagger.clefts import cleft_subjects
from analysis.tagger.composure_settings import drop_composure_settings
from analysis.tagger.concessions import drop_conceded_generics
from analysis.tagger.conformity import conformed_standards
from analysis.tagger.confusions import confused_subjects
from analysis.tagger.context import demote_modifiers
from analysis.tagger.copula import judged_subjects
from analysis.tagger.core_gaps import core_gaps
from analysis.tagger.corrected_words import correct_words
from analysis.tagger.credentials import held_credentials
from analysis.tagger.denied_then_said import settle_denials
from analysis.tagger.dimensions import drop_measure_words
from analysis.tagger.doubts import doubted_praise
from analysis.tagger.echoes import drop_echoed_excess
from analysis.tagger.employer_known import employer_known
from analysis.tagger.engaged_work import engaged_work
from analysis.tagger.explained import explained_subjects
from analysis.tagger.faulted import faulted_objects
from analysis.tagger.field import drop_field_statements
from analysis.tagger.fluent_subjects import fluent_subjects
from analysis.tagger.gaze import denied_gaze
from analysis.tagger.head_faults import contrasted_head_faults
from analysis.tagger.hedges import settle_hedges
from analysis.tagger.idioms import mastery_idioms
from analysis.tagger.inability import extend_inability
from analysis.tagger.informed import drop_told_terms
from analysis.tagger.length import length_of_work
from analysis.tagger.letter_telling import drop_letter_telling
from analysis.tagger.meeting_with import drop_meeting_titles
from analysis.tagger.met_needs import drop_employer_lacks, drop_met_needs
from analysis.tagger.method_heads import drop_method_heads
from analysis.tagger.methods import faulted_method
from analysis.tagger.model import Clause, Found
from analysis.tagger.moments import drop_act_verbs, drop_during_topics, drop_moment_faults
from analysis.tagger.named_compounds import named_compounds
from analysis.tagger.nearby import need_near_verdict
from analysis.tagger.negated_phrase import negated_modifiers
from analysis.tagger.non_events import denied_non_events
from analysis.tagger.open_questions import drop_open_questions
from analysis.tagger.otherwise import drop_rest_verdicts
from analysis.tagger.paced_work import paced_work
from analysis.tagger.panel_questions import drop_asked_shortfalls
from analysis.tagger.paperwork import drop_paperwork, drop_todos
from analysis.tagger.past_posts import past_posts
from analysis.tagger.pending import pending_checks, pending_credentials
from analysis.tagger.permission import permitted_acts
from analysis.tagger.questions import drop_question_subjects, drop_reported_question_subjects
from analysis.tagger.received_talks import received_talks
from analysis.tagger.reported_answers import reported_answers
from analysis.tagger.requested_acts import drop_requested_acts
from analysis.tagger.required_years import required_years
from analysis.tagger.residuals import residual_in_sentence
from analysis.tagger.result_labels import result_labels
from analysis.tagger.rivals import swallowed_rivals
from analysis.tagger.roads import drop_untaken_roads
from analysis.tagger.scope import (
    apply_excess,
    apply_negation,
    fixed_faults,
)
from analysis.tagger.scores import scored_tests
from analysis.tagger.served_spans import served_spans
from analysis.tagger.settled import drop_settled_terms
from analysis.tagger.speaker import (
    drop_asides_about_others,
    mute_other_speakers,
    require_cue,
    skip_own_reaction,
    skip_pleasantry,
)
from analysis.tagger.stances import drop_party_acts, drop_party_stances
from analysis.tagger.struggles import task_struggles
from analysis.tagger.subjects import (
    answers_on_subjects,
    known_credentials,
    known_terms,
    unclear_on_subjects,
)
from analysis.tagger.suffixes import negate_suffixed
from analysis.tagger.sure_knowing import sure_knowing
from analysis.tagger.symptoms import caused_symptoms, late_rush
from analysis.tagger.taken_roads import read_alternatives
from analysis.tagger.taken_too_far import taken_too_far
from analysis.tagger.talked_terms import talked_terms
from analysis.tagger.task_verdicts import task_verdicts
from analysis.tagger.tasks import drop_task_terms
from analysis.tagger.terms import paid_asks, reacted_terms, unmet_terms
from analysis.tagger.timed_talk import timed_talk
from analysis.tagger.titles import label_titles, post_titles
from analysis.tagger.trained_gaps import trained_gaps
from analysis.tagger.unannounced import unannounced_lateness
from analysis.tagger.unfamiliar import unfamiliar_subjects
from analysis.tagger.unmet_starts import unmet_starts
from analysis.tagger.unnamed import unnamed_segments, unnamed_subjects
from analysis.tagger.unsaid import unsaid_verdicts
from analysis.tagger.untold_methods import untold_methods
from analysis.tagger.used_tools import used_tools
from analysis.tagger.wanted_manner import wanted_manner
from analysis.tagger.words import Words
from analysis.tagger.worked_shifts import worked_shifts
from analysis.tagger.workmanship import workmanship
from analysis.tagger.year_groups import year_groups


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
    """Met-need pass (met_needs.drop_met_needs, met_needs.drop_employer_lacks)."""
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
    timed_talk,  # "keep 'tell me about yourself' to 90 seconds": the talk's length
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
    result_labels,  # "Outcome: unsuccessful" is a field of the form, not a story's result
    drop_task_terms,  # "strong on rota management" is a task, not the candidate's terms
    length_of_work,  # "the submission exercise was far too long" is delivery
    drop_question_subjects,  # "ask them what the training involves": the question's subject
    drop_reported_question_subjects,  # "asked good qs about the restructure"
    drop_moment_faults,  # "asking a clarifying question before jumping in": when, not a fault
    drop_during_topics,  # "glanced at your phone during the presentation": when, not a subject
    drop_composure_settings,  # "stayed composed when the technical questions got harder"
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
    met_terms,  # "He could relocate", "Could she start before the summer? No": a term met
    drop_settled_terms,  # "Start date agreed for 2 September" is where the process stands
    drop_act_verbs,  # "communicate your thinking while you code": the act, not a subject
    drop_requested_acts,  # "the candidate is asked to communicate eventual problems"
    known_terms,  # "knew the salary-sacrifice rules well": a subject of the work known
    qualified_answers,  # "your values answers lined up well", "nothing in his answers showed"
    brief_nouns,  # "keen on the community sport brief": the remit, no delivery
    drop_method_heads,  # "STAR structure": the structure is the method's, no delivery topic
    wanted_manner,  # "bring more energy to the 'why this role' question": the energy asked
    permitted_acts,  # "it's fine to take a breath before you answer": an act allowed
    drop_party_stances,  # "hm keen for 2nd", "..., panel looked bored": the party's stance
    denied_non_events,  # "Salary not discussed yet", "they didn't blink": nothing happened
    employer_known,  # "didn't know a thing about their new terminal" is homework, not skills
    workmanship,  # "soldered a neat joint" judges the work, not the candidate's turnout
    year_groups,  # "teach first-years", "half-year results": a year group, no time served
    advised_nouns,  # "Work on keeping the safeguarding answer short": the act's theme, no trade
    worked_shifts,  # "never worked a night shift", "coming off shift": the work, no terms
    challenged_topics,  # "kept her cool when pressed hard on the numbers": the occasion
    received_talks,  # "the panel enjoyed your presentation": how it landed, no delivery
    faulted_objects,  # "easy to fault the punctuality": the fault is the punctuality's
    task_verdicts,  # "a wobble on the coding exercise", "structured approach to the case": the work
    used_tools,  # "hasn't used Xero before": familiarity with a tool, not time served
    named_compounds,  # "answer on penalty clauses": a trade's term, no verdict of its own
    drop_party_acts,  # "Interviewer kept checking her phone": the party's act, its own phone
    drop_asked_shortfalls,  # "they asked about my gap year": the question's subject, no verdict
    drop_meeting_titles,  # "2nd int w/ head of midwifery": the panel's title, no post held
)


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
    task_struggles,  # "qualified, but struggled to adapt the plan": the task, not the record
    pending_checks,  # "DBS and PIN check to follow via HR": the employer's step, no verdict
    pending_credentials,  # "LCSW not yet obtained": a credential not yet held
    past_posts,  # "ran 180 covers at her last place": work done in a former post
    fluent_subjects,  # "talked shrinkage and planogram compliance fluently": the subject known
    unsaid_verdicts,  # "..., but nobody said whether that was a problem": nothing judged
    required_years,  # "they want 5+ yrs in GMP manufacturing": the record, not the field
    contrasted_head_faults,  # "Less a confidence issue than a preparation one"
    served_spans,  # "has been a senior carer for nine years": the record
    core_gaps,  # "didn't know when a SAR is filed, which is basic for this desk": skills-
    conformed_standards,  # "not in accordance with the formal dress code expected": the standard's
    unmet_starts,  # "available only from January, whereas the unit requires ...": terms unmet
    unannounced_lateness,  # "arrived late and did not offer any explanation": the lateness
    talked_terms,  # "Salary not discussed", "the salary question": terms talked of, not judged
    confused_subjects,  # "confused levered and unlevered FCF": the subject, not the talk
    untold_methods,  # "couldn't describe how she'd calibrate a pipette": the work's method
    settle_denials,  # "not sure 'arrogant' is fair, but ... didn't come across as humble"
    reported_answers,  # "I asked if nerves had been a problem and she said no"
    arrival_times,  # "Showed up at 10:40 for a 10:00 slot": late by the clock
    engaged_work,  # "kids engaged", "teaching demo engaging": the lesson's, not keenness
    trained_gaps,  # "cocktail specs basic; will need training": the gap's cure, no record fault
)
