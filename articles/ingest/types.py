"""What reading a file produces: clean articles, or the reason a file or entry was refused."""

from dataclasses import dataclass
from datetime import date, timedelta


class RejectedFile(Exception):
    """The whole file is unusable; the message says why, in words an editor understands."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Rejection:
    """One entry of a multi-article file (a feed) that could not be used."""

    label: str
    reason: str


def is_still_to_come(day: date, today: date | None = None) -> bool:
    """Whether a publication date lies ahead of today (a day's grace covers the time zones):
    a typo (2099 for 2019) or a date in the text that is not the publication's, which would
    date every relative expression of the text wrongly."""
    return day > (today or date.today()) + timedelta(days=1)


@dataclass(frozen=True)
class DateFound:
    value: date
    # Where it came from, in Article.DateOrigin's words: "metadata", "feed" or "text".
    origin: str


@dataclass(frozen=True)
class CleanArticle:
    """An article ready to save: the body is final, every later offset points into it."""

    title: str
    body: str
    source: str = ""
    url: str = ""
    byline: str = ""
    dateline: str = ""
    published: DateFound | None = None
    # A feed's entries come from one file: the label names the entry ("feed.xml, entry 3").
    label: str = ""
    format: str = ""


@dataclass(frozen=True)
class Metadata:
    """What a format says about its article besides the text (an HTML page's meta tags)."""

    title: str = ""
    source: str = ""
    url: str = ""
    byline: str = ""
    published: DateFound | None = None
