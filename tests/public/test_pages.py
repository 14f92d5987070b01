"""What readers see on the public pages, and what they never see anywhere."""

import itertools
import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.factories import EditorFactory, EventFactory
from tests.public.conftest import SECRETS
from timeline.models import Event

pytestmark = pytest.mark.django_db

PAGE = "/timelines/syria-astana/"


def _html(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def test_timeline_page_lists_approved_events_in_date_order_at_their_precision(
    client, small_timeline
):
    html = _html(client.get(PAGE))
    titles = [
        "The uprising begins",
        "Regime recaptures rebel areas of Aleppo",
        "Turkey and Russia broker a nationwide ceasefire",
        "Peace talks open in Astana",
        "Geneva talks set to resume",
    ]
    positions = [html.index(title) for title in titles]
    assert positions == sorted(positions)
    assert '<ol class="timeline-events">' in html
    assert '<time datetime="2011" itemprop="startDate">2011</time>' in html
    assert '<time datetime="2016-12" itemprop="startDate">c. December 2016</time>' in html
    assert '<time datetime="2016-12-30" itemprop="startDate">30 December 2016</time>' in html
    planned = '<span class="planned">(planned)</span>'
    assert f'itemprop="startDate">February 2017</time></a> {planned}' in html


def test_each_event_cites_its_articles_and_links_only_those_with_a_url(client, small_timeline):
    html = _html(client.get(PAGE))
    assert (
        '<cite><a href="https://news.example/afp/ceasefire">Turkey and Russia broker Syria'
        ' ceasefire</a></cite>, Agence France-Presse, <time datetime="2016-12-30">30 December'
        " 2016</time>" in html
    )
    assert (
        '<cite>Syria truce largely holds</cite>, Reuters, <time datetime="2016-12-31">'
        "31 December 2016</time>" in html
    )
    # Two mentions in one article make one source.
    assert html.count("Turkey and Russia broker Syria ceasefire</a>") == 2  # ceasefire, aleppo


def test_an_unsafe_article_url_is_shown_but_never_linked(client, small_timeline):
    from articles.models import Article

    Article.objects.filter(source="Reuters").update(url="javascript:alert(1)")
    html = _html(client.get(PAGE))
    assert "javascript:" not in html
    assert "<cite>Syria truce largely holds</cite>" in html


def test_page_has_title_description_canonical_url_and_open_graph_tags(client, small_timeline):
    html = _html(client.get(PAGE))
    assert "<title>Syria: the Astana process · Timelines</title>" in html
    assert (
        '<meta name="description" content="The Syrian peace talks, compiled from wire reports.">'
        in html
    )
    assert '<link rel="canonical" href="http://testserver/timelines/syria-astana/">' in html
    assert '<meta property="og:title" content="Syria: the Astana process">' in html
    assert '<meta property="og:url" content="http://testserver/timelines/syria-astana/">' in html
    assert 'type="application/atom+xml"' in html


def test_overview_chart_has_a_linked_bar_per_month_with_events(client, small_timeline):
    html = _html(client.get(PAGE))
    assert '<a href="#month-2016-12" aria-label="December 2016: 2 events">' in html
    assert '<a href="#month-2017-01" aria-label="January 2017: 1 event">' in html
    assert 'id="month-2016-12"' in html
    assert 'id="month-2017-02"' in html
    assert "1 event dated only to a quarter, a season or a year is listed but not charted." in html


def test_year_filter_shows_that_year_only(client, small_timeline):
    html = _html(client.get(PAGE, {"year": "2017"}))
    assert "Peace talks open in Astana" in html
    assert "Turkey and Russia broker a nationwide ceasefire" not in html
    assert '<a href="?year=2017" aria-current="page">' in html
    canonical = "http://testserver/timelines/syria-astana/?year=2017"
    assert f'<link rel="canonical" href="{canonical}">' in html
    # the month navigation: its name starts with the visible text (speech input says "Jan")
    assert (
        '<a href="#month-2017-01">Jan<span class="visually-hidden"> 2017: 1 event</span></a>'
        in html
    )


def test_an_unknown_year_says_so_and_shows_every_year(client, small_timeline):
    html = _html(client.get(PAGE, {"year": "1850"}))
    assert "No approved events in “1850”: showing every year instead." in html
    assert "The uprising begins" in html
    assert _html(client.get(PAGE, {"year": "<script>"})).count("<script>") == 0


def test_text_search_finds_matching_events_in_every_year(client, small_timeline):
    html = _html(client.get(PAGE, {"q": "  astana  "}))
    assert "2 events match “astana”." in html
    assert "Turkey and Russia broker a nationwide ceasefire" in html  # its summary matches
    assert "Peace talks open in Astana" in html
    assert "The uprising begins" not in html
    assert '<meta name="robots" content="noindex">' in html


@pytest.mark.parametrize("typed", ["geneve", "GENÈVE", "genève talks"])
def test_text_search_ignores_accents_and_case(client, small_timeline, typed):
    event = small_timeline.geneva
    event.title = "Talks to resume in Genève"
    event.save()
    html = _html(client.get(PAGE, {"q": typed}))
    assert f"1 event matches “{typed}”." in html
    assert "Talks to resume in Genève" in html


def test_search_without_a_match_offers_the_whole_timeline(client, small_timeline):
    html = _html(client.get(PAGE, {"q": "volcano"}))
    assert "0 events match “volcano”." in html
    assert "No approved event matches." in html


def test_htmx_search_swaps_the_results_and_updates_the_status_beside_them(client, small_timeline):
    response = client.get(PAGE, {"q": "geneva"}, headers={"HX-Request": "true"})
    html = _html(response)
    assert html.lstrip().startswith('<div id="results"')
    assert "<html" not in html
    assert 'id="results-status" class="results-status" role="status" hx-swap-oob="true"' in html
    assert "1 event matches “geneva”." in html
    assert "HX-Request" in response["Vary"]


def test_a_long_timeline_is_shown_a_year_at_a_time(client, small_timeline, monkeypatch):
    monkeypatch.setattr("timeline.views.public.WHOLE_TIMELINE_LIMIT", 3)
    html = _html(client.get(PAGE))
    assert "5 approved events, a year at a time: showing 2017 (2 events)." in html
    assert "Peace talks open in Astana" in html
    assert "The uprising begins" not in html
    # Bars now open their year's page at the month.
    assert '<a href="?year=2016#month-2016-12"' in html
    # A search still looks through every year.
    assert "The uprising begins" in _html(client.get(PAGE, {"q": "uprising"}))


def test_event_permalink_shows_the_event_with_its_sources(client, small_timeline):
    event = small_timeline.ceasefire
    html = _html(client.get(event.get_absolute_url()))
    assert '<h1 itemprop="name">Turkey and Russia broker a nationwide ceasefire</h1>' in html
    assert '<time datetime="2016-12-30" itemprop="startDate">30 December 2016</time>' in html
    assert '<h2 id="sources-heading">Sources</h2>' in html
    assert f'<link rel="canonical" href="http://testserver{event.get_absolute_url()}">' in html
    assert '<meta property="og:type" content="article">' in html


def test_merged_event_permalink_redirects_to_the_event_it_joined(client, small_timeline):
    response = client.get(small_timeline.merged.get_absolute_url())
    assert response.status_code == 302
    assert response["Location"] == small_timeline.ceasefire.get_absolute_url()


def test_merge_chains_are_followed_to_the_approved_event(client, small_timeline):
    older = EventFactory(
        timeline=small_timeline.timeline,
        status=Event.Status.MERGED,
        merged_into=small_timeline.merged,
    )
    response = client.get(older.get_absolute_url())
    assert response.status_code == 302
    assert response["Location"] == small_timeline.ceasefire.get_absolute_url()


def test_an_event_merged_into_an_unapproved_one_has_no_public_page(client, small_timeline):
    hidden = EventFactory(
        timeline=small_timeline.timeline,
        status=Event.Status.MERGED,
        merged_into=small_timeline.proposed,
    )
    assert client.get(hidden.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("which", ["proposed", "rejected"])
def test_unapproved_events_have_no_public_page(client, small_timeline, which):
    event = getattr(small_timeline, which)
    assert client.get(event.get_absolute_url()).status_code == 404


def test_an_event_is_found_only_under_its_own_timeline(client, small_timeline):
    from tests.factories import TimelineFactory

    TimelineFactory(slug="other", name="Other")
    url = reverse(
        "public:event_detail", kwargs={"slug": "other", "event_id": small_timeline.ceasefire.pk}
    )
    assert client.get(url).status_code == 404


def test_index_lists_public_timelines_with_their_event_count_and_span(client, small_timeline):
    html = _html(client.get(reverse("public:timeline_list")))
    assert '<a href="/timelines/syria-astana/">Syria: the Astana process</a>' in html
    assert '5 events, <time datetime="2011">2011</time>–<time datetime="2017">2017</time>' in html


def _every_public_response(client, small_timeline):
    urls = [
        reverse("public:timeline_list"),
        PAGE,
        PAGE + "?year=2016",
        PAGE + "?q=talks",
        PAGE + "?q=SECRET",
        *(
            event.get_absolute_url()
            for event in (
                small_timeline.ceasefire,
                small_timeline.aleppo,
                small_timeline.talks,
                small_timeline.geneva,
                small_timeline.uprising,
            )
        ),
        *(
            reverse(name, args=["syria-astana"])
            for name in (
                "public:export_json",
                "public:export_timelinejs",
                "public:export_csv",
                "public:export_ical",
                "public:feed",
            )
        ),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        yield url, response.content.decode()


def test_nothing_unapproved_or_internal_appears_in_any_public_page_or_export(
    client, small_timeline
):
    for url, body in _every_public_response(client, small_timeline):
        for secret in SECRETS:
            assert secret not in body, (url, secret)
        for internal in ("confidence", "0.93", "approved_by", "proposed", "rejected", "merged"):
            assert internal not in body.lower(), (url, internal)


def test_an_editor_browsing_the_public_pages_sees_no_more_than_a_reader(client, small_timeline):
    editor = EditorFactory(username="browsing-editor")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    for url, body in _every_public_response(client, small_timeline):
        for secret in SECRETS:
            assert secret not in body, (url, secret)


def test_private_timelines_have_no_page_and_no_export(client, small_timeline):
    for name in ("public:timeline_detail", "public:export_json", "public:feed"):
        assert client.get(reverse(name, args=["private"])).status_code == 404


def test_public_addresses_answer_head_and_refuse_writes(client, small_timeline):
    for url in (PAGE, reverse("public:export_csv", args=["syria-astana"])):
        assert client.head(url).status_code == 200
        assert client.post(url).status_code == 405


def test_year_labels_of_the_chart_never_sit_on_each_other():
    from timeline.templatetags.public_tags import MIN_LABEL_GAP, _ticks

    # December 2005 then the months of 2006 to 2011: "2005" would sit on "2006"
    columns = ["2005"] + [str(year) for year in range(2006, 2012) for _ in range(12)]
    starts = [True] + [month == 0 for _ in range(2006, 2012) for month in range(12)]
    ticks = _ticks(columns, starts)
    assert ticks[0].text == "2006"
    places = [float(tick.x.rstrip("%")) for tick in ticks]
    assert all(b - a >= MIN_LABEL_GAP for a, b in itertools.pairwise(places))


def test_an_unknown_year_on_a_long_timeline_says_which_year_is_shown(
    client, small_timeline, monkeypatch
):
    monkeypatch.setattr("timeline.views.public.WHOLE_TIMELINE_LIMIT", 3)
    html = _html(client.get(PAGE, {"year": "1999"}))
    assert "No approved events in “1999”: showing 2017 instead." in html


@pytest.mark.parametrize("year", ["²", "①", "2011²", "٢٠١١"])
def test_digits_that_are_not_0_to_9_are_no_year_and_no_error(client, small_timeline, year):
    response = client.get(PAGE, {"year": year})
    assert response.status_code == 200
    assert "No approved events in" in _html(response)


def test_control_characters_in_a_search_are_ignored(client, small_timeline):
    response = client.get(PAGE, {"q": "gen\x00eva"})
    assert response.status_code == 200
    assert "\x00" not in _html(response)


def test_a_date_typed_as_mid_month_is_listed_after_an_early_day_of_that_month(client):
    from tests.factories import TimelineFactory
    from timeline.dateinput import parse_date_input
    from timeline.services.review import event_approve, event_edit

    timeline = TimelineFactory(slug="libya")
    editor = EditorFactory()
    fifth = EventFactory(timeline=timeline, title="Rebels hold Zawiyah")
    middle = EventFactory(timeline=timeline, title="Brazil and China abstain")
    late_year = EventFactory(timeline=timeline, title="A late-year review")
    for event, typed in (
        (fifth, "5 March 2011"),
        (middle, "mid-March 2011"),
        (late_year, "late 2011"),
    ):
        event_edit(
            timeline=timeline,
            event_id=event.pk,
            version=event.version,
            user=editor,
            title=event.title,
            summary=event.summary,
            date=parse_date_input(typed),
            modality=event.modality,
        )
        event_approve(timeline=timeline, event_id=event.pk, user=editor)
    html = _html(client.get(reverse("public:timeline_detail", args=[timeline.slug])))
    positions = [html.index(title) for title in (fifth.title, middle.title, late_year.title)]
    assert positions == sorted(positions)
    middle.refresh_from_db()
    assert (middle.date_value, middle.date_mod) == ("2011-03", "MID")
    assert (middle.date_start.day, middle.date_end.day) == (11, 20)


def test_an_event_with_many_sources_lists_three_and_links_to_the_rest(client):
    from tests.factories import MentionFactory, TimelineFactory

    timeline = TimelineFactory(slug="widely-reported")
    event = EventFactory(timeline=timeline, status="approved", title="Widely reported")
    for number in range(13):
        MentionFactory(event=event, article__title=f"Report {number:02d}")
    html = _html(client.get(reverse("public:timeline_detail", args=[timeline.slug])))
    assert html.count("<cite>") == 3
    assert f'<a href="/timelines/widely-reported/events/{event.pk}/">and 10 more</a>' in html
    detail = _html(client.get(f"/timelines/widely-reported/events/{event.pk}/"))
    assert detail.count("<cite>") == 13


def test_decade_and_century_events_are_headed_1970s_and_20th_century(client):
    from tests.factories import TimelineFactory
    from timeline.dateinput import parse_date_input
    from timeline.services.review import event_approve, event_edit

    timeline = TimelineFactory(slug="oil")
    editor = EditorFactory()
    for title, typed in (
        ("Oil shocks", "the 1970s"),
        ("The oil age", "the 20th century"),
        ("Price boom", "the 2000s"),
    ):
        event = EventFactory(timeline=timeline, title=title)
        event_edit(
            timeline=timeline,
            event_id=event.pk,
            version=event.version,
            user=editor,
            title=title,
            summary="",
            date=parse_date_input(typed),
            modality=event.modality,
        )
        event_approve(timeline=timeline, event_id=event.pk, user=editor)
    html = _html(client.get(reverse("public:timeline_detail", args=[timeline.slug])))
    headings = re.findall(r"<h2 id=\"([^\"]+)\">([^<]+)</h2>", html)
    assert headings == [
        ("year-1900", "20th century"),
        ("year-1970", "1970s"),
        ("year-2000", "2000s"),
    ]
    # the year menus name the periods too, and a period has no months to jump to
    assert '<a href="?year=1970">1970s <span class="count">(1)</span></a>' in html
    assert '<option value="1900">20th century (1)</option>' in html
    chosen = _html(
        client.get(reverse("public:timeline_detail", args=[timeline.slug]), {"year": 1970})
    )
    assert "1 approved event in the 1970s." in chosen
    assert 'class="months"' not in chosen
