"""The pure presentation helpers: HTML date values, the overview chart, year groups."""

import datetime as dt

import pytest

from timeline.selectors.public import Overview, PublicEvent, machine_date
from timeline.templatetags.public_tags import by_year, overview_chart

D = dt.date


@pytest.mark.parametrize(
    ("start", "end", "granularity", "expected"),
    [
        (D(2016, 12, 30), D(2016, 12, 30), "day", "2016-12-30"),
        (D(2017, 1, 16), D(2017, 1, 22), "week", "2017-W03"),
        (D(2016, 12, 1), D(2016, 12, 31), "month", "2016-12"),
        (D(2017, 1, 1), D(2017, 3, 31), "quarter", "2017"),
        (D(2016, 12, 1), D(2017, 2, 28), "season", "2016"),
        (D(2011, 1, 1), D(2011, 12, 31), "year", "2011"),
        (D(1990, 1, 1), D(1999, 12, 31), "decade", "1990"),
    ],
)
def test_machine_date_is_a_valid_html_date_at_the_known_precision(
    start, end, granularity, expected
):
    assert machine_date(start, end, granularity) == expected


def test_chart_has_one_column_per_month_and_a_bar_only_where_events_are():
    overview = Overview(total=5, years={2016: 3, 2017: 2}, months={(2016, 11): 2, (2017, 1): 2})
    chart = overview_chart(overview, in_page=True)
    assert chart.unit == "month"
    assert [bar.label for bar in chart.bars] == [
        "November 2016: 2 events",
        "January 2017: 2 events",
    ]
    assert [bar.href for bar in chart.bars] == ["#month-2016-11", "#month-2017-01"]
    # Three columns (November, December, January): the second bar starts two thirds across.
    assert chart.bars[1].x == "66.667%"
    assert chart.bars[0].height == chart.bars[1].height == chart.bars_height
    assert [tick.text for tick in chart.ticks] == ["Nov 2016", "Dec", "Jan 2017"]
    assert "1 event dated only to a quarter, a season or a year is listed" in chart.caption


def test_a_chart_of_more_than_a_year_of_months_names_the_years_only():
    months = {(2010, 12): 1, (2012, 3): 1}
    chart = overview_chart(Overview(total=2, years={2010: 1, 2012: 1}, months=months), in_page=True)
    assert [tick.text for tick in chart.ticks] == ["2010", "2011", "2012"]


def test_chart_bars_are_proportional_and_a_single_event_is_still_visible():
    overview = Overview(total=101, years={2016: 101}, months={(2016, 1): 100, (2016, 2): 1})
    small = overview_chart(overview, in_page=False).bars[1]
    assert small.height == 2
    assert small.href == "?year=2016#month-2016-02"


def test_chart_counts_by_year_when_months_would_be_too_thin():
    overview = Overview(total=3, years={1948: 1, 2016: 2}, months={(1948, 5): 1, (2016, 12): 2})
    chart = overview_chart(overview, in_page=False)
    assert chart.unit == "year"
    assert len(chart.bars) == 2
    assert chart.bars[0].label == "1948: 1 event"
    assert chart.bars[1].href == "?year=2016#year-2016"
    assert len(chart.ticks) <= 12


def test_a_timeline_dated_only_by_years_gets_a_yearly_chart():
    chart = overview_chart(Overview(total=2, years={2010: 1, 2011: 1}), in_page=True)
    assert chart.unit == "year"
    assert [bar.href for bar in chart.bars] == ["#year-2010", "#year-2011"]


def test_no_chart_without_events():
    assert overview_chart(Overview(total=0), in_page=True) is None


def _event(number: int, start: dt.date, granularity: str = "day") -> PublicEvent:
    return PublicEvent(
        id=number,
        title=f"Event {number}",
        summary="",
        date_value=start.isoformat(),
        date_mod="",
        date_start=start,
        date_end=start,
        granularity=granularity,
        is_approximate=False,
        is_planned=False,
        path=f"/e/{number}/",
        approved_at=None,
        updated_at=dt.datetime(2017, 1, 1, tzinfo=dt.UTC),
    )


def test_events_are_grouped_by_year_and_the_first_of_each_month_is_anchored():
    events = [
        _event(1, D(2011, 1, 1), "year"),
        _event(2, D(2011, 1, 5)),
        _event(3, D(2011, 1, 9)),
        _event(4, D(2012, 3, 1)),
    ]
    groups = by_year(events)
    assert [(group.heading, group.anchor) for group in groups] == [
        ("2011", "year-2011"),
        ("2012", "year-2012"),
    ]
    # A year-long event starts in January but does not stand for January.
    assert [item.anchor for item in groups[0].events] == ["", "month-2011-01", ""]
    assert groups[1].events[0].anchor == "month-2012-03"


def test_decades_and_centuries_are_headed_as_such_not_as_their_first_year():
    events = [
        _event(1, D(1900, 1, 1), "century"),
        _event(2, D(1970, 1, 1), "decade"),
        _event(3, D(2000, 1, 1), "decade"),
        _event(4, D(2000, 3, 5)),
    ]
    groups = by_year(events)
    assert [(group.heading, group.anchor) for group in groups] == [
        ("20th century", "year-1900"),  # no event of 1900 itself: the year links land here
        ("1970s", "year-1970"),
        ("2000s", "period-2000s"),
        ("2000", "year-2000"),
    ]
