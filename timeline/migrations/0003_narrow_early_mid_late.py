"""Events dated "early", "mid-" or "late" a period cover that third of it: mid-March 2011
sorts after 5 March. Values, mods and history are unchanged; the rule is
``timeline.extraction.dates.narrowed``."""

from django.db import migrations

from timeline.extraction.dates import DateRange, narrowed


def narrow(apps, schema_editor):
    Event = apps.get_model("timeline", "Event")
    changed = []
    for event in Event.objects.filter(date_mod__in=("START", "MID", "END")).iterator():
        told = narrowed(DateRange(event.date_start, event.date_end, event.granularity), event.date_mod)
        if (told.start, told.end) != (event.date_start, event.date_end):
            event.date_start, event.date_end = told.start, told.end
            changed.append(event)
    Event.objects.bulk_update(changed, ["date_start", "date_end"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("timeline", "0002_event_timeline_gran_start")]

    operations = [migrations.RunPython(narrow, migrations.RunPython.noop)]
