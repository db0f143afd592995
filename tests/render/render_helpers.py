"""A tiny site index for the render tests: three briefs, three countries, one initiative, one discovered organisation."""
from __future__ import annotations

from datetime import date
from types import MappingProxyType

from generator.index.records import SiteIndex
from generator.index.site_index import build_index
from generator.knowledge.base import KnowledgeBase
from generator.model import Annotations, Article, Block, Brief, Discovery, Event, Mention, Term

TINY_KNOWLEDGE = KnowledgeBase(
    terms=MappingProxyType({
        ("countries", "JP"): Term("countries", "JP", "Japan"),
        ("countries", "SA"): Term("countries", "SA", "Saudi Arabia"),
        ("countries", "RU"): Term("countries", "RU", "Russia"),
        ("initiatives", "manar"): Term("initiatives", "manar", "Manar Initiative"),
        ("outlets", "tass"): Term("outlets", "tass", "TASS"),
    }),
    aliases=(), version="tiny")
#: What the discovered organisation is called in its source: text a contributor wrote, never markup.
HOSTILE_NAME = "<b>Acme</b> & *Sons*"


def tiny_brief(number: int, title: str, paragraphs: tuple[str, ...], mentions: tuple[Mention, ...], published: date | None,
               outlet: str | None = None, discoveries: tuple[Discovery, ...] = (), events: tuple[Event, ...] = ()) -> Brief:
    """A brief with the given text and annotations."""
    article = Article(f"{number}.txt", 0, title, tuple(Block("paragraph", text) for text in paragraphs))
    notes = Annotations(outlet=outlet, published=published, mentions=mentions, discoveries=discoveries, events=events)
    return Brief(f"brief-{number}", article, notes)


def tiny_briefs() -> list[Brief]:
    """Two dated briefs and an undated one."""
    accord = "Japan and Saudi Arabia signed the Manar Initiative; Japan said more would follow."
    return [
        tiny_brief(1, "Japan and Saudi Arabia sign", (accord, "Acme will build it."), (
            Mention("countries", "JP", "Japan", 0, accord),
            Mention("countries", "SA", "Saudi Arabia", 0, accord),
            Mention("initiatives", "manar", "Manar Initiative", 0, accord),
            Mention("relations", "jp-sa", "", 0, accord),
            Mention("countries", "JP", "Japan", 1, "Acme will build it."),
            Mention("organizations", "acme", "Acme", 1, "Acme will build it."),
        ), date(2024, 3, 2), "tass", (Discovery("organizations", "acme", HOSTILE_NAME, "Acme will build it."),),
            (Event("2019-05", "in May 2019", accord, 0),)),
        tiny_brief(2, "Japan talks to Russia", ("Japan and Russia met in Tokyo.",), (
            Mention("countries", "JP", "Japan", 0, "Japan and Russia met in Tokyo."),
            Mention("countries", "RU", "Russia", 0, "Japan and Russia met in Tokyo."),
            Mention("relations", "jp-ru", "", 0, "Japan and Russia met in Tokyo."),
        ), date(2024, 3, 1), "Gulf *Daily*"),
        tiny_brief(3, "Saudi news", ("Saudi Arabia builds.",), (
            Mention("countries", "SA", "Saudi Arabia", 0, "Saudi Arabia builds."),
        ), None),
    ]


def tiny_index() -> SiteIndex:
    """The index of tiny_briefs() over TINY_KNOWLEDGE."""
    return build_index(tiny_briefs(), TINY_KNOWLEDGE, [], [f"{n}.txt" for n in (1, 2, 3)])
