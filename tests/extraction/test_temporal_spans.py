"""TimeML span conventions and typographic characters."""

from tests.extraction import only, tag, values


def test_leading_prepositions_are_excluded():
    assert only("It has been closed since 2011.").text == "2011"
    assert only("The deal was signed in December.").text == "December"
    assert only("Voting takes place on Sunday.").text == "Sunday"


def test_determiners_and_modifiers_are_included():
    assert (
        only("The value fell in the last twenty four hours.").text == "the last twenty four hours"
    )
    assert only("Snow fell in early December.").text == "early December"
    assert only("Output fell in the late 1970s.").text == "the late 1970s"


def test_non_breaking_spaces():
    timex = only("Signed on December\u00a030,\u00a02016.")
    assert (timex.text, timex.value) == ("December\u00a030,\u00a02016", "2016-12-30")
    assert only("He left three\u00a0days ago.").value == "2017-01-20"


def test_en_dash_range_gives_two_years():
    assert values("The 2011–2013 conflict killed thousands.") == [
        ("2011", "2011"),
        ("2013", "2013"),
    ]


def test_curly_quotes_and_apostrophes_around_dates():
    assert values("“Not before next month’s vote,” he said.") == [("next month", "2017-02")]


def test_offsets_slice_the_text_exactly():
    text = "Ça a commencé — le 3 mars 2016 — puis, two days later, ended."
    for timex in tag(text):
        assert text[timex.start : timex.end] == timex.text
