"""Second-round mechanisms of issue 10, each on notes phrased afresh (not copied from any
labelled set): occupations' vocabularies and tenure as data, role titles, shorthand verdicts,
yes/no questions, formal HR phrasing, negation at a distance, email courtesy, coach advice."""

from __future__ import annotations

import pytest

from analysis.tagger import Tagger, build_tagger

SIGN = {"strength": "+", "improvement": "-"}


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return build_tagger()


def pairs(tagger: Tagger, text: str) -> set[str]:
    return {f"{m.theme}:{SIGN[m.polarity]}" for m in tagger.tag_text(text)}


CASES: dict[str, list[tuple[str, str]]] = {
    "occupations": [
        # Pharmacy, engineering and care work are vocabularies in cues.toml [domains.*].
        ("Locum pharmacist, GPhC registered. Shaky on drug interactions.", "experience:+;skills:-"),
        ("Graduate engineer on the CEng track; FEA work was excellent.", "experience:+;skills:+"),
        ("No manual handling training yet.", "experience:-"),
        ("Holds AAT Level 4.", "experience:+"),
        ("Dental nurse, GDC registered.", "experience:+"),
        ("Nursery practitioner, shaky on the EYFS.", "skills:-"),
        ("Physio applicant: weak on outcome measures.", "skills:-"),
    ],
    "time in role": [
        ("7 yrs in hospitality.", "experience:+"),
        ("Has done 8 months; they need 2 years minimum.", "experience:-"),
    ],
    "role titles": [
        # A grade before a colon names the job, not a verdict: the subject is judged.
        ("History ECT: subject knowledge strong.", "skills:+"),
    ],
    "shorthand verdicts": [
        ("Never late, never rude.", "logistics:+;attitude:+"),
        ("Never interrupt the panel.", "communication:-"),  # guard: an order stays one
    ],
    "yes/no questions": [
        ("They asked him whether he'd be happy to relocate.", ""),
        ("She asked me if I could start immediately.", ""),
    ],
    "formal phrasing": [
        ("We have decided for another applicant.", "fit:-"),
        ("The applicant had difficulties to keep eye contact.", "confidence:-"),
        ("Your date of entry is compatible with our planning.", "logistics:+"),
        ("You showed limited knowledge about our company and its services.", "preparation:-"),
    ],
    "negation at a distance": [
        ("At no time did you come across as arrogant.", "attitude:+"),
        ("I doubt my availability was the problem.", "logistics:+"),
        ("He said he had never seen a graduate so well prepared.", "preparation:+"),
        ("Not one answer wandered off topic.", "communication:+"),
        ("Nobody on the panel thought your technical knowledge was the problem.", "skills:+"),
        ("It wasn't your experience that cost you the role.", "experience:+"),
        ("Without question the strongest portfolio we saw.", "skills:+"),
    ],
    "email courtesy": [
        ("Hi Sam, we appreciate your time and interest in the team.", ""),
        ("We appreciate the interest you have shown in our firm.", ""),
        ("Many thanks for your patience during the process.", ""),
        ("Apologies for the delay in replying.", ""),  # guard: an apology is no self-doubt
        ("We appreciated the effort you put into the case study.", "skills:+"),  # guard
    ],
    "headers and lists": [
        ("Keep: structure. Change: pace.", "communication:+;communication:-"),
    ],
    "terms of the role": [
        ("Wants fully remote; the role is office based.", "logistics:-"),
        ("She is only available on weekends.", "logistics:-"),
    ],
    "coach and self notes": [
        ("You obviously care about your pupils.", "attitude:+"),
        ("Don't apologise for your age.", "confidence:-"),
        ("Glanced down at my notes a lot.", "preparation:-"),
        ("Had rehearsed my answers too much.", "communication:-"),
        ("Couldn't say what they actually make.", "preparation:-"),
        ("Seemed confident with the panel.", "confidence:+"),
        ("Only perked up when pay came up.", "attitude:-"),
        ("Didn't know any of our house cocktails.", "preparation:-"),
        ("Hair wasn't tied back in the kitchen.", "hygiene:-"),
        ("Apart from the tie, how he looked was spot on.", "hygiene:+"),
        ("I kept talking after the answer was done.", "communication:-"),
        ("I was way too casual for a bank.", "hygiene:-"),
        ("Couldn't think of a single question to ask.", "preparation:-"),
    ],
    "employer named by its possessive": [
        ("Look up the organisation's latest news.", "preparation:-"),
    ],
    "both polarities and past comparisons": [
        ("Posture was much better than in the last mock.", "confidence:+"),
        ("Visibly nervous at the start but settled in nicely.", "confidence:-;confidence:+"),
    ],
    "comparisons": [
        ("The hire presented his ideas more clearly; you knew the regulations better.",
         "communication:-;skills:+"),
        ("They weren't convinced you could explain it to customers.", "communication:-"),
    ],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [case for cases in CASES.values() for case in cases],
    ids=[f"{name}:{text[:40]}" for name, cases in CASES.items() for text, _ in cases],
)
def test_mechanism(tagger: Tagger, text: str, expected: str) -> None:
    assert pairs(tagger, text) == set(filter(None, expected.split(";")))


# Round three (tune3): polarity across sentences, comparisons, clefts and hedges.
POLARITY_CASES: dict[str, list[tuple[str, str]]] = {
    "answered questions and denied expectations": [
        ("Did you seem rushed? Not at all.", "communication:+"),
        ("Were you underprepared? Hardly.", "preparation:+"),
        ("Were you nervous? A little.", "confidence:-"),  # guard: a yes keeps the verdict
        ("Did he come across as arrogant? He didn't.", "attitude:+"),
        ("I was sure my answers were concise. They weren't.", "communication:-"),
    ],
    "the rival compared against the candidate": [
        ("The appointed applicant seemed far more flustered than you.", "confidence:+"),
        ("The other finalist was less punctual than you.", "logistics:+"),
        ("The successful applicant was more articulate than you.", "communication:-"),  # guard
        ("Compared to the other applicants, your examples were the clearest.", "preparation:+"),
    ],
    "size on a cost the candidate asks for": [
        ("Her pay expectations were rather high for this grade.", "logistics:-"),
        ("The day rate you quoted exceeds what the client pays.", "logistics:-"),
        ("Your salary expectations were sensible.", "logistics:+"),  # guard
    ],
    "a cleft denial clears a bare topic": [
        ("It wasn't your punctuality or your dress.", "logistics:+;hygiene:+"),
        ("It's not that we questioned your qualifications.", "experience:+"),
        ("It wasn't your experience that held you back.", "experience:+"),  # verdict after it
        ("It isn't the right time for us to expand the team.", "fit:-"),  # guard: generic
        # guard: the possessive after a comma opens a new subject, not one more missing thing
        ("You lacked retail experience, your transferable skills made up for it.",
         "experience:-"),
    ],
    "a first word that names the speaker, not an order": [
        ("Practice nurse said he was courteous throughout.", "attitude:+"),
        ("Practise keeping your answers short.", "communication:-"),  # guard: still an order
    ],
    "a concession that is barely one": [
        ("She was only just on time for the assessment day.", "logistics:-"),
        ("He was on time for the assessment day.", "logistics:+"),  # guard
    ],
    "no criticism of a topic": [
        ("No notes from me on your posture.", "confidence:+"),
        ("No criticism of the way you dressed.", "hygiene:+"),
    ],
    "a need the candidate meets": [
        ("Ten years on a building site is precisely what a site manager role requires.",
         "experience:+"),
        ("Your answers need more structure.", "communication:-"),  # guard: a need with an object
    ],
    "a verdict in a later list segment judges its own cue": [
        ("plenty of enthusiasm, relocation a bit of a worry", "attitude:+;logistics:-"),
        ("No concerns about your punctuality, your manner or your dress.",
         "logistics:+;attitude:+;hygiene:+"),  # guard: an earlier verdict is shared
    ],
    "a finding before the rival's segment keeps its verdict": [
        ("salary fine, hired someone with more agency experience", "logistics:+;experience:-"),
        ("visa no prob, went with someone who had more sector experience",
         "logistics:+;experience:-"),
    ],
    "he or she after a rival is the rival": [
        ("We appointed someone from a rival firm; he was also far more articulate in interview.",
         "communication:-"),
        ("The successful applicant had more years in post, but she seemed nervous.",
         "experience:-;confidence:-"),  # guard: after "but" the note may turn back
    ],
    "the other candidates as the object of the candidate's act": [
        ("You listened closely to the other applicants in the group exercise.",
         "communication:+"),
        ("We offered the post to someone with more years in the trade.", "experience:-"),  # guard
    ],
    "a denied opinion of a lack": [
        ("I don't think anybody would say he lacked motivation.", "attitude:+"),
        ("I don't think you were late.", "logistics:+"),  # guard: the near denial still works
    ],
    "formal frames around the word that judges": [
        ("The candidate spoke in a manner excessively lengthy.", "communication:-"),
        ("The panel would suggest a more formal manner of dress.", "hygiene:-"),
        ("We would like to commend the clarity of your answers.", "communication:+"),
        ("Your manner with the patient was kind.", "attitude:+"),  # guard: manner itself
        ("Regrettably the candidate cannot be engaged, since his notice period is six months.",
         "logistics:-"),
    ],
    "damage to a good thing, and a habit given up": [
        ("You kept going and spoilt a good example.", "preparation:-"),
        ("She is no longer fidgeting with her pen.", "confidence:+"),
        ("We are no longer recruiting for this post.", "fit:-"),  # guard
    ],
    "both polarities across sentences": [
        ("Very jittery to begin with. Once he settled he was superb.",
         "confidence:-;confidence:+"),
    ],
    "shorthand lacks": [
        ("strong SQL but quals not there, no CIMA", "skills:+;experience:-"),
        ("HCPC registration still pending.", "experience:-"),
        ("Shoes were muddy.", "hygiene:-"),
    ],
    "a fault the candidate finds": [
        ("She debugged the failing query in minutes.", "skills:+"),
        ("He spotted the errors in the spreadsheet straight away.", "skills:+"),
        ("We spotted errors in your spreadsheet.", "skills:-"),  # guard: the panel found them
    ],
    "praise before 'rather than' in a finding": [
        ("She accepted the feedback graciously rather than arguing.", "attitude:+"),
        ("Try to be concise rather than rambling.", "communication:-"),  # guard: an order
    ],
    "the deciding difference and a cut post": [
        ("Ultimately it came down to who could work weekends.", "logistics:-"),
        ("Sadly the budget for the role was cut last week.", "fit:-"),
    ],
    "a cleft focus takes its 'that' clause's verdict": [
        ("It was the attitude when the head chef gave clear feedback that concerned him.",
         "attitude:-"),
        ("It was your preparation that impressed us most.", "preparation:+"),  # guard
    ],
    "a start date the candidate cannot meet": [
        ("The one snag: I can't start before January.", "logistics:-"),
    ],
    "formal process facts": [
        ("Your second interview is scheduled for Monday; please bring photo ID.", ""),
        ("We appreciated your presence at the interview on Monday.", ""),
    ],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [case for cases in POLARITY_CASES.values() for case in cases],
    ids=[f"{name}:{text[:40]}" for name, cases in POLARITY_CASES.items() for text, _ in cases],
)
def test_polarity_mechanism(tagger: Tagger, text: str, expected: str) -> None:
    assert pairs(tagger, text) == set(filter(None, expected.split(";")))
