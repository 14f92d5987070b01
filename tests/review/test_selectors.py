import datetime

import pytest

from tests.factories import ArticleFactory, MentionFactory
from timeline.models import Event
from timeline.selectors.review import (
    ReviewFilters,
    event_for_page,
    event_history,
    new_events,
    review_counts,
    review_page,
    summary_repeats_sentence,
)
from timeline.services.review import event_approve

pytestmark = pytest.mark.django_db
Status = Event.Status


def titles(page):
    return [event.title for event in page.events]


def test_events_come_in_date_order_grouped_by_year_and_month(make_event, timeline):
    make_event(datetime.date(2017, 1, 23), title="Talks open")
    make_event(datetime.date(2016, 12, 30), title="Ceasefire")
    make_event(datetime.date(2016, 12, 31), title="UN backs ceasefire")
    page = review_page(timeline=timeline, filters=ReviewFilters())
    assert titles(page) == ["Ceasefire", "UN backs ceasefire", "Talks open"]
    assert [(e.review_group, e.review_subgroup) for e in page.events] == [
        ("2016", "December 2016"),
        (None, None),
        ("2017", "January 2017"),
    ]


def test_an_event_dated_only_to_a_year_gets_its_own_heading_not_january(make_event, timeline):
    make_event(datetime.date(2011, 1, 1), title="New Year rally")
    whole_year = make_event(
        datetime.date(2011, 1, 1), title="Conflict erupts", date_value="2011", granularity="year"
    )
    whole_year.date_end = datetime.date(2011, 12, 31)
    whole_year.save()
    page = review_page(timeline=timeline, filters=ReviewFilters())
    assert [(e.title, e.review_subgroup) for e in page.events] == [
        ("New Year rally", "January 2011"),
        ("Conflict erupts", "Dated only to 2011"),
    ]


def test_a_page_repeats_no_heading_the_previous_page_ended_with(make_event, timeline):
    for day in range(1, 6):
        make_event(datetime.date(2016, 12, day), title=f"December {day}")
    second = review_page(timeline=timeline, filters=ReviewFilters(), page_number=2, per_page=2)
    assert titles(second) == ["December 3", "December 4"]
    assert second.events[0].review_group is None
    assert second.events[0].review_subgroup is None


def test_merged_events_are_never_listed(make_event, timeline):
    canonical = make_event(title="Canonical")
    make_event(title="Duplicate", status=Status.MERGED, merged_into=canonical)
    assert titles(review_page(timeline=timeline, filters=ReviewFilters())) == ["Canonical"]


def test_status_filter_keeps_only_the_statuses_asked_for(make_event, timeline):
    make_event(title="Proposed")
    make_event(title="Approved", status=Status.APPROVED)
    make_event(title="Rejected", status=Status.REJECTED)
    filters = ReviewFilters(statuses=("approved", "rejected"))
    assert titles(review_page(timeline=timeline, filters=filters)) == ["Approved", "Rejected"]


def test_date_range_keeps_events_overlapping_it(make_event, timeline):
    make_event(datetime.date(2016, 11, 30), title="November")
    year = make_event(datetime.date(2016, 1, 1), title="Sometime in 2016")
    year.date_end, year.granularity = datetime.date(2016, 12, 31), "year"
    year.save()
    make_event(datetime.date(2016, 12, 15), title="Mid-December")
    make_event(datetime.date(2017, 1, 2), title="January")
    filters = ReviewFilters(
        date_from=datetime.date(2016, 12, 1), date_to=datetime.date(2016, 12, 31)
    )
    assert titles(review_page(timeline=timeline, filters=filters)) == [
        "Sometime in 2016",
        "Mid-December",
    ]


def test_only_dates_inside_the_range_leave_out_wider_ones(make_event, timeline):
    year = make_event(datetime.date(2016, 1, 1), title="Sometime in 2016")
    year.date_end, year.granularity = datetime.date(2016, 12, 31), "year"
    year.save()
    make_event(datetime.date(2016, 12, 15), title="Mid-December")
    filters = ReviewFilters(
        date_from=datetime.date(2016, 12, 15), date_to=datetime.date(2016, 12, 15), within=True
    )
    assert titles(review_page(timeline=timeline, filters=filters)) == ["Mid-December"]


def test_the_inside_box_reaches_the_filters_from_the_address(editor_client, timeline, make_event):
    from django.urls import reverse

    make_event(datetime.date(2016, 12, 15), title="On the day")
    wider = make_event(datetime.date(2016, 12, 1), title="All December")
    wider.date_end, wider.granularity = datetime.date(2016, 12, 31), "month"
    wider.save()
    page = editor_client.get(
        reverse("review:timeline", args=[timeline.slug]),
        {"date_from": "15 December 2016", "date_to": "15 December 2016", "within": "on"},
    ).content.decode()
    assert "On the day" in page and "All December" not in page


def test_source_filter_keeps_the_events_an_article_mentions(make_event, timeline, article):
    other = ArticleFactory(timeline=timeline, source="Reuters")
    make_event(title="From AFP")
    both = make_event(title="From both")
    MentionFactory(event=both, article=other)
    MentionFactory(event=both, article=other)  # two mentions, still one row
    make_event(title="From Reuters", source=other)
    filters = ReviewFilters(article_id=other.pk)
    assert titles(review_page(timeline=timeline, filters=filters)) == ["From both", "From Reuters"]


@pytest.mark.parametrize("typed", ["aleppo", "ALEP", "genève", "GENÈVE", "turkey"])
def test_actor_or_place_matches_part_of_a_name_in_any_case(make_event, timeline, typed):
    make_event(title="Found", actors=["Turkey"], places=["Aleppo", "Genève"])
    make_event(title="Other", actors=["Iran"], places=["Damascus"])
    page = review_page(timeline=timeline, filters=ReviewFilters(entity=typed))
    assert titles(page) == ["Found"]


def test_free_text_searches_title_and_summary(make_event, timeline):
    make_event(title="Ceasefire signed")
    make_event(title="Talks", summary="A new CEASEFIRE was discussed.")
    make_event(title="Unrelated")
    page = review_page(timeline=timeline, filters=ReviewFilters(text="ceasefire"))
    assert titles(page) == ["Ceasefire signed", "Talks"]


@pytest.mark.parametrize("typed", ["nino", "NIÑO", "niño", "El Nino", "ÑINO"])
def test_free_text_ignores_accents_and_case(make_event, timeline, typed):
    make_event(title="El Niño hits Peru")
    make_event(title="Rains", summary="Floods in SÃO PAULO after El  Niño.")
    make_event(title="Unrelated", summary="Nine dead.")
    page = review_page(timeline=timeline, filters=ReviewFilters(text=typed))
    assert titles(page) == ["El Niño hits Peru", "Rains"]


def test_free_text_finds_words_changed_by_an_edit_and_not_across_title_and_summary(
    make_event, timeline, editor
):
    from timeline.services.review import event_edit

    event = make_event(title="Talks", summary="In Astana.")
    event_edit(
        timeline=timeline,
        event_id=event.pk,
        version=1,
        user=editor,
        title="Pourparlers à Genève",
        summary="In Astana.",
        date=None,
        modality=event.modality,
    )
    assert titles(review_page(timeline=timeline, filters=ReviewFilters(text="geneve"))) == [
        "Pourparlers à Genève"
    ]
    assert titles(review_page(timeline=timeline, filters=ReviewFilters(text="talks"))) == []
    assert titles(review_page(timeline=timeline, filters=ReviewFilters(text="geneve in"))) == []


def test_sort_by_support_puts_the_best_supported_first(make_event, timeline):
    make_event(datetime.date(2016, 1, 1), title="One source", support=1)
    make_event(datetime.date(2017, 1, 1), title="Three sources", support=3)
    page = review_page(timeline=timeline, filters=ReviewFilters(sort="support"))
    assert titles(page) == ["Three sources", "One source"]
    assert page.events[0].review_subgroup == "3 supporting articles"


def test_counts_cover_the_timeline_and_the_filtered_match(make_event, timeline):
    make_event(title="A")
    make_event(title="B", status=Status.APPROVED)
    make_event(title="C", status=Status.REJECTED)
    counts = review_counts(timeline=timeline, filters=ReviewFilters(statuses=("proposed",)))
    assert (counts.proposed, counts.approved, counts.rejected, counts.matching) == (1, 1, 1, 1)


def test_a_page_past_the_end_shows_the_last_page(make_event, timeline):
    for day in range(1, 4):
        make_event(datetime.date(2016, 12, day))
    page = review_page(timeline=timeline, filters=ReviewFilters(), page_number=10**9, per_page=2)
    assert (page.number, page.pages, page.requested_number) == (2, 2, 10**9)
    assert len(page.events) == 1


def test_a_card_cites_each_article_once_and_quotes_the_best_mention(make_event, timeline, article):
    reuters = ArticleFactory(
        timeline=timeline, source="Reuters", published_on=datetime.date(2016, 12, 31)
    )
    event = make_event(title="Ceasefire")
    MentionFactory(event=event, article=article, confidence=0.5)
    MentionFactory(event=event, article=reuters, confidence=0.99, sentence="Best quote.")
    card = review_page(timeline=timeline, filters=ReviewFilters()).events[0]
    assert [source.source for source in card.review_sources] == ["Reuters", "AFP"]
    assert card.review_evidence.sentence == "Best quote."


def test_new_events_are_those_created_after_the_page_was_drawn(make_event, timeline):
    seen = make_event(title="Seen")
    make_event(title="New", status=Status.APPROVED)
    canonical = make_event(title="New too")
    make_event(title="Merged away", status=Status.MERGED, merged_into=canonical)
    assert [e.title for e in new_events(timeline=timeline, after_id=seen.pk)] == [
        "New",
        "New too",
    ]


def test_history_lists_each_change_with_what_it_changed(event, editor, timeline):
    event_approve(timeline=timeline, event_id=event.pk, user=editor)
    history = event_history(event_for_page(timeline=timeline, event_id=event.pk))
    approval, creation = history
    assert [(c.label, c.old, c.new) for c in approval.changes] == [
        ("status", "proposed", "approved")
    ]
    assert approval.revertible
    assert creation.changes[0].label == "created"
    assert not creation.revertible


@pytest.mark.parametrize(
    ("summary", "sentence", "repeats"),
    [
        ("Talks opened in Astana.", "Talks opened in Astana.", True),
        ("Talks opened in Astana.", "  Talks  opened\nin Astana.", True),
        ("Aug 21: rebels enter Tripoli", "- Aug 21: rebels enter Tripoli", True),
        ("Talks opened in Astana …", "Talks opened in Astana on Monday, officials said.", True),
        ("Talks opened on Monday in Astana.", "Talks opened on Monday.", False),
        ("Talks opened on Monday.", "TRIPOLI (Reuters) - Talks opened on Monday.", True),
        ("The editor's own words.", "Talks opened in Astana.", False),
        # words from the middle of a long sentence the card's quote may cut before them
        ("opened in Astana", "Talks opened in Astana on Monday, officials said.", False),
        ("", "Talks opened in Astana.", False),
    ],
)
def test_a_summary_that_is_the_evidence_sentence_is_recognised(summary, sentence, repeats):
    assert summary_repeats_sentence(summary, sentence) is repeats


def test_decades_and_centuries_are_headed_1970s_and_20th_century_not_their_first_year(
    make_event, timeline
):
    for title, value, start, end, granularity in (
        ("Oil shocks", "197X", (1970, 1, 1), (1979, 12, 31), "decade"),
        ("Price boom", "200X", (2000, 1, 1), (2009, 12, 31), "decade"),
        ("The oil age", "19XX", (1900, 1, 1), (1999, 12, 31), "century"),
    ):
        event = make_event(
            datetime.date(*start), title=title, date_value=value, granularity=granularity
        )
        event.date_end = datetime.date(*end)
        event.save()
    page = review_page(timeline=timeline, filters=ReviewFilters())
    assert [(e.title, e.review_group, e.review_subgroup) for e in page.events] == [
        ("The oil age", "20th century", "Dated only to the 20th century"),
        ("Oil shocks", "1970s", "Dated only to the 1970s"),
        ("Price boom", "2000s", "Dated only to the 2000s"),
    ]
