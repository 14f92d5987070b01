"""Our own JSON export: a documented, versioned schema (docs/exports.md)."""

import json

from timeline.selectors.public import PublicEvent, PublicSource, PublicTimeline

SCHEMA = "timeline-export/1"
CONTENT_TYPE = "application/json"


def _source(source: PublicSource) -> dict:
    return {
        "title": source.title,
        "outlet": source.outlet or None,
        "published_on": source.published_on.isoformat() if source.published_on else None,
        "url": source.url or None,
    }


def export_event(event: PublicEvent, *, base_url: str) -> dict:
    return {
        "id": event.id,
        "url": base_url + event.path,
        "title": event.title,
        "summary": event.summary,
        "date": {
            "value": event.date_value,
            "mod": event.date_mod or None,
            "start": event.date_start.isoformat(),
            "end": event.date_end.isoformat(),
            "granularity": event.granularity,
            "approximate": event.is_approximate,
            "display": event.display_date,
        },
        "modality": "planned" if event.is_planned else "occurred",
        "sources": [_source(source) for source in event.sources],
    }


def build_json(*, timeline: PublicTimeline, events: list[PublicEvent], base_url: str) -> str:
    document = {
        "schema": SCHEMA,
        "timeline": {
            "slug": timeline.slug,
            "name": timeline.name,
            "description": timeline.description,
            "url": base_url + timeline.path,
        },
        "events": [export_event(event, base_url=base_url) for event in events],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
