"""Set up the demo `make run` shows: an editor, an admin, a public timeline, the AFP story."""

from datetime import date
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from articles.services import Given, ImportOutcome, articles_import_file
from timeline.models import Timeline
from timeline.roles import EDITORS_GROUP

DEMO_CORPUS = Path(settings.BASE_DIR) / "articles" / "demo"
DEMO_ARTICLES = [
    # (file, published_on, source)
    ("afp-astana-talks-2017-01-23.txt", date(2017, 1, 23), "Agence France-Presse"),
]


class Command(BaseCommand):
    help = "Create the demo editor and admin accounts, a public timeline and its demo articles."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="editor")
        parser.add_argument(
            "--password",
            default=None,
            help="Defaults to $DEMO_PASSWORD, else 'astana-demo-2017'.",
        )
        parser.add_argument("--address", default="http://127.0.0.1:8000")

    def handle(self, *args, username, password, address, **options):
        from config.env import env

        password = password or env.str("DEMO_PASSWORD", default="astana-demo-2017")
        self._account(username, password, superuser=False)
        self._account("admin", password, superuser=True)

        timeline, _ = Timeline.objects.get_or_create(
            slug="syria-astana",
            defaults={
                "name": "Syria: the Astana process",
                "description": "The Syrian peace talks in Astana, compiled from wire reports.",
                "is_public": True,
            },
        )
        for filename, published_on, source in DEMO_ARTICLES:
            # The same way in as any upload: cleaned (dateline, agency, comment widgets), and
            # recognised as a duplicate when the demo is set up again.
            outcomes = articles_import_file(
                timeline=timeline,
                filename=filename,
                data=(DEMO_CORPUS / filename).read_bytes(),
                given=Given(source=source, published_on=published_on),
            )
            for outcome in outcomes:
                if outcome.status == ImportOutcome.REJECTED:
                    self.stderr.write(f"Demo article {outcome.label} refused: {outcome.reason}")

        self.stdout.write(
            self.style.SUCCESS("\nDemo ready.")
            + f"\n  Editor timeline: {address}/editor/timelines/{timeline.slug}/"
            + f"\n  Articles:        {address}/editor/timelines/{timeline.slug}/articles/"
            + f"\n  Admin:           {address}/admin/"
            + f"\n  Public page:     {address}{timeline.get_absolute_url()}"
            + f"\n  Log in as '{username}' (editor) or 'admin' (staff), password '{password}'.\n"
        )

    def _account(self, username: str, password: str, *, superuser: bool) -> None:
        user, created = get_user_model().objects.get_or_create(username=username)
        if created or not user.check_password(password):
            user.set_password(password)
        user.is_staff = user.is_superuser = superuser
        user.save()
        if not superuser:
            user.groups.add(Group.objects.get(name=EDITORS_GROUP))
