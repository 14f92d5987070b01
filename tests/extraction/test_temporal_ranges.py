"""Ranges of days and years are two expressions (TimeML, as HeidelTime and the readers in
tests/data/temporal mark them); ranges of durations stay one, as TimeBank marks them.
Every sentence is invented; the DCT is Monday 23 January 2017 unless given.
"""

import datetime as dt

from tests.extraction import tag, values

AUGUST = dt.date(2011, 8, 23)


def test_a_month_day_range_is_the_first_day_and_the_last():
    assert values("Leaders meet at a September 9-10 summit in France.", AUGUST) == [
        ("September 9", "2011-09-09"),
        ("10", "2011-09-10"),
    ]
    assert values("The attacks of Sept. 11-12, 2001 changed everything.", AUGUST) == [
        ("Sept. 11", "2001-09-11"),
        ("12, 2001", "2001-09-12"),
    ]


def test_a_day_month_range_takes_its_month_from_the_second_day():
    assert values("The festival runs 9-10 September.", AUGUST) == [
        ("9", "2011-09-09"),
        ("10 September", "2011-09-10"),
    ]
    assert values("Polls open from 4 to 6 March.", AUGUST) == [
        ("4", "2012-03-04"),
        ("6 March", "2012-03-06"),
    ]
    assert values("Talks were held on 30 and 31 December.") == [
        ("30", "2016-12-30"),
        ("31 December", "2016-12-31"),
    ]


def test_a_range_across_months_was_already_two_dates():
    assert values("The exhibition will run March 30-April 2.", AUGUST) == [
        ("March 30", "2012-03-30"),
        ("April 2", "2012-04-02"),
    ]


def test_a_two_digit_second_year_takes_the_first_years_century():
    assert values("the 2008-09 financial crisis") == [("2008", "2008"), ("09", "2009")]
    assert values("the 1990-91 Gulf war") == [("1990", "1990"), ("91", "1991")]
    assert values("the 1999-00 season") == [("1999", "1999"), ("00", "2000")]
    assert values("in the 2010/11 budget") == [("2010", "2010"), ("11", "2011")]


def test_a_fiscal_year_written_across_two_years_stays_one():
    assert [t.text for t in tag("Revenue for FY2019-20 rose.")] == ["FY2019"]


def test_what_is_not_a_range_is_left_alone():
    # a year and a month number, a score, a backwards pair
    assert values("The 1994-08 series was revised.") == [("1994", "1994")]
    assert values("They won 3-1 on 10 March.") == [("10 March", "2017-03-10")]
    assert values("Readings of 12-9 December were lost.") == [("9 December", "2016-12-09")]
    assert values("Dec. 31-2 was not a date.")[0] == ("Dec. 31-2", "2016-12-31")


def test_durations_keep_one_span_with_the_lower_bound():
    assert [(t.text, t.value) for t in tag("Repairs take 3-4 weeks.")] == [("3-4 weeks", "P3W")]
    assert values("Repairs take two to three weeks.") == [("two to three weeks", "P2W")]


# Clock times: a bare "23:30" is a clock after a clock word or beside another clock

FEBRUARY = dt.date(2009, 2, 3)


def test_a_bare_24_hour_clock_after_a_clock_word():
    assert values("The polls close at 23:30.", FEBRUARY) == [("23:30", "2009-02-03T23:30")]
    assert values("The last train leaves from 23:30 to 23:59.", FEBRUARY) == [
        ("23:30", "2009-02-03T23:30"),
        ("23:59", "2009-02-03T23:59"),
    ]


def test_the_first_clock_of_a_range_takes_the_seconds_pm():
    assert values("Classes are held from 5:30 to 7:30 pm.", FEBRUARY) == [
        ("5:30", "2009-02-03T17:30"),
        ("7:30 pm", "2009-02-03T19:30"),
    ]
    assert values("The desk is open 9:00-17:30.", FEBRUARY) == [
        ("9:00", "2009-02-03T09:00"),
        ("17:30", "2009-02-03T17:30"),
    ]
    assert values("It ran from 11:30 to 12:30 p.m.", FEBRUARY)[0] == ("11:30", "2009-02-03T11:30")


def test_a_colon_between_numbers_is_not_always_a_clock():
    assert values("As John 3:16 says, he ran 2:45 in Boston; the votes were 21:14.") == []


def test_a_night_written_with_a_slash_is_two_days():
    assert values("Protests began on February 15/16, 2011.", AUGUST) == [
        ("February 15", "2011-02-15"),
        ("16, 2011", "2011-02-16"),
    ]
    assert values("Shelling went on through the night of 15/16 March.", AUGUST)[0] == (
        "15",
        "2011-03-15",
    )


def test_the_first_clock_of_a_range_is_on_the_seconds_day():
    assert values("The strike runs from noon to midnight tomorrow.", FEBRUARY) == [
        ("noon", "2009-02-04T12:00"),
        ("midnight tomorrow", "2009-02-04T24:00"),
    ]
    assert values("The bridge will be shut from 9:00 to 17:30 on Friday.", FEBRUARY) == [
        ("9:00", "2009-02-06T09:00"),
        ("17:30 on Friday", "2009-02-06T17:30"),
    ]


def test_the_end_of_a_range_does_not_resolve_before_its_start():
    may = dt.date(2013, 5, 8)
    assert values("Hurricane season runs from June 1 to November 30.", may) == [
        ("June 1", "2013-06-01"),
        ("November 30", "2013-11-30"),
    ]
    assert values("The exhibition runs from October to January.", may) == [
        ("October", "2013-10"),
        ("January", "2014-01"),
    ]
    assert values("Snow fell between December and February.", may) == [
        ("December", "2012-12"),
        ("February", "2013-02"),
    ]


def test_a_clock_time_in_a_recurring_clause_is_no_one_days_time():
    assert values("The museum is open daily from 10am to 5pm.", FEBRUARY) == [
        ("daily", "P1D"),
        ("10am", "XXXX-XX-XXT10:00"),
        ("5pm", "XXXX-XX-XXT17:00"),
    ]
    assert values("Trains leave every morning at 6:15.", FEBRUARY)[-1] == (
        "6:15",
        "XXXX-XX-XXT06:15",
    )
    assert values("The blast came at 9 a.m. Daily life stopped.", FEBRUARY) == [
        ("9 a.m.", "2009-02-03T09:00")
    ]


def test_a_clock_and_its_bracketed_conversion_share_the_day_after_them():
    november = dt.date(2012, 11, 14)
    assert values("Voting closes at 5pm EST (2200 GMT) on Tuesday.", november) == [
        ("5pm EST", "2012-11-20T17:00"),
        ("2200 GMT", "2012-11-20T22:00"),
        ("Tuesday", "2012-11-20"),
    ]
