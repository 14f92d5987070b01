"""News-copy conventions: datelines, agencies, bylines, crawl timestamps, widget debris.

Each function takes the article's paragraphs and finds one convention in them. Nothing here
knows any particular file: the patterns are those of wire copy and of news sites in general.
"""

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?"

# Agencies by the names copy uses for them; the key is the name stored as the source.
AGENCIES: dict[str, tuple[str, ...]] = {
    "Agence France-Presse": ("Agence France-Presse", "Agence France Presse", "AFP"),
    "Reuters": ("Thomson Reuters", "Reuters"),
    "Associated Press": ("The Associated Press", "Associated Press", "AP"),
    "Bloomberg": ("Bloomberg News", "Bloomberg"),
    "Deutsche Presse-Agentur": ("Deutsche Presse-Agentur", "dpa", "DPA"),
    "Xinhua": ("Xinhua News Agency", "Xinhua"),
    "Kyodo News": ("Kyodo News", "Kyodo"),
    "United Press International": ("United Press International", "UPI"),
    "ANSA": ("ANSA",),
    "EFE": ("EFE",),
    "Interfax": ("Interfax",),
    "TASS": ("TASS", "ITAR-TASS", "Itar-Tass"),
    "Anadolu Agency": ("Anadolu Agency", "Anadolu"),
    "Yonhap": ("Yonhap News Agency", "Yonhap"),
    "Press Association": ("Press Association", "PA Media"),
}
AGENCY_BY_ALIAS = {alias: name for name, aliases in AGENCIES.items() for alias in aliases}
AGENCY_ALIAS = "|".join(
    re.escape(alias) for alias in sorted(AGENCY_BY_ALIAS, key=len, reverse=True)
)

# "ASTANA, Kazakhstan (3rd UPDATE) –", "WASHINGTON, March 19 (Reuters) -", "CAIRO (AP) —".
PLACE = r"[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Z'’.\-]*)*"
REGION = r"(?:,\s+[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,2})"
DATELINE_DATE = rf"(?:,?\s+{MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?)"
PARENTHETICAL = r"(?:\s*\([^()\n]{1,40}\))"
DASH = r"\s*(?:--|–|—|-)\s"
DATELINE_AT_START = re.compile(
    rf"^(?P<place>{PLACE})(?P<region>{REGION})?(?P<date>{DATELINE_DATE})?"
    rf"(?P<parens>{PARENTHETICAL}{{0,3}})(?P<dash>{DASH})"
)
MONTH_DAY = rf"(?:{MONTH}\s+\d{{1,2}})"
PLACES = rf"(?:{PLACE}{REGION}?(?:/{PLACE}{REGION}?)*)"
# Copy whose headline and summary bullets were fused into its first line still names its
# agency in brackets: "… BENGHAZI, Libya, March 8 (Reuters) -", "Aug 21 (Reuters) -".
DATELINE_WITH_AGENCY = re.compile(
    rf"(?:^|(?<=\s))(?P<place>{PLACES})?(?P<region>)(?P<date>{DATELINE_DATE}|\s*{MONTH_DAY})?"
    rf"(?P<parens>{PARENTHETICAL}{{0,2}}\s*\((?:{AGENCY_ALIAS})\){PARENTHETICAL}{{0,2}})"
    rf"(?P<dash>{DASH}|\s)"
)

# A site's timestamp fused into the text by a crawler: "RABAT | Sun Feb 20, 2011 6:47 pm EST".
CRAWL_STAMP = re.compile(
    rf"(?:(?P<place>{PLACES}(?:,\s+{MONTH_DAY})?|{MONTH_DAY})\s+\|\s+)?"
    rf"{WEEKDAY}\s+(?P<month>{MONTH})\s+(?P<day>\d{{1,2}}),\s+(?P<year>\d{{4}})"
    r"(?P<clock>\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}\b)?)?\s*"
)
# Dates a header line may carry: "23 January 2017", "January 23rd, 2017", "2017-01-23";
# "19/03/2011" and "19.03.2011" only when one reading alone is a date (NUMERIC_DATE).
ORDINAL = r"(?:st|nd|rd|th)?"
FULL_DATES = [
    re.compile(rf"\b(?P<day>\d{{1,2}}){ORDINAL}\s+(?P<month>{MONTH})\s+(?P<year>\d{{4}})\b"),
    re.compile(rf"\b(?P<month>{MONTH})\s+(?P<day>\d{{1,2}}){ORDINAL},?\s+(?P<year>\d{{4}})\b"),
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
]
NUMERIC_DATE = re.compile(r"\b(?P<first>\d{1,2})([/.])(?P<second>\d{1,2})\2(?P<year>\d{4})\b")
BYLINE = re.compile(r"^By\s+(?P<names>[A-Z][^\n]{1,100})$")
# What follows a date on its line: "Posted on March 19th, 2011 by Staff".
DATE_THEN_BYLINE = re.compile(r"\s+by\s+(?P<names>[A-Z][^\n]{0,80})$")
# A byline's date after a dash, comma or bar: "By Staff Reporter — February 13, 2011".
BYLINE_DATE_SEPARATOR = re.compile(r"\s*(?:[,|·]|\s[–—-]{1,2})\s*")
CREDITS = re.compile(
    r"^\((?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Research)[^)]*\)",
    re.IGNORECASE,
)
REPORTING_BY = re.compile(
    r"Reporting by\s+(?P<names>.+?)\s*(?:[;)]|,\s*(?:editing|writing|additional)\b|$)",
    re.IGNORECASE,
)
END_MARKS = re.compile(r"^(?:-30-|#{3}|\(END\)|ENDS?|\*{3})$")
TRAILING_DASH = re.compile(r"\s+[–—-]{1,2}$")
BULLET = re.compile(r"(?:^|\s)[*•▪]\s+")

# Lines a web page's furniture leaves in copied text: comment widgets and share buttons.
WIDGET_LINE = re.compile(
    r"^(?:"
    r"sort by(?: \w+)?|newest(?: first)?|oldest(?: first)?|most (?:popular|recent)"
    r"|there are no comments yet.*|be the first to comment.*|no comments yet.*"
    r"|(?:log|sign) ?in to (?:comment|reply).*|you must be (?:logged|signed) in.*"
    r"|we welcome comments.*|comments? (?:are|is) (?:now )?closed.*"
    r"|share(?: this)?(?: article| story| page| post)?(?: on \w+)?|share via \w+"
    r"|(?:tweet|email|e-mail|print)(?: this)?(?: article| story)?"
    r"|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|messenger"
    r"|copy link|link copied|click to share.*|follow us(?: on .*)?"
    r"|advertisement|skip advertisement|sponsored|read more|show more|load more(?: comments)?"
    r"|subscribe(?: to our newsletter| now)?|sign up for our newsletter"
    r"|the (?:opinions|views) expressed (?:here |in this \w+ )?are (?:his|her|their|the author'?s)"
    r"(?: own)?"
    r")[.!…:]*$",
    re.IGNORECASE,
)
# The heading of a comment section: what follows it is readers' text, not the article's.
COMMENT_SECTION = re.compile(
    r"^(?:add a comment|add your comment|leave a (?:comment|reply)|post a comment"
    r"|write a comment|comments?(?: \(\d+\))?|\d+ comments?|show comments|view comments"
    r"|join the (?:conversation|discussion)|reader comments|this discussion is (?:now )?closed"
    r"|comments (?:are|have been) closed)[.!:]*$"
    r"|^(?:we welcome comments|views expressed in the comments|comments? policy).{0,200}$",
    re.IGNORECASE,
)
CHROME_PREFIX = re.compile(r"^(?:Full (?:Article|Story)|Advertisement|Read more)\s+", re.I)
PHOTO_CREDIT = re.compile(r"(?:^|\s+)(?:Credit|Photo|Picture|Image):\s.*$")
OPENING_PARAGRAPHS = 6
OPENING_CHARS = 2000
HEADLINE_MAX = 200
DERIVED_TITLE_MAX = 120
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "sen", "rep", "gov",
    "pres", "st", "no", "inc", "corp", "ltd", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    "u.s", "u.n", "u.k", "e.g", "i.e", "vs",
}  # fmt: skip


@dataclass(frozen=True)
class Dateline:
    text: str
    paragraph: int
    agency: str
    published_on: date | None


def month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


def safe_date(year: str, month: str, day: str) -> date | None:
    try:
        month_value = int(month) if month.isdigit() else month_number(month)
        return date(int(year), month_value, int(day))
    except (ValueError, KeyError):
        return None


def agency_named(text: str) -> str:
    """The agency a short piece of text names as a whole word, e.g. "(AFP)" or "Reuters"."""
    match = re.search(rf"(?<![\w-])(?:{AGENCY_ALIAS})(?![\w-])", text)
    return AGENCY_BY_ALIAS[match.group(0)] if match else ""


def strip_crawl_stamp(paragraphs: list[str]) -> tuple[list[str], str, date | None]:
    """Drop a crawler's timestamp and the site furniture before it.

    Returns the remaining paragraphs, the headline the site printed just before the stamp
    (when there is one on the same line), and the stamp's date.
    """
    consumed = 0
    for index, paragraph in enumerate(paragraphs[:OPENING_PARAGRAPHS]):
        match = CRAWL_STAMP.search(paragraph)
        if match and not (
            match["place"] or match["clock"] or not paragraph[: match.start()].strip()
        ):
            # "... fired tear gas on Sunday, Feb. 27, 2011.": a sentence's date, no stamp
            match = None
        if match and consumed + match.start() < OPENING_CHARS:
            before = paragraph[: match.start()].strip()
            headline = _site_headline(before)
            rest = paragraph[match.end() :].strip()
            published = safe_date(match["year"], match["month"], match["day"])
            remaining = ([rest] if rest else []) + paragraphs[index + 1 :]
            if not _headline_like(headline):
                headline = ""
                if index and not _date_words_left(before):
                    # "Headline" then "Updated 6:05 PM EST, Sat March 19, 2011": a date line
                    above = _site_headline(paragraphs[index - 1])
                    headline = above if _headline_like(above) else ""
            return remaining, headline, published
        consumed += len(paragraph)
    return paragraphs, "", None


def _site_headline(text: str) -> str:
    return PHOTO_CREDIT.sub("", CHROME_PREFIX.sub("", text)).strip()


def find_dateline(paragraphs: list[str]) -> Dateline | None:
    """The dateline opening the story: at a paragraph's start, or anywhere when it names an
    agency in brackets (copy whose headline and summary were fused into its first line)."""
    consumed = 0
    for index, paragraph in enumerate(paragraphs[:OPENING_PARAGRAPHS]):
        match = DATELINE_AT_START.match(paragraph)
        if match and not (match["parens"] or match["region"] or match["date"]):
            # A bare "WORD - text" is too common to be a dateline without an en or em dash.
            match = match if match["dash"].strip() in ("–", "—", "--") else None
        if match is None and consumed < OPENING_CHARS:
            match = DATELINE_WITH_AGENCY.search(paragraph)
        if match:
            published_on = None
            if match["date"]:
                found = FULL_DATES[1].search(match["date"])
                if found:
                    published_on = safe_date(found["year"], found["month"], found["day"])
            return Dateline(
                text=match.group(0).strip(),
                paragraph=index,
                agency=agency_named(match["parens"] or ""),
                published_on=published_on,
            )
        consumed += len(paragraph)
    return None


def _headline_like(line: str) -> bool:
    words = line.split()
    return (
        2 <= len(words) <= 30
        and len(line) <= HEADLINE_MAX
        and not line.endswith((".", ",", ";", ":"))
        and not BULLET.search(line)
        and not CRAWL_STAMP.match(line)
        and not DATELINE_AT_START.match(line)
        and not DATELINE_WITH_AGENCY.search(line)
        and not BYLINE.match(line)
    )


def take_header(paragraphs: list[str]) -> tuple[list[str], dict[str, str], date | None]:
    """Take the header lines off the top: the headline (and a repeat of it), an agency credit
    line, a byline, a date line. Returns what is left, what was found, and the date."""
    found: dict[str, str] = {}
    published_on = None
    index = 0
    while index < min(len(paragraphs), OPENING_PARAGRAPHS):
        line = paragraphs[index]
        if len(line) > HEADLINE_MAX:
            break
        if "title" not in found and index == 0 and _headline_like(line):
            found["title"] = line
        elif line == found.get("title"):
            pass
        elif "source" not in found and _is_agency_line(line):
            found["source"] = agency_named(line)
        elif "byline" not in found and BYLINE.match(line):
            names, dated = _byline_and_date(BYLINE.match(line)["names"].strip())
            found["byline"] = names
            published_on = published_on or dated
        elif published_on is None and _is_date_line(line):
            published_on = first_full_date(line)
            by = DATE_THEN_BYLINE.search(line)
            if by and "byline" not in found:
                found["byline"] = by["names"].strip()
        elif _is_letterhead(line):
            # "REPUBLIC OF KENYA", "PRESS RELEASE", then the date and the headline in capitals:
            # a release's letterhead; its headline is the capitals after the date.
            if published_on is not None and "headline" not in found:
                found["headline"] = line
        else:
            break
        index += 1
    if "headline" in found:
        found["title"] = found.pop("headline")
    return paragraphs[index:], found, published_on


def _is_letterhead(line: str) -> bool:
    """A short line in capitals that is no sentence: a letterhead, "PRESS RELEASE"."""
    letters = [char for char in line if char.isalpha()]
    return (
        len(letters) >= 3
        and all(char.isupper() for char in letters)
        and len(line.split()) <= 16
        and not line.rstrip().endswith((".", ",", ";"))
    )


def _is_agency_line(line: str) -> bool:
    agency = agency_named(line)
    if not agency:
        return False
    leftover = re.sub(rf"(?:{AGENCY_ALIAS})|©|\(c\)|\d{{4}}|[\s,.|–—-]", "", line)
    return leftover == ""


DATE_LINE_WORDS = re.compile(
    r"\b(?:published|updated|posted|last|modified|on|at|am|pm|(?-i:[A-Z]{2,4}))\b|[ap]\.m\.|"
    rf"{WEEKDAY}|\d{{1,2}}[:.]\d{{2}}|[|,.:·–—-]",
    re.IGNORECASE,
)


def _date_words_left(text: str) -> int:
    """How many words of ``text`` are not the furniture of a date line."""
    return len(DATE_LINE_WORDS.sub(" ", text).split())


def _full_date_match(text: str) -> tuple[re.Match, date] | None:
    """The first full date in ``text`` and its day; an all-number date only when it reads
    one way ("19/03/2011"; "03/04/2011" is March or April, so no date)."""
    for pattern in FULL_DATES:
        match = pattern.search(text)
        if match:
            day = safe_date(match["year"], match["month"], match["day"])
            return (match, day) if day else None
    match = NUMERIC_DATE.search(text)
    if match:
        first, second, year = match["first"], match["second"], match["year"]
        readings = {safe_date(year, second, first), safe_date(year, first, second)} - {None}
        if len(readings) == 1:
            return match, readings.pop()
    return None


def _is_date_line(line: str) -> bool:
    """A line that is a date ("Published: 23 January 2017 10:00 GMT", "Posted on March 19th,
    2011 by Staff"), not a sentence."""
    found = _full_date_match(line)
    if found is None:
        return False
    match = found[0]
    after = DATE_THEN_BYLINE.sub("", line[match.end() :])
    return _date_words_left(line[: match.start()] + after) <= 1


def first_full_date(text: str) -> date | None:
    """The first full date the text writes, an all-number one only when it reads one way."""
    found = _full_date_match(text)
    return found[1] if found else None


def _byline_and_date(names: str) -> tuple[str, date | None]:
    """A byline that carries its date ("Staff Reporter — February 13, 2011"): the names and
    the date apart; any other byline as it is."""
    found = _full_date_match(names)
    if found is None:
        return names, None
    match, day = found
    separators = list(BYLINE_DATE_SEPARATOR.finditer(names, 0, match.start()))
    if not separators:
        return names, None
    last = separators[-1]
    if _date_words_left(names[last.end() : match.start()] + names[match.end() :]) > 0:
        return names, None
    return names[: last.start()].strip(), day


def drop_furniture(paragraphs: list[str]) -> list[str]:
    """Remove widget lines anywhere, and everything from a comment section's heading on when
    it comes in the second half of the text (a heading that early is more likely prose)."""
    total = sum(len(paragraph) for paragraph in paragraphs)
    kept: list[str] = []
    seen = 0
    for paragraph in paragraphs:
        if len(paragraph) <= 120 and COMMENT_SECTION.match(paragraph) and seen >= total / 2:
            break
        seen += len(paragraph)
        if len(paragraph) <= 120 and (WIDGET_LINE.match(paragraph) or END_MARKS.match(paragraph)):
            continue
        kept.append(paragraph)
    if kept:
        kept[-1] = TRAILING_DASH.sub("", kept[-1])
    return [paragraph for paragraph in kept if paragraph]


def cut_after_credits(paragraphs: list[str]) -> tuple[list[str], str]:
    """Wire copy ends with its credits, "(Reporting by …; Editing by …)": whatever a crawler
    glued after them (readers' comments, page furniture) is not the story. Returns the
    paragraphs and the reporters the credits name."""
    total = sum(len(paragraph) for paragraph in paragraphs)
    end = total
    for index in range(len(paragraphs) - 1, -1, -1):
        if end < total / 2:
            # Credits in the first half of a text end nothing: they belong to a section.
            break
        end -= len(paragraphs[index])
        match = CREDITS.match(paragraphs[index])
        if match:
            reporters = REPORTING_BY.search(match.group(0))
            names = reporters["names"].strip() if reporters else ""
            return [*paragraphs[:index], match.group(0)], names
    return paragraphs, ""


def lead_sentence(text: str) -> str:
    """The first sentence of a paragraph, shortened at a word boundary to title length."""
    for match in re.finditer(r"[.!?][\"”’]?(?=\s+[\"“‘(]?[A-Z])", text):
        word = text[: match.start()].rsplit(maxsplit=1)[-1].lower().lstrip('("“')
        if word not in ABBREVIATIONS and len(word) > 1:
            text = text[: match.end()]
            break
    return shorten(text.strip(), DERIVED_TITLE_MAX)


def shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–—- ")
    return f"{cut}…"


def title_from_bullets(paragraph: str) -> str:
    """Copy that opens with summary bullets: the words before them, else the first bullet."""
    parts = [part.strip() for part in BULLET.split(paragraph)]
    if parts and parts[0] and _headline_like(parts[0]):
        return parts[0]
    for part in parts[1:]:
        if part:
            return lead_sentence(part)
    return ""
