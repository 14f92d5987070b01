"""Distinct wire stories made on the spot, each reporting a few dated events.

The fault tests extract hundreds of them; every one differs in its places, people and dates,
so no two share a text (the same text is stored once per timeline) and their events do not
all merge into one.
"""

import datetime as dt
import random

CITIES = [
    ("BENGHAZI", "Libya"),
    ("MISRATA", "Libya"),
    ("ALEPPO", "Syria"),
    ("HOMS", "Syria"),
    ("ASTANA", "Kazakhstan"),
    ("GENEVA", "Switzerland"),
    ("CAIRO", "Egypt"),
    ("TUNIS", "Tunisia"),
]
TOWNS = ["Brega", "Ajdabiya", "Zawiyah", "Sirte", "Ras Lanuf", "Bin Jawad", "Tobruk", "Derna"]
SPEAKERS = ["a rebel spokesman", "the foreign minister", "a United Nations envoy", "officials"]
VERBS = [
    ("captured", "capture"),
    ("shelled", "shell"),
    ("signed a ceasefire in", "sign"),
    ("opened talks in", "open"),
    ("withdrew from", "withdraw"),
]


def wire_story(number: int) -> tuple[str, str, dt.date]:
    """(title, body, publication date) of the ``number``-th story; the same for the same number."""
    rng = random.Random(number)
    city, country = rng.choice(CITIES)
    town, other_town = rng.sample(TOWNS, 2)
    published = dt.date(2011, 1, 1) + dt.timedelta(days=number * 3 + rng.randrange(3))
    earlier = published - dt.timedelta(days=rng.randrange(20, 200))
    verb, _ = rng.choice(VERBS)
    second_verb, _ = rng.choice(VERBS)
    speaker = rng.choice(SPEAKERS)
    title = f"Forces {verb} {town}, {speaker} says (report {number})"
    body = (
        f"{title}\n\n"
        f"{city}, {country} (Reuters) - Government forces {verb} the town of {town} on "
        f"{published:%A}, {speaker} said, in the heaviest fighting since "
        f"{earlier:%B} {earlier.day}.\n\n"
        f"Rebels had held {town} since {earlier:%B %Y}, and fighters {second_verb} "
        f"{other_town} last week, residents said.\n\n"
        f"Talks are expected to resume in Geneva next month, {speaker} added. "
        f"Report number {number} was filed on {published:%d %B %Y}.\n"
    )
    return title, body, published
