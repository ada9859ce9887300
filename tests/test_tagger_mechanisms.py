"""The tagger's mechanisms of issue 10 (rounds two and three), each on notes phrased afresh
(not copied from any labelled set): occupations' vocabularies and tenure as data, role titles,
shorthand verdicts, answered questions, formal HR phrasing, negation at a distance, email
courtesy, coach advice, keep/change layouts, claims, hedges and comparisons."""

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



# Round three: shorthand, trades' vocabularies, self notes, questions, weak topics, coach advice,
# formal HR circumlocutions and rejection emails.
ROUND3: dict[str, list[tuple[str, str]]] = {
    "cue words respelled like the note's words": [
        # "licence" in cues.toml is read as the notes' folded "license".
        ("Her forklift licence has expired.", "experience:-"),
        ("Still no forklift licence.", "experience:-"),
    ],
    "a yes/no question the note answers": [
        ("Were my answers too long? Not really, they were about right.", "communication:+"),
        ("Did she seem arrogant to you? No, not at all.", "attitude:+"),
        ("Was he nervous? Definitely.", "confidence:-"),  # guard: a yes keeps it
        ("Was my salary ask too high? Probably.", "logistics:-"),  # guard
    ],
    "a negated opinion denies an absence, across commas": [
        ("None of the interviewers felt your preparation was lacking.", "preparation:+"),
        ("Nobody on the board thought, at any stage, that you were rude.", "attitude:+"),
        ("Not one of us felt your communication was weak.", "communication:+"),  # guard
    ],
    "a negated compound negates its head": [
        ("No Excel certification on the CV.", "experience:-"),
    ],
    "a verb-first clause with 'my' is a self-report, not an order": [
        ("Read straight off my notes for the case question.", "preparation:-"),
        ("Bring your portfolio next time.", "preparation:-"),  # guard: still advice
    ],
    "weak topic words that name no verdict on the candidate": [
        ("We'd be glad to hold your details on file for future vacancies.", ""),
        ("Cut across a senior colleague twice.", "communication:-"),
        ("Trial shift booked for Friday.", ""),
        ("Withdrew after accepting an offer elsewhere.", ""),
        ("She teaches GCSE chemistry.", ""),
        ("She caught the discrepancy in the ledger at once.", "skills:+"),
        ("We spotted errors in your ledger.", "skills:-"),  # guard
    ],
    "recruiter shorthand and terse self notes": [
        ("hm went w/ an internal, nothing wrong w/ her", "fit:-"),
        ("day rate ask 550 vs budget 450", "logistics:-"),
        ("sounded far too rehearsed on the opener", "communication:-"),
        ("didn't look up their annual report", "preparation:-"),
        ("brought spare copies of my CV and the case pack", "preparation:+"),
        ("overalls caked in plaster", "hygiene:-"),
        ("keen to muck in", "attitude:+"),  # guard: a phrase, not dirt
    ],
    "self-doubt in phrases with a pronoun inside": [
        ("She lacked faith in her own ideas.", "confidence:-"),
        ("Kept playing it down when asked about the launch.", "confidence:-"),
    ],
    "manner of another theme": [
        # "manner" yields to the theme whose adjective describes it ...
        ("We were impressed by your articulate and concise manner.", "communication:+"),
        ("Impressed with his calm and unhurried manner under pressure.", "confidence:+"),
        ("The applicant expressed herself in a clear and logical manner.", "communication:+"),
        # ... and keeps its own theme when nothing else is named.
        ("Rather too familiar in manner with the panel.", "attitude:-"),
        ("An impressive manner with the families.", "attitude:+"),
    ],
    "frankness markers": [
        # "To be candid", "I'll be honest" announce the point; they judge nobody's honesty.
        ("To be candid, the case study lacked any numbers.", "preparation:-"),
        ("I'll be honest with you: the portfolio felt thin.", "skills:-"),
        ("In all honesty, your presentation overran.", "communication:-"),
        ("If I'm honest, your answers lacked structure.", "communication:-"),
        ("You were candid about what went wrong on the project.", "attitude:+"),  # guard
    ],
    "process facts in letters": [
        # The stage, the attendance, the booking and the courtesy are no verdict.
        ("Sadly you were not successful at the assessment day.", ""),
        ("Your presence at the panel was much appreciated.", ""),
        ("The second interview is scheduled for Monday at 9am; bring a photo ID card.", ""),
        ("The notice period indicated by yourself is acceptable.", "logistics:+"),
        ("Hope you had a restful holiday! We've offered the post to someone else.", "fit:-"),
        ("Commanding presence in the room.", "confidence:+"),  # guard
    ],
    "knowledge of this employer": [
        ("Her understanding of the Ministry's policy objectives was superficial.", "preparation:-"),
        ("Your awareness of our council and its services was impressive.", "preparation:+"),
        ("You know the brand backwards.", "preparation:+"),
        ("Her knowledge of employment law was impressive.", "skills:+"),  # guard
    ],
    "language proficiency": [
        ("His Portuguese is fluent.", "skills:+"),
        ("Her Italian is not yet fluent.", "skills:-"),
    ],
    "the candidate named by role": [
        ("The board was of the opinion that the applicant lacked managerial experience.",
         "experience:-"),
        ("The panel was of the view that the interviewee spoke too fast.", "communication:-"),
        ("The interviewer was abrupt.", ""),  # guard
    ],
    "formal development needs": [
        ("There is scope for development in your presentation skills.", "communication:-"),
        ("Your report writing would benefit from further development.", "skills:-"),
        ("The evidence you gave was considered insufficient.", "preparation:-"),
    ],
    "coach advice as questions and orders": [
        ("Could you make your examples a bit more specific?", "preparation:-"),
        ("What if you opened with the outcome?", "preparation:-"),
        ("Nice structure, but what about finishing on the impact?",
         "communication:+;preparation:-"),
        ("Relax!", "confidence:-"),
        ("Smile, then greet each panellist by name.", "attitude:-"),
        ("Go in with two stories that have concrete numbers.", "preparation:-"),
        ("Keep, structure, and pace.", ""),  # guard: a list of nouns is no order
    ],
    "formal fit": [
        ("We consider that she would integrate easily into our team.", "fit:+"),
        ("The applicant was found very suitable for the culture of our firm.", "fit:+"),
        ("In the end another applicant more closely met the criteria.", "fit:-"),
        ("Consider a shorter opening.", "communication:-"),  # guard: the coach's "consider"
    ],
}



# Round four: letters and coach notes (formal generic reasons, boilerplate, advice targets,
# knowing the employer, "no longer", orders that judge themselves, titles), keep/change
# layouts, plain interviewer notes, shorthand and trades.
ROUND4: dict[str, list[tuple[str, str]]] = {
    "formal generic reasons": [
        # A stated generic reason is fit:-, in non-native and budgetary wording too.
        ("The post was attributed to another applicant.", "fit:-"),
        ("We proceeded with profiles that correspond more closely to the vacancy.", "fit:-"),
        ("Following a review of our funding, the role will not go ahead.", "fit:-"),
        ("Your knowledge of budgets was solid.", "skills:+"),  # guard
    ],
    "rejection boilerplate": [
        # Invitations to apply elsewhere, apologies, the size of the field, the process's own
        # review and report: no theme.
        ("Should you wish to apply for our weekend roles, we would welcome it.", ""),
        ("We apologise for the delay; we have decided not to proceed.", ""),
        ("We received an overwhelming number of applications.", ""),
        ("Your results will be available on the portal next week.", ""),
        ("Regrettably you cannot be engaged for this post.", ""),
        ("Candidates are asked to bring the original certificates of their qualifications.", ""),
        ("I apologise too much in interviews.", "confidence:-"),  # guard: the candidate's own
        ("You seemed engaged throughout.", "attitude:+"),  # guard
    ],
    "logistics reasons in letters": [
        ("You arrived twenty minutes after the agreed start time.", "logistics:-"),
        ("The salary you expect exceeds the scale for this grade.", "logistics:-"),
        ("In the end the deciding factor was salary.", "logistics:-"),
    ],
    "conditions inside advice": [
        # "when you get excited" says when the fault happens; it praises nothing.
        ("Try not to ramble when you get excited.", "communication:-"),
        ("You talk too fast when you're passionate about a topic.", "communication:-"),
        ("You were passionate about the topic.", "attitude:+"),  # guard
    ],
    "coach advice targets": [
        ("Trim your beard before Monday.", "hygiene:-"),
        ("Take off the baseball cap in the interview.", "hygiene:-"),
        ("You were reading from the sheet for most of it.", "preparation:-"),
        ("Rework your weakness answer.", "preparation:-"),
        ("Your motivation answer was compelling.", "preparation:+"),
        ("You did not let the interviewer finish.", "communication:-"),
        ("You never let them finish.", "communication:-"),
    ],
    "praise in coach and formal notes": [
        ("He knew the charity's history.", "preparation:+"),
        ("Her grasp of the university's history was impressive.", "preparation:+"),
        ("They know our product range inside out.", "preparation:+"),
        ("After you settled you were very composed.", "confidence:+"),
        ("We liked how concisely you answered.", "communication:+"),
        ("Your academic record is outstanding.", "experience:+"),
        ("No real concerns about your content.", "preparation:+"),
    ],
    "no longer negates": [
        # "no longer" flips the fault after it; "no longer than" is still a limit.
        ("You no longer fidget with your pen.", "confidence:+"),
        ("You're no longer rambling.", "communication:+"),
        ("We are no longer recruiting for this post.", "fit:-"),  # guard
    ],
    "phrasal orders keep their verdict": [
        # An order whose verb phrase judges itself stands beside the clause's other cue.
        ("Slow down when you feel nervous.", "communication:-;confidence:-"),
        ("Smile, then greet each panellist by name.", "attitude:-"),  # guard
    ],
    "the candidate named by title": [
        ("The board was of the opinion that Ms. Silva answered concisely.", "communication:+"),
        ("The board was of the opinion that Dr Osei was evasive.", "communication:-"),
    ],
    "process words that are not themes": [
        ("Her subject knowledge in chemistry was strong.", "skills:+"),
        ("We talked through which placements are still open.", ""),
        ("Good chemistry with the team.", "fit:+"),  # guard
        ("Today we used the session on your resume; mock next week.", ""),
    ],
    "letting the panel finish": [
        ("Try to let the panellist finish before answering.", "communication:-"),
        ("You always let the chair finish.", "communication:+"),
    ],
    "a dash before a header ends the list before it": [
        ("keep: punctual, polite -- change: eye contact, salary ask",
         "logistics:+;attitude:+;confidence:-;logistics:-"),
        ("pros: calm / tidy - cons: rambled", "confidence:+;hygiene:+;communication:-"),
    ],
    "glow/grow and 'areas for development' headers": [
        ("Glow: your examples.\nGrow: eye contact, salary.",
         "preparation:+;confidence:-;logistics:-"),
        ("Areas for development\n- limited supervisory experience", "experience:-"),
    ],
    "plain interviewer notes: answering, admitting gaps, generic answers, alarms": [
        ("He answered a different question than the one posed.", "communication:-"),
        ("Read his answers off the paper.", "preparation:-"),
        ("She was quick to admit what she didn't know.", "attitude:+"),
        ("The answer on budgets was very general.", "preparation:-"),
        ("Stayed calm when the phone went off mid-answer.", "confidence:+"),
        ("Shift pattern is fixed and non-negotiable.", ""),
        ("He never let them finish a question.", "communication:-"),
    ],
    "shorthand and self notes: turning up, start dates, childcare, panic, never done": [
        ("turned up early, v polite", "logistics:+;attitude:+"),
        ("cant do b4 10 due to childcare", "logistics:-"),
        ("Can't start before June.", "logistics:-"),
        ("seemed to panic on the stats q", "confidence:-"),
        ("tecnically solid, punctaul", "skills:+;logistics:+"),  # typos folded
        ("only 2yrs pqe, client wants 4", "experience:-"),
        ("shes only done agency work", "experience:-"),
        ("has own transport, available nights", "logistics:+"),
        ("wouldn't commit to weekends", "logistics:-"),
        ("3 months notice was too long for them", "logistics:-"),
        ("I've never managed a budget before.", "experience:-"),
    ],
    "trade knowledge: 'knows X', spotting a mistake, numeracy": [
        ("Knows the COSHH regs.", "skills:+"),
        ("She knows our product range well.", "preparation:+"),  # guard: the employer
        ("Who knows.", ""),  # guard
        ("Picked up the wrong dose mistake at once.", "skills:+"),
        ("Strong on the numbers, calcs all correct.", "skills:+"),
    ],
    "occupations' vocabularies: lab, IT support, care, kitchens, emergency care": [
        ("Solid on HPLC method validation.", "skills:+"),
        ("No experience with LIMS.", "experience:-"),
        ("Shaky on Active Directory and Intune.", "skills:-"),
        ("CompTIA A+ and ITIL Foundation.", "experience:+"),
        ("Lovely on dignity and pressure area care.", "skills:+"),
        ("Knows how to build a rota.", "skills:+"),
        ("Chest compressions were textbook.", "skills:+"),
        ("Her Saturday job at Boots is relevant experience.", "experience:+"),
        ("Turned up in muddy boots.", "hygiene:-"),
    ],
    "a header as a sentence's subject, and the points it lists": [
        ("Development areas are pacing your answers.", "communication:-"),
        ("The two I'd change are slouching and your salary ask.", "confidence:-;logistics:-"),
        ("The ones I would keep are your examples and your warmth.", "preparation:+;attitude:+"),
        ("The next steps are your references.", ""),  # guard: an ordinary subject
    ],
    "a phrase's gap stops at a new point; a leaning topic in a list is a point": [
        ("Warm manner, clear answers and a sharp question for us.",
         "attitude:+;communication:+;preparation:+"),
        ("Bags of enthusiasm, concise answers.", "attitude:+;communication:+"),
        ("You were ten minutes early and very courteous.", "logistics:+;attitude:+"),
        ("Rude at times, especially when describing the team's earlier work.",
         "attitude:-"),  # guard: a setting, not a point
    ],
    "keep plus a gerund is a strength to keep": [
        ("Keep bringing numbers into your examples.", "preparation:+"),
        ("Keep your answers shorter.", "communication:-"),  # guard
    ],
    "a question about knowing the employer, answered no": [
        ("Did I know the business? Not really.", "preparation:-"),
        ("Did we know much about them? Nope.", "preparation:-"),
    ],
}



SUBJECT_KNOWLEDGE: dict[str, list[tuple[str, str]]] = {
    "knowledge verbs and 'strong on' judge the subject after them": [
        # No listed topic after them: the subject knowledge itself is judged.
        ("Knows her marine diesel engines.", "skills:+"),
        ("Understands the tendering cycle for council contracts.", "skills:+"),
        ("Sound on soil testing and irrigation.", "skills:+"),
        ("Weaker on glaze firing temperatures.", "skills:-"),
        # A topic named beside them takes their verdict, whatever its theme.
        ("Solid on bookkeeping, holds a forklift licence.", "experience:+;skills:+"),
        ("Good on eye contact.", "confidence:+"),
        ("Knows our product range well.", "preparation:+"),
    ],
    "a credential held or current is experience held": [
        ("Holds a commercial pilot licence.", "experience:+"),
        ("Asbestos removal ticket current.", "experience:+"),
        ("BSc Nutrition, first class.", "experience:+"),
        ("The applicant is holding the actuarial designation.", "experience:+"),
        ("Only holds a provisional licence.", "experience:-"),  # guard
    ],
    "knowledge of a sector is a skill, and 'a real asset' judges the topic beside it": [
        ("Deep industry knowledge, smartly turned out.", "hygiene:+;skills:+"),
        ("His German would be a real asset on the export desk.", "skills:+"),
    ],
    "delivered projects and reliability vocabulary": [
        ("Has delivered two large rail projects.", "experience:+"),
        ("Sound error-budget and SLO thinking.", "skills:+"),
    ],
    "scheme names applied to are no experience held": [
        ("Thanks for attending the Fast Stream assessment centre.", ""),
        ("Civil service interview: clear, structured answers.", "communication:+"),
    ],
    "idioms with those words judge nothing": [
        ("Strong on paper; we'll see at the panel.", ""),
        ("Who knows how it went.", ""),
        ("Fine with hybrid working, all good on that front.", "logistics:+"),
    ],
}



FORMAL_AND_EMAIL: dict[str, list[tuple[str, str]]] = {
    "a third party's stated opinion judges the candidate after its 'that'": [
        ("The jury was of the view that the answers sounded memorised.", "communication:-"),
        ("The board is of the opinion that the replies were concise.", "communication:+"),
        ("The panel was of the view that the interviewer had been late.", ""),  # guard
    ],
    "formal reporting frames, courtesies and idioms judge nothing": [
        ("It must be noted that the applicant showed real enthusiasm.", "attitude:+"),
        ("We appreciate your patience throughout the process.", ""),
        ("Count to three in your head before answering.", ""),
    ],
    "formal wording of a verdict": [
        ("Responses were excessively memorised.", "communication:-"),
        ("The selection board decided to give preference to another profile.", "fit:-"),
        ("The appearance and presentation of the applicant were faultless.", "hygiene:+"),
        ("Her chartership is still pending.", "experience:-"),
        ("We will not be moving ahead with your application at this time.", ""),
    ],
}



ROUND_G: dict[str, list[tuple[str, str]]] = {
    "the candidate's own part in an example is preparation": [
        ("He kept saying 'we' throughout the project answer.", "preparation:-"),
        ("Less 'we', more about your own input.", "preparation:-"),
        ("Explain to them what you actually did.", "preparation:-"),
        ("Her answers never said what she personally contributed.", "preparation:-"),
        ("Get a few examples ready for the strengths questions.", "preparation:-"),
        ("Have three ready before Friday.", "preparation:-"),
        ("The manager kept saying 'we really are a family'.", ""),  # guard: quoted speech
    ],
    "idioms, letters' telling and the vacancy applied for carry no theme": [
        ("In the same breath she praised our team.", ""),
        ("Worked as a paralegal at a magic circle practice.", ""),
        ("Panel: two lecturers and the head of school.", ""),
        ("We are pleased to communicate the dates of the next stage.", ""),
        ("Your application for the graduate scheme was not progressed.", ""),
        ("An overall comparison of the candidates led to this decision.", "fit:-"),
        ("His breath smelled of coffee.", "hygiene:-"),  # guard
    ],
    "an academic's talk is a presentation": [
        ("The seminar talk ran far too long.", "communication:-"),
        ("Did plenty of research on us.", "preparation:+"),  # guard
    ],
    "a candidate who matched the rival keeps the praise": [
        ("The chosen applicant was well prepared, and so were you.", "preparation:+"),
        ("Your references were just as good as the successful candidate's.", "experience:+"),
        ("The other finalist pulled ahead on her knowledge of our clients.", "preparation:-"),
        ("The successful candidate was more articulate.", "communication:-"),  # guard
        ("You were less calm than the other finalist.", "confidence:-"),  # guard
    ],
    "not knowing the employer's news, written out": [
        ("He did not know we had merged with a rival last year.", "preparation:-"),
        ("Hadn't realised our offices are in Leeds.", "preparation:-"),
    ],
}



ROUND5: dict[str, list[tuple[str, str]]] = {
    "a negated list that ends in 'or' shares its negator": [
        ("He never rambled or slouched.", "communication:+;confidence:+"),
        ("At no point did she interrupt, ramble or waffle.", "communication:+"),
        ("Didn't fidget, and he rambled.", "confidence:+;communication:-"),  # guard: 'and'
    ],
    "confidence overdone is arrogance (attitude)": [
        ("Far too sure of herself with the board.", "attitude:-"),
        ("A bit overconfident about the budget.", "attitude:-"),
        ("Quietly confident.", "confidence:+"),  # guard
    ],
    "recruiter shorthand: relo, til, rates over budget, pending registration, unqualified": [
        ("wont relo to leeds", "logistics:-"),
        ("cant start til aug", "logistics:-"),
        ("day rates were too steep for the client", "logistics:-"),
        ("NMC reg still pending", "experience:-"),
        ("unqualified for a lead role", "experience:-"),
    ],
    "answers recited or learnt by heart are over-rehearsed delivery": [
        ("Recited his answers like lines.", "communication:-"),
        ("Her responses were clearly learnt by heart.", "communication:-"),
    ],
    "a requirement after a comma is a point of its own": [
        ("You came across as entitled, expecting a senior title at once.", "attitude:-"),  # guard
        ("bit arrogant at times, also wanted more agency exp", "attitude:-;experience:-"),
        ("tech test v good, they need someone w more client exp", "skills:+;experience:-"),
    ],
    "a stated preference is the rival's, not praise": [
        ("They had a clear preference for someone with NHS experience.", "experience:-"),
    ],
    "the role measured against and retention judge nobody": [
        ("Way too casual in tone for a senior role.", "attitude:-"),
        ("Worried she might not stay long.", ""),
        ("Not enough people management for a senior post.", "experience:-"),  # guard
    ],
    "site work gear: steel caps": [
        ("turned up w no steel caps", "hygiene:-"),
    ],
    "candour about one's gaps praises the candour": [
        ("He was upfront about the gaps in his payroll knowledge.", "attitude:+"),
        ("Gaps in his payroll knowledge.", "skills:-"),  # guard
    ],
}



ROUND_H: dict[str, list[tuple[str, str]]] = {
    "formal letters: knowing a subject, measures, praise verbs, the process's timetable": [
        ("The panel noted a considerable degree of familiarity with the licensing rules.",
         "skills:+"),
        ("The applicant showed insufficient acquaintance with the fire regulations.", "skills:-"),
        ("We would like to congratulate you on your well researched presentation.",
         "preparation:+"),
        ("Our decision will be communicated in writing within a week.", ""),
        ("The expected salary exceeds the top of the band for this post.", "logistics:-"),
        ("The panel felt she would integrate well within the wider nursing team.", "fit:+"),
        ("He shares the values of the trust.", "fit:+"),
    ],
    "asking about a topic is the candidate's questions; the topic is the question's subject": [
        ("I didn't ask about holiday pay or the pension.", "preparation:-"),
        ("Next time, ask about the training budget.", "preparation:-"),
        ("Remember to ask about the rota.", "preparation:-"),
        ("They asked about my salary and the commute.", ""),  # guard: the panel's question
        ("You seemed rattled when asked about the audit and never answered it.",
         "confidence:-;communication:-"),  # guard: a new point after "and"
    ],
    "examples from a past role: the examples are judged, not that experience": [
        ("Strong examples from your time as a school governor.", "preparation:+"),
        ("Stories from your years in retail were vague.", "preparation:-"),
    ],
    "email sign-offs that open with 'with'": [
        ("Dear Sam,\n\nWe will not be offering you the post.\n\nWith warm wishes and thanks,\nAnna",
         ""),
    ],
}



# Round three: polarity across sentences, comparisons, clefts and hedges.
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
        # ('made up for' praises what compensates, as the labelled sets do: a184, g2199, h2155)
        ("You lacked retail experience, your transferable skills made up for it.",
         "experience:-;preparation:+"),
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



TRICKY_POLARITY_CASES: dict[str, list[tuple[str, str]]] = {
    "a claim the candidate made, then contradicted": [
        ("She told us she'd prepared thoroughly, but she had no idea what we sell.",
         "preparation:-"),
        ("His application claimed excellent Excel, yet the pivot table task beat him.",
         "skills:-"),
        ("Although we'd been told she was shy, she was actually very assured.", "confidence:+"),
        ("The manager said my answers were clear, but the panel chose someone else.",
         "communication:+;fit:-"),  # guard: the interviewer's opinion, not the candidate's claim
    ],
    "a denial hedged by 'exactly' is no praise": [
        ("He wasn't rude, exactly, but he kept checking his phone.", "attitude:-"),
        ("Your answers weren't wrong as such, just long.", "communication:-"),
        ("She was never late.", "logistics:+"),  # guard: an unhedged denial still praises
    ],
    "a who-question that asserts by denying": [
        ("Who wouldn't be impressed by a decade of running busy kitchens?", "experience:+"),
    ],
    "the appointed rival's strength is the candidate's gap": [
        ("The applicant who was selected was far calmer in the role-play.", "confidence:-"),
        ("Mr Okafor, who was hired, is fluent in Mandarin.", "skills:-"),
    ],
    "a strength that makes up for a gap": [
        ("Your years on the wards more than made up for the missing certificate.",
         "experience:+;experience:-"),  # both: the gap is named too
        ("Your ward experience more than made up for it.", "experience:+"),
    ],
    "'not convinced' denies the verdict after it": [
        ("We aren't convinced you could do the job yet.", "skills:-"),
        ("I'm not convinced you know the safeguarding rules well.", "skills:-"),
        ("We don't doubt you could do the job.", "skills:+"),  # guard: doubt denied
    ],
    "a reported claim the next sentence denies": [
        ("He told us he'd been anxious all morning. Honestly, we couldn't tell.",
         "confidence:+"),
    ],
}



DOMAIN_FORMAL_CASES: dict[str, list[tuple[str, str]]] = {
    "a knowledge verb's object decides skills or preparation": [
        ("Knew the tachograph rules and drivers' hours.", "skills:+"),
        ("Doesn't know the grant landscape at all.", "skills:-"),
        ("She didn't know what a variance report is.", "skills:-"),
        ("Didn't know what our lending arm actually offers.", "preparation:-"),
        ("Couldn't tell us anything about our fleet.", "preparation:-"),
        ("Could not explain why our branch model differs.", "preparation:-"),
        ("I still don't know the outcome of round two.", ""),  # guard: process
    ],
    "documents and kit requested or supplied are process facts": [
        ("Applicant to bring HCPC registration proof on the day.", ""),
        ("She was asked to submit her teaching certificate prior to the observation.", ""),
        ("DBS clearance required before start.", ""),
        ("Steel toe caps and gloves provided at the depot.", ""),
        ("Holds a valid CSCS card.", "experience:+"),  # guard: a credential held
    ],
}



COACH_SELF_KEEPCHANGE_CASES: dict[str, list[tuple[str, str]]] = {
    "a header ending in 'on' (not 're:')": [
        ("Good: energy. Two to work on: structure, conciseness.",
         "attitude:+;communication:-"),
        ("One concern re: start date.", "logistics:-"),  # guard: 're:' is no header
    ],
    "header words in every layout": [
        ("Top three: warmth. Bottom three: eye contact.", "attitude:+;confidence:-"),
        ("Plus: punctual. Minus: posture.", "logistics:+;confidence:-"),
        ("Strong: listening. Weak: research.", "communication:+;preparation:-"),
        ("Three keeps: eye contact. Three fixes: pace yourself.",
         "confidence:+;communication:-"),
        ("Positive: the handshake. Negative: posture.", "confidence:+;confidence:-"),
        ("What went well: calm. What I'd like to see: more energy.",
         "confidence:+;attitude:-"),
    ],
    "a light-verb order: 'have a look', 'take a look'": [
        ("Take a look at their strategy page before Monday.", "preparation:-"),
        ("Have a look at their website first.", "preparation:-"),
        ("Have been rehearsing my pitch each evening.", ""),  # guard: a self-report
    ],
    "a candidate's own notes on the employer, formal wear, things left behind": [
        ("hadn't realised they'd merged with a rival", "preparation:-"),
        ("Wearing my grey suit.", "hygiene:+"),
        ("Left the portfolio in the car.", "preparation:-"),
    ],
    "progress noted is praise of what improved": [
        ("Real improvement in your posture since the first mock.", "confidence:+"),
        ("Huge progress with your pacing.", "communication:+"),
        ("Your posture needs improvement.", "confidence:-"),  # guard: improvement asked for
    ],
    "slang is a register fault": [
        ("Change: too much slang with the panel.", "communication:-"),
    ],
}



IJ_CASES: dict[str, list[tuple[str, str]]] = {
    "a denied opinion reaches into the 'that' clause it opens": [
        ("I wouldn't say at any stage of the morning that he came across as rude.", "attitude:+"),
        ("She's not someone I'd describe as lacking confidence.", "confidence:+"),
    ],
    "'not the only one who' keeps the point": [
        ("He wasn't the only applicant who rambled, but it hurt his score.", "communication:-"),
    ],
    "contracted advice ('should've') is an improvement": [
        ("Should've read up on their menu beforehand.", "preparation:-"),
    ],
    "everyone else's standard is the candidate's gap": [
        ("Turned up in jeans; everyone else was in suits.", "hygiene:-"),
        ("Your degree gives you an edge on everyone else we met.", "experience:+"),  # guard
    ],
    "prepositions, passives and stem collisions hold no verdict": [
        ("Her expectations with respect to pay were too high.", "logistics:-"),
        ("Stayed composed even when challenged on his figures.", "confidence:+"),
        ("The interview was held at the Ministry of Defence.", ""),
        ("The role-play had an angry patron at the desk.", ""),
    ],
    "formal and domain wording: possession, abeyance, dominating, 'knows X cold', hours offered": [
        ("The applicant is not in possession of the requisite licence.", "experience:-"),
        ("She is in possession of a relevant diploma.", "experience:+"),
        ("The vacancy is to remain in abeyance pending review.", "fit:-"),
        ("He dominated the conversation in the group task.", "communication:-"),
        ("Knew the fire regs cold.", "skills:+"),
        ("Strong on the cold chain for chilled goods.", "skills:+"),
        ("Said she could only work two evenings a week.", "logistics:-"),
        ("Willing to join at short notice.", "logistics:+"),
    ],
}



# Round on sets I and J (frontline, hourly, public and non-profit work): coach, keep/change,
# recruiter, email and plain notes.
IJ_ADVICE_LIST_CASES: dict[str, list[tuple[str, str]]] = {
    "an order listed under a strengths header is what to keep doing": [
        ("Do again: arrive early, wear the suit.", "logistics:+;hygiene:+"),
        ("Keep doing: smile at the panel.", "attitude:+"),
        ("Keep: clear answers | Bring your certificates.",  # guard: a new line advises
         "communication:+;preparation:-"),
        ("Strengths: punctual, but bring your certificates next time.",  # guard: an advice phrase
         "logistics:+;preparation:-"),
    ],
    "'areas' and 'don't do again' are improvement headers": [
        ("Two strengths: your calm manner. Two areas: punctuality, eye contact.",
         "confidence:+;logistics:-;confidence:-"),
    ],
    "terms that do not meet, a phone glanced at, the employer's site not looked at": [
        ("Can't start for three months.", "logistics:-"),
        ("Wants remote every day; the team is in the office.", "logistics:-"),
        ("Kept looking at her phone during the role play.", "attitude:-"),
        ("Hadn't looked at the council's website.", "preparation:-"),
        ("She had looked at the trust's annual report.", "preparation:+"),
    ],
    "what the letter says about its own process is no feedback": [
        ("Your details will be held on file should a similar post arise.", ""),
        ("Following the assessment, we won't be offering you a place.", ""),
        ("Following the test, we found your spreadsheet skills weak.", "skills:-"),  # guard
    ],
}



SET_L_CASES: dict[str, list[tuple[str, str]]] = {
    "blanking on a named knowledge topic is a skills gap; with nerves, composure": [
        ("Blanked on the capital adequacy ratios.", "skills:-"),
        ("My mind went blank on the cash-flow question.", "skills:-"),
        ("Went completely blank - nerves got the better of me.", "confidence:-"),
        # Bare blanking is a gap in what was asked, not nerves (PRECISION2_CASES): the later
        # sets never label it composure ('asked me about bracing and I totally blanked').
        ("They asked about heat loss calcs and I blanked.", "skills:-"),
    ],    "nerves that fade are composure gained": [
        ("The jitters eased off after the first question.", "confidence:+"),
        ("Her confidence faded in the last ten minutes.", "confidence:-"),  # guard
    ],
    "condescension named as a noun": [
        ("Showed an air of superiority with the junior staff.", "attitude:-"),
    ],
    "tenure in other number words and run-together shorthand": [
        ("Fourteen years in offshore drilling.", "experience:+"),
        ("9yrs hotel front office.", "experience:+"),
        ("Only 2yrs so far.", "experience:-"),  # guard
    ],    "recruiter shorthand: knws, folio, nervy": [
        ("knws payroll law well", "skills:+"),
        ("folio impressive", "skills:+"),
        ("bit nervy in the first 10 mins", "confidence:-"),
    ],
}



# Coach notes across sets A-L: what a coach says to mention, undersell or say more of.
COACH_CASES: dict[str, list[tuple[str, str]]] = {
    "the note's own frankness is no verdict on the candidate": [
        ("Frank feedback, as requested: you mumbled.", "confidence:-"),
        ("She was honest about her gaps.", "attitude:+"),  # guard: the candidate's honesty
    ],
    "the content, judged apart from the delivery": [
        ("Content-wise you're there.", "preparation:+"),
        ("The content was solid.", "preparation:+"),
    ],
    "a thing played down is how it is told; oneself played down is confidence": [
        ("Do not downplay the warehouse years.", "preparation:-"),
        ("Stop underselling yourself.", "confidence:-"),
    ],
    "too little of oneself in the answers": [
        ("Put more of yourself in your examples.", "preparation:-"),
        ("We need to hear more 'I' from you.", "preparation:-"),
    ],
    "an order to mention what one holds is about the answers, not a missing credential": [
        ("Highlight your food hygiene certificate early on.", "preparation:-"),
        ("Flag the HGV licence in your first answer.", "preparation:-"),
        ("The role needs a forklift licence.", "experience:-"),  # guard: a credential lacked
    ],
    "'no jeans' in a dress code is a rule, not a fault denied": [
        ("The dress code here: blazer, no hoodie.", "hygiene:-"),
        ("Not in jeans this time, well done.", "hygiene:+"),  # guard: a fault denied
    ],
}



# Leftover classes earlier rounds listed, each found written by several writers across the sets.
LEFTOVER_CASES: dict[str, list[tuple[str, str]]] = {
    "'weak on', 'hazy on', 'less sure on' an unlisted trade term is a gap in knowledge": [
        ("Weak on torque settings.", "skills:-"),
        ("A bit hazy on the HACCP logs.", "skills:-"),
        ("Less sure on PLC ladder logic.", "skills:-"),
        ("Her voice went wobbly on the last question.", "confidence:-"),  # guard: not knowledge
    ],
    "a rhetorical yes/no question asserts a fault": [
        ("Did he even read the job description?", "preparation:-"),
        ("Has he even read our annual report?", "preparation:-"),
        ("Would it have killed him to smile?", "attitude:-"),
        ("How hard is it to turn up on time?", "logistics:-"),
        ("He even read the job description twice.", "preparation:+"),  # guard: no question
    ],
    "an unlisted acronym before a credential word is a credential held": [
        ("Site manager: SMSTS certified, six years on new builds.", "experience:+"),
        ("QTLS qualified.", "experience:+"),
        ("Not yet QTLS qualified.", "experience:-"),  # guard: negated, no praise added
        ("QTLS qualified status pending.", "experience:-"),  # guard: pending
    ],
    "an hourly rate the candidate asks for is a pay gap": [
        ("Asking £16 an hour, the client pays £13.", "logistics:-"),
        ("Expects $30 per hour; budget is $25.", "logistics:-"),
    ],
}



RECRUITER_PLAIN_EMAIL_CASES: dict[str, list[tuple[str, str]]] = {
    "a post given to a rival, its title between, and a stronger match": [
        ("Sadly we have offered the sous chef post to another applicant.", "fit:-"),
        ("In the end a different applicant was a stronger match.", "fit:-"),
    ],
    "letters' offers for later and hopes that the feedback helps": [
        ("We would be happy to get in touch if a weekend vacancy comes up.", ""),
        ("You asked for honest feedback, so here it is: your answers rambled.",
         "communication:-"),
        ("Your track record in sales is excellent, so I hope this is helpful for future "
         "interviews.", "experience:+"),
        ("We would welcome a new application once you have finished your NVQ.", ""),
    ],
    "a topic right after a decision names the post, not a reason": [
        ("We have decided not to progress your application for the Python Developer internship.",
         ""),
        ("Sorry, we will not be offering you a nursing apprenticeship this year.", ""),
        ("We can't offer you the post as your notice period is six months.", "logistics:-"),
    ],
    "settings and process facts in letters and debriefs": [
        ("Your input in the group exercise was excellent.", ""),
        ("She stayed calm in the group exercise.", "confidence:+"),
        ("The panel had no questions for you after the presentation.", ""),
        ("You had no questions for us at the end.", "preparation:-"),  # guard: the candidate's
        ("We will need a basic DBS check before a start date can be agreed.", ""),
        ("client said will re-engage in spring", ""),
    ],
    "getting there, the employer's documents, recruiters' shorthand": [
        ("The depot is not on a bus route and you rely on public transport.", "logistics:-"),
        ("Your summary was clear, but you had obviously not read our code of practice.",
         "communication:+;preparation:-"),
        ("cand cudnt start till march, notice period", "logistics:-"),
        ("a bit nervy early on but settled", "confidence:-"),
    ],
    "'on hold' judges the role only when the role is what is held": [
        ("strong on payroll, offer on hold pending refs", "skills:+"),
        ("good interview but the vacancy is on hold til april", "fit:-"),
    ],
    "how close the decision was is no reason for it": [
        ("It was a close call, but we went with someone who has already run a larger kitchen.",
         "experience:-"),
        ("It was a close call and we will not be offering you the post.", ""),
        ("In the end the job went to someone else.", "fit:-"),
    ],
    "detail that buries the point is delivery": [
        ("Your recommendation got lost in the detail.", "communication:-"),
        ("She kept drifting into irrelevant details about her gap year.", "communication:-"),
    ],
    "thanks go on past their comma when 'for' follows": [
        ("Thank you for meeting the team, and for the portfolio you prepared.", ""),
        ("Thanks for coming in, your portfolio was well prepared.", "preparation:+"),  # guard
    ],
    "everyday wording of experience, explaining and knowing the employer": [
        ("The person appointed had run a similar ward for several years.", "experience:-"),
        ("The panel felt he was not quite ready for a supervisory post.", "experience:-"),
        ("Her lack of any customer-facing work was the sticking point.", "experience:-"),
        ("You did a great job of explaining a tricky tax rule to us.", "communication:+"),
        ("Patient and kind with the young people who joined the panel.", "attitude:+"),
        ("You didn't seem to know which services the trust offers.", "preparation:-"),
        ("client needs her availability for thurs", ""),
    ],
    "letters' documents, acts and process facts": [
        ("I am writing to advise you that the panel chose an applicant who more closely "
         "matched the person specification.", "fit:-"),
        ("Having reviewed the outcomes of all three stages, we will not be moving forward.", ""),
        ("Please don't hesitate to apply for our summer internship next year.", ""),
        ("The pay is fixed at grade 4 and is not negotiable.", ""),
        ("The placement runs from July and needs weekend cover, which you can't do.",
         "logistics:-"),
    ],
    "plain wording: early arrival, an internal rival, self-doubt, backed-up points": [
        ("He was early and well presented.", "logistics:+;hygiene:+"),
        ("We offered the post to a candidate who already works in our finance team.", "fit:-"),
        ("You said more than once you weren't sure if you'd be any good at the job.",
         "confidence:-"),
        ("You backed up your points with figures from your last role.", "preparation:+"),
        ("The job involves a rotating shift pattern that you said you can't work.",
         "logistics:-"),  # guard: the pattern is logistics, not rotations (experience)
    ],
    "a question named by its subject is a knowledge question": [
        ("cudnt answer the VAT returns q at all", "skills:-"),
        ("She could not answer the basic questions on food hygiene law.", "skills:-"),
        ("He didn't answer the question that was actually asked.", "communication:-"),  # guard
        ("You answered a different question twice.", "communication:-"),  # guard
    ],
    "recruiters' 'their' is the client's, and trying the employer's product": [
        ("hm said cand knew their menu really well", "preparation:+"),
        ("She had actually used our platform before the interview.", "preparation:+"),
        ("client rejected, no more detail, chased twice", ""),
    ],
    "the subject of the candidate's questions is no verdict on it": [
        ("She asked thoughtful questions about how the night rota works.", "preparation:+"),
    ],
    "the candidate reporting another party's fault": [
        ("cand said the hm was 20 mins late and distracted", ""),
        ("cand says she was late because of the trains", "logistics:-"),  # guard
    ],
    "slowness at a task": [
        ("The Excel task took you a long time.", "skills:-"),
    ],
    "recruiters' shorthand for duties, willingness and a rival's year in industry": [
        ("too junior for the lead role but open to it", "experience:-"),
        ("went w the other cand who'd done a yr in industry", "experience:-"),
        ("The job runs on a rotating early/late pattern you said you cannot do.",
         "logistics:-"),  # guard
    ],
    "praise words of letters, and what enthusiasm is for": [
        ("The panel were complimentary about your knowledge of our services.",
         "preparation:+"),  # guard
        ("Your passion for working with older people shone through.", "attitude:+"),
    ],
    "working output is a skill shown": [
        ("Her query ran first time.", "skills:+"),
    ],
    "being somewhere by a date": [
        ("We liked you, but the client wants someone who can be in Glasgow by June.",
         "logistics:-"),
        ("She can be on site by 7 most mornings.", "logistics:+"),
    ],
    "letters' courtesies about effort, delay and ability": [
        ("We know how much effort goes into preparing for these.", ""),
        ("Sorry this took longer than we had hoped.", ""),
        ("The panel wanted to say this was not a reflection of your ability; the role was "
         "filled internally.", "fit:-"),
    ],
}



SELF_FORMAL_CASES: dict[str, list[tuple[str, str]]] = {
    "bare tenure before its field, with stop words as data": [
        ("9 yrs offshore rigs. Strong on permits.", "experience:+;skills:+"),
        ("14 years hospitality", "experience:+"),
        ("7 yrs crane driving", "experience:+"),  # the field's cue ("driving") is the domain
        ("Moved here 4 yrs ago.", ""),  # guard: a stop word after
        ("Her laptop is 5 years old.", ""),  # guard
        ("Where do you see yourself in 10 years", ""),  # guard: a stop word before
        ("They want 3 yrs.", "experience:-"),  # guard: the requirement still reads
    ],
    "a third party described without a verb": [
        ("Interviewers really warm.", ""),
        ("Panel so welcoming.", ""),
        ("Team player.", "attitude:+"),  # guard: the party's word is part of a cue
        ("Panel warm. I was nervous though.", "confidence:-"),
    ],
    "research forgotten or done, and formal correspondence phrases": [
        ("Forgot to research their latest acquisition.", "preparation:-"),
        ("Had studied their latest results beforehand.", "preparation:+"),
        ("Her profile corresponds fully to the values of our Institute.", "fit:+"),
        ("He showed limited acquaintance with the services of the Bank.", "preparation:-"),
        ("She had inadequate acquaintance with the relevant legislation.", "skills:-"),  # guard
    ],
}



# Set O (trades, engineering, logistics, IT operations): trade knowledge and regulations
# are skills, tickets/cards/rotations are experience; a tight slash joins two codes.
SET_O_CASES: dict[str, list[tuple[str, str]]] = {
    "trade knowledge and site regulations are skills": [
        ("Shaky on the permit to work system.", "skills:-"),
        ("Her welds passed the root bend test cleanly.", "skills:+"),
        ("Weak on JCT payment provisions.", "skills:-"),
        ("Good grasp of BGP.", "skills:+"),
    ],
    "tickets, cards and rotations are experience": [
        ("Still needs his CPCS card.", "experience:-"),
        ("Has never done an on call rotation.", "experience:-"),
        ("His tickets are out of date.", "experience:-"),
        ("Forty tickets backed up in the queue.", ""),  # guard: IT tickets are no credential
    ],
    "a slash written tight between codes is one name, not a clause break": [
        ("Never been on a 24/7 pager rotation.", "experience:-"),
    ],
    "tenure on a trade's kit names its domain, no noun compound": [
        ("Eight years on reach trucks.", "experience:+"),
        ("Nine years on Docker.", "experience:+"),
    ],
}



# Set N (health and care, education): clinical, teaching and early-years vocabularies as data.
SET_N_CASES: dict[str, list[tuple[str, str]]] = {
    "clinical practice knowledge is skills": [
        ("Safety-netting advice was vague.", "skills:-"),
        ("Gave the wrong dose of paracetamol.", "skills:-"),
        ("Her risk formulation was thorough.", "skills:+"),
        ("Renal dosing was spot on.", "skills:+"),
    ],
    "settings scrubbed for, competencies signed off, tenure named bare are experience": [
        ("Has scrubbed for vascular lists.", "experience:+"),
        ("Six years community, cannulation competencies signed off.", "experience:+"),
        ("Band 6 theatres interview on Tuesday.", ""),  # guard: a setting named is no tenure
    ],
    "teaching practice in other word orders and reading schemes": [
        ("The management of classroom behaviour was weak.", "skills:-"),
        ("Nice use of choral response in the starter.", "skills:+"),
        ("Her reading of the results data was superficial.", "skills:-"),
    ],
    "early-years frameworks of other countries": [
        ("Solid knowledge of the EYLF outcomes.", "skills:+"),
    ],
    "a third party's feeling is the scenario, not the candidate's": [
        ("Kind and patient with the distressed relative.", "attitude:+"),
        ("Stayed composed with the anxious parent.", "confidence:+"),
    ],
    "kindness paired or named as a manner is attitude; 'kind of' is not": [
        ("Kind and reassuring throughout the role-play.", "attitude:+"),
        ("It felt kind of rushed.", "communication:-"),  # guard
    ],
    "unclear ON a subject is a gap in the subject the clause names": [
        ("Unclear on the Mental Capacity Act.", "skills:-"),
        ("Your closing answer was unclear.", "communication:-"),  # guard: no subject named
    ],
    "a formal denied opinion reaches its 'that' clause": [
        ("The board was not of the opinion that her answers were concise.", "communication:-"),
    ],
    "a comparative 'degree of' is a measure, not an academic degree": [
        ("A higher degree of enthusiasm than most.", "attitude:+"),
    ],
    "a school's, nursery's or trust's own reports and plans are preparation": [
        ("She knew the nursery's Ofsted report well.", "preparation:+"),
        ("Had no idea of the setting's Ofsted grade.", "preparation:-"),
        ("Shaky on the Ofsted framework.", "skills:-"),  # guard: the framework is knowledge
    ],
    "formal counterfactual advice": [
        ("Closer familiarity with the trust's values would have been beneficial.", "preparation:-"),
    ],
    "slow to reach the point, trailing off": [
        ("It took her ages to get to the point.", "communication:-"),
        ("Several answers tailed off.", "communication:-"),
        ("Her voice trailed off at the end.", "confidence:-"),  # guard: the voice is composure
        ("Got straight to the point.", "communication:+"),  # guard
    ],
    "a doubt denied is praise": [
        ("Her clinical knowledge was never in doubt.", "skills:+"),
        ("His enthusiasm is not in question.", "attitude:+"),
    ],
    "sincerity of what is said is attitude": [
        ("Your reasons for choosing midwifery felt heartfelt.", "attitude:+"),
    ],
    "the note's framing and the scenario's words are no verdict": [
        ("A friendly reminder to arrive early next time.", "logistics:-"),
        ("Lovely to hear about your journey into teaching.", ""),
        ("Practise grounding techniques before the role-play.", ""),
    ],
    "CPD and 'I' statements": [
        ("She needs more CPD for a senior post.", "experience:-"),
        ("Use 'I' statements in your examples.", "preparation:-"),
    ],
    "composure held and freezing": [
        ("She looked in control throughout the scenario.", "confidence:+"),
        ("You tend to freeze under pressure.", "confidence:-"),
    ],
    "a rival's closer match is the candidate's gap": [
        ("Another candidate matched the brief more closely.", "fit:-"),
    ],
    "sites, driving and other terms": [
        ("We need someone who can work across both sites.", "logistics:-"),
        ("He doesn't drive, which rules out the community round.", "logistics:-"),
    ],
    "warmth in speaking of people, a positive manner throughout": [
        ("She spoke fondly about the residents she had looked after.", "attitude:+"),
        ("Positive throughout, even after the tough question.", "attitude:+"),
    ],
    "asides on the situation, places and provision are no verdict": [
        ("Uniform and PPE will be provided on the first day.", ""),
        ("Calm, which is funny because I was shaking.", "confidence:+;confidence:-"),
        ("Keep: love of early years, tidy appearance.", "hygiene:+"),
        ("She drew the shy boy into the group task.", ""),
    ],
    "speaking at length; a research profile is experience": [
        ("The applicant tended to talk at great length on each question.", "communication:-"),
        ("Her publication profile is not yet strong enough for a readership.", "experience:-"),
    ],
}



SET_Q_CASES: dict[str, list[tuple[str, str]]] = {
    "a rival nearer the brief, chosen by pronoun, or a reserve list": [
        ("Another candidate was nearer to what the partners wanted.", "fit:-"),
        ("Tough call, but in the end they went with her.", "fit:-"),
        ("You have been placed on the reserve list for this campaign.", "fit:-"),
        ("I went with her to the station afterwards.", ""),  # guard: no deciding subject
    ],
    "being happy in the post, negated": [
        ("I doubt you would feel happy in a team this small.", "fit:-"),
    ],
    "a scope of work that stops short": [
        ("He has only worked with sole traders so far.", "experience:-"),
        ("Hasn't yet led a full audit.", "experience:-"),
    ],
    "rigidity, trailing off, talking too much with a gap": [
        ("A little inflexible about hybrid working.", "attitude:-"),
        ("Answers tended to trail off at the end.", "communication:-"),
        ("Her voice kept trailing off.", "confidence:-"),  # a voice trailing off is confidence
        ("He spoke far too much about his training contract.", "communication:-"),
    ],
    "conversant with a subject, exactly (not 'conversation with')": [
        ("She is thoroughly conversant with the Insolvency Rules.", "skills:+"),
        ("Your conversation with the agency suggested the salary would not work.",
         "logistics:-"),  # guard
    ],
    "a superlative of lack negates ('the least interested'), 'at least' does not": [
        ("Probably the least motivated of the three we saw.", "attitude:-"),
        ("At least he was well prepared.", "preparation:+"),  # guard
        ("She wasn't the least bit nervous.", "confidence:+"),  # guard
    ],
    "documents available on request are a process fact": [
        ("Detailed marks are available on request from the HR team.", ""),
        ("Can't start until March, not available before then.", "logistics:-"),  # guard
    ],
    "what sets the candidate apart praises it": [
        ("Her drafting set her apart from the field.", "skills:+"),
    ],
}


NAME_CASES: dict[str, list[tuple[str, str]]] = {
    "a cue word inside the name of a post or an organisation": [
        ("His motivation for the post of Youth Development Officer was very high.", "attitude:+"),
        (
            "Calm and clear, a good match for the Shift Engineer post.",
            "communication:+;confidence:+;fit:+",
        ),
        # guards: a capitalised header is no name; a tool's name keeps its skill
        ("Strong Technical Skills, Clear Communication.", "communication:+;skills:+"),
        ("Weak on Power BI dashboards.", "skills:-"),
    ],
}


PLAIN4_CASES: dict[str, list[tuple[str, str]]] = {
    "an answer named by its subject and judged plainly is subject knowledge": [
        ("Her answers on pension auto-enrolment were excellent.", "skills:+"),
        ("Your answer on invoice matching lacked depth.", "skills:-"),
        ("A superb answer on lease accounting.", "skills:+"),
        ("Your answer on the merger was hand-wavy.", "skills:-"),
        # An answer named by what it answered judges its content, not delivery
        # (ANSWERS8B_CASES; the seen sets label "a fantastic answer on how she'd ..." so).
        ("Your answer on why you applied was excellent.", ""),
        ("His answer on the contract dispute rambled.", "communication:-"),  # guard
    ],
    "'suit' as a verb of a person or a culture is fit, not dress; a culture add": [
        ("Honestly the pace here wouldn't suit her.", "fit:-"),
        ("I think you'd suit the team well.", "fit:+"),
        ("Would be a real culture add for the squad.", "fit:+"),
        ("Please wear a suit for the panel.", "hygiene:-"),  # guard: the garment
    ],
    "the employer's own scheduling is a process fact, not punctuality": [
        ("Final round moved to next Tuesday as the chair is off sick.", ""),
        ("Sorry for the wait while we postponed the assessment day.", ""),
        ("The second interview has been rescheduled to the 14th.", ""),
        ("He rescheduled three times and then turned up late.", "logistics:-"),  # guard
    ],
    "a contracted wish ('would've liked more') is advice": [
        ("Would've liked a bit more enthusiasm from him.", "attitude:-"),
        ("I'd've preferred more eye contact.", "confidence:-"),
    ],
}


FLIPPED_POLARITY_CASES: dict[str, list[tuple[str, str]]] = {
    "a measure word yields to the clause's own verdict": [
        ("The panel had doubts about the depth of his knowledge of payroll.", "skills:-"),
        (
            "The depth of experience in managing budgets was seen as insufficient for a director.",
            "experience:-",
        ),
        (
            "In the practical assessment she did not complete the exercise within the time given.",
            "skills:-",
        ),
        (
            "Relocation to our Bristol office within three months would be required, "
            "which he could not commit to.",
            "logistics:-",
        ),
        # guards: alone, a measure praises; denied, it is the verdict
        ("Real depth of knowledge on payroll systems.", "skills:+"),
        ("His day rate sits within our budget.", "logistics:+"),
        ("Her answers on GDPR lacked depth.", "skills:-"),
    ],
    "a bar cleared or missed by far": [
        ("Her Python is well above the bar for this level.", "skills:+"),
        ("The case study was way below the bar.", "skills:-"),
        ("His salary expectations are well above our range.", "logistics:-"),  # guard
    ],
    "a verdict called hard to give is denied": [
        ("Hard to call him nervous when he joked with the panel throughout.", "confidence:+"),
        ("Difficult to say she lacked drive.", "attitude:+"),
        ("Hard to believe he had read the job description.", "preparation:-"),  # guard
    ],
    "a denial that ends on a hedge is no praise": [
        (
            "I wouldn't call her nervous exactly, but she avoided eye contact throughout.",
            "confidence:-",
        ),
        ("I'm not sure 'rambling' is fair, but your answers did run long.", "communication:-"),
        ("He arrived at 8:30 exactly, not late at all.", "logistics:+"),  # guard: a time
    ],
    "'would like to add/express' frames a verdict, it is no advice": [
        ("We would like to add that your grasp of payroll law impressed us.", "skills:+"),
        ("I would like to see more examples from your current role.", "preparation:-"),  # guard
    ],
    "a fronted negator reaches from the inverted auxiliary on": [
        ("Not once during the role play did she lose her composure.", "confidence:+"),
        ("At no point in the second interview did he seem nervous.", "confidence:+"),
        ("Not once did she lose her composure.", "confidence:+"),  # guard: already so
    ],
    "a hyphened '-free' negates its word": [
        ("Answers were waffle-free and to the point.", "communication:+"),
        ("A nerves-free start to the presentation.", "confidence:+"),
        ("Feel free to ask about the rota.", ""),  # guard: no word joined to it
    ],
    "a verdict after a noun that is also a verb is shorthand, not an order": [
        ("Research good, structure weak.", "communication:-;preparation:+"),
        ("Dress fine, eye contact good.", "confidence:+;hygiene:+"),
        ("Dress smart for the panel.", "hygiene:-"),  # guard: an order
    ],
    "a denied worry or change passes over its topic": [
        ("Nothing about her preparation concerned us.", "preparation:+"),
        ("I wouldn't change a thing about your prep.", "preparation:+"),
        ("There's nothing we'd fix in your answers.", "communication:+"),
    ],
    "recommended for a stage is the panel's decision, not advice": [
        (
            "He showed sound knowledge of payroll law and is recommended for the final round.",
            "skills:+",
        ),
        ("I'd recommend more examples from your current job.", "preparation:-"),  # guard
    ],
}


TRICKY4_CASES: dict[str, list[tuple[str, str]]] = {
    "a comparison opener with no comma, or the candidate as he/she, judges the candidate": [
        ("Set beside the rest of the shortlist she was the most composed.", "confidence:+"),
        ("Compared to the others he was by far the calmest.", "confidence:+"),
        ("Compared with the successful candidate, she was less confident.", "confidence:-"),
    ],
    "a fault that is hard to pin on them, or that nobody could accuse them of": [
        ("Difficult to call her unprepared when she brought a printed agenda.", "preparation:+"),
        ("Tough to argue he was rude; he thanked everyone twice.", "attitude:+"),
        ("No one could accuse him of lacking drive.", "attitude:+"),
        ("Hard to say whether he was anxious or simply tired.", "confidence:-"),  # guard: open
    ],
    "a negated subject, a topic, then a fault said of it: the fault is denied": [
        ("Nothing about her punctuality worried us.", "logistics:+"),
        ("Not that his manner was an issue; he was perfectly polite.", "attitude:+"),
        ("None of her examples were a concern.", "preparation:+"),
        ("Nothing about his experience stood out.", "experience:-"),  # guard: no fault
    ],
    "a claim turned down after a comma ('then', disbelief) in the same clause": [
        ("She told us she was very punctual, then arrived twenty minutes late.", "logistics:-"),
        ("He kept insisting he was calm, which would have been more convincing if his hands"
         " had been still.", "confidence:-"),
        ("She told us she was keen on the role, then asked about the team.", "attitude:+"),
    ],
    "a fronted negator reaches past its time phrase to the inverted verb": [
        ("At no stage of the role-play did she lose her temper or her composure.",
         "confidence:+"),
        ("Not once across both rounds did he get flustered.", "confidence:+"),
        ("Never once in the hour did she raise her voice.", "confidence:+"),
        ("He raised his voice when the panel pushed back.", "confidence:-"),
    ],
    "'No.' before a word ends a sentence ('No. 5' is a number)": [
        ("Were you late? No. Your examples? Also no.", "logistics:+"),
    ],
    "a decision that names the rival it chose ('came down to the other candidate')": [
        ("In the end it came down to the other applicant having managed a budget.",
         "experience:-"),
        ("We lost out to the other finalist, who had far more agency experience.",
         "experience:-"),
        ("You listened to the other candidates in the group task.", "communication:+"),
    ],
    "nothing to change about a topic praises it": [
        ("Honestly, there is nothing we would change about your references.", "experience:+"),
        ("Nothing I'd change about her timekeeping.", "logistics:+"),
    ],
    "'neither/nor' and an auxiliary echo the verdict before for the next topic": [
        ("Your punctuality was never in question, and neither was your appearance.",
         "hygiene:+;logistics:+"),
        ("His drive is not in doubt, nor, frankly, is his technical knowledge.",
         "attitude:+;skills:+"),
        ("She didn't prepare, nor did she ask any questions.", "preparation:-"),  # guard
    ],
    "what an agency or a referee vouched for, then contradicted, is a gap": [
        ("His referee described him as punctual, but he arrived forty minutes late.",
         "logistics:-"),
        ("The agency told us she was a confident presenter, yet she froze on slide two.",
         "confidence:-"),
    ],
    "praise inside a 'whether' clause left in doubt; emphatic 'there's no question'": [
        ("Whether his solid experience is enough for a director post is another matter.",
         "experience:-"),
        ("There's no question he knows the tax code inside out.", "skills:+"),
        ("You had no questions for the panel.", "preparation:-"),  # guard
    ],
    "what comes before 'asked about' in a clause is no question's subject": [
        ("He had read our hiring plan and asked about the new depot.", "preparation:+"),
        ("They asked about my salary expectations.", ""),  # guard: a process fact
    ],
    "after a comparison opener, a named candidate, and a weak verdict, is judged": [
        ("Unlike the other applicants, Priya had read our strategy paper.", "preparation:+"),
    ],
}


FORMAL4_CASES: dict[str, list[tuple[str, str]]] = {
    "officialese that names no verdict": [
        ("Your good self may report at 10 am sharp.", ""),
        ("He quoted the latest circulars of the Ministry on procurement.", ""),
        ("The test was held in the presence of the plant manager.", ""),
        ("Please bring your experience letter and relieving letter on the day.", ""),
        ("Her reasoning was sharp and her delivery was good.", "communication:+;skills:+"),  # guard
    ],
    "an inability frame denies the whole task after it": [
        ("The applicant was not in a position to explain the cash flow statement.", "skills:-"),
        ("He was not in a position to keep eye contact with the board.", "confidence:-"),
        ("She did not succeed to show adequate command of the German language.", "skills:-"),
        ("The trainee has not succeeded to finish the costing exercise within the time allotted.",
         "skills:-"),
        # guards: the employer's own inability is process; a denied doubt is praise
        ("We are not in a position to sponsor a visa.", ""),
        ("We are unable to share the individual scores of the assessment.", ""),
        ("Nobody doubts his technical knowledge.", "skills:+"),
    ],
    "a formal decision for a rival is fit": [
        ("After careful review the board has decided to retain another candidature.", "fit:-"),
        ("Priority has been accorded to nationals for this post.", "fit:-"),
        ("The committee resolved to go with the applicant whose profile was closer.", "fit:-"),
        ("We have resolved to proceed with your application to the final stage.", ""),  # guard
    ],
    "letter boilerplate about the process names no verdict": [
        ("After a lengthy selection, the board has reached its decision.", ""),
        ("We shall store your CV in our database for future vacancies.", ""),
        ("Please keep checking our vacancies page for new openings.", ""),
        ("Do keep an eye on our website for future roles.", ""),
        ("Your answers were lengthy and unfocused.", "communication:-"),  # guard
    ],
    "a shortfall against a formal bar is a bad verdict": [
        ("Her typing speed was under the minimum required.", ""),  # no topic, no theme
        ("The marks in the numeracy test were under the minimum threshold.", "skills:-"),
    ],
    "a self-judging noun takes the bad verdict its copula gives it": [
        ("His punctuality was poor.", "logistics:-"),
        ("Her professionalism was found wanting.", "attitude:-"),
        ("The proficiency of the nurse in written English was below the required level.",
         "skills:-"),
        ("His punctuality was excellent.", "logistics:+"),  # guard
    ],
    "formal conduct and conformity": [
        ("He showed a certain lack of seriousness during the role play.", "attitude:-"),
        ("The applicant was seen consulting his mobile telephone during the test.", "attitude:-"),
        ("His attire was in conformity with the norms of the institution.", "hygiene:+"),
        ("He has good exposure of retail banking and is recommended for the final round.",
         "experience:+"),
    ],
    "knowledge of the employer spelled out is preparation": [
        ("She showed no awareness of the mandate of the organisation.", "preparation:-"),
        ("He was not acquainted with the operations of our group.", "preparation:-"),
        ("She showed good knowledge of the principles of accounting.", "skills:+"),  # guard
    ],
    "formal lateness against the stipulated time": [
        ("The candidate arrived at the venue past the stipulated time.", "logistics:-"),
    ],
    "a stated need for more of something is a gap in it": [
        ("More preparation was needed.", "preparation:-"),
        ("Further experience is required.", "experience:-"),
        ("No further action is required.", ""),  # guard
    ],
    "a formal turnout is dress": [
        ("He was commended for his smart turnout.", "hygiene:+"),
    ],
}


SELF4_CASES: dict[str, list[tuple[str, str]]] = {
    "the employer's pay ceiling against the ask, a pay gap, pricing oneself out": [
        ("wants 60k, client cap is 52. not going to work", "logistics:-"),
        ("their top is 40 an hour and he is asking 46", "logistics:-"),
        ("Said 70k. Think I priced myself out.", "logistics:-"),
        ("rate is 15% outside budget", "logistics:-"),
        ("wants 41k vs 36 budget", "logistics:-"),
    ],
    "recruiter shorthand: fb, avail, gud, wks, mths": [
        ("went with someone else. no further fb avail", "fit:-"),
        ("client fb: sales exp gud, answers rambled", "experience:+;communication:-"),
        ("cand has 8 wks notice, role needs someone in 2", "logistics:-"),
    ],
    "blanking on a subject's question is a gap in it, the subject named or not": [
        ("blanked on the recursion question, rest fine", "skills:-"),
        ("Went ok but blanked on the load calc part.", "skills:-"),
    ],
    "the interviewer's reaction to what the candidate did judges what they did (I'd, you'd)": [
        ("they looked pleased I'd studied their latest results", "preparation:+"),
    ],
    "another party's act after a noun subject is theirs; after he/she it may be the candidate's": [
        ("Asked about the rota and the manager went quiet. I felt ok.", ""),
        ("My first panel. The chair kept checking his watch.", ""),
        ("I liked him. He kept interrupting me though.", "communication:-"),
    ],
    "the writer's bare reaction between commas judges no one; a felt reaction still does": [
        ("Train was cancelled, so I got a taxi. Awkward.", ""),
        ("The lift broke on the way up, frustrating but fine.", ""),
        ("I felt awkward the whole way through.", "confidence:-"),
    ],
    "what is shown or kept on a phone is no phone use": [
        ("Projector broke, so I showed the plan on my phone.", ""),
        ("Need a PDF copy on my phone next time.", ""),
        ("I caught myself glancing at my phone twice. Bad.", "attitude:-"),
    ],
    "the shift just worked, the employer's calm at the ask, a blamed cause of delay: no verdict": [
        ("Came in straight off a double shift, so tired.", ""),
        ("Asked about pay at the end, said 52k, the partner didnt flinch.", ""),
        ("turned up 15 mins late, blamed the roadworks", "logistics:-"),
    ],
    "the other side going quiet, pupils engaged: the room's reaction, not the candidate's manner": [
        ("Told them I would need Fridays off, they went quiet.", "logistics:-"),
        ("Lesson obs: the pupils were engaged throughout, behaviour mgmt fine.", "skills:+"),
    ],
    "own notes on what one knew or solved: 'knew my stuff', 'got the ... soln'": [
        ("Really knew my stuff on pension transfers.", "skills:+"),
        ("got the greedy soln quickly, then ran out of ideas", "skills:+"),
    ],
}


COACH4_CASES: dict[str, list[tuple[str, str]]] = {
    "what an example is about is no verdict on that skill": [
        ("Bring a specific example of leading a team through a merger.", "preparation:-"),
        ("Give a clearer example of budget management.", "preparation:-"),
        ("Try to give more detail on your safeguarding training.", "preparation:-"),
        # guard: a verdict of its own after the next point stays
        ("Bring stories about your placement, and your SQL was weak.", "preparation:-;skills:-"),
    ],
    "content advice: reading off a phone, asking at the end, results, specifics, lead with": [
        ("You were reading the whole pitch off your tablet.", "preparation:-"),
        ("Stop reading off your phone.", "preparation:-"),
        ("Don't forget to ask us something at the end.", "preparation:-"),
        ("Land every story with the outcome.", "preparation:-"),
        ("Be more specific when you describe the rollout.", "preparation:-"),
        ("Your volunteering counts, so lead with it.", "preparation:-"),
    ],
    "knowing or learning the employer's own affairs, as advice": [
        ("Change: learn our loyalty scheme before the final.", "preparation:-"),
        ("Better: know our property.", "preparation:-"),
        ("You didn't seem to know which regions we cover.", "preparation:-"),
        ("Learn more about our fund range before round two.", "preparation:-"),
        ("Know who their main suppliers are.", "preparation:-"),
        # guards: courtesy and eagerness are no research
        ("We'll let you know our decision by Friday.", ""),
        ("We enjoyed the chance to learn more about you.", ""),
    ],
    "an order to keep a quality the candidate has praises it": [
        ("Keep your warmth with the families.", "attitude:+"),
        ("Keep your composure under fire.", "confidence:+"),
        # guards: keeping answers short, a state to hold, nerves in check stay advice
        ("Keep your answers short.", "communication:-"),
        ("Keep your nerves in check.", "confidence:-"),
    ],
    "clearing a standard is praise": [
        ("Your drafting is comfortably above the bar.", "skills:+"),
        ("Technically she is well above the bar for a lead role.", "skills:+"),
        ("Your pay expectation is well above the band.", "logistics:-"),  # guard: a cost
    ],
    "a lone verb after a lead word is an order": [
        ("Also, smile - you looked so stern.", "attitude:-"),
        ("Please listen.", "communication:-"),
        ("Keep: structure.", "communication:+"),  # guard: a lone noun under a header
    ],
    "sounding less rehearsed is delivery": [
        ("Try sounding less rehearsed in round two.", "communication:-"),
        ("Could you sound a bit less rehearsed?", "communication:-"),
    ],
    "a run of spaces lays a note out in columns": [
        (
            "GOOD: warm, punctual    WORK ON: ask us something at the end",
            "attitude:+;logistics:+;preparation:-",
        ),
    ],
}


DOMAIN4_CASES: dict[str, list[tuple[str, str]]] = {
    "occupation jargon beats another theme's cue on the same words": [
        ("Really sharp on shrink and stock loss at store level.", "skills:+"),
        ("Seemed to shrink when the chair pressed her.", "confidence:-"),  # guard
        ("Her command of mastery teaching was superb.", "skills:+"),  # guard: own theme's verdict
    ],
    "order praised in named work judges that work": [
        ("Pastry trial: mise en place organized, tart cases even.", "skills:+"),
        ("Very organized and easy to follow.", "communication:+"),  # guard
    ],
    "a bare tenure that is a whole fragment is tenure held": [
        ("Scaffolder, 15 yrs.", "experience:+"),
        ("Quality lead (ISO auditor, 8 yrs) on the panel shortlist.", "experience:+"),
        ("Moved to the area 3 years ago.", ""),  # guard
    ],
    "a credential named with nothing judging it is held; a course named by it is not": [
        ("Tax manager: CPA, ten years in practice.", "experience:+"),
        ("Chemist, PhD from Bristol, now in industry.", "experience:+"),
        ("Met a PhD student from the lab at the fair.", ""),  # guard
        ("No PMP yet.", "experience:-"),  # guard: negation still flips it
    ],
    "a mastery idiom closing a clause a knowing verb opened praises the knowledge": [
        ("Knows the Highways Act and the street works code cold.", "skills:+"),
        ("Knew the whole HACCP plan and the allergen matrix backwards.", "skills:+"),
        ("A little cold with the patient actor.", "attitude:-"),  # guard
    ],
    "a list of skills where one item has its own opposite verdict": [
        ("Electrician: fault finding good, weak on EV chargers.", "skills:+;skills:-"),
        ("Your outfit was smart, which the panel noticed.", "hygiene:+"),  # guard
    ],
    "a fault found in shorthand, with no subject and the fault's own words between": [
        ("Spotted the bug in the payment service straight away.", "skills:+"),
        ("Picked up the weekly insulin dosing error in the role-play.", "skills:+"),
        ("Caught the late train.", "logistics:-"),  # guard: nothing of a skill
    ],
    "the employer's news with a contracted pronoun; work not yet held with its object": [
        ("Didn't know we'd opened a second depot in Leeds.", "preparation:-"),
        ("Hasn't managed a WMS rollout on this scale.", "experience:-"),
    ],
    "'research' naming a post, a track or a field is no homework": [
        ("Research associate: strong grasp of survival analysis.", "skills:+"),
        ("Equity research, consumer coverage, sound on DCF.", "skills:+"),
        ("Didn't research the company beforehand.", "preparation:-"),  # guard
    ],
}


PRECISION_CASES: dict[str, list[tuple[str, str]]] = {
    "a word sense of another field is no theme cue (subject, retail, scheduling tool, ID)": [
        ("Sound grasp of organic chemistry.", "skills:+"),
        ("Real chemistry between her and the nursing team.", "fit:+"),  # guard
        ("Strong on loss prevention and shrink control.", "skills:+"),
        ("You seemed to shrink into your seat under pressure.", "confidence:-"),  # guard
        ("Good on crew scheduling software.", "skills:+"),
        ("Please bring photo ID to the second round.", ""),
        ("Talked us through a last click attribution model.", ""),
    ],
    "bare 'organised' or 'rehearsed' is no delivery or preparation cue": [
        ("Workstation organised, seasoning accurate.", "skills:+"),
        ("Your answers came over as rehearsed.", "communication:-"),
        ("Needs to come across as less rehearsed.", "communication:-"),
        ("A dry run or rehearsal would have helped you.", "preparation:-"),  # guard
    ],
    "answers on a subject no cue names judge knowledge of it (skills), not delivery": [
        ("Your answers on anticoagulation were excellent.", "skills:+"),
        ("Answers regarding the tax treaty rules lacked depth.", "skills:-"),
        ("Her responses about fire door regulations were spot on.", "skills:+"),
        # guards: a delivery word judges the answers; a question type is no subject
        ("Clear, concise answers on contract law.", "communication:+"),
        ("Your answers on the behavioural questions rambled.", "communication:-"),
        ("Your answers were excellent.", "communication:+"),
    ],
    "a term of the job that is managed or planned is a task, not the candidate's terms": [
        ("Strong on shift planning for the depot.", "skills:+"),
        ("Weak on budget forecasting.", "skills:-"),
        ("Handled the budget questions calmly.", "confidence:+"),
        # guards: terms asked for or refused stay logistics
        ("Her day rate is well over our budget.", "logistics:-"),
        ("He can't work the late shifts we need covered.", "logistics:-"),
    ],
    "a planning tool or an awkward situation is no verdict; a manner is": [
        ("Strong on crew scheduling.", "skills:+"),
        ("Missed the scheduled start time by half an hour.", "logistics:-"),  # guard
        ("Bit of an awkward phone call to make, but the client insisted.", ""),
        ("She came across as awkward and stiff.", "confidence:-"),  # guard
    ],
    "a CV named as an object is no verdict on it; a CV judged is": [
        ("Remember to bring a printed CV.", ""),
        ("Your CV is impressive for a graduate.", "experience:+"),  # guard
        ("Nothing wrong with the CV itself.", "experience:+"),  # guard
        ("Junior analyst role: Excel modelling was solid.", "skills:+"),
        ("Far too junior for a head of department post.", "experience:-"),  # guard
    ],
}


# Every group of cases above, in the order the rounds added them: one note, its expected labels.
PLAIN5_CASES: dict[str, list[tuple[str, str]]] = {
    "a failed attempt negates the manner cue at the end of its task": [
        ("Struggled to describe her own project in simple terms.", "communication:-"),
        ("Failed to explain the migration strategy in a structured way.", "communication:-"),
        ("Struggled to explain it clearly.", "communication:-"),  # guard
    ],
    "the candidate's start, pay ask and availability in recruiter shorthand": [
        ("He can start in three weeks once his notice is served.", "logistics:+"),
        ("We need someone who can start in two weeks.", "logistics:-"),  # guard: a requirement
        ("Her pay expectations are realistic for the market.", "logistics:+"),
        ("Wanted 30% more than our band.", "logistics:-"),
        ("Some concern around comp.", "logistics:-"),
        ("He isn't free until the spring.", "logistics:-"),
        ("He declined the offer because of the relocation.", "logistics:-"),
        ("She turned down the offer.", ""),  # guard: no reason, no theme
    ],
    "over-rehearsed or mechanical delivery is communication, however it is graded": [
        ("Warm enough, though a touch too rehearsed.", "attitude:+;communication:-"),
        ("I'd want her to sound less scripted next time.", "communication:-"),
        ("His closing pitch sounded mechanical.", "communication:-"),
        ("Most of her replies were canned.", "communication:-"),
        ("You had clearly rehearsed your case study.", "preparation:+"),  # guard
    ],
    "'went off' is a digression only when it goes off somewhere (topic, track, a tangent)": [
        ("She stayed composed when the smoke alarm went off.", "confidence:+"),
        ("He went off track in most answers.", "communication:-"),
        ("Kept going off on tangents about his gap year.", "communication:-"),  # guard
    ],
    "the writer's hesitation is a reservation, not the candidate's nerves": [
        ("Strong on VAT. My one hesitation is that he has never led a team.",
         "skills:+;experience:-"),
        ("There was some hesitation in his answers.", "confidence:-"),  # guard
    ],
    "not what the team is after, and the hire already inside, are generic reasons": [
        ("Polite and prepared, just not what the department is looking for.",
         "attitude:+;preparation:+;fit:-"),
        ("Not the profile the partners are after this year.", "fit:-"),
        ("The post went to a candidate who already works in the finance team.", "fit:-"),
        ("We went with someone who already worked in a bank.", "experience:-"),  # guard
    ],
    "weak topic words: a product's flow, too much detail, a courtesy chat, an alarm test": [
        ("Sharp thinking on the checkout flow.", "skills:+"),
        ("He was nervous and it broke the flow of the presentation.",
         "communication:-;confidence:-"),
        ("You told the story with a natural flow.", "communication:+"),  # guard
        ("Way too much detail about the history of his last firm.", "communication:-"),
        ("The vacancy was filled, so it was only a courtesy call.", "fit:-"),
        ("Calm throughout, even during the smoke alarm test.", "confidence:+"),
    ],
    "a lack owned by the employer is the gap the candidate fills": [
        ("You bring exactly the kind of retail experience our department lacks.", "experience:+"),
        ("He lacks the experience we need.", "experience:-"),  # guard
    ],
    "a candidate who passes the rival after 'than' is praised on that dimension": [
        ("He is more experienced than the others on the shortlist.", "experience:+"),
        ("You had more experience than the other applicants.", "experience:+"),
        ("You had less experience than the other applicants.", "experience:-"),  # guard
        ("The other applicant had more experience.", "experience:-"),  # guard
    ],
    "a size word beside a fault sizes the fault, it does not praise": [
        ("The gaps in his Excel were substantial.", "skills:-"),
        ("Her weaknesses in SQL were considerable.", "skills:-"),
        ("Considerable experience in audit.", "experience:+"),  # guard
    ],
    "delivery faults named absent, answers off the brief, time overrun, the stage of a rejection": [
        ("Her summary was crisp and buzzword-free.", "communication:+"),
        ("Two of his three ideas were off-brief.", "communication:-"),
        ("He went twelve minutes over his slot.", "communication:-"),
        ("The pitch ran to double the allotted time.", "communication:-"),
        ("Not taken forward at application stage.", ""),
    ],
    "condescension and arguing with the panel are attitude": [
        ("She talked down to the receptionist and shrugged off the feedback.", "attitude:-"),
        ("He argued with the chair about the scoring.", "attitude:-"),
    ],
    "rivals who did better with no dimension named are a generic reason": [
        ("In the end we appointed a stronger applicant.", "fit:-"),
        ("Good interview, but one finalist pulled ahead of her on the day.", "fit:-"),
        ("Better applicants in the field this round.", "fit:-"),
        ("We went with a stronger candidate with more retail experience.",
         "experience:-"),  # guard: the dimension named takes over
    ],
    "'well' before a shortfall grades its distance, it does not praise": [
        ("His coding exercise was well below the standard for the grade.", "skills:-"),
        ("Her Excel test fell well short of the bar.", "skills:-"),
    ],
}

DOMAIN5_CASES: dict[str, list[tuple[str, str]]] = {
    "a judged noun phrase no cue names is a subject of the candidate's work": [
        ("Joinery test: dovetails uneven.", "skills:-"),
        ("Tracheostomy suctioning was excellent.", "skills:+"),
        ("Kitchen trial: béarnaise thin, roux sloppy.", "skills:-"),
        ("Client happy.", ""),  # guard: a person's mood judges no subject
        ("Interviewed well.", ""),  # guard: a verb, not a noun phrase
        ("Pauses are fine.", ""),  # guard: a mild 'fine' is no verdict on work
    ],
    "a verdict opening a verbless point judges the noun phrase after it": [
        ("Radio check: clean phraseology throughout.", "skills:+"),
        ("Strong stats.", "skills:+"),
        ("Good sign.", ""),  # guard: a generic noun is no subject
    ],
    "a subject the candidate could not explain is a gap in it": [
        ("Couldn't describe the Bobath concept beyond the name.", "skills:-"),
        ("Could not outline HACCP critical control points.", "skills:-"),
        ("Couldn't explain why she left.", ""),  # guard: a person, no subject
    ],
    "written or presented work judged too long is a delivery fault": [
        ("The policy memo exercise ran far too long.", "communication:-"),
        ("Report-writing sample was over-long.", "communication:-"),
        ("His written brief for the board was far too long.", "communication:-"),
        ("Excellent writing sample.", "skills:+"),  # guard: no length, the work keeps its verdict
    ],
    "a named credential as the object of a knowing cue is a subject known": [
        ("Strong on the 18th Edition amendments.", "skills:+"),
        ("Solid grasp of the RICS red book rules.", "skills:+"),
        ("Holds the 18th Edition.", "experience:+"),  # guard: held, not known
        ("Strong on experience, 8 yrs in fleet ops.", "experience:+"),  # guard: tenure
    ],
    "a credential naming the post or its interview is no credential held": [
        ("Band 6 RMN interview: excellent on de-escalation.", "skills:+"),
        ("Applying for the NQT post; calm throughout.", "confidence:+"),
        ("RMN with six years on acute wards.", "experience:+"),  # guard: held
        ("5 yrs post-qualification in audit.", "experience:+"),  # guard: 'post-' is a prefix
    ],
    "'hazy / unclear on' a subject no cue names is a gap in the subject": [
        ("A bit hazy on heat-pump commissioning.", "skills:-"),
        ("Unclear on Section 106 obligations.", "skills:-"),
        ("Muddled on the point she was making.", "communication:-"),  # guard
        ("Hazy on his notice period.", "logistics:-"),  # guard: another theme's topic decides
    ],
    "a '+' glued to a number is a floor, the tenure still reads": [
        ("Site manager: 15+ yrs, ex-Laing.", "experience:+"),
        ("Has 8+ years in payroll.", "experience:+"),
        ("Knew warfarin + amiodarone interactions well.", "skills:+"),  # guard: spaced '+'
    ],
}


POLARITY2_CASES: dict[str, list[tuple[str, str]]] = {
    "a leaning credential or grade right before a post noun names the post": [
        ("ACCA role, second round.", ""),
        ("Band 6 RGN interview.", ""),
        ("Notes from the PGCE applicants panel.", ""),
        ("ACCA qualified, six years in a similar role.", "experience:+"),  # guard: tenure
        ("5 yrs post-reg, all in theatres.", "experience:+"),  # guard: a prefix, not the post
    ],
    "a qualification pursued, partly had or still in progress is not held": [
        ("Her CIPD membership is still in progress.", "experience:-"),
        ("His teaching licence is still in process.", "experience:-"),
        ("He is part qualified, CIMA.", "experience:-"),
        ("PRINCE2 done, studying for the PMP.", "experience:+"),  # the held one still counts
        ("Analyst, working towards the CFA.", ""),
    ],
    "a comparative of brevity states praise; as a wish the clause flips it": [
        ("Her answers were much tighter this time.", "communication:+"),
        ("Change: tighter answers.", "communication:-"),
        ("Pls prep her to be tighter in round two.", "communication:-"),
    ],
    "the he/she after a comparison opener is the candidate, not the rival": [
        ("Unlike the other finalists, her answers were crisp and she clearly knew our range.",
         "communication:+;preparation:+"),
        ("The hire had run a depot, and he knew our range.", "experience:-;preparation:-"),
    ],
    "'the other' before the interviewing side names the writer's colleagues, not a rival": [
        ("Never once spoke over the other assessors.", "communication:+"),
        ("He was courteous to the other panel members.", "attitude:+"),
        ("The other candidates were more courteous.", "attitude:-"),  # guard: a rival
    ],
    "'work on' after a determiner or a verdict word is the noun 'work', no advice": [
        ("Solid work on the practical, tidy and safe.", "skills:+"),
        ("Strengths: neat work on the practical board.", "skills:+"),
        ("Work on your pacing.", "communication:-"),  # guard: the advice
    ],
    "a theme's default does not judge a topic only talked about or checked": [
        ("We went through her start date with the agency.", ""),
        ("Your visa status came up at the end.", ""),
        ("Your notice period runs to June.", "logistics:-"),  # guard: the default still speaks
    ],
    "a requirement the post states names the candidate's gap": [
        ("The job calls for a chartered surveyor.", "experience:-"),
        ("The client would want a PhD for this.", "experience:-"),
        ("Good, though the post needs full GMC registration.", "experience:-"),
    ],
    "eager only to be done is no enthusiasm": [
        ("Seemed eager to get the whole thing over with.", "attitude:-"),
        ("Looked itching to get away by the end.", "attitude:-"),
        ("Eager to get out on site and learn.", "attitude:+"),  # guard
    ],
    "a praise word repeated with 'too' restates the praise": [
        ("Polite - too polite, if anything.", "attitude:+"),
        ("Calm but too quiet.", "confidence:+;confidence:-"),  # guard: another word
    ],
}


RECRUITER5_CASES: dict[str, list[tuple[str, str]]] = {
    "a count of years after an experience gap measures the gap, it is no tenure held": [
        ("hm: bit junior (4yrs) for a team lead post", "experience:-"),
        ("they want 7+ yrs in audit, cand has 4", "experience:-"),
        ("3 yrs PQE minimum, she has 20 months", "experience:-"),
        # guard: tenure praised before the gap stays held
        ("Loved her six years in banking, but overqualified for the junior post.",
         "experience:+;experience:-"),
    ],
    "a credential the employer requires, or training not had, is an experience gap": [
        ("keen, but not trained in Montessori", "attitude:+;experience:-"),
        ("nursery needs a level 3 award, she has level 2", "experience:-"),
        ("good fit but the council wants the HGV licence", "fit:+;experience:-"),
        ("she passed the theory part but hasnt got it yet", "experience:-"),
        ("client hasnt got back to me yet", ""),  # guard: no credential, no gap
    ],
    "blanking reports an answer not known, not nerves; 'froze' stays nerves": [
        ("blanked on the pharmacology section.", "skills:-"),
        ("froze on the pricing question", "confidence:-"),  # guard
    ],
    "the writer's own to-do after an order word is a process step, not advice": [
        ("need to confirm her visa start date w hr", ""),
        ("must chase her references tmrw", ""),
        ("need to book a mock and practise your STAR answers", "preparation:-"),  # guard
    ],
    "a pay figure the clause only reports as said is a process fact": [
        ("pay came up at the end, I told them 38k", ""),
        ("Compensation came up and I said 120k base.", ""),
        ("salary ask 75k, their cap is 62", "logistics:-"),  # guard: a gap
    ],
    "a test score set against the mark it needed is a skills verdict": [
        ("numeracy assessment 55%, pass mark is 65. rejected", "skills:-"),
        ("typing test 48 wpm, minimum 40", "skills:+"),
        ("interview at 10am for the test, min 2 refs", ""),  # guard: a time is no score
    ],
    "what the employer does, named by its noun or as 'they' after an idea of it": [
        ("hm said she had little idea about what they do", "preparation:-"),
        ("couldnt say wat the charity does", "preparation:-"),
    ],
}


COACH5_CASES: dict[str, list[tuple[str, str]]] = {
    "the road not taken after 'instead of' / 'not just' is no point of its own": [
        ("Bring stories about leading people, not just code.", "preparation:-"),
        ("Use a picture instead of the formulas.", ""),
        ("Could you explain it with a story instead of the code?", "preparation:-"),
        # guards: a fault after the marker, and a past verb naming a requirement, stay
        ("Your coding was weak, not just slow.", "skills:-"),
        ("They wanted someone who had led a ward, not just worked on one.", "experience:-"),
    ],
    "a bare 'not' after the comma of an order names the road not taken": [
        ("Talk more about outcomes, not tasks.", "preparation:-"),
        ("Pick the complaint story, not the rota one.", "preparation:-"),
        # guard: a verdict of its own after the 'not' stays
        ("Your pace was good, not too fast.", "communication:+"),
    ],
    "questions to put to the employer are preparation; their topics are no verdict": [
        ("Ask them what the onboarding looks like, what the training covers.", "preparation:-"),
        ("Try to ask them about their expansion plans.", "preparation:-"),
        ("Ask us about the rota and the training.", "preparation:-"),
        # guard: the interviewer's question to the candidate is no order to ask
        ("They asked me about my salary.", ""),
    ],
    "'on camera' is the medium of a video interview, not eye contact": [
        ("You are lively in person but flat on camera.", "attitude:-"),
        ("Shifty eyes throughout.", "confidence:-"),
        # guard: looking at the camera is still eye contact
        ("Look into the camera when you answer.", "confidence:-"),
    ],
    "the kind of firm applied to is the setting, not the candidate's experience": [
        ("Dress a notch smarter for consulting firm interviews.", "hygiene:-"),
        # guard: years in such a firm are still experience
        ("Six years in a law firm.", "experience:+"),
    ],
    "the timing of a talk or lesson is delivery, a start date's timing is terms": [
        ("Watch your timing on the demo.", "communication:-"),
        ("Timing the plenary needs work.", "communication:-"),
        # guard: the start date stays logistics
        ("The timing doesn't work for us.", "logistics:-"),
    ],
    "nerves held down or barely visible are composure": [
        ("Your nerves were much more under control today.", "confidence:+"),
        ("Nerves were less obvious this time.", "confidence:+"),
        # guard: visible nerves stay a fault
        ("Very obvious nerves.", "confidence:-"),
    ],
}


TRICKY5_CASES: dict[str, list[tuple[str, str]]] = {
    "a yes/no question on a bare topic is judged by the answer that follows it": [
        ("Was it your punctuality? No. Your references? Also no.", "logistics:+;experience:+"),
        ("Can she code? Definitely.", "skills:+"),
        ("Was it the salary? Yes.", "logistics:-"),
        ("Were his references checked? Yes.", ""),  # guard: a question about the process
    ],
    "a negator shared across 'or' denies a negating verb after it": [
        ("He didn't fidget or lose his composure once.", "confidence:+"),
        ("At no point did she shout or lose her composure.", "confidence:+"),
    ],
    "in the candidate's note, 'they said they ...' is the panel's reaction, not a claim": [
        ("They told me they were impressed by my references, but then nothing.",
         "experience:+"),
        ("He said he was punctual, but he turned up late.", "logistics:-"),  # guard: a claim
    ],
    "knowing what a term means, in the past tense, praises subject knowledge": [
        ("Of the four applicants, only she knew what a balance sheet was.", "skills:+"),
        ("He didn't know what an audit trail was.", "skills:-"),
    ],
    "a language spoken fluently is a skill, the rival's too": [
        ("He speaks Portuguese fluently.", "skills:+"),
        ("The appointed candidate spoke Mandarin fluently.", "skills:-"),
    ],
    "composure in excess is an attitude fault, the composure itself stays praise": [
        ("She was relaxed - too relaxed, really, for a board-level interview.",
         "confidence:+;attitude:-"),
        ("Overly confident, if anything.", "attitude:-"),
        ("He was too nervous to finish.", "confidence:-"),  # guard: a fault in excess
    ],
    "a doubting answer ('I doubt it', 'I don't think so') denies the question": [
        ("Was she flustered by the case study? I don't think so.", "confidence:+"),
        ("Were his answers too long? I wouldn't say so.", "communication:+"),
    ],
    "a voice the panel could barely hear is a confidence fault": [
        ("Her answers were sound; no one could hear them past the second row.",
         "communication:+;confidence:-"),
        ("Scarcely audible for most of the hour.", "confidence:-"),
    ],
    "'it turned out' is a discovery, not dress": [
        ("We checked, and it turned out he had never led a team.", "experience:-"),
        ("Smartly turned out as always.", "hygiene:+"),  # guard: dress
    ],
    "work a rival had actually done, and 'but she had ... and you hadn't', is the rival's": [
        ("The other applicant had actually opened two stores.", "experience:-"),
        ("Your pitch was sharper than the appointee's, but she had actually run a region "
         "and you hadn't.", "communication:+;experience:-"),
    ],
    "'I'm not saying X' denies only a stronger fault: the milder one is meant": [
        ("I'm not saying the trainers lost her the offer.", "hygiene:-"),
        ("We're not saying you were unprepared, but the brief was barely skimmed.",
         "preparation:-"),
    ],
    "a report the next sentence opens by disbelieving is denied": [
        ("He insists he was calm. That's not what we saw.", "confidence:-"),
        ("The agency said she was a strong Python developer. We saw little evidence of it.",
         "skills:-"),
    ],
}


FORMAL5_CASES: dict[str, list[tuple[str, str]]] = {
    "a dimension the rival owns is the reason, not a generic closer match": [
        ("We chose an applicant whose experience more closely suited the brief.", "experience:-"),
        ("The post went to a candidate whose skills were a closer match.", "skills:-"),
        ("They picked a candidate whose background aligned more closely with retail.",
         "experience:-"),
        # guards: a profile names no dimension; a rival's bare closer match stays generic
        ("We chose an applicant whose profile more closely suited the brief.", "fit:-"),
        ("Another applicant suited the brief more closely.", "fit:-"),
    ],
    "'notwithstanding' concedes in a clause of its own": [
        ("Notwithstanding the evident proficiency of the applicant in payroll law, the board "
         "resolved to proceed with the applicant whose profile was more in alignment with the "
         "post.", "fit:-;skills:+"),
        ("The panel felt that, notwithstanding her obvious enthusiasm, she froze when pressed.",
         "attitude:+;confidence:-"),
    ],
    "formal rivals: chosen in favour of, longer service, ranked above the field": [
        ("The appointment was made in favour of an applicant possessing wider experience of "
         "audit.", "experience:-"),
        ("The other applicant could show a longer period of service in the grade.",
         "experience:-"),
        ("The vacancy goes to the applicant who secured the highest score at the board.", "fit:-"),
        ("The candidate placed first on the merit list has accepted the post.", "fit:-"),
        ("You obtained the highest marks in the written test.", "skills:+"),  # guard
    ],
    "a capitalised run before a post noun is the post's title": [
        ("We have decided to move forward with another candidate for the Junior Backend "
         "Developer role.", "fit:-"),
        ("We were glad to meet you about the Leadership Development Trainee job.", ""),
        ("Your customer experience was limited for this role.", "experience:-"),  # guard
    ],
    "a phrase that ends on a name's first word has not named the employer": [
        ("The panel praised your grasp of the Charities Act and trustee duties.", "skills:+"),
        ("She had a thorough knowledge of the Department's priorities.", "preparation:+"),  # guard
        ("He did not know the Council's Local Plan.", "preparation:-"),  # guard: an owner
    ],
    "formal pace and length graded by an excess word are delivery faults": [
        ("The applicant was found to be speaking in a manner too hurried.",
         "communication:-"),
        ("His explanation of the audit trail was unduly protracted.", "communication:-"),
        ("Several of her responses were of an inordinate length.", "communication:-"),
    ],
    "a term that fails to fit the employer's plan is that term's verdict": [
        ("Your availability does not match with our rota.", "logistics:-"),
        ("Her salary expectation doesn't fit into the budget for the post.", "logistics:-"),
        ("You don't fit with our team.", "fit:-"),  # guard
    ],
    "the letter's own process, offers and sign-off judge nobody": [
        ("Your candidature will not be taken further in the present selection exercise.", ""),
        ("We must communicate that your application was unsuccessful.", ""),
        ("Your name is not on the list of shortlisted candidates.", ""),
        ("Please accept our appreciation for the interest shown in our institution.", ""),
        ("I'd be very happy to suggest you for similar roles in future.", ""),
        ("For any questions, please ring me on the number below.", ""),
        ("We hope you will keep following our work.", ""),
        ("Dear Ana, we will not be progressing. With warm regards, Tom", ""),
        ("There has been a great deal of strong interest in this vacancy.", ""),
        ("You are requested to furnish the particulars of your notice period.", ""),
        ("Kindly intimate your expected date of joining.", ""),
        # guards: the candidate's own communicating and exercises are still judged
        ("She could not communicate her ideas to the panel.", "communication:-"),
        ("Your written exercise was weak.", "skills:-"),
    ],
}


PRECISION2_CASES: dict[str, list[tuple[str, str]]] = {
    "'on site' as the place the work is done is no attendance term": [
        ("Turned up in trainers, so couldn't go on site.", "hygiene:-"),
        ("Good practical; we can put her on site next month.", "skills:+"),
        ("Lovely manner, would be fine on site.", "attitude:+"),
        ("The role needs someone on site five days a week; he wants two.", "logistics:-"),  # guard
    ],
    "knowing that something is so is no subject knowledge": [
        ("Sorry for the wait; I know the process was slow.", ""),
        ("She didn't know the panel chair runs the lab.", ""),
        ("He knew the Care Act well.", "skills:+"),  # guard
    ],
    "'open' as a verb, a compound or the employer's offer is no openness": [
        ("Please don't open each reply with 'to be fair'.", ""),
        ("Open-cast quarry manager; strong on blasting design.", "skills:+"),
        ("Nervous at first; they're open to a second call though.", "confidence:-"),
        ("She was open about the gap year and what it taught her.", "attitude:+"),  # guard
    ],
    "a tone set by an act is its consequence; a nervous or steady tone is composure": [
        ("Forgot the candidate pack, which set the wrong tone.", "preparation:-"),
        ("Arrived 15 minutes late and it set the tone.", "logistics:-"),
        ("Spoke in an apologetic tone all morning.", "confidence:-"),
        ("A measured tone even under pressure.", "confidence:+"),
        ("His tone with the receptionist was rude.", "attitude:-"),  # guard
    ],
    "'detail' that is no depth of answer; care over detail is a skill": [
        ("Good news: you're through to the assessment day, details to follow.", ""),
        ("Lead with the headline, then the detail.", ""),
        ("Sound on BS 8110 detailing.", "skills:+"),
        ("Great eye for detail in the proofreading test.", "skills:+"),
        ("Your examples were light on detail.", "preparation:-"),  # guard
    ],
    "a presentation judged by a grooming word is appearance": [
        ("Not the neatest presentation: creased shirt, scuffed shoes.", "hygiene:-"),
        ("Your presentation was clear and well paced.", "communication:+"),  # guard
    ],
    "blanking is failing to answer what was asked, not nerves": [
        ("they asked me about load calcs and I just blanked.", "skills:-"),
        ("Blanked on the retention question they threw at me.", "skills:-"),
        ("Went blank, nerves took over.", "confidence:-"),  # guard
    ],
    "a word in another field's sense: mixing things up, a practice's hygiene, cell references": [
        ("Confused accruals with provisions.", "skills:-"),
        ("Seemed confused and rambled.", "communication:-"),  # guard
        ("Tidy commit hygiene in the take-home repo.", "skills:+"),
        ("Holds a certificate in food hygiene.", "experience:+"),
        ("Your formula references broke when the rows were sorted.", ""),
        ("Glowing references from the nursery.", "experience:+"),  # guard
    ],
    "the employer's kind of firm and a letter's own telling are no candidate verdict": [
        ("Go easy on the jokes for an accountancy practice panel.", "attitude:-"),
        ("Smart suit, which is right for a consulting firm.", "hygiene:+"),
        ("Six years at an engineering firm.", "experience:+"),  # guard
        ("We must communicate that the post has been offered elsewhere.", ""),
    ],
    "numbers worked in an exercise are skills; the competition's numbers are no verdict": [
        ("Her numbers on the pricing exercise were excellent.", "skills:+"),
        ("Calm, and the valuation numbers were good.", "confidence:+;skills:+"),
        ("Great interview; it simply came down to the numbers.", ""),
        ("Next time put numbers in your examples.", "preparation:-"),  # guard
    ],
}


PLAIN3_CASES: dict[str, list[tuple[str, str]]] = {
    "a verdict joined to a later yes/no question is an act of its own": [
        ("Seemed unsure of herself and then asked whether she could start again.",
         "confidence:-"),
        ("Friendly, and asked me if the team works from home.", "attitude:+"),
        ("I froze when they asked if I had questions.", ""),  # guard: the question's own
        ("He asked whether the post involves weekend work.", ""),  # guard
    ],
    "asking whether one's own answers were right is self-doubt": [
        ("Kept checking whether her examples were relevant enough.", "confidence:-"),
        ("Kept asking if that was okay after each answer.", "confidence:-"),
        ("Asked if this was the last stage of the process.", ""),  # guard: the job's facts
    ],
    "eagerness to be done with the interview is wanting to leave, not enthusiasm": [
        ("Polite, but clearly eager to get the whole thing over with.", "attitude:+;attitude:-"),
        ("By the end he looked desperate to get out of here.", "attitude:-"),
        ("Keen to get started on the graduate scheme.", "attitude:+"),  # guard
    ],
    "the camera is the setting of a video call; only gaze or posture at it is composure": [
        ("Did the interview by phone, so no camera.", ""),
        ("The grey jacket works well on camera.", "hygiene:+"),
        ("Looked into the camera throughout, which was good.", "confidence:+"),  # guard
    ],
    "a clock time with a pattern word is the job's hours; a clock time alone is a booking": [
        ("Told us the 6am finishes would be impossible with her second job.", "logistics:-"),
        ("Fine with the 2pm-10pm shift rota.", "logistics:+"),
        ("Final interview moved to Monday 11am.", ""),  # guard: a booking
    ],
    "experience with no 'experience' word: placements, time in a post, one-kind backgrounds": [
        ("She completed three placements on acute wards.", "experience:+"),
        ("His time managing the returns desk counts for a lot.", "experience:+"),
        ("She'd benefit from more time on the wards first.", "experience:-"),
        ("Her experience is entirely in the public sector; we need commercial.", "experience:-"),
        ("The designs she showed were all student projects.", "experience:-"),
        ("Not ready for the senior title yet.", "experience:-"),
        ("Placement test booked for Tuesday.", ""),  # guard
    ],
    "the employer's affairs with a modifier between, and vagueness about what it does": [
        ("Couldn't list a single one of our key products.", "preparation:-"),
        ("Hazy about what the department is responsible for.", "preparation:-"),
        ("Vague on the detail of her own results.", "preparation:-"),  # guard: as before
    ],
    "keeping to the point is delivery; an answer that becomes a story is a digression": [
        ("Failed to stay on point once the questions got harder.", "communication:-"),
        ("Stayed on message even under pressure.", "communication:+"),
        ("His answer on the outage turned into a monologue.", "communication:-"),
        ("The pilot turned into a full rollout.", ""),  # guard
    ],
    "subject knowledge named by its side, its detail or a language level": [
        ("Sharp on the numbers side but shaky on the regulatory detail.", "skills:+;skills:-"),
        ("Her Polish is A2 at best.", "skills:-"),
        ("Spoken Mandarin tested at C2.", "skills:+"),
        ("Really switched on and quick to learn.", "skills:+"),
        ("The C1 course starts in May.", ""),  # guard: no language named
    ],
    "where the candidate lives, holidays to be worked and permits running out are logistics": [
        ("Good fit, but we need someone living within the catchment.", "fit:+;logistics:-"),
        ("Happy to work Easter and the summer.", "logistics:+"),
        ("Her holiday clashes with the start date.", "logistics:-"),
        ("His OPT expires in June.", "logistics:-"),
        ("She chose to opt out of the group task.", ""),  # guard
    ],
    "manner idioms: self-regard, ease overdone, talk over listening, dress for elsewhere": [
        ("Honestly rather full of herself.", "attitude:-"),
        ("Far too laid-back for a busy A&E.", "attitude:-"),
        ("He talks more than he listens.", "communication:-"),
        ("Turned up looking straight from the beach.", "hygiene:-"),
        ("Relaxed and laid-back in a good way.", "attitude:+;confidence:+"),  # guard
    ],
    "graded earliness, time on site, and a setback that did not stop the act": [
        ("Still early in her career, so one to revisit.", "experience:-"),
        ("His years on site are just what the contract needs.", "experience:+"),
        ("The fire drill didn't stop her explaining the triage steps clearly.",
         "communication:+"),
        ("Needs to be on site four days a week.", "logistics:-"),  # guard
    ],
}


PLAIN6_CASES: dict[str, list[tuple[str, str]]] = {
    "a stronger or recommended rival yields to the dimension it is stronger on": [
        ("There were stronger applicants with more retail experience.", "experience:-"),
        ("The board nominated another candidate who had more board experience.",
         "experience:-"),
        ("Sadly there were stronger candidates this time.", "fit:-"),  # guard: no dimension
    ],
    "a pay figure asked for, set against the employer's figure, is logistics": [
        ("Asking for £52k; we are capped at £47k.", "logistics:-"),
        ("She wants $31 an hour and the post is graded at $26-28.", "logistics:-"),
        ("Wants 40k, we can offer 44k.", "logistics:+"),
        # Hours are a term too: not compared as pay, but an ask the employer's terms do not meet.
        ("He wants 30 hours, we're at 20 hours.", "logistics:-"),
    ],
    "lateness the candidate does not apologise for is an attitude fault": [
        ("Turned up half an hour late to the panel and never said sorry.",
         "attitude:-;logistics:-"),
        ("10 min late, no apology, straight into small talk.", "attitude:-;logistics:-"),
        ("Good session; you didn't apologise once.", ""),  # guard: no lateness
        ("Ran late because of the trains but apologised straight away.", "logistics:-"),
    ],
    "a workplace the candidate ran, managed or opened is experience; chartered status too": [
        ("Managed four pharmacies across the county before this.", "experience:+"),
        ("Opened two cafes in Leeds on her own.", "experience:+"),
        ("She's chartered with the CIPS.", "experience:+"),
        ("Has never managed a kitchen.", "experience:-"),
        ("He managed to stay calm.", "confidence:+"),  # guard: 'managed to' is ability
    ],
    "time still needed in the field, or a year to benefit from, is an experience gap": [
        ("Panel agreed she needs more time on the wards before a charge role.", "experience:-"),
        ("Needs more time as a team leader first.", "experience:-"),
        ("He'd benefit from two years in general practice.", "experience:-"),
        ("She needs more time on the written exercise.", "skills:-"),  # guard: no experience
    ],
    "a knowing verb after 'and' judges its subject, not the tenure before it": [
        ("Nine years behind the bar and knows cocktail specs by heart.",
         "experience:+;skills:+"),
        ("Has worked four years in payroll and clearly knows payroll law.",
         "experience:+;skills:+"),
        ("Warm manner and clearly enjoys the customers.", "attitude:+"),  # guard: no cut
    ],
    "answering before the asker is done is interrupting, whatever the verb": [
        ("Tended to reply before the question was out.", "communication:-"),
        ("Kept starting his answer before I'd finished the question.", "communication:-"),
        ("Finished my sentences for me before I'd got to the end.", "communication:-"),
        ("She left before I'd finished the tour.", ""),  # guard: no question or speech
    ],
    "'clearly' closing a telling verb's long object is clear delivery": [
        ("Outlined the three stages of the safeguarding referral clearly.", "communication:+"),
        ("Walked the panel through her risk register clearly and briefly.", "communication:+"),
        ("Talked about how much she clearly loves the ward.", ""),  # guard: certainty
    ],
    "a post that went to a rival yields to the dimension the rival was stronger on": [
        ("The vacancy went to someone with stronger safeguarding credentials.",
         "experience:-"),
        ("The role went to somebody else in the end.", "fit:-"),  # guard: no dimension
    ],
    "gym or beach wear for the interview is a dress fault": [
        ("Arrived in gym gear for a front-of-house interview.", "hygiene:-"),
        ("Looked like he had dressed for the beach.", "hygiene:-"),
        ("She goes to the gym before work.", ""),  # guard
    ],
    "the candidate's phone ringing in the interview, or an order to silence it, is attitude": [
        ("Her mobile buzzed all the way through the role-play.", "attitude:-"),
        ("Keep your phone away next time.", "attitude:-"),
        ("The fire alarm went off halfway through.", ""),  # guard: not the candidate's
    ],
    "closed posture and a voice too quiet to follow are composure faults": [
        ("Sat slumped over the desk with his arms folded.", "confidence:-"),
        ("We kept having to ask him to repeat himself.", "confidence:-"),
        ("Ran the slump test on the concrete sample correctly.", "skills:+"),  # guard
    ],
    "arrival against the slot, with its clock time between, is punctuality": [
        ("Logged on 15 mins after the 9am slot.", "logistics:-"),
        ("Was in reception comfortably ahead of her appointment.", "logistics:+"),
        ("Second interview slot offered for 3pm.", ""),  # guard: a booking
    ],
    "a practitioner graded as such is skill at the trade": [
        ("Talented mathematician, but a poor listener.", "communication:-;skills:+"),
        ("Honestly a mediocre programmer for this level.", "skills:-"),
        ("Not the strongest analyst on the shortlist, not the weakest.", ""),  # guard: hedge
    ],
    "unaware or unclear what the job or the employer involves or offers is a research gap": [
        ("Came across as unaware the post involves weekend call-outs.", "preparation:-"),
        ("Hazy what our clinic really provides to walk-in patients.", "preparation:-"),
        ("Unclear answers about the rota.", "communication:-"),  # guard: delivery
    ],
}


TRICKY6_CASES: dict[str, list[tuple[str, str]]] = {
    "a denied fault, then the milder fault that remains after 'but' / 'just'": [
        ("Your answers weren't unclear; they simply took the long way to the point.",
         "communication:+;communication:-"),
        ("I wouldn't call him rude, but one or two remarks got close to the line.",
         "attitude:+;attitude:-"),
        ("She was hardly unprepared. It's more that nothing she said went beyond the website.",
         "preparation:+;preparation:-"),
        ("He didn't seem unqualified - it's just that the others had all run a depot before.",
         "experience:+;experience:-"),
        ("It's not that you were unfriendly. You just kept the panel at arm's length.",
         "attitude:+;attitude:-"),
        ("You weren't late. You just cut it very fine with the start time.",
         "logistics:+;logistics:-"),
        # guards: a contrast with its own verdict, and 'if anything' that strengthens praise
        ("Nobody doubted his commitment, but the panel preferred someone with a forklift licence.",
         "attitude:+;experience:-"),
        ("Nobody thought he was underdressed; if anything he was the smartest person there.",
         "hygiene:+"),
    ],
    "a chosen rival who was or had less of a theme leaves the candidate the edge": [
        ("The successful applicant was, to be honest, less experienced.", "experience:+"),
        ("The person we hired had fewer qualifications on paper.", "experience:+"),
        ("The successful applicant had less experience.", "experience:+"),
        ("We wanted someone who was less senior.", "experience:-"),  # guard: a requirement
        # guard: the one who was less is the candidate named after the rival
        ("Next to the appointed candidate, he was less experienced.", "experience:-"),
    ],
    "an unfulfilled condition names what was missing": [
        ("If he'd been willing to work Saturdays, the offer was his.", "logistics:-"),
        ("Had she been a little calmer, we'd have hired her on the spot.", "confidence:-"),
        ("If you'd researched the charity beforehand, we'd have offered.", "preparation:-"),
        ("I asked if she had been to the site before.", ""),  # guard: a reported question
    ],
    "'Was it the best ...? No.' denies the praise, not a blame": [
        ("Was it the clearest presentation of the day? No.", "communication:-"),
        ("Was it the most polished answer we heard? No, but it was honest.",
         "communication:-;attitude:+"),
        ("Was it your punctuality? No.", "logistics:+"),  # guard: a blame question
    ],
    "'not-for-profit' names a sector, it negates nothing": [
        ("Eight years in not-for-profit finance.", "experience:+"),
        ("She has four years of not for profit fundraising.", "experience:+"),
    ],
    "gaze at any one of the interviewing side is eye contact": [
        ("Not once did she look at the chair while answering.", "confidence:-"),
        ("He hardly looked at the assessors during the role-play.", "confidence:-"),
        ("She looked at the chairs in the waiting room.", ""),  # guard: furniture
    ],
    "a claim contradicted after a mid-sentence 'though'": [
        ("He told us he never gets flustered, though his voice said otherwise.",
         "confidence:-"),
        ("She told us she was a confident presenter, though her hands were shaking.",
         "confidence:-"),
    ],
    "the energy a sector trades in is no one's drive": [
        ("Most of his work has been for energy suppliers.", ""),
        ("Her thesis was on offshore energy.", ""),
        ("Real energy when she talked about the pupils.", "attitude:+"),  # guard
    ],
    "a search for faults that found none is praise": [
        ("We did not find any problem with his timekeeping.", "logistics:+"),
        ("I couldn't find a fault in her references.", "experience:+"),
    ],
    "a verb-like noun before 'or', 'code' or a negated auxiliary is no order": [
        ("Dress code wasn't a concern for us.", "hygiene:+"),
        ("No issues with her punctuality, dress or posture.", "logistics:+;hygiene:+;confidence:+"),
        ("Dress more smartly for the final.", "hygiene:-"),  # guard: an order
    ],
    "a candidate called lovely is warm in manner": [
        ("Reception said he was really lovely.", "attitude:+"),
        ("The interviewers were lovely.", ""),  # guard: the panel's manner
    ],
}


DOMAIN6_CASES: dict[str, list[tuple[str, str]]] = {
    "not knowing a subject of the work is a skills gap, the employer's affairs preparation": [
        ("Unfamiliar with the Building Safety Act gateways.", "skills:-"),
        ("Seemed unsure about the HACCP review cycle.", "skills:-"),
        ("Unsure of PAT testing intervals.", "skills:-"),
        ("Unsure of yourself under pressure.", "confidence:-"),  # guard: the candidate
        ("Unfamiliar with our product range.", "preparation:-"),  # guard: the employer's
        ("Unsure about the firm's recent acquisition.", "preparation:-"),  # guard: owner's
    ],
    "a rival described inside a rejection phrase is compared, its dimension the gap": [
        ("The place went to a candidate with stronger safeguarding credentials.", "experience:-"),
        ("The post went to someone with stronger clinical skills.", "skills:-"),
        ("The panel recommended another applicant with more audit experience.", "experience:-"),
        ("The post went to an internal candidate who had covered the role.", "fit:-"),  # guard
        ("The job went to someone else.", "fit:-"),  # guard: no dimension named
    ],
    "a sector named by a negated compound is no negation": [
        ("Six years in not-for-profit finance.", "experience:+"),
        ("No experience in not-for-profit work.", "experience:-"),  # guard: its own negator
    ],
    "a named credential just after a knowing word is a subject known, however judged": [
        ("Her knowledge of NEBOSH risk ranking was thorough.", "skills:+"),
        ("Knew MEWP, PASMA and LOLER checks cold.", "skills:+"),
        ("Holds PASMA and knows the scaffold regs.", "experience:+;skills:+"),  # guard: held
        ("Knowledge solid; holds NEBOSH.", "experience:+;skills:+"),  # guard: a new point
    ],
    "a grade in a short label before a colon names the post, the verdict after judges work": [
        ("Audit senior: solid on VAT returns.", "skills:+"),
        ("Pre-reg optometrist: excellent on slit-lamp technique.", "skills:+"),
        ("Senior enough: ran a ward of 30 beds.", "experience:+"),  # guard: the label's verdict
        ("Too junior: one year in post.", "experience:-"),  # guard: a graded label
    ],
    "a journal's name holds no cue word": [
        ("She has three first-author papers, including one in Nature Energy.", "experience:+"),
        ("Two first-author papers, one of them in Nature Chemistry.", "experience:+"),
        ("Showed real energy and drive.", "attitude:+"),  # guard: no name
    ],
    "a knowing cue past a comma from another theme's topic keeps its own say": [
        ("Holds the CSCS card, good on temporary works sequencing.", "experience:+;skills:+"),
        ("Strong on exp, 12 yrs in site management.", "experience:+"),  # guard: beside it
    ],
    "a cue-less comma segment that judges its own noun phrase judges a subject": [
        ("Structural analysis fine, connection detailing weak.", "skills:+;skills:-"),
        ("Hair tied back, piping spot on.", "hygiene:+;skills:+"),
        ("On time, tunic clean, nails short.", "hygiene:+;logistics:+"),  # guard: dress
        ("Polite, group task strong.", "attitude:+"),  # guard: an assessment activity
    ],
    "things structured are subject matter, not an answer's structure": [
        ("Sharp on earn-out structures.", "skills:+"),
        ("Structural: solid on steel connection design.", "skills:+"),
        ("Answers lacked structure.", "communication:-"),  # guard: delivery
    ],
    "a named subject explained with a verdict of quality is known": [
        ("Walked us through the IRR waterfall well.", "skills:+"),
        ("Talked well about RevPAR and channel mix.", "skills:+"),
        ("Explained my MSc project clearly.", "communication:+"),  # guard: own work
        ("We explained the NHS pension scheme clearly.", ""),  # guard: the employer's
    ],
    "a count the employer wants is the bar the point before it missed": [
        ("Only 14 months on the wards; we wanted three plus.", "experience:-"),
        ("Exactly what we wanted.", ""),  # guard: no count, no theme
        ("They want two referees.", ""),  # guard: documents for the process
    ],
}


SELFREC6_CASES: dict[str, list[tuple[str, str]]] = {
    "the candidate's ask set against the employer's own terms": [
        ("can offer 12hrs, he wants 35", "logistics:-"),
        ("Wants 40k; we're at 36k.", "logistics:-"),
        ("Asking for 95k, client cant stretch past 80.", "logistics:-"),
        ("wants 100% wfh, the team is in 2 days", "logistics:-"),
        ("Wants double the day rate; the budget is fixed.", "logistics:-"),
        ("Wants to grow into leadership; the team is small.", ""),  # guard: no term asked
        ("They want 5+ yrs, she has 2.", "experience:-"),  # guard: a requirement
    ],
    "the employer's own things known by heart, or not at all": [
        ("knew their Q4 numbers cold", "preparation:+"),
        ("memorised their five brands by heart", "preparation:+"),
        ("couldnt name any of their restaurants", "preparation:-"),
        ("Knew the tax rules cold.", "skills:+"),  # guard: a subject
        ("learned my answers by heart", "communication:-"),  # guard: rote delivery
    ],
    "what a screen was mostly about is no verdict on it": [
        ("Quick call, mainly about my notice period.", ""),
        ("My notice period is a problem for them.", "logistics:-"),  # guard
    ],
    "a mishap that threw the candidate off": [
        ("Arrived late. Apologised but it threw me off for the whole first half.",
         "confidence:-;logistics:-"),
        ("the fire alarm went off mid-answer, which threw him", "confidence:-"),
        ("They threw me a curveball on pricing.", ""),  # guard: the question thrown
    ],
    "the subject of the candidate's own questions is no verdict": [
        ("Asked the panel good qs about the restructure.", "preparation:+"),
        ("asked sharp questions about the restructuring timeline", "preparation:+"),
        ("they asked me questions about my notice period", ""),  # guard: their questions
    ],
    "q's written for questions": [
        ("asked loads of good q's about the training", "preparation:+"),
        ("tech q's weak", "skills:-"),  # guard
    ],
    "nerves that settled, however the settling is dated": [
        ("Shaky to begin with but settled by the second question.", "confidence:+;confidence:-"),
        ("Jittery for the first five minutes, then settled.", "confidence:+;confidence:-"),
        ("Visibly anxious early on but settled nicely.", "confidence:+;confidence:-"),
        ("the class settled fast", ""),  # guard: the pupils
    ],
    "a pay figure named and the employer's bad reaction to it": [
        ("said I'd want 60k and the recruiter pulled a face", "logistics:-"),
        ("Mentioned £45k, HR went quiet.", "logistics:-"),
        ("when asked about the 10k overspend you went quiet", "confidence:-"),  # guard
    ],
    "a client's bare no relayed by a recruiter": [
        ("client says she's just not right for them", "fit:-"),
        ("hm fb: not quite right for us at the moment", "fit:-"),
        ("The role is right for him.", ""),  # guard
    ],
    "a verdict after 'otherwise' judges the rest, not the point just made": [
        ("Voice too quiet at times, otherwise fine.", "confidence:-"),
        ("The ripped jeans let down an otherwise strong interview.", "hygiene:-"),
        ("Answers a bit long; otherwise good.", "communication:-"),
        ("Otherwise a warm, thoughtful candidate.", "attitude:+"),  # guard: its own topic
    ],
}


FORMAL6_CASES: dict[str, list[tuple[str, str]]] = {
    "a right to work held or not, or residence required, is logistics, not a credential": [
        ("Since you do not yet hold a UK work permit, we are unable to continue.",
         "logistics:-"),
        ("The role needs applicants who hold unrestricted working rights in New Zealand.",
         "logistics:-"),
        ("The post requires residence in Doha, which the candidate cannot accept.",
         "logistics:-"),
        ("She does not currently hold a forklift licence.", "experience:-"),  # guard
    ],
    "a letter's thanks for the reader's interest in the employer is courtesy": [
        ("We remain most grateful for the interest you have shown in our work.", ""),
        ("We truly appreciate your interest in our organisation.", ""),
        ("We value the interest you showed in our mission.", ""),
        ("He showed real interest in our products.", "attitude:+"),  # guard
    ],
    "going ahead with the reader's own candidacy is the decision, no rival": [
        ("We have decided not to go ahead with your application.", ""),
        ("Sadly we won't be moving ahead with your candidature.", ""),
        ("We have decided to go ahead with another applicant.", "fit:-"),  # guard
    ],
    "the strength of the field alone is no reason": [
        ("We had an exceptionally strong pool of candidates this year.", ""),
        ("As you can imagine, we saw many talented applicants.", ""),
        ("We had a strong field and have offered the post to someone else.", "fit:-"),  # guard
    ],
    "a domain word in the compound before 'experience' names that experience's domain": [
        ("We appreciated the depth of your cloud migration experience.", "experience:+"),
        ("The appointed candidate had deeper SAP rollout experience.", "experience:-"),
        # guard: a new phrase between keeps the skills point of its own
        ("Strong Python and experience of leading teams.", "experience:+;skills:+"),
    ],
    "what a letter cannot tell, how it sifted, and 'numerous' are no verdict": [
        ("Regrettably it is not possible to communicate an individual feedback to you.", ""),
        ("We are unable to communicate the individual scores of the assessment.", ""),
        ("Following analysis of all candidatures, your file was not retained.", ""),
        ("Owing to the numerous applications received, we cannot reply to each one.", ""),
        ("Her numeracy test was below the pass mark.", "skills:-"),  # guard
    ],
    "moving forward or proceeding with a rival, with no 'decided to'": [
        ("We have since moved forward with another applicant.", "fit:-"),
        ("We are proceeding with another candidate for this post.", "fit:-"),
        ("We have since moved forward with someone who lives nearer the depot.",
         "logistics:-"),
    ],
    "a capitalised run after 'the post of' is the post's title": [
        ("Your candidature for the post of Clinical Coding Auditor has not been retained.", ""),
        ("We regret that for the position of Technical Writer you were not selected.", ""),
    ],
    "examples that stay high-level lack specifics; a high level of X stays praise": [
        ("Her case studies felt rather high-level.", "preparation:-"),
        ("Your examples stayed at a high level throughout.", "preparation:-"),
        ("He showed a high level of motivation.", "attitude:+"),  # guard
    ],
    "formal letters speak ill of a former employer with 'concerning' or 'regarding'": [
        ("The candidate made comments regarding his former superiors that were out of place.",
         "attitude:-"),
        ("She spoke in a disparaging way of the company she had left.", "attitude:-"),
        ("Kindly send the reference concerning your previous employer.", ""),  # guard
    ],
    "a recruitment stopped is the role closed": [
        ("We regret that the selection procedure is hereby terminated.", "fit:-"),
        ("Please note the recruitment has been discontinued.", "fit:-"),
    ],
}


PLAINPREC6_CASES: dict[str, list[tuple[str, str]]] = {
    "'driven' after a have-form is the verb, and a method named by its driver no ambition": [
        ("She hasn't driven a van in years.", ""),
        ("They've driven for a courier firm.", ""),
        ("Very driven and hungry to learn.", "attitude:+"),  # guard: the adjective
    ],
    "the verb 'suit' with a place as object is fit, not dress": [
        ("He'd suit a busy city centre branch.", "fit:+"),
        ("I doubt he would suit a small start-up.", "fit:-"),
        ("The navy suit was a good choice.", "hygiene:+"),  # guard: the noun
    ],
    "a pleasant meeting, or faint 'pleasant enough', judges no one": [
        ("Lovely pleasant chat, nothing more.", ""),
        ("Pleasant enough.", ""),
        ("Warm and pleasant with the children.", "attitude:+"),  # guard
    ],
    "a language named before 'fluently' is a language skill, in a list too": [
        ("Speaks Tamil and Malay fluently.", "skills:+"),
        ("Spoke fluently and clearly.", "communication:+"),  # guard: delivery
    ],
    "a first-word verb in a compound noun ('Take-home was') is no order": [
        ("Take-home showed a solid grasp of regression.", "skills:+"),
        ("Follow-up was thorough.", "skills:+"),
        ("Explain what was asked of you next time.", ""),  # guard: an order
    ],
    "a cause after a negated act, or a cue with its own negator, is not flipped back": [
        ("Can't do late shifts because of childcare.", "logistics:-"),
        ("Won't work weekends due to childcare.", "logistics:-"),
        ("Asked no questions and didn't know which wards we run.", "preparation:-"),
    ],
    "a strength the panel could not tell was there did not show": [
        ("It was hard to tell if she was enthusiastic.", "attitude:-"),
        ("Difficult to tell whether he was motivated by the role at all.", "attitude:-"),
    ],
    "'clear' as a task verb, a post 'open to' a group, senior people as audience: no theme": [
        ("Helped the chef clear plates after service.", ""),
        ("The scheme is open to graduates only.", ""),
        ("Seemed open to new ideas.", "attitude:+"),  # guard
        ("Her comments didn't land with the senior partners.", ""),
        ("Not ready for a senior role yet.", "experience:-"),  # guard: the post
    ],
    "an overall grade of the interview, and an offer's conditions, judge no theme": [
        ("Could have asked us more questions; otherwise a strong interview.", "preparation:-"),
        ("Offer made, subject to two satisfactory references.", ""),
    ],
    "how hard the panel pushed is its challenge, no verdict on what it pushed on": [
        ("Stayed composed when the director pushed hard on her forecast.", "confidence:+"),
        ("Unflustered even when we pushed back hard on the numbers.", "confidence:+"),
    ],
}


COACH6_CASES: dict[str, list[tuple[str, str]]] = {
    "an order to own it says the candidate undersells (confidence)": [
        ("Don't hide behind the team - own it.", "confidence:-"),
        ("Own your results next time.", "confidence:-"),
        ("Try to own that decision rather than apologising.", "confidence:-"),
        # guard: owning property is no verdict
        ("She owns a small bakery.", ""),
        # guard: owning a weakness or mistake is candour, no confidence point
        ("Admit the mistake and own it.", ""),
    ],
    "a 'Homework:' header opens a to-do list, not praise for preparation": [
        ("Homework: pick three stories and attach a number to each.", "preparation:-"),
        # guard: homework done is still preparation praised
        ("You had clearly done your homework.", "preparation:+"),
    ],
    "a verdict after 'all' / 'both' judges every topic listed before it": [
        ("Timekeeping, handshake, smile: all fine.", "logistics:+;confidence:+;attitude:+"),
        # guard: a list with its own verdicts keeps them apart
        ("Loads of energy, a bit rambly, salary ask too high.",
         "attitude:+;communication:-;logistics:-"),
    ],
    "an arrow or equals sign after a keep/change header is its dash": [
        ("well/better: well = your knowledge of the pricing model; better = pacing, you rushed",
         "skills:+;communication:-"),
        ("good -> calm manner; better -> the salary ask", "confidence:+;logistics:-"),
    ],
    "a fault after 'before' is the moment of a habit, not a finding": [
        ("Do more of: listening before jumping in.", "communication:+"),
        # guard: the fault ahead of 'before' is one
        ("You jumped in before I'd finished the question.", "communication:-"),
    ],
    "clarifying questions are listening (communication), not preparation": [
        ("Keep doing: asking a clarifying question first.", "communication:+"),
    ],
    "what the candidate has to sell is praise: 'speaks for itself', 'a real selling point'": [
        ("Your publication list speaks for itself.", "experience:+"),
        ("Your Spanish is a real selling point.", "skills:+"),
        # a trainer is a job, the shoes are plural
        ("Your years as a forklift trainer are a real selling point.", "skills:+"),
        ("Came in trainers and a hoodie.", "hygiene:-"),
    ],
    "a lay audience that won't follow is jargon, not the candidate's gap": [
        ("Cut the acronyms: the board won't know what an MDT is.", "communication:-"),
        ("Most clients wouldn't understand 'EBITDA bridge', so say it plainly.", "communication:-"),
        # guard: the candidate not knowing stays a skills gap
        ("You didn't know what a sinking fund was.", "skills:-"),
    ],
    "an order to use what one has in the answers is preparation, not delivery": [
        ("The volunteering counts, so work it into your answers.", "preparation:-"),
        ("The charity shop job is relevant - bring that up!", "preparation:-"),
    ],
}


TRICKY6B_CASES: dict[str, list[tuple[str, str]]] = {
    "a budget the candidate or the rival ran is the scale of work, not the pay band": [
        ("Managed a £3m budget across three sites.", "experience:+"),
        ("The person we hired had managed a budget of £400k.", "experience:-"),
        # guard: the ask against the band stays logistics
        ("Her ask was over our budget.", "logistics:-"),
    ],
    "a generic topic listed after another theme's topic noun is a point of its own": [
        ("No complaints about her timekeeping, grooming or manner.",
         "logistics:+;hygiene:+;attitude:+"),
        ("Nothing wrong with his appearance or manner at all.", "hygiene:+;attitude:+"),
        # guard: an adjective of another theme before it still takes the manner
        ("She answered in a calm and structured manner.", "communication:+;confidence:+"),
    ],
    "settling into a team or a culture is fit, settling after the start is composure": [
        ("Our one concern was whether he would settle into a crew this close.", "fit:-"),
        ("She settled into the practice quickly and everyone liked her.", "fit:+"),
        # guard
        ("Shaky for the first question, then settled in after that.", "confidence:+;confidence:-"),
    ],
    "a Level N held is a qualification (experience), not the school 'A level' subject": [
        ("The person we appointed already had a Level 4 in leadership.", "experience:-"),
        ("She holds a Level 2 in food safety.", "experience:+"),
        # guard: a Level 3 asset is a finance term, not a qualification
        ("Good when asked how he'd test a Level 3 valuation.", "skills:+"),
    ],
    "beyond what the panel usually sees is past the standard, praise": [
        ("His SQL was way beyond what we typically see.", "skills:+"),
        ("Her case analysis was well above what we normally get from graduates.", "skills:+"),
        # guard: beyond what the employer can pay stays the fault it was
        ("The salary she asked for is beyond what we can offer.", "logistics:-"),
    ],
    "work already or previously done, in more verbs, is experience, the rival's too": [
        ("The candidate we chose had already interpreted in family court.", "experience:-"),
        ("She has previously coordinated a hospice volunteer team.", "experience:+"),
    ],
}


POLARITY6B_CASES: dict[str, list[tuple[str, str]]] = {
    "terms that meet the employer's own are logistics praise": [
        ("His pay expectations matched the band and he can start when we need him.",
         "logistics:+"),
        ("Notice period and salary ask both line up with what the client offers.", "logistics:+"),
        ("Irish passport so no visa, salary within budget.", "logistics:+"),
        ("Has settled status, no sponsorship needed.", "logistics:+"),
        # guard: a right not held stays a fault
        ("She has no visa yet.", "logistics:-"),
    ],
    "the hired rival, the rivals ranked above and the predecessor set the standard missed": [
        ("The person they have chosen has led three hospital pharmacy teams.",
         "experience:-"),
        ("Both applicants ahead of him had run a depot before.", "experience:-"),
        ("His predecessor had fifteen years on the wards.", "experience:-"),
        # guard: the candidate's own record stays praise
        ("He has fifteen years on the wards.", "experience:+"),
    ],
    "a mark out of five, ten or a hundred grades the topic it follows": [
        ("Team fit 9/10.", "fit:+"),
        ("Scorecard: presentation 5/5, technical knowledge 1/5.", "communication:+;skills:-"),
        ("Culture fit: 2/10.", "fit:-"),
        # guard: a date is no mark
        ("Presentation on 10/10 at the head office.", ""),
    ],
    "praise earlier in a finding makes 'rather than' the road taken, not advice": [
        ("Listened carefully and built on my points rather than repeating herself.",
         "communication:+"),
        ("Genuine and clearly motivated by the children rather than the job title.",
         "attitude:+"),
        # guard: an order keeps it advice
        ("Try to give examples rather than theory.", "preparation:-"),
        # guard: 'the one' after it names the right object, the one missed
        ("You answered the question you wanted rather than the one we asked.",
         "communication:-"),
    ],
    "a need whose subject is the employer states the bar, not advice on the point before": [
        ("Polite and well groomed, just didn't have the SQL depth the team needs.",
         "attitude:+;hygiene:+;skills:-"),
        ("Cheerful and punctual, didn't have the years we need.",
         "attitude:+;logistics:+;experience:-"),
        # guard: a need with its own object stays advice
        ("We need you to be more concise.", "communication:-"),
    ],
    "a rival phrase before the candidate's possessive wishes for the candidate's like": [
        ("We would have loved someone with your enthusiasm.", "attitude:+"),
        ("Any practice would be glad of someone with her experience.", "experience:+"),
        # guard: a rival with more stays the gap
        ("We went with someone with more experience.", "experience:-"),
    ],
}


PLAIN6B_CASES: dict[str, list[tuple[str, str]]] = {
    "praise earlier in a finding before 'rather than' is the road taken, not advice": [
        (
            "Listened closely and came back to the chair's point rather than repeating himself.",
            "communication:+",
        ),
        ("Clearly motivated by the patients themselves rather than the salary.", "attitude:+"),
        # guards: an order, and the same thing named again (the wrong choice)
        ("Speak from a few notes rather than reading a script.", "communication:-"),
        (
            "She answered the question she preferred rather than the one we asked.",
            "communication:-",
        ),
    ],
    "learning the work fast is aptitude (skills)": [
        ("Picked up the stock system within five minutes.", "skills:+"),
        ("Quick to pick things up on the shop floor.", "skills:+"),
        # guard: listening
        ("Good listener, picked up on my follow-up quickly.", "communication:+"),
    ],
}


SELF2_6B_CASES: dict[str, list[tuple[str, str]]] = {
    "a blank the note explains by a preparation fault is that fault, not a skills gap": [
        (
            "blanked when they asked about their expansion plans - hadn't looked at the website",
            "preparation:-",
        ),
        (
            "Never read up on their new clinic. The director asked my view on it and I blanked.",
            "preparation:-",
        ),
        # guard: a blank with a subject of its own and no cause stays a skills gap
        ("Blanked on the recursion question.", "skills:-"),
    ],
    "clothes named beside a dress misfit are the fault, not praise": [
        ("wore the tie, way overdressed - the whole crew in hi-vis vests.", "hygiene:-"),
        # guard: clothes praised with no misfit stay praise
        ("Wore the navy suit, looked sharp.", "hygiene:+"),
    ],
    "a negated look verb denies the eye contact an eye phrase after it praises": [
        ("I couldn't look the head of department in the eye.", "confidence:-"),
        ("Was not looking the members of the board in the eyes.", "confidence:-"),
        # guard: a look that happened stays praise
        ("Looked each of them in the eye and kept a steady voice.", "confidence:+"),
    ],
    "candour conceded before an attitude fault is the fault alone": [
        ("My answer about leaving was honest but way too bitter about the old team.", "attitude:-"),
        (
            "Was honest about quitting my last job over the director - came across as badmouthing.",
            "attitude:-",
        ),
        # guard: candour with no fault stays praise
        ("Honest about what I didn't know, and keen to learn.", "attitude:+"),
    ],
    "'pretty' is a degree adverb ('pretty sure'), no verdict of its own": [
        (
            "Pretty sure the HGV licence thing hurt me - they asked twice if I had one"
            " and I don't yet.",
            "experience:-",
        ),
        # guard: the word it grades still judges
        ("Pretty good answer on the budget question.", ""),  # content (ANSWERS8B_CASES)
    ],
    "no one reacting, or no one usually asking that, is no verdict of its own": [
        ("notice period q came up, told them 3 months, nobody reacted either way", ""),
        # guard: no one able to follow an answer still judges it
        ("Nobody on the panel could follow his answer.", "communication:-"),
    ],
    "the panel trying to rattle the candidate is its challenge, not a composure fault": [
        ("Kept my cool when the ops director tried to rattle me on the budget.", "confidence:+"),
        ("Stayed calm even when the chair tried to fluster me.", "confidence:+"),
        # guard: rattled is still a fault
        ("Got rattled when they pushed on pricing.", "confidence:-"),
    ],
    "a verb-like lead before a plain 'I' is the writer's own clause, not an order": [
        ("Think I explained the rota changes well.", "communication:+"),
        # guard: the same verb with no 'I' is still an order
        ("Think about your answers more.", "communication:-"),
    ],
}


PRECISION6B_CASES: dict[str, list[tuple[str, str]]] = {
    "headcount is the role's fate only when something befalls it (fit)": [
        ("The headcount for the analyst post was cut last month.", "fit:-"),
        ("We have lost the headcount for this vacancy.", "fit:-"),
        # guard: headcount as a figure to know or plan judges no fit
        ("Good grasp of headcount-planning.", "skills:+"),
        ("She couldn't estimate headcount for the peak season in the case exercise.", "skills:-"),
    ],
    "a shift or budget in charge, handled, known or trialled is no term (tasks)": [
        ("Has never been in charge of a night shift.", ""),
        ("Her handle on the clinic budget impressed us.", ""),
        ("Know our budget.", "preparation:-"),
        ("Wasn't wearing a hairnet for the shift trial.", "hygiene:-"),
        ("The req is frozen pending budget approval.", ""),
        # guard: the candidate's own terms stay logistics
        ("He can't do weekend shifts.", "logistics:-"),
        ("Well above our budget.", "logistics:-"),
    ],
    "a topic after 'during the' is when another cue's verdict came (moments)": [
        ("Relaxed and steady throughout the presentation.", "confidence:+"),
        ("Seemed distracted and looked at his phone during the presentation.", "attitude:-"),
        ("Warm and patient throughout the presentation.", "attitude:+"),
        # guard: the presentation judged in its own right keeps its theme
        ("The presentation was well structured.", "communication:+"),
    ],
    "the interview's outcome is the decision, not a story's result (preparation)": [
        ("A solid interview, just not the outcome she hoped for.", ""),
        ("Nothing you could have done would have changed the outcome.", ""),
        ("He didn't seem to care much about the result.", "attitude:-"),
        ("Her drive to improve outcomes for patients came through.", "attitude:+"),
        # guard: a story's outcome stays preparation
        ("Each story ended with a clear outcome.", "preparation:+"),
    ],
    "a bracket after a label names who the note is about, no verdict (brackets)": [
        ("Call with Priya (LLB, two years as a paralegal). Her answers were well structured.",
         "communication:+"),
        ("Mock panel (MSc Data Science). Calm throughout.", "confidence:+"),
        ("Warehouse applicant (ex-army, forklift licence): punctual.", "logistics:+"),
        # guard: a bracket that backs a verdict before it keeps its cues
        ("Very strong on paper (12 yrs in theatres) but late.", "experience:+;logistics:-"),
        ("You have the credentials (ACCA, CIMA) - stop underselling yourself.",
         "experience:+;confidence:-"),
    ],
    "what the writer did beforehand is no preparation of the candidate's (cues)": [
        ("Warned her beforehand about the dress code.", ""),
        ("Sent him the brief beforehand.", ""),
        # guard: the candidate's own looking-up stays preparation
        ("Didn't read the brief beforehand.", "preparation:-"),
    ],
}


FORMAL2_6B_CASES: dict[str, list[tuple[str, str]]] = {
    "the panel's impression frames its opinion; the verdict after it decides": [
        ("It was the impression of the assessors that her replies were far too long.",
         "communication:-"),
        ("The committee formed the impression that his grasp of contract law was weak.",
         "skills:-"),
        ("She made a very good impression on the board.", ""),  # guard: no theme, as before
    ],
    "expertise in a subject is knowing it (skills), not time served": [
        ("The applicant displayed a solid expertise in hydraulic modelling.", "skills:+"),
        ("A high level of expertise concerning EU customs procedure was noted.", "skills:+"),
        ("Ten years of domain expertise in retail.", "experience:+"),  # guard
    ],
    "the results of a test are the candidate's work in it, not an example's results": [
        ("The results of his aptitude test fell below the minimum required.", "skills:-"),
        ("The results obtained in the practical were below the pass mark.", "skills:-"),
        ("Quantify your results more.", "preparation:-"),  # guard
    ],
    "a formal letter's unmet wish names what was missing": [
        ("The board would have appreciated answers of a more concise nature.",
         "communication:-"),
        ("The assessors would have welcomed a deeper familiarity with our services.",
         "preparation:-"),
        ("We appreciated your concise answers.", "communication:+"),  # guard
    ],
    "thanks for praised work are praise, plain thanks stay courtesy": [
        ("Thank you for applying and for your outstanding score in the coding test.",
         "skills:+"),
        ("Thank you for attending, and for the insightful questions about our strategy.",
         "preparation:+"),
        ("Thank you for coming in, and for the presentation you prepared.", ""),  # guard
    ],
    "how clearly one took the panel through something is clear telling": [
        ("We admired how clearly she took us through the rota planning.", "communication:+"),
        ("They liked how concisely he laid out the budget risks.", "communication:+"),
    ],
    "a choice fallen on a rival is the decision; an attentive examination is process": [
        ("After attentive consideration, our choice has fallen on another applicant.", "fit:-"),
        ("He was attentive to every speaker.", "attitude:+"),  # guard
    ],
    "a profile above the post's level is overqualification": [
        ("The board found that your profile sits considerably above the level of this post.",
         "experience:-"),
    ],
    "informed about the employer's affairs is research on them": [
        ("The applicant appeared insufficiently informed about the operations of the Authority.",
         "preparation:-"),
        ("We informed the candidate of the outcome.", ""),  # guard
    ],
    "footing or nerve lost, and never regained, is composure lost": [
        ("Once the chair challenged her figures she lost her footing and never fully recovered.",
         "confidence:-"),
        ("He never lost his nerve.", "confidence:+"),  # guard
    ],
    "the writer's pleasure in meeting is courtesy": [
        ("It was a genuine pleasure to meet you on Monday.", ""),
        ("She showed genuine interest in the pupils.", "attitude:+"),  # guard
    ],
}


SELF6C_CASES: dict[str, list[tuple[str, str]]] = {
    "a quality said to be there praises the topic before it, not one after": [
        ("shame, the tech skills r there", "skills:+"),
        ("client passed but exp is there tho", "experience:+"),
        ("the drive is there, pity about the pay", "attitude:+"),
        # guard: absent is a fault; a question's 'is there' praises nothing after it
        ("the drive wasn't there", "attitude:-"),
    ],
    "'ok so' opening a note is the writer starting to talk, no verdict": [
        ("ok so the salary thing came up first", ""),
        ("okay so the portfolio review", ""),
        ("portfolio review going ok so far", "skills:+"),  # guard
    ],
    "what the employer sells or runs, known, is research on it": [
        ("Went fine. knew the menu and the specials", "preparation:+"),
        ("she knew the products better than our reps", "preparation:+"),
        ("knew the tax stuff inside out", "skills:+"),  # guard: a subject known
    ],
    "an answer method named as the object of a delivery fault is no preparation praise": [
        ("mumbled through the STAR examples", "confidence:-"),
        ("went on far too long with the STAR stuff", "communication:-"),
        # guard: the method praised apart from the fault keeps its praise
        ("STAR answers solid but talked too fast", "communication:-;preparation:+"),
    ],
}


FORMAL3_6C_CASES: dict[str, list[tuple[str, str]]] = {
    "a long career is tenure (experience), not a long answer": [
        ("The board noted her long experience in municipal procurement.", "experience:+"),
        ("He brings a long practice in tax litigation.", "experience:+"),
        ("The committee acknowledged his long and loyal service with the fire brigade.",
         "experience:+"),
        ("Her answers to the scenario questions were long.", "communication:-"),  # guard
    ],
    "a formal start that cannot come before a date is logistics": [
        ("The applicant would not be in a position to assume the post before the month of May.",
         "logistics:-"),
        ("She has stated that she will not be at disposal before the spring.", "logistics:-"),
        ("He would only be free to commence after a notice period of three months.",
         "logistics:-"),
        ("The applicant is not in the possibility to present himself at work before summer.",
         "logistics:-"),
    ],
    "a start 'only from the month of' names a date, not a short tenure": [
        ("Sadly his availability only from the month of March is not compatible with the needs.",
         "logistics:-"),
        ("She has worked only six months in the sector.", "experience:-"),  # guard
    ],
    "'experienced difficulty' is undergoing a trouble, not having experience": [
        ("He mumbled, so that the note-taker experienced considerable difficulty.",
         "confidence:-"),
        ("She is an experienced and capable ward sister.", "experience:+"),  # guard
    ],
    "staying 'for long duration' is retention, not a long answer": [
        ("It is feared that he may not remain in the post for long duration.", ""),
        ("She might not stay with the firm for a long period.", ""),
    ],
    "'in relation to' is a formal 'about', not a comparison ('relative to')": [
        ("He showed a high level of knowledge in relation to fire safety legislation.",
         "skills:+"),
    ],
    "off the point in formal wording: 'without relation with the subject'": [
        ("She had a tendency to digress from the question and to add remarks without "
         "relation to the subject.", "communication:-"),
        ("His replies were at times not in relation to the question.", "communication:-"),
        ("You were answering the questions in a rather lengthy manner.", "communication:-"),
    ],
    "answers 'not audible' to the panel is a quiet voice (confidence), like 'barely audible'": [
        ("Owing to her soft voice, many of her replies were not audible to the assessors.",
         "confidence:-"),
        ("Several of his answers were not audible to the members of the board.", "confidence:-"),
    ],
}


TRICKY6C_CASES: dict[str, list[tuple[str, str]]] = {
    "a hire put off until the work is done is a gap in experience": [
        ("The panel would reconsider once he's completed a full audit cycle.", "experience:-"),
        ("Happy to talk again once she has taught a Year 6 class.", "experience:-"),
        ("Maybe in two years, once he's run a job this size himself.", "experience:-"),
        # guard: settling in first is no work left undone
        ("Once you've settled in, you'll be fine.", ""),
    ],
    "a doubt whether the work was ever done is a gap in experience": [
        ("What worried us was whether he'd ever actually run a kitchen.", "experience:-"),
        ("Nobody doubted his drive; the question was whether he had ever led a crew.",
         "attitude:+;experience:-"),
    ],
    "a yes/no question the next sentence does not answer judges nothing": [
        ("Was the tie too loud? Honestly, nobody mentioned it.", ""),
        ("Were my examples too long? No idea.", ""),
        ("Was the notice period an issue? It never came up.", ""),
        # guards: a denial still flips, and a 'why' question keeps its fault
        ("Was she nervous? Not really.", "confidence:+"),
        ("Why were you late? No idea.", "logistics:-"),
    ],
    "a profile that would suit the team better is someone else's fit": [
        ("We felt a quieter profile would suit the team better.", "fit:-"),
        ("Honestly, a steadier person might suit our culture better.", "fit:-"),
        ("The pace here would suit her.", "fit:+"),  # guard
    ],
}


DOMAIN6C_CASES: dict[str, list[tuple[str, str]]] = {
    "a subject the candidate could not explain, after 'and' / 'but' or a comma": [
        ("Decent on React hooks, weak on promises and couldn't explain the microtask queue.",
         "skills:+;skills:-"),
        ("Knows SQL window functions well, couldn't reason about option decay near expiry.",
         "skills:+;skills:-"),
        ("Hadn't read their annual report, couldn't name a single branch.",
         "preparation:-"),  # guard: the employer's affairs stay preparation
    ],
    "figures or a judgement far from right are a fault": [
        ("The SQL query was correct, but the cost estimate was way off.", "skills:+;skills:-"),
        ("His DCF was miles off.", "skills:-"),
        ("Her graduation is still some way off.", ""),  # guard: time to come, no verdict
    ],
    "a missed error or approach is a gap in the subject": [
        ("Coding test correct; didn't spot the memoisation shortcut.", "skills:+;skills:-"),
        ("Didn't spot the race condition in her queue consumer.", "skills:-"),
    ],
}


DOMAIN7_CASES: dict[str, list[tuple[str, str]]] = {
    "work done unaided is praise of the subject, not something missing": [
        ("Talked through the cash flow model without notes.", "skills:+"),
        ("Worked through the reconciliation without any prompting.", "skills:+"),
        ("Couldn't set up the pivot table without help.", "skills:-"),  # guard: still a fault
    ],
    "a verdict framed with its preposition judges the unnamed subject after it": [
        ("She struggled with accretion on the merger model.", "skills:-"),
        ("Struggled with the heat in the room.", ""),  # guard: the day's conditions
    ],
    "a schedule or package of the work, explained or handled, is no term of the offer": [
        ("Couldn't explain the depreciation schedule.", ""),
        ("Handled the amortisation schedule questions well.", ""),
        ("The package was too low for her.", "logistics:-"),  # guard: the candidate's terms
    ],
    "a field's hygiene is subject matter, not grooming": [
        ("Good grasp of food hygiene rules.", "skills:+"),
        ("Finished the dental hygiene course and passed the boards first time.", "skills:+"),
        ("Personal hygiene was poor.", "hygiene:-"),  # guard
    ],
    "an acronym's certificate held, or current, is a credential": [
        ("Has her CELTA certificate.", "experience:+"),
        ("PALS and NRP current.", "experience:+"),
        ("Asked about his SIA certs - both lapsed.", "experience:-"),  # guard: a lapse
        ("Please bring your DBS certificate on the day.", "preparation:-"),  # guard: paperwork
    ],
    "the past knowledge verb with any object praises the subject, as 'knows' does": [
        ("Understood takt time and line balancing.", "skills:+"),
        ("Buyer role: understood landed cost and Incoterms well.", "skills:+"),
        ("Calm, and checked she'd understood each scenario first.", "confidence:+"),  # guard
        ("We understood from the call that you can't do nights.", "logistics:-"),  # guard
    ],
}


PLAIN7_CASES: dict[str, list[tuple[str, str]]] = {
    "holding the experience the post asks for is enough of it": [
        ("Honestly, he has the credentials for a senior post.", "experience:+"),
        (
            "You've clearly got the qualifications, but you sounded rushed.",
            "experience:+;communication:-",
        ),
        ("She doesn't yet have the experience a head of department needs.", "experience:-"),
    ],
    "what the employer or post actually does, the adverb between, is its research": [
        ("He couldn't say what the agency really offers.", "preparation:-"),
        ("Struggled to explain what the department actually does.", "preparation:-"),
    ],
    "too casual with people or explained, no clothing named, is a manner": [
        ("A bit too casual with the hiring manager, I felt.", "attitude:-"),
        ("Way too casual - kept calling the panel 'guys'.", "attitude:-"),
        ("Far too casual for a bank - jeans and a hoodie.", "hygiene:-"),  # guard: dress named
    ],
    "how feedback was taken is attitude; what it was on is its subject": [
        ("She takes criticism well.", "attitude:+"),
        ("Took the pushback on her pricing model badly.", "attitude:-"),
        ("Took our feedback on the coding task really well.", "attitude:+"),
    ],
    "seasonal work counted is time in the job": [
        ("She's worked three seasons at a ski resort.", "experience:+"),
        ("Spent two summers at a garden centre before college.", "experience:+"),
    ],
    "tying an answer or a background to the post is tailoring": [
        ("She tied each of her stories back to the job description.", "preparation:+"),
        ("He never linked his answers to the role we were hiring for.", "preparation:-"),
        ("The printer wouldn't connect to the network.", ""),  # guard: no object, no answer
    ],
    "the quality 'how' puts before the candidate is theirs, after the panel's reaction": [
        ("We were really struck by how composed you stayed under pressure.", "confidence:+"),
        ("We noticed how nervous you were at the start.", "confidence:-"),
    ],
}


COACH7_CASES: dict[str, list[tuple[str, str]]] = {
    "an answer to have ready is preparation, like a story ready": [
        ("need a proper answer ready for the weakness one", "preparation:-"),
        ("had my answers ready for the teamwork question", "preparation:+"),
        ("you didn't answer the question", "communication:-"),  # guard: the answer itself
    ],
    "a breath taken to pace an answer is delivery advice, not a smell": [
        ("Try pausing for a breath between points.", ""),
        ("Spoke for six minutes straight without stopping for breath.", "communication:-"),
        ("his breath smelled of coffee", "hygiene:-"),  # guard
    ],
    "a quality better than at the last sitting is praise, even without a verb": [
        ("Mock 3. handshake better than last time", "confidence:+"),
        (
            "pacing far better than the first session, still too many ums",
            "communication:+;communication:-",
        ),
        ("she was better than the other candidate", ""),  # guard: a rival compared
    ],
    "someone else's attempt on the writer is their challenge, not advice to try": [
        ("kept calm when the head chef tried to needle me about my last kitchen", "confidence:+"),
        ("try to keep calm when they push you", "confidence:-"),  # guard: advice to the reader
    ],
    "the panel asking the writer about a practical matter is a process step": [
        ("phone screen. she asked me my notice period and salary expectations", ""),
        ("they had me write down my shift availability", ""),
        ("my salary expectations were too high for them", "logistics:-"),  # guard
    ],
    "no answer of substance for a stock question is an answer not prepared": [
        ("no convincing answer for 'where do you see yourself in five years'", "preparation:-"),
        ("didn't have a clear answer to the 'why retail' one", "preparation:-"),
    ],
    "the writer's own materials brought or forgotten are preparation, a phone as their screen": [
        ("forgot my updated CV, had to pull it up on my phone", "preparation:-"),
        ("didn't bring her design portfolio to the second round", "preparation:-"),
        ("next time bring a printed backup of the deck", "preparation:-"),
        ("he was on his phone during the site tour", "attitude:-"),  # guard: phone use
    ],
    "a stock phrase said as a verbal tic is a filler": [
        ("must stop saying 'to be honest' in every answer", "communication:-"),
        ("he kept saying 'to be fair' before each point", "communication:-"),
        ("I have to say, to be honest, it went well", ""),  # guard: the writer's own aside
    ],
    "caring for a relative is the reason for a gap, not a caring manner": [
        ("the year out was spent caring for her dad", ""),
        ("so caring with the residents on the floor", "attitude:+"),  # guard
    ],
    "an answer that ran to a few minutes is too long": [
        ("Your answer on the restructure ran to almost five minutes.", "communication:-"),
        ("the final interview ran to 45 minutes", ""),  # guard: the interview's length
    ],
}


TRICKY7_CASES: dict[str, list[tuple[str, str]]] = {
    "a fault cleft judges what it names after the copula": [
        ("Where he fell short was the valuation exercise.", "skills:-"),
        ("Where she came unstuck was the tariff codes.", "skills:-"),
        ("Where you lost me was the tasting question.", "skills:-"),
        ("Where you fell short was in explaining your reasoning.", "communication:-"),
        # guards: a cleft that praises, a vague part, and a second half with its own fault
        ("What struck me was the tariff codes.", ""),
        ("Where you fell short was the people side.", ""),
        ("What let her down was not knowing the product range.", "preparation:-"),
    ],
    "a self-belief the rest of the sentence overrules is no verdict": [
        ("I thought my answers were concise, but the panel said I rambled.", "communication:-"),
        ("I didn't think I'd handled the Excel task badly, but they said my formulas broke.",
         "skills:-"),
        ("I felt I'd flopped the case study, but the recruiter said it was excellent.",
         "skills:+"),
        # guard: a theme the rest leaves alone keeps the belief's verdict
        ("I thought I was calm, but they wanted more sector experience.",
         "confidence:+;experience:-"),
    ],
    "a 'not that' frame denying a generic fault of the answers praises nothing": [
        ("Not that your answers were poor - far from it - but the hire had run a depot for years.",
         "experience:-"),
        ("It's not that the answers were bad; they just never got to the point.",
         "communication:-"),
        # guard: a named quality denied keeps its praise
        ("Not that he lacked experience - he had plenty - but the hire could start sooner.",
         "experience:+;logistics:-"),
    ],
    "a polished presenter is delivery, not dress": [
        ("She isn't the most polished presenter.", "communication:-"),
        ("A polished communicator with a calm manner.", "communication:+;confidence:+"),
        ("Polished shoes and a pressed shirt.", "hygiene:+"),  # guard: dress stays dress
    ],
    "'unclear whether' is the panel's open question, not the candidate's clarity": [
        ("Unclear whether she had ever managed a budget.", "experience:-"),
        ("Whether he would enjoy shift work is not clear to us.", "logistics:-"),
        # guard: an answer that was unclear stays a communication fault
        ("We asked whether she had led a team and her answer was unclear.", "communication:-"),
    ],
}


SHORTHAND7_CASES: dict[str, list[tuple[str, str]]] = {
    "told_terms": [
        # What the writer told the candidate passes the employer's terms on, no verdict.
        ("told cand abt the shift diff + 401k, she'll get back to me", ""),
        ("informed her of the night shift pattern. decision by fri", ""),
        ("asked if hybrid. told her onsite 3 days, 2 remote. waiting to hear", ""),
        ("have told him re the weekend rota, offer goes out fri", ""),
        # ... but an order passed on stays advice, and a verdict told stays a verdict.
        ("told her she came across as arrogant", "attitude:-"),
        ("told him b4 to wear a suit. he came in jeans", "hygiene:-"),
    ],
    "cdl": [
        # The US commercial driver's licence is a credential held or missing.
        ("Yard lead, 6 yrs on the dock. Holds a CDL-A.", "experience:+"),
        ("great attitude but no cdl yet, client cant use him on routes", "attitude:+;experience:-"),
    ],
    "would_have_been_stronger": [
        # The work as it would have been, compared up, names what it lacked.
        ("Your answers would have been stronger with concrete figures.", "preparation:-"),
        ("The talk would have been even clearer with fewer slides.", "communication:-"),
        (
            "your STAR stories would have been more convincing with a result at the end",
            "preparation:-",
        ),
    ],
    "field_statements": [
        # A clause whose subject is candidates in general states the process, no verdict.
        ("Only candidates who reach the pass mark in every exercise progress to the final "
         "interview.", ""),
        ("All appointments are subject to an enhanced DBS check and satisfactory references.", ""),
        # ... but recruiter shorthand for the candidate's is the candidate.
        ("cands german not at C1 yet, client needs it for the calls", "skills:-"),
    ],
    "bad_header": [
        # "Bad:" is the plain pair to "Good:" in a two-part list, an improvements header ...
        ("Good: punctual, smart. Bad: no eye contact with the chair.", "confidence:-;logistics:+"),
        ("good: calm. bad: no questions for them at the end", "confidence:+;preparation:-"),
        # ... but after a negator a header word is a verdict ("Not bad: ...").
        ("Not bad: the answers were clear.", "communication:+"),
    ],
}


POLARITY7_CASES: dict[str, list[tuple[str, str]]] = {
    "a wish the candidate's record meets ('exactly the X we were hoping for') is praise": [
        ("Six years running a dispatch desk is exactly the background we were hoping for.",
         "experience:+"),
        ("Twelve years in contract catering is just what we were after.", "experience:+"),
        # guard: the wish with its own object stays the rival's edge
        ("We were hoping for someone with more years in contract catering.", "experience:-"),
    ],
    "the field the candidate leads ('a head start over the other applicants') is no rival": [
        ("Three years as a lifeguard gave her a head start over the other applicants.",
         "experience:+"),
        ("Her Cantonese gave her an edge over the other finalists.", "skills:+"),
        # guard: talking over the others stays a fault
        ("Talked over the other candidates in the group task.", "communication:-"),
    ],
}


FORMAL7_CASES: dict[str, list[tuple[str, str]]] = {
    "a presentation the sentence's dress words judge is the appearance, not the talk": [
        ("The committee found the presentation of the applicant unsatisfactory as regards attire.",
         "hygiene:-"),
        ("With regard to the presentation, the panel recommends a more sober attire next time.",
         "hygiene:-"),
        ("The presentation of the applicant was not adequate, notably the clothing.", "hygiene:-"),
        # guard: a presentation judged on its own word stays communication
        ("Her presentation was very clear and she wore a smart suit.",
         "communication:+;hygiene:+"),
    ],
    "the letter's sifting of the field is process, a post covered is a post filled": [
        ("After a careful analysis of all the candidatures, the board has decided not to "
         "proceed with your application.", ""),
        ("We inform you that the post has been covered through internal mobility.", "fit:-"),
        ("The board has decided to cover the vacancy with a colleague from the Milan office.",
         "fit:-"),
        ("The committee has identified a profile which answers more completely to the needs "
         "of the unit.", "fit:-"),
        # guards: the candidate's own careful analysis stays praise; a cover letter is no post
        ("Her careful analysis of the sales data impressed the panel.", "skills:+"),
        ("Your cover letter covered the role well.", "communication:+"),
    ],
}


PLAINEXTRA7_CASES: dict[str, list[tuple[str, str]]] = {
    "answers_on_subject_after_a_clause": [
        # "and his answers on X": "and" joins clauses here, not a list of possessed points, so
        # the answers on a subject still judge knowledge, not delivery.
        ("He was punctual, and his answers on load calculations were weak.",
         "logistics:+;skills:-"),
        ("She seemed relaxed and her responses about pension auto-enrolment were spot on.",
         "confidence:+;skills:+"),
    ],
    "answers_judged_only_for_worth": [
        # A verdict of worth on the answers alone says nothing of delivery; a delivery word
        # beside it still does, and a worth word on another noun is no verdict on them.
        ("Decent answers on the whole.", ""),
        ("Her responses were okay, I suppose.", ""),
        ("Good answers, though too long.", "communication:-"),
        ("She did a great job of keeping her answers brief.", "communication:+"),
    ],
}


PLAINEXTRA7B_CASES: dict[str, list[tuple[str, str]]] = {
    "liking or wanting the work is attitude, not experience held": [
        ("He obviously enjoys working with older people.", "attitude:+"),
        ("She genuinely wants to work in youth justice.", "attitude:+"),
        ("Said twice that he dislikes working with the public.", "attitude:-"),
        ("Six years working with adults with learning disabilities.", "experience:+"),  # guard
    ],
    "pace or structure of a lesson or a take-home judges the work, not the talk": [
        ("Her trial lesson was nicely paced.", "skills:+"),
        ("The coding take-home was well structured.", "skills:+"),
        ("Your sample lesson was pitched at the right level.", "skills:+"),
        # guards: answers and a presentation keep the delivery reading
        ("Her answers about the lesson were well structured.", "communication:+"),
        ("A well-paced presentation.", "communication:+"),
    ],
    "losing the thread is the symptom of a cause the sentence names": [
        ("Visibly nervous and lost her train of thought on the budget question.",
         "confidence:-"),
        ("He hadn't practised the pitch and lost track of his own slides.", "preparation:-"),
        # guards: with no cause named the loss stays a delivery fault
        ("Lost his thread halfway through the STAR answer.", "communication:-"),
        ("She talked so fast that the panel lost track.", "communication:-"),
    ],
    "rushed from arriving late is the lateness, not the delivery": [
        ("The panel noted you arrived after the agreed time and looked rushed.", "logistics:-"),
        ("Try to leave earlier so you're not rushing in.", "logistics:-"),
        # guard: a hurried answer stays a delivery fault
        ("Came in late, then rushed through her answers.", "logistics:-;communication:-"),
    ],
    "what the candidate's questions were about is their subject": [
        ("Asked good questions about our mentoring and CPD offer.", "preparation:+"),
        ("He asked sensible questions about our shift pattern and pay bands.", "preparation:+"),
        # guard: a verdict after the comma is its own
        ("Asked good questions about the team, and was punctual.",
         "preparation:+;logistics:+"),
    ],
}


DOMAIN7B_CASES: dict[str, list[tuple[str, str]]] = {
    "a task done in a fraction of its time is skill; an answer timed in minutes is length": [
        ("Finished the stock reconciliation in half the time.", "skills:+"),
        ("Traced the leak on the rig in under 15 minutes.", "skills:+"),
        ("Answered each question in under two minutes.", "communication:+"),  # guard
    ],
    "a credential held stands beside a gap judged elsewhere in the sentence": [
        ("PALS and NRP current, but has never done a FIFO swing.", "experience:+;experience:-"),
        ("Not PALS current, and has never done a FIFO swing.", "experience:-"),  # guard
    ],
    "a code right after holds names a credential held": [
        ("Holds 2394 from last year.", "experience:+"),
        ("Holds GWO BST.", "experience:+"),
        ("She holds HR clinics on Fridays.", ""),  # guard: the code qualifies a noun
    ],
    "a named term is a subject or credential, not its ordinary words": [
        ("Good working knowledge of the Federal Uniform Guidance.", "skills:+"),
        ("Knows the OECD recommendations on transfer pricing.", "skills:+"),
        ("Knew the HIPAA requirements well.", "skills:+"),
        ("Knew the TIPS rules for refusing service.", "skills:+"),
        ("Turned up in a scruffy uniform.", "hygiene:-"),  # guard: the dress itself
        ("I'm OK with the commute.", "logistics:+"),  # guard: 'I' names no term
    ],
    "a fit-out is building work, not fit with the team": [
        ("Six years on retail fit-outs.", "experience:+"),
        ("Did the office fit-out for a bank.", ""),
        ("Not the right fit for the crew.", "fit:-"),  # guard
    ],
    "the lowest grade of a credential is the gap; a Red Seal is a ticket held": [
        ("Only a provisional licence so far.", "experience:-"),
        ("Red Seal electrician.", "experience:+"),
    ],
}


PLAINMISS7B_CASES: dict[str, list[tuple[str, str]]] = {
    "a rival's second reason after a comma or 'and was' is a point of its own": [
        (
            "The person we appointed had far more hospital experience, and a calmer manner "
            "with patients.",
            "experience:-;confidence:-",
        ),
        (
            "We chose a candidate with more warehouse experience who was also more enthusiastic.",
            "experience:-;attitude:-",
        ),
        ("The chosen candidate had more retail experience and was more articulate.",
         "experience:-;communication:-"),
    ],
    "cutting in before a named or titled asker finished, or finishing their sentences": [
        ("Kept butting in before the chair had finished her point.", "communication:-"),
        ("She kept finishing the interviewer's sentences.", "communication:-"),
    ],
    "slides or notes read out word for word are read, preparation": [
        ("His handouts were good, but he read them word for word.", "preparation:-"),
        ("He read the slides out word for word.", "preparation:-"),
    ],
    "a command of the employer's own affairs, and research done with its extent between": [
        ("He showed a real command of our service lines.", "preparation:+"),
        ("She had clearly done some proper digging on the trust.", "preparation:+"),
    ],
    "what the employer does or offers, told of, looked at or named": [
        ("She couldn't tell us much about the museum's education programme.", "preparation:-"),
        ("He hadn't looked into what the team actually delivers.", "preparation:-"),
        ("She had no idea which our flagship sites were.", "preparation:-"),
        ("He couldn't list any of the products our shop sells.", "preparation:-"),
    ],
    "a logbook's numbers are the record of cases or hours done": [
        ("His logbook figures are strong for a trainee.", "experience:+"),
    ],
    "days or term time offered, or a term of the post not committed to, is availability": [
        ("She can only work Tuesdays and Fridays.", "logistics:-"),
        ("Friendly, but can only do term time.", "attitude:+;logistics:-"),
        ("He couldn't commit to the six-month secondment.", "logistics:-"),
    ],
    "a grip of a subject is a grasp of it; candour about a gap written out in full": [
        ("An impressive grip of the pensions regime.", "skills:+"),
        ("He admitted what he did not know about the budget process.", "attitude:+"),
    ],
}


POLARITY7B_CASES: dict[str, list[tuple[str, str]]] = {
    "a paired header ('Strengths/Development', 'Done well / Do differently') sets two columns": [
        ("Strengths/Development - S: excellent Excel modelling.", "skills:+"),
        ("positives/negatives: calm manner / no CAD experience", "confidence:+;experience:-"),
        ("Done well / Do differently\nEye contact / Shorter answers",
         "communication:-;confidence:+"),
        ("Went well / to improve: the coding exercise was your best part; know our product range.",
         "preparation:-;skills:+"),
        # guard: a single improvements header still rules its list
        ("Development: eye contact, posture.", "confidence:-"),
    ],
    "a level capped by 'at best' is a fault, not the praise 'best' gives": [
        ("Her Spanish is conversational at best.", "skills:-"),
        ("His Excel is intermediate at best.", "skills:-"),
        # guard: the best answer stays praise
        ("Her Excel test was the best of the day.", "skills:+"),
    ],
    "a real word one letter from a cue word is no typo ('causal' is not 'casual')": [
        ("PhD in epidemiology and a paper on causal modelling.", "experience:+"),
        # guard: the misspelt cue word is still corrected
        ("Very enthusiastc about the role.", "attitude:+"),
    ],
    "a credential's name in capitals ('her TIPS certification') spells no advice": [
        ("Knows his cask ales and cellar work, holds a TIPS certificate.",
         "experience:+;skills:+"),
        # guard: tips in lower case still advise
        ("A few tips: slow down and smile more.", "attitude:-;communication:-"),
    ],
    "a credential or tenure that 'only' closes ('CPC-A only', '3 yrs retail only') falls short": [
        ("NVQ Level 2 only, so he would start as a trainee.", "experience:-"),
        ("4 yrs residential only, this is a commercial job.", "experience:-"),
        # guard: the credential alone stays held
        ("Holds NVQ Level 3 in plumbing.", "experience:+"),
    ],
    "an order to keep 'the' quality ('Keep the humour') says what to keep doing": [
        ("Keep the warmth.", "attitude:+"),
        ("1. Keep the humour. 2. Speak up more.", "attitude:+;confidence:-"),
        # guard: keeping a thing in a state stays advice
        ("Keep the answers short.", "communication:-"),
    ],
}


COACH7B_CASES: dict[str, list[tuple[str, str]]] = {
    "knowing a thing, said to be plain, praises it; the employer's own affairs are preparation": [
        ("You clearly know corporate tax law.", "skills:+"),
        ("She obviously understands service delivery models.", "skills:+"),
        ("Calm throughout, and clearly knew the brief.", "confidence:+;preparation:+"),
        ("You clearly knew the bank's lending products.", "preparation:+"),
        ("He clearly knew quite a bit about our stores.", "preparation:+"),
        ("you clearly didn't know the regs.", "skills:-"),  # guard: negated
    ],
    "a call summed up as process lists its agenda: no verdict on the terms": [
        ("Quick call with HR, mostly admin - notice period and salary range.", ""),
        ("Basically just scheduling the final and relocation dates.", ""),
        ("Her salary expectations are well above our band.", "logistics:-"),  # guard
    ],
}


SHORTHAND7B_CASES: dict[str, list[tuple[str, str]]] = {
    "others_late": [
        # Someone else late in shorthand (no verb) or reported with the reporter dropped.
        ("panel 15 mins late, felt rushed. no idea how i did", ""),
        ("cand fb: said assessors were late & chaotic. passing to client", ""),
        ("cand fb on client: said int was chaotic. booking 2nd", ""),
        # ... the candidate late stays a fault.
        ("cand 10 mins late, no call ahead", "logistics:-"),
        ("said he was late", "logistics:-"),
    ],
    "settled_terms": [
        # A logistics term reported settled is where the process stands, no verdict.
        ("Offer made. Notice period of four weeks agreed with her manager.", ""),
        ("cand signed!! start 3 march, visa pending", ""),
        # ... a verdict or a negator beside it keeps its reading.
        ("He confirmed he cannot relocate to Leeds.", "logistics:-"),
        ("You arrived well after the agreed start time.", "logistics:-"),
    ],
    "v_very": [
        # Shorthand "v" is "very".
        ("kid is v green, 1st job after college", "experience:-"),
    ],
}


TRICKY7B_CASES: dict[str, list[tuple[str, str]]] = {
    "a denied feeling or belief spans the clause it opens, as a denied thought does": [
        ("We did not feel there was any issue with his timekeeping.", "logistics:+"),
        ("I don't believe there was any problem with her dress.", "hygiene:+"),
        ("We didn't feel his manner was a concern.", "attitude:+"),
        # guards: a quality still negated, a denied lack still praise
        ("We did not feel she was confident enough for the board.", "confidence:-"),
        ("I don't believe he lacked experience.", "experience:+"),
    ],
    "a word corrected by 'so much as' / 'than as' gives way to the word after": [
        ("His answers weren't vague so much as rambling.", "communication:-"),
        ("It wasn't rudeness so much as impatience.", "attitude:-"),
        ("He came across less as confident than as arrogant.", "attitude:-"),
        ("Her answers weren't unclear so much as unfocused.", "communication:-"),
        # guard: a comparison with the field is no corrected word
        ("She seemed less confident than the other finalists.", "confidence:-"),
    ],
    "'that's another story' answers a yes/no question with a no": [
        (
            "Was she punctual? Yes. Was she polite to reception? That's a different matter.",
            "logistics:+;attitude:-",
        ),
        ("Did he seem keen? That is another story.", "attitude:-"),
    ],
    "the he/she after a pseudo-cleft frame, after a rival, is the rival": [
        (
            "His references were as good as the hire's; what swung it was that she had read"
            " our annual report.",
            "experience:+;preparation:-",
        ),
        # guard: with no rival named, the he/she is the candidate
        (
            "He was polite; what worried me was that he never asked a single question about"
            " the team.",
            "preparation:-",
        ),
    ],
}


FORMAL7B_CASES: dict[str, list[tuple[str, str]]] = {
    "a negated noun phrase takes its adjective with it": [
        ("The board noted that the applicant was not in possession of sufficient knowledge "
         "regarding the fire safety regulations.", "skills:-"),
        ("It was noted that he did not possess adequate knowledge of the GDPR regulations.",
         "skills:-"),
        ("Her answers were lacking in specific detail as regards the results obtained.",
         "preparation:-"),
        # guard: a cue that judges itself keeps its verb ("sound" is no adjective here)
        ("Not once did you sound unsure of yourself during the panel.", "confidence:+"),
    ],
    "the letter's own 'communicate' is the writer telling, not the candidate talking": [
        ("It is with satisfaction that we communicate that the board has found your profile "
         "excellent.", ""),
        ("We hereby communicate that the selection has been concluded positively.", ""),
        ("The Commission communicates that the candidate has been admitted to the final stage "
         "with a very good evaluation.", ""),
        # guards: the candidate's own communicating keeps its verdict
        ("She communicated her ideas clearly and calmly.", "communication:+;confidence:+"),
        ("The candidate communicated well with the panel.", "communication:+"),
    ],
    "the culture of a body is the culture the candidate fits": [
        ("The candidate would integrate very well within the culture of the unit.", "fit:+"),
        ("She was considered an excellent match to the organisational culture of the firm.",
         "fit:+"),
        # guard: a field's safety culture is a subject
        ("His answer on the safety culture of the team was weak.", "skills:-"),
    ],
    "security and serenity of a voice or a bearing are composure, secure knowledge is skill": [
        ("Her tone of voice was very secure throughout the questioning.", "confidence:+"),
        ("The board appreciated the serenity with which she faced the harder questions.",
         "confidence:+"),
        ("He answered with great security, even under pressure.", "confidence:+"),
        ("Secure understanding of phonics and early reading.", "skills:+"),
        # guards: the verb is getting something; a secure unit is a place
        ("He hopes to secure a permanent contract before the summer.", ""),
        ("The role is based at a secure unit.", ""),
    ],
    "scarce is little, a fault of what it qualifies": [
        ("The applicant showed a scarce interest for the activities of the unit.", "attitude:-"),
    ],
    "a quality 'to the point of' something is that quality taken too far": [
        ("His answers were concise to the point of curtness.", "attitude:-;communication:-"),
        # guard: "bordering on" keeps the praise beside the fault
        ("Confident, bordering on cocky.", "attitude:-;confidence:+"),
    ],
    "formal courtesy and its antonym are attitude": [
        ("She treated the panel with great cordiality and conducted herself with decorum.",
         "attitude:+"),
        ("His manner towards the security staff was discourteous.", "attitude:-"),
        # guard: a Spanish sign-off is no verdict
        ("Saludos cordiales, Ana", ""),
    ],
}


SKILLS7C_CASES: dict[str, list[tuple[str, str]]] = {
    "a struggle after a record held judges the task, not the record": [
        ("Ten years in retail banking, but she struggled with the credit-risk questions.",
         "experience:+;skills:-"),
        ("Fully certified, yet struggled to set up the ladder safely.", "experience:+;skills:-"),
        # guards: the experience as the struggle's object, a struggle another theme carries
        ("Struggled to find relevant experience for the role.", "experience:-"),
        ("Has plenty of experience but struggled to explain it simply.",
         "communication:-;experience:+"),
    ],
}


POLARITY7C_CASES: dict[str, list[tuple[str, str]]] = {
    "a one-word topic after 'while you' / 'when you' is the act, taking no header's sign": [
        ("Done well: tidy tests. To improve: explain your thinking aloud while you code.",
         "communication:-;skills:+"),
        ("Good: clean SQL. Better: say your assumptions out loud when you code.", "skills:+"),
    ],
}


COMMS7C_CASES: dict[str, list[tuple[str, str]]] = {
    "wandering_gaze": [
        # Eyes or hands that wander are unease (confidence), not muddled talk.
        ("Your eye contact was all over the place with the second panel member.", "confidence:-"),
        ("In the group task your eyes were everywhere.", "confidence:-"),
        ("hands all over the place during the demo", "confidence:-"),
        # guard: answers all over the place stay communication
        ("Her answers were all over the place.", "communication:-"),
    ],
    "machine_froze": [
        # A device that froze is the link, not the candidate's nerve.
        ("Video interview; my laptop froze twice near the end.", ""),
        ("The webcam kept freezing, so we switched to audio only.", ""),
        # guard: the candidate freezing stays confidence
        ("You froze on the pricing question.", "confidence:-"),
    ],
    "span_too_long": [
        # Months or weeks too long for the employer are the wait (logistics), not talk length.
        ("Client update: eight weeks is too long for them, sadly.", "logistics:-"),
        ("Ten weeks was simply too long for the practice to wait.", "logistics:-"),
        # guard: an answer too long stays communication
        ("Your opening answer was too long.", "communication:-"),
    ],
    "silent_working": [
        # Silence while working a problem is not thinking aloud (communication).
        ("Try not to go silent whenever you get stuck.", "communication:-"),
        ("She went quiet while coding the second exercise.", "communication:-"),
        # guard: silence when challenged stays confidence
        ("He went quiet when the panel challenged his figures.", "confidence:-"),
    ],
}


TRICKY7C_CASES: dict[str, list[tuple[str, str]]] = {
    "a why-not question takes the lack as given: it reports the gap": [
        ("He asked why I hadn't read their annual report.", "preparation:-"),
        ("She liked my answers, but then asked why I hadn't looked at their pricing page.",
         "communication:+;preparation:-"),
        # guard: a plain why question raises a subject, no verdict
        ("She asked why I wanted to leave my current job.", ""),
    ],
    "a cue built on 'whether ... ever' keeps its reading after 'asked'": [
        ("They asked whether I'd ever actually managed a team.", "experience:-"),
        # guard: a plain yes/no question judges nothing
        ("They asked whether I'd be willing to relocate.", ""),
    ],
}


FORMAL7C_CASES: dict[str, list[tuple[str, str]]] = {
    "a step of the process requested of the candidate judges no one": [
        ("The applicant is asked to signal any eventual problems of availability by Friday.", ""),
        ("Applicants are requested to be punctual and to dress formally.", ""),
        ("The interview will be held in Madrid, where a formal attire is requested.", ""),
        ("The candidate shall be required to produce the original diplomas at the verification.",
         ""),
        ("The candidate is kindly requested to be more attentive to the questions.",
         "attitude:-"),
        ("Very shy, she had to be asked to speak up twice.", "confidence:-"),
    ],
}


COACH7C_CASES: dict[str, list[tuple[str, str]]] = {
    "a step up from an earlier session is progress, not a gap in experience": [
        ("Overall a huge step up, and the eye contact was good.", "confidence:+"),
        ("That was a major step up from the first mock.", ""),
        # guard: a move the post asks for is the gap
        ("Running a whole ward would be a big step for her.", "experience:-"),
    ],
    "told to spell out or bring in what one has done: how the answers are built": [
        ("Spell out the internship and what you changed there.", "preparation:-"),
        ("Try to bring in your apprenticeship years more.", "preparation:-"),
    ],
}


LOGISTICS7C_CASES: dict[str, list[tuple[str, str]]] = {
    "a shift's crew or boss is the work, not the hours offered": [
        ("Manager said she'd slot straight into the late shift crew.", "fit:+"),
        ("Holds his shift boss ticket and ten years underground.", "experience:+"),
    ],
    "a notice or contract term that holds the start back": [
        ("Strong candidate, but her contract does not end until March.", "logistics:-"),
        ("He is on a period of notice of three months.", "logistics:-"),
        ("Good engineer but relocation is the blocker.", "logistics:-;skills:+"),
    ],
}


PLAIN7C_CASES: dict[str, list[tuple[str, str]]] = {
    "a record called proven is one shown in post": [
        ("Proven fundraising record at three national charities.", "experience:+"),
        ("A proven sales record in the region.", "experience:+"),
        # guard: denied, it is the gap
        ("He has not got a proven record in sales.", "experience:-"),
    ],
    "a verdict right before a list's first topic judges the whole list": [
        ("No issues with punctuality, appearance or attitude.",
         "logistics:+;hygiene:+;attitude:+"),
        ("No concerns about punctuality or dress.", "logistics:+;hygiene:+"),
        # guard: a word beside another theme's verdict still modifies that verdict
        ("Her confidence dipped badly once the numbers questions started.", "confidence:-"),
    ],
}


DOMAIN8_CASES: dict[str, list[tuple[str, str]]] = {
    "the employer's checks still to come are process, no experience verdict": [
        ("Enhanced DBS and medical to follow via the trust.", ""),
        ("Background screening still outstanding for this one.", ""),
        ("Two years on a busy ward; references to follow.", "experience:+"),  # guard
        ("Her references were outstanding.", "experience:+"),  # guard: praise, not a wait
    ],
    "an unlisted credential not yet held is the experience gap": [
        ("Good on wound care. CPCS not yet obtained.", "skills:+;experience:-"),
        ("PMHNP not yet passed, which the clinic needs.", "experience:-"),
        ("BCBA still pending.", "experience:-"),
        ("CPEng pending.", ""),  # guard: a credential on its way is labelled neither way
    ],
    "work done at a former workplace is time in a role": [
        ("Grew the membership 30% at his previous gym.", "experience:+"),
        ("Oversaw two kitchen refits at her last restaurant.", "experience:+"),
        ("Ran the Sunday lunch service at her last hotel.", "experience:+"),  # no availability
        ("Could not say what he launched at his previous firm.", ""),  # guard: what is missing
    ],
    "energy as a trade's sector is no liveliness": [
        ("Paralegal for the energy litigation team; strong on e-discovery.", "skills:+"),
        ("Great energy in the group task.", "attitude:+"),  # guard
    ],
    "a subject talked through fluently is command of the subject": [
        ("Discussed rota planning and stock rotation fluently.", "skills:+"),
        ("Talked through load calcs and rebar spacing fluently.", "skills:+"),
        ("Spoke fluently and kept to time.", "communication:+"),  # guard: no subject named
    ],
}


TRICKY8T_CASES: dict[str, list[tuple[str, str]]] = {
    "what the panel did not say judges nothing": [
        ("They asked about my visa and my start date, and then said nothing for a fortnight.",
         ""),
        ("The recruiter never said it was my experience or my interview answers.", ""),
        ("They asked about my notice period, but nobody said whether it was an issue.", ""),
        # guard: what the writer never said is still theirs
        ("They asked about my last project and I never said what the result was.",
         "preparation:-"),
    ],
    "work never done, with an adverb between or the teaching verb, is the experience gap": [
        ("The worry was that he has never actually managed anyone.", "experience:-"),
        ("She has never taught a sixth-form class.", "experience:-"),
        ("You've not yet worked anywhere outside retail.", "experience:-"),
        # guard: never having been taught a tool is the skill, not the work
        ("I've never been taught how to use Tableau.", "skills:-"),
    ],
    "how the candidate speaks of a former boss or team is their manner": [
        ("Did you really have to tell us your old boss was an idiot?", "attitude:-"),
        ("Please don't bash your former employer in front of the panel.", "attitude:-"),
        ("She kept bringing up her ex manager's mistakes.", "attitude:-"),
        # guard: a former employer as a source of jargon judges no manner
        ("There were a lot of acronyms from her previous employer.", "communication:-"),
    ],
    "the answers as the place something was looked for judge no delivery": [
        ("Nothing in her answers showed she knew what the role involved.", ""),
        ("At no point in any of your answers did you mention a client.", ""),
        # guard: a delivery fault in the answers is still delivery
        ("There was no structure in your answers.", "communication:-"),
    ],
    "the candidate's own material left unsaid is preparation": [
        ("Why did you never mention your work at the food bank?", "preparation:-"),
        ("She barely mentioned the app project she led.", "preparation:-"),
        # guard: what the recruiter never mentioned judges nothing
        ("The recruiter never mentioned my portfolio.", ""),
    ],
}


TRICKY8P_CASES: dict[str, list[tuple[str, str]]] = {
    "a comparison opener judges the candidate after it, with or without a comma": [
        ("Compared with the other three applicants you were easily the calmest in the room.",
         "confidence:+"),
        ("Next to the other finalists your answers were the clearest, which we noted.",
         "communication:+"),
        ("Unlike the other two, who both took ten minutes each, you got straight to the point.",
         "communication:+"),
        # guard: the candidate compared down stays a fault
        ("Compared with the other candidates you were less confident.", "confidence:-"),
        # guard: a relative clause that praises the rival keeps it the yardstick
        ("Compared with the internal applicant, who has run the unit for six years, "
         "Priya is still new to it.", "experience:-"),
    ],
    "a cleft denial denies its own verdict, not one said outright past the comma": [
        ("It wasn't your track record, which was more than enough.", "experience:+"),
        ("It wasn't your background that let you down, ten years in retail is plenty.",
         "experience:+"),
        # guard: the verdict inside the cleft's own clause is still denied
        ("It wasn't your experience that held you back.", "experience:+"),
    ],
    "a denied opinion verb spans the clause it opens, with 'that' left out too": [
        ("I don't think there was one question all morning you evaded.", "communication:+"),
        ("I wouldn't say anyone on our side found him the least bit rude.", "attitude:+"),
        # guard: a denied praise stays a fault
        ("I don't think your answers on the budget case were ever concise.",
         "communication:-"),
    ],
    "a plain 'It's that' after a 'not that' frame replaces the denied verdict": [
        ("It's not that she wasn't keen. It's that we never saw whether she was.", "attitude:-"),
        ("It's not that he dressed badly. It's that he dressed for the beach.", "hygiene:-"),
        # guard: "It's more that" softens the denial and keeps both verdicts
        ("It's not that she wasn't keen. It's more that it never quite came through.",
         "attitude:+;attitude:-"),
    ],
    "a cleft clause names its own subject, not the topic of the clause before": [
        ("No one questioned his coding skills; what worried us was that he has never actually "
         "supervised a single person.", "experience:-;skills:+"),
        ("They could not fault her enthusiasm; it was her inability to talk us through any of "
         "it that worried them.", "attitude:+"),
        # guard: a verdict-only clause still judges the topic before it
        ("Your algorithm was correct but slow.", "skills:+;skills:-"),
    ],
}


COACH8_CASES: dict[str, list[tuple[str, str]]] = {
    "what the answers held, judged terse or said to be there, is preparation": [
        ("Content was excellent. Work on your posture.", "preparation:+;confidence:-"),
        ("Your content is solid, but the answers ramble.", "preparation:+;communication:-"),
        ("Honestly, the content is all there now.", "preparation:+"),
        # guard: a content portfolio is a work sample, not the answers
        ("Her content portfolio was impressive.", "skills:+"),
    ],
    "a listener lost is talk hard to follow, not a fault of the subject named": [
        ("On the derivatives questions the panel might lose you.", "communication:-"),
        ("The modelling section is where you lose people.", "communication:-"),
        ("You covered the pharmacology part but I lost most of it.", "communication:-"),
        # guard: the employer losing the candidate is no listener lost
        ("We worry that we would lose you to a bigger firm.", ""),
    ],
    "what one has done, barely told or to be told more, is how the answers are built": [
        ("Two years as a shift lead is real experience, so speak about it more.",
         "experience:+;preparation:-"),
        ("Your placement was a real asset and you hardly mentioned it.",
         "experience:+;preparation:-"),
    ],
    "a video call's lighting and background are the room, not the career": [
        ("Lighting fine, background plain. Keep eye contact with the lens.", "confidence:-"),
        ("Lighting and background were good.", ""),
        # guard: a career background keeps its reading
        ("Strong finance background.", "experience:+"),
    ],
    "advice spliced on after a comma is a point of its own, not the verdict before it": [
        ("Your examples were good, you just need to own them.", "preparation:+;confidence:-"),
        ("The content was fine, you simply need to slow down.", "preparation:+;communication:-"),
    ],
}


PLAIN8_CASES: dict[str, list[tuple[str, str]]] = {
    "managing managers is the step a head-of post asks; a post 'is for someone' is a requirement": [
        ("Only a year as a supervisor; the post needs someone who has managed managers.",
         "experience:-"),
        ("The vacancy is for someone who has run a depot before.", "experience:-"),
        # guard: 'good for someone so new' is no requirement
        ("Very good for someone so new to the trade.", ""),
    ],
    "sharing the credit is modesty, claiming more than one did is the boast": [
        ("Quick to give credit to his crew for the refit.", "attitude:+"),
        ("Kept giving others credit for the turnaround.", "attitude:+"),
        ("She never oversells her results.", "attitude:+"),
        ("He does tend to oversell his part in things.", "attitude:-"),
        ("Took all the credit for the merger.", "attitude:-"),
    ],
    "pre-employment checks still to run are process, not a record": [
        ("Offer approved subject to DBS.", ""),
        ("Happy to appoint, subject to refs and DBS.", ""),
        ("Enhanced DBS and occupational health to follow once she accepts.", ""),
        # guard: a DBS held is still the record
        ("Holds a current DBS and a food hygiene certificate.", "experience:+"),
    ],
    "training needed on a tool is the skill missing; little induction needed is a record": [
        ("He would need training on the booking software.", "skills:-"),
        ("Two winters on the lifts already, so he'd need very little training.", "experience:+"),
        ("Needs minimal supervision on the line.", "experience:+"),
    ],
    "the other side of a role-play is no candidate": [
        ("The role-player was rude and she stayed calm.", "confidence:+"),
        ("The mock customer was rude and he kept his cool.", "confidence:+"),
        ("Stayed calm even when the actor was deliberately rude.", "confidence:+"),
    ],
    "materials brought for the panel, with an article before their kind, are preparation": [
        ("Brought a spare copy of his drawings for the panel.", "preparation:+"),
        ("She brought a plan for her first quarter.", "preparation:+"),
        ("Brought a folder of references and certificates.", "preparation:+"),
        # guard: a quality brought to the room is that quality
        ("He brought a lot of energy to the room.", "attitude:+"),
    ],
    "arriving early by a span with words between is punctuality": [
        ("Arrived a good fifteen minutes early and was courteous throughout.",
         "logistics:+;attitude:+"),
        ("Arrived 10 mins early.", "logistics:+"),
        ("Three seasons on the line already, so minimal induction needed.", "experience:+"),
    ],
}


FORMAL8_CASES: dict[str, list[tuple[str, str]]] = {
    "reading a talk off slides or a written page is preparation, as reading from notes is": [
        ("She read the whole pitch straight from the slides.", "preparation:-"),
        ("It was remarked that the applicant read his replies from prepared papers.",
         "preparation:-"),
        ("Demo ok but read off slides for most of it.", "preparation:-"),
    ],
    "a line of argument hard to follow is how it was told, not reasoning or manner": [
        ("Her account was so long that it was hard for us to follow the line of argumentation.",
         "communication:-"),
        ("The exposition lacked order, making it difficult to follow the reasoning.",
         "communication:-"),
        ("Her reasoning on the pricing case was excellent.", "skills:+"),
    ],
}


SELF8_CASES: dict[str, list[tuple[str, str]]] = {
    "a stated requirement in years is the experience gap whatever field follows": [
        ("recruiter says they want 4+ yrs in GMP validation", "experience:-"),
        ("they need 3+ years in a level 2 NICU, i have one", "experience:-"),
        ("client wants 5 yrs in payments.", "experience:-"),
        ("Strong on GMP; they want 3+ yrs though.", "skills:+;experience:-"),  # guard: praise stays
    ],
    "a start named by its day or month is one the candidate can make": [
        ("said i can start tuesday. recruiter sounded relieved", "logistics:+"),
        ("he could start in september", "logistics:+"),
        ("They went with someone who can start next week.", "logistics:-"),  # guard: a rival's
    ],
    "a noun after 'no' is no verb the candidate could not explain": [
        ("agency rang, not progressing. no reason given", ""),
        ("no reason provided by the client", ""),
        ("couldn't explain the fifo valuation method", "skills:-"),  # guard: a verb's object
    ],
}


DOMAIN8B_CASES: dict[str, list[tuple[str, str]]] = {
    "an edition named by its ordinal, known, is a subject, not a qualification held": [
        ("Knew IET 17th edition inside out.", "skills:+"),
        ("Knows IEE 18th edition well.", "skills:+"),
    ],
    "a pay word inside the object of a knowing cue is a subject of the work": [
        ("Knew the pension auto-enrolment and payroll rules well.", "skills:+"),
        ("Strong on salary benchmarking and job evaluation.", "skills:+"),
        ("Knew what salary to ask for, which was too high.", "logistics:-"),  # guard: terms
    ],
    "a piece of the trade's own work never done, with its object, is the record's gap": [
        ("Hasn't done a full rewire on his own.", "experience:-"),
        ("She has never operated a crane on a live site.", "experience:-"),
        ("He's never first-chaired a trial.", "experience:-"),
        ("Has never filed a tax return for a client.", "experience:-"),
    ],
}


PLAIN8B_CASES: dict[str, list[tuple[str, str]]] = {
    "a sentence opening on an article and qualities before 'candidate with/who' describes him": [
        ("A highly experienced candidate with twenty years in freight forwarding.",
         "experience:+"),
        ("Senior-level applicant with ten years in payroll.", "experience:+"),
        ("A calm, articulate candidate who simply lacked the years on a ward we require.",
         "confidence:+;communication:+;experience:-"),
        # guards: a choice or a requirement before the phrase keeps the rival
        ("We went with a candidate with twenty years in freight forwarding.", "experience:-"),
        ("A candidate who answered the scenario questions more fully was selected.",
         "communication:-"),
    ],
    "'without' before a slip (losing, blinking, sounding ...) denies it: praise of what was done": [
        ("Took the panel through a tricky pricing structure without losing any of them.",
         "communication:+"),
        ("Gave the structure of her plan without missing a step.", "communication:+"),
        # guards: 'without' before a thing missing, or an act left out, stays a fault
        ("Her answers came without structure.", "communication:-"),
        ("Talked through the structure without checking.", "communication:-"),
    ],
}


TRICKY8B_CASES: dict[str, list[tuple[str, str]]] = {
    "a denied topic that only modifies a fault noun denies the fault, not the topic": [
        ("Not a communication problem at all.", "communication:+"),
        ("Not a confidence issue in the slightest.", "confidence:+"),
        # guard: a topic denied with no fault noun after it stays a lack
        ("Not enough experience for a senior post.", "experience:-"),
    ],
    "the contrast after it takes the fault, with the fault noun left out ('one')": [
        ("Less a communication issue than a preparation one.",
         "communication:+;preparation:-"),
        ("Not so much a confidence problem as a research one.", "confidence:+;preparation:-"),
    ],
}


EXTRAS8B_CASES: dict[str, list[tuple[str, str]]] = {
    "a short label naming the process's result is a form field, not a story's result": [
        ("Outcome: not successful on this occasion.", ""),
        ("Final outcome: unsuccessful, another applicant preferred.", ""),
        ("Decision: appointable; strong on the safeguarding scenario.", "skills:+"),
        # guard: a topic label keeps its theme
        ("Prep: weak, had not looked at our website.", "preparation:-"),
    ],
    "presence required on a site, and letters' formulas of record, judge nobody": [
        ("Site presence is required four days a week.", ""),
        ("The panel met in the presence of the director of nursing.", ""),
        ("We confirm receipt of your documents and thank you for applying.", ""),
        ("We hope the experience of the selection day was a useful one.", ""),
        # guard: bearing is still confidence
        ("He has a strong presence in the room.", "confidence:+"),
    ],
    "a budget of a named kind, year or sum, or a budget problem or post, is not the pay band": [
        ("Due to a revision of our 2026 budget, the position has been suspended.", ""),
        ("She ran the drama club's £15k budget for two years.", "experience:+"),
        ("For a budget analyst job that gap matters.", ""),
        # guard: the pay band and a shift's hours stay the candidate's terms
        ("His ask was well above our budget.", "logistics:-"),
        ("Can't do the 6a-2p shift.", "logistics:-"),
    ],
    "documentation of a trade is subject matter, not papers prepared for the panel": [
        ("Solid on HACCP documentation.", "skills:+"),
        ("Needs more exposure to shipping documentation.", "experience:-"),
        # guard: papers read beforehand or brought are preparation
        ("Had clearly not read the documentation we sent.", "preparation:-"),
        ("We appreciated the documentation brought in complete form.", "preparation:+"),
    ],
    "prep as a kitchen's or a lab's own stage is the work done, not preparing for the panel": [
        ("Veg prep was quick and tidy.", "skills:+"),
        ("Sample prep solid, data analysis weaker.", "skills:+;skills:-"),
        # guard: prep for the interview is preparation
        ("Clearly did no prep for the interview.", "preparation:-"),
    ],
}


RECALL8B_CASES: dict[str, list[tuple[str, str]]] = {
    "tenure that ends on a preposition takes the post as its place, not a post's title": [
        ("Nine years in the role and steady throughout.", "experience:+"),
        ("3 yrs in sales roles.", "experience:+"),
        ("Twelve years in post.", "experience:+"),
        # guard: a credential right before a post noun still names the post
        ("Band 6 RGN interview on Tuesday.", ""),
    ],
    "an acronym's holder holds the credential": [
        ("CISSP holder; quiet in the panel section.", "experience:+;confidence:-"),
        ("PMP holder with public-sector programmes behind her.", "experience:+"),
        # guards: a holder of no credential, a holder required
        ("The policy holder was not the candidate.", ""),
        ("Applicants must be a CISSP holder.", ""),
    ],
}


ANSWERS8B_CASES: dict[str, list[tuple[str, str]]] = {
    "answers named by their kind or by what they answered judge content, not delivery": [
        ("Pricing strategy answers were sharp.", ""),
        ("Your case answer was weak.", ""),
        ("Gave a great answer on how he'd cut the backlog.", ""),
        ("Your answers to the behavioural questions need real situations, not hypotheticals.",
         ""),
    ],
    "a delivery word keeps them communication": [
        ("Her answers to the situational questions were rambling.", "communication:-"),
        ("Answers were crisp and to the point.", "communication:+"),
    ],
    "answering the questions on a subject judges knowing the subject": [
        ("She couldn't answer the questions on IFRS 9 at all.", "skills:-"),
        ("He answered the questions about VAT returns really well.", "skills:+"),
    ],
}


COACH8C_CASES: dict[str, list[tuple[str, str]]] = {
    "an asset praised after another theme's praise repeats that praise, no experience": [
        ("Your patience and honesty were a real asset. Work on your posture.",
         "attitude:+;confidence:-"),
        ("Her composure is a real asset on the ward.", "confidence:+"),
        ("Your placement at the bank is a real asset.", "experience:+"),
    ],
}


EMAIL8C_CASES: dict[str, list[tuple[str, str]]] = {
    "own research is the record": [
        # The candidate's research as a body of work is the trade's skill or record, not
        # homework on the employer; a sign-off's wishes for the future judge nothing.
        ("The committee admired your research portfolio.", "skills:+"),
        (
            "She summarised her postdoctoral research with great clarity.",
            "communication:+;experience:+",
        ),
        ("With best wishes for your future research, we remain yours.", ""),
        ("Your research on our clinics was thorough.", "preparation:+"),
    ],
}


SELF8C_CASES: dict[str, list[tuple[str, str]]] = {
    "the writer's own remedy after a fault restates it, no second theme": [
        ("kept reading the figures off my notes. should know them by heart", "preparation:-"),
        ("didn't know the new GDPR guidance they raised. need to read up on it", "skills:-"),
        ("got defensive about the gap. should've just answered it plainly", "attitude:-"),
        # guard: advice to have an answer ready names the preparation missing
        (
            "got defensive about the gap. need a proper answer ready for that",
            "attitude:-;preparation:-",
        ),
    ],
}


PLAIN9_CASES: dict[str, list[tuple[str, str]]] = {
    "a stance stated firmly is what the candidate wants, no clear delivery": [
        ("She was clear she couldn't relocate to Dundee.", "logistics:-"),
        ("He made clear that weekend shifts were out of the question.", "logistics:-"),
        ("Was very clear that she won't take a pay cut.", "logistics:-"),
        ("He was clear and well organised throughout.", "communication:+"),  # guard
    ],
    "a wish for what the panel would rather have seen names the gap": [
        ("I'd rather have seen more enthusiasm for the role.", "attitude:-"),
        ("We'd have preferred more detail in her examples.", "preparation:-"),
    ],
    "not attending the slot at all is the punctuality fault": [
        ("Did not show up for the 11am interview.", "logistics:-"),
        ("He never turned up and didn't phone.", "logistics:-"),
        ("Failed to turn up to the second stage.", "logistics:-"),
    ],
    "an inspector's grade of the employer is no verdict on the candidate": [
        ("Had read our inspection report and asked why the home was rated 'requires improvement'.",
         "preparation:+"),
        ("She'd looked at our CQC report and came with ideas for the 'requires improvement' areas.",
         "preparation:+"),
        ("His answers require improvement.", "communication:-"),  # guard
    ],
    "a post's or a task's brief is the remit, no delivery": [
        ("Really keen on the youth outreach brief.", "attitude:+"),
        ("Picked up every detail in the client brief.", ""),
        ("We offered the post to someone whose profile fits the brief better.", "fit:-"),
        ("His answers were refreshingly brief.", "communication:+"),  # guard
        ("Keep it brief.", "communication:-"),  # guard
    ],
    "time served told as a span is the record": [
        ("He has been a duty manager for seven years.", "experience:+"),
        ("She's coached at county level for over a decade.", "experience:+"),
        ("Has taught GCSE physics for many years.", "experience:+"),
        ("Six summers as a lifeguard at the lido.", "experience:+"),
        ("Has been out of work for two years.", ""),  # guard: a span away from work
        ("Had been using our booking app for months.", ""),  # guard: homework, not tenure
    ],
    "a gap the writer calls basic to the post is the trade's skill": [
        ("Couldn't say how she would triage the call queue, which is basic for this desk.",
         "skills:-"),
        ("Wasn't sure what a method statement covers, which is basic at this level.", "skills:-"),
        ("He couldn't work weekends, which are a core part of the rota.", "logistics:-"),  # guard
    ],
    "knowing what a place of work is like is familiarity, no subject known": [
        ("Spent three summers on a farm, so he knows what a lambing shed is like.", "experience:+"),
        ("She knows what the food safety regulations require.", "skills:+"),  # guard
    ],
    "charm put on for the panel after a slight to the staff is no warmth": [
        ("Curt with the porter at the door, then all smiles once the panel arrived.", "attitude:-"),
        ("Hardly acknowledged the café staff, then she was all charm with the director.",
         "attitude:-"),
        ("All smiles and lovely with the children.", "attitude:+"),  # guard
    ],
    "a trait of wit listed with another theme's praise takes that praise's sense": [
        ("Bright and enthusiastic all afternoon.", "attitude:+"),
        ("Sharp and eloquent in the final round.", "communication:+"),
        ("Clearly bright and capable.", "skills:+"),  # guard: praise of its own theme
    ],
}


FORMAL9_CASES: dict[str, list[tuple[str, str]]] = {
    "a nominalised grasp judged by its extent, with any preposition": [
        ("The applicant demonstrated a comprehensive knowledge of maritime law.", "skills:+"),
        ("She exhibited a deep understanding on the tax treaties.", "skills:+"),
        ("The board noted a profound knowledge of the railway codes.", "skills:+"),
        (
            "The candidate displayed a high level of preparedness regarding our projects.",
            "preparation:+",
        ),
        # guard: a bare 'understanding' (of a person) is no grasp of a subject
        ("We thank you for your understanding.", ""),
    ],
    "a negated conformity judges what came before it, not the standard it names": [
        (
            "His clothing was not judged to be in accordance with the formal dress code of the "
            "bank.",
            "hygiene:-",
        ),
        (
            "Her conduct towards the receptionist was not in line with our standards of courtesy.",
            "attitude:-",
        ),
        (
            "Her manner with the porter was not in keeping with the standards of courtesy "
            "we expect.",
            "attitude:-",
        ),
        (
            "He wore jeans and a hoodie, which is not in line with the dress code for a team "
            "leader.",
            "hygiene:-",
        ),
        # guard: a verdict after the standard's comma keeps its own reading
        (
            "Her attire was not in keeping with the formal occasion, and her answers were vague.",
            "hygiene:-;preparation:-",
        ),
    ],
    "a start offered against what the employer requires, after a contrast, is unmet": [
        (
            "The applicant can commence only after a notice of four months, whereas the "
            "ministry requires an entry into service in May.",
            "logistics:-",
        ),
        (
            "The candidate is available to take up duties from the first of October, whereas "
            "the department needs someone in post by July.",
            "logistics:-",
        ),
        # guard: a contrast with no start before it names no terms
        (
            "The candidate was courteous, whereas the post requires a firmer manner.",
            "attitude:+;attitude:-",
        ),
    ],
    "lateness not announced or explained is the lateness, no second fault": [
        (
            "The applicant arrived forty minutes after the appointed time and did not offer any "
            "explanation.",
            "logistics:-",
        ),
        # guard: a missing apology for lateness stays the manner's fault
        ("He arrived late and did not apologise.", "attitude:-;logistics:-"),
        # guard: an explanation missing with no lateness is still a fault
        ("She did not offer any explanation of her method.", "communication:-"),
    ],
    "a letter's frankness marker announces its point, no candour of the candidate's": [
        ("To be upfront with you, your answers ran far too long.", "communication:-"),
        ("Some honest observations, as you asked: your answers ran long.", "communication:-"),
        # guard: the candidate upfront about a gap is candour
        ("She was upfront about her gaps.", "attitude:+"),
    ],
    "reading from a written page with its article, or told in the passive, is preparation": [
        ("The applicant was reading mostly from the printed notes.", "preparation:-"),
        ("The panel noted that the answers were read aloud from a sheet.", "preparation:-"),
        # guard: papers the candidate prepared, not read from, are no reading
        ("She had prepared a short paper for the panel.", "preparation:+"),
    ],
    "reading up told reflexively is the act of preparing": [
        ("He had not acquainted himself with the annual plan of the Trust.", "preparation:-"),
        (
            "She is commended for having familiarised herself carefully with the charity's "
            "strategy.",
            "preparation:+",
        ),
        # guard: advice to 'familiarise yourself with' a standard names a subject to learn
        ("Advice: familiarise yourself with the safeguarding policy.", "skills:-"),
    ],
    "'matters' after an article or a field's word is the noun, not advice": [
        ("She showed a sound knowledge in the matters of fire safety.", "skills:+"),
        ("He was found competent in the legal matters raised by the panel.", "skills:+"),
        # guard: the verb still says what counts
        ("Your appearance was immaculate, which matters in private banking.", "hygiene:+"),
    ],
    "a letter's 'for your development' frames the points, no skill of its own": [
        (
            "For your development, the panel felt that your hands-on experience with stock "
            "systems was more limited than the role requires.",
            "experience:-",
        ),
        (
            "For your development, the panel noted that your examples would benefit from more "
            "detail on outcomes.",
            "preparation:-",
        ),
        # guard: development as the trade's work stays a skill
        ("Her software development skills were excellent.", "skills:+"),
    ],
    "'we wish to' and a telling verb frames a verdict, no courtesy to skip": [
        ("We wish to state that the applicant's answers were far too long.", "communication:-"),
        (
            "We wish to express our appreciation for the punctuality of the applicant.",
            "logistics:+",
        ),
        # guard: the sign-off's wish stays courtesy
        ("We wish you every success in your career.", ""),
    ],
}


EXTRA9_CASES: dict[str, list[tuple[str, str]]] = {
    "what terse or end-of-interview questions asked about is their subject, no verdict": [
        ("Asked two good qs at the end about the training budget.", "preparation:+"),
        ("Asked sharp questions at the end about induction and training.", "preparation:+"),
        ("Asked sensible questions at the end about pay and the training plan.", "preparation:+"),
        # guard: a question handled, not asked, keeps what judges its handling
        (
            "You handled the tricky question about the audit with real composure.",
            "confidence:+;preparation:+",
        ),
    ],
    "terms named only as a talk that did not happen, or is put off, judge nothing": [
        ("Pay and notice period were not really discussed on the call.", ""),
        ("Relocation never came up.", ""),
        ("Notice period didn't come up at all.", ""),
        ("Salary and start date will all be discussed at offer stage, not now.", ""),
        # guard: a verdict on the terms, before or after the talk, still judges them
        ("Can't start until March, which was not discussed with the agency.", "logistics:-"),
        ("Salary not discussed, but his ask is well above our band.", "logistics:-"),
    ],
    "a topic noun an answer method heads is the method's own form, not delivery": [
        ("Her STAR structure was really strong today.", "preparation:+"),
        ("Used the STAR structure well throughout.", "preparation:+"),
        # guard: a delivery verdict of its own still judges delivery
        (
            "STAR structure fine, but he rambled on the conflict question.",
            "communication:-;preparation:+",
        ),
    ],
    "being clear that something holds states a position, no verdict on delivery": [
        ("You were clear that this wasn't possible for you.", ""),
        ("She made clear that it would not work for her.", ""),
        ("He made clear that nights were out of the question.", "logistics:-"),
        # guard: clear speech is still delivery
        ("Her explanation was clear and well paced.", "communication:+"),
        ("You were clear, concise and calm.", "communication:+;confidence:+"),
    ],
    "long of a day or a span of time is no length of talk": [
        ("Long day: three interviews back to back.", ""),
        ("She explained the year-long gap with no fuss.", ""),
        # guard: long answers are still delivery
        ("Your answers were long and unfocused.", "communication:-"),
    ],
    "grammar and spelling are the written craft (skills), not spoken delivery": [
        ("The grammar in his written task was excellent.", "skills:+"),
        ("Her cover note had a number of grammar errors.", "skills:-"),
        ("Lots of spelling mistakes in the written test.", "skills:-"),
        # guard: typos on slides stay with the talk's materials
        ("Your slides had typos.", "communication:-"),
    ],
    "a letter's 'for your development' frames its advice, no skills of its own": [
        (
            "For your development, the panel noted that your examples would benefit from"
            " more detail.",
            "preparation:-",
        ),
        (
            "For your development, we felt your hands-on experience of payroll was limited.",
            "experience:-",
        ),
        # guard: the advice's own subject still judges
        (
            "For your development, your understanding of the tax rules was not yet at the"
            " depth needed.",
            "skills:-",
        ),
    ],
    "an offer made by word of mouth, and a class's story time, judge no speech or stories": [
        ("Offer made verbally on Friday and accepted.", ""),
        ("The children clearly warmed to him during story time.", "attitude:+"),
        ("Excellent with the kids in the story-time session.", ""),
        # guard: the candidate's own stories are still preparation
        ("Her stories were well chosen and had numbers in them.", "preparation:+"),
    ],
}


COACH9_CASES: dict[str, list[tuple[str, str]]] = {
    "a quality asked for 'more' is the verdict, a topic after it where it is wanted": [
        ("Can you bring more enthusiasm to the 'why this role' answer?", "attitude:-"),
        ("I'd like to hear more passion when you explain why you want to teach.", "attitude:-"),
        ("Show a bit more interest in the pharmacy itself.", "attitude:-"),
        # guard: a fault that judges itself keeps its own verdict
        (
            "I'd like to see more energy when you talk, and less rambling about your placement.",
            "attitude:-;communication:-",
        ),
    ],
    "cutting judges what is cut: grooming named beside it is grooming, not the talk": [
        ("Appearance: the moustache needs trimming for the cabin crew panel.", "hygiene:-"),
        ("Your nails need trimming before the kitchen trial.", "hygiene:-"),
        # guard: talk cut is delivery
        ("Your intro needs trimming.", "communication:-"),
    ],
    "a permission frame allows an act, it praises none": [
        ("Your nerves showed. It's perfectly okay to pause before you answer.", "confidence:-"),
        ("It's fine to use examples from your retail job too.", ""),
        # guard: a denied permission is a fault
        ("It's not okay to turn up late.", "logistics:-"),
    ],
    "hair to be tied back is grooming advice, not an example tied back to the role": [
        ("For the bakery shift, please tie your hair back.", "hygiene:-"),
        ("Next time tie your hair up before the ward visit.", "hygiene:-"),
        # guard: an answer tied back to the role is preparation
        ("You tied your answers back to the role nicely.", "preparation:+"),
    ],
    "dress advice with the clothes left unsaid is still dress advice": [
        ("Next time, something a little smarter for the bank.", "hygiene:-"),
        ("Go a notch smarter for the director round.", "hygiene:-"),
        ("Dress one level up for the client meeting.", "hygiene:-"),
    ],
    "a span of seconds or minutes said of a piece of talk is the delivery's length": [
        ("Keep your elevator pitch to sixty seconds.", "communication:-"),
        ("Your 'why nursing' answer lasted five minutes.", "communication:-"),
        # guard: a span with no talk is no delivery
        ("We arrived ten minutes early for the panel.", "logistics:+"),
    ],
    "posture advice and backing down when pushed are composure": [
        ("Try sitting back in your seat when they question you.", "confidence:-"),
        ("She was perched at the front of her chair throughout.", "confidence:-"),
        ("The moment the chair challenged your figures you backed down.", "confidence:-"),
        # guard: not backing down is composure kept
        ("He never backed down under pressure.", "confidence:+"),
    ],
}


SELF9_CASES: dict[str, list[tuple[str, str]]] = {
    "a third party's stance in shorthand judges no one (stances.py)": [
        ("cand calm throughout. client keen for a second chat", "confidence:+"),
        ("went over time on the intro, the chair looked bored", "communication:-"),
        ("cand late by 15 mins. mgr not bothered, booked a 2nd", "logistics:-"),
        ("overran on my intro, interviewer seemed distracted, kept checking his phone", (
            "communication:-"
        )),
        ("hiring mgr still lukewarm after the case", ""),
        ("rambled on the intro. assessors smiling and nodding by the end", "communication:-"),
        # guards: the candidate's own stance, and a cue past the party's stance
        ("cand really keen, asked about the team", "attitude:+"),
        ("hm still keen, loved her enthusiasm", "attitude:+"),
        ("They kept circling back to my 2 yrs in sales, felt it wasn't enough", "experience:-"),
    ],
    "a denied happening ('didn't come up', 'nobody flinched') judges nothing (non_events.py)": [
        ("gave them my rate, the director didn't even blink", ""),
        ("relocation never came up, which surprised me", ""),
        ("salary expectations weren't discussed at all", ""),
        ("asked for 60k and no one flinched", ""),
        # guards: a denied act of the candidate's own, and a bad reaction to the figure
        ("didn't prepare any questions for them", "preparation:-"),
        ("asked for 60k and the manager winced", "logistics:-"),
    ],
    "slides praised by a plain good word are the material prepared, not the talk": [
        ("my deck was really strong, shame about the Q&A", "preparation:+"),
        (
            "rambled through the opening. the slides themselves were fine",
            "communication:-;preparation:+",
        ),
        # guard: a clarity or density word keeps the slides' delivery
        ("slides were clear and well paced", "communication:+"),
        ("slides were cluttered", "communication:-"),
    ],
    "a bare report of what was worn, judged out of place in a later sentence, is no praise": [
        ("Wore my three-piece. Bit overdressed for a design agency tbh.", "hygiene:-"),
        ("wearing the interview suit. everyone in t-shirts. massively overdressed", "hygiene:-"),
        # guard: dress praised in its own words stays praise
        ("Wore the grey suit, looked smart. Slightly overdressed though.", "hygiene:+;hygiene:-"),
    ],
    "enthusiasm in everyday words ('fired up', 'buzzing') is attitude": [
        ("so fired up for this role, hope they could tell", "attitude:+"),
        ("was buzzing after the site tour", "attitude:+"),
        # guard: a phone buzzing is no one's enthusiasm
        ("my phone kept buzzing on the table", ""),
    ],
    "knowing what the employer owns is homework, not skills (employer_known.py)": [
        ("didn't know the first thing about their loyalty scheme", "preparation:-"),
        ("blanked on their chair's name, mortifying", "preparation:-"),
        ("really switched on about their new clinic", "preparation:+"),
        # guards: the trade's knowledge, and a blank on the panel's question
        ("didn't know the Building Regs part L changes", "skills:-"),
        ("blanked on their question about VAT thresholds", "skills:-"),
    ],
    "a case's numbers that came out right are the calculation, skills, not numbers brought": [
        ("pricing case ok, my figures added up in the end", "skills:+"),
        ("did the market sizing and got to a reasonable number", "skills:+"),
        # guard: numbers brought to the panel stay preparation
        ("knew the numbers from their annual report", "preparation:+"),
    ],
    "the meeting running out of time is the session's clock, no failed test": [
        ("good chat about the role, we ran out of time before the tour", ""),
        # guard: the candidate running out of time on a test is the test not finished
        ("ran out of time on the verbal reasoning section", "skills:-"),
    ],
}


DOMAIN9_CASES: dict[str, list[tuple[str, str]]] = {
    "two things of a subject mixed up are a gap in the subject, not muddled delivery": [
        ("Confused accruals and prepayments in the journal exercise.", "skills:-"),
        ("She got the insulin sliding scale muddled.", "skills:-"),
        ("He mixed it up with the Part L rules.", "skills:-"),
        ("The reporting thresholds were muddled.", "skills:-"),
        # guards: the employer, the talk itself, an adjective
        ("You confused our trust with a competitor.", "preparation:-"),
        ("His explanation of the design was muddled.", "communication:-"),
        ("She explained it in a muddled way.", "communication:-"),
    ],
    "a tidiness word said of a thing of the work judges the work, not the turnout": [
        ("Her stitching on the seam was neat.", "skills:+"),
        ("Laid a neat bead of mastic round the bath.", "skills:+"),
        ("His wiring at the consumer unit was untidy.", "skills:-"),
        # guards: dress and the candidate stay dress
        ("Hair neat and tied back.", "hygiene:+"),
        ("Neatly turned out in a pressed shirt.", "hygiene:+"),
    ],
    "a year word hyphened to an ordinal is a year group, not time served": [
        ("Couldn't describe how he'd run a tutorial for first-years.", "skills:-"),
        ("Weak on how she'd mark second-years' essays.", ""),
        ("Only four years in the classroom.", "experience:-"),  # guard
    ],
    "a decimal number of years is one number, its point no sentence end": [
        ("Only 1.5 yrs in post.", "experience:-"),
        ("Only 2.5 years in the sector.", "experience:-"),
        ("Three years in post, under our 3,000 minimum.", "experience:+;experience:-"),
    ],
    "hours a trade logs are its record": [
        ("Logbook shows 900 hrs, 300 on type.", "experience:+"),
        ("Has 600 supervised hours towards accreditation.", "experience:+"),
        ("Needs more hours on type before we can take her.", "experience:-"),
    ],
    "a trade's term spelled with 'interest' is subject matter, not keenness": [
        ("Missed the conflict of interest in the audit scenario.", "skills:-"),
        ("Explained how rising interest rates hit the bond book well.", "skills:+"),
        ("Showed real interest in the team.", "attitude:+"),  # guard
    ],
    "time in a post counted in months is tenure": [
        ("Nine months locuming in A&E.", "experience:+"),
        ("Eighteen months at a regional law firm.", "experience:+"),
        ("Only nine months at the bank.", "experience:-"),  # guard: 'only' is the shortfall
    ],
    "a degree or licence of a trade named alone is held": [
        ("MBChB from Leeds, now an F2.", "experience:+"),
        ("Cert IV in training and assessment.", "experience:+"),
        ("A final-year BPharm student.", ""),  # guard: a course in its year
    ],
    "a method the candidate could not tell is a gap in the work": [
        ("He could not explain how he would triage a waiting list.", "skills:-"),
        ("Couldn't say how she'd plan a unit of work for Year 10.", "skills:-"),
        ("Twelve years on the tools, yet couldn't describe how he'd size a cable run.",
         "experience:+;skills:-"),
    ],
}


TRICKY9_CASES: dict[str, list[tuple[str, str]]] = {
    "a bare statement of ability or availability meets the term: a strength, not a fault": [
        ("He could relocate.", "logistics:+"),
        ("She can commute from Reading without any trouble.", "logistics:+"),
        ("He can work weekends.", "logistics:+"),
        ("Available for all night shifts.", "logistics:+"),
        ("She is available to start in three weeks.", "logistics:+"),
        # guards: a requirement, a condition, a doubt, a reported promise, a limit, a rival
        ("We need someone who can relocate.", "logistics:-"),
        ("If he could relocate we would offer tomorrow.", "logistics:-"),
        ("Not sure she can commute that far.", "logistics:-"),
        ("The person we hired could relocate.", "logistics:-"),
        ("You're not available until mid-March.", "logistics:-"),
    ],
    "a yes/no question asking an ability, answered 'No', is the fault": [
        ("Could he start before Easter? No, and that settled it.", "logistics:-"),
        ("Can she relocate? No.", "logistics:-"),
        ("Can she relocate? Yes, happily.", "logistics:+"),
        # guard: 'Could you ...?' is a request
        ("Could you relocate?", "logistics:-"),
    ],
    "a negation reaches over an aside set off by commas right after the negator": [
        ("She was never, in all the hours we watched her, rude to the porters.", "attitude:+"),
        ("He was not, whatever the agency told you, late.", "logistics:+"),
        (
            "I wouldn't say, having read his file twice and asked around, that he was concise.",
            "communication:-",
        ),
        # guards: a negator with its target before the comma, a new point after the aside
        ("Not unfriendly, exactly, but not warm either.", "attitude:-"),
        ("No, she was calm, confident and clear.", "communication:+;confidence:+"),
    ],
    "a clause pointing back at the topic ('none of it') after an ellipsis still judges it": [
        (
            "It's not that he lacks experience - he has loads - but none of it is in retail.",
            "experience:+;experience:-",
        ),
        (
            "Nobody doubted her experience - she has heaps - but none of it was in a hospice.",
            "experience:+;experience:-",
        ),
        (
            "It isn't that she lacks experience - she has lots - it's that little of it was"
            " client-facing.",
            "experience:+;experience:-",
        ),
        # guard: a clause of its own after the ellipsis keeps its own reading
        ("Experience was fine - plenty of it - and she was on time.", "experience:+;logistics:+"),
    ],
    "'Also no' answers the next question in a row; a standard named by its level is no rival": [
        (
            "Did she know the Care Act? Yes. Did she have the NVQ Level 3 they asked for?"
            " Again, no.",
            "experience:-;skills:+",
        ),
        ("Did it show the grasp of tax law we need at partner level? No.", "skills:-"),
        # guard: 'Also,' before a finding is no answer
        ("Also, no questions at the end.", "preparation:-"),
    ],
    "he'd / she'd after a comparison opener or a rival's clause is that clause's subject": [
        ("Unlike the other two finalists, she'd read our last annual report.", "preparation:+"),
        (
            "Her answers were as good as the hire's; what decided it was that he'd already"
            " run a bakery.",
            "experience:-",
        ),
    ],
    "a rival named only after 'than' is a yardstick: the he/she after it is the candidate": [
        (
            "Although her CV was thinner than the other finalists', she was the calmest of all.",
            "confidence:+;experience:-",
        ),
        # guard: a rival as the subject hands its pronoun on
        ("The hire had led a team, and she was calmer.", "confidence:-;experience:-"),
    ],
    "a negator that denies talking about a term ('not discussed') judges no term": [
        ("Notice period not discussed yet.", ""),
        ("Relocation never came up in the call.", ""),
        ("Salary and start date to be discussed at offer stage, not now.", ""),
        # guards: the candidate's own omission, and a term judged
        ("You never discussed your notice period.", "logistics:-"),
        ("She is not late.", "logistics:+"),
    ],
    "answering what was asked, written out, is the talk; a cost paid in it is its lack": [
        ("He never really answered what we asked.", "communication:-"),
        # guard: what the candidate expected to be asked is another answer
        ("Twice you answered what you expected to be asked.", ""),
        ("Calm, and answered what was actually asked.", "communication:+;confidence:+"),
        ("Lots of detail, but at the expense of answering what we asked.", "communication:-"),
    ],
    "a euphemism's politeness is the speaker's, not the candidate's manner": [
        ("The recruiter called my answers 'comprehensive', a kind way of saying too long.",
         "communication:-"),
        # guard: politeness as the candidate's manner
        ("He was polite to everyone at reception.", "attitude:+"),
    ],
}


COACH9B_CASES: dict[str, list[tuple[str, str]]] = {
    "the result an example ends on, asked for or missing, is its content (preparation)": [
        ("Next time, land each answer with a result.", "preparation:-"),
        ("Your answers about teamwork lacked a result.", "preparation:-"),
        ("Less scene-setting, and more about the result.", "preparation:-"),
    ],
    "'why this X' with the employer's own kind is the motivation question (preparation)": [
        ("Work on 'why this trust' before Friday.", "preparation:-"),
        ("Work on the 'why this university' question.", "preparation:-"),
    ],
    "a bare answer judged right, safe or strong is judged for worth, not delivery": [
        ("Your answers were safe and correct.", ""),
        ("Your answers were accurate.", ""),
        # guard: a delivery word beside them keeps the delivery reading
        ("Your answers were accurate but rambling.", "communication:-"),
    ],
    "an answer to a quoted question names the question, so it judges the content": [
        # no delivery mention: 'weakness' there is the question's word, no verdict on the talk
        ("Work on your answer to 'what's your biggest weakness'.", ""),
        # guard: an answer to what was asked (no quote) is relevance, delivery
        ("Your answers to what we asked drifted off the point.", "communication:-"),
    ],
    "an advice frame asks for an act: a bare trade or record noun in it is what it is about": [
        ("Next time keep the safeguarding answer under two minutes.", "communication:-"),
        ("Could you say more about your own part in the internship?", "preparation:-"),
        ("Needs to wear closed shoes to the lab practical.", "hygiene:-"),
        # guard: two points advised, parted by 'and', keep their own readings
        ("Work on your SQL and your eye contact.", "confidence:-;skills:-"),
        # guard: the trade noun alone under the advice is a gap in it
        ("Work on your SQL.", "skills:-"),
    ],
    "a wish with an adverb between or naming who acts is advice, not the act done": [
        ("I'd also like you to look at their latest annual report.", "preparation:-"),
        ("He may also want to read up on the new curriculum framework.", "preparation:-"),
        ("They'd like you to research the school before the next round.", "preparation:-"),
        # guard: past praise with 'really' is no wish
        ("We really liked that you had read up on our new depot.", "preparation:+"),
    ],
    "what the panel puts or feels is theirs: a hostile question, panels made nervous": [
        ("You stayed calm on the hostile question about the overspend.", "confidence:+"),
        ("Don't slag off your old school; it makes interviewers nervous.", "attitude:-"),
        # feet set flat are posture, no flat manner
        ("Sit tall with your feet flat.", ""),
        # guard: the candidate's own hostility stays a fault of manner
        ("You were hostile when I pushed on the numbers.", "attitude:-"),
    ],
    "a dress rehearsal is the mock itself; finding out about the employer is homework": [
        ("Dress rehearsal for the bank interview: the navy suit is perfect.", "hygiene:+"),
        ("Could you find out more about their care homes before Monday?", "preparation:-"),
    ],
    "how to answer the pay question is an answer to prepare, not the terms": [
        ("Think about how you'd answer the pay question before the final round.", "preparation:-"),
        # guard: a pay figure judged keeps the terms reading
        ("Salary ask of 90k is well above our band.", "logistics:-"),
    ],
    "a warm presence is manner, a calm presence composure": [
        ("She has a friendly presence with the residents.", "attitude:+"),
        ("A calm presence on the ward.", "confidence:+"),
    ],
}


EXTRA9B_CASES: dict[str, list[tuple[str, str]]] = {
    "a shift worked, led or come off is the job's work, no availability": [
        ("Explained her handover to the night shift clearly.", "communication:+"),
        ("Sound grasp of the fatigue rules for night shifts.", "skills:+"),
        ("Interview booked around his double shift on Friday.", ""),
        # guard: will, ability or worry about a shift is still the terms
        ("Happy to pick up night shifts.", "logistics:+"),
        ("He can't do the late shifts.", "logistics:-"),
        ("My worry is the weekend shifts.", "logistics:-"),
    ],
    "a CV not read, had or found is the paper's handling, no record judged": [
        ("The second interviewer hadn't read her CV.", ""),
        ("One panellist didn't have a copy of his CV.", ""),
        ("The hiring manager never got my CV from the agency.", ""),
        # guard: a CV that does not show something still judges the record
        ("Your CV doesn't show any supervisory work.", "experience:-"),
    ],
    "figures the panel challenged are the occasion of the reaction, no preparation": [
        ("Stayed calm when the director pressed him hard on the numbers.", "confidence:+"),
        ("Got quite prickly when we questioned his revenue figures.", "attitude:-"),
        # guard: figures asked for are still content advice
        ("Bring more numbers next time.", "preparation:-"),
    ],
    "a presentation only liked or that went well names no dimension": [
        ("The board really enjoyed her presentation.", ""),
        ("I think the pitch went well.", ""),
        # guard: a delivery word beside it still judges the delivery
        ("Her presentation was clear and well paced.", "communication:+"),
        ("Excellent presentation, well structured.", "communication:+"),
    ],
    "research qualifying a noun is academic work, no homework on the employer": [
        ("She won three research grants in her postdoc.", "experience:+"),
        ("Format: a 20-minute research pres, then questions.", ""),
        # guard: research on the employer is still preparation
        ("She hadn't done any research on our clients.", "preparation:-"),
        ("Great research on the company before the interview.", "preparation:+"),
    ],
    "a story's clear result is what the example holds, not clear delivery": [
        ("Used STAR on the conflict question, with a clear result at the end.", "preparation:+"),
        ("Great stories, but each one needs a clear result.", "preparation:+;preparation:-"),
        # guard: a clear ending of the answers is still how they were put
        ("Some answers lacked a clear ending.", "communication:-"),
    ],
    "a thing that is available is no availability of the candidate": [
        ("Sadly there is no feedback available at this stage.", ""),
        ("Your scores are available on the portal.", ""),
        # guard: the candidate available is still the terms
        ("She's available from March.", "logistics:+"),
        ("He is available to start immediately.", "logistics:+"),
    ],
    "the onsite round and a meeting moved by the employer are the process": [
        ("Please wear something smarter than jeans to the onsite.", "hygiene:-"),
        ("Interview rescheduled twice by the client.", ""),
        ("Call rescheduled for Tuesday 3pm.", ""),
        # guard: a place of work the candidate won't go to is still the terms
        ("The role is fully onsite in Leeds and she won't relocate.", "logistics:-"),
    ],
}


TRICKY9B_CASES: dict[str, list[tuple[str, str]]] = {
    "a he/she anywhere in a later clause of a note to 'you' that named a rival is the rival": [
        (
            "The hire was less senior than you, but in the end it was how calmly he handled "
            "the angry caller that won it.",
            "confidence:-;experience:+",
        ),
        (
            "The successful candidate had fewer years than you; it came down to how clearly "
            "she set out her plan.",
            "communication:-;experience:+",
        ),
    ],
    "the one the employer took, named by any noun ('the nurse we took on') is a rival": [
        ("The nurse we took on had ten years on a cardiac ward; you have two.", "experience:-"),
        (
            "The analyst they brought in had run the pricing model before; you had not.",
            "experience:-",
        ),
        ("The approach we took was fine and your answers were clear.", "communication:+"),
    ],
    "a negated subject whose verb is a lack denies the lack ('None of ... lacked'): praise": [
        ("None of her answers lacked structure.", "communication:+"),
        ("Not one of his answers lacked detail.", "preparation:+"),
        (
            "Not that her experience was lacking; the problem was that her answers rambled.",
            "communication:-;experience:+",
        ),
    ],
    "a self-praising noun as the object of a bad verdict takes it ('easy to fault the ...')": [
        ("They faulted her punctuality.", "logistics:-"),
        ("Plenty to fault in her punctuality.", "logistics:-"),
        ("Couldn't fault her punctuality.", "logistics:+"),
    ],
    "the candidate's claim about themselves, refuted the other way, is no verdict": [
        # the next sentence refutes it (refuted_claims.py)
        (
            "He told us he is never late for anything. He arrived twenty minutes late.",
            "logistics:-",
        ),
        (
            "He told us he was a strong communicator. His answers were clear and concise.",
            "communication:+",
        ),
        # "claimed to be": the claimant's own self by the infinitive
        ("He claimed to be fluent in SQL, but he couldn't write a basic join.", "skills:-"),
        # "..., and then ...": a turn after the claim that judges its theme the other way
        ("She said she wasn't great at SQL, and then wrote the best query of the day.", "skills:+"),
    ],
    "a verdict the writer is unsure of gives way to the sentence's own verdict of the theme": [
        (
            "I'm not sure the trainers were a conscious choice, but they looked out of place.",
            "hygiene:-",
        ),
        ("I'm not sure the hoodie was a deliberate statement, but it didn't help.", "hygiene:-"),
        ("You weren't rude, but you weren't especially warm either.", "attitude:+;attitude:-"),
    ],
    "a question asked and reported answered 'no' in one sentence: a blame question clears": [
        (
            "I asked the recruiter whether my salary ask was the problem; she said no.",
            "logistics:+",
        ),
        (
            "We asked if the commute would be a concern and he said no, not at all.",
            "logistics:+",
        ),
    ],
}


PLAIN9B_CASES: dict[str, list[tuple[str, str]]] = {
    "an order's verb before a comma and past-tense verbs is narration, not advice": [
        ("Calmed the angry customer: let her talk, nodded along and then asked what she needed.",
         "confidence:+"),
        ("With the distressed parent she let him speak, listened carefully and then summarised.",
         "communication:+"),
        ("Let the panel finish, pause, then answer.", "communication:-"),  # guard: an order
        ("let others speak, listen more.", "communication:-"),  # guard
    ],
    "an arrival told as two clock times is late or early": [
        ("Turned up at 2:35 for a 2pm interview, no call ahead.", "logistics:-"),
        ("assessment 8:30, bus late, rocked up 8:55 in a state.", "logistics:-"),
        ("Arrived 8.40 for a 9am start.", "logistics:+"),
        ("Interviews ran from 9:30 to 12:00 in the main hall.", ""),  # guard: no arrival
    ],
    "not what we were after, or beaten by rivals in the passive, is fit": [
        ("Honestly just not what we were after this time.", "fit:-"),
        ("Solid all round, just pipped by a stronger shortlist.", "fit:-"),
        ("Her degree is exactly what we were looking for.", "experience:+"),  # guard
    ],
    "the moment a composure verdict names is its setting, not a verdict on its subject": [
        ("You stayed composed even when the modelling questions got harder.", "confidence:+"),
        ("Kept his cool when the chair pushed him hard on the budget.", "confidence:+"),
        # guards: a verdict in the setting, a new predicate after "and"
        ("Really calm, even when the coding test went badly.", "confidence:+;skills:-"),
        ("Calm when challenged and answered the coding questions well.",
         "confidence:+;skills:+"),
    ],
    "a story told at length is the talk run long, not an example prepared": [
        ("Asked about teamwork, she gave a long story about her school trip.", "communication:-"),
        ("Went on far too long with the warehouse move story.", "communication:-"),
        ("Her stories were specific and well chosen.", "preparation:+"),  # guard
    ],
    "a pay ask and the employer's figure are compared at their written scale": [
        ("He wants £41k and the grade tops out at £38,500.", "logistics:-"),
        ("Wants $58k and we are capped at $55,000.", "logistics:-"),
        ("Wants $52k and we are capped at $55,000.", "logistics:+"),  # guard
        ("Wants £45k; the post is graded at £36-39k.", "logistics:-"),  # guard
    ],
    "the writer doubting the candidate really wants the post is the motivation, attitude": [
        ("I'm not sure she really wants to move into sales.", "attitude:-"),
        ("Don't think he really wants a warehouse job.", "attitude:-"),
        ("We wondered if you really wanted to teach.", "attitude:-"),
        ("She clearly wants to work with young people.", "attitude:+"),  # guard
    ],
}


THEME9_CASES: dict[str, list[tuple[str, str]]] = {
    "a faltering or an order said of a task of the work judges the work (skills)": [
        ("A bit of a wobble on the SQL exercise.", "skills:-"),
        ("Her answers on the pricing case were shaky.", "skills:-"),
        ("He stumbled when asked about the load calc.", "skills:-"),
        ("Recovered well in the data modelling exercise.", "skills:+"),
        ("I liked your structured approach to the market-entry case.", "skills:+"),
        # guards: voice and nerves, a faltering with no task, order in the answers
        ("Her voice wobbled on the first question.", "confidence:-"),
        ("Shaky for the first few minutes.", "confidence:-"),
        ("Clear, structured answers throughout.", "communication:+"),
    ],
    "learners engaged, or a lesson engaging, judge the teaching (skills), not keenness": [
        ("Micro-teach on photosynthesis, the students really engaged.", "skills:+"),
        ("Her sample lesson was engaging.", "skills:+"),
        ("Kept the Year 10s engaged for the whole hour.", "skills:+"),
        ("Kept the whole class engaged.", "skills:+"),
        # guards: the candidate engaged, with the learners or not
        ("Warm and engaged with the children throughout.", "attitude:+"),
        ("The pupils liked him and he was very engaged.", "attitude:+"),
        ("Really engaged and curious.", "attitude:+"),
    ],
    "a trade's term spelled with a composure word is subject matter: a confidence interval": [
        ("He couldn't tell us what a confidence interval is.", "skills:-"),
        ("Good on regression, weak on confidence intervals.", "skills:+;skills:-"),
        # guard: confidence itself
        ("Her confidence grew as the interview went on.", "confidence:+"),
    ],
    "a tool used before is familiarity with the tool (skills), not time served": [
        ("She hasn't used Epic before.", "skills:-"),
        ("He had never used a POS system before, so we'd need to train him.", "skills:-"),
        # guard: a thing run before is the record
        ("He had never run a kitchen before.", "experience:-"),
    ],
    "a story that ran long judges the talk's length (communication), not the examples": [
        ("Went on far too long about the warehouse move story.", "communication:-"),
        ("Asked about teamwork, we got a lengthy anecdote about her gap year.", "communication:-"),
        # guards: the idiom, a story judged for its content
        ("Long story short, she hadn't researched us.", "preparation:-"),
        ("Great story about turning round the failing site.", "preparation:+"),
    ],
}


DOMAIN9B_CASES: dict[str, list[tuple[str, str]]] = {
    "a degree written with points is one code, its point no sentence end": [
        ("Hospital pharmacist. M.Pharm and Pharm.D.", "experience:+"),
        ("Structural engineer, P.Eng.", "experience:+"),
        ("B.Com from Wits, now in audit.", "experience:+"),
    ],
    "not seeming to know the employer's own news is a preparation gap": [
        ("Did not seem to know we are a charity.", "preparation:-"),
        ("He didn't appear to realise we'd moved to a four-day week.", "preparation:-"),
        ("She seemed not to know we run three sites.", "preparation:-"),
        # guard: a fact of the trade is no homework on the employer
        ("She didn't seem to know that codeine is an opioid.", ""),
    ],
    "a verb-like noun with a preposition's phrase, then a copula, is no order": [
        ("Answer on adverse possession was very good.", "skills:+"),
        ("Prep for the panel was thorough.", "preparation:+"),
        ("Focus on what was asked.", ""),  # guard: a real order
    ],
    "an evaluative word inside a trade's compound in a subject's object judges nothing": [
        ("Answer on penalty rates under the award was very good.", "skills:+"),
        ("Her knowledge of average clauses was excellent.", "skills:+"),
        ("His final answer on the scheduling problem was correct.", "skills:+"),
        # guards: a verdict after the noun, a verdict of its own
        ("Knowledge of IFRS 9 weaker than expected.", "skills:-"),
        ("Answers on risk were weak.", "skills:-"),
    ],
    "a bracket glossing a named subject before its copula is no clause of its own": [
        ("Answer on limitation periods (Limitation Act) was spot on.", "skills:+"),
        ("Her Mandarin level (HSK 3) is below what the desk needs.", "skills:-"),
    ],
    "a fault the candidate found, told plainly or in shorthand, is the find": [
        ("Welding bay: found the porosity fault in the root pass straight away.", "skills:+"),
        ("Contract exercise - spotted the indemnity issues.", "skills:+"),
        ("Drafting exercise was accurate; you identified the capacity issue quickly.", "skills:+"),
        # guard: finding a question hard reports the difficulty
        ("You found the consolidation question difficult.", "skills:-"),
    ],
    "a doubt after 'but' with a he'd / she'll clause of its own judges that claim": [
        ("Has an MSc, but I'm not convinced she'd settle in a call centre.", "experience:+"),
        # guard: after a comma the doubt goes on about the topic before
        ("Lives two hours away, doubt she'll manage the 7am starts.", "logistics:-"),
    ],
    "a high level praised is a piece of design done, not answers kept vague": [
        ("Solution design: sensible high level but hand-waved on failover.", "skills:+;skills:-"),
        ("Answers stayed high level throughout.", "preparation:-"),  # guard
    ],
    "training needed after a gap in the subject is its cure, not a record fault": [
        ("Forklift knowledge basic; would need full training.", "skills:-"),
        ("Knowledge of the HACCP steps is patchy; will need training.", "skills:-"),
        # guard: a record cue beside the training keeps the record fault
        ("Would need training as she has never worked in a lab.", "experience:-"),
    ],
    "a career stage says where the candidate is, not a thing held": [
        ("NQ solicitor, employment team.", ""),
        ("Paediatric nurse, newly qualified.", ""),
        ("Foundation pharmacist, strong on anticoagulant counselling.", "skills:+"),
        # guards: a seat or an exam judged, a credential held
        ("Her seat in private client is directly relevant.", "experience:+"),
        ("Registration assessment passed first time.", "experience:+"),
    ],
    "a verdict-only clause naming the employer's own thing is homework, not the subject": [
        ("Strong on FIFO, but when asked about our new warehouse she drew a blank.",
         "preparation:-;skills:+"),
        ("Solid on DCF but shaky on our case study.", "skills:+;skills:-"),  # guard: our test
    ],
    "time spent in a setting of the work is the record the word before it judges": [
        ("Limited time on a surgical ward.", "experience:-"),
        ("Not much time in management yet.", "experience:-"),
        ("We spent a long time on the site tour.", ""),  # guard: no work setting judged
    ],
}


SELF9B_CASES: dict[str, list[tuple[str, str]]] = {
    "a language named is the skill of speaking it": [
        ("His Punjabi was excellent.", "skills:+"),
        ("they loved my Swedish + Danish for the Nordic desk", "skills:+"),
        ("Her Amharic is a real asset for the outreach post.", "skills:+"),
    ],
    "a thing that held up withstood the test; a delay in the passive is no praise": [
        ("my Portuguese held up in the client role-play", "skills:+"),
        ("Her calculations held up under questioning.", "skills:+"),
        # guard: a delay told in the passive
        ("got held up on the motorway, arrived flustered", "confidence:-"),
    ],
    "an act remembered in the past was done; remembered only in a wish was not": [
        ("remembered to ask them about the training budget", "preparation:+"),
        ("Remembered to bring spare copies of my CV.", "preparation:+"),
        ("wish I'd remembered to ask about the shift rota", "preparation:-"),
        # guard: the imperative is advice
        ("Remember to ask them about the training budget.", "preparation:-"),
    ],
    "the writer's feeling about a slip of their own judges nothing more": [
        ("didn't ask about progression - frustrated with myself", "preparation:-"),
        ("forgot my portfolio. so cross with myself", "preparation:-"),
        ("never asked them a single question, annoyed with myself", "preparation:-"),
    ],
    "a possessive inside a named party's act is that party's own (stances.drop_party_acts)": [
        ("Good suit, looked smart. Interviewer kept checking his phone.", "hygiene:+"),
        ("Felt calm. The chair kept glancing at her watch.", "confidence:+"),
        # guards: the he/she's own act, and a cue that opens after the name
        ("She kept checking her phone during the panel.", "attitude:-"),
        ("He was late. The chair kept pressing on his weak spreadsheet skills.",
         "logistics:-;skills:-"),
        ("The panel kept asking her to speak up.", "confidence:-"),
    ],
    "the record given as the grounds of an excess is no praise of it (excess_grounds.py)": [
        ("hm: overqualified for the clerk role (MBA + 15 yrs in banking)", "experience:-"),
        ("They thought I was too senior. 18 yrs vs the 3-5 on the advert.", "experience:-"),
        ("With a doctorate and eight years in industry you'd be significantly overqualified.",
         "experience:-"),
        # guard: the record praised in its own words stays praise
        ("Your track record is excellent, but you'd be overqualified for this grade.",
         "experience:+;experience:-"),
    ],
    "a shortfall of the record the panel asked about is the question's subject (panel_questions)": [
        ("they asked about the gap on my CV. answered it calmly", "confidence:+"),
        ("the director asked why only 18 months at the agency, I rambled", "communication:-"),
        # guards: a verdict past the question, the candidate's own admission, a stated want
        ("hm asked about my sales years, felt strong there", "experience:+"),
        ("they asked about mentoring and I've only been qualified for 8 months",
         "experience:-"),
        ("Panel asked why only a year in post - they want three.", "experience:-"),
    ],
    "the title of the person an interview is with is the panel's (meeting_with.py)": [
        ("final rd booked fri 2pm w/ head of department. cand confirmed", ""),
        ("2nd interview with the HoD on monday, cand happy w that", ""),
        # guards: a candidate described with a record, and a former post held
        ("Interviewed a paramedic with eight years on the road.", "experience:+"),
        ("Call with a former head of department, ten years in post.", "experience:+"),
    ],
    "work ethic named as a trait is praise, not 'hard' as a difficulty": [
        ("hm said v reliable, hard worker, but can't do Saturdays", "attitude:+;logistics:-"),
        ("Plus: hard-working, great references", "attitude:+;experience:+"),
        # guard: hard work as effort the panel spent
        ("It was hard work getting a straight answer out of him.", "communication:-"),
    ],
    "a recruiter keeping a candidate warm keeps them in the pipeline, no warmth": [
        ("went w the internal cand. will keep her warm for the spring reqs", "fit:-"),
        ("pls keep warm, might have a lead role in march", ""),
        # guard: warmth of manner
        ("warm with the patients, v calm", "attitude:+;confidence:+"),
    ],
}


GROUPS: dict[str, dict[str, list[tuple[str, str]]]] = {
    "CASES": CASES,
    "ROUND3": ROUND3,
    "ROUND4": ROUND4,
    "SUBJECT_KNOWLEDGE": SUBJECT_KNOWLEDGE,
    "FORMAL_AND_EMAIL": FORMAL_AND_EMAIL,
    "ROUND_G": ROUND_G,
    "ROUND5": ROUND5,
    "ROUND_H": ROUND_H,
    "POLARITY_CASES": POLARITY_CASES,
    "TRICKY_POLARITY_CASES": TRICKY_POLARITY_CASES,
    "DOMAIN_FORMAL_CASES": DOMAIN_FORMAL_CASES,
    "COACH_SELF_KEEPCHANGE_CASES": COACH_SELF_KEEPCHANGE_CASES,
    "IJ_CASES": IJ_CASES,
    "IJ_ADVICE_LIST_CASES": IJ_ADVICE_LIST_CASES,
    "SET_L_CASES": SET_L_CASES,
    "COACH_CASES": COACH_CASES,
    "LEFTOVER_CASES": LEFTOVER_CASES,
    "RECRUITER_PLAIN_EMAIL_CASES": RECRUITER_PLAIN_EMAIL_CASES,
    "SELF_FORMAL_CASES": SELF_FORMAL_CASES,
    "SET_O_CASES": SET_O_CASES,
    "SET_N_CASES": SET_N_CASES,
    "SET_Q_CASES": SET_Q_CASES,
    "NAME_CASES": NAME_CASES,
    "PLAIN4_CASES": PLAIN4_CASES,
    "FLIPPED_POLARITY_CASES": FLIPPED_POLARITY_CASES,
    "TRICKY4_CASES": TRICKY4_CASES,
    "FORMAL4_CASES": FORMAL4_CASES,
    "SELF4_CASES": SELF4_CASES,
    "COACH4_CASES": COACH4_CASES,
    "DOMAIN4_CASES": DOMAIN4_CASES,
    "PRECISION_CASES": PRECISION_CASES,
    "PLAIN5_CASES": PLAIN5_CASES,
    "POLARITY2_CASES": POLARITY2_CASES,
    "RECRUITER5_CASES": RECRUITER5_CASES,
    "DOMAIN5_CASES": DOMAIN5_CASES,
    "COACH5_CASES": COACH5_CASES,
    "TRICKY5_CASES": TRICKY5_CASES,
    "FORMAL5_CASES": FORMAL5_CASES,
    "PRECISION2_CASES": PRECISION2_CASES,
    "PLAIN3_CASES": PLAIN3_CASES,
    "PLAIN6_CASES": PLAIN6_CASES,
    "TRICKY6_CASES": TRICKY6_CASES,
    "DOMAIN6_CASES": DOMAIN6_CASES,
    "SELFREC6_CASES": SELFREC6_CASES,
    "FORMAL6_CASES": FORMAL6_CASES,
    "PLAINPREC6_CASES": PLAINPREC6_CASES,
    "COACH6_CASES": COACH6_CASES,
    "TRICKY6B_CASES": TRICKY6B_CASES,
    "POLARITY6B_CASES": POLARITY6B_CASES,
    "PLAIN6B_CASES": PLAIN6B_CASES,
    "SELF2_6B_CASES": SELF2_6B_CASES,
    "PRECISION6B_CASES": PRECISION6B_CASES,
    "FORMAL2_6B_CASES": FORMAL2_6B_CASES,
    "SELF6C_CASES": SELF6C_CASES,
    "FORMAL3_6C_CASES": FORMAL3_6C_CASES,
    "TRICKY6C_CASES": TRICKY6C_CASES,
    "DOMAIN6C_CASES": DOMAIN6C_CASES,
    "DOMAIN7_CASES": DOMAIN7_CASES,
    "PLAIN7_CASES": PLAIN7_CASES,
    "COACH7_CASES": COACH7_CASES,
    "TRICKY7_CASES": TRICKY7_CASES,
    "SHORTHAND7_CASES": SHORTHAND7_CASES,
    "POLARITY7_CASES": POLARITY7_CASES,
    "FORMAL7_CASES": FORMAL7_CASES,
    "PLAINEXTRA7_CASES": PLAINEXTRA7_CASES,
    "PLAINEXTRA7B_CASES": PLAINEXTRA7B_CASES,
    "DOMAIN7B_CASES": DOMAIN7B_CASES,
    "PLAINMISS7B_CASES": PLAINMISS7B_CASES,
    "POLARITY7B_CASES": POLARITY7B_CASES,
    "COACH7B_CASES": COACH7B_CASES,
    "SHORTHAND7B_CASES": SHORTHAND7B_CASES,
    "TRICKY7B_CASES": TRICKY7B_CASES,
    "FORMAL7B_CASES": FORMAL7B_CASES,
    "SKILLS7C_CASES": SKILLS7C_CASES,
    "POLARITY7C_CASES": POLARITY7C_CASES,
    "COMMS7C_CASES": COMMS7C_CASES,
    "TRICKY7C_CASES": TRICKY7C_CASES,
    "FORMAL7C_CASES": FORMAL7C_CASES,
    "COACH7C_CASES": COACH7C_CASES,
    "LOGISTICS7C_CASES": LOGISTICS7C_CASES,
    "PLAIN7C_CASES": PLAIN7C_CASES,
    "DOMAIN8_CASES": DOMAIN8_CASES,
    "TRICKY8T_CASES": TRICKY8T_CASES,
    "TRICKY8P_CASES": TRICKY8P_CASES,
    "COACH8_CASES": COACH8_CASES,
    "PLAIN8_CASES": PLAIN8_CASES,
    "FORMAL8_CASES": FORMAL8_CASES,
    "SELF8_CASES": SELF8_CASES,
    "DOMAIN8B_CASES": DOMAIN8B_CASES,
    "PLAIN8B_CASES": PLAIN8B_CASES,
    "TRICKY8B_CASES": TRICKY8B_CASES,
    "EXTRAS8B_CASES": EXTRAS8B_CASES,
    "RECALL8B_CASES": RECALL8B_CASES,
    "ANSWERS8B_CASES": ANSWERS8B_CASES,
    "COACH8C_CASES": COACH8C_CASES,
    "EMAIL8C_CASES": EMAIL8C_CASES,
    "SELF8C_CASES": SELF8C_CASES,
    "PLAIN9_CASES": PLAIN9_CASES,
    "FORMAL9_CASES": FORMAL9_CASES,
    "EXTRA9_CASES": EXTRA9_CASES,
    "COACH9_CASES": COACH9_CASES,
    "SELF9_CASES": SELF9_CASES,
    "DOMAIN9_CASES": DOMAIN9_CASES,
    "TRICKY9_CASES": TRICKY9_CASES,
    "COACH9B_CASES": COACH9B_CASES,
    "EXTRA9B_CASES": EXTRA9B_CASES,
    "TRICKY9B_CASES": TRICKY9B_CASES,
    "PLAIN9B_CASES": PLAIN9B_CASES,
    "THEME9_CASES": THEME9_CASES,
    "DOMAIN9B_CASES": DOMAIN9B_CASES,
    "SELF9B_CASES": SELF9B_CASES,
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [case for group in GROUPS.values() for cases in group.values() for case in cases],
    ids=[
        f"{name}:{text[:40]}"
        for group in GROUPS.values()
        for name, cases in group.items()
        for text, _ in cases
    ],
)
def test_mechanism(tagger: Tagger, text: str, expected: str) -> None:
    assert pairs(tagger, text) == set(filter(None, expected.split(";")))
