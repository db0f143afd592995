"""Stage 2a''': a column of teasers, each over its date stamp: other articles' headlines, never text; teasers and a
preface around a page's article, which make no brief of their own."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.model import Article, RemovedReason
from generator.sources.lines import Line, is_finished

#: Teasers in a row, each over its own date stamp, that make a list of other articles (a "Latest" column).
MIN_DATED_TEASERS = 3
#: A teaser's date stamp sits at most this many lines under it (a section label between).
TEASER_STAMP_DISTANCE = 2
#: A teaser's headline is at most this long.
MAX_TEASER_HEADLINE_WORDS = 40


def mark_dated_teasers(lines: list[Line]) -> list[Line]:
    """Unfinished lines stacked each over its date stamp, three or more in a row, are teasers of other articles.

    A live blog's stamps stand over their paragraphs, which end as sentences do; a teaser's headline does not.
    """
    units: list[tuple[int, int]] = []  # (teaser, its stamp)
    for j, line in enumerate(lines):
        if line.noise != RemovedReason.TIMESTAMP or line.gap_before:
            continue
        teaser = next((k for k in range(j - 1, max(-1, j - 1 - TEASER_STAMP_DISTANCE), -1) if lines[k].noise is None), None)
        if teaser is None or any(lines[k].gap_before or lines[k].noise is None for k in range(teaser + 1, j)):
            continue
        if lines[teaser].words <= MAX_TEASER_HEADLINE_WORDS and not is_finished(lines[teaser].text):
            units.append((teaser, j))
    marked = list(lines)
    run: list[tuple[int, int]] = []
    for unit in units + [(-2, -2)]:  # a sentinel closes the last run
        if run and unit[0] == run[-1][1] + 1 and lines[unit[0]].gap_before == 0:
            run.append(unit)
            continue
        if len(run) >= MIN_DATED_TEASERS:
            for teaser, _ in run:
                marked[teaser] = replace(lines[teaser], noise=RemovedReason.RELATED, candidate=False)
        run = [unit]
    return marked


#: A titled article this small, with no byline or dateline, is a teaser box (a headline and its summary or two), not an
#: article: a second article pasted after the first has a header or several paragraphs of text.
MAX_TEASER_BLOCKS = 4
MAX_TEASER_BOX_WORDS = 100
#: ... when the page's article is this many times longer at least (a file of short pieces has no teaser among them).
MIN_ARTICLE_TO_TEASER = 3


def _words(article: Article | None) -> int:
    return sum(len(block.text.split()) for block in article.blocks) if article is not None else 0


def _is_teaser(article: Article | None) -> bool:
    """A titled article of a line or two of text and no header of its own, nor a release's end mark ("###") closing it."""
    if article is None or not article.blocks or article.title is None or article.byline or article.dateline or article.bio:
        return False
    if any(line.reason is RemovedReason.END_MARK for line in article.removed):
        return False
    lead = next((block.text for block in article.blocks if block.kind == "paragraph"), "")
    if said_again(article.title, lead):
        return False  # a lead saying its headline again opens an article, as official sites and wires write it
    return len(article.blocks) <= MAX_TEASER_BLOCKS and _words(article) <= MAX_TEASER_BOX_WORDS


#: The words a lead must open on, the headline's own first words, to say the headline again (a readout's "On June 25, Vladimir
#: Putin will meet with ..." over "On June 25, Vladimir Putin will meet with President of the Republic of ...").
MIN_ECHOED_WORDS = 6
_WORD = re.compile(r"[\w'’-]+")


def said_again(headline: str, lead: str) -> bool:
    """True when a lead opens on its headline's first words and goes on past them: the headline said again as the text's
    first sentence, never a subheading's (a section says something new) nor a teaser's summary."""
    head, words = _WORD.findall(headline.casefold()), _WORD.findall(lead.casefold())
    return len(head) >= MIN_ECHOED_WORDS and len(words) > len(head) and words[:MIN_ECHOED_WORDS] == head[:MIN_ECHOED_WORDS]


def teaser_segments(articles: list[Article | None]) -> set[int]:
    """Indexes of the teasers before a file's first real article or after its last one (between two, a small piece
    may be the text a box cut off its article: it stays), when the longest article dwarfs them."""
    teasers = {number for number, article in enumerate(articles) if _is_teaser(article)}
    real = [number for number, article in enumerate(articles) if article is not None and article.blocks and number not in teasers]
    if not real:
        return set()
    longest = max(_words(articles[number]) for number in real)
    return {
        number for number in teasers
        if (number < real[0] or number > real[-1]) and _words(articles[number]) * MIN_ARTICLE_TO_TEASER <= longest
    }


#: An untitled opening this short, before a titled article, is a preface (a blog's word on the pieces it reposts).
PREFACE_MAX_PARAGRAPHS = 3
PREFACE_MAX_WORDS = 250


def fold_preface(articles: list[Article]) -> list[Article]:
    """A short untitled opening followed by a titled article becomes that article's standfirst, not a brief of its own."""
    if len(articles) < 2 or articles[0].title or not articles[1].title or articles[1].standfirst:
        return articles
    preface = articles[0]
    paragraphs = [b.text for b in preface.blocks if b.kind == "paragraph"]
    if len(paragraphs) != len(preface.blocks) or len(paragraphs) > PREFACE_MAX_PARAGRAPHS:
        return articles
    text = " ".join(paragraphs)
    if len(text.split()) > PREFACE_MAX_WORDS:
        return articles
    # The preface's own removed lines stay with the article, so the provenance still shows every dropped line.
    first = replace(articles[1], position=0, standfirst=text, removed=preface.removed + articles[1].removed)
    return [first] + [replace(article, position=number) for number, article in enumerate(articles[2:], start=1)]
