"""A saved page of several stories (a section's or a country's page printing each story whole): one article a story.

Each story is printed as a headline, its dek (a standfirst's length, ending no sentence) and the text; a page's own
article has one such header at most, so two make a page of stories. The headings over the first story are the page's
own (its section's name), no story's.
"""
from __future__ import annotations

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


def story_articles(article: Article) -> list[Article]:
    """A page's article as its stories when it prints two or more each under its own header, else the article alone."""
    blocks = article.blocks
    starts = [k for k in range(len(blocks)) if _opens_story(blocks, k)]
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
        headed = _opens_story(blocks, begin)
        removed = article.removed if number == 0 else ()
        stories.append(replace(
            article,
            position=number,
            title=story[0].text if headed else article.title,
            standfirst=story[1].text if headed else article.standfirst,
            blocks=story[2:] if headed else story,
            removed=(*page_heads, *removed) if number == 0 else removed,
        ))
    return stories
