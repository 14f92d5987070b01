"""Resolvers for days and times of day: weekdays, "yesterday", "that night", "2:30 p.m."

Weekdays count from the DCT in the direction of the clause's tense; "that night" and
"the next morning" count from the date the story is at.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .calendar import Point
from .context import (
    DETERMINER_BEFORE,
    NEWS_DAY_REACH,
    Narrative,
    Resolution,
    is_title_inside_sentence,
    nearest_year,
    weekday_date,
)
from .numbers import parse_number
from .resolve_common import (
    CAPITALISED_AFTER,
    day_number,
    month_number,
    point_mod,
)
from .tense import FUTURE, HABITUAL_WORDS, PAST
from .vocabulary import (
    MONTH_NAMES,
    MONTHS,
    NAMED_DAY_WORDS,
    PARTS_OF_DAY,
    WEEKDAYS,
)


def _with_pod(value: str, pod: str | None) -> tuple[str, str]:
    if not pod:
        return "DATE", value
    return "TIME", f"{value}T{PARTS_OF_DAY[pod.lower()]}"


_STREET_WORDS = frozenset(
    "road street avenue lane drive boulevard close crescent terrace square parkway".split()
)
_SUNDAY_PAPER_BEFORE = re.compile(
    r"\b(?-i:Mail|Independent|Scotland|Wales|Ireland|Express|Mirror)\s{1,3}on\s{1,3}$"
)
_NAMED_DAY_BEFORE = re.compile(
    rf"\b(?:{'|'.join(word.capitalize() for word in NAMED_DAY_WORDS)})\s+$"
)
# "on Monday Libyan forces...", "said Monday Gaddafi...": a capitalised word after the weekday
# starts the next phrase when a preposition or a reporting verb comes before it.
_DATE_WORD_LEFT = re.compile(
    r"\b(?:on|by|until|till|since|from|before|after|said|says|told|announced|reported|added|"
    r"confirmed|declared)\s{1,3}$",
    re.I,
)
# "on Sundays", "most Fridays", "on Mondays and Thursdays": a plural weekday recurs.
_PLURAL_WEEKDAY_LEFT = re.compile(r"\b(?:on|every|each|most|all|some|\w+days\s+(?:and|or))\s+$")


_SHARED_PLURAL_POD = re.compile(
    r"\s{1,3}(?:and|or|&)\s{1,3}(?-i:[A-Z])[a-z]{2,8}day\s{1,3}"
    r"(?P<pod>morning|afternoon|evening|night)s(?!\w)"
)


_OF_EVERY_MONTH = re.compile(r"\s{1,3}(?:of|in)\s{1,3}(?:every|each)\s{1,3}month(?!\w)", re.I)
# ("the first and third Monday of every month", "the second and fourth Tuesdays")
_NTH_BEFORE = re.compile(
    r"\bthe\s{1,3}(?P<nth>(?:(?:first|second|third|fourth|fifth|last)(?:\s{1,3}and\s{1,3}|,\s{1,3}))*"
    r"(?:first|second|third|fourth|fifth)\s{1,3})?$",
    re.I,
)
_NAME_OR_POSSESSIVE = re.compile(r"['’]s|\s{1,3}[A-Z]")
_A_WEEK_ON = re.compile(
    # "a week on Monday" (British), "a week from Sunday", "two weeks from Thursday"
    r"\b(?:(?P<count>two|three|four|\d)\s{1,3}weeks\s{1,3}from|(?:a|one)\s{1,3}week\s{1,3}"
    r"(?:on|from))\s{1,3}$",
    re.I,
)
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:]\s+|\n\s*|[\"“‘(]\s*|(?:--|[–—_)])\s+)$")
# "USA Today", "Russia Today", "NBC's Today", "the Today programme": a title
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z0-9]*|['’]s|\b[Tt]he)\s{1,3}$")
_PROGRAMME_AFTER = re.compile(
    r"\s{1,3}(?:programme|program|show|newspaper|television|TV|radio|broadcast|interview)\b"
)
_CAPITAL_WORD_BEFORE = re.compile(r"\b(?-i:High|The)\s{1,3}$")
_TITLE_BEFORE = re.compile(r"\b(?-i:Mr|Mrs|Ms|Dr|Sgt|Man|Girl|Joe|Billy|Ruby)\.?\s{1,3}$")
_EXCEPT_BEFORE = re.compile(r"\bexcept\s{1,3}(?:on\s{1,3})?(?:for\s{1,3})?$", re.I)
_EVERY_LIST_BEFORE = re.compile(
    r"\b(?:every|each)\s{1,3}(?:(?-i:[A-Z])[a-z]{2,5}day(?:,\s{1,3}|\s{1,3}(?:and|or|&)\s{1,3}))+$",
    re.I,
)
_WEEK_AFTER = re.compile(
    r"\s{1,3}(?P<unit>week|fortnight)(?![\w'’-])(?!\s{1,3}(?:after|by|of|to)\s)"
)
# "on Friday last", "sworn in on Saturday next" (British and Indian English): the one
# before or after today, never today
_LAST_NEXT_AFTER = re.compile(
    r"\s{1,3}(?P<word>last|next)(?![\w'’-])"
    r"(?!\s{1,3}(?:to|door|week|weekend|month|year|time|season|quarter|day|night|summer|winter|"
    r"spring|autumn|fall|few|two|three|four|five|six|seven|eight|nine|ten|\d)\b)"
)
# A lower-case word after a hyphenated compound that is its head noun (not a conjunction,
# a preposition or a verb: "by mid-afternoon and", "late-night talks were")
_HEAD_NOUN_AFTER = re.compile(
    r"\s{1,3}(?!(?:and|or|but|in|of|at|on|when|while|that|before|after|during|to|as|was|is|"
    r"were|are|with|by|for|from|the|a|an|he|she|they|it|we|i|until|till|local|time|on)\b)"
    r"(?-i:[a-z]{3,})"
)
_TIMETABLE_AFTER = re.compile(
    r"\s{1,3}(?:timetables?|schedules?|services?|opening\s+hours|trading\s+hours|rota)\b"
)
_INDEFINITE_BEFORE = re.compile(r"\b[Aa]\s{1,3}$")
_NOUN_AFTER = re.compile(
    r"\s{1,3}(?!(?:in|of|at|on|when|that|before|after|during|last|this|next|to|as|"
    r"was|is|morning|afternoon|evening|night)\b)[a-z]"
)


def _some_weekday(weekday: int, pod: str | None, mod: str | None) -> Resolution:
    """A weekday the text does not date ("on a Monday", "That Friday" with no story day)."""
    type_, value = _with_pod(f"XXXX-WXX-{weekday + 1}", pod and pod.rstrip("s"))
    return Resolution(type_, value, mod)


def resolve_weekday(m, narrative: Narrative) -> Resolution | None:
    weekday = WEEKDAYS[m.group("weekday").lower()]
    relation = (m.group("rel") or "").lower().replace("  ", " ")
    relation = re.sub(r"\s+", " ", relation)
    pod = m.group("pod")
    text = narrative.text
    after = text[m.end() : m.end() + 25]
    # "Sunday Times", "Monday Night Football": a weekday inside a name.
    # (a possessive is a date: "Sunday's Toronto Marathon", "Saturday's Guardian")
    if not pod and not relation and re.match(r"\s{1,3}(?-i:[A-Z][a-z]+)", after):
        following = re.match(r"\s{1,3}([A-Z][a-z]+)", after).group(1).lower()
        if following in _STREET_WORDS:
            return None  # "a crash on Sunday Street"
        if following not in MONTHS and not _DATE_WORD_LEFT.search(
            text, max(0, m.start() - 12), m.start()
        ):
            return None
    if _SUNDAY_PAPER_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return None  # "The Mail on Sunday", "The Independent on Sunday": newspapers
    if relation == "following" and not pod and _POSSESSIVE_AFTER.match(text, m.end()):
        # "Following Saturday's vote, ...": a preposition, and the vote is over
        if narrative.dct is None:
            return replace(_some_weekday(weekday, None, None), start=m.start("weekday"))
        date = weekday_date(weekday, narrative.dct, PAST, None)
        return Resolution(
            "DATE", date.isoformat(), None, narrative.dct_value, start=m.start("weekday")
        )
    if not relation and _TITLE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None  # "Mr. Sunday", "Girl Friday", "Sgt. Joe Friday": a name
    # "Friday Night Lights", "Monday Night Football": a title in capitals.
    if pod and pod[0].isupper() and CAPITALISED_AFTER.match(text, m.end()):
        return None
    # "Good Friday agreement", "Bloody Sunday", "Super Tuesday": a named day, not this week's.
    if not relation and _NAMED_DAY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    # "on Tuesday nights": a plural part of the day recurs as much as "on Tuesdays",
    # and "on Monday and Tuesday nights" shares it with the first weekday.
    plural_pod = bool(pod) and m.group(0)[-1:].lower() == "s" and not relation
    shared = None if pod or relation else _SHARED_PLURAL_POD.match(text, m.end())
    if shared:
        pod, plural_pod = shared.group("pod"), True
    monthly = _OF_EVERY_MONTH.match(text, m.end())
    nth = _NTH_BEFORE.search(text, max(0, m.start() - 40), m.start()) if monthly else None
    if nth and bool(nth.group("nth")) != (relation == "last"):
        # "the first Saturday of each month", "the last Friday of every month": monthly
        return Resolution("SET", "P1M", start=nth.start(), end=monthly.end())
    week_on = (
        None if relation or pod else _A_WEEK_ON.search(text, max(0, m.start() - 24), m.start())
    )
    if week_on and narrative.dct is not None and not _NAME_OR_POSSESSIVE.match(text, m.end()):
        # "the bill returns a week on Monday": a week after the coming Monday
        count = (week_on.group("count") or "one").lower()
        weeks = int(count) if count.isdigit() else {"two": 2, "three": 3, "four": 4}.get(count, 1)
        date = weekday_date(weekday, narrative.dct, FUTURE, None) + dt.timedelta(weeks=weeks)
        return Resolution(
            "DATE", date.isoformat(), None, narrative.dct_value, start=week_on.start()
        )
    week_after = None if relation or pod else _WEEK_AFTER.match(text, m.end())
    if week_after and narrative.dct is not None:
        # "the vote is on Monday week" (British): a week after the coming Monday ("Sunday
        # fortnight": two)
        weeks = 2 if week_after.group("unit").lower() == "fortnight" else 1
        date = weekday_date(weekday, narrative.dct, FUTURE, None) + dt.timedelta(days=7 * weeks)
        return Resolution("DATE", date.isoformat(), None, narrative.dct_value, end=week_after.end())
    last_next = None if relation or pod else _LAST_NEXT_AFTER.match(text, m.end())
    if last_next and narrative.dct is not None and not m.group("plural"):
        step = -1 if last_next.group("word").lower() == "last" else 1
        date = narrative.dct + dt.timedelta(days=step)
        while date.weekday() != weekday:
            date += dt.timedelta(days=step)
        return Resolution("DATE", date.isoformat(), None, narrative.dct_value, end=last_next.end())
    recurring = (
        relation in ("every", "each", "every other")
        or bool(
            # "open every day except Sunday"
            not relation
            and _EXCEPT_BEFORE.search(text, max(0, m.start() - 16), m.start())
            and recurring_clause(text, m.start(), m.end())
        )
        or bool(
            # "every Monday, Wednesday and Friday", "every Friday and Saturday night"
            not relation and _EVERY_LIST_BEFORE.search(text, max(0, m.start() - 48), m.start())
        )
    )
    if recurring or (m.group("plural") and not relation) or plural_pod:
        if m.group("plural") and not relation:
            left = text[max(0, m.start() - 20) : m.start()]
            if (
                not _PLURAL_WEEKDAY_LEFT.search(left.lower())
                and not pod
                and (_NAME_BEFORE.search(left) or CAPITALISED_AFTER.match(text, m.end()))
            ):
                return None  # "The Sundays reported", "TGI Fridays": names
        code = PARTS_OF_DAY[pod.lower().rstrip("s")] if pod else None
        if m.group("shour"):  # "every Monday at 10 am"
            hour = int(m.group("shour")) % 12 + (12 if m.group("sampm").lower() == "p" else 0)
            code = f"{hour:02d}:{m.group('sminute') or '00'}"
        return Resolution("SET", f"XXXX-WXX-{weekday + 1}" + (f"T{code}" if code else ""))
    mod = point_mod(m.group("pmod"))
    article = (
        None if relation else _INDEFINITE_BEFORE.search(text, max(0, m.start() - 4), m.start())
    )
    if article and _TIMETABLE_AFTER.match(text, m.end()):
        return None  # "buses run on a Sunday timetable": the kind of day, not a date
    if article and not _NOUN_AFTER.match(text, m.end()):
        # "on a Monday in April", "It was a Sunday": some Monday, not this week's (but "a
        # Thursday high of $103" is that day's, and "a Sunday newspaper" is left as it was)
        return replace(_some_weekday(weekday, pod, mod), start=article.start())
    if relation == "that":
        # "He arrived on Tuesday, March 7. That Friday, he left": that week's Friday
        story = narrative.last_day
        if story is None:
            return _some_weekday(weekday, pod, mod)
        date = story.start + dt.timedelta(days=(weekday - story.start.weekday()) % 7)
        type_, value = _with_pod(date.isoformat(), pod and pod.rstrip("s"))
        return Resolution(type_, value, mod, story.value)
    if m.group("week") and not relation and narrative.dct is not None:
        # "on Tuesday last week": that weekday of the week named, counted from the DCT.
        shift = {"last": -1, "next": 1}.get(m.group("week").lower(), 0)
        monday = narrative.dct - dt.timedelta(days=narrative.dct.weekday() - 7 * shift)
        date = monday + dt.timedelta(days=weekday)
        type_, value = _with_pod(date.isoformat(), pod and pod.rstrip("s"))
        return Resolution(type_, value, mod, narrative.dct_value)
    if narrative.dct is None:
        anchor = narrative.last_day
        if anchor is None or relation.startswith("the"):
            return _some_weekday(weekday, pod, mod)
        base = anchor.start
    else:
        base = narrative.dct
    if relation.startswith("the "):
        # "the previous Friday" counts from the story's date, not from today.
        anchor_point = narrative.anchor_for("day") or Point("day", base)
        base = anchor_point.start
        relation = relation[4:]
    needs_tense = weekday != base.weekday() and relation in ("", "this")
    tense = narrative.weekday_direction(m.start(), m.end(), weekday, base) if needs_tense else 0
    possessive = _POSSESSIVE_AFTER.match(text, m.end())
    if (
        needs_tense
        and possessive
        and (
            _AFTERMATH_BEFORE.search(text, max(0, m.start() - 16), m.start())
            or _HAPPENED_NOUN.match(text, possessive.end())
        )
    ):
        # "the fallout from Friday's collapse", "police are investigating Monday's shooting"
        tense = PAST
    elif (
        needs_tense
        and tense != PAST
        and possessive
        and _AHEAD_OF_BEFORE.search(text, max(0, m.start() - 16), m.start())
        and not _HAPPENED_NOUN.match(text, possessive.end())
    ):
        tense = FUTURE  # "the weather for Monday's launch attempt", "ahead of Sunday's vote"
    if relation == "this" and tense not in (PAST, FUTURE):
        tense = FUTURE
    date = weekday_date(weekday, base, tense, relation or None)
    said = _said_day(m, narrative) if not relation and narrative.dct is not None else None
    if (
        said is not None
        and tense == FUTURE
        and _WOULD_BETWEEN.search(text, narrative.last_day_end, m.start())
    ):
        # "The speaker said on Monday that the vote would take place on Wednesday": the
        # Wednesday after that Monday, which may be gone by now
        return Resolution(
            "DATE", weekday_date(weekday, said, FUTURE, None).isoformat(), mod, said.isoformat()
        )
    if (
        said is not None
        and tense != FUTURE
        and date > said
        and narrative.direction(m.start(), m.end()) != FUTURE
    ):
        # "Jones said on Friday that he had met the buyer on Wednesday": what he told of
        # was over by that Friday, so the Wednesday before it, not before today
        date = weekday_date(weekday, said, PAST, None)
        base = said
    type_, value = _with_pod(date.isoformat(), pod and pod.rstrip("s"))
    return Resolution(type_, value, mod, base.isoformat())


# A day of speaking: "said on Friday that ...", "told reporters on Friday ...", "Speaking
# last Thursday, she said ..."
_SPEECH_BEFORE_DAY = re.compile(
    r"\b(?:said|told(?:\s+[\w.'’-]+){0,2}|announced|stated|explained|testified|wrote|"
    r"confirmed|revealed|admitted|claimed|[Ss]peaking|[Ww]riting)\s+(?:on\s+|late\s+|early\s+)?$"
)
# ... and what joins it to the day told of is a clause, not a list ("Thursday and Friday")
_LIST_JOIN = re.compile(r"\s*(?:,|and|or|to|through|until|-|–)?\s*(?:on\s+)?$", re.I)


_WOULD_BETWEEN = re.compile(r"\b(?:would|was\s+to|were\s+to|was\s+due\s+to)\b", re.I)


def _said_day(m, narrative: Narrative) -> dt.date | None:
    """The day of speaking, earlier in the sentence, that a reported past counts back from."""
    story = narrative.last_day
    if story is None or story.granularity != "day" or story.start >= narrative.dct:
        return None
    end = narrative.last_day_end
    if end > m.start() or m.start() - end > 160:
        return None
    between = narrative.text[end : m.start()]
    if _LIST_JOIN.fullmatch(between) or re.search(r"[,.;!?]\s", between.lstrip(", ")):
        return None  # (past a comma the day may be another clause's: "..., a position X
        # reaffirmed on Tuesday")
    said = narrative.last_day_start
    if not _SPEECH_BEFORE_DAY.search(narrative.text, max(0, said - 40), said):
        return None
    return story.start


_AHEAD_OF_BEFORE = re.compile(r"\b(?:for|ahead\s+of|in\s+time\s+for)\s{1,3}$", re.I)
_AFTERMATH_BEFORE = re.compile(r"\b(?:from|since|following|in\s+the\s+wake\s+of)\s{1,3}$", re.I)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# What has happened once it has a day: "Monday's shooting", "Saturday's defeat"
_HAPPENED_NOUN = re.compile(
    r"\s{1,3}(?:[\w-]+\s{1,3})?(?:shooting|attacks?|bombings?|blasts?|explosions?|crash|"
    r"collapse|arrests?|killings?|murders?|massacre|raids?|quake|earthquake|fire|floods?|riots?|"
    r"clashes|violence|defeat|loss|upset|resignation|death|deaths|stabbing|shootings)\b",
    re.I,
)
_KIND_NOUN_AFTER = re.compile(
    r"\s{1,3}(?:sky|skies|news|newspapers?|papers?|editions?|bulletins?|programmes?|"
    r"programs?|shows?|stars?|shifts?|air|prayers?|routine|commute|classes|dress|wear|"
    r"markets?|clubs?|life|buses|bus|trains?|flights?|owls?|porters?|nurses?|staff|watch|"
    r"watchman|curfew|services?|raids?|patrols?|safari|light|lights|terrors|sweats|"
    r"vision|duty|desk|editor|guards?|school|court|sun)\b",
    re.I,
)
_OVERNIGHT_NOUN = re.compile(
    r"\s{1,3}(?:cash\s+|interbank\s+|lending\s+|borrowing\s+)?(?:rates?|cash|lending|borrowing|"
    r"deposits?|repos?|index|interest|money|markets?|temperatures?|lows?|minimums?|stays?|"
    r"bags?|shifts?|guests?|visitors?|parking|trains?|flights?|buses|bus|ferry|ferries|"
    r"centers?|centres?|shelters?|camps?|accommodation|curfews?|reverse|repos?|facility)\b",
    re.I,
)


_WEEKDAY_AFTER = re.compile(
    rf"\s{{1,3}}(?:on\s{{1,3}})?((?-i:{'|'.join(day.capitalize() for day in WEEKDAYS)}))(?![\w'’])"
)


def _midweek(m, narrative: Narrative) -> Resolution | None:
    """ "prices fell midweek": the middle of the news week; "rain is due by midweek" written
    late in the week is the next one's, "slipped midweek" early in the week the last one's."""
    if (
        m.group("pod")
        or m.group("pmod")
        or DETERMINER_BEFORE.search(narrative.text, max(0, m.start() - 8), m.start())
    ):
        return None  # "the midweek match": a kind of match
    dct = narrative.dct
    sign = narrative.direction(m.start(), m.end())
    if sign == FUTURE and dct.weekday() >= 3:
        dct += dt.timedelta(days=7)
    elif sign == PAST and dct.weekday() <= 1:
        dct -= dt.timedelta(days=7)
    return Resolution("DATE", Point.of("week", dct).value, "MID", narrative.dct_value)


def resolve_relative_day(m, narrative: Narrative) -> Resolution | None:
    word = re.sub(r"\s+", " ", m.group("word").lower())
    if word.startswith("day "):
        word = "the " + word  # "day before yesterday" (Indian and Irish English)
    if word.startswith(("this day ", "the same day ")):
        return _same_day(word, m, narrative)
    offsets = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
        "overnight": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "last night": -1,
        "tomorrow night": 1,
    }
    implied_pod = {
        "tonight": "NI",
        "overnight": "NI",
        "this morning": "MO",
        "this afternoon": "AF",
        "this evening": "EV",
        "last night": "NI",
        "tomorrow night": "NI",
    }
    pod = PARTS_OF_DAY[m.group("pod").lower()] if m.group("pod") else implied_pod.get(word)
    mod = point_mod(m.group("pmod"))
    left = narrative.text[max(0, m.start() - 12) : m.start()].lower()
    if word == "tomorrow" and re.search(r"\bof\s+$", left):
        return None  # "the people of tomorrow"
    if (
        word in ("today", "tonight")
        and narrative.text[m.start("word")] == "T"
        and not m.group("pmod")
        and not _OPENS_SENTENCE.search(narrative.text, max(0, m.start() - 4), m.start())
        and (
            _NAME_BEFORE.search(narrative.text, max(0, m.start() - 12), m.start())
            or _PROGRAMME_AFTER.match(narrative.text, m.end())
        )
        and is_title_inside_sentence(narrative.text, m.start("word"), m.end("word"))
    ):
        return None  # "BBC Radio 4's Today programme", "The Tonight Show": a name
    if word == "today" and not pod and not mod:
        # "today's world", "the Europe of today": generic present rather than the date.
        left = narrative.text[max(0, m.start() - 12) : m.start()].lower()
        # ("many of today's computers" is generic too, "14 days of today's ruling" the date)
        possessive = re.match(r"['’]s\b", narrative.text[m.end() : m.end() + 3])
        share = re.search(r"\b(?:many|most|some|all|much|few|none|one|each|any)\s+of\s+$", left)
        # ("much of today" is the day itself: a share of it, not of what belongs to it)
        if re.search(r"\bof\s+$", left) and bool(share) == bool(possessive):
            return Resolution("DATE", "PRESENT_REF", anchor=narrative.dct_value)
    if narrative.dct is None:
        value = "XXXX-XX-XX" + (f"T{pod}" if pod else "")
        return Resolution("TIME" if pod else "DATE", value, mod)
    if word.startswith("mid"):
        return _midweek(m, narrative)
    if word == "overnight" and _OVERNIGHT_NOUN.match(narrative.text, m.end()):
        return None  # "the overnight cash rate", "overnight temperatures": a kind, not a night
    named = _WEEKDAY_AFTER.match(narrative.text, m.end()) if word == "overnight" else None
    if named and not m.group("pod"):
        # "the bridge closes overnight on Saturday": that weekday's night
        weekday = WEEKDAYS[named.group(1).lower()]
        tense = narrative.weekday_direction(m.start(), m.end(), weekday, narrative.dct)
        night = weekday_date(weekday, narrative.dct, tense, None)
        return Resolution("TIME", f"{night.isoformat()}TNI", mod, narrative.dct_value)
    if word == "overnight" and not m.group("pod"):
        # The night before the story's day ("stocks fell overnight in New York"), the
        # coming one when the clause points forward ("could be agreed overnight").
        base = narrative.dct
        story = narrative.last_day
        near = m.start() - narrative.last_end <= _STORY_DAY_REACH
        chronicled = story is not None and _opens_chronology_entry(narrative)
        recent = 0 <= (base - story.start).days <= _RECENT_DAYS if story is not None else False
        if story is not None and near and (recent or chronicled):
            # "Friday's sales followed overnight losses in New York"; "August 24 - Gaddafi
            # issues an audio message overnight" in a chronology
            base = story.start
        if narrative.direction(m.start(), m.end()) != FUTURE:
            base -= dt.timedelta(days=1)
        return Resolution("TIME", f"{base.isoformat()}TNI", mod, narrative.dct_value)
    date = narrative.dct + dt.timedelta(days=offsets[word])
    value = date.isoformat() + (f"T{pod}" if pod else "")
    return Resolution("TIME" if pod else "DATE", value, mod, narrative.dct_value)


def _same_day(word: str, m, narrative: Narrative) -> Resolution | None:
    """ "this day last year": the DCT's day a unit back; "the same day next week": the
    story's day a unit on."""
    base = narrative.dct_point if word.startswith("this") else narrative.anchor_for("day")
    if base is None or base.granularity != "day":
        return None
    *_, relation, unit = word.split()
    point = base.shift(unit, -1 if relation == "last" else 1)
    return Resolution("DATE", point.value, point_mod(m.group("pmod")), base.value)


# "August 24 - Gaddafi issues ...": a date opening a line of a chronology
_ENTRY_DATE = re.compile(
    r"[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})(?:,?[ \t]+\d{4})?"
)
_ENTRY_DASH = re.compile(r"[ \t]*[-–—:]")
_ENTRY_REACH = 40


def _opens_chronology_entry(narrative: Narrative) -> bool:
    """The story's last date opens its line and a dash follows: a chronology entry."""
    end = narrative.last_end
    if end <= 0:
        return False
    # An entry's date is short: look back only as far as one could reach (linear time).
    newline = narrative.text.rfind("\n", max(0, end - _ENTRY_REACH), end)
    if newline < 0 and end > _ENTRY_REACH:
        return False
    return bool(
        _ENTRY_DATE.fullmatch(narrative.text, newline + 1, end)
        and _ENTRY_DASH.match(narrative.text, end)
    )


# A habitual clause makes "the evening" any evening.
_HABITUAL = re.compile(rf"\b(?:{HABITUAL_WORDS})\b", re.I)


# A clock time in a clause about what recurs ("the museum is open daily from 10am to
# 5pm", "trains leave every morning at 6:15", "on Sundays at 8pm") is no one day's time.
_RECURRING = re.compile(
    r"\b(?:daily|nightly|hourly|every\s+(?:day|morning|afternoon|evening|night|weekday|weekend)|"
    r"every\s+(?:\d+|few|other|half)\s+(?:an?\s+)?(?:minutes?|hours?)|"  # "every 30 minutes"
    r"each\s+(?:day|morning|afternoon|evening|night)|on\s+weekdays|weekdays|"
    r"(?:of|in)\s+(?:every|each)\s+month|"  # "the first Monday of every month at 7 p.m."
    # "Visiting hours are between 2pm and 8pm", "opening hours"
    r"(?:visiting|opening|office|business|surgery|trading)\s+hours|"
    rf"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)|{HABITUAL_WORDS})\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“‘'])")


def recurring_clause(text: str, start: int, end: int) -> bool:
    left = text[max(0, start - 60) : start]
    right = text[end : end + 40]
    left = _SENTENCE_END.split(left)[-1]
    right = _SENTENCE_END.split(right)[0]
    if text[end - 1 : end] == "." and re.match(r"\s+[A-Z\"“‘']", right):
        right = ""  # "at 9 a.m. Daily life stopped": the clock's full stop ends the sentence
    return bool(_RECURRING.search(left) or _RECURRING.search(right))


# How far (characters) a late clock time still carries its night into the small hours.
_NIGHT_REACH = 400


def _past_midnight(m, narrative: Narrative, day: dt.date, hour: int) -> bool:
    """ "called at about 11 p.m. on Saturday ... pronounced dead at 12:40 a.m.": the small
    hours after a late clock time of the same day are the next day's."""
    last = narrative.last_clock
    if last is None or hour >= 6 or last[0] != day or last[1] < 20:
        return False
    return 0 <= m.start() - last[2] <= _NIGHT_REACH


def _day_of_the_clock(m, narrative: Narrative) -> dt.date | None:
    """The day a clock time or "the morning" with no day of its own belongs to.

    The story's day when it was named close by, or is one of the last three days named
    within a few paragraphs ("Thursday's events ... around 6:30 a.m."); otherwise the news
    day: a quarter's end, a shipping date or "the highest since Feb. 25" paragraphs back
    is not the day of "Brent rose by 11:50 a.m.". A day ahead of the DCT does not hold a
    time in a past clause ("goes on sale Nov. 12 ... wrapped up before 4 p.m.").
    """
    anchor = narrative.anchor_for("day")
    day = anchor.start if anchor is not None and anchor.granularity == "day" else None
    if day is None or narrative.dct is None:
        return day
    if (
        narrative.saying_day_end == narrative.last_day_end
        and narrative.event_day is not None
        and m.start() - narrative.event_day_end <= _STORY_DAY_REACH * 2
    ):
        # "burst late on Saturday, ..., police said on Sunday. ... gave way at about 11:40
        # p.m.": the day of the saying is not the day the clock time happened on.
        return narrative.event_day.start
    # (from where that day was named: "on Aug. 8, ending a run that began in June 2004
    # ... by late morning" has left Aug. 8 behind)
    distance = m.start() - narrative.last_day_end
    recent = 0 <= (narrative.dct - day).days <= _RECENT_DAYS and distance <= NEWS_DAY_REACH
    if distance > _STORY_DAY_REACH and not recent:
        return narrative.dct
    if day > narrative.dct and narrative.direction(m.start(), m.end()) == PAST:
        return narrative.dct
    return day


def part_of_day_resolution(
    m, narrative: Narrative, det: str, unit: str, mod: str | None
) -> Resolution | None:
    code = PARTS_OF_DAY[unit]
    word = "unit" if "unit" in m.re.groupindex else "pod"  # (the deictic or the part_of_day rule)
    if narrative.text[m.start(word)].isupper() and CAPITALISED_AFTER.match(narrative.text, m.end()):
        return None  # "The Evening Standard", "The Weekend Australian": a name
    if det == "the" and re.match(r"\s{1,3}of\b", narrative.text[m.end() : m.end() + 5]):
        return None  # "the night of March 5": the date says which night
    if det == "the" and mod is None and _EVENT_AFTER.match(narrative.text, m.end()):
        return None  # "the morning after the vote": a time only the event can date
    if narrative.text[m.start(word) - 1 : m.start(word)] == "-" and _HEAD_NOUN_AFTER.match(
        narrative.text, m.end()
    ):
        # "late-night shopping", "more late-evening trains": a kind of time, no one day's
        return Resolution("TIME", f"XXXX-XX-XXT{code}", mod)
    if det == "the" and _KIND_NOUN_AFTER.match(narrative.text, m.end()):
        return None  # "the night sky", "the evening news": a kind of thing, not a time
    if det == "the" and _HABITUAL.search(
        narrative.text, max(0, m.start() - 60), min(len(narrative.text), m.end() + 40)
    ):
        # "families working outdoors in the evening often have no radio": any evening
        return Resolution("TIME", f"XXXX-XX-XXT{code}", mod)
    if det in ("this",):
        base = narrative.dct
    elif det in ("last",) and unit in ("night", "evening"):
        base = narrative.dct - dt.timedelta(days=1) if narrative.dct else None
    elif det in ("the", "that", "the same"):
        base = _day_of_the_clock(m, narrative) if det == "the" else None
        if det != "the":
            anchor = narrative.anchor_for("day")
            base = anchor.start if anchor and anchor.granularity == "day" else None
        if base is None:
            return None
    elif det in ("the next", "the following", "the previous", "the preceding"):
        anchor = narrative.anchor_for("day")
        if anchor is None:
            return None
        step = 1 if det in ("the next", "the following") else -1  # "the previous evening"
        base = anchor.start + dt.timedelta(days=step)
    else:
        return None
    if base is None:
        return Resolution("TIME", f"XXXX-XX-XXT{code}", mod)
    return Resolution("TIME", f"{base.isoformat()}T{code}", mod, narrative.dct_value)


def resolve_part_of_day(m, narrative: Narrative) -> Resolution | None:
    pod = m.group("pod").lower()
    first = m.start("pmod") if m.group("pmod") else m.start("pod")
    if narrative.text[first].isupper() and CAPITALISED_AFTER.match(narrative.text, m.end()):
        return None  # "The Morning Call", "Midnight Oil": a name
    det = (m.group("det") or "").lower()
    mod = point_mod(m.group("pmod") or m.group("pmod2"))
    if det in ("each", "every") or (m.group("plural") and not det):
        if m.group("plural") and not det:
            return None
        return Resolution("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[pod]}")
    if pod == "overnight" and _OVERNIGHT_NOUN.match(narrative.text, m.end()):
        return None
    if pod == "overnight" and m.group("day"):
        day = day_of(m.group("day"), m, narrative)  # "overnight Tuesday": that night
        if day is not None:
            return Resolution("TIME", f"{day.isoformat()}TNI", mod, narrative.dct_value)
    if pod == "overnight":
        base = narrative.dct
        if base is None:
            return Resolution("TIME", "XXXX-XX-XXTNI")
        return Resolution("TIME", f"{base.isoformat()}TNI", anchor=narrative.dct_value)
    if not det:
        if mod is None:
            return None
        det = "the"
    if pod == "daytime":
        return None
    if m.group("plural") and det == "the" and not m.group("day"):
        return Resolution("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[pod]}")  # "in the afternoons"
    if m.group("day"):
        day = day_of(m.group("day"), m, narrative)
        code = PARTS_OF_DAY[pod]
        if day is None:
            return Resolution("TIME", f"XXXX-XX-XXT{code}", mod)
        return Resolution("TIME", f"{day.isoformat()}T{code}", mod, narrative.dct_value)
    return part_of_day_resolution(m, narrative, det, pod, mod)


# "the morning after the vote", "the night before his arrest": dated by the event.
_EVENT_AFTER = re.compile(
    r"\s{1,3}(?:after|before)\s{1,3}(?:the|a|an|his|her|its|their|this|that)\s", re.I
)

# Characters after a day is named within which "overnight" is the night before it.
_STORY_DAY_REACH = 200
# A story's day at most this many days before the DCT is still "recent" news.
_RECENT_DAYS = 3
_CLOCK_WORDS = "at|by|until|till|before|after|around|about|from"
_CLOCK_PREPOSITION = re.compile(rf"\b(?:{_CLOCK_WORDS})\s+$", re.I)
# A bare "23:30" is a clock after these words or as the second end of a clock range.
_BARE_CLOCK_LEFT = re.compile(
    rf"(?:\b(?:{_CLOCK_WORDS}|between|since)|"
    r"\d(?::\d\d)?\s{0,2}(?:to|and|-|–))\s{1,3}$|\d:\d\d\s{0,2}[-–]$",
    re.I,
)
# "from 6am to 9pm on Wednesday": the first clock of a range is on the second's day.
_DAY_WORD = rf"(?P<date>{'|'.join(WEEKDAYS)}|today|tomorrow|tonight|yesterday)\b"
_RANGE_DAY_AFTER = re.compile(
    r"\s{0,3}(?:to|until|till|and|-|–)\s{0,3}(?:\d{1,2}(?:[:.]\d\d)?\s{0,2}"
    r"(?:[ap]\.?\s?m\b\.?)?|noon|midnight)(?:\s{0,2}[A-Z]{2,4}\b)?,?\s{1,3}(?:on\s{1,3})?"
    + _DAY_WORD,
    re.I,
)
# "at 5pm EST (2200 GMT) on Tuesday": a clock and its conversion in brackets share the day
# written after the brackets.
_BRACKETED_DAY_AFTER = re.compile(
    r"(?:\s{0,2}\([^()]{1,40}\)|\))\s{0,3},?\s{0,3}(?:on\s{1,3})?" + _DAY_WORD, re.I
)
# "from 5:30 to 7:30 pm": the first clock of a range, which takes the second's p.m.
_BARE_CLOCK_RIGHT = re.compile(
    r"\s{0,3}(?:to|and|-|–)\s{0,3}(?P<hour>[01]?\d|2[0-3]):[0-5]\d(?!\d)"
    r"(?:\s{0,2}(?P<pm>p\.?\s?m\b\.?))?",
    re.I,
)


# A p.m. clock shortly before a bare one sets its half of the day.
_PM_CLOCK = re.compile(r"(?<![\d:.])(1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s{0,2}p\.?\s?m\b", re.I)
_PM_REACH = 120
# (a capital after "p.m." starts a sentence unless it is a time zone: "4 p.m. EST")
_PM_SENTENCE_END = re.compile(r"\.\s+(?=[\"“]|[A-Z](?![A-Z]{1,3}\b))")


def _pm_hour_before(text: str, start: int) -> int:
    """The hour of the last p.m. clock just before ``start`` in its sentence (else 24)."""
    window = text[max(0, start - _PM_REACH) : start]
    window = _PM_SENTENCE_END.split(window)[-1]
    hours = _PM_CLOCK.findall(window)
    return int(hours[-1]) % 12 if hours else 24


# An evening or a night just before a bare H:MM clock gives its half of the day.
_NIGHT_BEFORE = re.compile(r"\b(?P<pod>evenings?|nights?|nightly|tonight)\b[^.;:,\d]{0,12}$", re.I)


# ... or just after it: "at 10:30 that night", "9:15 that evening"
_NIGHT_AFTER = re.compile(
    r"\s{1,3}(?:that|this|in\s{1,3}the|at)\s{1,3}(?P<pod>evening|night)\b", re.I
)


def _by_part_of_day(hour: int, part: str | None) -> int:
    """The 24-hour clock of "3 in the afternoon", "9 at night", "12 in the morning"."""
    part = (part or "").lower()
    if "morning" in part:
        return 0 if hour == 12 else hour
    if "afternoon" in part or "evening" in part or ("night" in part and hour >= 6):
        return hour + 12 if hour < 12 else hour
    return hour


# Before a race time: what the hours, minutes and seconds are the length of.
_RACE_TIME_LEFT = re.compile(
    r"\b(?:in|of|clocked|timed|time|record|best|finished|won|ran|winning|personal)\s{1,3}$",
    re.I,
)


def _race_time(m, narrative: Narrative) -> Resolution | None:
    """ "won the men's race in 2:08:21": a duration; "10:52:13 GMT" is a clock time."""
    hours, minutes, seconds = (int(part) for part in m.group("race").split(":"))
    if m.group("tz") and hours < 24:
        # the day the story is at, as for "08:15 GMT" ("Tue, 12 Mar 2019 08:15:00 GMT")
        date = (_day_of_the_clock(m, narrative) or narrative.dct) if narrative.dct else None
        day = date.isoformat() if date else "XXXX-XX-XX"
        return Resolution("TIME", f"{day}T{hours:02d}:{minutes:02d}:{seconds:02d}")
    left = narrative.text[max(0, m.start() - 12) : m.start()]
    if m.group("date") or m.group("qmod") or not _RACE_TIME_LEFT.search(left):
        return None
    value = "PT" + "".join(
        f"{amount}{unit}"
        for amount, unit in ((hours, "H"), (minutes, "M"), (seconds, "S"))
        if amount
    )
    fraction = m.group("fraction")
    if fraction and value.endswith("S"):
        value = value[:-1] + fraction + "S"  # "2:08:21.4"
    return Resolution("DURATION", value, end=m.end("fraction") if fraction else m.end("race"))


_MARGIN_LEFT = re.compile(
    r"\b(?:trails?|trailing|leads?|leading|ahead|behind)\s{1,3}by\s{1,3}$", re.I
)
_MARGIN_RIGHT = re.compile(
    r"\s{1,3}(?:ahead|behind|clear|back|left|remaining|to\s{1,3}play)\b", re.I
)
_AFTER_BEFORE = re.compile(r"\b(?:after|past)\s{1,3}$", re.I)
_PRAYERS_AFTER = re.compile(r"\s{1,3}prayers?\b", re.I)
_RIGHT_HOUR = re.compile(r"\s{0,3}(?:to|and|-|–|until|till)\s{0,3}(\d{1,2})")
_SPOKEN_CLOCK_LEFT = re.compile(
    r"(?:\b(?:at|until|till|from|before|after|around|about|approximately|was|is|since)"
    r"\s{1,3}|^\s*)$",
    re.I,
)


def resolve_time(m, narrative: Narrative) -> Resolution | None:
    if m.group("race"):
        return _race_time(m, narrative)
    if m.group("lap"):  # "in 26:49.51"
        minutes, seconds = m.group("lap").split(":")
        return Resolution(
            "DURATION", f"PT{int(minutes)}M{seconds}S" if int(minutes) else f"PT{seconds}S"
        )
    if m.group("named"):
        named = m.group("named").lower()
        if _PRAYERS_AFTER.match(narrative.text, m.end()):
            return None  # "after noon prayers": the prayer, not the clock
        if narrative.text[m.start("named")].isupper() and (
            CAPITALISED_AFTER.match(narrative.text, m.end())
            or _CAPITAL_WORD_BEFORE.search(narrative.text, max(0, m.start() - 8), m.start())
        ):
            return None  # "Midnight Oil", "Midnight Express", "High Noon": names
        clock = "12:00" if named in ("noon", "midday") else "24:00"
        if m.group("pastmid"):
            # "ten past midnight": minutes into the new day
            words = m.group("pastmid").lower()
            minutes = 15 if "quarter" in words else 30 if words == "half" else parse_number(words)
            if minutes is None or not 0 < minutes < 60:
                return None
            clock = f"00:{int(minutes):02d}"
    elif m.group("o"):
        word = m.group("o").split()[0].lower()
        hour = _by_part_of_day(
            int(word) if word.isdigit() else int(parse_number(word) or 0), m.group("inpod2")
        )
        clock = f"{hour:02d}:00"
    elif m.group("spoken"):
        left = narrative.text[max(0, m.start("spoken") - 12) : m.start("spoken")]
        if "quarter" in m.group("spoken").lower() and not _SPOKEN_CLOCK_LEFT.search(left):
            return None  # "cut by a quarter to nine units": a share, not a clock
        word = m.group("shour").lower()
        hour = _by_part_of_day(
            int(word) if word.isdigit() else int(parse_number(word) or 0), m.group("inpod4")
        )
        spoken = m.group("spoken").lower()
        minute = 30 if spoken.startswith("half") else 15 if spoken.endswith("past") else 45
        if minute == 45:
            hour = (hour - 1) % 24  # "a quarter to nine": 8:45
        clock = f"{hour:02d}:{minute:02d}"
    elif m.group("hourr"):
        hour, right = int(m.group("hourr")) % 12, _RIGHT_HOUR.match(narrative.text, m.end())
        # "from 11 to 1 p.m." starts before noon; "between 2 and 3 a.m." in the same half
        if m.group("ampmr") == "p" and not (right and hour > int(right.group(1)) % 12):
            hour += 12
        clock = f"{hour:02d}:{m.group('minuter') or '00'}"
    elif m.group("nighthour"):
        clock = f"{int(m.group('nighthour')) % 12 + 12:02d}:00"  # "tonight at 8": 20:00
    elif m.group("hour3"):
        left = narrative.text[max(0, m.start("hour3") - 8) : m.start("hour3")]
        if not m.group("minute3") and not _CLOCK_PREPOSITION.search(left):
            return None  # "he was 5 in the morning race": a count, not a clock time
        hour = _by_part_of_day(int(m.group("hour3")), m.group("inpod"))
        clock = f"{hour:02d}:{m.group('minute3') or '00'}"
    elif m.group("hourc") is not None:
        left = narrative.text[max(0, m.start("hourc") - 12) : m.start("hourc")]
        if _MARGIN_LEFT.search(left) or (
            _MARGIN_RIGHT.match(narrative.text, m.end("minutec"))
            and not re.search(r"\bat\s{1,3}$", left, re.I)
        ):
            # "trails by 1:39", "finished 2:15 ahead", "with 1:12 left": minutes and seconds
            minutes, seconds = int(m.group("hourc")), m.group("minutec")
            value = f"PT{minutes}M{int(seconds)}S" if minutes else f"PT{int(seconds)}S"
            return Resolution("DURATION", value, start=m.start("hourc"), end=m.end("minutec"))
        right = _BARE_CLOCK_RIGHT.match(narrative.text, m.end("minutec"))
        if not _BARE_CLOCK_LEFT.search(left) and not right:
            return None  # "John 3:16", "a 2:45 run", "the 21:14 ratio"
        hour = int(m.group("hourc"))
        night = _NIGHT_BEFORE.search(
            narrative.text, max(0, m.start("hourc") - 30), m.start("hourc")
        ) or _NIGHT_AFTER.match(narrative.text, m.end("minutec"))
        if right and right.group("pm") and hour < int(right.group("hour")) < 12:
            hour += 12
        elif night and hour < 12 and not m.group("hourc").startswith("0"):
            # "each evening at 7:30", "episodes air nightly at 11:35": the evening's hour
            word = night.group("pod").lower()
            hour = _by_part_of_day(hour, "evening" if word.startswith("even") else "night")
        elif (
            hour < 12
            and not m.group("hourc").startswith("0")  # "08:30" is a 24-hour clock
            and hour >= _pm_hour_before(narrative.text, m.start())
        ):
            hour += 12  # "a watch at 3 p.m. and a warning at about 6:15": later that day
        clock = f"{hour:02d}:{m.group('minutec')}"
    elif m.group("hour24") is not None:
        separator = narrative.text[m.end("hour24") : m.start("minute24")]
        if separator == "." and (m.group("tz") or "").lower() in ("hours", "hrs"):
            return None  # "delayed 2.25 hours": a decimal count of hours, not 02:25
        clock = f"{int(m.group('hour24')):02d}:{m.group('minute24')}"
    else:
        hour = int(m.group("hour")) % 12
        if m.group("ampm").lower().startswith("p"):
            hour += 12
        clock = f"{hour:02d}:{m.group('minute') or '00'}"
    mod = "APPROX" if m.group("qmod") else None
    day_text = m.group("date") or m.group("pdate") or m.group("fulldate")
    pod_words = (m.group("inpod") or m.group("inpod2") or m.group("inpod4") or "").lower().split()
    pod_day = pod_words[0] if pod_words else ""
    if not day_text and pod_day in ("tonight", "this", "tomorrow", "yesterday"):
        day_text = "today" if pod_day == "this" else pod_day  # "at 6 this evening"
    if not day_text and (
        shared := _RANGE_DAY_AFTER.match(narrative.text, m.end())
        or _BRACKETED_DAY_AFTER.match(narrative.text, m.end())
    ):
        day_text = shared.group("date")
    day = day_of(day_text, m, narrative)
    if day is None and recurring_clause(narrative.text, m.start(), m.end()):
        return Resolution("TIME", f"XXXX-XX-XXT{clock}", mod)  # "open daily from 10am"
    if day is None:
        day = _day_of_the_clock(m, narrative)
        if day is not None and _past_midnight(m, narrative, day, int(clock[:2])):
            day += dt.timedelta(days=1)
    if day is None:
        return Resolution("TIME", f"XXXX-XX-XXT{clock}", mod)
    if clock == "24:00" and narrative.direction(m.start(), m.end()) == PAST:
        after = _AFTER_BEFORE.search(narrative.text, max(0, m.start() - 24), m.start())
        if after or (not day_text and day == narrative.dct):
            # "was stabbed at midnight, police said": the midnight gone, not tonight's;
            # "died shortly after midnight on August 31": the start of that day
            clock = "00:00"
    return Resolution("TIME", f"{day.isoformat()}T{clock}", mod, narrative.dct_value)


_POD_AFTER_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night|overnight|midday)$", re.I)


def day_of(day_text: str | None, m, narrative: Narrative) -> dt.date | None:
    if not day_text:
        return None
    day_text = _POD_AFTER_DAY.sub("", day_text)  # "Wednesday night": Wednesday
    word = day_text.lower().split(",")[0].split()[0]
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    if narrative.dct is None and (word in offsets or word in WEEKDAYS):
        return None
    if word in offsets:
        return narrative.dct + dt.timedelta(days=offsets[word])
    if word in WEEKDAYS and "," not in day_text and len(day_text.split()) == 1:
        weekday = WEEKDAYS[word]
        tense = narrative.weekday_direction(m.start(), m.end(), weekday, narrative.dct)
        return weekday_date(weekday, narrative.dct, tense, None)
    parts = re.findall(r"[A-Za-z]+\.?|\d+", day_text)
    months = [p for p in parts if p.lower().rstrip(".") in MONTHS]
    numbers = [p for p in parts if p.isdigit()]
    if not months or not numbers:
        return None
    month = month_number(months[0])
    day = day_number(numbers[0])
    if len(numbers) > 1:
        year = int(numbers[1])
    elif narrative.dct is None:
        return None
    else:
        year = nearest_year(month, day, narrative.dct, narrative.direction(m.start(), m.end()))
    try:
        return dt.date(year, month, day)
    except (ValueError, TypeError):
        return None


# "protests went on for a second day", "today is the eighth day of the operation", "the
# war, now in its third week": the ordinal day (week...) of something still going on is
# the current one. Elsewhere ("on the first day of the visit") the day is unknown.
_ONGOING_BEFORE = re.compile(
    r"(?:\bfor|\bis|['’]s|\bare|\bin|\binto|\benters?|\bentered|\bentering|\bmarks?|"
    r"\bmarked|\bmarking)\s+$",
    re.I,
)


# "for a second day on Sunday", "for a fifth straight month in February", "for a third
# year in 2018": the period is the one named after it, not the DCT's.
_DAY_NAMED_AFTER = re.compile(
    r"[\s,]{1,3}(?:on\s{1,3})?"
    r"(?:yesterday|last|(?-i:[A-Z])[a-z]+day\b|(?-i:[A-Z])[a-z]{2,8}\.?\s\d)"
    rf"|[\s,]{{1,3}}in\s{{1,3}}(?:(?:{'|'.join(MONTH_NAMES)})\b|(?:1[89]|20)\d\d\b)",
    re.I,
)


def resolve_ordinal_unit(m, narrative: Narrative) -> Resolution | None:
    text = narrative.text
    if not _ONGOING_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    if re.match(r"\s{1,3}of\s{1,3}(?-i:[A-Z0-9])", text[m.end() : m.end() + 8]):
        return None  # "the first week of March": a part of that month
    if _STREAK_AFTER.match(text, m.end()):
        return None  # "their first year after medical school": a stage, not the current year
    if narrative.dct is None or _DAY_NAMED_AFTER.match(text, m.end()):
        return None  # "for a second day on Sunday": that day, not the DCT
    unit = m.group("unit").lower()
    direction = narrative.direction(m.start(), m.end())
    if direction == FUTURE and not _COPULA_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return None  # (but "today is the eighth day of the operation" is now)
    if unit == "night":  # "explosions rocked the city for a second night": last night
        night = narrative.dct - dt.timedelta(days=1 if direction == PAST else 0)
        return Resolution("TIME", f"{night.isoformat()}TNI", anchor=narrative.dct_value)
    story = narrative.last
    if (
        story is not None
        and story.granularity == unit
        and 0 <= m.start() - narrative.last_end <= _SAME_SENTENCE_REACH
        and not re.search(r"[.!?;]\s", text[narrative.last_end : m.start()])
    ):
        # "Sales rose in December, marking the third straight month of gains": December
        return Resolution("DATE", story.value, anchor=story.value)
    point = Point.of(unit, narrative.dct)
    return Resolution("DATE", point.value, anchor=narrative.dct_value)


_SAME_SENTENCE_REACH = 80
_STREAK_AFTER = re.compile(
    r"\s{1,3}(?:after|at\s{1,3}(?:university|school|college))\b",
    re.I,
)
_COPULA_BEFORE = re.compile(r"\b(?:is|are)\s{1,3}$")
