import datetime as dt
from pathlib import Path

import pytest

from articles.models import Article
from tests.factories import ArticleFactory

ASTANA = Path(__file__).parent.parent / "data" / "events" / "afp-astana-talks-2017-01-23.txt"


@pytest.fixture
def astana_text():
    return ASTANA.read_text(encoding="utf-8")


@pytest.fixture
def queued_article(timeline, astana_text):
    """The Astana story, queued for extraction as an upload leaves it."""
    return ArticleFactory(
        timeline=timeline,
        title="Syria peace talks off to rocky start",
        body=astana_text,
        published_on=dt.date(2017, 1, 23),
        extraction_state=Article.ExtractionState.QUEUED,
    )
