"""Which way a bare weekday or month points: the tense of the clause around it.

"said on Tuesday" points back, "expected to sign Tuesday" forward. We look for the
verb cue nearest to the expression inside its sentence; the nearest cue wins because
in "said it would meet on Tuesday" the verb governing "Tuesday" is "would meet".
"""

from __future__ import annotations

import re

PAST, UNKNOWN, FUTURE = -1, 0, 1

_FUTURE_CUES = (
    # "could not" is the past of "cannot" as often as a conditional: it says nothing.
    r"(?P<could_not>could\s+not|couldn't|couldn’t)|"
    r"will|'ll|’ll|shall|won't|won’t|wo\s+n't|would|going\s+to|gonna|"
    r"(?-i:could|may|might|should|must|can)|"
    r"(?:is|are|was|were)\s+(?:expected|set|scheduled|due|slated|planned|poised|likely|"
    r"forecast|predicted|projected|tipped)\s+to|(?:forecast|predicted|projected)\s+to|"
    # "a declaration is expected on Saturday", "the vote is scheduled for Friday"
    r"(?:is|are|was|were)\s+(?:expected|scheduled|slated|planned|likely|possible|forecast|"
    r"predicted)(?=\s*$|\s+as\s+(?:early|soon)\s+as\b)|"  # "a decision is expected Friday"
    r"(?:is|are|was|were)\s+(?:expected|scheduled|slated|planned|likely|possible|forecast|"
    r"predicted)\s+(?=(?:on|for|in|by|at|"
    r"later|next|early|late|over|during|within|this)\b)|"
    # "a decision expected in the spring" (but "as expected in January" looks back)
    r"expected(?<!\bas\sexpected)\s+(?=(?:on|in|by|at|later|next|early|late|within|this)\b)|"
    r"effective|"
    # "with a vote expected Thursday", "a ruling due Friday"
    r"(?<!\bas\s)(?<!\bhad\s)(?:expected|due)(?=\s*$)|"
    r"expected\s+to|expects?\s+to|set\s+(?:to|for)|"
    # a forecast of a period: "expects fourth-quarter revenue of $32 billion"
    r"(?:expects|forecasts|projects|predicts|sees)(?:\s+(?:its|their|a|an))?(?=\s*$)|"
    # "analysts expect growth to pick up", "the firm expects sales to rise"; a deadline
    # still open: "Cyprus has until Monday to raise the money"
    r"(?:expect|expects|expected|expecting)\s+(?:\w+\s+){1,3}?to\s+(?-i:[a-z]+)|"
    r"(?:has|have)\s+until|"
    # a state set up to a limit: "cancelled leave for all staff until Wednesday", "declared
    # fire bans for most districts from Tuesday", "adjourned the trial until Friday"
    r"(?:cancell?ed|suspended|postponed|delayed|extended|banned|closed|shut|imposed|"
    # (a court's remand: "remanded in custody until Monday", "bailed until Thursday")
    r"adjourned|deferred|halted|declared|barred|ordered|announced|remanded|bailed|re-?bailed)"
    r"\s+(?:[\w'’.-]+\s+){0,6}?"
    # ("declared three days of mourning starting on Tuesday", "flights to U.S. cities")
    r"(?:until|till|through|from|(?:starting|beginning)(?:\s+(?:on|from|at))?)(?=\s*$)|"
    # an obligation: "the plan needs to be ready by Thursday", "need to act now, not on Monday"
    r"(?-i:needs?)\s+to|"
    # still in force: "the offer is valid until Sunday", "the road remains closed until Monday"
    r"(?:is|are|remains?|stays?)\s+(?:valid|open|available|closed|shut|suspended|in\s+force|"
    r"in\s+effect|in\s+place|on\s+(?:show|display|view|sale))\s+(?:until|till|through|from)|"
    r"deadline(?:\s+for(?:\s+\w+){1,3}?)?\s+(?:is|are)|"
    r"scheduled\s+(?:to|for)|slated\s+(?:to|for)|"
    r"due\s+(?:to|on|in)|plans?\s+to|planning\s+to|planned\s+for|intends?\s+to|aims?\s+to|"
    r"(?:is|are)\s+to|"
    # "talks were to resume Monday" (not "the aim was to provide": see _PREDICATE_NOUN)
    r"(?:was|were)\s+to\s+(?!blame\b)(?-i:[a-z]+)|to\s+be\s+held|upcoming|next(?!\s+to\b)|"
    r"(?:is|are|am)\s+(?:(?:already|still|now|also)\s+)?\w+ing|ahead\s+of|tomorrow|later\s+this|"
    # Scheduled events in the present tense: "the vote starts Tuesday".
    # (whole words: "Tunisia holds", "Toronto opens" are verbs after a name)
    # (not denied in the past: "the two sides did not meet on Monday")
    r"(?=[sbeocrmatlgkiduhpf])(?<!\bto )(?<!\bthe )(?<!\ba )(?<!\bits )(?<!\btheir )"
    r"(?<!\bdid not )(?<!\bdidn't )(?<!\bdidn’t )"
    r"(?:starts?|begins?|opens?|reopens?|ends|closes|expires?|resumes?|meets?|arrives?|leaves|"
    r"concludes?|announces?|decides?|rules|unveils|debates|addresses|hears|premieres|lapses|"
    r"flies|launches|applies|apply(?=\s+(?:from|on)\b)|lasts\s+(?:until|till|through)|"
    r"headlines|takes?\s+over|"
    r"travels|takes?\s+place|takes?\s+effect|comes?\s+into\s+(?:force|effect)|kicks?\s+off|"
    r"goes\s+ahead|runs?\s+(?:until|till|through|from|between)|is\s+due|are\s+due|"
    r"(?:is|are)\s+(?:on|for|scheduled|planned))(?!\s+of\b)|"
    # "the summit is in September", "the next vote is on Friday"
    r"(?:is|are)\s+in(?=\s+(?-i:[A-Z])|\s*$)|"
    # a present copula right before the day or with a fixture: "The vote is Tuesday",
    # "England's first match is against Serbia on Sunday", "City are away to West Ham"
    r"(?=[ia])(?<![Tt]hat\s)(?:is|are)(?=\s*$|\s+(?:against|away\s+(?:to|at|from)|at\s+home|"
    r"without)\b)|"
    # more verbs of a news schedule in the present: "Nigerians vote Saturday", "PepsiCo
    # reports on Tuesday", "Investors await a speech by the Fed chair on Friday", "EU leaders
    # gather in Brussels on Thursday", "MPs break for the recess on Thursday"
    r"(?=v)(?<=[a-z]s\s)vote(?=\s*(?:on\s*)?$)|"
    r"(?=[ragbct])(?<![Tt]he\s)(?<![Aa]\s)(?<![Ii]ts\s)(?:reports\s+on|awaits?|gathers?|reconvenes?|"
    r"breaks?\s+for|competes|tips?\s+off|returns?\s+to\s+the\s+table)\b|"
    # a fixture after a result: "Leeds lost on Saturday and travel to Palace on Monday"
    r"(?=[tphfmvw])(?<=\band\s)(?:travel|play|host|face|meet|visit|welcome)\b|"
    # "the kickoff is at 3 p.m. on Saturday"
    r"(?:is|are)\s+at(?=\s*$)|"
    # a release or a return: "the album is out on Friday", "the show is back Saturday"
    r"(?:is|are)\s+(?:out|back|in\s+(?:shops|stores|cinemas|theaters|theatres))"
    r"(?=(?:\s+on)?\s*$)|"
    # More verbs of news schedules in the present tense: "Albright heads to Cairo Friday",
    # "the Senate votes Thursday", "polls close at 8 p.m.", "the trial continues Monday"
    # (not nouns after a determiner, a number or a possessive: "30 votes", "his visits").
    r"(?=[hvfctrgsPpMmSsOo])"  # (the first letters below: a cheap test before the guards)
    r"(?<!\bto )(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Ii]ts )(?<!\b[Tt]heir )"
    r"(?<!\b[Hh]is )(?<!\b[Hh]er )(?<![\d,] )(?<!\bby )"
    # (plural "continue" only right before the expression or its preposition)
    r"(?:heads?\s+(?:to|for|back|home)|votes|faces|continues|continue(?=\s+(?:on|at|in|"
    r"until|through|after|before)\b|\s*$)|holds|hosts|convenes|reconvenes|visits|"
    r"testifies|returns\s+(?:to|home|on|in|from\s+(?:\w+\s+){0,2}?\w+(?=\s+on\s*$|\s*$))|(?:goes|go|stands?)\s+on\s+trial|"
    r"takes?\s+office|falls\s+on|(?:goes|go)\s+on\s+sale|(?:goes|go)\s+to\s+the\s+polls|"
    r"(?:[Pp]olls|[Mm]arkets|[Ss]chools|[Oo]ffices)\s+(?:close|open|reopen))"
    r"(?![\w-])|"
    # A fixture: "England play Iran on Monday", "the Giants, who lost, host Dallas Sunday",
    # "the champions face Liverpool on Sunday"
    # (after a comma too, unlike the verbs above; not "the play on Monday")
    r"(?=[phf])(?<!\bto )(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Ii]ts )(?<!\b[Tt]heir )"
    r"(?<!\b[Hh]is )(?<!\b[Hh]er )(?:(?:plays?|host)(?=\s+(?:[A-Z]|the\s+[A-Z]|at\s|away\b|on\s))|"
    r"(?<!\bnot )(?<!n't )(?<!n’t )face(?=\s+(?:[A-Z]|the\s+[A-Z])))|"
    # A headline's infinitive: "Talks to resume Tuesday", "PM to visit China on Friday"
    r"^\s*(?:[A-Z][\w'’.-]*\s+){1,4}to\s+(?!(?:the|a|an|his|her|its|their|be\s+\w+ed)\b)"
    r"(?-i:[a-z]+)|"
    # A rule that starts on a day: "Starting Tuesday, masks are mandatory"
    # ("as of Sunday night, no one had checked in" looks back: not here)
    r"(?:^\s*|(?<=[,;:]\s))(?:[Ss]tarting|[Bb]eginning)(?=\s*$)|"
    # A warning of what may come: "forecasters warned of snow this weekend"
    r"(?:warned|warns|warning)\s+of|"
    # odds of what may come: "a 66% chance of a cut in March", "pricing in cuts by December"
    r"(?:chance|chances|odds|probability|likelihood)\s+of|pricing\s+in|"
    # ... and a forecast: "the Met Office forecast rain from Thursday to Saturday"
    # a plan for a day: "advocates plan protests on Friday", "have planned protests at 12
    # sites on Friday morning" (but "planned the attack on Friday" looks back)
    r"(?:plan|plans|planning|(?:have|has)\s+planned)\s+(?:[\w'’-]+\s+){1,6}?(?:on|for)(?=\s*$)|"
    # a forecast of a period: "cut its Brent forecast for the second half"
    r"(?:forecasts?|outlook|guidance|projections?)\s+for(?=\s*$)|"
    # ("forecasters expect the heaviest snow on Friday", "traders expect a recovery in May")
    r"(?:forecast|forecasts|expect|expects|predict|predicts|anticipate|anticipates)"
    r"\s+(?:[\w'’-]+\s+){1,5}?(?:for|from|on|until|through|over|in|by)(?=\s*$)|"
    # A court date to come: "remanded in custody to appear in court on Monday", "ordered
    # to appear before magistrates on Tuesday" ("failed to appear" is taken as a past cue)
    r"(?P<appear>to\s+(?:appear|reappear|surrender|answer\s+bail))\b|"
    # A birthday ahead: "the actor turns 80 on Sunday"
    r"turns\s+\d{1,3}(?=(?:\s+on)?\s*$)|"
    # An action called for a day: "the union has called a strike for Wednesday"
    r"(?:call|calls|called)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:strike|walkout|vote|"
    r"election|referendum|meeting|protest|rally|ballot|summit|shutdown)s?\s+for(?=\s*$)|"
    # ... and to a date with its object between: "delayed the elections to November 3",
    # "extended its mission by 90 days to the end of September"
    r"(?:extended|delayed|postponed|deferred|adjourned|pushed|moved)\s+(?!from\b)(?:[\w'’-]+,?\s+){1,8}?"
    r"(?:to|into)(?=\s*$)|"
    # A postponement points past the day it was decided: "the vote was delayed until Friday".
    r"(?:postponed|delayed|adjourned|deferred|put\s+off|pushed\s+back)\s+(?:until|till|to)|"
    # ... and so does a date moved, right before it: "the vote was moved to the fall",
    # "brought forward to May" (not "he moved to Berlin in the autumn")
    r"(?:moved|brought\s+forward|rescheduled|put\s+back|pushed(?:\s+back)?)\s+(?:to|for)(?=\s*$)|"
    # ... and its new date after the old one: "the release was pushed from April to November"
    r"(?P<moved>(?:moved|rescheduled|pushed(?:\s+back)?|postponed|delayed)\s+from\s+"
    r"(?:\S+\s+){1,3}?(?:to|until|till))(?=\s*$)|"
    # An infinitive points forward only after a verb of intention: "agreed to meet Tuesday"
    # (but not "a campaign to oust him on Friday", "shot up to close at $120").
    r"(?P<infinitive>(?:agreed|agree|agrees|decided|decide|voted|votes|promised|pledged|vowed|"
    r"threatened|"
    r"offered|ready|plans?|planned|planning|hopes?|hoped|hoping|wants?|wanted|intends?|"
    r"intended|aims?|aimed|prepared|preparing|invited|asked|urged|going|about|likely|"
    r"unlikely|able|chance|agreement|plan|program|programme|deal|proposal|supposed|"
    # ... or after a directive and whom it is given to: "urged residents to stay indoors on
    # Saturday", "advised people with asthma not to go out" (not "asked why he went to")
    r"(?:advised?|advises|urged?|urges|asked|asks|told|tells?|ordered|orders|instructed|"
    r"scheduled|rescheduled|"  # "scheduled jury selection to begin on Oct. 22"
    r"warned|warns|encouraged|encourages|called\s+on|calls\s+on|requested)"
    r"(?:\s+(?!(?:he|she|they|we|i|it|you|why|how|what|when|where|whether|if|that|on|in|at|"
    r"to|not)\b)(?![a-z]+ed\b)[A-Za-z'’-]+){1,8}(?:\s+not)?(?=\s+to\s))"
    # (a date between them is the decision's own: "agreed on Friday to meet in May")
    r"(?:\s+(?:on|late|early)\s+(?-i:[A-Z][a-z]+day))?"
    # ... and only before a verb: "agreed to the move on Tuesday" is a past agreement.
    r"\s+to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|our|my|your|him|them|"
    r"us|me|it|all|any|some|such|no|each|every|both|what|whom)\b)(?-i:[a-z]+))"
)
_IRREGULAR_PAST = (
    "said told was were had did didn't went came met began took made held left won lost "
    "gave got fell rose spoke sent struck brought thought found became saw wrote ran led "
    "fled shot flew broke chose drew drove fought hung kept knew paid rode sold stood swore "
    "threw understood woke wore sought taught caught bought built felt heard meant slept "
    "spent sank stole arose forbade froze overtook withdrew undertook upheld rang sang spun "
    "swam stuck tore wept bore bit blew clung crept dealt dug fed flung forgot forgave grew hid "
    "laid lent shook shone slid sprang stung swept swung trod wove wrung overthrew overran "
    "underwent foresaw withstood sat quit hit cut shut spread burst"
).split()
_PAST_CUES = (
    # The plan was already overtaken: "had been due to expire Friday" (but "was expected
    # to arrive Saturday" still points forward, see the future cues).
    r"had\s+been\s+(?:expected|set|scheduled|due|slated|planned|poised|likely)\s+to|"
    # a plan told as overtaken: "was supposed to be completed by January 7"
    r"(?:was|were)\s+(?:supposed|meant)\s+to|"
    # A past verb before an infinitive sets the time: "began to flow", "appeared to cast".
    r"(?:began|tried|appeared|seemed|continued|started|managed|failed|refused|sought|used|"
    r"went\s+on|had)\s+to|"
    r"(?:" + "|".join(_IRREGULAR_PAST) + r")|ago|earlier|yesterday|previously|since|"
    # "Liverpool beat Palace on Saturday" (not "getting beat up")
    r"(?=beat)(?<!\bget\s)(?<!\bgetting\s)(?<!\bgot\s)(?<!\bbe\s)beat|"
    # "Back in March, nobody expected it" (not "will be back in March")
    r"(?=[Bb]ack)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bcome\s)(?<!\bcomes\s)(?<!\bget\s)"
    r"(?<!\bgo\s)[Bb]ack\s+in(?=\s*$)|"
    # "the body lay in the street" (not "will lay off staff")
    r"lay(?!\s+(?:off|out|down)\b)|"
    # "last year", not the verb: "is expected to last until the autumn", "could last"
    # (the guards look back only once "last" has matched)
    r"last(?<!\bto\slast)(?<!\bwill\slast)(?<!\bwould\slast)(?<!\bcould\slast)"
    r"(?<!\bmay\slast)(?<!\bmight\slast)(?<!\bcan\slast)"
    r"(?!\s+(?:until|till|through|into|beyond|longer)\b)|"
    r"(?!(?:need|needed|indeed|hundred|speed|feed|seed|proceed|exceed|succeed|bleed|breed)\b)"
    # (a period's name, not a verb of the clause: "results for the quarter ended Dec. 31 on
    # Wednesday", "the year ended March 31, 2021")
    r"(?!ended\s+(?:(?-i:[A-Z])[a-z]{2,8}\.?\s+\d|\d))"
    r"(?-i:[a-z]{2,}ed)"
)
# Case-sensitive on purpose: four times faster than re.I, and a cue word is lower-case
# inside a sentence; "May" the month must not read as the modal.
_CUE = re.compile(rf"\b(?:(?P<future>{_FUTURE_CUES})|(?P<past>{_PAST_CUES}))\b")
# A past participle after "be" is passive, not past tense ("will be held Tuesday").
_PASSIVE = re.compile(
    # ("remain closed", "stay shut": a state, not a past event)
    r"\b(?:be|been|being|is|are|am|'s|’s|remain|remains|stay|stays)\s+"
    r"(?:(?:now|already|still|also|not|\w+ly)\s+)?$",
    re.I,
)
_PRESENT_PASSIVE = re.compile(r"\b(?:is|are)\s+(?:also\s+)?$")
# Words of what recurs ("usually", "tends to"): no one day's schedule or clock time.
HABITUAL_WORDS = (
    r"often|usually|always|typically|generally|normally|routinely|regularly|"
    r"sometimes|rarely|seldom|tends?\s+to"
)
_HABITUAL = re.compile(rf"\b(?:every|each|annually|{HABITUAL_WORDS})\b", re.I)
_STATIVE_PARTICIPLES = frozenset(
    "accused charged suspected alleged believed thought reported said feared understood known "
    "estimated considered seen based located owned controlled involved concerned needed "
    "required allowed used supposed married divided opposed interested worried convinced "
    "determined pleased surprised shocked disappointed committed prepared scheduled expected "
    "closed opened".split()
)
_PREDICATE_NOUN = re.compile(
    r"\b(?:aims?|plans?|goals?|idea|purpose|intention|objective|task|job|mission|hope|point|"
    r"priority|strategy)\s+$"
)
_OWN_RELATIVE = re.compile(r"\s*,\s*which\s+")
_CLAUSE_WORD = re.compile(
    r"\b(?:that|which|who|whom|whose|where|when|while|because|although|though|if|unless|"
    r"until|so|whether|whereas)\b"
)
# Before the expression "until" and "so" are as often prepositions as conjunctions.
_CLAUSE_BEFORE = re.compile(
    r"\b(?:that|which|who|whom|whose|where|when|while|whereas|because|although|though|if|"
    r"unless|whether|but)\b|,\s+and\s+(?=(?:in|on|by|at|from|since|during)\b)"
)
_REPORTING = frozenset(
    "said told announced reported added confirmed denied warned insisted declared stated "
    "wrote claimed admitted acknowledged".split()
)
# A participle after an article or a degree adverb is an adjective: "a still unspecified
# date", "the armed rebels", "a well known figure".
_ADJECTIVAL_PARTICIPLE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|these|those|still|very|so|well|newly|"
    r"widely|heavily|fully|highly|long)\s+$",
    re.I,
)
# Verbs whose past is their base form say nothing after a modal, "to" or "not" ("will cut
# output", "plans to shut the plant") nor as a noun of a compound ("its first rate cut").
_BASE_AS_PAST = frozenset("quit hit cut shut spread burst".split())
_NOT_PAST_BEFORE = re.compile(
    r"(?:\b(?:will|would|could|can|may|might|must|should|shall|to|not|do|does|did|let)|n't|"
    r"n’t|'ll|’ll|\b(?:rate|price|tax|output|production|supply|job|spending|budget|wage|pay|"
    r"power|cost|interest|aid))\s+(?:\w+ly\s+)?$",
    re.I,
)
# "as planned", "as expected", "as agreed": a comparison with a plan, of no tense of its own
_AS_BEFORE = re.compile(r"\bas\s+$", re.I)
_UN_ADJECTIVES = frozenset(
    "unidentified unnamed unspecified unexpected unprecedented unarmed unconfirmed undisclosed "
    "unverified unexplained unlimited unresolved unemployed unrelated".split()
)
# A full stop after an abbreviation ("6 p.m. today", "U.S. officials", "Jan. 5", "Gov.
# Orr") does not end the clause.
_SENTENCE_END = re.compile(
    r"(?:[!?;]|\.(?<![ap]\.m\.)(?<!\b[A-Z]\.)(?<!\b(?:Mr|Dr|St|Sr|Jr|No|Lt|vs)\.)"
    r"(?<!\b(?:Mrs|Gov|Sen|Rep|Gen|Col|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Inc|Ltd)\.)"
    r"(?<!\b(?:Sept|Corp)\.))\s|\n\s*\n"
)
# "since the week to February 25": the date still belongs to "since"
_SINCE_PERIOD = re.compile(
    r"\s+(?:the\s+)?(?:week|month|quarter|session|period|day)\s+(?:to|ended|ending|of)\s+",
    re.I,
)
_WINDOW = 90
_WIDE_WINDOW = 200


# "from", "starting" before a date point ahead ("fire bans from Tuesday") unless a past verb
# holds the span: "schools were closed from Monday", "was shut from Dec. 24" (but "was
# postponed until Friday" points past the decision).
_SPAN_OPENERS = frozenset(("from", "starting", "beginning"))
_PAST_STATE_BEFORE = re.compile(
    r"\b(?:was|were|had\s+been|remained|stayed)\s+(?:[a-z]+\s+){0,2}$", re.I
)


def _clause_bounds(text: str, start: int, end: int, window: int = _WINDOW) -> tuple[int, int]:
    left = max(0, start - window)
    before = text[left:start]
    stops = list(_SENTENCE_END.finditer(before))
    if stops:
        left += stops[-1].end()
    right = min(len(text), end + _WINDOW // 2)
    stop = _SENTENCE_END.search(text, end, right)
    return left, stop.start() if stop else right


def sentence_bounds(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The sentence around text[start:end], looked for at most ``reach`` characters each
    way (a full stop after "p.m." or "Jan." does not end it)."""
    left = max(0, start - reach)
    stops = list(_SENTENCE_END.finditer(text, left, start))
    if stops:
        left = stops[-1].end()
    right = min(len(text), end + reach)
    stop = _SENTENCE_END.search(text, end, right)
    return left, stop.start() if stop else right


def direction(text: str, start: int, end: int) -> int:
    """PAST (-1), FUTURE (+1) or UNKNOWN (0) for the expression text[start:end]."""
    return cue_direction(text, start, end)[0]


def cue_direction(text: str, start: int, end: int) -> tuple[int, bool]:
    """(direction, strong): strong when the governing cue comes before the expression
    or right after it ("Tuesday, officials said"); a cue further on is weak evidence."""
    found = _nearest_cue(text, start, end, *_clause_bounds(text, start, end))
    if found is None:
        # no cue near it: the verb may be further back in its sentence ("it will meet
        # officials from the United States, France, Italy, ... in Doha on Wednesday")
        # (weak evidence: enough to pick a weekday, not to move a month a year back)
        found = _nearest_cue(text, start, end, *_clause_bounds(text, start, end, _WIDE_WINDOW))
        found = (found[0], False) if found is not None else None
    return found if found is not None else (UNKNOWN, False)


def _nearest_cue(text: str, start: int, end: int, left: int, right: int) -> tuple[int, bool] | None:
    best: tuple[tuple[int, int], int, bool] | None = None  # ((weak, distance), sign, strong)
    for span_text, offset in ((text[left:start], left), (text[end:right], end)):
        for cue in _CUE.finditer(span_text):
            scheduled = False
            if cue.group("past") and _PASSIVE.search(span_text, 0, cue.start()):
                # "the rankings are published on Monday": a present passive of news is a
                # schedule ("is accused of killing ... on Sunday" is not)
                scheduled = bool(
                    offset < start  # before the expression, close to it
                    and len(span_text) - cue.end() <= 30
                    and _PRESENT_PASSIVE.search(span_text, 0, cue.start())
                    and cue.group(0) not in _STATIVE_PARTICIPLES
                    and not _HABITUAL.search(text, left, right)
                )
                if not scheduled:
                    continue
            if cue.group("past") and _ADJECTIVAL_PARTICIPLE.search(span_text, 0, cue.start()):
                continue
            if cue.group(0) in _UN_ADJECTIVES:
                continue  # "an unspecified date", "unnamed officials": adjectives
            if cue.group("past") and (
                (
                    cue.group(0) in _BASE_AS_PAST
                    and _NOT_PAST_BEFORE.search(span_text, 0, cue.start())
                )
                or (cue.group(0).endswith("ed") and _AS_BEFORE.search(span_text, 0, cue.start()))
            ):
                continue
            if cue.group("could_not"):
                continue
            if (
                cue.group("future")
                and not cue.group("moved")
                and _SPAN_OPENERS.intersection(cue.group(0).lower().split())
                and _PAST_STATE_BEFORE.search(span_text, 0, cue.start())
            ):
                continue  # "schools were closed from Monday": the past verb dates the span
            future = bool(cue.group("future")) or scheduled
            if (
                future
                and cue.group(0)[:4] in ("was ", "were")
                and _PREDICATE_NOUN.search(span_text, max(0, cue.start() - 12), cue.start())
            ):
                future = False  # "the aim was to provide": a past copula, not a schedule
            cue_start, cue_end = cue.start() + offset, cue.end() + offset
            distance = start - cue_end if cue_end <= start else cue_start - end
            if (
                cue.group(0) == "since"
                and distance > 1
                and not (cue_end <= start and _SINCE_PERIOD.fullmatch(text, cue_end, start))
            ):
                continue  # "since" dates its own object: "the most since 2008, and ... April"
            if cue_end <= start and _CLAUSE_BEFORE.search(text, cue_end, start):
                continue  # "crack spreads widened, while November was weaker"
            adjacent_report = cue.group(0) in _REPORTING and text[end:cue_start].isspace()
            if cue_start >= end and not adjacent_report:
                # Cues after the expression govern it less often than cues before it, and
                # an infinitive after it is a purpose ("on Tuesday to try to calm ...").
                if cue.group("infinitive") or cue.group("appear"):
                    continue
                # A cue beyond a relative or subordinate word governs another clause:
                # "announced it on Friday, a step that could ..."
                # (but "an eclipse on Tuesday, which will be visible": the relative's verb
                # is the expression's own when nothing stands between them)
                if _CLAUSE_WORD.search(text, end, cue_start) and not _OWN_RELATIVE.fullmatch(
                    text, end, cue_start
                ):
                    continue
                distance += 25
            sign = FUTURE if future else PAST
            # After the expression, only a near cue past a comma governs it firmly:
            # "In January, the company hired ..." (a fronted adverbial).
            # A reporting verb right after it governs it too: "residents on Friday said"
            # (but not "futures for April closed": the month there names a contract).
            # The comma reading needs the expression to open its clause: in "institutions
            # that survived the revolt in February, might also help" the verb before governs.
            gap = text[end:cue_start]
            fronted = best is None or best[0][0] != 0 or cue_start < end
            strong = (
                cue_start < end
                or (fronted and gap.lstrip().startswith(",") and len(gap) <= 40)
                or (adjacent_report and len(gap) <= 2)
            )
            # A weak cue (further on, without a comma) never outweighs a cue before the
            # expression: in "will double flights by August in markets untouched by the
            # crisis" the verb before governs, the participle after does not.
            rank = (0 if strong else 1, distance)
            if best is None or rank < best[0]:
                best = (rank, sign, strong)
    return (best[1], best[2]) if best else None
