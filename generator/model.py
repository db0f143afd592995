"""Immutable data passed between the pipeline stages."""
from __future__ import annotations

import copyreg
from dataclasses import dataclass, field, fields
from datetime import date
from enum import StrEnum
from operator import attrgetter
from types import MappingProxyType
from typing import Any, Mapping

EMPTY: Mapping[str, object] = MappingProxyType({})

#: The kinds of article; frontmatter may declare one, the annotators otherwise pick one.
KINDS = ("news", "interview", "opinion", "analysis")


def read_only(values: dict) -> Mapping:
    """A read-only view of a dict (how read-only mappings are rebuilt from a pickle)."""
    return MappingProxyType(values)


# Read-only mappings travel to worker processes and into the caches as copies, read-only again on arrival.
copyreg.pickle(MappingProxyType, lambda mapping: (read_only, (dict(mapping),)))


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """One readable source file: decoded text plus frontmatter metadata."""

    path: str  # POSIX path relative to the sources folder
    text: str
    meta: Mapping[str, object] = field(default_factory=lambda: EMPTY)
    digest: str = ""
    # Documents pasted one after another in the file, each with its own metadata: (where in ``text`` it starts, its
    # metadata); empty for a file of one document, whose metadata is ``meta``.
    posts: tuple[tuple[int, Mapping[str, object]], ...] = ()


@dataclass(frozen=True, slots=True)
class SourceError:
    """A source file that could not become any brief, with a message for the editor."""

    path: str
    message: str


@dataclass(frozen=True, slots=True)
class Block:
    """A unit of cleaned article text: a paragraph or a section heading."""

    kind: str  # "paragraph" | "heading"
    text: str
    form: str = ""  # how a saved page set the paragraph: "" plain, "item" of a list, "quote" (a block quote)


class RemovedReason(StrEnum):
    """Why the cleaner removed a line; the values are printed in each brief's provenance, so never reword one."""

    REPEATED = "repeated headline"
    CAPTION = "photo caption"
    COUNTER = "share counter or stray token"
    NAVIGATION = "site navigation"
    DISCLAIMER = "disclaimer"
    WIDGET = "comment, share or subscription widget"
    AFTER_END = "after the article's end (teaser, related link or widget)"
    DUPLICATE = "duplicate paragraph"
    BYLINE = "byline"
    BIO = "author bio"
    LEAD_IN = "lead-in to quoted copy"
    TIMESTAMP = "date or time stamp"
    CREDITS = "credits or copyright line"
    LINK = "bare link"
    RELATED = "related links"
    OVERLONG = "overlong line cut"
    REPEATED_WIDGET = "line repeated between paragraphs (advertising or widget)"
    CODE = "style sheet or script text"
    LEFT_OUT = "page text the extractor left out (menus, teasers, captions, comments)"
    END_MARK = "end mark of a release"
    CLASSIFIED = "scored as furniture by the line classifier"
    NOTE = "footnote"
    OTHER_LANGUAGE = "text in another language than the article's (a translation or summary)"


@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A line the cleaner dropped, with the reason, kept as provenance."""

    text: str
    reason: RemovedReason
    note: str = ""  # what else tells why: the line classifier's score


@dataclass(frozen=True, slots=True)
class Article:
    """One article cut out of a source file and cleaned."""

    source: str
    position: int  # index of the article within its source file
    title: str | None
    blocks: tuple[Block, ...]
    removed: tuple[RemovedLine, ...] = ()
    standfirst: str | None = None
    byline: str | None = None
    bio: str | None = None
    bio_at_end: bool = False  # an analyst's bio after the text, not a columnist's introduction
    dateline: str | None = None
    meta: Mapping[str, object] = field(default_factory=lambda: EMPTY)
    # The lines the cleaner removed from the rest of the source file (its masthead, footer, the other articles' chrome):
    # the page's own name for its site may sit there. Evidence for the outlet only; the provenance shows ``removed``.
    page_chrome: tuple[RemovedLine, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """Evidence that a term occurs in a brief: the sentence and the paragraph it is in."""

    taxonomy: str
    key: str
    surface: str
    block: int
    sentence: str


@dataclass(frozen=True, slots=True)
class PersonRef:
    """A person as one brief describes them."""

    key: str
    name: str
    role: str | None
    country: str | None


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote and who said it (speaker None when the text does not say)."""

    text: str
    speaker: str | None  # person key
    speaker_name: str | None
    block: int


@dataclass(frozen=True, slots=True)
class Figure:
    """A key figure (money, percentage, count...) with its sentence; ``places``: the other paragraphs it is in."""

    text: str
    kind: str
    sentence: str
    block: int
    places: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """A dated reference: an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), its wording and sentence."""

    date: str
    text: str
    sentence: str
    block: int


@dataclass(frozen=True, slots=True)
class Discovery:
    """A name an annotator found that the knowledge base does not know yet."""

    taxonomy: str
    key: str
    name: str
    sentence: str
    country: str | None = None  # the state an institution belongs to ("Israeli Foreign Ministry": IL)


@dataclass(frozen=True, slots=True)
class Annotations:
    """Everything the annotators found in one article."""

    outlet: str | None = None  # outlet key or free name
    author: str | None = None
    published: date | None = None
    dateline_place: str | None = None
    kind: str = "news"
    summary: str = ""
    key_points: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    people: tuple[PersonRef, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    events: tuple[Event, ...] = ()
    discoveries: tuple[Discovery, ...] = ()

    @property
    def published_iso(self) -> str | None:
        """The publication date as YYYY-MM-DD, or None when the brief is undated."""
        return self.published.isoformat() if self.published else None


@dataclass(frozen=True, slots=True)
class Brief:
    """An annotated article with its stable identifier."""

    id: str
    article: Article
    notes: Annotations
    digest: str = ""  # hash of the article, knowledge base and annotator code the notes come from

    @property
    def title(self) -> str:
        return self.article.title or _untitled(self.article)

    @property
    def doubts(self) -> tuple[str, ...]:
        """Why the saved page this brief comes from may not be an article (empty for every other brief)."""
        doubts = self.article.meta.get("doubts")
        return tuple(doubts) if isinstance(doubts, (tuple, list)) else ()

    def terms(self, taxonomy: str) -> tuple[str, ...]:
        """Keys of the terms of one taxonomy this brief mentions, in first-mention order."""
        return tuple(dict.fromkeys(m.key for m in self.notes.mentions if m.taxonomy == taxonomy))


def _untitled(article: Article) -> str:
    first = next((b.text for b in article.blocks if b.kind == "paragraph"), "")
    words = first.split()
    return "Untitled: " + " ".join(words[:10]) + ("…" if len(words) > 10 else "")


@dataclass(frozen=True, slots=True)
class Term:
    """A term of a taxonomy: a country, an initiative, a person, an organisation..."""

    taxonomy: str
    key: str
    name: str
    description: str = ""
    confirmed: bool = True  # False when discovered in the text but not in the knowledge base
    aliases: tuple[str, ...] = ()
    attributes: Mapping[str, object] = field(default_factory=lambda: EMPTY)


def _pickle_by_constructor(cls: type) -> None:
    """Pickle a frozen dataclass as a constructor call: several times faster to load than its default state."""
    names = [f.name for f in fields(cls)]
    getter = attrgetter(*names)
    if len(names) == 1:
        cls.__reduce__ = lambda self: (cls, (getter(self),))  # type: ignore[method-assign]
    else:
        cls.__reduce__ = lambda self: (cls, getter(self))  # type: ignore[method-assign]


# Caches and worker processes move many thousands of these; loading them is on every rebuild's path.
for _model in (SourceDocument, SourceError, Block, RemovedLine, Article, Mention, PersonRef, Quote, Figure, Event,
               Discovery, Annotations, Brief, Term):
    _pickle_by_constructor(_model)


@dataclass(frozen=True, slots=True)
class Pagination:
    """One page of a long list: the newest items, or one archive page of older ones."""

    number: int  # 1 for the newest page, then the archive pages in navigation order
    label: str  # how the navigation names this page: "Newest", or the dates it covers
    items: tuple[Any, ...]
    path: str
    pages: tuple[tuple[str, str], ...]  # (path, label) of every page of the list, newest first


@dataclass(frozen=True, slots=True)
class PageJob:
    """One file to generate: its path, what produces it (a template or a data writer) and its own values."""

    path: str
    producer: str  # a template in templates/ ("brief.md.j2") or a key of WRITERS
    values: Mapping[str, Any]
