"""Second pass (issue 4): conventions from the TimeML guidelines and unseen wire copy.

Every sentence here is invented; the DCT is Monday 23 January 2017 unless given.
"""

import datetime as dt

from tests.extraction import by_text, only, tag, values

WEDNESDAY = dt.date(2017, 1, 25)


# Tense: which way a bare weekday points.


def test_agreeing_to_a_noun_is_not_an_intention_to_act():
    assert only("The council agreed to the plan on Tuesday.", WEDNESDAY).value == "2017-01-24"


def test_a_modal_in_a_relative_clause_does_not_govern_the_weekday():
    text = "The minister announced the deal on Friday, a step that could end the strike."
    assert only(text, WEDNESDAY).value == "2017-01-20"


def test_could_not_is_not_a_future_cue():
    text = "Aid workers who drove into the town Tuesday could not reach the hospital."
    assert only(text, WEDNESDAY).value == "2017-01-24"


# Bare plurals and stretches of time.


def test_bare_plural_before_of_is_a_vague_duration():
    assert values("The rebels broke weeks of stalemate.") == [("weeks", "PXW")]
    assert values("Months of fighting ruined the port.") == [("Months", "PXM")]


def test_bare_plural_before_after_is_a_vague_duration():
    timex = only("The statement came hours after the attack.")
    assert (timex.text, timex.type, timex.value) == ("hours", "DURATION", "PTXH")


def test_alternative_units_make_one_duration():
    assert values("He died within weeks or months of his arrest.") == [("weeks or months", "PXW")]


def test_the_plural_after_a_preposition_is_a_duration():
    assert values("Over the years the town grew.") == [("the years", "PXY")]
    assert values("In the weeks since, little has changed.") == [("the weeks", "PXW")]


def test_determined_plurals_and_ages_are_left_alone():
    assert tag("The first weeks of the war were hard.") == []
    assert tag("The boy was 15 years of age.") == []
    assert values("Aid arrived in the early hours of Monday.") == [("Monday", "2017-01-23")]


def test_half_units():
    assert values("Assets were frozen over the past half year.") == [("the past half year", "P6M")]
    assert values("The last half hour was tense.") == [("The last half hour", "PT30M")]
    assert values("A half-century of rule ended.") == [("A half-century", "P50Y")]
    assert values("It lasted a half hour.") == [("a half hour", "PT30M")]


def test_adjectival_duration_keeps_its_period_noun_and_article():
    assert values("He spent a three-year period abroad.") == [("a three-year period", "P3Y")]
    assert values("The 30-day term expires.") == [("The 30-day term", "P30D")]
    assert values("A 10-year plan was signed.") == [("10-year", "P10Y")]


# Rates and vague future days.


def test_rate_after_an_amount_a_few_nouns_back():
    timex = only("Libya pumped 1.6 million barrels of oil a day.")
    assert (timex.type, timex.value) == ("SET", "P1D")


def test_a_day_after_a_preposition_is_still_a_duration():
    timex = by_text("The plant makes 20 tons of steel in a day.", "a day")
    assert (timex.type, timex.value) == ("DURATION", "P1D")


def test_some_day_is_the_future():
    assert values("Some day the border will reopen.") == [("Some day", "FUTURE_REF")]
    assert values("Someday we will win.") == [("Someday", "FUTURE_REF")]


def test_the_weeks_since_is_not_one_week_back():
    assert [t.type for t in tag("In the weeks since, the town rebuilt.")] == ["DURATION"]


# Dates and times in other shapes.


def test_dashed_numeric_dates():
    assert values("The memo is dated 12-03-2016.") == [("12-03-2016", "2016-12-03")]
    assert values("The memo is dated 10-29-99.") == [("10-29-99", "1999-10-29")]


def test_local_time_belongs_to_the_clock_time():
    expected = [("4 p.m. local time", "2017-01-23T16:00")]
    assert values("Markets closed at 4 p.m. local time.") == expected


def test_a_weak_cue_after_does_not_outweigh_the_verb_before():
    text = "The airline will double its flights by August in markets untouched by the slump."
    assert only(text).value == "2017-08"


def test_since_dates_only_its_own_object():
    text = "Prices hit their highest since 2008, and futures for April were firm."
    assert by_text(text, "April").value == "2017-04"


def test_a_cue_before_a_subordinate_word_governs_another_clause():
    text = "Spreads widened in trading, while November was weaker."
    assert by_text(text, "November", dt.date(2017, 9, 8)).value == "2017-11"


def test_until_is_a_preposition_before_a_weekday():
    text = "The council said the truce would hold until Saturday to allow talks."
    assert only(text, WEDNESDAY).value == "2017-01-28"


def test_a_reporting_verb_right_after_governs_the_weekday():
    text = "With talks set to resume, residents on Friday said the town was calm."
    assert only(text, dt.date(2017, 1, 28)).value == "2017-01-27"


def test_the_reported_clause_does_not_govern_the_reporting_date():
    text = "The president told ministers at a meeting on Monday the state would pay."
    assert only(text, dt.date(2017, 1, 24)).value == "2017-01-23"


def test_a_limit_is_not_pushed_back_by_the_past_tense():
    dct = dt.date(2017, 8, 7)
    text = "The talks were postponed until early September."
    assert only(text, dct).value == "2017-09"
    assert only("Exports were suspended through October.", dct).value == "2017-10"
    assert only("The company said it will withdraw by the end of December.", dct).value == "2017-12"


def test_the_second_day_of_a_range_takes_the_first_days_month():
    dct = dt.date(2017, 8, 8)
    assert values("The fair will be held from August 10 to 15.", dct) == [
        ("August 10", "2017-08-10"),
        ("15", "2017-08-15"),
    ]
    assert values("Polls opened between March 18 and 20, when it rained.", dct) == [
        ("March 18", "2017-03-18"),
        ("20", "2017-03-20"),
    ]


def test_a_count_after_a_date_is_not_a_day():
    assert values("He scored on May 5 and 10 people cheered.", dt.date(2017, 8, 8)) == [
        ("May 5", "2017-05-05")
    ]


def test_the_same_period_of_last_year():
    text = "Trade rose 5 percent over the same period of last year."
    assert values(text, dt.date(2017, 8, 8)) == [("the same period of last year", "2016")]


def test_plural_weekdays_recur():
    assert values("The shop is closed on Sundays.") == [("Sundays", "XXXX-WXX-7")]
    assert values("Flights leave on Wednesdays and Saturdays.") == [
        ("Wednesdays", "XXXX-WXX-3"),
        ("Saturdays", "XXXX-WXX-6"),
    ]


# Holidays whose date moves, and days named after weekdays.


def test_moving_holidays_are_computed_for_the_nearest_year():
    dct = dt.date(1998, 8, 8)
    assert values("Shops closed on Good Friday.", dct) == [("Good Friday", "1998-04-10")]
    assert values("Thanksgiving is a holiday.", dct) == [("Thanksgiving", "1998-11-26")]
    assert values("He will return after Labor Day.", dct) == [("Labor Day", "1998-09-07")]
    # (a past verb a month before it names the last one)
    assert values("He returned after Labor Day.", dct) == [("Labor Day", "1997-09-01")]
    assert values("Memorial Day was quiet.", dct) == [("Memorial Day", "1998-05-25")]
    assert values("Easter 2011 was late.", dct) == [("Easter 2011", "2011-04-24")]


def test_named_weekdays_and_holiday_names_are_not_dates():
    assert tag("Voters endorsed the Good Friday agreement.") == []
    assert tag("Bloody Sunday is remembered every year.")[0].text == "every year"
    assert tag("Black Monday hit the markets.") == []


def test_a_year_later_moves_the_story_on():
    text = "In 1993 the group attacked. A year later it struck again. The following year it split."
    assert [v for _, v in values(text)] == ["1993", "1994", "1995"]


def test_adjectival_participles_are_not_past_cues():
    text = "The dividend would be paid on a still unspecified date in January."
    assert only(text, dt.date(1989, 11, 6)).value == "1990-01"


def test_a_cue_before_but_belongs_to_the_other_clause():
    text = "He is seeking a way out, but on Saturday he called the rebels traitors."
    assert only(text, dt.date(2017, 7, 18)).value == "2017-07-15"


def test_the_last_half_is_the_second_half_and_has_begun_in_august():
    dct = dt.date(1998, 8, 8)
    assert values("Profits will fall in the last half of 1989.", dct) == [
        ("the last half of 1989", "1989-H2")
    ]
    assert values("The second half of the year will be better.", dct) == [
        ("The second half of the year", "1998-H2")
    ]


def test_the_weekday_of_a_month_day_picks_its_year():
    text = "He was born on 5th January 1950. Sunday 9 August is the date."
    assert by_text(text, "Sunday 9 August", dt.date(1998, 8, 8)).value == "1998-08-09"
    assert only("The vote on Tuesday, Dec. 30 was close.", dt.date(1998, 8, 8)).value == (
        "1997-12-30"
    )


def test_clock_times_with_a_part_of_day():
    dct = dt.date(1998, 8, 8)
    assert values("The plane landed at 1:30 in the morning.", dct) == [
        ("1:30 in the morning", "1998-08-08T01:30")
    ]
    assert values("Shelling began at 9 at night.", dct) == [("9 at night", "1998-08-08T21:00")]
    assert values("The shop opens at 9 o'clock in the morning.", dct) == [
        ("9 o'clock in the morning", "1998-08-08T09:00")
    ]
    assert tag("Aged 12 at night school, he learned fast.", dct) == []


def test_a_dateline_just_before_the_dct_is_the_stories_day():
    text = "BEIJING, August 7 (Xinhua) -- The premier said today that growth would hold."
    expected = [("August 7", "1998-08-07"), ("today", "1998-08-07")]
    assert values(text, dt.date(1998, 8, 8)) == expected
    later = "The report of August 7 (Xinhua) -- said today that growth would hold."
    assert by_text(later, "today", dt.date(1998, 8, 8)).value == "1998-08-08"


def test_overnight_is_the_night_before_unless_the_clause_points_forward():
    dct = dt.date(2017, 1, 25)
    assert values("Rebels shelled the town overnight.", dct) == [("overnight", "2017-01-24TNI")]
    assert values("Members could agree on a text overnight.", dct) == [
        ("overnight", "2017-01-25TNI")
    ]
    text = "Shares fell on Friday after overnight losses in New York."
    assert by_text(text, "overnight", dt.date(2017, 1, 23)).value == "2017-01-19TNI"


def test_the_age_of_a_thing_is_a_duration_the_age_of_a_person_is_not():
    assert values("The 8-month-old truce held.") == [("8-month-old", "P8M")]
    assert values("The 6-month-old civil war went on.") == [("6-month-old", "P6M")]
    assert tag("A 35-year-old man was hurt.") == []


def test_the_ordinal_day_of_something_going_on_is_the_current_one():
    assert values("Fighting raged for a fifth straight day, witnesses said.") == [
        ("a fifth straight day", "2017-01-23")
    ]
    assert values("Today is the eighth day of the operation.") == [
        ("Today", "2017-01-23"),
        ("the eighth day", "2017-01-23"),
    ]
    assert values("The war, now in its third week, goes on.")[1] == ("its third week", "2017-W04")
    assert values("Blasts rocked the city for a second night.") == [
        ("a second night", "2017-01-22TNI")
    ]


def test_an_ordinal_day_elsewhere_is_left_alone():
    assert tag("On the first day of the visit, he met the king.") == []
    assert values("Protesters rallied for a second day on Sunday.") == [("Sunday", "2017-01-22")]
    assert tag("It was the third consecutive month of gains.") == []


def test_24_hour_clock_in_local_time():
    assert values("The curfew starts at 2200 local time.") == [
        ("2200 local time", "2017-01-23T22:00")
    ]
    assert tag("He paid 1500 local currency.") == []


def test_a_comma_after_a_relative_clause_is_not_a_fronted_adverbial():
    text = "Egypt, whose army survived the revolt in February, might offer help."
    assert only(text, dt.date(2011, 9, 14)).value == "2011-02"


def test_a_comparison_date_starts_no_chronology():
    text = "Prices hit the highest since August 21, 2008. U.S. April crude futures rose."
    assert by_text(text, "April", dt.date(2011, 2, 25)).value == "2011-04"


def test_and_before_a_new_adverbial_starts_a_new_clause():
    text = "Delays persisted into September, and in October less crude is scheduled to load."
    assert by_text(text, "October", dt.date(2011, 9, 15)).value == "2011-10"


def test_more_holidays():
    dct = dt.date(1998, 8, 8)
    election = values("Voters go to the polls on Election Day.", dct)
    assert election == [("Election Day", "1998-11-03")]
    assert values("Veterans Day parades were held.", dct) == [("Veterans Day", "1997-11-11")]


def test_the_next_century_counts_from_today_not_from_the_story():
    text = "By the year 2000 all will be done. The next century will be different."
    assert by_text(text, "The next century", dt.date(1998, 8, 8)).value == "20XX"


def test_present_and_past_references():
    assert values("He said the other day that he would resign.") == [("the other day", "PAST_REF")]
    assert values("At present, nothing is known.") == [("present", "PRESENT_REF")]
    assert tag("The present system works well.") == []


def test_the_present_time_and_a_thing_of_the_past():
    assert values("It has no staff at the present time.") == [("the present time", "PRESENT_REF")]
    assert tag("The dispute would be a thing of the past.") == []


def test_independence_day_is_july_4_only_in_american_context():
    dct = dt.date(1998, 8, 8)
    assert values("Americans marked Independence Day with fireworks.", dct) == [
        ("Independence Day", "1998-07-04")
    ]
    assert values("Libya celebrated its Independence Day with a parade.", dct) == [
        ("Independence Day", "XXXX-XX-XX")
    ]


def test_expected_on_a_weekday_points_forward():
    text = "A declaration that the war has ended is expected on Saturday."
    assert only(text, dt.date(2011, 10, 20)).value == "2011-10-22"
