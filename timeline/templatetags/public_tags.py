"""Presentation helpers of the public pages: year groups, month anchors, the overview chart."""

import datetime as dt
import math
from dataclasses import dataclass

from django import template
from django.utils.text import slugify

from timeline.extraction.dates import period_heading
from timeline.selectors.public import MONTH_NAMES, MONTH_OR_FINER, Overview, PublicEvent, long_date

register = template.Library()

# The chart is drawn in percentages across and pixels down, so it fills any screen width
# while its bars keep their height and its labels their size.
BARS_HEIGHT = 64
LABELS_HEIGHT = 18
# Past twenty years of months the bars grow too thin to read or tap: count by year.
MAX_MONTH_COLUMNS = 240
MAX_LABELS = 12
# A chart of this many months or fewer names each month under its column.
MONTH_LABELS_UP_TO = 12


@dataclass(frozen=True, slots=True)
class Bar:
    # Percentages as strings: a template would localise a float ("12,5" breaks SVG).
    x: str
    column_width: str
    bar_x: str
    bar_width: str
    top: int
    height: int
    href: str
    label: str


@dataclass(frozen=True, slots=True)
class Tick:
    x: str
    text: str


def _percent(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") + "%"


@dataclass(frozen=True, slots=True)
class Chart:
    unit: str
    caption: str
    bars: tuple[Bar, ...]
    ticks: tuple[Tick, ...]
    bars_height: int = BARS_HEIGHT
    height: int = BARS_HEIGHT + LABELS_HEIGHT


def month_anchor(year: int, month: int) -> str:
    return f"month-{year:04d}-{month:02d}"


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}" if count == 1 else f"{count:,} {word}s"


def _month_columns(overview: Overview) -> list[tuple[int, int]]:
    first, last = min(overview.months), max(overview.months)
    columns = []
    year, month = first
    while (year, month) <= last:
        columns.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return columns


def _href(year: int, month: int | None, *, in_page: bool) -> str:
    anchor = month_anchor(year, month) if month else f"year-{year}"
    return f"#{anchor}" if in_page else f"?year={year}#{anchor}"


def _bars(counts: list[tuple[int, str, str]]) -> tuple[Bar, ...]:
    """(count, href, label) per column, left to right; an empty column gets no bar."""
    tallest = max(count for count, _, _ in counts)
    width = 100 / len(counts)
    bars = []
    for index, (count, href, label) in enumerate(counts):
        if not count:
            continue
        height = max(2, round(count / tallest * BARS_HEIGHT))
        bars.append(
            Bar(
                x=_percent(index * width),
                column_width=_percent(width),
                bar_x=_percent(index * width + width * 0.1),
                bar_width=_percent(width * 0.8),
                top=BARS_HEIGHT - height,
                height=height,
                href=href,
                label=label,
            )
        )
    return tuple(bars)


# The least distance between two year labels, in per cent of the chart's width.
MIN_LABEL_GAP = 6


def _ticks(columns: list[str], first_of_year: list[bool]) -> tuple[Tick, ...]:
    """A year label where each year begins, thinned to a dozen, none falling off the edge."""
    starts = [index for index, starts in enumerate(first_of_year) if starts]
    step = max(1, math.ceil(len(starts) / MAX_LABELS))
    width = 100 / len(columns)
    candidates = [(i * width, columns[i]) for i in starts[::step] if i * width <= 92]
    if len(candidates) > 1 and candidates[1][0] - candidates[0][0] < MIN_LABEL_GAP:
        candidates = candidates[1:]  # the chart opens in December: 2005 would sit on 2006
    ticks, last = [], -100.0
    for place, text in candidates:
        if place - last >= MIN_LABEL_GAP:
            ticks.append(Tick(x=_percent(place), text=text))
            last = place
    return tuple(ticks)


def overview_chart(overview: Overview, *, in_page: bool) -> Chart | None:
    """Bars of approved events per month (per year past twenty years), each a link.

    in_page: the whole timeline is on this page, so a bar jumps to its month's anchor;
    otherwise it opens that year's page at the month.
    """
    if overview.months and len(_month_columns(overview)) <= MAX_MONTH_COLUMNS:
        columns = _month_columns(overview)
        counts = []
        for year, month in columns:
            count = overview.months.get((year, month), 0)
            name = f"{MONTH_NAMES[month - 1]} {year}"
            counts.append(
                (count, _href(year, month, in_page=in_page), f"{name}: {_plural(count, 'event')}")
            )
        first, last = columns[0], columns[-1]
        caption = (
            f"Approved events per month, {MONTH_NAMES[first[1] - 1]} {first[0]}"
            f" to {MONTH_NAMES[last[1] - 1]} {last[0]}."
        )
        if overview.loosely_dated:
            loose = overview.loosely_dated
            caption += (
                f" {_plural(loose, 'event')} dated only to a quarter, a season or a year"
                f" {'is' if loose == 1 else 'are'} listed but not charted."
            )
        if len(columns) <= MONTH_LABELS_UP_TO:
            # A year or less: every month named ("Feb 2011", "Mar", ... "Jan 2012").
            ticks = _ticks(
                [
                    MONTH_NAMES[month - 1][:3] + (f" {year}" if index == 0 or month == 1 else "")
                    for index, (year, month) in enumerate(columns)
                ],
                [True] * len(columns),
            )
        else:
            ticks = _ticks(
                [str(year) for year, _ in columns],
                [index == 0 or month == 1 for index, (_, month) in enumerate(columns)],
            )
        return Chart(unit="month", caption=caption, bars=_bars(counts), ticks=ticks)
    if not overview.years:
        return None
    years = list(range(min(overview.years), max(overview.years) + 1))
    counts = [
        (
            overview.years.get(year, 0),
            _href(year, None, in_page=in_page),
            f"{year}: {_plural(overview.years.get(year, 0), 'event')}",
        )
        for year in years
    ]
    caption = f"Approved events per year, {years[0]} to {years[-1]}."
    ticks = _ticks([str(year) for year in years], [True] * len(years))
    return Chart(unit="year", caption=caption, bars=_bars(counts), ticks=ticks)


@register.simple_tag
def chart_for(overview: Overview, in_page: bool) -> Chart | None:
    return overview_chart(overview, in_page=in_page)


@dataclass(frozen=True, slots=True)
class ListedEvent:
    event: PublicEvent
    # Set on the first event dated within a month, for the chart and month links to land on.
    anchor: str


@dataclass(frozen=True, slots=True)
class PeriodGroup:
    """A section of the listing: a year, or a decade or century for dates that coarse."""

    heading: str
    # The section's id: "year-2011" (the chart's and the year links' target); a decade's
    # "year-1970" when no event is dated within 1970 itself, else "period-1970s".
    anchor: str
    events: list[ListedEvent]


@register.simple_tag
def by_year(events: list[PublicEvent]) -> list[PeriodGroup]:
    """Events grouped by the year they start in (a decade or a century by that period:
    "1970s", "20th century"), each month's first one anchored."""
    groups: dict[tuple[int, str], list[ListedEvent]] = {}
    anchored: set[tuple[int, int]] = set()
    for event in events:
        start = event.date_start
        anchor = ""
        if event.granularity in MONTH_OR_FINER and (start.year, start.month) not in anchored:
            anchored.add((start.year, start.month))
            anchor = month_anchor(start.year, start.month)
        key = (start.year, period_heading(start, event.granularity))
        groups.setdefault(key, []).append(ListedEvent(event=event, anchor=anchor))
    years = {heading for _, heading in groups if heading.isdigit()}
    return [
        PeriodGroup(
            heading=heading,
            anchor=(
                f"year-{year}"
                if heading.isdigit() or str(year) not in years
                else f"period-{slugify(heading)}"
            ),
            events=listed,
        )
        for (year, heading), listed in groups.items()
    ]


@dataclass(frozen=True, slots=True)
class MonthLink:
    name: str
    anchor: str
    count: int


@register.simple_tag
def month_links(overview: Overview, year: int) -> list[MonthLink]:
    """The twelve months of a year with their event counts, for the month navigation."""
    return [
        MonthLink(
            name=MONTH_NAMES[month - 1],
            anchor=month_anchor(year, month),
            count=overview.months.get((year, month), 0),
        )
        for month in range(1, 13)
    ]


@register.filter
def reader_date(day: dt.date | None) -> str:
    """ "23 January 2017", whatever the server's locale."""
    return long_date(day) if day else ""


@register.filter
def plural(count: int, word: str) -> str:
    """`{{ 3|plural:"event" }}` -> "3 events"."""
    return _plural(count, word)
