"""Which files the site needs: every page and data file as a PageJob, long lists cut into pages; nothing rendered yet."""
from __future__ import annotations

from typing import Any, Callable, Sequence

from generator.incremental.memory import RenderMemory
from generator.index.records import SiteIndex
from generator.knowledge.taxonomies import TAXONOMIES
from generator.model import Brief, PageJob, Pagination
from generator.render.feeds import feed_path, feed_subjects
from generator.urls import (
    BRIEFS_INDEX,
    DATA_BRIEFS,
    DATA_FACETS,
    DATA_REPORT,
    HOME,
    REPORT,
    TIMELINE,
    archive_path,
    brief_path,
    taxonomy_path,
    term_path,
    timeline_path,
)


def paginate(items: Sequence[Any], size: int, first_path: str, date_of: Callable[[Any], str] = lambda item: "") -> list[Pagination]:
    """A long list (newest first, undated last) as pages: the newest ``size`` items, then archive pages.

    Archive pages are cut from the oldest end (undated items apart, after them), so a new article changes
    the first page and the newest archive page only: every older archive page keeps its path and content.
    """
    items = tuple(items)
    older = [(item, date_of(item)) for item in items[size:]]
    dated = [(item, day) for item, day in older if day != UNDATED][::-1]  # oldest first
    undated = tuple(item for item, day in older if day == UNDATED)
    archive = []
    for number, start in enumerate(range(0, len(dated), size), start=1):
        chunk = dated[start:start + size]
        first, last = chunk[0][1], chunk[-1][1]
        # A page still filling up is named by where it starts only, so its name holds until it is full.
        label = (first if first == last else f"{first} – {last}") if len(chunk) == size else f"from {first}"
        archive.append((archive_path(first_path, number), label, tuple(item for item, _ in reversed(chunk))))  # newest first
    archive.reverse()  # newest first in the navigation
    for number, start in enumerate(range(0, len(undated), size), start=1):
        label = UNDATED if len(undated) <= size else f"{UNDATED} {number}"
        archive.append((archive_path(first_path, number, undated=True), label, undated[start:start + size]))
    pages = ((first_path, "Newest"), *((path, label) for path, label, _ in archive))
    return [Pagination(1, "Newest", items[:size], first_path, pages)] + [
        Pagination(number, label, bucket, path, pages) for number, (path, label, bucket) in enumerate(archive, start=2)
    ]


UNDATED = "undated"


def brief_date(brief: Brief) -> str:
    """A brief's publication date as a page label, or 'undated'."""
    return brief.notes.published_iso or UNDATED


#: Rows per page of the briefs list; each page is small whatever the corpus size.
BRIEFS_PER_PAGE = 100


#: Briefs per page of a term page: a country in thousands of briefs gets several small pages.
TERM_BRIEFS_PER_PAGE = 50


#: Dated events listed on a term page (newest first).
TERM_EVENTS_LIMIT = 100


#: Dated references on the timeline's front page; each year has a page with all of its own.
TIMELINE_LATEST = 100


#: Briefs listed on the home page.
LATEST_ON_HOME = 10


TOP_TERMS_ON_HOME = 10


def plan_pages(index: SiteIndex, memory: RenderMemory | None = None) -> list[PageJob]:
    """Every file the site needs, in a fixed order; nothing is rendered yet."""
    before = memory.pages if memory is not None else {}
    pages: dict[tuple[int, str], tuple[Sequence[Any], list[Pagination]]] = {}

    def paginated(items: Sequence[Any], size: int, first_path: str, date_of: Callable[[Any], str]) -> list[Pagination]:
        # The same (immutable) list gives the same pages: an item's date cannot change while the item is the same object.
        key = (id(items), first_path)
        found = before.get(key)
        if found is None or found[0] is not items:
            found = (items, paginate(items, size, first_path, date_of))
        pages[key] = found
        return found[1]

    jobs = [PageJob(HOME, "home.md.j2", {"latest": index.briefs[:LATEST_ON_HOME], "top": TOP_TERMS_ON_HOME})]
    for page in paginated(index.briefs, BRIEFS_PER_PAGE, BRIEFS_INDEX, brief_date):
        jobs.append(PageJob(page.path, "briefs_index.md.j2", {"page": page, "facets_script": DATA_FACETS}))
    jobs.append(PageJob(REPORT, "report.md.j2", {}))
    jobs.append(PageJob(TIMELINE, "timeline.md.j2", {"latest": TIMELINE_LATEST}))
    for year in index.timeline:
        jobs.append(PageJob(timeline_path(year), "timeline_year.md.j2", {"year": year}))
    for brief in index.briefs:
        related = tuple(index.by_id[i] for i in index.related[brief.id])
        jobs.append(PageJob(brief_path(brief.id), "brief.md.j2", {"brief": brief, "related": related}))
    for taxonomy in TAXONOMIES:
        terms = index.terms_of(taxonomy.name)
        jobs.append(PageJob(taxonomy_path(taxonomy.name), "taxonomy.md.j2", {"taxonomy": taxonomy, "terms": terms}))
        for term in terms:
            postings = index.postings[(term.taxonomy, term.key)]
            for page in paginated(postings, TERM_BRIEFS_PER_PAGE, term_path(term), lambda p: brief_date(index.by_id[p.brief_id])):
                jobs.append(PageJob(page.path, "term.md.j2", {"taxonomy": taxonomy, "term": term, "page": page}))
    for term, title, description, briefs in feed_subjects(index):
        for extension in ("xml", "json"):
            values = {"title": title, "description": description, "briefs": briefs, "self_path": feed_path(term, extension)}
            jobs.append(PageJob(feed_path(term, extension), f"feed.{extension}", values))
    jobs += [PageJob(DATA_BRIEFS, "data.briefs", {}), PageJob(DATA_FACETS, "data.facets", {}), PageJob(DATA_REPORT, "data.report", {})]
    if memory is not None:
        memory.pages = pages
    return jobs
