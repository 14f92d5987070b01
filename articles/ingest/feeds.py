"""RSS and Atom feeds (feedparser): one article per entry, with its title, link and date."""

from collections.abc import Iterator
from datetime import date

import feedparser

from articles.ingest.article import build_article
from articles.ingest.html import html_fragment_text
from articles.ingest.types import CleanArticle, DateFound, Metadata, RejectedFile, Rejection


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def read_feed(data: bytes, *, filename: str) -> Iterator[CleanArticle | Rejection]:
    # feedparser reads bytes itself: it honours the XML declaration's encoding and strips
    # scripts and event handlers from entry content.
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("version"):
            raise RejectedFile("the feed has no entries")
        raise RejectedFile("it is not an RSS or Atom feed")
    feed_title = parsed.feed.get("title", "")
    for number, entry in enumerate(parsed.entries, start=1):
        entry_title = " ".join(entry.get("title", "").split())
        label = f"{filename}, entry {number}" + (f" “{entry_title[:60]}”" if entry_title else "")
        try:
            yield build_article(
                _entry_text(entry),
                metadata=Metadata(
                    title=entry_title,
                    source=feed_title,
                    url=entry.get("link", ""),
                    byline=entry.get("author", ""),
                    published=_entry_date(entry),
                ),
                format="feed",
                label=label,
            )
        except RejectedFile as rejected:
            yield Rejection(label=label, reason=rejected.reason)


def _entry_text(entry) -> str:
    # The full content when the feed carries it, else the summary.
    contents = entry.get("content") or []
    candidates = [(item.get("value", ""), item.get("type", "")) for item in contents]
    if entry.get("summary"):
        candidates.append((entry["summary"], entry.get("summary_detail", {}).get("type", "")))
    for value, content_type in candidates:
        text = html_fragment_text(value) if "html" in content_type else value
        if text and text.strip():
            return text
    return ""


def _entry_date(entry) -> DateFound | None:
    moment = entry.get("published_parsed") or entry.get("updated_parsed")
    if not moment:
        return None
    try:
        return DateFound(date(moment.tm_year, moment.tm_mon, moment.tm_mday), "feed")
    except ValueError:
        return None
