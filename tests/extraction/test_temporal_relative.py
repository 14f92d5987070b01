"""Expressions that count from the DCT, the tense of the clause, or the story's date."""

import datetime as dt

from tests.extraction import MONDAY, by_text, only, values


def test_weekday_in_article_of_that_weekday_is_the_dct():
    assert only("Talks began on Monday in Astana.").value == "2017-01-23"


def test_weekday_after_future_cue_is_the_coming_one():
    timex = only("The rebels are expected to sign Tuesday.")
    assert (timex.value, timex.anchor) == ("2017-01-24", "2017-01-23")


def test_weekday_after_reporting_verb_is_the_past_one():
    assert only("The minister said on Tuesday that talks would go on.").value == "2017-01-17"


def test_weekday_with_will_is_future():
    assert only("The envoy will arrive on Friday.").value == "2017-01-27"


def test_last_and_next_weekday():
    assert only("He met them last Friday.").value == "2017-01-20"
    assert only("They meet again next Wednesday.").value == "2017-01-25"


def test_possessive_weekday_with_typographic_apostrophe():
    timex = only("Monday’s talks ended without a deal.")
    assert (timex.text, timex.value) == ("Monday", "2017-01-23")


def test_weekday_night_is_a_time():
    timex = only("Shelling resumed Sunday night, residents said.")
    assert (timex.type, timex.value) == ("TIME", "2017-01-22TNI")


def test_yesterday_today_tomorrow_tonight():
    assert values("Yesterday it rained, today it is dry and tomorrow it snows.") == [
        ("Yesterday", "2017-01-22"),
        ("today", "2017-01-23"),
        ("tomorrow", "2017-01-24"),
    ]
    timex = only("The vote is tonight.")
    assert (timex.type, timex.value) == ("TIME", "2017-01-23TNI")


def test_a_bare_hour_after_tonight_at_is_in_the_evening():
    timex = only("The concert is tonight at 8.")
    assert (timex.text, timex.type, timex.value) == ("tonight at 8", "TIME", "2017-01-23T20:00")
    assert only("Tonight at 10, the council meets.").value == "2017-01-23T22:00"
    # a count after it is no hour
    assert only("Prices rose tonight at 8 percent.").text == "tonight"


def test_this_morning_and_last_night():
    assert only("Police said this morning that two were held.").value == "2017-01-23TMO"
    assert only("Two shells fell last night.").value == "2017-01-22TNI"


def test_next_month_last_week_this_year():
    assert only("New talks open next month.").value == "2017-02"
    assert only("A deal was reached last week.").value == "2017-W03"
    assert only("Growth will slow this year.").value == "2017"
    assert only("Growth slowed last year.").value == "2016"


def test_possessive_next_month_with_typographic_apostrophe():
    timex = only("It prepares next month’s Geneva talks.")
    assert (timex.text, timex.value) == ("next month", "2017-02")


def test_ago_counts_from_the_dct():
    timex = only("The town fell two years ago.")
    assert (timex.text, timex.type, timex.value) == ("two years ago", "DATE", "2015")
    assert only("He left three days ago.").value == "2017-01-20"


def test_later_counts_from_the_last_date_of_the_story():
    found = values("The siege began on March 3, 2016. Two days later the town fell.")
    assert found == [("March 3, 2016", "2016-03-03"), ("Two days later", "2016-03-05")]


def test_later_anchor_is_reported():
    timex = by_text("They met on 4 May 2015. A week later, talks failed.", "A week later")
    assert (timex.value, timex.anchor) == ("2015-W20", "2015-05-04")


def test_the_following_day_and_year():
    found = values("Troops entered on June 1, 2014 and left the following day.")
    assert found[-1] == ("the following day", "2014-06-02")
    assert values("Riots broke out in 2011. The following year was calm.")[-1] == (
        "The following year",
        "2012",
    )


def test_since_year_excludes_preposition():
    timex = only("He has ruled since 2011.")
    assert (timex.text, timex.value) == ("2011", "2011")


def test_past_five_years_is_a_duration():
    timex = only("Prices doubled over the past five years.")
    assert (timex.text, timex.type, timex.value) == ("the past five years", "DURATION", "P5Y")


def test_recent_weeks_and_months_are_past_ref():
    assert only("Fighting grew in recent weeks.").value == "PAST_REF"
    timex = only("In recent months the rebels advanced.")
    assert (timex.text, timex.value) == ("recent months", "PAST_REF")


def test_now_and_currently_are_present_ref():
    assert only("The city is now calm.").value == "PRESENT_REF"
    assert only("He currently lives abroad.").value == "PRESENT_REF"


def test_the_past_and_the_future():
    assert only("Such raids happened in the past.").value == "PAST_REF"
    assert only("More talks are planned in the near future.").value == "FUTURE_REF"


def test_coming_weeks_is_future_ref():
    assert only("A decision is due in the coming weeks.").value == "FUTURE_REF"


def test_earlier_this_year():
    timex = only("Earlier this year, the army advanced.")
    assert (timex.value, timex.mod) == ("2017", "START")


def test_this_week_and_the_weekend():
    assert only("Talks continue this week.").value == "2017-W04"
    assert only("Clashes erupted over the weekend.").value == "2017-W03-WE"


def test_clock_times():
    timex = only("The vote starts at 2:30 p.m. on Tuesday.", MONDAY)
    assert (timex.text, timex.type) == ("2:30 p.m. on Tuesday", "TIME")
    assert timex.value == "2017-01-24T14:30"
    assert only("Fighting stopped at noon.").value == "2017-01-23T12:00"
    assert only("Curfew begins at 1800 GMT.").value == "2017-01-23T18:00"


def test_clock_time_before_weekday():
    timex = only("The offer expires at 5 p.m. Friday.", dt.date(1989, 11, 1))
    assert (timex.text, timex.value) == ("5 p.m. Friday", "1989-11-03T17:00")


def test_past_verb_before_infinitive_keeps_the_past():
    timex = only("Oil began to flow from early March, traders said.", dt.date(2011, 6, 9))
    assert (timex.text, timex.value, timex.mod) == ("early March", "2011-03", "START")


def test_dateline_date_and_clock_form_one_time():
    timex = only("TRIPOLI | Wed Mar 2, 2011 8:17 am EST (Reuters)", dt.date(2011, 3, 2))
    assert (timex.text, timex.type, timex.value) == (
        "Wed Mar 2, 2011 8:17 am EST",
        "TIME",
        "2011-03-02T08:17",
    )


def test_later_in_the_day_is_the_story_day():
    found = values("He landed on Feb. 13, 1998 and spoke later in the day.", dt.date(1998, 2, 14))
    assert found == [("Feb. 13, 1998", "1998-02-13"), ("later in the day", "1998-02-13")]


def test_the_end_of_the_month():
    timex = only("Troops will arrive by the end of the month.", dt.date(1990, 8, 10))
    assert (timex.text, timex.value, timex.mod) == ("the end of the month", "1990-08", "END")


def test_narrative_expressions_follow_the_story_date():
    story = "Rebels seized the town on March 3, 2011. "
    dct = dt.date(2011, 6, 9)
    assert values(story + "They left the same day.", dct)[-1] == ("the same day", "2011-03-03")
    assert values(story + "They left that night.", dct)[-1] == ("that night", "2011-03-03TNI")
    assert values(story + "They had arrived the day before.", dct)[-1] == (
        "the day before",
        "2011-03-02",
    )
    assert values(story + "Hours later they left.", dct)[-1] == ("Hours later", "2011-03-03")
    assert values(story + "The previous year was calm.", dct)[-1] == ("The previous year", "2010")


def test_the_night_of_a_date_is_that_date_night():
    # (not the news day's night: the date says which; one expression, as TimeML writes
    # "the morning of January 31")
    found = values("Rebels fled on the night of March 5.", dt.date(2011, 6, 9))
    assert found == [("the night of March 5", "2011-03-05TNI")]


def test_scheduled_present_tense_points_forward():
    wednesday = dt.date(2017, 1, 25)
    assert only("Talks resume Friday in Geneva.", wednesday).value == "2017-01-27"
    assert only("The vote is on Sunday.", wednesday).value == "2017-01-29"


def test_past_perfect_before_an_infinitive_points_back():
    timex = only("It had been due to expire Friday evening.", dt.date(2017, 1, 25))
    assert timex.value == "2017-01-20TEV"


def test_purpose_infinitive_after_a_weekday_does_not_make_it_future():
    timex = only("Guards fired into the air on Tuesday to try to calm the crowd.", MONDAY)
    assert timex.value == "2017-01-17"


def test_since_a_weekday_is_past():
    assert only("They have been fighting since Friday.", MONDAY).value == "2017-01-20"


def test_names_after_to_are_not_infinitives():
    assert only("He flew to Cairo on Sunday with his family.", MONDAY).value == "2017-01-22"


def test_only_infinitives_of_intention_point_forward():
    friday = dt.date(2011, 6, 10)
    assert only("Rebels agreed to meet on Sunday.", friday).value == "2011-06-12"
    timex = only("Rebels won a boost in their campaign to oust him on Monday.", friday)
    assert timex.value == "2011-06-06"


def test_was_expected_to_still_points_forward():
    timex = only("The team was expected to arrive late Saturday.", dt.date(1998, 8, 7))
    assert (timex.text, timex.value, timex.mod) == ("late Saturday", "1998-08-08", "END")


def test_local_and_gmt_clock_times_are_separate():
    found = values("The blasts came at about 10:30 a.m. (0730 GMT) on Friday.", dt.date(1998, 8, 7))
    assert found == [
        ("about 10:30 a.m.", "1998-08-07T10:30"),
        ("0730 GMT", "1998-08-07T07:30"),
        ("Friday", "1998-08-07"),
    ]
