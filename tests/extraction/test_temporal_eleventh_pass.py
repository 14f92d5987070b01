"""Eleventh pass (issue 4): mistakes found with invented sentences on science, crime,
features, statistics and schedules in several Englishes, fixed as general rules. Every
sentence here is invented; the DCT is a Thursday (14 March 2019) unless a test says
otherwise.
"""

from tests.extraction import THURSDAY, values
from tests.extraction import attributes as timex


def test_an_abbreviated_unit_after_a_number_is_a_duration():
    assert timex("The match lasted 15 mins longer than planned.", "15 mins") == (
        "DURATION",
        "PT15M",
        None,
    )
    assert timex("Traffic was held up for 1 hr on the bridge.", "1 hr")[1] == "PT1H"
    assert timex("He was jailed for 10 yrs.", "10 yrs")[1] == "P10Y"
    assert timex("The 3-hr meeting ended without a deal.", "3-hr")[1] == "PT3H"
    assert timex("The flight takes 2 hrs 40 mins.", "2 hrs 40 mins")[1] == "PT2H40M"
    # a clock in military style stays a clock; the words alone are nothing
    assert timex("The curfew starts at 1400 hrs.", "1400 hrs")[:2] == ("TIME", "2019-03-14T14:00")
    assert values("The min wage rose. Hr Ms Tromp docked.", THURSDAY) == []
