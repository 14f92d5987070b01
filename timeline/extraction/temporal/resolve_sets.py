"""Resolvers for sets (recurrences): "every Monday", "annually", "twice a week"."""

from __future__ import annotations

import re
from types import MappingProxyType

from .context import (
    Narrative,
    Resolution,
)
from .numbers import parse_number
from .resolve_common import (
    month_number,
)
from .resolve_durations import duration_value, is_rate, unit_of

_ADVERB_PERIODS = MappingProxyType(
    {
        "daily": "P1D",
        "nightly": "P1D",
        "weekly": "P1W",
        "fortnightly": "P2W",
        "biweekly": "P2W",
        "monthly": "P1M",
        "bimonthly": "P2M",
        "quarterly": "P3M",
        "yearly": "P1Y",
        "annually": "P1Y",
        "biannually": "P6M",
        "semiannually": "P6M",
        "semi-annually": "P6M",
        "biennially": "P2Y",
        "triennially": "P3Y",
        "hourly": "PT1H",
    }
)


_ADJECTIVE_USE = re.compile(
    r"\s{1,3}(?!(?:basis|and|or|in|at|on|for|by|to|from|since|until)\b)[a-z]"
)


def resolve_set(m, narrative: Narrative) -> Resolution | None:
    text = narrative.text
    if m.group("adverb"):
        adverb = m.group("adverb").lower()
        # "the daily Al-Ahram", "a weekly magazine": adjectives before a noun are not times.
        if adverb != "annually" and _ADJECTIVE_USE.match(text, m.end()):
            return None
        if (
            adverb != "annually"
            and re.search(r"\b(?:the|a|an)\s+$", text[max(0, m.start() - 5) : m.start()], re.I)
            and not re.match(r"\s{1,3}basis\b", text[m.end() : m.end() + 10])
        ):
            return None  # "the daily tally" (but "on a monthly basis")
        return Resolution("SET", _ADVERB_PERIODS[adverb])
    if m.group("annum"):
        return Resolution("SET", "P1Y")  # "rose 5 per cent per annum"
    if m.group("halfhour"):
        return Resolution("SET", "PT30M")
    if m.group("weekends"):
        return Resolution("SET", "XXXX-WXX-WE")
    if m.group("every2"):
        day = f"-{int(m.group('mday')):02d}" if m.group("mday") else ""
        return Resolution("SET", f"XXXX-{month_number(m.group('month')):02d}{day}")
    every = m.group("every").lower()
    unit = unit_of(m.group("unit"))
    if every == "per" and unit in ("second", "minute", "hour"):
        return None  # "instructions per second", "miles per hour": rates, not schedules
    if unit in ("morning", "afternoon", "evening", "night") and every in ("every", "each"):
        code = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}[unit]
        return Resolution("SET", f"XXXX-XX-XXT{code}")
    if unit in ("spring", "summer", "autumn", "fall", "winter"):
        if every not in ("every", "each"):
            return None
        code = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}[unit]
        return Resolution("SET", f"XXXX-{code}")
    if unit in ("morning", "afternoon", "evening"):
        return None
    count = 1.0
    if m.group("num"):
        count = parse_number(m.group("setlow") or m.group("num")) or 1.0
    if "other" in m.group(0).lower():
        count *= 2
    if every in ("a", "an"):
        if not m.group("freq") and not is_rate(text, m.start(), m.end()):
            return None
        if m.group("num"):
            return None
    if every == "each" and re.match(r"\s{1,3}of\b", text[m.end() : m.end() + 5]):
        return None
    value = duration_value(count, unit if unit != "night" else "day")
    return Resolution("SET", value)
