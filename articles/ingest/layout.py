"""Text layout: one canonical shape for every format's text, paragraphs split by a blank line.

Typographic quotes, dashes and every other printable character are kept as they are; only
layout changes: line breaks, invisible characters, spaces, hard wrapping.
"""

import re
import statistics
import unicodedata

# Invisible or layout-only characters that survive copy and paste from web pages and PDFs.
INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
ODD_SPACES = re.compile("[\u00a0\u2007\u202f\u2000-\u200a\u3000\t]")
LINE_BREAKS = re.compile("\r\n|[\r\f\v\u2028\u2029\x85]")
SPACE_RUNS = re.compile(" {2,}")
BLANK_LINES = re.compile(r"\n\s*\n")
# A backslash before punctuation is an escape left by a JSON or Markdown export ("\/", "\*").
BACKSLASH_ESCAPE = re.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\]^_`{|}~])")
SENTENCE_END = (".", "!", "?", ":", "”", '"', "’", "'", ")")
WRAP_MIN, WRAP_MAX = 40, 110


# Typesetting ligatures (from PDFs mostly) are their letters again: "ﬁle" is "file".
LIGATURES = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}


def normalise(text: str) -> str:
    """Canonical characters and line breaks; no other change to the words."""
    text = unicodedata.normalize("NFC", text).translate(LIGATURES)
    text = LINE_BREAKS.sub("\n", text)
    text = INVISIBLE.sub("", text)
    text = ODD_SPACES.sub(" ", text)
    return BACKSLASH_ESCAPE.sub(r"\1", text)


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Lines of one block cut at a fixed width (e-mail, wire copy, PDF) rather than paragraphs."""
    if len(lines) < 2:
        return False
    body = [len(line) for line in lines[:-1]]
    if not all(WRAP_MIN <= length <= WRAP_MAX for length in body):
        return False
    # Paragraph-per-line text ends most lines with a full stop; wrapped text mostly does not.
    open_ended = sum(1 for line in lines[:-1] if not line.endswith(SENTENCE_END))
    return open_ended >= len(body) / 2 and statistics.pstdev(body) < 15


def paragraphs(text: str) -> list[str]:
    """Split normalised text into paragraphs: blank-line blocks, unwrapped when hard-wrapped.

    A block of short lines (a title, an agency line, a list) keeps each line as a paragraph.
    """
    result: list[str] = []
    for block in BLANK_LINES.split(text):
        lines = [SPACE_RUNS.sub(" ", line.strip()) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        if _is_hard_wrapped(lines):
            joined = lines[0]
            for line in lines[1:]:
                joined = join_wrapped(joined, line)
            result.append(joined)
        else:
            result.extend(lines)
    return result


def join_wrapped(left: str, right: str) -> str:
    """Two lines of one paragraph cut at a fixed width, joined again: a word hyphenated
    across the break is one word ("govern-" "ment"); a hyphen before a capital or a digit
    belongs to the name or number ("Rafik al-" "Hariri", "post-" "2011")."""
    if left.endswith("-") and left[-2:-1].isalpha():
        if right[:1].islower():
            return left[:-1] + right
        if right[:1].isupper() or right[:1].isdigit():
            return left + right
    return f"{left} {right}" if left else right


def join(paragraph_list: list[str]) -> str:
    return "\n\n".join(paragraph_list)
