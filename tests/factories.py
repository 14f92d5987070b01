"""factory_boy factories for the models tests need."""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from articles.models import Article
from articles.services import content_hash
from timeline.models import Event, Granularity, Mention, Timeline
from timeline.roles import EDITORS_GROUP


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("correct-horse-battery")


class EditorFactory(UserFactory):
    username = factory.Sequence(lambda n: f"editor{n}")

    @factory.post_generation
    def editors_group(self, create, extracted, **kwargs):
        if create:
            self.groups.add(Group.objects.get_or_create(name=EDITORS_GROUP)[0])


class TimelineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Timeline
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Timeline {n}")
    slug = factory.Sequence(lambda n: f"timeline-{n}")
    is_public = True


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    timeline = factory.SubFactory(TimelineFactory)
    title = factory.Sequence(lambda n: f"Article {n}")
    source = "Agence France-Presse"
    body = factory.Sequence(lambda n: f"Article number {n} said talks began on Monday.")
    content_hash = factory.LazyAttribute(lambda article: content_hash(article.body))
    published_on = datetime.date(2017, 1, 23)
    published_on_origin = Article.DateOrigin.GIVEN


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    timeline = factory.SubFactory(TimelineFactory)
    title = factory.Sequence(lambda n: f"Event {n}")
    summary = "Something happened."
    date_value = "2017-01-23"
    date_start = datetime.date(2017, 1, 23)
    date_end = datetime.date(2017, 1, 23)
    granularity = Granularity.DAY


class MentionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Mention

    event = factory.SubFactory(EventFactory)
    origin_event = factory.SelfAttribute("event")
    article = factory.SubFactory(ArticleFactory, timeline=factory.SelfAttribute("..event.timeline"))
    sentence = "Talks began on Monday."
    sentence_start = 0
    sentence_end = 22
    timex_start = 14
    timex_end = 20
    timex_text = "Monday"
    timex_type = Mention.TimexType.DATE
    timex_value = "2017-01-23"
    confidence = 0.9
    extractor_version = "test"
