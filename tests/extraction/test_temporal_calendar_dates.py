"""Explicit and partial calendar dates: the DCT supplies what the text leaves out."""

import datetime as dt

from tests.extraction import by_text, only, values


def test_full_date_with_year_is_absolute():
    timex = only("The accord was signed on December 30, 2016 in Ankara.")
    assert (timex.text, timex.type, timex.value) == ("December 30, 2016", "DATE", "2016-12-30")


def test_day_month_year_order():
    assert only("Voting ends on 30 December 2016.").value == "2016-12-30"


def test_abbreviated_month_with_period():
    timex = only("The truce dates from Dec. 30 and holds.")
    assert (timex.text, timex.value) == ("Dec. 30", "2016-12-30")


def test_month_day_without_year_in_january_article_is_previous_december():
    assert only("the December 30 agreement held").value == "2016-12-30"


def test_month_day_without_year_same_month_is_this_year():
    assert only("Talks opened on January 23 in the capital.").value == "2017-01-23"


def test_ordinal_suffix_on_day():
    timex = only("The deadline is Jan 23rd.")
    assert (timex.text, timex.value) == ("Jan 23rd", "2017-01-23")


def test_future_tense_pushes_month_day_forward():
    timex = only("The parliament will vote on March 3.", dt.date(2017, 11, 20))
    assert timex.value == "2018-03-03"


def test_past_tense_keeps_month_day_back():
    timex = only("The parliament voted on March 3.", dt.date(2017, 11, 20))
    assert timex.value == "2017-03-03"


def test_weekday_and_date_together():
    timex = only("Delegates met on Monday, January 23, in Astana.")
    assert (timex.text, timex.value) == ("Monday, January 23", "2017-01-23")


def test_bare_ordinal_day_takes_month_from_the_story():
    found = values("Fighting resumed on January 3. By the 23rd, the town had fallen.")
    assert found == [("January 3", "2017-01-03"), ("the 23rd", "2017-01-23")]


def test_numeric_day_month_year():
    assert only("Published 30/12/2016 by the ministry.").value == "2016-12-30"


def test_iso_date_and_time():
    assert only("Updated 2016-12-30 at the agency.").value == "2016-12-30"
    timex = only("Timestamp 2017-01-24T14:00 recorded.")
    assert (timex.type, timex.value) == ("TIME", "2017-01-24T14:00")


def test_bare_year():
    timex = by_text("The war began in 2011.", "2011")
    assert (timex.type, timex.value) == ("DATE", "2011")


def test_month_and_year():
    assert only("It was founded in February 1947 by exiles.").value == "1947-02"


def test_bare_month_resolves_to_nearest_by_tense():
    assert only("Inflation peaked in December, officials said.").value == "2016-12"
    assert only("New talks will open in June.").value == "2017-06"


def test_decade():
    timex = only("Oil prices collapsed in the 1990s.")
    assert (timex.text, timex.value) == ("the 1990s", "199X")


def test_early_mid_late_modifiers():
    assert (only("Elections are due in early 2017.").mod) == "START"
    timex = only("The summit was held in mid-December.")
    assert (timex.text, timex.value, timex.mod) == ("mid-December", "2016-12", "MID")
    # "set for" is a schedule: the coming December
    assert only("The summit is set for mid-December.").value == "2017-12"
    timex = only("He resigned late last year.")
    assert (timex.text, timex.value, timex.mod) == ("late last year", "2016", "END")


def test_early_month_includes_modifier_in_span():
    assert only("Fighting eased in early December.").text == "early December"


def test_century():
    assert only("It is a relic of the 20th century.").value == "19XX"


def test_seasons():
    assert only("The offensive began last summer.").value == "2016-SU"
    assert only("A deal is expected this spring.").value == "2017-SP"
    assert only("Output rose in summer 2017.").value == "2017-SU"


def test_quarters():
    timex = only("Profit rose in the third quarter.", dt.date(1998, 11, 2))
    assert (timex.text, timex.value) == ("the third quarter", "1998-Q3")
    assert only("Sales fell in Q1 2017.").value == "2017-Q1"


def test_fourth_quarter_in_january_is_last_year():
    assert only("Earnings fell in the fourth quarter.").value == "2016-Q4"


def test_adjectival_quarter_excludes_article():
    timex = only("It posted a third-quarter loss.", dt.date(1998, 11, 2))
    assert (timex.text, timex.value) == ("third-quarter", "1998-Q3")


def test_fiscal_year():
    assert only("Revenue for fiscal 2016 was flat.").value == "2016"


def test_holiday():
    assert only("The shops reopen after Christmas.", dt.date(2016, 12, 20)).value == "2016-12-25"


def test_since_a_month_means_a_month_gone():
    assert only("Gold hit its highest since April.", dt.date(2011, 3, 4)).value == "2010-04"


def test_month_against_the_tense_is_rarely_meant():
    assert only("In April, the rebels said they had won.", dt.date(2011, 3, 4)).value == "2010-04"


def test_nominal_start_is_not_a_scheduled_verb():
    timex = only(
        "Both sides went on air after the February start of the revolt.", dt.date(2011, 8, 22)
    )
    assert timex.value == "2011-02"


def test_this_before_a_full_date_is_read_whole():
    timex = only("He speaks in this August 30, 2010 file photo.", dt.date(2011, 3, 4))
    assert (timex.text, timex.value) == ("August 30, 2010", "2010-08-30")


def test_chronology_continues_the_year_written_out():
    text = (
        "Feb. 15/16, 2011 - Protests start. Feb. 24 - Militias take Misrata. "
        "Dec. 20 - Talks open. Jan. 5 - Vote."
    )
    assert values(text, dt.date(2012, 10, 20)) == [
        ("Feb. 15", "2011-02-15"),
        ("16, 2011", "2011-02-16"),
        ("Feb. 24", "2011-02-24"),
        ("Dec. 20", "2011-12-20"),
        ("Jan. 5", "2012-01-05"),
    ]


def test_photo_caption_date_starts_no_chronology():
    text = "In this August 30, 2010 file photo he speaks. Rebels said on June 10 they advanced."
    assert values(text, dt.date(2011, 6, 20))[-1] == ("June 10", "2011-06-10")


def test_date_modifying_a_noun_ignores_the_clause_verb():
    timex = only("The AU could propose scrapping the Nov. 28 poll.", dt.date(2011, 2, 28))
    assert timex.value == "2010-11-28"


def test_a_cue_in_a_later_clause_does_not_flip_a_month():
    text = "Those who rose up to oust him in February might also offer help."
    assert only(text, dt.date(2011, 8, 22)).value == "2011-02"
