"""The compiled recognition patterns, one per family of temporal expression.

Each ``Rule`` is one compiled regex built from the frozen vocabularies; its named
groups are read by the resolver of the same name (see ``resolvers``). Patterns never
start with whitespace and use bounded whitespace runs so that pathological input
(long runs of spaces, 100,000 digits, one word repeated) is scanned in linear time.
A group named ``core`` narrows the annotation span (e.g. to drop a required "for").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType

from .numbers import NUMBER, VAGUE, alternation
from .vocabulary import (
    HOLIDAYS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MOVING_HOLIDAYS,
    NAMED_DAY_WORDS,
    ORDINAL_WORDS,
    QUANTITY_MODIFIERS,
    TIME_ZONES,
    WEEKDAYS,
)

S = r"\s{1,3}"  # a bounded run of whitespace between words (includes NBSP)
CAPITAL = r"(?=(?-i:[A-Z]))"  # next character is an upper-case letter, even under re.I

MONTH = rf"{CAPITAL}(?:{alternation(MONTH_NAMES)}|(?:{alternation(MONTH_ABBREVIATIONS)})\.?)(?!\w)"
WEEKDAY = rf"{CAPITAL}(?:{alternation(WEEKDAYS)})(?!\w)"
WEEKDAY_ANY = (
    rf"{CAPITAL}(?:{alternation(WEEKDAYS)}|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?)(?!\w)"
)
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d%]|[:,.]\d)"
ORDINAL_DAY = rf"(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)|{alternation(ORDINAL_WORDS)})(?!\w)"
YEAR = r"(?<![\w$£€.,#/:])(?:1\d|2[01])\d\d(?![\w%]|[.,:]\d|\s?(?:%|per\s?cent))"
SPELLED_YEAR = (
    r"(?:(?:eighteen|nineteen)[\s-](?:hundred(?:[\s-]and)?[\s-]\w+|(?:oh|o)[\s-]\w+|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"|two[\s-]thousand(?:[\s-](?:and[\s-])?(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)(?!\w)"
)
ANY_YEAR = rf"(?:{YEAR}|{SPELLED_YEAR})"
QMOD = alternation(QUANTITY_MODIFIERS)
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|"
    r"quarters?|years?|decades?|century|centuries|millenni(?:um|a|ums))"
)
# "March of last year", "the spring of that year"
RELATIVE_YEAR = r"(?:this|last|next|that|the\s{1,3}(?:previous|following|same))\s{1,3}year"
# "in a month's time", "in four weeks' time": the possessive and "time" belong to the span
TIME_TAIL = r"(?:(?:['’]s|(?<=s)['’])\s{1,3}time(?!\w))?"
POINT_PREFIX = (
    r"(?:(?P<pmod>(?:earlier|later|early|late)\s{1,3}in|early|earlier|mid|middle|late|later|"
    r"end(?=-)|"  # chronology shorthand: "until end-September", "by end-2012"
    r"the\s{1,3}(?:very\s{1,3})?"
    r"(?:beginning|start|end|middle|dawn|turn|height|rest|(?:first|last|final)\s{1,3}"
    r"(?:days|weeks?|fortnight))\s{1,3}of|"
    # "for a good part of 1990", "the better part of last year"
    r"(?:a|the)\s{1,3}(?:good|better|best|greater|large)\s{1,3}part\s{1,3}of|"
    # headline style: "by end of September", "at start of 2012"
    r"(?=[esb])(?:(?<=\bby\s)|(?<=\bat\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bbefore\s))"
    r"(?:end|start|beginning)\s{1,3}of)"
    r"(?:\s{1,3}|-)(?:the\s{1,3})?)?"
)
# "this coming Sunday, March 8": the written date says which Sunday; the word is kept.
# (not the day of a name: in "Black Friday, Nov. 29" the date is "Nov. 29")
WEEKDAY_RELATION = rf"(?:(?:this{S}(?:coming|past)|this|next|last|coming|past){S})?" + (
    CAPITAL + "".join(rf"(?<!\b{word}\s)" for word in NAMED_DAY_WORDS)
)  # (the capital first: the look-behinds run only where a weekday can start)
# The join and second weekday of a range: "Monday through Friday", "Tuesday-Saturday".
WEEKDAY_RANGE_TO = rf"\s{{0,3}}(?:to|through|thru|till|until|-|–)\s{{0,3}}{WEEKDAY}"
PLURAL_UNIT = r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)"
# "45 mins", "1 hr", "10 yrs": a unit abbreviated, only straight after a number
ABBREVIATED_UNIT = r"(?:(?<=\d\s)|(?<=\d-))(?:mins?|hrs?|secs?|yrs?|wks?)(?!\.?\w)"
TIME_ZONE = rf"(?:{alternation(TIME_ZONES)})"
US_ZONE_NAME = r"(?-i:Eastern|Pacific|Central(?:\s{1,3}European)?|Mountain)"
PART_OF_DAY = r"(?:morning|afternoon|evening|night|overnight|midday)"
PERIOD_OF_DATE = r"(?:week|weekend)"
PERIOD_LINK = r"(?:of|ended|ending|to|beginning|starting|commencing)"
# ("the first week of" and "the last week of" are the START and END of the month);
# "the first Sunday in May", "the last Thursday of November" are one day of it, "the last
# weekend of November" the weekend of its last Saturday
NTH_WEEK_OF = (
    rf"the{S}(?:(?P<nthweek>second|third|fourth){S}week|"
    rf"(?P<nthday>first|second|third|fourth|last){S}(?P<nthwday>{WEEKDAY}|weekend)){S}(?:of|in){S}"
)
IN_PART_OF_DAY = (
    rf"in{S}the{S}(?:morning|afternoon|evening)(?!\w)|at{S}night(?!\w)|"
    # "7:30 tonight", "at 6 this evening", "at 9 tomorrow morning": the day comes with it
    rf"tonight(?!\w)|this{S}(?:morning|afternoon|evening)(?!\w)|"
    rf"(?:tomorrow|yesterday){S}(?:morning|afternoon|evening|night)(?!\w)"
)
DECADE_WORDS = "twenties thirties forties fifties sixties seventies eighties nineties"


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    # True: the regex is case-sensitive and runs on the lower-cased text (``fold``).
    folded: bool = False


# An escape, or the name part of a named group or of a back-reference.
_NOT_LITERAL = re.compile(r"\\.|\(\?P(?:<\w+>|=\w+\))")


def _case_free(pattern: str) -> bool:
    """True when the pattern asks nothing of letter case: no capital, no ``(?-i:...)``."""
    literal = _NOT_LITERAL.sub("", pattern)
    return "(?-i" not in literal and not any(c.isupper() for c in literal)


def _rule(name: str, pattern: str) -> Rule:
    # Starting only at a word start lets the engine reject most positions at once.
    pattern = rf"(?<!\w)(?=[\w'’])(?:{pattern})"
    # Case-insensitive matching costs the engine two to three times as much as plain
    # matching, so a pattern that never looks at case runs on the lower-cased text.
    if _case_free(pattern):
        return Rule(name, re.compile(pattern), folded=True)
    return Rule(name, re.compile(pattern, re.IGNORECASE))


def fold(text: str) -> str:
    """``text`` lower-cased character by character, its length (and offsets) unchanged."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters ("İ") grow when lower-cased: those stay as they are.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


RULES: tuple[Rule, ...] = (
    _rule(
        "month_day",  # "Monday, January 23", "Dec. 30, 2016", "Jan 23rd"
        rf"(?:(?P<approx>around|about|approximately|circa|on\s+or\s+about){S})?"
        # "the week of Feb. 13", "the week ended March 16": that week ("the night of March
        # 5" leaves the date alone)
        rf"(?:(?P<periodof>the{S}{PERIOD_OF_DATE}){S}{PERIOD_LINK}{S}|{POINT_PREFIX})"
        rf"(?:{WEEKDAY_RELATION}(?P<weekday>{WEEKDAY_ANY}),?{S})?(?P<month>{MONTH}){S}"
        # ("the April-September first half" is a half year, not September 1)
        rf"(?:the{S})?(?P<day>{DAY}|{ORDINAL_DAY})(?!\s?(?:-|–)?\s?(?:year|month|day|hour))"
        rf"(?!{S}(?:half|quarter)\b)"
        rf"(?:[-–/](?:3[01]|[12]\d|0?[1-9])(?!\d))?"
        rf"(?:(?:\s?,\s{{0,3}}|{S})(?P<year>{ANY_YEAR})|{S}(?P<relyear>(?:last|next|this){S}year))?",
    ),
    _rule(
        "day_month",  # "30 December 2016", "Monday 23 January", "the 23rd of January"
        rf"(?:(?P<periodof>the{S}{PERIOD_OF_DATE}){S}{PERIOD_LINK}{S})?"
        rf"(?:{WEEKDAY_RELATION}(?P<weekday>{WEEKDAY_ANY}),?{S})?(?:the{S}(?=\d{{1,2}}(?:st|nd|rd|th)|[a-z]|\d{{1,2}}{S}of\b))?"
        rf"(?P<day>{DAY}|{ORDINAL_DAY})(?:{S}of)?{S}(?P<month>{MONTH})"
        # "31 March next year": that date of that year, one expression
        rf"(?:,?{S}(?P<year>{ANY_YEAR})|{S}(?P<relyear>(?:last|next|this){S}year))?",
    ),
    _rule(
        "month_year",  # "December 2016", "January of 1990", "July last year"
        rf"(?:{NTH_WEEK_OF}|{POINT_PREFIX})(?P<month>{MONTH})(?:,?{S}|{S}of{S})"
        rf"(?:(?P<year>{ANY_YEAR})|"
        rf"(?P<relyear>{RELATIVE_YEAR}))",
    ),
    _rule(
        "month",  # "December", "last December", "mid-December", "the second week of June"
        rf"(?:{NTH_WEEK_OF}|{POINT_PREFIX})(?:(?P<rel>last|next|this|this\s+past|this\s+coming|"
        # ("That September", "in that May": the year the story is at, see the resolver)
        rf"coming|past|(?:the\s+)?(?:previous|following)|that){S})?(?P<month>{MONTH})",
    ),
    _rule(
        "numeric_date",  # ISO dates and times, 30/12/2016, 12.30.2016
        r"(?<![\w./-])(?:(?P<iy>\d{4})-(?P<im>[01]\d)-(?P<id>[0-3]\d)"
        r"(?:[t ](?P<ih>[0-2]\d):(?P<imin>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:z|[+-]\d\d:?\d\d)?)?"
        r"|(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
        r"|(?P<yy>\d{4})/(?P<ym>[01]?\d)/(?P<yd>[0-3]?\d))(?![\w/.-]\w)",
    ),
    _rule(
        "year",  # "2011", "fiscal 1989", "the year 2000", "early 2017", "1990 and beyond"
        rf"{POINT_PREFIX}(?:(?P<fiscal>fiscal(?:{S}year)?|fy|calendar(?:{S}year)?|the{S}year)"
        rf"(?:\s{{0,3}}|-))?(?P<year>{YEAR}|(?<=fy)(?:(?:1\d|20)\d\d|\d\d)(?!\w)|{SPELLED_YEAR}|"
        # "the summer of '69", "By '72": a year cut to two digits after a word of time
        rf"(?=['’]\d\d)(?:(?<=\bof\s)|(?<=\bin\s)|(?<=\bby\s)|(?<=\bsince\s)|(?<=\buntil\s)|"
        rf"(?<=\bfrom\s)|(?<=\bto\s))['’]\d\d(?![\w'’])|"
        # "753 BC", "around 1600 BCE": a year before Christ
        rf"(?=\d{{1,4}}\s?b)(?<![\w$£€.,])\d{{1,4}}(?=\s?(?:bce?|b\.c\.(?:e\.)?)(?!\w)))"
        rf"(?P<bc>\s?(?:bce?|b\.c\.(?:e\.)?)(?!\w))?"
        # "1990 and beyond", but not "in 1942 and after he seized power" (a conjunction)
        rf"(?P<after>{S}(?:and|or){S}(?:beyond|later|after|earlier|before)(?![ \t]*\w))?",
    ),
    _rule(
        "decade",  # "the 1990s", "the '80s", "the mid-1990s", "the nineties"
        rf"(?:the{S})?{POINT_PREFIX}(?:(?P<digits>(?<![\w$])(?:1\d|20)\d0)'?s|"
        rf"['’](?P<short>\d)0s|"
        # "the sixties", "the late sixties" (not "in his late sixties", an age)
        rf"(?:(?<=the\s)|(?<=the\slate\s)|(?<=the\searly\s)|(?<=the\smid-)|(?<=the\smid\s))"
        rf"(?P<word>{alternation(DECADE_WORDS.split())})|"
        # "the 1950's and 60's", "the 60's" (but not "in his 60's", an age)
        rf"(?:(?<=the\s)|(?<=and\s)|(?<=-))(?P<short2>[1-9])0['’]s|"
        # "the 70s", "the late 80s", "1950s, 60s and 70s" (the resolver checks the context)
        rf"(?<![\w$£€.,'’])(?P<short3>[1-9])0s)(?!\w)",
    ),
    _rule(
        "century",  # "the 20th century", "the nineteenth century"
        rf"(?:the{S})?{POINT_PREFIX}(?P<ordinal>\d{{1,2}}(?:st|nd|rd|th)|{alternation(ORDINAL_WORDS)})"
        rf"[\s-]{{1,3}}century(?!\w)",
    ),
    _rule(
        "weekday",  # "Monday", "last Friday", "Tuesday night", "on Mondays"
        rf"{POINT_PREFIX}(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past|"
        rf"previous|following|the\s+previous|the\s+following|the\s+next|"
        rf"the\s+preceding|(?P<everyw>every(?:\s+other)?|each)|(?-i:That)|"
        rf"(?:(?<=\bon\s)|(?<=\bby\s))that)"
        rf"{S})?(?P<weekday>{CAPITAL}(?:{alternation(WEEKDAYS)}))(?P<plural>s)?(?!\w)"
        rf"(?:{S}(?P<pod>morning|afternoon|evening|night|overnight)s?)?"
        # "every Monday at 10 am": the hour of each of them
        rf"(?(everyw)(?:{S}at{S}(?P<shour>1[0-2]|0?[1-9])(?:[:.](?P<sminute>[0-5]\d))?\s?"
        rf"(?P<sampm>[ap])(?:\.m\.|m\b|\.m\b))?)"
        rf"(?:{S}(?P<week>last|next|this){S}week(?!\w))?",  # "on Tuesday last week"
    ),
    _rule(
        "relative_day",  # "yesterday", "tonight", "yesterday morning", "late yesterday"
        rf"{POINT_PREFIX}(?P<word>today|tonight|yesterday|tomorrow|"
        rf"(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+tomorrow|"
        rf"overnight|this\s+morning|this\s+afternoon|this\s+evening|"
        # "this day last year", "the same day next week": the DCT's day a unit away
        rf"(?:this|the\s+same)\s+day\s+(?:last|next)\s+(?:year|month|week)|"
        rf"last\s+night|tomorrow\s+night|mid-?week)(?!\w)(?:{S}(?P<pod>{PART_OF_DAY}))?",
    ),
    _rule(
        "deictic",  # "last week", "this year", "the following day", "the current quarter"
        rf"{POINT_PREFIX}(?P<det>this|these|next|last|past|coming|previous|following|current|"
        rf"same|that|those|the|this\s+past|this\s+coming|"
        # ("said that last week", "pray that next year": a conjunction, not "that year")
        rf"(?:the|this|that(?!\s+(?:next|last)\s+\w+\b(?!\s+of\b)))\s+"
        rf"(?:previous|following|next|past|last|coming|same|current|prior|"
        rf"preceding|latest|very|recent|entire|whole|full|fiscal|calendar|current\s+fiscal|"
        rf"latest\s+fiscal|previous\s+fiscal)|"
        rf"(?:last|this|next)\s+fiscal|(?:the|its|their)\s+most\s+recent|its|their)"
        rf"{S}(?P<unit>day|week|weekend|month|quarter|year|decade|century|half|morning|afternoon|"
        rf"evening|night|period|season|spring|summer|autumn|fall|winter|"
        rf"fiscal\s{{1,3}}year|financial\s{{1,3}}year|fiscal\s{{1,3}}quarter|time|hour|"
        rf"academic\s{{1,3}}year|school\s{{1,3}}year)"
        rf"(?P<plural>s)?(?!\w)"
        # "the week ahead", "the year ahead": the coming stretch (plurals are references)
        rf"(?P<ahead>(?<!s){S}ahead(?![\w-])(?!{S}of\b))?"
        # "the week after next", "the weekend before last"
        rf"(?P<skip>{S}(?:after{S}next|before{S}last)(?!\w))?"
        rf"(?:{S}(?P<ofyear>of{S}(?P<year>{YEAR})))?(?P<orso>{S}or{S}so)?",
    ),
    _rule(
        "quarter",  # "the third quarter", "fourth-quarter", "Q1 2017", "the first half of 1990"
        rf"{POINT_PREFIX}"  # "the end of the first quarter"
        rf"(?:(?P<det>the|its|this|last|next|a|that|their|his|her|our)\s{{1,3}})?"
        rf"(?:(?P<pyear>{YEAR}|(?:last|this|next)\s{{1,3}}year['’]s|{YEAR}['’]s)\s{{1,3}})?"
        rf"(?P<adj>(?:(?:fiscal|calendar|latest|current|year-ago|year-earlier|flat|"
        rf"comparable|same)[\s-]{{1,3}}){{0,2}})"
        rf"(?P<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]{{1,3}}"
        rf"(?:fiscal[\s-]{{1,3}})?(?P<unit>quarter|half)(?!\w)"
        rf"(?:{S}of{S}(?P<yrel>(?:(?:fiscal|the|this|last|next|calendar){S}){{0,2}})"
        rf"(?P<year>{YEAR}|year)(?!\w))?"
        rf"|(?:(?P<qyear0>{YEAR}){S})?(?<![\w-])(?P<q>q[1-4]|h[12]|[1-4]q|[12]h)"
        # "Q3 FY19", "Q1FY24", "1H FY2023", "2Q 2023"
        rf"(?:{S}(?P<qyear>{YEAR})|(?:{S}|(?=fy))fy['’]?\s?(?P<qfy>(?:19|20)?\d\d))?(?!\w)",
    ),
    _rule(
        "season",  # "this summer", "last fall", "summer 2017", "the winter of 1994"
        rf"(?:(?P<the>the){S}(?=early|mid|late))?{POINT_PREFIX}(?:(?P<rel>this|last|next|"
        rf"the\s+following|the\s+previous|the\s+next|the|this\s+past|this\s+coming|coming|past|"
        rf"previous|following|every|each|that){S})?"
        rf"(?P<season>spring|summer|autumn|fall|winter)(?:{S}term)?"
        rf"(?:(?:{S}of)?{S}(?P<year>{ANY_YEAR})"
        rf"(?P<split>(?<=\d)[-–/](?:\d\d)?\d\d(?![\w%]|[-–/.,]\d))?"  # "winter 2010-11"
        rf"|{S}of{S}(?P<relyear>{RELATIVE_YEAR})|{S}of{S}(?P<cutyear>['’]\d\d)(?![\w'’]))?(?!\w)",
    ),
    _rule(
        "ago",  # "two years ago", "a year earlier", "a week or so ago", "days later"
        rf"(?:(?P<qmod>{QMOD}){S})?(?:(?P<num>{NUMBER}|{VAGUE}|an?|another|the|that|this)(?:{S}|-))?"
        # ("the evening before", "two nights later": a part of the day counted like a day)
        rf"(?P<unit>{UNIT}|(?:morning|afternoon|evening)s?|"
        rf"(?P<season>summer|winter|spring|autumn|fall)s?(?=\s{{1,3}}ago\b))"
        rf"(?:{S}or{S}so)?(?:{S}(?P<qualifier>or{S}(?:more|less|two)))?"
        # ("spent a week earlier this month": "a week", then "earlier this month")
        # ("two months earlier in the week": a count, then "earlier in the week")
        rf"{S}(?P<dir>ago|(?:earlier|later)(?!{S}(?:this|next|last|today|tonight|in{S}the{S}(?:day|week|month|year|quarter|season|morning|afternoon|evening))\b)|before|after|"
        # "a week from today", "a fortnight tomorrow" (British): that day, a week or two on
        rf"from\s{{1,3}}(?:now|today|tomorrow)|(?<=week\s)(?:today|tomorrow)|"
        rf"(?<=weeks\s)(?:today|tomorrow)|(?<=fortnight\s)(?:today|tomorrow)|hence|since|back)"
        rf"(?!\w)",
    ),
    _rule(
        "duration",  # "five years", "the past five years", "a month", "three-year", "24 hours"
        rf"(?:(?P<qmod>{QMOD}|for\s+at\s+least|for\s+more\s+than){S})?"
        rf"(?:(?P<det>the|a|an|another|an{S}additional|(?:the|its|their|his|her|those|these){S}"
        rf"(?:past|last|next|coming|first|following|previous|final|latest|remaining|ensuing|"
        rf"preceding|initial|early|late|same)|each{S}of{S}the{S}(?:past|last|next)){S})?"
        # (a year is no lower bound: "sentenced in 2015 to 20 years")
        rf"(?:(?P<low>(?!(?:1\d|20)\d\d\b){NUMBER})(?:{S}(?:to|or|-|–){S}|[-–]))?"
        rf"(?:(?P<num>{NUMBER}|{VAGUE}|a\s+few|couple\s+of|few)(?P<hyphen>-|{S}))"
        rf"(?:(?:more|additional|full|straight|consecutive|long|short|trading|business|working|"
        rf"calendar|school|extra|further|legislative|sitting|banking|court)[\s-]{{1,3}})?"
        rf"(?P<unit>{UNIT}|{ABBREVIATED_UNIT})(?!\w)"
        rf"(?P<long>-long|-old)?(?:{S}(?P<andhalf>and\s+a\s+half))?(?:{S}or{S}so)?{TIME_TAIL}"
        rf"|(?:(?P<qmod2>{QMOD}){S})?(?P<det2>a|an|one|another|an{S}additional|half\s+an?|a\s+full|"
        rf"a\s+quarter\s+of\s+an?)"
        rf"{S}(?P<unit2>second|minute|hour|day|week|weekend|fortnight|month|year|decade|century)"
        rf"(?![\w-])(?:{S}(?P<andhalf2>and\s+a\s+half))?(?:{S}or{S}(?:so|two|more))?{TIME_TAIL}"
        rf"|(?P<long_unit>hour|day|week|month|year|decade|century)-long(?!\w)"
        rf"|(?P<long_units>hours|days|weeks|months|years|decades)-long(?!\w)"
        # "the past fortnight", "the next fortnight": two weeks, like "the past two weeks"
        rf"|(?P<fortnight>the{S}(?:past|last|next|coming|previous|following){S}fortnight)(?!\w)"
        # "over the course of the year": the whole of one
        rf"|(?P<course>the{S}course{S}of{S}the{S}(?P<cunit>day|week|month|year|decade))(?!\w)"
        # "the past three summers", "the last two winters": that many years
        rf"|(?P<seasons>the{S}(?:past|last|next|coming|previous|following){S}"
        rf"(?P<snum>{NUMBER}|few|several){S}(?:summers|winters|springs|autumns|falls))(?!\w)",
    ),
    _rule(
        "half_unit",  # "the past half year", "a half hour", "half-century"
        rf"(?:(?:the|a|an|its|their)(?:{S}(?:past|last|next|first|following|previous|coming|"
        rf"final))?{S})?half[\s-](?P<half_unit>hour|day|week|month|year|decade|century)(?!\w)",
    ),
    _rule(
        "bare_plural",  # "for years", "for decades", "in years" (core excludes the preposition)
        rf"(?<!\w)(?:for|in|over|within|during|take|took|takes|taken|last(?:ed|s)?|lasting|after|"
        rf"following|follows|followed|spent|spend|spends|end|ended|ending|through|waited|wait)"
        rf"{S}(?P<core>(?:the{S}(?:(?:early|first|last|final|following|ensuing|intervening){S})?)?"
        rf"(?:(?:many|several){S})?{PLURAL_UNIT}(?:{S}or{S}(?:even{S})?{PLURAL_UNIT})?)(?!\w)"
        rf"(?!{S}(?:ago|later|earlier|before|after|old)\b)"
        # "weeks of fighting", "hours after the attack": a bare plural measuring a stretch.
        rf"|(?<![\w$£€.,'’-])(?P<bare>{PLURAL_UNIT}(?:{S}or{S}(?:even{S})?{PLURAL_UNIT})?)"
        rf"(?={S}(?:after|before|of{S}(?!the\s)(?:(?-i:[a-z])|(?<=(?-i:[a-z])\sof\s)(?-i:[A-Z]))))",
    ),
    _rule(
        "time",  # "2:30 p.m.", "0900 GMT", "noon Saturday", "10 p.m. Wednesday"
        rf"(?:(?P<qmod>about|around|approximately|"
        rf"roughly|some){S})?(?:(?P<pdate>{WEEKDAY}|today|yesterday|tomorrow|tonight){S}at{S}|"
        rf"(?P<fulldate>(?:{WEEKDAY_ANY},?{S})?{MONTH}{S}{DAY},?{S}{YEAR})(?:,?{S}|{S}at{S}))?"
        # "won in 2:08:21": a race time, hours, minutes and seconds
        rf"(?:(?<![\w:.$£€])(?P<race>\d{{1,2}}:[0-5]\d:[0-5]\d)(?P<fraction>\.\d{{1,3}})?(?![\d:.]\d)|"
        # "won in 26:49.51": minutes, seconds and hundredths are a race time
        rf"(?=\d)(?<![\w:.$£€])(?P<lap>\d{{1,2}}:[0-5]\d\.\d{{1,3}})(?![\d:.]\d)|"
        rf"(?<![\w:.$£€])(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s{{0,2}}"
        rf"(?P<ampm>[ap]\.\s?m\.|[ap]m(?!\w)|[ap]\.m(?!\w))|"
        rf"(?<![\w:.$£€])(?P<hour24>[01]?\d|2[0-3])(?::|\.|h)?(?P<minute24>[0-5]\d)(?=\s{{0,2}}(?:(?:{TIME_ZONE}|hours|hrs)(?!\w)|h\b|local{S}time\b|(?-i:ET|PT)\b))"
        # "ten past midnight", "20 minutes past midnight": the small hours
        rf"|(?:(?P<pastmid>\d{{1,2}}|five|ten|twenty(?:-five)?|a{S}quarter|half)(?:{S}minutes?)?"
        rf"{S}past{S}(?=midnight)|"
        rf"12{S}(?=noon|midnight))?(?P<named>noon|midnight|midday)(?!\w)|(?P<o>(?:1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+o['’]clock"
        rf"(?:{S}(?P<inpod2>{IN_PART_OF_DAY}))?"
        # "half past six", "a quarter to nine in the evening": a clock said in words
        rf"|(?P<spoken>half{S}past|(?:a{S})?quarter{S}(?:past|to)){S}"
        rf"(?P<shour>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
        rf"twelve)(?![\w%.,:]\d|[\w%]|{S}(?:per|percent|million|billion|of)\b)"
        rf"(?:{S}(?P<inpod4>{IN_PART_OF_DAY}))?"
        # "between 2 and 3 a.m.", "from 9 to 11 p.m.": the first hour takes the second's half
        rf"|(?:(?<=from\s)|(?<=between\s))(?P<hourr>1[0-2]|0?[1-9])(?:[:.](?P<minuter>[0-5]\d))?"
        rf"(?=\s{{0,3}}(?:to|and|-|–|until|till)\s{{0,3}}(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?"
        rf"\s{{0,2}}(?P<ampmr>[ap])\.?\s?m(?!\w))"
        # "tonight at 8": a bare hour after "tonight at" is in the evening
        rf"|(?<=tonight\sat\s)(?P<nighthour>1[0-2]|[1-9])(?![\w:.,%]\d|[\w%])"
        rf"(?!{S}(?:percent|per\b|points?\b|million|billion|degrees|to{S}\d|-))"
        # "1:30 in the morning", "9 at night"
        rf"|(?<![\w:.$£€])(?P<hour3>1[0-2]|0?[1-9])(?:[:.](?P<minute3>[0-5]\d))?"
        rf"{S}(?P<inpod>{IN_PART_OF_DAY})"
        # "at 23:30", "from 9:00 to 17:30": a bare clock, kept only after a clock word
        rf"|(?<![\w:.$£€])(?P<hourc>[01]?\d|2[0-3]):(?P<minutec>[0-5]\d)(?![\d:]))"
        rf"(?:\s{{0,2}}(?P<tz>{TIME_ZONE}|hours|hrs)(?!\w)|{S}local{S}time(?!\w)|"
        # "2 p.m. Eastern time", "9 a.m. Pacific", "4 p.m. ET"
        rf"{S}(?:{US_ZONE_NAME}(?:{S}(?:standard|daylight))?(?:{S}time)?|(?-i:ET|PT))(?!\w)|"
        # "9 p.m. Moscow time", "noon Beijing time"
        rf"{S}(?-i:[A-Z][a-z]{{2,12}}){S}time(?!\w))?"
        # ("8 p.m. Monday through Friday" is a clock time, then a range of weekdays)
        # ("at 11 p.m. on Wednesday night": the part of the day goes with its day)
        rf"(?:(?:\s?,\s{{0,3}}|{S})(?:on{S})?(?P<date>{WEEKDAY}(?!{WEEKDAY_RANGE_TO})"
        rf"(?:,?{S}{MONTH}{S}{DAY}(?:,?{S}{YEAR})?|,?{S}{DAY}{S}{MONTH}(?:,?{S}{YEAR})?|"
        rf"{S}{PART_OF_DAY}(?!\w))?|"
        rf"(?:today|yesterday|tomorrow)(?:{S}{PART_OF_DAY}(?!\w))?|"
        rf"tonight|{MONTH}{S}{DAY}(?:,?{S}{YEAR})?|{DAY}{S}{MONTH}(?:,?{S}{YEAR})?))?",
    ),
    _rule(
        "part_of_day",  # "the morning", "that night", "mid-afternoon"
        rf"(?:(?P<pmod>early|late|mid)(?:-|{S}|(?<=mid)(?=morning|afternoon|evening|night)))?"
        rf"(?:(?P<det>the|that|this|last|each|every)"
        rf"{S})?(?:(?P<pmod2>early|late|mid)(?:-|{S}))?(?P<pod>morning|afternoon|evening|night|"
        rf"daytime|overnight)(?P<plural>s)?(?!\w)"
        rf"(?:{S}(?P<day>yesterday|today|tomorrow|{WEEKDAY}))?",
    ),
    _rule(
        "reference",  # "now", "recently", "the past", "the future", "recent weeks"
        rf"(?P<word>right\s+now|now|currently|presently|nowadays|these\s+days|"
        rf"(?<=for\s)(?:a\s+while|quite\s+a\s+while|some\s+time|a\s+long\s+time)|"
        rf"the\s+present(?:\s+(?:day|time))?|(?<=at\s)present(?!\w)|the\s+other\s+day|"
        # "up 22% year-to-date", "in the year to date", "Month-to-date, the index ..."
        rf"(?:the\s+)?(?:year|month|quarter)[\s-]to[\s-]date|"
        rf"(?:more\s+|most\s+|very\s+|only\s+)?recently|lately|"
        rf"(?:the\s+)?(?:most\s+)?recent{S}(?:days|weeks|months|years|decades|times|quarters)|"
        rf"the\s+past|the\s+future|the\s+(?:near|immediate|distant|foreseeable)\s+future|"
        rf"the\s+(?:(?:slightly|much|very)\s+)?(?:(?:near|short|medium)[\s-]+to[\s-]+)?"
        # "in the long-term," written with a hyphen is still the noun before punctuation
        rf"(?:near|short|long|medium|longer)(?:\s+term|-term(?=\s*[,.;:)]))|soon|someday|"
        rf"(?:the\s+)?(?:coming|upcoming|next\s+few|future)\s+(?:days|weeks|months|years|decades|quarters)|"
        rf"the\s+(?:days|weeks|months|years)\s+(?:ahead|to\s+come)|previously|formerly|"
        rf"(?:the\s+)?(?:months|years|weeks)\s+to\s+come|"
        rf"(?:the\s+)?past\s+(?:days|weeks|months|years|decades)|"
        rf"the\s+moment|the\s+time\s+being|(?<=at\s)a\s+later\s+(?:date|stage|time)|"
        rf"the\s+new\s+year)(?![\w-])(?![’']s)",  # "in the new year": the coming year
    ),
    _rule(
        "set",  # "every Monday", "each year", "annually", "twice a week", "$5 billion a year"
        rf"(?:(?P<freq>once|twice|thrice|(?:{NUMBER}|several|many|a\s+few|few|multiple|"
        rf"numerous)\s+times){S})?(?P<every>every|each|per|a|an)"
        # ("every six to seven years": a set, at the shorter interval)
        rf"{S}(?:other{S})?(?:(?P<setlow>{NUMBER}){S}(?:to|or){S})?(?:(?P<num>{NUMBER}){S})?"
        rf"(?P<unit>second|minute|hour|day|night|week|"
        rf"weekend|fortnight|month|quarter|year|decade|morning|afternoon|evening|spring|summer|"
        rf"autumn|fall|winter|min|hr|sec|century(?!s)|centuries(?!s))s?(?!\w)"
        rf"|(?P<annum>per{S}annum)(?!\w)"
        rf"|(?P<halfhour>every{S}half[\s-]hour)(?!\w)"  # "the bus runs every half hour"
        rf"|(?:(?P<freq2>once|twice|thrice){S})?"  # "twice yearly"
        rf"(?P<adverb>daily|nightly|weekly|fortnightly|monthly|"
        rf"quarterly|yearly|annually|hourly|biweekly|bimonthly|biannually|semiannually|biennially|"
        rf"triennially|"
        rf"semi-annually)(?!\w)|(?P<every2>every|each){S}(?P<month>{MONTH})"
        # "every June 16": that day each year
        rf"(?:{S}(?P<mday>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d,.]\d|\w))?"
        # "closed at weekends", "visits on weekends": every weekend
        rf"|(?:(?<=\bon\s)|(?<=\bat\s)|(?<=\bduring\s))(?P<weekends>weekends)(?!\w)",
    ),
    _rule(
        "holiday",
        # "last Easter", "every Christmas", "Christmas Day last year", "Easter 2016"
        # ("That Christmas", "the following Easter": counted from the story)
        rf"(?:(?P<rel>last|next|this|every|each|this\s+past|this\s+coming|that|"
        rf"the\s+following|the\s+previous){S})?"
        rf"{CAPITAL}(?P<holiday>{alternation([*HOLIDAYS, *MOVING_HOLIDAYS])})(?:['’]s)?(?!\w)"
        rf"(?:,?{S}(?P<year>{YEAR})|{S}(?P<relyear>(?:last|this|next){S}year)(?!\w))?",
    ),
    _rule(
        "ordinal_day",  # "the 23rd" (of the month being talked about)
        rf"(?P<on>(?<=\bon\s))?the{S}(?P<day>(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th))"
        # "the 14th of this month", "the 26th of last month"
        rf"(?:{S}of{S}(?P<ofmonth>this|last|next|the{S}(?:same|following|previous)){S}month)?"
        # ("the 11th in its history" is a count)
        rf"(?=\s{{0,3}}(?:[.,;)]|$|and\b|to\b|at\b|when\b|or\b|until\b|$|in\b(?!{S}(?:its|"
        rf"their|his|her|our|a{S}row|history|the{S}(?:series|world|league|country|history)))"
        # "the show on the 23rd is sold out": after "on", a verb may follow
        rf"|(?(on)(?:is|was|are|were|will|would|has|had|but|with|after|before)\b|(?!))))",
    ),
    _rule(
        "financial",  # "the year-ago quarter", "year-earlier", "the same period last year"
        rf"(?:(?P<det>the|a|its|their)\s{{1,3}})?(?:(?:comparable|same|corresponding)\s{{1,3}})?"
        rf"(?P<ago>year-ago|year-earlier|year\s+ago|year\s+earlier|prior-year|previous-year)"
        rf"(?:[\s-]{{1,3}}(?:(?P<ordinal>first|second|third|fourth)[\s-]{{1,3}})?"
        rf"(?P<unit>quarter|period|nine\s+months|six\s+months|half|month|year|week))?(?!\w)"
        rf"|(?P<det2>the|a)\s{{1,3}}(?:comparable|same|corresponding|year-earlier|year-ago)"
        rf"\s{{1,3}}(?P<unit2>period|quarter|time|week|month)\s{{1,3}}(?:of\s{{1,3}})?"
        rf"(?P<rel2>last|a)\s{{1,3}}year"
        rf"(?:\s{{1,3}}(?:ago|earlier|before))?"  # "the same quarter a year earlier"
        rf"|the\s{{1,3}}(?P<fyear>{YEAR})\s{{1,3}}(?P<unit3>period|quarter)(?!\w)",
    ),
    _rule(
        "ordinal_unit",  # "for a second day", "the fifth straight day", "in its third week"
        rf"(?P<det>the|a|its|their){S}(?P<ordinal>{alternation(list(ORDINAL_WORDS)[:10])}|"
        rf"\d{{1,2}}(?:st|nd|rd|th)){S}(?:(?:straight|consecutive|successive|full){S})?"
        rf"(?P<unit>day|night|week|month|year)(?!\w)",
    ),
    _rule(
        "day_tail",  # the "15" of "from August 10 to 15" (the month-day rule reads "10")
        r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w%]|[.,:]\d|\s?(?:%|per\s?cent))",
    ),
    _rule(
        "year_end",  # "year-end", "year's end", "the end of the year" are its last days
        rf"(?=[aym])(?:(?P<approx>around|about){S})?(?P<unit>year|month)(?:-|{S}|['’]s{S})end(?!\w)"
        rf"|(?=m)(?<=\bby\s)mid-?(?P<midunit>month|year)(?!\w)",  # "by month-end", "by mid-month"
    ),
)

RULE_PRIORITY = MappingProxyType({rule.name: index for index, rule in enumerate(RULES)})
