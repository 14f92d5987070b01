"""Markdown to plain text: the words stay, the markup goes.

No renderer is needed for that: the article keeps text only, so the marks are simply removed.
"""

import re

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
