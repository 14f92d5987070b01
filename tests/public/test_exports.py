"""The exact content of every export of a small timeline, built and served."""

import csv
import io
import json

import pytest
from django.urls import reverse

from timeline.exports.csv_export import build_csv
from timeline.exports.ical import build_ical
from timeline.exports.json_export import build_json
from timeline.exports.timelinejs import build_timelinejs
from timeline.selectors.public import public_events, public_timeline_get

pytestmark = pytest.mark.django_db

BASE = "http://testserver"
AFP = {
    "title": "Turkey and Russia broker Syria ceasefire",
    "outlet": "Agence France-Presse",
    "published_on": "2016-12-30",
    "url": "https://news.example/afp/ceasefire",
}
REUTERS = {
    "title": "Syria truce largely holds",
    "outlet": "Reuters",
    "published_on": "2016-12-31",
    "url": None,
}
BBC = {
    "title": "Syria talks open in Astana",
    "outlet": "BBC",
    "published_on": "2017-01-23",
    "url": "https://news.example/bbc/astana",
}


def _loaded(slug="syria-astana"):
    timeline = public_timeline_get(slug=slug)
    return timeline, public_events(timeline=timeline)


def _url(event) -> str:
    return f"{BASE}/timelines/syria-astana/events/{event.pk}/"


def test_json_export_follows_the_documented_schema(small_timeline):
    timeline, events = _loaded()
    exported = json.loads(build_json(timeline=timeline, events=events, base_url=BASE))
    s = small_timeline

    def date(value, start, end, granularity, display, approximate=False):
        return {
            "value": value,
            "mod": None,
            "start": start,
            "end": end,
            "granularity": granularity,
            "approximate": approximate,
            "display": display,
        }

    assert exported == {
        "schema": "timeline-export/1",
        "timeline": {
            "slug": "syria-astana",
            "name": "Syria: the Astana process",
            "description": "The Syrian peace talks, compiled from wire reports.",
            "url": f"{BASE}/timelines/syria-astana/",
        },
        "events": [
            {
                "id": s.uprising.pk,
                "url": _url(s.uprising),
                "title": "The uprising begins",
                "summary": "",
                "date": date("2011", "2011-01-01", "2011-12-31", "year", "2011"),
                "modality": "occurred",
                "sources": [],
            },
            {
                "id": s.aleppo.pk,
                "url": _url(s.aleppo),
                "title": "Regime recaptures rebel areas of Aleppo",
                "summary": "",
                "date": date(
                    "2016-12", "2016-12-01", "2016-12-31", "month", "c. December 2016", True
                ),
                "modality": "occurred",
                "sources": [AFP],
            },
            {
                "id": s.ceasefire.pk,
                "url": _url(s.ceasefire),
                "title": "Turkey and Russia broker a nationwide ceasefire",
                "summary": "The deal is the basis of the Astana talks.",
                "date": date("2016-12-30", "2016-12-30", "2016-12-30", "day", "30 December 2016"),
                "modality": "occurred",
                "sources": [AFP, REUTERS],
            },
            {
                "id": s.talks.pk,
                "url": _url(s.talks),
                "title": "Peace talks open in Astana",
                "summary": "Rebels and the regime meet for the first time.",
                "date": date("2017-01-23", "2017-01-23", "2017-01-23", "day", "23 January 2017"),
                "modality": "occurred",
                "sources": [BBC],
            },
            {
                "id": s.geneva.pk,
                "url": _url(s.geneva),
                "title": "Geneva talks set to resume",
                "summary": '=HYPERLINK("http://evil.example") is not a formula here.',
                "date": date("2017-02", "2017-02-01", "2017-02-28", "month", "February 2017"),
                "modality": "planned",
                "sources": [BBC],
            },
        ],
    }


def test_timelinejs_export_uses_dates_at_their_granularity_and_credits_sources(small_timeline):
    timeline, events = _loaded()
    exported = json.loads(build_timelinejs(timeline=timeline, events=events, base_url=BASE))
    s = small_timeline
    afp_credit = (
        '<a href="https://news.example/afp/ceasefire">Turkey and Russia broker Syria'
        " ceasefire</a> (Agence France-Presse, 30 December 2016)"
    )
    bbc_credit = (
        '<a href="https://news.example/bbc/astana">Syria talks open in Astana</a>'
        " (BBC, 23 January 2017)"
    )

    def permalink(event):
        return f'<p><a href="{_url(event)}">Permalink</a></p>'

    assert exported == {
        "title": {
            "text": {
                "headline": "Syria: the Astana process",
                "text": "<p>The Syrian peace talks, compiled from wire reports.</p>",
            }
        },
        "events": [
            {
                "unique_id": f"event-{s.uprising.pk}",
                "start_date": {"year": 2011},
                "text": {"headline": "The uprising begins", "text": permalink(s.uprising)},
            },
            {
                "unique_id": f"event-{s.aleppo.pk}",
                "start_date": {"year": 2016, "month": 12},
                "display_date": "c. December 2016",
                "text": {
                    "headline": "Regime recaptures rebel areas of Aleppo",
                    "text": f'<p class="tl-credit">Source: {afp_credit}</p>' + permalink(s.aleppo),
                },
            },
            {
                "unique_id": f"event-{s.ceasefire.pk}",
                "start_date": {"year": 2016, "month": 12, "day": 30},
                "text": {
                    "headline": "Turkey and Russia broker a nationwide ceasefire",
                    "text": "<p>The deal is the basis of the Astana talks.</p>"
                    f'<p class="tl-credit">Sources: {afp_credit}; Syria truce largely holds'
                    " (Reuters, 31 December 2016)</p>" + permalink(s.ceasefire),
                },
            },
            {
                "unique_id": f"event-{s.talks.pk}",
                "start_date": {"year": 2017, "month": 1, "day": 23},
                "text": {
                    "headline": "Peace talks open in Astana",
                    "text": "<p>Rebels and the regime meet for the first time.</p>"
                    f'<p class="tl-credit">Source: {bbc_credit}</p>' + permalink(s.talks),
                },
            },
            {
                "unique_id": f"event-{s.geneva.pk}",
                "start_date": {"year": 2017, "month": 2},
                "display_date": "February 2017 (planned)",
                "text": {
                    "headline": "Geneva talks set to resume",
                    "text": "<p>=HYPERLINK(&quot;http://evil.example&quot;) is not a formula"
                    f' here.</p><p class="tl-credit">Source: {bbc_credit}</p>'
                    + permalink(s.geneva),
                },
            },
        ],
    }


def test_timelinejs_gives_a_range_an_end_date_and_words_what_it_cannot(small_timeline):
    from timeline.models import Granularity

    s = small_timeline
    type(s.talks).objects.filter(pk=s.talks.pk).update(
        date_value="2017-W03",
        date_start="2017-01-16",
        date_end="2017-01-22",
        granularity=Granularity.WEEK,
    )
    type(s.uprising).objects.filter(pk=s.uprising.pk).update(
        date_value="201", date_start="2010-01-01", date_end="2019-12-31", granularity="decade"
    )
    timeline, events = _loaded()
    slides = {
        slide["unique_id"]: slide
        for slide in json.loads(build_timelinejs(timeline=timeline, events=events, base_url=BASE))[
            "events"
        ]
    }
    week = slides[f"event-{s.talks.pk}"]
    assert week["start_date"] == {"year": 2017, "month": 1, "day": 16}
    assert week["end_date"] == {"year": 2017, "month": 1, "day": 22}
    assert week["display_date"] == "week of 16 January 2017"
    decade = slides[f"event-{s.uprising.pk}"]
    assert decade["start_date"] == {"year": 2010}
    assert decade["end_date"] == {"year": 2019}
    assert decade["display_date"] == "the 2010s"


def test_csv_export_has_one_row_per_event_and_no_formula_cells(small_timeline):
    timeline, events = _loaded()
    s = small_timeline
    exported = build_csv(timeline=timeline, events=events, base_url=BASE)
    afp = (
        "Turkey and Russia broker Syria ceasefire, Agence France-Presse, 30 December 2016"
        " <https://news.example/afp/ceasefire>"
    )
    bbc = "Syria talks open in Astana, BBC, 23 January 2017 <https://news.example/bbc/astana>"
    expected = (
        "id,url,date,date_value,date_mod,date_start,date_end,granularity,approximate,modality,"
        "title,summary,sources\r\n"
        f"{s.uprising.pk},{_url(s.uprising)},2011,2011,,2011-01-01,2011-12-31,year,no,occurred,"
        "The uprising begins,,\r\n"
        f"{s.aleppo.pk},{_url(s.aleppo)},c. December 2016,2016-12,,2016-12-01,2016-12-31,month,"
        f'yes,occurred,Regime recaptures rebel areas of Aleppo,,"{afp}"\r\n'
        f"{s.ceasefire.pk},{_url(s.ceasefire)},30 December 2016,2016-12-30,,2016-12-30,"
        "2016-12-30,day,no,occurred,Turkey and Russia broker a nationwide ceasefire,"
        f'The deal is the basis of the Astana talks.,"{afp}\n'
        'Syria truce largely holds, Reuters, 31 December 2016"\r\n'
        f"{s.talks.pk},{_url(s.talks)},23 January 2017,2017-01-23,,2017-01-23,2017-01-23,day,"
        "no,occurred,Peace talks open in Astana,Rebels and the regime meet for the first time.,"
        f'"{bbc}"\r\n'
        f"{s.geneva.pk},{_url(s.geneva)},February 2017,2017-02,,2017-02-01,2017-02-28,month,no,"
        "planned,Geneva talks set to resume,"
        '"\'=HYPERLINK(""http://evil.example"") is not a formula here.",'
        f'"{bbc}"\r\n'
    )
    assert exported == expected
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert [row["title"] for row in rows][-1] == "Geneva talks set to resume"
    assert rows[-1]["summary"].startswith("'=")


def test_ical_export_has_all_day_events_covering_each_range(small_timeline):
    timeline, events = _loaded()
    s = small_timeline
    exported = build_ical(timeline=timeline, events=events, base_url=BASE)

    def vevent(event, start, end, description, status="CONFIRMED"):
        return (
            "BEGIN:VEVENT\r\n"
            f"SUMMARY:{event.title}\r\n"
            f"DTSTART;VALUE=DATE:{start}\r\n"
            f"DTEND;VALUE=DATE:{end}\r\n"
            "DTSTAMP:20170201T093000Z\r\n"
            f"UID:event-{event.pk}@testserver\r\n"
            f"{description}"
            f"STATUS:{status}\r\n"
            "TRANSP:TRANSPARENT\r\n"
            f"URL:{_url(event)}\r\n"
            "END:VEVENT\r\n"
        )

    def fold(line: str) -> str:
        # Folding is transport (RFC 5545 3.1): compared unfolded, and checked apart below.
        return line + "\r\n"

    afp = (
        "Turkey and Russia broker Syria ceasefire\\, Agence France-Presse\\, 30 December 2016"
        " https://news.example/afp/ceasefire"
    )
    bbc = "Syria talks open in Astana\\, BBC\\, 23 January 2017 https://news.example/bbc/astana"
    expected = (
        "BEGIN:VCALENDAR\r\n"
        "VERSION:2.0\r\n"
        "PRODID:-//Timelines//Timeline export 1//EN\r\n"
        "CALSCALE:GREGORIAN\r\n"
        "X-WR-CALDESC:The Syrian peace talks, compiled from wire reports.\r\n"
        "X-WR-CALNAME:Syria: the Astana process\r\n"
        + vevent(
            s.uprising, "20110101", "20120101", fold(f"DESCRIPTION:2011\\n\\n{_url(s.uprising)}")
        )
        + vevent(
            s.aleppo,
            "20161201",
            "20170101",
            fold(f"DESCRIPTION:c. December 2016\\n\\nSource:\\n- {afp}\\n\\n{_url(s.aleppo)}"),
        )
        + vevent(
            s.ceasefire,
            "20161230",
            "20161231",
            fold(
                "DESCRIPTION:30 December 2016\\n\\nThe deal is the basis of the Astana talks."
                f"\\n\\nSources:\\n- {afp}\\n- Syria truce largely holds\\, Reuters\\, "
                f"31 December 2016\\n\\n{_url(s.ceasefire)}"
            ),
        )
        + vevent(
            s.talks,
            "20170123",
            "20170124",
            fold(
                "DESCRIPTION:23 January 2017\\n\\nRebels and the regime meet for the first"
                f" time.\\n\\nSource:\\n- {bbc}\\n\\n{_url(s.talks)}"
            ),
        )
        + vevent(
            s.geneva,
            "20170201",
            "20170301",
            fold(
                'DESCRIPTION:February 2017 (planned)\\n\\n=HYPERLINK("http://evil.example")'
                f" is not a formula here.\\n\\nSource:\\n- {bbc}\\n\\n{_url(s.geneva)}"
            ),
            status="TENTATIVE",
        )
        + "END:VCALENDAR\r\n"
    )
    assert exported.replace("\r\n ", "") == expected
    assert all(len(line.encode()) <= 75 for line in exported.split("\r\n"))


def test_atom_feed_lists_newly_approved_events_newest_first(client, small_timeline):
    s = small_timeline
    response = client.get(reverse("public:feed", args=["syria-astana"]))
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"

    def entry(event, title, published, summary):
        return (
            f'<entry><title>{title}</title><link href="{_url(event)}" rel="alternate"/>'
            f"<published>{published}</published><updated>2017-02-01T09:30:00+00:00</updated>"
            f'<id>{_url(event)}</id><summary type="html">{summary}</summary></entry>'
        )

    afp = (
        '&lt;a href="https://news.example/afp/ceasefire"&gt;Turkey and Russia broker Syria'
        " ceasefire, Agence France-Presse, 30 December 2016&lt;/a&gt;"
    )
    bbc = (
        '&lt;a href="https://news.example/bbc/astana"&gt;Syria talks open in Astana, BBC,'
        " 23 January 2017&lt;/a&gt;"
    )
    expected = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xml:lang="en-gb" xmlns="http://www.w3.org/2005/Atom">'
        "<title>Syria: the Astana process: newly approved events</title>"
        f'<link href="{BASE}/timelines/syria-astana/" rel="alternate"/>'
        f'<link href="{BASE}/timelines/syria-astana/feed.atom" rel="self"/>'
        f"<id>{BASE}/timelines/syria-astana/</id>"
        "<updated>2017-02-01T09:30:00+00:00</updated>"
        "<author><name>Timelines</name></author>"
        "<subtitle>The Syrian peace talks, compiled from wire reports.</subtitle>"
        # Approved without a recorded approval time: its last change stands in for it.
        + entry(
            s.geneva,
            "February 2017 (planned): Geneva talks set to resume",
            "2017-02-01T09:30:00+00:00",
            "&lt;p&gt;February 2017 (planned)&lt;/p&gt;&lt;p&gt;=HYPERLINK(&amp;quot;"
            "http://evil.example&amp;quot;) is not a formula here.&lt;/p&gt;&lt;p&gt;Source:"
            f"&lt;/p&gt;&lt;ul&gt;&lt;li&gt;{bbc}&lt;/li&gt;&lt;/ul&gt;",
        )
        + entry(
            s.talks,
            "23 January 2017: Peace talks open in Astana",
            "2017-01-24T08:00:00+00:00",
            "&lt;p&gt;23 January 2017&lt;/p&gt;&lt;p&gt;Rebels and the regime meet for the"
            " first time.&lt;/p&gt;&lt;p&gt;Source:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;"
            f"{bbc}&lt;/li&gt;&lt;/ul&gt;",
        )
        + entry(
            s.uprising,
            "2011: The uprising begins",
            "2017-01-05T12:00:00+00:00",
            "&lt;p&gt;2011&lt;/p&gt;",
        )
        + entry(
            s.aleppo,
            "c. December 2016: Regime recaptures rebel areas of Aleppo",
            "2017-01-03T10:00:00+00:00",
            "&lt;p&gt;c. December 2016&lt;/p&gt;&lt;p&gt;Source:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;"
            f"{afp}&lt;/li&gt;&lt;/ul&gt;",
        )
        + entry(
            s.ceasefire,
            "30 December 2016: Turkey and Russia broker a nationwide ceasefire",
            "2017-01-02T10:00:00+00:00",
            "&lt;p&gt;30 December 2016&lt;/p&gt;&lt;p&gt;The deal is the basis of the Astana"
            " talks.&lt;/p&gt;&lt;p&gt;Sources:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;"
            f"{afp}&lt;/li&gt;&lt;li&gt;Syria truce largely holds, Reuters, 31 December 2016"
            "&lt;/li&gt;&lt;/ul&gt;",
        )
        + "</feed>"
    )
    assert response.content.decode() == expected


@pytest.mark.parametrize(
    ("name", "content_type", "build"),
    [
        ("public:export_json", "application/json", build_json),
        ("public:export_timelinejs", "application/json", build_timelinejs),
        ("public:export_csv", "text/csv; charset=utf-8", build_csv),
        ("public:export_ical", "text/calendar; charset=utf-8", build_ical),
    ],
)
def test_each_export_is_served_with_its_type_and_open_to_other_sites(
    client, small_timeline, name, content_type, build
):
    response = client.get(reverse(name, args=["syria-astana"]))
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Access-Control-Allow-Origin"] == "*"
    timeline, events = _loaded()
    assert response.content.decode() == build(timeline=timeline, events=events, base_url=BASE)


def test_an_export_of_a_timeline_without_approved_events_is_empty_not_an_error(client, db):
    from tests.factories import TimelineFactory

    TimelineFactory(name="Empty", slug="empty")
    exported = client.get(reverse("public:export_json", args=["empty"])).json()
    assert exported["events"] == []
    assert client.get(reverse("public:export_ical", args=["empty"])).status_code == 200
    assert client.get(reverse("public:feed", args=["empty"])).status_code == 200
