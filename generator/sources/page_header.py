"""A saved page's header: the short lines its template prints around the headline (rubric, writer, date) that the
extractor left out, read in page order from the headline's element to the first paragraph it kept.

A page's headline stands in a header of a few short lines — "Politics / Post By : 8th May 2024" over it, "Jane Roe,
Sept 27, 2020" or "Written By Jane Roe November 6, 2023" under it — which extractors drop with the menus. The brief
reads its byline from them, as the paste cleaner reads a pasted page's header.
"""
from __future__ import annotations

import re

from generator.markdown_text import fold_text
from generator.sources.bylines import by_name, dated_name, is_byline

#: Elements a headline is printed in.
HEADLINE_TAGS = ("h1", "h2")
#: Elements whose text is never shown.
_HIDDEN = frozenset({"script", "style", "noscript", "template", "title", "select", "option", "button"})
#: How many header lines are read on either side of the headline, and how long one may be.
MAX_LINES, MAX_WORDS = 3, 16


def header_lines(tree: object, title: str | None, extracted: str) -> tuple[str, ...]:
    """The page's short lines next to its headline (those over it nearest first, then those under it) that are not text."""
    if not title:
        return ()
    wanted = fold_text(title).casefold()
    headline = next((h for h in tree.iter(*HEADLINE_TAGS) if fold_text(h.text_content()).casefold() == wanted), None)
    if headline is None:
        return ()
    kept = fold_text(extracted).casefold()
    lines = _visible_lines(tree)
    at = next((i for i, (element, _) in enumerate(lines) if element is headline), None)
    if at is None:
        return ()
    over = _header_side(reversed(lines[:at]), kept)
    under = _header_side(lines[at + 1:], kept)
    return tuple(over + under)


def _header_side(lines, kept: str) -> list[str]:
    found: list[str] = []
    for _, text in lines:
        if len(found) >= MAX_LINES or text.casefold() in kept or len(text.split()) > MAX_WORDS:
            break  # the text, or a paragraph the extractor left out: the header ends there
        found.append(text)
    return found


def _visible_lines(tree: object) -> list[tuple[object, str]]:
    """The page's lines of text in page order, each with the element it is the text (or the text after) of."""
    lines: list[tuple[object, str]] = []
    # One walk in page order that carries down whether a hidden element or a headline encloses each element: asking
    # every element for its ancestors instead made a page's cost grow with its depth (a fifth of a saved page's build).
    stack: list[tuple[object, bool]] = [(tree.getroot() if hasattr(tree, "getroot") else tree, False)]
    while stack:
        element, in_headline = stack.pop()
        tag = element.tag
        if not isinstance(tag, str) or tag in _HIDDEN:
            continue  # a comment, or a hidden element with all it holds
        if tag in HEADLINE_TAGS:
            lines.append((element, fold_text(element.text_content())))
        elif not in_headline:
            for text in (element.text, element.tail if element.getparent() is not None else None):
                if text and text.strip():
                    lines.append((element, fold_text(" ".join(text.split()))))
        inside = in_headline or tag in HEADLINE_TAGS
        stack.extend((child, inside) for child in reversed(element))
    return lines


def header_byline(lines: tuple[str, ...]) -> str | None:
    """The header line that reads as a byline: a writer's name, by itself, after "By" or with its date ("Written By Jane
    Roe November 6, 2023" as "By Jane Roe November 6, 2023")."""
    lines = tuple(_LABELLED_BY.sub("By ", line) for line in lines)
    return next((line for line in lines if is_byline(line) or by_name(line) or dated_name(line)), None)


#: A byline's label before "by": "Written By", "Posted by", "Story by".
_LABELLED_BY = re.compile(r"^(?:written|posted|story|text|words|report(?:ed)?)\s+by\b:?\s*", re.I)
