"""`manage.py bench_import` runs on a handful of files (the figures are for docs/benchmarks.md)."""

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article
from timeline.models import Timeline


@pytest.mark.django_db(transaction=True)
def test_bench_import_runs_on_fewer_files_than_its_warm_up(capsys):
    from config.celery import app

    routes = app.conf.task_routes
    call_command("bench_import", articles=5, runs=1)
    # Extraction tasks go to the workers' queue again afterwards.
    assert app.conf.task_routes == routes
    out = capsys.readouterr().out
    assert "run 1: 5 imported" in out or "run 1: 4 imported" in out
    assert "after 100 articles (or all)" in out
    # It leaves nothing behind.
    assert not Article.objects.exists()
    assert not Timeline.objects.filter(slug__startswith="bench-import-").exists()


def test_bench_import_refuses_zero_articles():
    with pytest.raises(CommandError, match="at least 1"):
        call_command("bench_import", articles=0)
