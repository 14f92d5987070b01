from django import template

from timeline.extraction.dates import format_value

register = template.Library()


@register.filter
def event_date(event) -> str:
    """The event's date at exactly the precision known: "30 December 2016", "c. December 2016"."""
    return format_value(event.date_value, event.date_mod or None, approximate=event.is_approximate)
