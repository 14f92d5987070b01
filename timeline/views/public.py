"""Pages readers see: public timelines and their approved events only."""

from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from timeline.models import Event, Timeline


@require_GET
def timeline_list(request):
    timelines = Timeline.objects.public()
    return render(request, "timeline/public/timeline_list.html", {"timelines": timelines})


@require_GET
def timeline_detail(request, slug: str):
    timeline = get_object_or_404(Timeline.objects.public(), slug=slug)
    events = timeline.events.approved().in_date_order()
    return render(
        request, "timeline/public/timeline_detail.html", {"timeline": timeline, "events": events}
    )


@require_GET
def event_detail(request, slug: str, event_id: int):
    timeline = get_object_or_404(Timeline.objects.public(), slug=slug)
    event = get_object_or_404(Event.objects.approved(), timeline=timeline, pk=event_id)
    return render(
        request, "timeline/public/event_detail.html", {"timeline": timeline, "event": event}
    )
