"""A saved page of several stories (a section's or a country's page printing each story whole): one article a story.

Each story is printed as a headline, its dek (a standfirst's length, ending no sentence) and the text; a page's own
article has one such header at most, so two make a page of stories. So do two top-level headlines (<h1>) or more each
over its text: a page's own article has one, its subheadings are <h2> and below. The headings over the first story are
the page's own (its section's name), no story's.
"""
from __future__ import annotations

import re
from dataclasses import replace

from generator.model import Article, Block, RemovedLine, RemovedReason
from generator.sources.lines import MIN_BODY_WORDS, count_words, is_finished

#: Words a story's headline and its dek have at least (a subheading over a list's label is neither).
MIN_STORY_HEADLINE_WORDS = 5
MIN_DEK_WORDS = 6
#: Words a dek has at most (a standfirst's length), and the marks a paragraph leading into what follows ends on (a list's
#: or a quotation's lead-in under a subheading is no dek).
MAX_DEK_WORDS = 45
_LEAD_IN_ENDS = (":", ";", ",", "—", "–", "-")
#: Story headers a page needs to be a page of stories.
MIN_STORIES = 2


def _opens_story(blocks: tuple[Block, ...], k: int) -> bool:
    """True when block ``k`` is a headline over its dek and a paragraph of text."""
    if k + 2 >= len(blocks):
        return False
    headline, dek, lead = blocks[k : k + 3]
    return (headline.kind == "heading" and count_words(headline.text) >= MIN_STORY_HEADLINE_WORDS and not headline.text.endswith(":")
            and dek.kind == "paragraph" and not dek.form and MIN_DEK_WORDS <= count_words(dek.text) <= MAX_DEK_WORDS
            and not is_finished(dek.text) and not dek.text.rstrip().endswith(_LEAD_IN_ENDS)
            and lead.kind == "paragraph" and count_words(lead.text) >= MIN_BODY_WORDS and is_finished(lead.text))


_NOT_WORD = re.compile(r"\W+")


def _heading_key(text: str) -> str:
    """A heading's words, however the extractor spaced and marked them."""
    return _NOT_WORD.sub(" ", text).strip().casefold()


def top_headlines(tree: object) -> tuple[str, ...]:
    """The texts of a parsed page's top-level headlines (<h1>), in page order; none when it has one at most."""
    texts = tuple(text for element in tree.iter("h1") if (text := " ".join("".join(element.itertext()).split())))
    return texts if len(texts) >= MIN_STORIES else ()


def _opens_headed_story(blocks: tuple[Block, ...], k: int, headlines: frozenset[str]) -> bool:
    """True when block ``k`` is one of the page's top-level headlines, a headline's length, over a paragraph of text."""
    return (k + 1 < len(blocks) and blocks[k].kind == "heading" and _heading_key(blocks[k].text) in headlines
            and count_words(blocks[k].text) >= MIN_STORY_HEADLINE_WORDS
            and blocks[k + 1].kind == "paragraph" and count_words(blocks[k + 1].text) >= MIN_BODY_WORDS)


def story_articles(article: Article, headlines: tuple[str, ...] = ()) -> list[Article]:
    """A page's article as its stories when it prints two or more each under its own header (a headline over its dek, or
    one of the page's top-level ``headlines`` over its text), else the article alone."""
    blocks = article.blocks
    starts = [k for k in range(len(blocks)) if _opens_story(blocks, k)]
    keys = frozenset(map(_heading_key, headlines))
    headed = [k for k in range(len(blocks)) if _opens_headed_story(blocks, k, keys)]
    if len(headed) >= MIN_STORIES:
        starts = sorted(set(starts) | set(headed))
    if len(starts) < MIN_STORIES:
        return [article]
    page_heads = [RemovedLine(block.text, RemovedReason.NAVIGATION) for block in blocks[: starts[0]] if block.kind == "heading"]
    if len(page_heads) < starts[0]:  # text over the first story's header: the page's own article comes first
        starts = [0, *starts]
        page_heads = []
    bounds = [*starts, len(blocks)]
    stories = []
    for number, (begin, end) in enumerate(zip(bounds, bounds[1:])):
        story = blocks[begin:end]
        with_dek = _opens_story(blocks, begin)
        titled = with_dek or begin in headed
        removed = article.removed if number == 0 else ()
        stories.append(replace(
            article,
            position=number,
            title=story[0].text if titled else article.title,
            standfirst=story[1].text if with_dek else None if titled else article.standfirst,
            blocks=story[2:] if with_dek else story[1:] if titled else story,
            removed=(*page_heads, *removed) if number == 0 else removed,
        ))
    return stories
