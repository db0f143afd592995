"""Feeds: RSS 2.0 (made with feedgen) and JSON Feed 1.1, for all briefs and per country and initiative."""
from __future__ import annotations

import html
import json
from datetime import datetime, time, timezone
from typing import Iterable, Sequence

from feedgen.feed import FeedGenerator

from generator.index.records import SiteIndex
from generator.model import Brief, Term
from generator.urls import brief_path, html_path

#: Newest briefs per feed; readers poll feeds, so they stay small at any corpus size.
FEED_LIMIT = 50
FEED_TAXONOMIES = ("countries", "initiatives")
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def feed_path(term: Term | None, extension: str) -> str:
    """Where a feed lives: feeds/all.xml or feeds/<taxonomy>/<key>.xml."""
    if term is None:
        return f"feeds/all.{extension}"
    return f"feeds/{term.taxonomy}/{term.key.lower()}.{extension}"


def _absolute(site_url: str, path: str) -> str:
    return site_url.rstrip("/") + "/" + html_path(path)


def _published(brief: Brief) -> datetime | None:
    day = brief.notes.published
    return datetime.combine(day, time(12), tzinfo=timezone.utc) if day else None


def rss_feed(title: str, description: str, briefs: Sequence[Brief], site_url: str, self_path: str) -> str:
    """An RSS 2.0 document; undated briefs simply have no pubDate (RSS allows it)."""
    generator = FeedGenerator()
    generator.title(title)
    generator.description(description)
    generator.link(href=site_url, rel="alternate")
    generator.link(href=_absolute(site_url, self_path), rel="self")
    generator.language("en")
    generator.generator("briefing")
    generator.docs("https://www.rssboard.org/rss-specification")
    dates = [d for d in (_published(b) for b in briefs) if d]
    # Deterministic: the newest brief's date, never the time of the build.
    generator.lastBuildDate(max(dates) if dates else EPOCH)
    for brief in reversed(briefs):  # feedgen prepends entries
        entry = generator.add_entry()
        url = _absolute(site_url, brief_path(brief.id))
        entry.guid(url, permalink=True)
        entry.title(brief.title)
        entry.link(href=url)
        # Feed readers render <description> as HTML: the summary is text, so it goes in HTML-escaped.
        entry.description(html.escape(brief.notes.summary or brief.title))
        published = _published(brief)
        if published:
            entry.pubDate(published)
    return generator.rss_str(pretty=True).decode("utf-8")


def json_feed(title: str, briefs: Iterable[Brief], site_url: str, self_path: str) -> str:
    """A JSON Feed 1.1 document."""
    items = []
    for brief in briefs:
        url = _absolute(site_url, brief_path(brief.id))
        item = {"id": url, "url": url, "title": brief.title, "content_text": brief.notes.summary or brief.title}
        published = _published(brief)
        if published:
            item["date_published"] = published.isoformat()
        if brief.notes.author:
            item["authors"] = [{"name": brief.notes.author}]
        items.append(item)
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": title,
        "home_page_url": site_url,
        "feed_url": _absolute(site_url, self_path),
        "items": items,
    }
    return json.dumps(document, ensure_ascii=False) + "\n"


def feed_subjects(index: SiteIndex) -> list[tuple[Term | None, str, str, tuple[Brief, ...]]]:
    """(term or None for all briefs, title, description, newest briefs) of every feed."""
    subjects: list[tuple[Term | None, tuple[Brief, ...]]] = [(None, tuple(index.briefs[:FEED_LIMIT]))]
    for taxonomy in FEED_TAXONOMIES:
        for term in index.terms_of(taxonomy):
            postings = index.postings[(term.taxonomy, term.key)][:FEED_LIMIT]
            subjects.append((term, tuple(index.by_id[p.brief_id] for p in postings)))
    return [
        (term, "Briefing: all briefs" if term is None else f"Briefing: {term.name}",
         "Newest annotated briefs" + ("" if term is None else f" that mention {term.name}"), briefs)
        for term, briefs in subjects
    ]
