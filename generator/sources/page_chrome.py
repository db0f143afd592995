"""What a file's articles share once split: the frontmatter's title, and the page chrome around the other articles."""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice
from typing import Mapping

from generator.model import Article, RemovedLine, RemovedReason
from generator.sources.headers import MIN_STANDFIRST_WORDS
from generator.sources.lines import normalise_line
from generator.sources.title_lines import same_headline

#: A post's file name written as its title ("Learning-the-English-1", "my_first_post"): words joined without spaces.
_SLUG = re.compile(r"\w+(?:[-_]\w+)+")


def apply_frontmatter(articles: list[Article], meta: Mapping[str, object]) -> list[Article]:
    """A frontmatter title overrides the detected one when the file holds a single article, but a slug the blog's tool wrote
    for a title gives way to the headline the text prints; a detected line that is not the headline again is the standfirst
    when it is a sentence's length and none was found, else stays among the removed lines, the evidence it is ("Do Portal
    Terra", a source line over the text)."""
    title = meta.get("title")
    if isinstance(title, str) and _SLUG.fullmatch(title.strip()) and len(articles) == 1 and articles[0].title:
        return articles
    if isinstance(title, str) and title.strip() and len(articles) == 1:
        article, title = articles[0], normalise_line(title, 500)
        detected = article.title
        if not detected or same_headline(detected, title):
            return [replace(article, title=title)]
        if article.standfirst is None and len(detected.split()) >= MIN_STANDFIRST_WORDS:
            return [replace(article, title=title, standfirst=detected)]
        return [replace(article, title=title, removed=(RemovedLine(detected, RemovedReason.NAVIGATION), *article.removed))]
    return articles


#: Lines of the rest of the page each article keeps, half from its top and half from its bottom (masthead, footer):
#: a file of many articles must not give each one every other article's lines.
MAX_PAGE_CHROME_LINES = 300


def share_page_chrome(articles: list[Article]) -> list[Article]:
    """Each article of a file with the lines the cleaner removed around the other articles: the page's own chrome."""
    if len(articles) < 2:
        return articles
    page = [(number, line) for number, article in enumerate(articles) for line in article.removed]
    half = MAX_PAGE_CHROME_LINES // 2
    shared: list[Article] = []
    for number, article in enumerate(articles):
        # Walks stop after ``half`` lines of the others, so a long file costs each article a bounded number of steps.
        head = list(islice((line for owner, line in page if owner != number), half))
        tail = list(islice((line for owner, line in reversed(page) if owner != number), half))[::-1]
        others = len(page) - len(article.removed)
        rest = head + tail[max(0, len(head) + len(tail) - others):]  # a short page: the tail repeats none of the head
        shared.append(replace(article, page_chrome=tuple(rest)))
    return shared
