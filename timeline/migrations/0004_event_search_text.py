"""Events keep their title and summary folded (no accents, lower case) for searching, so
"nino" finds "Niño" on SQLite and PostgreSQL alike (timeline/search.py). Existing events get
theirs here; saves keep it current."""

from django.db import migrations, models

from timeline.search import event_search_text


def fill(apps, schema_editor):
    Event = apps.get_model("timeline", "Event")
    batch = []
    for event in Event.objects.only("pk", "title", "summary").iterator(chunk_size=2000):
        event.search_text = event_search_text(event.title, event.summary)
        batch.append(event)
        if len(batch) >= 2000:
            Event.objects.bulk_update(batch, ["search_text"])
            batch = []
    Event.objects.bulk_update(batch, ["search_text"])


class Migration(migrations.Migration):
    dependencies = [("timeline", "0003_narrow_early_mid_late")]

    operations = [
        migrations.AddField(
            model_name="event",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
