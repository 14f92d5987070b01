"""CSV: one row per approved event, for spreadsheets and newsroom scripts."""

import csv
import io

from timeline.selectors.public import PublicEvent, PublicTimeline

CONTENT_TYPE = "text/csv; charset=utf-8"
COLUMNS = (
    "id",
    "url",
    "date",
    "date_value",
    "date_mod",
    "date_start",
    "date_end",
    "granularity",
    "approximate",
    "modality",
    "title",
    "summary",
    "sources",
)
# A spreadsheet runs a cell that starts with one of these as a formula: news text must
# never become one (OWASP "CSV injection"), so such cells get a leading apostrophe.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value


def _sources(event: PublicEvent) -> str:
    """One source a line: its citation, then its link when it has one."""
    return "\n".join(
        f"{source.citation} <{source.url}>" if source.url else source.citation
        for source in event.sources
    )


def row(event: PublicEvent, *, base_url: str) -> list[str]:
    return [
        str(event.id),
        base_url + event.path,
        event.display_date,
        event.date_value,
        event.date_mod,
        event.date_start.isoformat(),
        event.date_end.isoformat(),
        event.granularity,
        "yes" if event.is_approximate else "no",
        "planned" if event.is_planned else "occurred",
        _text(event.title),
        _text(event.summary),
        _text(_sources(event)),
    ]


def build_csv(*, timeline: PublicTimeline, events: list[PublicEvent], base_url: str) -> str:
    output = io.StringIO()
    writer = csv.writer(output, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(row(event, base_url=base_url) for event in events)
    return output.getvalue()
