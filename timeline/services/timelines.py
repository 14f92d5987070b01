"""Creating a timeline: its name, its address (a slug derived from the name) and whether
readers see it."""

from __future__ import annotations

import re

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils.text import slugify

from timeline.models import Timeline

SLUG_MAX_LENGTH = Timeline._meta.get_field("slug").max_length
# A name with no letter or digit that slugify keeps (all punctuation, or another script).
FALLBACK_SLUG = "timeline"
# Tried before giving up on a free slug when others take them at the same moment.
SLUG_ATTEMPTS = 20
# Dashes and slashes separate words ("2015–16", "Iran/Iraq"); slugify would run them together.
WORD_SEPARATORS = re.compile(r"[\u2010-\u2015\u2212/\\|]")


def slug_for(name: str, taken: set[str] = frozenset()) -> str:
    """The address of a timeline called ``name``: its words in lower-case ASCII joined by
    hyphens ("Libya: the 2011 war" -> "libya-the-2011-war", "El Niño 2015–16" ->
    "el-nino-2015-16"), cut to fit the column, with "-2", "-3"... when that is ``taken``."""
    base = slugify(WORD_SEPARATORS.sub(" ", name))[:SLUG_MAX_LENGTH].strip("-") or FALLBACK_SLUG
    slug, number = base, 1
    while slug in taken:
        number += 1
        suffix = f"-{number}"
        slug = base[: SLUG_MAX_LENGTH - len(suffix)].rstrip("-") + suffix
    return slug


def timeline_create(
    *, name: str, description: str = "", is_public: bool = False, by: AbstractBaseUser | None
) -> Timeline:
    """A new timeline with a slug of its own. Two editors creating "Libya" at the same moment
    get "libya" and "libya-2": the unique slug decides, and the loser tries the next one."""
    name, description = name.strip(), description.strip()
    if not name:
        raise ValueError("a timeline needs a name")
    base = slug_for(name)
    # The slugs "base", "base-2"... already used, in one query; a race is caught below.
    taken = set(
        Timeline.objects.filter(slug__startswith=base[: SLUG_MAX_LENGTH - 4]).values_list(
            "slug", flat=True
        )
    )
    for _ in range(SLUG_ATTEMPTS):
        timeline = Timeline(
            name=name,
            slug=slug_for(name, taken),
            description=description,
            is_public=is_public,
        )
        timeline._history_user = by
        try:
            with transaction.atomic():
                timeline.save()
        except IntegrityError:
            taken.add(timeline.slug)
            continue
        return timeline
    raise RuntimeError(f"no free address for the timeline {name!r}")
