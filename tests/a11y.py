"""Accessibility audits with axe-core (npm) inside a Playwright page."""

from pathlib import Path

from django.conf import settings

from tests import services

AXE_SCRIPT = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING_IMPACTS = ("serious", "critical")


def serious_violations(page) -> list[dict]:
    """Run axe-core on the page as it is now; return its serious and critical violations.

    The script is evaluated over the DevTools protocol rather than added as a <script> tag,
    so the page's Content-Security-Policy stays as strict in the audit as in production.
    """
    if not AXE_SCRIPT.exists():
        services.missing(f"axe-core is not installed at {AXE_SCRIPT}: run `npm ci`")
    page.evaluate(AXE_SCRIPT.read_text(encoding="utf-8"))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        {
            "id": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "targets": [node["target"] for node in violation["nodes"]],
        }
        for violation in result["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]
