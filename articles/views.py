"""Editor pages for the articles of a timeline: list, upload, paste, one article, its date."""

from django.conf import settings
from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import HttpResponseStopPolling, trigger_client_event

from articles import selectors
from articles.forms import PasteForm, PublishedOnForm, UploadForm
from articles.highlight import Mark, highlight
from articles.ingest import FileTooLarge, read_limited
from articles.ingest.reading import human_size
from articles.models import Article
from articles.services import (
    ArticleBusy,
    Given,
    ImportOutcome,
    article_import_text,
    article_requeue,
    article_set_published_on,
    articles_import_file,
)
from articles.uploads import ArticleSizeLimitHandler, OversizedUpload
from timeline.models import Timeline
from timeline.navigation import return_url
from timeline.roles import editor_required

LIST_TEMPLATE = "articles/article_list.html"
DETAIL_TEMPLATE = "articles/article_detail.html"


def _list_context(request, timeline: Timeline, **extra) -> dict:
    page = selectors.article_page(timeline=timeline, page_number=request.GET.get("page"))
    return {
        "timeline": timeline,
        "page": page,
        "articles": page.object_list,
        "counts": selectors.article_state_counts(timeline=timeline),
        "upload_form": extra.pop("upload_form", None) or UploadForm(),
        "paste_form": extra.pop("paste_form", None) or PasteForm(),
        "max_upload": human_size(settings.ARTICLE_MAX_UPLOAD_BYTES),
        **extra,
    }


@require_GET
@editor_required
def article_list(request, slug: str):
    timeline = get_object_or_404(Timeline, slug=slug)
    context = _list_context(request, timeline)
    if request.htmx:
        # The table's body polls this while anything is pending; 286 tells htmx to stop.
        response_class = HttpResponseStopPolling if not context["counts"].pending else None
        response = render(request, f"{LIST_TEMPLATE}#rows_update", context)
        if response_class:
            return response_class(response.content)
        return response
    return render(request, LIST_TEMPLATE, context)


def _render_outcomes(request, timeline: Timeline, outcomes: list[ImportOutcome], **forms):
    context = _list_context(request, timeline, outcomes=outcomes, **forms)
    if request.htmx:
        return render(request, f"{LIST_TEMPLATE}#import_result", context)
    return render(request, LIST_TEMPLATE, context)


@csrf_exempt
@require_POST
def article_upload(request, slug: str):
    # The size limit must be in place before anything reads the body, and the CSRF
    # middleware reads it: so the check is made inside, once the handler is installed.
    request.upload_handlers.insert(0, ArticleSizeLimitHandler(request))
    return _article_upload(request, slug)


@csrf_protect
@editor_required
def _article_upload(request, slug: str):
    timeline = get_object_or_404(Timeline, slug=slug)
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render_outcomes(request, timeline, [], upload_form=form)
    given = Given(
        source=form.cleaned_data["source"], published_on=form.cleaned_data["published_on"]
    )
    outcomes: list[ImportOutcome] = []
    for upload in form.cleaned_data["files"]:
        try:
            if isinstance(upload, OversizedUpload):
                raise FileTooLarge(upload.limit)
            data = read_limited(upload.chunks(), settings.ARTICLE_MAX_UPLOAD_BYTES)
        except FileTooLarge as too_large:
            outcomes.append(ImportOutcome(upload.name, ImportOutcome.REJECTED, too_large.reason))
            continue
        outcomes += articles_import_file(
            timeline=timeline,
            filename=upload.name,
            data=data,
            given=given,
            created_by=request.user,
        )
    return _render_outcomes(request, timeline, outcomes)


@require_POST
@editor_required
def article_paste(request, slug: str):
    timeline = get_object_or_404(Timeline, slug=slug)
    form = PasteForm(request.POST)
    if not form.is_valid():
        return _render_outcomes(request, timeline, [], paste_form=form)
    outcome = article_import_text(
        timeline=timeline,
        text=form.cleaned_data["text"],
        given=Given(
            title=form.cleaned_data["title"],
            source=form.cleaned_data["source"],
            url=form.cleaned_data["url"],
            published_on=form.cleaned_data["published_on"],
        ),
        created_by=request.user,
    )
    # A saved text leaves the box empty for the next; a refused one stays to be fixed.
    if outcome.status != ImportOutcome.IMPORTED:
        return _render_outcomes(request, timeline, [outcome], paste_form=form, pasted=True)
    response = _render_outcomes(request, timeline, [outcome], pasted=True)
    return trigger_client_event(response, "article-pasted") if request.htmx else response


@require_POST
@editor_required
def article_requeue_view(request, slug: str, article_id: int):
    article = get_object_or_404(
        Article.objects.select_related("timeline"), timeline__slug=slug, pk=article_id
    )
    try:
        article_requeue(article=article)
    except ArticleBusy as busy:
        if not request.htmx:
            messages.error(request, str(busy))
    else:
        if not request.htmx:
            messages.success(request, f"“{article.title}” is queued for extraction again.")
    if request.htmx:
        # The rows come back with polling on, so the pill follows the new run live.
        context = _list_context(request, article.timeline)
        return render(request, f"{LIST_TEMPLATE}#rows_update", context)
    return redirect(return_url(request, _list_url(article.timeline)))


def _list_url(timeline: Timeline) -> str:
    return reverse("articles:article_list", args=[timeline.slug])


def _event_url(timeline: Timeline, event_id: int) -> str:
    try:
        return reverse("review:event", args=[timeline.slug, event_id])
    except NoReverseMatch:
        # Until the review pages have one page per event, the timeline's card stands in.
        return reverse("review:timeline", args=[timeline.slug]) + f"#event-{event_id}"


def _detail_context(article: Article, mention_id: str | None, **extra) -> dict:
    mentions = selectors.article_mentions(article=article)
    for mention in mentions:
        mention.event_url = _event_url(article.timeline, mention.event_id)
    chosen = next((m for m in mentions if str(m.pk) == mention_id), None)
    sentence = (chosen.sentence_start, chosen.sentence_end) if chosen else None
    return {
        "timeline": article.timeline,
        "article": article,
        "mentions": mentions,
        "chosen_mention": chosen,
        "paragraphs": highlight(
            article.body,
            [Mark(mention.timex_start, mention.timex_end, mention) for mention in mentions],
            sentence,
        ),
        "date_form": extra.pop("date_form", None)
        or PublishedOnForm(initial={"published_on": article.published_on}),
        **extra,
    }


@require_GET
@editor_required
def article_detail(request, slug: str, article_id: int):
    article = get_object_or_404(
        Article.objects.select_related("timeline"), timeline__slug=slug, pk=article_id
    )
    if request.htmx and request.htmx.target == "article-state":
        # The state polls while the extraction is pending; 286 ends it once it is not.
        context = {"timeline": article.timeline, "article": article, "mentions_stale": True}
        response = render(request, f"{DETAIL_TEMPLATE}#article_state", context)
        if article.extraction_state in (
            Article.ExtractionState.DONE,
            Article.ExtractionState.FAILED,
        ):
            return HttpResponseStopPolling(response.content)
        return response
    return render(request, DETAIL_TEMPLATE, _detail_context(article, request.GET.get("mention")))


@require_POST
@editor_required
def article_set_date(request, slug: str, article_id: int):
    article = get_object_or_404(
        Article.objects.select_related("timeline"), timeline__slug=slug, pk=article_id
    )
    form = PublishedOnForm(request.POST)
    status = 200
    if form.is_valid():
        try:
            article = article_set_published_on(
                article=article, published_on=form.cleaned_data["published_on"]
            )
        except ArticleBusy as busy:
            form.add_error(None, str(busy))
        else:
            if not request.htmx:
                messages.success(request, "Publication date saved.")
                return redirect(reverse("articles:article_detail", args=[slug, article.pk]))
            form = None
    if form is not None and form.errors:
        status = 200 if request.htmx else 400
    context = _detail_context(article, None, date_form=form)
    if request.htmx:
        return render(request, f"{DETAIL_TEMPLATE}#article_facts", context, status=status)
    return render(request, DETAIL_TEMPLATE, context, status=status)


@require_GET
@editor_required
def article_original(request, slug: str, article_id: int):
    article = get_object_or_404(Article, timeline__slug=slug, pk=article_id)
    if not article.original_file:
        raise Http404("No original file is kept for this article.")
    try:
        handle = article.original_file.open("rb")
    except FileNotFoundError as missing:
        raise Http404("The original file is missing from storage.") from missing
    # Always a download, never rendered: an uploaded page must not run in our origin.
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=article.original_filename or "original",
        content_type="application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
