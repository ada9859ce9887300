"""Stage 6: the polarity of every cue left in a clause, and which mentions survive.

Topic cues ("eye contact", "salary") take the nearest evaluative word ("good eye contact") or
their negation ("no eye contact"); advice ("try to", "be more ...", an instruction) and
comparison with another candidate ("the hire had more experience") make the clause an
improvement; a header ("Strengths:") decides what nothing else did. Fallbacks (VADER's word
valences, a topic's lean, a theme's default, VADER's clause score) only speak where nothing in
the cue file judged, and yield to any real verdict in the clause. A generic rejection ("went
with another candidate") yields to a specific reason in the same clause.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from analysis.tagger.clauses import kept_quality, order_kept
from analysis.tagger.compounds import drop_compound_domains
from analysis.tagger.instructions import instruction_at
from analysis.tagger.model import WEAK, Clause, Found, Item
from analysis.tagger.polarity import Deciders, Vader, eval_sign, resolve
from analysis.tagger.presence import present_topic
from analysis.tagger.queries import (
    asked_before,
    asked_subject,
    polar_before,
    query_in,
    query_in_cue,
)
from analysis.tagger.ratings import marks_topic
from analysis.tagger.rival_less import rival_had_less
from analysis.tagger.rival_points import rival_point
from analysis.tagger.scope import apply_negation, fixed_faults, word_evals
from analysis.tagger.speaker import (
    compared_first,
    rival_as_object,
    rival_equalled,
    rival_inverted,
    rival_outdone,
)
from analysis.tagger.tokens import phrase_text

if TYPE_CHECKING:
    from analysis.tagger.lexicon import Lexicon
    from analysis.tagger.model import Token

# (theme, sign, evidence, cues as written, decided only by a fallback)
_Guess = tuple[str, int, str, tuple[str, ...], bool]


@dataclass
class Reading:
    """What a clause says as a whole: advice, comparison, header, and its cues."""

    clause: Clause
    cues: list[Item]
    evals: list[Item]
    markers: list[Item]
    decisions: list[Item]
    keep: bool
    advice: bool
    rival: bool
    verb: int | None
    queried: bool
    polar: bool
    judged: set[str]
    words: list[tuple[int, int]] | None = None  # fallback evaluative words, read lazily
    verdicts: set[tuple[str, int]] = field(default_factory=set)  # a cue judged by itself
    borrowed: set[tuple[str, int]] = field(default_factory=set)  # a topic took from a word
    outdone: bool = False  # the rival is compared against the candidate ("... than you")
    compared: bool = False  # "Compared with the others, your ...": the candidate is judged
    outranks: bool = False  # "more experienced than the other finalists": the candidate leads


def read_clause(clause: Clause) -> Reading:
    """Gather the clause-level signals the cues are judged by."""
    lex, tokens, inside = clause.lex, clause.tokens, clause.items
    kinds = {it.kind for it in inside}
    verb = instruction_at(lex, tokens, clause.start, clause.end)
    if verb is not None and names_a_speaker(lex, tokens, verb, clause.end):
        verb = None
    cues = drop_domain_topics(clause, [it for it in inside if it.kind == "cue"])
    cues = drop_compound_domains(clause, cues)
    rival = any(
        it.kind == "rival"
        and not rival_inverted(lex, tokens, it, clause.start)
        and not rival_as_object(lex, tokens, it, clause.start)
        for it in inside
    ) or bool(clause.extra.get("rival"))
    judged = {it.rule.theme for it in cues if it.rule.self_eval}
    if rival:
        # "went with a candidate who had run a similar programme": the comparison names
        # the dimension, so a generic rejection phrase does not mute it.
        judged -= lex.generic
    queried, polar = query_in(lex, tokens, clause.start, clause.end)
    return Reading(
        clause=clause,
        cues=cues,
        evals=[it for it in inside if it.kind == "eval"],
        markers=[it for it in inside if it.rule.kind in ("advice", "rival", "keep")],
        decisions=[it for it in inside if it.kind == "decision"],
        keep="keep" in kinds or kept_quality(lex, tokens, verb, cues),
        advice="advice" in kinds or verb is not None,
        rival=rival,
        verb=verb,
        queried=queried,
        polar=polar,
        judged=judged,
        outdone=rival and rival_outdone(lex, tokens, inside, clause.end),
        compared=rival
        and compared_first(lex, tokens, clause.start, clause.end, clause.text, inside),
        outranks=not rival and _outranks(lex, tokens, inside, clause.start),
    )


def _outranks(lex: Lexicon, tokens: list[Token], inside: list[Item], start: int) -> bool:
    """'She is more experienced than the other finalists': a rival after "than", with the
    candidate as subject, sets the standard the candidate passes."""
    return any(
        it.kind == "rival" and rival_inverted(lex, tokens, it, start)
        and not rival_equalled(lex, tokens, it, start)
        for it in inside
    )


def names_a_speaker(lex: Lexicon, tokens: list[Token], verb: int, end: int) -> bool:
    """'Practice mgr said she was warm': a report verb just after a first-word "verb" makes
    that word part of the speaker's name, so the clause is a report, not an instruction."""
    return any(
        tokens[k].surface in lex.words.report_verbs for k in range(verb + 1, min(verb + 4, end))
    )


def drop_domain_topics(clause: Clause, cues: list[Item]) -> list[Item]:
    """'years on SAP migrations', 'experience with Kubernetes': a domain-theme topic after a
    tenure cue is the domain of that experience, not a separate verdict."""
    tokens = clause.tokens
    for tenure_theme, domain in clause.lex.domains.items():
        tenure = next((it.start for it in cues if it.rule.theme == tenure_theme), None)
        if tenure is None:
            continue
        cues = [
            it
            for it in cues
            if not (
                it.rule.theme == domain
                and not it.rule.self_eval
                and it.start > tenure
                # "..., and stronger modelling skills" is a second point.
                and not any(t.surface in {",", "and"} for t in tokens[tenure : it.start])
            )
        ]
    return cues


def judge_clause(clause: Clause, vader: Vader) -> list[Found]:
    """The mentions of a clause whose passes have run."""
    reading = read_clause(clause)
    guesses = [g for item in reading.cues if (g := judge_cue(reading, item, vader))]
    return settle(reading, guesses)


def _phrasal_order(item: Item) -> bool:
    """'Slow down when you're nervous': an order whose verb phrase judges itself (two words
    or more) keeps its own verdict beside the other cues of its clause."""
    return bool(item.rule.self_eval) and len(item.positions) > 1


def _is_context(reading: Reading, item: Item) -> bool:
    """A bare topic beside another theme's judgement, or the verb of an instruction."""
    tokens, lex = reading.clause.tokens, reading.clause.lex
    instruction_verb = (
        item.start == reading.verb and len(reading.cues) > 1 and not _phrasal_order(item)
    )
    if item.rule.self_eval or not (reading.judged - {item.rule.theme}):
        return instruction_verb
    # "modest about your achievements"; "Structure your stories with the STAR method".
    bare = not item.negated and item.excess_by is None and not reading.evals
    # ... unless it is the candidate's own trait: "your enthusiasm (obvious)".
    owned = (
        item.rule.prior
        and item.start >= 1
        and tokens[item.start - 1].surface in lex.words.possessives
        # "asked about your motivation" names a subject, not a trait shown.
        and (item.start < 2 or tokens[item.start - 2].surface not in lex.words.topic_prepositions)
    )
    listed = _listed_item(reading, item) or rival_point(reading, item)
    return bool(bare and not owned and not listed) or instruction_verb


def _listed_item(reading: Reading, item: Item) -> bool:
    """Under a header, "your ward experience and your compassion" lists two points: a topic
    parted from the other theme's verdict by "and" or a comma is a point of its own; so is a
    topic that leans one way ("Lots of energy, clear answers") anywhere."""
    clause = reading.clause
    if clause.mode == 0 and not (item.rule.prior and _verbless_point(clause, item)):
        return False
    tokens = clause.tokens
    others = [c for c in reading.cues if c.rule.self_eval and c.rule.theme != item.rule.theme]
    return bool(others) and all(
        any(
            tokens[k].surface in {"and", ","}
            for k in range(min(item.end, c.end), max(item.start, c.start))
        )
        for c in others
    )


def _verbless_point(clause: Clause, item: Item) -> bool:
    """True when no verb leads from the last comma to a topic: "Lots of energy," is a point;
    "particularly when discussing the team's previous work" is a setting."""
    tokens, past = clause.tokens, clause.lex.words.irregular_past
    k = item.start - 1
    while k >= clause.start and tokens[k].surface != ",":
        s = tokens[k].surface
        if s.endswith(("ing", "ed")) or (s in past and s not in {"was", "were"}):
            return False
        k -= 1
    return True


def _own_evals(reading: Reading, item: Item) -> list[Item]:
    """'confidence dipped badly once the numbers questions started': a word right beside
    another theme's own verdict modifies that verdict, not this topic."""
    theme = item.rule.theme
    return [
        e
        for e in reading.evals
        if not any(
            c.rule.self_eval
            and c.rule.theme != theme
            and (e.end == c.start or e.start == c.end)
            and not _opens_list(reading, e, c, item)
            for c in reading.cues
        )
        and marks_topic(reading.clause.tokens, e, item)
        and present_topic(reading.clause.tokens, e, item)
    ]


def _opens_list(reading: Reading, e: Item, head: Item, item: Item) -> bool:
    """'No issues with punctuality, dress or manner': a verdict right before a list's first
    topic judges the whole list, so a later topic joined by commas or 'or' shares it."""
    if e.end != head.start or item.start <= head.end:
        return False
    tokens = reading.clause.tokens
    inside = {k for c in reading.cues if head.end <= c.start < item.start for k in c.positions}
    joins = {",", "or", "and", "nor", "the", "his", "her", "their", "your"}
    between = [k for k in range(head.end, item.start) if k not in inside]
    return bool(between) and all(tokens[k].surface in joins for k in between)


def _segment_evals(reading: Reading, item: Item, evals: list[Item]) -> list[Item]:
    """'loads of energy, a bit rambly, salary ask too high': in a comma list, a word in a
    later segment that holds another theme's cue (and none of this one's) judges that cue."""
    if len(reading.cues) < 2 or not evals:
        return evals
    tokens, clause = reading.clause.tokens, reading.clause
    if _shared_verdict(clause, evals):
        return evals
    commas = [k for k in range(clause.start, clause.end) if tokens[k].surface == ","]
    if not commas:
        return evals

    def segment(at: int) -> int:
        return sum(1 for k in commas if k < at)

    mine, theme = segment(item.start), item.rule.theme
    here = [e for e in evals if segment(e.start) == mine]
    if here:
        return here  # "plenty of enthusiasm, relocation a worry": its own segment's word
    # Only later segments: "no concerns about your X, your Y or your Z" shares its verdict.
    cues = [it for it in clause.items if it.kind == "cue"]  # domain topics included
    taken = {segment(c.start) for c in cues if c.rule.theme != theme}
    taken -= {segment(c.start) for c in cues if c.rule.theme == theme}
    return [e for e in evals if segment(e.start) <= mine or segment(e.start) not in taken]


def _shared_verdict(clause: Clause, evals: list[Item]) -> bool:
    """'Dress, posture, energy: all good': a verdict right after "all" / "both" judges
    every topic of the list before it, not only the nearest."""
    shared, tokens = clause.lex.words.shared_verdicts, clause.tokens
    return any(e.start > clause.start and tokens[e.start - 1].surface in shared for e in evals)


def judge_cue(reading: Reading, item: Item, vader: Vader) -> _Guess | None:
    """One cue's (theme, sign, evidence, cues, weak), or None when it says nothing here."""
    clause = reading.clause
    if _is_context(reading, item):
        return None
    if reading.words is None:
        reading.words = (
            [] if reading.evals
            else word_evals(clause.lex, clause.tokens, clause.items, clause.start, clause.end)
        )
    own = _own_evals(reading, item)
    if not item.rule.self_eval and own != reading.evals and not own:
        return None
    if reading.polar and polar_before(clause, item):
        return None
    asked = reading.queried and not item.rule.self_eval and not own and asked_before(clause, item)
    asked = asked and not query_in_cue(clause, item)
    evidence = clause.evidence
    lone = len(reading.cues) == 1 and not asked
    mine = _segment_evals(reading, item, own)
    if own and not mine and item.rule.prior and not item.negated and item.excess_by is None:
        sign, deciders = item.rule.prior, []  # "loads of energy, ...": its own lean decides
    else:
        sign, deciders = resolve(clause, item, mine, evidence, lone, reading.words, vader)
    if asked and WEAK in deciders:
        return None  # "You asked whether the rota includes weekends": a subject, no verdict.
    if asked and asked_subject(clause, item):
        return None  # "Didn't ask about shifts": the question's subject, not a verdict on it.
    if (sign == 0 or WEAK in deciders) and _names_vacancy(reading, item):
        return None  # "decided not to take your application for the barista apprenticeship"
    if sign < 0 and reading.rival and not reading.advice and rival_had_less(
        clause.lex, clause.tokens, item, reading.markers
    ):
        sign = 1  # "the finalist who had less experience": the candidate had more
    elif not (sign and WEAK not in deciders and _before_rival(reading, item)):
        sign, deciders = _clause_overrides(reading, sign, deciders, bool(item.rule.self_eval))
    if sign == 0:
        return None
    if WEAK in deciders and (_listed_item(reading, item) or rival_point(reading, item)):
        deciders = [d for d in deciders if d is not WEAK]  # the header judged it
    weak = WEAK in deciders
    if item.rule.self_eval or item.rule.prior:
        reading.verdicts.add((item.rule.theme, sign))
    elif not weak:
        reading.borrowed.add((item.rule.theme, sign))
    phrases = sorted({item.positions, *deciders} - {WEAK})
    shown = tuple(dict.fromkeys(phrase_text(clause.text, clause.tokens, p) for p in phrases))
    return item.rule.theme, sign, evidence, shown, weak


def _before_rival(reading: Reading, item: Item) -> bool:
    """'no prob w/ salary, just went w/ someone w/ more b2b': a verdict in a comma segment
    before the rival is a finding of its own, not the comparison's."""
    if not reading.rival:
        return False
    tokens = reading.clause.tokens
    first = min((m.start for m in reading.markers if m.rule.kind == "rival"), default=-1)
    return item.end <= first and any(t.surface == "," for t in tokens[item.end : first])


def _names_vacancy(reading: Reading, item: Item) -> bool:
    """A topic soon after a decision, with no reason word between, names the post applied for
    ("not offering you a training contract"), not the reason for the decision."""
    if not reading.decisions or reading.advice or reading.rival or reading.keep:
        return False
    tokens, breaks = reading.clause.tokens, reading.clause.lex.words.vacancy_breaks
    return any(
        d.end <= item.start <= d.end + 8
        and not any(tokens[k].surface in breaks for k in range(d.end, item.start))
        for d in reading.decisions
    )


def _clause_overrides(
    reading: Reading, sign: int, deciders: Deciders, self_eval: bool
) -> tuple[int, Deciders]:
    """Keep-advice, advice, comparison and headers speak for the whole clause."""
    mode = reading.clause.mode
    if reading.keep or (
        reading.verb is not None
        and not any(m.rule.kind == "advice" for m in reading.markers)
        and order_kept(reading.clause.lex, reading.clause.tokens, reading.clause.start, mode)
    ):
        return 1, deciders  # "Do again: arrive early": an order under a strengths header
    if reading.outdone and sign and not reading.advice:
        # "The hire was more nervous than you": the rival's fault is the candidate's strength.
        return -sign, deciders + [m.positions for m in reading.markers]
    if reading.compared and sign and not reading.advice:
        return sign, deciders  # "Compared with the others, your answers were the clearest".
    if reading.advice or reading.rival or mode < 0:
        return -1, deciders + [m.positions for m in reading.markers]
    if mode > 0 and (sign == 0 or not self_eval):
        # "Strengths - energy, SQL": the header, not a word here, says a topic is praise
        # ("Keep: how composed you stayed when the task went wrong" praises composure).
        return 1, [*deciders, WEAK] if sign == 0 else deciders
    if reading.outranks and (sign == 0 or WEAK in deciders) and not reading.advice:
        # "more experienced than the other two finalists": passing the rival is praise.
        return 1, [d for d in deciders if d is not WEAK]
    if reading.decisions and (sign == 0 or WEAK in deciders):
        # "We can't offer you the role given the distance": the decision judges its reason.
        return -1, [d.positions for d in reading.decisions] + [p for p in deciders if p]
    return sign, deciders


def settle(reading: Reading, found: list[_Guess]) -> list[Found]:
    """Drop guesses a real verdict outranks, and generic reasons a specific one replaces."""
    generic = reading.clause.lex.generic
    # A fallback guess yields to anything that actually judged the same theme here.
    decided = {theme for theme, _, _, _, weak in found if not weak}
    if reading.rival:
        # "The job went to a candidate with stronger credentials": the rejection names the
        # rival, and the rival's dimension is its reason, not a setting beside a verdict.
        decided -= generic
    if decided:
        # "The shift pattern didn't seem to interest you": a theme only a fallback guessed
        # is the setting of a clause whose verdict is about something else.
        decided |= {theme for theme, _, _, _, _ in found}
    # A generic rejection ("went with another candidate") that comes with a specific
    # reason in the same clause ("... who lived closer") is that reason, not a generic one.
    specific = any(t not in generic and sign < 0 for t, sign, _, _, _ in found)
    # "a strong smell of smoke on your clothes": a cue that judges itself outranks a
    # topic of the same theme that borrowed the opposite verdict from a nearby word.
    verdicts = reading.verdicts
    overruled = {(t, s) for t, s in reading.borrowed - verdicts if (t, -s) in verdicts}
    return [
        (theme, sign, evidence, shown)
        for theme, sign, evidence, shown, weak in found
        if (theme, sign) not in overruled
        and not (weak and theme in decided)
        and not (specific and theme in generic and sign < 0)
    ]


def _judges_own_clause(lex: Lexicon, tokens: list[Token], verdict: Item, clause: Clause) -> bool:
    """True when, after a contrast, a contracted he/she with its verb follows the verdict
    ("..., but I'm not convinced she'd last on the phones"): it judges that new claim, not
    the topic before; "1hr20 each way, doubt she'll manage 8.30 starts" goes on about it."""
    k, end, w = verdict.end, clause.end, lex.words
    if not clause.start or tokens[clause.start - 1].surface not in w.new_claim_contrasts:
        return False
    return k + 1 < end and tokens[k].surface in w.contracted_third and tokens[k + 1].is_word


def ellipsis(clause: Clause, topics: list[Item]) -> list[Found]:
    """Mentions for a verdict-only clause about the previous clause's topics: "Your
    algorithm was correct but slow"."""
    lex, tokens = clause.lex, clause.tokens
    apply_negation(lex, tokens, clause.items)
    # "Diagnostics were spot on; found the HV interlock fault": a fault found is the find
    fixed_faults(lex, tokens, clause.items, clause.start, clause.end)
    evals = [it for it in clause.items if it.kind == "eval"]
    if not evals:
        return []
    verdict = evals[0]
    words = [k for k in range(clause.start, clause.end) if tokens[k].is_word]
    if verdict.rule.kind == "negator" and len(words) <= 3:
        return []  # "nobody did", "you clearly didn't": an echo of the denial before it.
    if _judges_own_clause(lex, tokens, verdict, clause):
        return []  # "B.Com, but I'm not convinced she'd last on the phones": a new claim
    sign = eval_sign(verdict)
    if any(it.rule.kind == "advice" for it in clause.items) or (
        instruction_at(lex, tokens, clause.start, clause.end) is not None
    ):
        sign = -1  # "Answers sounded memorised - it would help to sound more natural": advice.
    evidence = clause.evidence
    shown = phrase_text(clause.text, tokens, verdict.positions)
    homework = _employer_named(lex, tokens, clause.start, clause.end)
    return [
        (
            lex.words.roles.research if homework and theme == lex.words.roles.subject else theme,
            sign,
            evidence,
            (phrase_text(clause.text, tokens, topic.positions), shown),
        )
        for theme, topic in {t.rule.theme: t for t in topics}.items()
    ]


def _employer_named(lex: Lexicon, tokens: list[Token], start: int, end: int) -> bool:
    """True when the clause names something of the employer's after a preposition ("when asked
    about our loyalty scheme had no idea", "drew a blank on our rebrand"): a verdict there is
    homework on the employer, not more of the subject the clause before judged."""
    w = lex.words
    before = w.subject_prepositions | {"of", "at", "with"}
    for k in range(start + 1, end - 1):
        if (
            tokens[k].surface in w.ellipsis_owners
            and tokens[k - 1].surface in before
            and tokens[k + 1].surface not in w.ellipsis_owner_blockers
        ):
            return True
    return False
