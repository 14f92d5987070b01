"""Pages editors work in: their timelines and the events proposed on each."""

from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from timeline.models import Timeline
from timeline.roles import editor_required


@require_GET
@editor_required
def timeline_list(request):
    return render(
        request, "timeline/review/timeline_list.html", {"timelines": Timeline.objects.all()}
    )


@require_GET
@editor_required
def timeline_review(request, slug: str):
    timeline = get_object_or_404(Timeline, slug=slug)
    events = timeline.events.live().in_date_order()
    return render(
        request, "timeline/review/timeline.html", {"timeline": timeline, "events": events}
    )
