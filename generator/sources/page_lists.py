"""Lists inside a saved page's article that the extractor dropped: a bulleted run between two kept paragraphs.

trafilatura's precise setting drops many lists of short items without links, even when they stand between two
paragraphs it keeps (a list of meetings, of measures, of a deal's terms). Such a list is the article's: it is
put back as list items after the paragraph before it. A list of links (related stories, tags, a menu) is not.
"""
from __future__ import annotations

from generator.markdown_text import fold_text
from generator.sources.page_blocks import MARKS

#: The page's elements that hold one paragraph of text, and the lists whose items may come back.
PARAGRAPH_TAGS = frozenset({"p", "h2", "h3", "h4", "blockquote"})
LIST_TAGS = frozenset({"ul", "ol"})
HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "form", "nav", "aside", "footer", "header"})
#: A list comes back when it has this many items, each of this many words, and at most this share of its text in links.
MIN_ITEMS = 2
MIN_ITEM_WORDS = 3
MAX_LINK_SHARE = 0.2
#: A paragraph this short says too little to place a list by (a label, a date line).
MIN_ANCHOR_CHARS = 40


def restored_lists(tree: object, text: str) -> str:
    """The extracted text with each dropped list that stood between two kept paragraphs put back after the first."""
    paragraphs = text.split("\n\n")
    folded = [fold_text(part).casefold() for part in paragraphs]
    numbers = {key: number for number, key in reversed(list(enumerate(folded)))}
    inserts: dict[int, list[str]] = {}
    previous: int | None = None
    pending: list[list[str]] = []
    for element in tree.iter(*PARAGRAPH_TAGS, *LIST_TAGS):
        if _hidden(element):
            continue
        if element.tag in LIST_TAGS:
            if previous is not None and (items := _dropped_items(element, folded)):
                pending.append(items)
            continue
        if next(element.iterancestors(*LIST_TAGS), None) is not None:
            continue  # a paragraph inside a list item: judged with its list
        place = _kept_at(fold_text(element.text_content()).casefold(), numbers, folded)
        if place is None:
            pending = []  # a dropped paragraph between: the list is not known to be inside the article
            continue
        if pending and previous is not None and place > previous:
            inserts.setdefault(previous, []).extend(item for items in pending for item in items)
        pending, previous = [], place
    if not inserts:
        return text
    out: list[str] = []
    for number, part in enumerate(paragraphs):
        out.append(part)
        out.extend(MARKS["item"] + item for item in inserts.get(number, ()))
    return "\n\n".join(out)


def _hidden(element: object) -> bool:
    return any(ancestor.tag in HIDDEN_TAGS for ancestor in element.iterancestors())


def _kept_at(key: str, numbers: dict[str, int], folded: list[str]) -> int | None:
    """The number of the extracted paragraph that is this page paragraph, or None when it was dropped or is too short."""
    if len(key) < MIN_ANCHOR_CHARS:
        return None
    if key in numbers:
        return numbers[key]
    # The extractor may join a page's paragraph with its neighbour: a long one is found inside.
    return next((number for number, part in enumerate(folded) if key in part), None) if len(key) >= 80 else None


def _dropped_items(element: object, folded: list[str]) -> list[str]:
    """A list's item texts when none was kept, each long enough, and the list is not one of links; else nothing."""
    items = [item for item in element if getattr(item, "tag", None) == "li"]
    if len(items) < MIN_ITEMS:
        return []
    texts = [fold_text(item.text_content()) for item in items]
    if any(len(text.split()) < MIN_ITEM_WORDS for text in texts):
        return []
    whole = sum(len(text) for text in texts)
    linked = sum(len(fold_text(link.text_content())) for item in items for link in item.iter("a"))
    if whole == 0 or linked > MAX_LINK_SHARE * whole:
        return []
    keys = [text.casefold() for text in texts]
    if any(key in part for key in keys for part in folded):
        return []
    return texts
