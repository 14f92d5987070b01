"""Markdown to plain text: the words stay, the markup goes; YAML front matter is metadata.

No renderer is needed for that: the article keeps text only, so the marks are simply removed.
Front matter (a static-site or CMS export's "---" block of title, date, author, source, url)
is read with python-frontmatter and PyYAML's safe loader.
"""

import datetime as dt
import re

import frontmatter
import yaml

from articles.ingest.types import DateFound, Metadata

FENCE = re.compile(r"^(```|~~~)")
HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
SETEXT_UNDERLINE = re.compile(r"^(=+|-+)\s*$")
RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
QUOTE = re.compile(r"^(?:>\s?)+")
LIST_MARKER = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+")
IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
REFERENCE_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
LINK_DEFINITION = re.compile(r"^\s*\[[^\]]+\]:\s+\S+")
STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"
)
CODE = re.compile(r"`([^`]+)`")
HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


# The names front matter gives each field, by the conventions of Jekyll, Hugo and CMS exports.
FRONT_MATTER_KEYS = {
    "title": ("title", "headline"),
    "published": ("date", "published", "publishdate", "pubdate", "published_on"),
    "byline": ("author", "authors", "byline"),
    "source": ("source", "publisher", "outlet"),
    "url": ("url", "link", "canonical", "canonical_url"),
}


def read_markdown(markdown: str) -> tuple[str, Metadata]:
    """The text of a Markdown article and what its front matter says (nothing when it has
    none, or when the block is not YAML: then the block stays part of the text)."""
    try:
        fields, content = frontmatter.parse(markdown)
    except (yaml.YAMLError, ValueError, TypeError):
        fields, content = {}, markdown
    if not isinstance(fields, dict):
        fields, content = {}, markdown
    found = {key.lower(): value for key, value in fields.items() if isinstance(key, str)}

    def first(name: str) -> object:
        return next((found[key] for key in FRONT_MATTER_KEYS[name] if found.get(key)), None)

    return markdown_to_text(content), Metadata(
        title=_plain(first("title")),
        source=_plain(first("source")),
        url=_plain(first("url")),
        byline=_plain(first("byline")),
        published=_front_matter_date(first("published")),
    )


def _plain(value: object) -> str:
    """A field as one line of text; a list of names joined (one level only: YAML aliases
    can nest a small file into a huge structure)."""
    if isinstance(value, list | tuple):
        value = ", ".join(item for item in value if isinstance(item, str) and item)
    if not isinstance(value, str | int | float):
        return ""
    return " ".join(str(value).split())[:500]


def _front_matter_date(value: object) -> DateFound | None:
    if isinstance(value, dt.datetime):
        return DateFound(value.date(), "metadata")
    if isinstance(value, dt.date):
        return DateFound(value, "metadata")
    if isinstance(value, str):
        try:
            return DateFound(dt.date.fromisoformat(value.strip()[:10]), "metadata")
        except ValueError:
            return None
    return None


def markdown_to_text(markdown: str) -> str:
    lines: list[str] = []
    for line in HTML_COMMENT.sub("", markdown).split("\n"):
        stripped = line.strip()
        if FENCE.match(stripped) or LINK_DEFINITION.match(stripped) or RULE.match(stripped):
            # A rule and the blank line a fence opens both just separate paragraphs.
            lines.append("")
            continue
        if SETEXT_UNDERLINE.match(stripped) and lines and lines[-1].strip():
            lines.append("")
            continue
        heading = HEADING.match(stripped)
        if heading:
            lines.extend(["", _inline(heading.group(1)), ""])
            continue
        lines.append(_inline(LIST_MARKER.sub("", QUOTE.sub("", stripped))))
    return "\n".join(lines)


def _inline(line: str) -> str:
    line = IMAGE.sub(r"\1", line)
    line = LINK.sub(r"\1", REFERENCE_LINK.sub(r"\1", line))
    line = STRONG.sub(r"\2", line)
    line = EMPHASIS.sub(lambda match: match.group(1) or match.group(2), line)
    return CODE.sub(r"\1", line)
