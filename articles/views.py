"""Editor pages for the articles of a timeline."""

from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from timeline.models import Timeline
from timeline.roles import editor_required


@require_GET
@editor_required
def article_list(request, slug: str):
    timeline = get_object_or_404(Timeline, slug=slug)
    articles = timeline.articles.defer("body")
    return render(
        request, "articles/article_list.html", {"timeline": timeline, "articles": articles}
    )
