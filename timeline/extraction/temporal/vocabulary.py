"""Frozen word lists the patterns are built from and the normaliser looks words up in.

Everything here is immutable (tuples, MappingProxyType) so that importing the module
creates no shared mutable state.
"""

from __future__ import annotations

from types import MappingProxyType

MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
# Abbreviations as newswires write them ("Sept." and "Sep.").
MONTH_ABBREVIATIONS = MappingProxyType(
    {
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    }
)
MONTHS = MappingProxyType(
    {**{name: i + 1 for i, name in enumerate(MONTH_NAMES)}, **MONTH_ABBREVIATIONS}
)

_WEEKDAY_NAMES = "monday tuesday wednesday thursday friday saturday sunday".split()
_WEEKDAY_ABBREVIATIONS = MappingProxyType(
    {
        "mon": 0,
        "tue": 1,
        "tues": 1,
        "wed": 2,
        "thu": 3,
        "thur": 3,
        "thurs": 3,
        "fri": 4,
        "sat": 5,
        "sun": 6,
    }
)
# Monday = 0 as in datetime.date.weekday().
WEEKDAYS = MappingProxyType({name: i for i, name in enumerate(_WEEKDAY_NAMES)})
WEEKDAY_ABBREVIATIONS = MappingProxyType(_WEEKDAY_ABBREVIATIONS)

ONES = MappingProxyType(
    {
        "zero": 0,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
    }
)
TEENS = MappingProxyType(
    {
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
    }
)
TENS = MappingProxyType(
    {
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
    }
)
SCALES = MappingProxyType({"hundred": 100, "thousand": 1000})

ORDINAL_WORDS = MappingProxyType(
    {
        "first": 1,
        "second": 2,
        "third": 3,
        "fourth": 4,
        "fifth": 5,
        "sixth": 6,
        "seventh": 7,
        "eighth": 8,
        "ninth": 9,
        "tenth": 10,
        "eleventh": 11,
        "twelfth": 12,
        "thirteenth": 13,
        "fourteenth": 14,
        "fifteenth": 15,
        "sixteenth": 16,
        "seventeenth": 17,
        "eighteenth": 18,
        "nineteenth": 19,
        "twentieth": 20,
        "twenty-first": 21,
        "twenty-second": 22,
        "twenty-third": 23,
        "twenty-fourth": 24,
        "twenty-fifth": 25,
        "twenty-sixth": 26,
        "twenty-seventh": 27,
        "twenty-eighth": 28,
        "twenty-ninth": 29,
        "thirtieth": 30,
        "thirty-first": 31,
    }
)

# Quantities that are not numbers: the value gets an X ("several years" -> PXY).
VAGUE_QUANTITIES = ("several", "a few", "few", "many", "some", "a number of", "numerous")

# Duration unit words -> ISO 8601 designator key used by the normaliser.
UNITS = MappingProxyType(
    {
        "second": "S",
        "minute": "MIN",
        "hour": "H",
        "day": "D",
        "night": "D",
        "week": "W",
        "weekend": "WE",
        "fortnight": "FN",
        "month": "M",
        "quarter": "Q",
        "year": "Y",
        "decade": "DE",
        "century": "CE",
        "millennium": "ML",
    }
)
UNIT_PLURALS = MappingProxyType(
    {"centuries": "century", "millennia": "millennium", "millenniums": "millennium"}
)
# "45 mins", "1 hr": abbreviations of units, written after a number
UNIT_ABBREVIATIONS = MappingProxyType(
    {"min": "minute", "hr": "hour", "sec": "second", "yr": "year", "wk": "week"}
)

SEASONS = MappingProxyType(
    {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
)

# TIMEX3 part-of-day codes.
PARTS_OF_DAY = MappingProxyType(
    {
        "morning": "MO",
        "afternoon": "AF",
        "evening": "EV",
        "night": "NI",
        "overnight": "NI",
        "midday": "MI",
        "daytime": "DT",
    }
)

# Words before a quantity and the TIMEX3 mod they express.
QUANTITY_MODIFIERS = MappingProxyType(
    {
        "about": "APPROX",
        "around": "APPROX",
        "approximately": "APPROX",
        "roughly": "APPROX",
        "some": "APPROX",
        "nearly": "APPROX",
        "almost": "APPROX",
        "close to": "APPROX",
        "just about": "APPROX",
        "more than": "MORE_THAN",
        "over": "MORE_THAN",
        "just over": "MORE_THAN",
        "a little over": "MORE_THAN",
        "a little more than": "MORE_THAN",
        "a little under": "LESS_THAN",
        "a little less than": "LESS_THAN",
        "well over": "MORE_THAN",
        "longer than": "MORE_THAN",
        "upwards of": "MORE_THAN",
        "less than": "LESS_THAN",
        "fewer than": "LESS_THAN",
        "under": "LESS_THAN",
        "just under": "LESS_THAN",
        "shorter than": "LESS_THAN",
        "at least": "EQUAL_OR_MORE",
        "no less than": "EQUAL_OR_MORE",
        "at most": "EQUAL_OR_LESS",
        "at the most": "EQUAL_OR_LESS",
        "at the very most": "EQUAL_OR_LESS",
        "at the very least": "EQUAL_OR_MORE",
        "no more than": "EQUAL_OR_LESS",
        "up to": "EQUAL_OR_LESS",
        # "the best part of 12 years", "the better part of a decade"
        "the better part of": "APPROX",
        "the best part of": "APPROX",
        "the greater part of": "APPROX",
        "a good part of": "APPROX",
        "a large part of": "APPROX",
    }
)

# Words before a point in time ("early 2017", "the end of December").
POINT_MODIFIERS = MappingProxyType(
    {
        "early": "START",
        "earlier": "START",
        "the beginning of": "START",
        "the start of": "START",
        "the dawn of": "START",
        "the first days of": "START",
        "mid": "MID",
        "middle": "MID",
        "the middle of": "MID",
        "the height of": "MID",
        "late": "END",
        "later": "END",
        "the end of": "END",
        "the close of": "END",
        "the last days of": "END",
    }
)

# Fixed-date holidays (month, day) that newswires mention without a date.
HOLIDAYS = MappingProxyType(
    {
        "christmas": (12, 25),
        "christmas day": (12, 25),
        "christmas eve": (12, 24),
        "new year's day": (1, 1),
        "new year's eve": (12, 31),
        "boxing day": (12, 26),
        "st stephen's day": (12, 26),
        "st. stephen's day": (12, 26),
        "valentine's day": (2, 14),
        "halloween": (10, 31),
        "independence day": (7, 4),
        "bastille day": (7, 14),
        "may day": (5, 1),
        "veterans day": (11, 11),
        "armistice day": (11, 11),
        "remembrance day": (11, 11),
        "st. patrick's day": (3, 17),
        "st patrick's day": (3, 17),
        "saint patrick's day": (3, 17),
        "international women's day": (3, 8),
        "earth day": (4, 22),
        "anzac day": (4, 25),
        "cinco de mayo": (5, 5),
        "juneteenth": (6, 19),
        "canada day": (7, 1),
        "australia day": (1, 26),
        "all saints' day": (11, 1),
        "guy fawkes night": (11, 5),
        "bonfire night": (11, 5),
        "world aids day": (12, 1),
        "hogmanay": (12, 31),
        "new year's": (1, 1),
        "new year": (1, 1),
    }
)

# Holidays whose date moves: (rule, argument) read by calendar.moving_holiday.
# ("easter", offset in days from Easter Sunday); ("nth", (month, weekday, n)) with n = -1
# for the last such weekday of the month; US federal holidays as newswires use them.
# Words that make a weekday part of a name: "Good Friday", "Black Friday", "Super Tuesday".
NAMED_DAY_WORDS = (
    "good black bloody super cyber easter palm ash holy maundy shrove fat whit"
).split()
MOVING_HOLIDAYS = MappingProxyType(
    {
        "easter": ("easter", 0),
        "easter sunday": ("easter", 0),
        "easter monday": ("easter", 1),
        "good friday": ("easter", -2),
        "palm sunday": ("easter", -7),
        "ash wednesday": ("easter", -46),
        "shrove tuesday": ("easter", -47),
        "mardi gras": ("easter", -47),
        "maundy thursday": ("easter", -3),
        "holy saturday": ("easter", -1),
        "ascension day": ("easter", 39),
        "pentecost": ("easter", 49),
        "whit sunday": ("easter", 49),
        "whit monday": ("easter", 50),
        "thanksgiving": ("nth", (11, 3, 4)),
        "thanksgiving day": ("nth", (11, 3, 4)),
        "labor day": ("nth", (9, 0, 1)),
        "memorial day": ("nth", (5, 0, -1)),
        "mother's day": ("nth", (5, 6, 2)),
        "father's day": ("nth", (6, 6, 3)),
        "martin luther king day": ("nth", (1, 0, 3)),
        "martin luther king jr. day": ("nth", (1, 0, 3)),
        "martin luther king jr day": ("nth", (1, 0, 3)),
        "mlk day": ("nth", (1, 0, 3)),
        "presidents' day": ("nth", (2, 0, 3)),
        "presidents day": ("nth", (2, 0, 3)),
        "columbus day": ("nth", (10, 0, 2)),
        # The Tuesday after the first Monday of November.
        "election day": ("nth", (11, 0, 1, 1)),
        # The Friday and the Monday after Thanksgiving.
        "black friday": ("nth", (11, 3, 4, 1)),
        "cyber monday": ("nth", (11, 3, 4, 4)),
    }
)

# Time zones that may follow a clock time ("0900 GMT", "5 p.m. EST").
TIME_ZONES = (
    "GMT UTC EST EDT CST CDT MST MDT PST PDT BST CET CEST EET EEST MSK IST JST HKT AEST AEDT"
).split()
