from django.apps import AppConfig
from django.db.models.signals import post_migrate


class TimelineConfig(AppConfig):
    name = "timeline"
    verbose_name = "Timelines and events"

    def ready(self) -> None:
        from timeline import signals
        from timeline.roles import ensure_editors_group

        # Permissions only exist after migrate has run, so the group is set up then.
        post_migrate.connect(ensure_editors_group, sender=self)
        signals.connect()
