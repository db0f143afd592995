"""What a saved page shows around its article that the extractor left out: the brief's removed lines for a page.

trafilatura returns only the text it keeps, so what it dropped is found by difference: every block of the
page's visible text (a paragraph, list item, heading, caption, table cell) that does not occur in the
extracted text. Only blocks of a few words count (menus of one-word links are not worth listing), and the
list is bounded, so a page of a thousand teasers still gives a brief of bounded size.
"""
from __future__ import annotations

from generator.markdown_text import fold_text

#: Elements whose own text is one block of the page.
BLOCK_TAGS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "blockquote", "td", "dd", "dt"})
#: Elements whose text is never shown, or is a form the reader fills in.
HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "form", "select", "option", "button"})
#: A block of fewer words is a menu entry or a button, not worth listing.
MIN_WORDS = 3
#: At most this many lines are listed per page, each cut to MAX_CHARS.
MAX_LINES = 60
MAX_CHARS = 300


def left_out(tree: object, extracted: str) -> tuple[str, ...]:
    """The page's text blocks that are not in the extracted text, in page order, without repeats, bounded."""
    kept = fold_text(extracted).casefold()
    found: list[str] = []
    seen: set[str] = set()
    for element in tree.iter(*BLOCK_TAGS):
        if len(found) >= MAX_LINES:
            break
        # lxml filters by tag itself: no Python object is made for each ancestor or descendant of another tag.
        if next(element.iterancestors(*HIDDEN_TAGS), None) is not None:
            continue
        if next(element.iterdescendants(*BLOCK_TAGS), None) is not None:
            continue  # a container: its inner blocks are judged one by one
        text = fold_text(element.text_content())
        key = text.casefold()
        if len(text.split()) < MIN_WORDS or key in seen or key in kept:
            continue
        seen.add(key)
        found.append(text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 1].rstrip() + "…")
    return tuple(found)
