"""Searching events by their words, whatever the accents and the case: "nino" finds "Niño",
"SAO PAULO" finds "São Paulo", on SQLite and PostgreSQL alike, with no database extension.

Plain Python: an event keeps its title and summary folded in ``Event.search_text`` (written
on every save, timeline/models.py), and a search folds its words the same way, then asks for
plain substrings of that column.
"""

from __future__ import annotations

import unicodedata

# Letters Unicode does not decompose into a base letter and an accent.
_LETTERS = str.maketrans(
    {"ø": "o", "đ": "d", "ð": "d", "ł": "l", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"}
)


def fold(text: str) -> str:
    """``text`` without accents, in lower case ("Niño" -> "nino", "Straße" -> "strasse")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", bare.translate(_LETTERS))


def search_phrase(text: str) -> str:
    """``text`` folded, its spaces and line breaks made single spaces: a phrase to look for."""
    return " ".join(fold(text or "").split())


def event_search_text(title: str, summary: str) -> str:
    """What a search reads of an event: its title and summary, folded. A line break between
    them keeps a phrase from matching across the two."""
    return f"{search_phrase(title)}\n{search_phrase(summary)}"


def search_terms(query: str) -> list[str]:
    """The folded words of a search, each to be found in an event's text."""
    return [term for term in (fold(word) for word in query.split()) if term]
