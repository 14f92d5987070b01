"""Sentences with their offsets, and the parts of a news file that are not news.

Crawled wire copy carries page furniture: a dateline with a timestamp ("TRIPOLI | Mon Feb
21, 2011 3:51 pm IST TRIPOLI (Reuters) -"), "Full Article", photo captions, "(Reporting
by ...)", comment widgets. A sentence keeps its offsets, but its *content* starts after any
dateline and stops before any credit, and time expressions outside the content date
nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen col lt maj capt sgt cpl rep sen gov pres st jr sr prof rev adm cmdr brig "
    "jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc corp co ltd mt ft gov't "
    "u.s u.n u.k e.u a.m p.m u.s.a".split()
)
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_LINE_BREAK = re.compile(r"\n+")

_AGENCY = r"(?:Reuters(?: Breakingviews)?|AFP|AP|Xinhua|Bloomberg|BBC|UPI|dpa|IANS|ANI|PTI)"
# "... TRIPOLI (Reuters) - " or "ASTANA, Kazakhstan (3rd UPDATE) – ": the story starts after.
_DATELINE = re.compile(
    rf".{{0,300}}?\({_AGENCY}\)[\"”]?\s*[-–—]+\s*"
    r"|[A-Z][A-Z.'’\-]{2,}(?:[ /\\][A-Z][A-Z.'’\-]+)*(?:,\s*[A-Z][\w.'’\- ]{1,30}?)?"
    r"(?:,\s*[A-Z][a-z]{2}\w*\.? \d{1,2})?(?:\s*\([^)]{1,40}\))?\s*[–—-]{1,2}\s+"
)
_TIMESTAMP = re.compile(
    r".{0,200}?\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\.?,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+"
    r"\d{4},?\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?(?:\s+[A-Z]{2,5}\b)?\s*"
)
_CREDIT = re.compile(
    r"\(?\b(?:Additional |Writing and |Editing and )?(?:[Rr]eporting|Writing|Editing|Compiled|"
    r"Edited|Produced|Translated) by\b.*$"
    r"|\bCredit:.*$|\bREUTERS/.*$|\bAFP PHOTO\b.*$|\bClick here\b.*$|\bFull Article\b\s*"
)
# Words every credit contains: a cheap test before the costly search.
_CREDIT_HINTS = re.compile(r"by\b|Credit:|REUTERS/|AFP PHOTO|Click here|Full Article")
_FURNITURE = re.compile(
    r"^(?:Add a comment|Sort by|There are no comments|Share this|Related:|Read more|"
    r"Advertisement|Follow us|Sign up|Subscribe|Comments?\b|Print\b|Email\b|Keywords?:)",
    re.IGNORECASE,
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A photo caption ends on the day the photo was taken: "..., in south London, March 2, 2011."
# The comment widget's notice: readers' comments follow it, not news.
_COMMENTS_OPEN = re.compile(
    r"(?:We welcome comments|Views expressed in the comments|This discussion is now closed|"
    r"(?:Add|Post|Leave) a comment|Reader comments|Comments \(\d+\)|\d+ comments?\b)",
    re.IGNORECASE,
)
# Page furniture anywhere in a sentence: a copyright line, a wire story's internal id.
_BOILERPLATE = re.compile(
    r"\bAll rights reserved\b|^\s*(?:©|Copyright\b)|^\s*\(ID:\s*\w+\)\s*$|"
    r"^\s*(?:(?:FILE )?PHOTO|Photo|PICTURE|Picture|Caption)\s*:",
    re.IGNORECASE,
)
_CAPTION = re.compile(rf"[,\s]\s*{_MONTH}\s+\d{{1,2}},\s+\d{{4}}\.?\s*$")
_CAPTION_VERB = re.compile(r"^[^,]{0,80}?\b[a-z]{3,}(?:s|es)\b")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the text; ``content_start``/``content_end`` frame its news content."""

    start: int
    end: int
    text: str
    content_start: int
    content_end: int

    @property
    def has_content(self) -> bool:
        return self.content_end > self.content_start

    def contains(self, start: int, end: int) -> bool:
        return self.content_start <= start and end <= self.content_end


def _is_abbreviation(text: str, period_at: int) -> bool:
    word_start = period_at
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:period_at].lower().strip(".")
    if not word:
        return False
    # A single capital is an initial ("George W. Bush"), not a sentence end.
    return word in _ABBREVIATIONS or (len(word) == 1 and text[word_start].isupper())


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in order, each line break ending one; offsets index into ``text``."""
    sentences: list[Sentence] = []
    position = 0
    for line in [*_LINE_BREAK.finditer(text), None]:
        line_end = line.start() if line else len(text)
        start = position
        for boundary in _SENTENCE_END.finditer(text, position, line_end):
            if _is_abbreviation(text, boundary.start()):
                continue
            end = boundary.end()
            _add(sentences, text, start, end)
            start = end
        _add(sentences, text, start, line_end)
        position = line.end() if line else len(text)
    return _without_comments(sentences)


def _without_comments(sentences: list[Sentence]) -> list[Sentence]:
    """Readers' comments follow the comment widget's notice: nothing after it is news."""
    for index, sentence in enumerate(sentences):
        if _COMMENTS_OPEN.match(sentence.text):
            return sentences[:index] + [
                Sentence(s.start, s.end, s.text, s.start, s.start) for s in sentences[index:]
            ]
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    body = text[start:end]
    content_start, content_end = _content_bounds(body)
    sentences.append(
        Sentence(
            start=start,
            end=end,
            text=body,
            content_start=start + content_start,
            content_end=start + content_end,
        )
    )


def _content_bounds(sentence: str) -> tuple[int, int]:
    """Where the news inside a sentence starts and ends (equal when it has none)."""
    if _FURNITURE.match(sentence) or _BOILERPLATE.search(sentence):
        return 0, 0
    start, end = 0, len(sentence)
    for pattern in (_TIMESTAMP, _DATELINE):
        match = pattern.match(sentence, start)
        if match:
            start = match.end()
    credit = _CREDIT.search(sentence, start) if _CREDIT_HINTS.search(sentence) else None
    while credit and credit.group(0).startswith("Full Article"):
        start = max(start, credit.end())
        credit = _CREDIT.search(sentence, start) if _CREDIT_HINTS.search(sentence) else None
    if credit:
        end = credit.start()
    # A dateline again after "Full Article ...": take the last one.
    for pattern in (_TIMESTAMP, _DATELINE):
        match = pattern.match(sentence, start)
        if match and match.end() < end:
            start = match.end()
    if _CAPTION.search(sentence[max(start, end - 40) : end]) and _CAPTION_VERB.search(
        sentence[start:end]
    ):
        return 0, 0
    while end > start and sentence[end - 1] in " \t([":
        end -= 1
    return start, max(start, end)
