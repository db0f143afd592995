"""A briefing's items: each closed by a link's words on their own line over the item's address ("Read more" /
"<https://...>"), as e-mail newsletters print their short stories.

Two such closings or more make the file a briefing. Each item's headline is the headline-shaped line right over its
text (a kicker, "Crime", may stand over it); an item that runs on right under the last one's address, with no blank
line and no headline, opens there untitled ("Read more" / "<https://...>" / "Microsoft and OpenAI have agreed ...").
"""
from __future__ import annotations

import re
from dataclasses import replace

from generator.model import RemovedReason
from generator.sources.lines import Line, is_body, is_text
from generator.sources.word_lists import read_words

#: The link's words that close an item (data/item_links.txt).
ITEM_LINKS = read_words("item_links")
#: A briefing has at least this many items closed so; one "Read more" is a page's teaser.
MIN_CLOSED_ITEMS = 2
#: An item's text under its headline is this many lines at most (a dek, a short story).
MAX_ITEM_LINES = 4
#: An item running on under the last one's address opens with a sentence at least this long (no label or kicker).
MIN_RUN_ON_WORDS = 8
#: Marks a link's words may carry after them ("Read more »", "Continue reading →").
_TRAILING_MARKS = re.compile(r"[\s»›>→:.…]+$")


#: A link's words and its address on one line: "[Read more](https://...)", "Read more: https://...", "Read more <https://...>".
_INLINE_LINK = re.compile(r"^\[(?P<marked>[^\]\n]{1,40})\]\((?:https?://|www\.)[^)\s]+\)\s*$"
                          r"|^(?P<plain>[^<\[\n]{1,40}?)\s*<?(?:https?://|www\.)\S+>?\s*$")


def _is_item_link(words: str) -> bool:
    """A link's words that close an item ("Read more", "Continue reading »")."""
    return _TRAILING_MARKS.sub("", words).strip().casefold() in ITEM_LINKS


def _closing_end(lines: list[Line], i: int) -> int | None:
    """The last line of an item's closing link at line ``i``: the address right under the link's words, or the line
    itself when it holds both right under the item's text; None when no item closes there."""
    if _is_item_link(lines[i].text) and i + 1 < len(lines) and lines[i + 1].noise == RemovedReason.LINK:
        return i + 1
    # Both on one line, right under the item's text (a related link set apart in an article's body is no item's end).
    inline = _INLINE_LINK.match(lines[i].text) if lines[i].noise is not None and not lines[i].gap_before and i else None
    return i if inline and _is_item_link(inline.group("marked") or inline.group("plain")) else None


def briefing_starts(lines: list[Line]) -> tuple[list[Line], list[int], list[int]]:
    """Where a briefing's items open: the lines (an item's first sentence cut at a link is text, no headline), its
    items' headlines and its untitled openings; none when the file closes fewer than two items so."""
    ends = [(i, closed) for i in range(len(lines)) if (closed := _closing_end(lines, i)) is not None]
    if len(ends) < MIN_CLOSED_ITEMS:
        return lines, [], []
    titled, untitled = [], []
    for end, closed in ends:
        top = end - 1
        while top >= 0 and end - top <= MAX_ITEM_LINES and is_text(lines[top]):
            top -= 1
        head = lines[top] if 0 <= top < end - 1 else None
        if head is not None and head.candidate and head.noise is None and not head.md_level:
            titled.append(top)
        after = closed + 1
        if after < len(lines) and _runs_on(lines, after):
            untitled.append(after)
    return [replace(line, candidate=False) if i in untitled else line for i, line in enumerate(lines)], titled, untitled


def _runs_on(lines: list[Line], i: int) -> bool:
    """The next item's text right under the last one's address: no blank line, a sentence's start, no headline over a
    blank line."""
    line = lines[i]
    if line.gap_before or line.noise is not None or line.md_level or line.words < MIN_RUN_ON_WORDS:
        return False
    headline = line.candidate and (i + 1 == len(lines) or lines[i + 1].gap_before > 0)
    return not headline and (is_body(line) or line.candidate)
