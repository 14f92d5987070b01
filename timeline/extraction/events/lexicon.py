"""Closed word classes and the verbs of news English: what a rule-based clause reader needs.

No statistical tagger here: news prose is regular enough that determiners, prepositions,
auxiliaries and a list of the verbs wire stories use (with every irregular form) find the
verb that governs a time expression in most sentences, and a wrong guess costs a clumsy
title, never a wrong date.
"""

from __future__ import annotations

DETERMINERS = frozenset(
    "the a an this that these those its their his her our my your some any each every all "
    "both no another several many few most other such more less fewer".split()
)
ARTICLES = frozenset({"the", "a", "an"})
PRONOUNS = frozenset(
    "he she it they we i you him her them us me who whom which there itself themselves "
    "himself herself one".split()
)
SUBJECT_PRONOUNS = frozenset("he she it they we i you".split())
PREPOSITIONS = frozenset(
    "in on at by for with from to of into onto over under after before since until till "
    "during against between among amongst through across near about around toward towards "
    "without within ahead amid amidst despite following per via outside inside along beyond "
    "behind upon off out up down than like including except".split()
)
CONJUNCTIONS = frozenset({"and", "or", "but", "nor", "yet", "so", "&"})
# Words that open a subordinate clause when a subject and a verb follow them.
SUBORDINATORS = frozenset(
    "because although though while whereas if unless as when whenever where after before "
    "since until once whether".split()
)
RELATIVES = frozenset({"which", "who", "whom", "whose", "that"})
AUXILIARIES = frozenset(
    "is are was were be been being am has have had do does did will would shall should can "
    "could may might must 's ’s 're ’re 've ’ve 'd ’d 'll ’ll".split()
)
BE_FORMS = frozenset("is are was were be been being am 's ’s 're ’re".split())
HAVE_FORMS = frozenset("has have had 've ’ve 'd ’d".split())
MODALS = frozenset("will would shall should can could may might must 'll ’ll".split())
NEGATIONS = frozenset({"not", "n't", "n’t", "never", "no"})
ADVERBS = frozenset(
    "also still already just now then again ever never even only too very later earlier soon "
    "instead further yet reportedly allegedly apparently quickly finally initially recently "
    "previously currently briefly eventually immediately effectively largely mostly partly "
    "nearly almost about around fully".split()
)
# "be likely to", "be due to": a copula and one of these make a catenative chain.
BE_CHAIN_ADJECTIVES = frozenset(
    "likely unlikely due about poised set ready able unable willing expected scheduled slated "
    "going".split()
)
# Verbs that take a "to" infinitive: "agreed to talk", "vowed to fight".
CATENATIVE_VERBS = frozenset(
    "agree aim appear arrange ask attempt begin choose come continue dare decide demand "
    "expect fail get go happen help hesitate hope intend learn manage mean move need offer "
    "plan pledge prepare pretend promise propose prove refuse resolve seek seem start "
    "struggle swear tend threaten try undertake urge vote vow wait want wish".split()
)
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million billion trillion dozen dozens half".split()
)
CONNECTIVES = frozenset(
    "but and so yet however meanwhile moreover also instead still thus hence then besides "
    "furthermore nonetheless nevertheless otherwise indeed".split()
)

COMMON_WORDS = (
    (DETERMINERS | PRONOUNS | PREPOSITIONS | CONJUNCTIONS | SUBORDINATORS | RELATIVES | AUXILIARIES)
    | ADVERBS
    | CONNECTIVES
)

# Verbs that report speech: when a time expression hangs on one of them, it dates the
# saying ("said on Tuesday"), and the event is the statement.
REPORTING_LEMMAS = frozenset(
    "say tell report add state claim confirm quote insist note explain write "
    "acknowledge assert".split()
)

# Cues, read left of the governing verb, that make an event planned or expected.
PLANNED_CUES = (
    "will",
    "'ll",
    "’ll",
    "shall",
    "would",
    "going to",
    "expected to",
    "set to",
    "due to",
    "due on",
    "due in",
    "scheduled to",
    "scheduled for",
    "slated to",
    "slated for",
    "planned to",
    "plans to",
    "plan to",
    "planning to",
    "intends to",
    "intend to",
    "aims to",
    "aim to",
    "poised to",
    "likely to",
    "is to",
    "are to",
    "to be held",
    "could",
    "may",
    "might",
    "hopes to",
    "hope to",
    "promised to",
    "vowed to",
    "threatened to",
    "ahead of",
    "upcoming",
)

# Nouns that name events: a time expression modifying one ("the December 30 agreement",
# "Monday's talks") dates that event even when no verb governs it.
EVENT_NOUNS = frozenset(
    "talks negotiations negotiation agreement agreements deal deals accord accords treaty "
    "ceasefire truce armistice attack attacks strike strikes airstrike airstrikes raid raids "
    "bombing bombings election elections vote votes referendum summit meeting meetings "
    "conference visit visits war conflict uprising revolt revolution rebellion protest "
    "protests demonstration demonstrations rally rallies march speech address announcement "
    "decision resolution offensive assault assaults invasion coup killing killings massacre "
    "crash explosion explosions blast blasts earthquake launch clash clashes battle battles "
    "siege fall capture ruling verdict trial hearing session sessions round deadline "
    "withdrawal handover inauguration funeral ceremony crackdown uprisings shelling "
    "ambush kidnapping abduction arrest arrests execution assassination resignation "
    "sanctions embargo ban approval release collapse defeat victory takeover agreement "
    "meeting vote poll polls downfall ouster overthrow death outbreak liberation "
    "independence departure arrival defection defections surrender murder bombardment "
    "merger acquisition bankruptcy closure reopening shutdown landfall".split()
)
# Nouns that may name the same event, for matching "the December 30 agreement" to "the
# ceasefire deal brokered by Turkey and Russia" and for merging mentions of one event.
EVENT_NOUN_FAMILIES = (
    frozenset("agreement agreements deal deals accord accords treaty ceasefire truce".split()),
    frozenset(
        "talks negotiations negotiation meeting meetings summit conference session round".split()
    ),
    frozenset(
        "attack attacks strike strikes airstrike airstrikes raid raids bombing shelling".split()
    ),
    frozenset("election elections vote votes referendum poll polls".split()),
    frozenset("war conflict uprising revolt revolution rebellion".split()),
    frozenset("protest protests demonstration demonstrations rally rallies march".split()),
)

# Words that end in -ed but are not verbs in a clause (adjectives and nouns).
NOT_VERBS_ED = frozenset(
    "armed united indeed hundred need needed speed feed seed proceed exceed bleed breed "
    "embed naked wicked sacred rugged ragged beloved alleged so-called red bed shed "
    "aged wretched crooked learned".split()
)

# Irregular verbs: base, past, past participle (third person and -ing are regular).
IRREGULAR_VERBS = (
    "arise arose arisen|be was been|bear bore borne|beat beat beaten|become became become|"
    "begin began begun|bend bent bent|bid bid bid|bind bound bound|bite bit bitten|"
    "bleed bled bled|blow blew blown|break broke broken|bring brought brought|"
    "build built built|burn burnt burnt|burst burst burst|buy bought bought|cast cast cast|"
    "catch caught caught|choose chose chosen|cling clung clung|come came come|cost cost cost|"
    "creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|do did done|draw drew drawn|"
    "drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|"
    "feel felt felt|fight fought fought|find found found|flee fled fled|fly flew flown|"
    "forbid forbade forbidden|forecast forecast forecast|foresee foresaw foreseen|"
    "forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|"
    "give gave given|go went gone|grow grew grown|hang hung hung|"
    "have had had|hear heard heard|hide hid hidden|hit hit hit|hold held held|hurt hurt hurt|"
    "keep kept kept|know knew known|lay laid laid|lead led led|leave left left|lend lent lent|"
    "let let let|lie lay lain|light lit lit|lose lost lost|make made made|mean meant meant|"
    "meet met met|mislead misled misled|overcome overcame overcome|overrun overran overrun|"
    "oversee oversaw overseen|overtake overtook overtaken|overthrow overthrew overthrown|"
    "pay paid paid|put put put|quit quit quit|read read read|rebuild rebuilt rebuilt|"
    "ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said|see saw seen|"
    "seek sought sought|sell sold sold|send sent sent|set set set|shake shook shaken|"
    "shed shed shed|shoot shot shot|show showed shown|shrink shrank shrunk|shut shut shut|"
    "sing sang sung|sink sank sunk|sit sat sat|sleep slept slept|slide slid slid|"
    "speak spoke spoken|spend spent spent|spin spun spun|split split split|"
    "spread spread spread|stand stood stood|steal stole stolen|stick stuck stuck|"
    "sting stung stung|strike struck struck|strive strove striven|swear swore sworn|"
    "sweep swept swept|swim swam swum|swing swung swung|take took taken|teach taught taught|"
    "tear tore torn|tell told told|think thought thought|throw threw thrown|"
    "undergo underwent undergone|understand understood understood|undertake undertook "
    "undertaken|uphold upheld upheld|upset upset upset|wake woke woken|wear wore worn|"
    "weep wept wept|win won won|withdraw withdrew withdrawn|withhold withheld withheld|"
    "withstand withstood withstood|write wrote written|shrug shrugged shrugged"
)

# Regular verbs common in news, as base forms: with the irregular ones they make the verb
# list (every inflection is generated), so "talks" is a verb only where the clause says so.
REGULAR_VERBS = (
    "accept accuse achieve acknowledge add address adopt advance agree aid aim allow "
    "announce appeal appear appoint approve arm arrest arrive ask assassinate attack "
    "attempt attend back ban bar block bomb boost boycott broker call calm cancel capture "
    "cause cease celebrate charge claim clash close collapse comment commit complete "
    "condemn confirm consider continue control convene convict cooperate cross crush "
    "damage declare decide decline defeat defect defend delay deliver demand deny deploy "
    "describe destroy detain die disappear discuss dismiss displace dispute drop earn "
    "elect emerge encircle end endorse enter erupt escalate escape establish evacuate "
    "expand expect expel explode express extend face fail fear file fire focus force form "
    "free gain gather halt hand happen head help hope host impose include increase injure "
    "insist intend intensify invade invite issue join jump kill kidnap land launch lift "
    "limit list mark massacre move name negotiate nominate note object occupy offer open "
    "order organise organize overrun pass plan pledge plunge pound present press prevent "
    "promise propose protest prove provide publish pull push raid rally reach receive "
    "recapture recognise recognize recover refer refuse regain reject release remain "
    "remove repeat replace report represent request resign resist resume retake return "
    "reveal rule sanction score secure seize sentence shell sign slip start stay step stop "
    "storm strengthen submit succeed suffer support surrender surround suspend target "
    "threaten topple travel trigger try turn urge use visit vote vow walk want warn welcome "
    "withdraw work wound yield climb ease fall gain slide slump soar surge tumble "
    "settle trade close end rise jump dip edge rebound retreat recover lose drop climb "
    "conduct bolster reinforce consolidate participate stage march defy restore ignore score "
    "explore abandon abduct abstain accompany acquire adjourn admit affect allege amend annex "
    "anticipate apologise apologize applaud apply argue assert assess assign assist assume "
    "assure authorise authorize avert avoid backtrack behead besiege blame breach capsize "
    "censure chase cite collaborate collide combat compensate complain concede conclude "
    "confiscate confront congratulate consult contain contest contribute convert convey "
    "cripple criticise criticize curb decry defuse demolish demonstrate denounce deplore "
    "deport depose designate destabilise detonate devastate devote disarm disband discover "
    "disperse disrupt dissolve distribute divert dominate donate downgrade eliminate embrace "
    "employ enable encourage endanger endure enforce engage ensure equip estimate evict "
    "examine execute exempt exile expire exploit expose extradite fabricate facilitate fade "
    "finance forge govern grab grant greet guarantee hail hamper harass hijack hire hunt "
    "identify ignite impeach implement improve incite inform inherit initiate inspect install "
    "instruct interrogate intervene introduce investigate jail justify lament legalise "
    "legalize liberate loot maintain manage mediate mention merge mobilise mobilize mourn "
    "murder nationalise nationalize notify observe obtain operate oppose oust outline "
    "overturn owe pardon persuade pillage plead postpone praise predict prepare preserve "
    "proclaim produce prohibit prolong promote prompt prosecute protect provoke punish "
    "purchase pursue ratify rattle rebuff recall recommend reconsider recruit reduce regret "
    "regulate reinstate reiterate relaunch relieve relocate rename renew renounce reopen "
    "repair repay repel rescue resolve respond restrict retain retaliate retire rob ruin "
    "save scrap shatter smash smuggle snub spark stab stall steer stir strand strangle "
    "subdue suggest summon suppress sustain swap tackle terminate thank thwart tighten torch "
    "torture undermine unite unveil upgrade vacate veto violate weaken widen wipe worsen "
    "depend rely"
)
