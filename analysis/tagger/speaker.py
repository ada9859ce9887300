"""Stage 5: whose verdict a clause is, and about whom.

A clause opening on a third party ("the interviewer was", "we're keen to") gives the
candidate no theme before naming them (the employer's own terms, salary or visa, excepted);
a courtesy opening ("Thank you for coming in,") is skipped; an aside about a third party in
mid-clause ("even when the interviewer was abrupt") describes that party.
"""

from __future__ import annotations

from analysis.tagger.lexicon import Lexicon
from analysis.tagger.model import Clause, Item, Token
from analysis.tagger.thanks import praised_thanks
from analysis.tagger.words import Words

VERBLESS_WORDS = 2  # "Panel v gracious": words after a third party that need no verb


def about_candidate(lex: Lexicon, text: str) -> bool:
    """True when a clause addresses the candidate ("you", "your", or "I"/"my" in own notes);
    VADER breaks ties only there, never on process facts."""
    return bool(lex.candidate_pattern.search(text))


def skip_pleasantry(clause: Clause) -> None:
    """Drop a courtesy opening ("Thank you for coming in,") up to its comma."""
    tokens, start, end = clause.tokens, clause.start, clause.end
    first_word = next((k for k in range(start, end) if tokens[k].is_word), None)
    opener = next(
        (it for it in clause.items if it.start == first_word and it.rule.kind == "opener"), None
    )
    if opener is None:
        return
    comma = next((k for k in range(opener.end, end) if tokens[k].surface == ","), None)
    thanks = tokens[opener.start].surface in clause.lex.words.thanks_openers
    while thanks and comma is not None and _more_thanks(clause, comma + 1):
        comma = next((k for k in range(comma + 1, end) if tokens[k].surface == ","), None)
    stop = end if comma is None else comma
    praised = praised_thanks(clause, opener.start, stop) if thanks else None
    if praised is not None:
        comma = praised  # thanks for praised work: read from its "for" on (thanks.py)
    if comma is None:
        clause.skip = True
        return
    clause.start = comma + 1
    clause.items = [it for it in clause.items if it.start > comma]


def _more_thanks(clause: Clause, at: int) -> bool:
    """'Thank you for your time, and for the presentation you prepared': after the comma the
    thanks go on ("and for ..."), so the courtesy runs to the next comma."""
    tokens, lead = clause.tokens, clause.lex.words.thanks_continuations
    k = at
    while k < clause.end and tokens[k].surface in lead:
        k += 1
    return k > at and k < clause.end and tokens[k].surface == "for"


def require_cue(clause: Clause) -> None:
    """A clause without a theme cue has nothing to say."""
    if not any(it.rule.kind == "cue" for it in clause.items):
        clause.skip = True


def skip_own_reaction(clause: Clause) -> None:
    """'Showed it on my phone, awkward.', 'Annoying but fair.': a stretch between commas of
    nothing but the writer's reaction (and its softeners) comments on the event; its cues
    judge no one, and a clause of only that is skipped."""
    w, tokens = clause.lex.words, clause.tokens
    if w.own_reactions.isdisjoint(clause.surfaces):
        return  # no reaction word: nothing to skip (and the cue check below is moot)
    cuts = [clause.start - 1]
    cuts += [k for k in range(clause.start, clause.end) if tokens[k].surface == ","]
    cuts.append(clause.end)
    for a, b in zip(cuts, cuts[1:], strict=False):
        words = [t.surface for t in tokens[a + 1 : b] if t.is_word]
        if not any(x in w.own_reactions for x in words) or not all(
            x in w.own_reactions or x in w.reaction_softeners for x in words
        ):
            continue
        clause.items = [it for it in clause.items if not a < it.start < b]
    if not any(it.rule.kind == "cue" for it in clause.items):
        clause.skip = True


def mute_other_speakers(clause: Clause) -> None:
    """'We're keen to move you on': what precedes the candidate describes the speaker.

    The employer's own terms ("we can't sponsor visas") still speak of logistics, and so do
    its topics when the role or team is described ("The role is office based").
    """
    lex, tokens, start, end = clause.lex, clause.tokens, clause.start, clause.end
    other_until = about_someone_else(lex, tokens, start, end)
    if other_until <= start and verbless_description(lex, tokens, clause.items, start, end):
        other_until = end
    if other_until <= start or any(it.rule.kind == "rival" for it in clause.items):
        return
    speaker = speaker_opens(lex, tokens, start, end)
    clause.items = [
        it
        for it in clause.items
        if it.rule.kind != "cue"
        or it.rule.theme in lex.generic
        # ... but not a verdict on the other party ("the interviewer was ten minutes late").
        or (
            it.rule.theme in lex.employer_terms
            and (speaker or not (it.rule.self_eval or it.rule.prior))
        )
        or it.positions[-1] >= other_until
    ]


def drop_asides_about_others(clause: Clause) -> None:
    """'You stayed courteous even when the interviewer was abrupt': cues after a third
    party's subject in mid-clause describe that party, up to the next mention of you."""
    lex, tokens, start, end = clause.lex, clause.tokens, clause.start, clause.end
    words = lex.words
    for k in range(start + 1, end - 2):
        if tokens[k].surface not in words.aside_openers:
            continue
        if tokens[k + 1].surface not in words.aside_articles:
            continue
        if tokens[k + 2].surface not in words.third_parties or k + 3 >= end:
            continue
        if tokens[k + 3].surface not in words.third_party_linking:
            continue
        until = next(
            (j for j in range(k + 3, end) if tokens[j].surface in words.candidate), end
        )
        clause.items = [
            it
            for it in clause.items
            if not (
                it.rule.kind == "cue"
                and it.rule.theme not in lex.generic
                and k + 3 <= it.start < until
            )
        ]
        return


def verbless_description(
    lex: Lexicon, tokens: list[Token], items: list[Item], start: int, end: int
) -> bool:
    """'Panel v gracious.', 'Interviewers lovely': a terse note drops the verb; a clause of a
    third party and at most VERBLESS_WORDS more words, none naming a person, describes that
    party (unless the party's word is part of a cue: "Team player")."""
    w = lex.words
    positions = [k for k in range(start, end) if tokens[k].is_word]
    if positions and tokens[positions[0]].surface in w.determiners:
        positions = positions[1:]
    words = [tokens[k].surface for k in positions]
    people = w.candidate | w.candidate_objects | w.asked_objects | w.third_person
    for size in (2, 1):
        if " ".join(words[:size]) not in w.third_parties or len(words) <= size:
            continue
        rest = words[size:]
        subject = set(positions[:size])
        return (
            len(rest) <= VERBLESS_WORDS
            and not any(r in people for r in rest)
            and not any(it.rule.kind == "cue" and subject & set(it.positions) for it in items)
        )
    return False


def speaker_opens(lex: Lexicon, tokens: list[Token], start: int, end: int) -> bool:
    """True when the clause opens on the employer speaking ("we", "we're", "our")."""
    first = next((tokens[k].surface for k in range(start, end) if tokens[k].is_word), "")
    return first in lex.words.employer


def about_someone_else(lex: Lexicon, tokens: list[Token], start: int, end: int) -> int:
    """Where a clause about a third party ('The interviewer was friendly', 'We're keen to
    see you') first names the candidate: cues before it describe someone else. ``start``
    when the clause does not open on a third party, ``end`` when no candidate is named."""
    w = lex.words
    positions = [k for k in range(start, end) if tokens[k].is_word]
    words = [tokens[k].surface for k in positions]
    skip = _reporter_frame(w, words)
    words, positions = words[skip:], positions[skip:]
    if words[:1] and words[0] in w.determiners:
        words, positions = words[1:], positions[1:]
    for size in (2, 1):
        subject = " ".join(words[:size])
        if (
            len(words) > size
            and subject in w.third_parties
            and (
                words[size] in w.third_party_linking
                or words[0] in w.employer_with_verb
                or _acts(w, subject, words[size])
                or _timed(w, words[size : size + 2])
            )
        ):
            if words[size] in w.opinion_verbs and subject not in w.things:
                return start
            # Formal letters name the candidate by role: "the panel was of the view that
            # the applicant ...".
            named = w.candidate | w.candidate_nouns
            first = next(
                (k for k, word in zip(positions, words, strict=True) if word in named), end
            )
            first = _how_before(positions, words, first)
            return min(first, _opinion_content(lex, tokens, positions, words))
    return start


def _how_before(positions: list[int], words: list[str], first: int) -> int:
    """'We were impressed by how calm you stayed': the quality "how" puts before the
    candidate's name is theirs, so the candidate's part of the clause starts at "how"."""
    if first not in positions:
        return first
    at = positions.index(first)
    for back in (2, 3):
        if at - back >= 0 and words[at - back] == "how":
            return positions[at - back]
    return first


def _acts(w: Words, subject: str, verb: str) -> bool:
    """'The interviewer kept checking her phone': an act of a party named by no pronoun."""
    return verb in w.third_party_actions and subject not in w.third_person


def _reporter_frame(w: Words, words: list[str]) -> int:
    """'cand says hm was 25 min late': the candidate reporting opens the clause; what is
    reported is read for its own subject. How many words the frame takes (0 when none)."""
    reporter = w.candidate_nouns | w.third_person | w.candidate
    if len(words) > 3 and words[0] in reporter and words[1] in w.report_verbs:
        return 2
    # Recruiter shorthand drops the reporter: "said interviewers were late & disorganised".
    if len(words) > 2 and words[0] in w.report_verbs and words[1] not in w.third_person:
        return 1
    return 0


def _timed(w: Words, after: list[str]) -> bool:
    """'interviewer 20 min late', 'hm 10 mins late': a third party, then a span of time, is
    that party's state in shorthand with no verb."""
    return len(after) == 2 and after[0].isdigit() and after[1] in w.third_party_spans


def _opinion_content(lex: Lexicon, tokens: list[Token], positions: list[int], words: list[str]) -> (
    int
):
    """'The panel was of the view that the answers were memorised': what a third party's
    stated opinion ("view that", "opinion that") says is a verdict on the candidate; the
    position after its "that" (past the end when there is none)."""
    w = lex.words
    for i in range(len(words) - 2):
        if words[i] in w.opinion_nouns and words[i + 1] == "that":
            j = i + 3 if words[i + 2] in w.determiners and i + 3 < len(words) else i + 2
            # ... unless it is about another party ("... that the interviewer was late").
            return len(tokens) if words[j] in w.third_parties else positions[i + 2]
    return len(tokens)


def rival_inverted(lex: Lexicon, tokens: list[Token], rival: Item, start: int) -> bool:
    """'you were stronger than the other candidates' praises the candidate."""
    if rival_equalled(lex, tokens, rival, start):
        return True
    before = [t.surface for t in tokens[max(start, rival.start - 3) : rival.start]]
    if "than" not in before:
        return False
    subjects, down = lex.words.candidate_subjects, lex.words.comparison_down
    between = [t.surface for t in tokens[start : rival.start]]
    # ... but "you were less confident than the other finalist" does not.
    return any(w in subjects for w in between) and not any(w in down for w in between)


def rival_equalled(lex: Lexicon, tokens: list[Token], rival: Item, start: int) -> bool:
    """'as strong as the successful applicant's', '... and so were you': the candidate
    matched the rival, so what the rival is praised for is the candidate's too."""
    w = lex.words
    before = [t.surface for t in tokens[max(start, rival.start - 3) : rival.start]]
    between = [t.surface for t in tokens[start : rival.start]]
    if (
        any(b in w.comparison_equal for b in before)
        and any(b in w.candidate_subjects for b in between)
        and not any(b in w.comparison_down for b in between)
    ):
        return True
    after: list[str] = []
    for t in tokens[rival.end :]:
        if t.surface in w.sentence_ends or t.surface == ";":
            break
        after.append(t.surface)
    text = f" {' '.join(after)} "
    return any(f" {tail} " in text for tail in w.comparison_equal_tails)


def compared_first(
    lex: Lexicon, tokens: list[Token], start: int, end: int, text: str = "",
    items: list[Item] | None = None,
) -> bool:
    """'Compared with the other finalists, your answers were the clearest': a comparison
    that opens the clause sets the scene, and the candidate after its comma is judged."""
    words = [k for k in range(start, end) if tokens[k].is_word]
    opener = next(
        (n for n in (3, 2, 1) if " ".join(tokens[k].surface for k in words[:n])
         in lex.words.comparison_openers),
        0,
    )
    if not opener:
        return False
    comma = _scene_comma(lex, tokens, words[opener - 1], end, items or [])
    # "Compared with the other two candidates you were the most relaxed, which ...": no comma
    # after the yardstick, "you" or "your" right after its noun opens the clause.
    if any(
        _after_yardstick(lex, tokens, k) and tokens[k].surface in lex.words.candidate_subjects
        for k in words[opener : opener + 6]
        if comma is None or k < comma
    ):
        return True
    if comma is not None and comma + 1 < end:
        # ... "Unlike the other two finalists, Meera had read our report": a name too.
        named = text[tokens[comma + 1].start : tokens[comma + 1].start + 1].isupper()
        return named or _compared_subject(lex, tokens[comma + 1].surface)
    # "Compared with the other two he was the calmest": no comma, the pronoun opens the clause.
    return any(_compared_subject(lex, tokens[k].surface, False) for k in words[opener : opener + 5])


def _scene_comma(
    lex: Lexicon, tokens: list[Token], first: int, end: int, items: list[Item]
) -> int | None:
    """The comma that ends a comparison opener: past a relative clause on the rivals ("Unlike
    the other three, who each spent ten minutes on their CV, you got to the point") that
    judges nothing itself (what it praises is the rivals' yardstick, not the candidate's)."""
    commas = [k for k in range(first, end) if tokens[k].surface == ","]
    if (
        len(commas) > 1
        and tokens[commas[0] + 1].surface in lex.words.compared_relatives
        and not any(it.kind == "cue" and commas[0] < it.start < commas[1] for it in items)
    ):
        return commas[1]
    return commas[0] if commas else None


def _after_yardstick(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """True when the word before ``k`` ends the rivals named after a comparison opener."""
    return tokens[k - 1].surface in lex.words.compared_yardsticks


def _compared_subject(lex: Lexicon, word: str, second: bool = True) -> bool:
    """True when ``word`` names the candidate judged after a comparison opener: "you", or in
    notes about the candidate "he"/"she"/"his"/"her" (the rival is what they are compared with)."""
    w = lex.words
    return (
        (second and word in w.candidate_subjects)
        or word in w.third_person
        or word in w.contracted_third
    )


def rival_outdone(lex: Lexicon, tokens: list[Token], items: list[Item], end: int) -> bool:
    """'The other finalists were more nervous than you': the rival is the subject and the
    candidate the standard, so what the clause says of the rival the candidate is not."""
    first = next((it.start for it in items if it.rule.kind == "rival"), None)
    if first is None:
        return False
    return any(
        tokens[k].surface == "than" and tokens[k + 1].surface in lex.words.compared_candidates
        for k in range(first, end - 1)
    )


def rival_as_object(lex: Lexicon, tokens: list[Token], rival: Item, start: int) -> bool:
    """'built on what the other candidates said', 'listened to the other applicants': a
    rival the others named definitely, after one of these words, is the object of the
    candidate's act, not a comparison."""
    if rival.start <= start or tokens[rival.start].surface not in lex.words.rival_object_heads:
        return False  # "offered the role to someone who ...": the hire, described
    if tokens[rival.start - 1].surface not in lex.words.rival_objects:
        return _passed_rival(lex, tokens, rival, start)
    # ... but "it came down to the other candidate", "we lost out to the other finalist":
    # the decision names the rival it chose.
    before = " ".join(t.surface for t in tokens[max(start, rival.start - 4) : rival.start])
    return not any(before == d or before.endswith(f" {d}") for d in lex.words.rival_decisions)


def _passed_rival(lex: Lexicon, tokens: list[Token], rival: Item, start: int) -> bool:
    """'gave you a head start over the other applicants': the field the candidate leads is
    no rival chosen, so it sets no standard missed."""
    if rival.start - 2 < start:
        return False
    lead = f"{tokens[rival.start - 2].surface} {tokens[rival.start - 1].surface}"
    return lead in lex.words.rival_passed


def drop_staff_rivals(lex: Lexicon, tokens: list[Token], items: list[Item]) -> list[Item]:
    """'cut across the other panellists', 'the other interviewers agreed': a rival phrase
    ending on "other(s)" before one of the interviewing side names the writer's colleagues."""
    staff = lex.words.rival_staff

    def colleagues(it: Item) -> bool:
        k = it.end
        return (
            it.rule.kind == "rival"
            and tokens[it.end - 1].stem == "other"
            and k < len(tokens)
            and tokens[k].surface in staff
        )

    return [it for it in items if not colleagues(it)]
