"""Tagger 1.3.0 rules for news: recurring parts of days, quarters named by their last day,
vague future dates, schedule verbs, shared years, weekdays of a named week, futures months."""

import datetime as dt

from tests.extraction import by_text, only, values

NOVEMBER = dt.date(1998, 11, 2)


def test_weekday_with_plural_part_of_day_recurs():
    timex = only("The ferry sails on Friday evenings.")
    assert (timex.text, timex.type, timex.value) == ("Friday evenings", "SET", "XXXX-WXX-5TEV")


def test_coordinated_weekdays_share_a_plural_part_of_day():
    assert values("The market opens on Saturday and Sunday mornings.") == [
        ("Saturday", "XXXX-WXX-6TMO"),
        ("Sunday mornings", "XXXX-WXX-7TMO"),
    ]


def test_singular_part_of_day_is_still_one_day():
    timex = by_text("Talks ended Friday and resumed Saturday night.", "Saturday night")
    assert (timex.type, timex.value) == ("TIME", "2017-01-21TNI")
    assert by_text("Talks ended Friday and resumed Saturday night.", "Friday").type == "DATE"


def test_quarter_ended_on_a_day_is_that_calendar_quarter():
    timex = by_text("Sales rose 4% in the quarter ended Sept. 30.", "the quarter", NOVEMBER)
    assert timex.value == "1998-Q3"


def test_fiscal_quarter_ended_takes_the_calendar_quarter_holding_most_of_it():
    # May, June and July: mostly the second calendar quarter.
    timex = by_text("Net fell in the quarter ended July 31.", "the quarter", NOVEMBER)
    assert timex.value == "1998-Q2"


def test_quarter_ending_with_a_year_uses_that_year():
    timex = by_text("Sales for the quarter ending March 31, 1999, will rise.", "the quarter")
    assert timex.value == "1999-Q1"


def test_a_quarter_named_before_keeps_its_label():
    text = (
        "The company reported its fiscal first-quarter results. "
        "Profit in the quarter ended Sept. 30 doubled."
    )
    assert by_text(text, "the quarter", NOVEMBER).value == "1998-Q1"


def test_year_ago_follows_the_quarter_ended():
    text = "Profit for the quarter ended June 30 rose from $3 million a year earlier."
    assert by_text(text, "a year earlier", NOVEMBER).value == "1997-Q2"


def test_at_a_later_date_is_a_future_reference():
    timex = only("The remaining shares will be sold at a later date.")
    assert (timex.text, timex.type, timex.value) == ("a later date", "DATE", "FUTURE_REF")


def test_a_later_date_without_at_is_not_tagged():
    assert values("He gave a later date for the vote.") == []


def test_relative_weekday_before_a_written_date_is_one_expression():
    timex = only("The referendum is this coming Sunday, March eighth.", dt.date(1998, 3, 4))
    assert (timex.text, timex.value) == ("this coming Sunday, March eighth", "1998-03-08")


def test_last_weekday_before_a_written_date_keeps_the_written_date():
    timex = only("He arrived last Sunday, March 1, in Paris.", dt.date(1998, 3, 4))
    assert (timex.text, timex.value) == ("last Sunday, March 1", "1998-03-01")


def test_future_with_a_plural_unit_is_a_future_reference():
    timex = only("Tax credits will lower payments in future quarters.")
    assert (timex.text, timex.type, timex.value) == ("future quarters", "DATE", "FUTURE_REF")


def test_future_before_other_nouns_is_not_tagged():
    assert values("The fund will protect future generations.") == []


def test_capital_code_before_a_year_names_a_model():
    assert values("Soldiers wore the M-1951 field jacket.") == []
    assert values("Pre-1990 rules still apply.") == [("1990", "1990")]


def test_futures_contract_month_is_the_coming_one():
    august = dt.date(2011, 8, 22)
    assert only("More actively traded October crude rose $2.01.", august).value == "2011-10"
    assert only("Gold for June delivery fell $3 an ounce.", august).value == "2012-06"


def test_month_without_contract_noun_still_follows_the_tense():
    assert only("Sales fell in October.", dt.date(2011, 8, 22)).value == "2010-10"


WEDNESDAY = dt.date(1998, 3, 4)


def test_news_schedule_verbs_in_the_present_point_forward():
    assert only("Albright heads to Cairo on Friday.", WEDNESDAY).value == "1998-03-06"
    assert only("The Senate votes Thursday on the bill.", WEDNESDAY).value == "1998-03-05"
    assert only("The bill faces a Senate vote Thursday.", WEDNESDAY).value == "1998-03-05"
    assert only("Talks continue Thursday.", WEDNESDAY).value == "1998-03-05"
    assert only("Polls close at 8 p.m. Thursday.", WEDNESDAY).value == "1998-03-05T20:00"


def test_nouns_like_schedule_verbs_do_not_point_forward():
    assert only("He received 30 votes Thursday.", WEDNESDAY).value == "1998-02-26"
    assert only("His visits Monday angered officials.", WEDNESDAY).value == "1998-03-02"
    assert only("Fighting continued Thursday.", WEDNESDAY).value == "1998-02-26"


def test_postponed_until_a_weekday_is_the_coming_one():
    assert only("The hearing was postponed until Friday.", WEDNESDAY).value == "1998-03-06"
    assert only("Fighting went on until Friday.", WEDNESDAY).value == "1998-02-27"


def test_first_and_last_weeks_of_a_month_are_its_start_and_end():
    timex = only("Production resumes in the first week of September.", dt.date(2011, 8, 28))
    assert (timex.text, timex.value, timex.mod) == (
        "the first week of September",
        "2011-09",
        "START",
    )
    timex = only("Sales rose in the final weeks of 2010.")
    assert (timex.text, timex.value, timex.mod) == ("the final weeks of 2010", "2010", "END")


def test_two_days_or_months_share_the_year_written_once():
    assert values("The talks on September 14 and 18, 2010 were tense.", WEDNESDAY) == [
        ("September 14", "2010-09-14"),
        ("18", "2010-09-18"),
    ]
    assert values("Talks ran from Sept. 30 to Oct. 2, 2011.", WEDNESDAY) == [
        ("Sept. 30", "2011-09-30"),
        ("Oct. 2, 2011", "2011-10-02"),
    ]
    assert values("Sales fell in May and June 2011.", WEDNESDAY) == [
        ("May", "2011-05"),
        ("June 2011", "2011-06"),
    ]


def test_a_count_after_a_date_lends_it_no_year():
    assert values("They met in May and again in June.", WEDNESDAY) == [
        ("May", "1997-05"),
        ("June", "1997-06"),
    ]


MARCH_2011 = dt.date(2011, 3, 2)  # a Wednesday


def test_weekday_of_last_or_next_week_is_one_date():
    text = "The plane was denied landing permission on Tuesday last week."
    assert values(text, MARCH_2011) == [("Tuesday last week", "2011-02-22")]
    assert values("The envoy arrives on Friday next week.", MARCH_2011) == [
        ("Friday next week", "2011-03-11")
    ]


def test_scheduled_present_after_a_name_ending_like_an_article():
    # "Tunisia holds": the "a " ending the name is no article before a noun.
    assert values("Tunisia holds elections on October 23.", MARCH_2011) == [
        ("October 23", "2011-10-23")
    ]


def test_unit_inside_a_compound_adjective_is_no_deictic_date():
    assert values("All these decade-long challenges remain.", MARCH_2011) == [
        ("decade-long", "P1DE")
    ]
