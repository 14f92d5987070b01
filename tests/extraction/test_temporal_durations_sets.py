"""Durations stay durations; sets are recurrences; modifiers become TIMEX3 mods."""

from tests.extraction import by_text, only


def test_a_month_after_something_is_a_duration():
    timex = only("The talks come a month after the truce took effect.")
    assert (timex.text, timex.type, timex.value) == ("a month", "DURATION", "P1M")


def test_nearly_six_years_is_approximate():
    timex = only("Nearly six years of war have devastated the country.")
    assert (timex.text, timex.type, timex.value, timex.mod) == (
        "Nearly six years",
        "DURATION",
        "P6Y",
        "APPROX",
    )


def test_number_words_and_digits():
    assert only("The strike lasted 24 hours.").value == "PT24H"
    assert only("He served twenty four years in jail.").value == "P24Y"
    assert only("They waited a week for the results.").value == "P1W"


def test_adjectival_duration_excludes_article():
    timex = only("They signed a three-year contract.")
    assert (timex.text, timex.value) == ("three-year", "P3Y")


def test_half_units():
    assert only("Talks lasted two and a half years.").value == "P2Y6M"
    assert only("The meeting took half an hour.").value == "PT30M"


def test_vague_durations_use_x():
    assert only("The siege lasted several months.").value == "PXM"
    assert only("Rebuilding may take a few years.").value == "PXY"
    assert by_text("The dispute has dragged on for years.", "years").value == "PXY"


def test_the_last_twenty_four_hours_keeps_determiner_and_modifier():
    timex = only("In the last twenty four hours, shares fell.")
    assert (timex.text, timex.type, timex.value) == (
        "the last twenty four hours",
        "DURATION",
        "PT24H",
    )


def test_decades_in_years():
    assert only("It was the worst drought in two decades.").value == "P20Y"


def test_more_than_and_at_least():
    assert only("The meeting lasted more than four hours.").mod == "MORE_THAN"
    assert only("He will stay at least 30 days.").mod == "EQUAL_OR_MORE"


def test_every_monday_is_a_set():
    timex = only("The market opens every Monday.")
    assert (timex.type, timex.value) == ("SET", "XXXX-WXX-1")


def test_every_year_and_annually():
    assert only("The festival is held every year.").value == "P1Y"
    timex = only("Exports grow 5 percent annually.")
    assert (timex.type, timex.value) == ("SET", "P1Y")


def test_weekly_and_twice_a_week():
    assert only("The council meets weekly.").value == "P1W"
    timex = only("Flights leave twice a week.")
    assert (timex.type, timex.value) == ("SET", "P1W")


def test_amount_per_year_is_a_set():
    timex = only("The plant costs $2 million a year to run.")
    assert (timex.text, timex.type, timex.value) == ("a year", "SET", "P1Y")


def test_daily_newspaper_is_not_a_set():
    assert only("The daily Al-Ahram reported it on Monday.").text == "Monday"


def test_count_of_things_per_unit_is_a_set():
    timex = only("They need 10 cargoes a month to run the plant.")
    assert (timex.text, timex.type, timex.value) == ("a month", "SET", "P1M")


def test_one_day_soon_is_a_future_reference():
    timex = only("One day soon, we will be in Tripoli.")
    assert (timex.text, timex.value) == ("One day soon", "FUTURE_REF")


def test_over_before_the_past_is_a_preposition():
    timex = only("Prices rose over the past few months.")
    assert (timex.text, timex.value, timex.mod) == ("the past few months", "PXM", None)


def test_for_a_while_is_an_unknown_duration():
    timex = only("They will have to live without it for a while.")
    assert (timex.text, timex.type, timex.value) == ("a while", "DURATION", "PXX")


def test_over_before_a_vague_count_is_a_preposition():
    timex = only("The system evolved over several years.")
    assert (timex.text, timex.value, timex.mod) == ("several years", "PXY", None)


def test_bare_plural_after_after_is_a_vague_duration():
    timex = only("Talks resumed after weeks of fighting.")
    assert (timex.text, timex.value) == ("weeks", "PXW")


def test_unit_long_adjective_is_one_unit():
    timex = only("It ended a decade-long war.")
    assert (timex.text, timex.value) == ("decade-long", "P1DE")
