"""Stage 2a'': numbered lists: an item numbered on from the one before it is a list's line, never a headline; a list
the text announces (its first item right under a line of text) is the text's own."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.model import RemovedReason
from generator.sources.lines import Line, is_body, is_text

#: A list item's number at the start of a line: "2) ...", "2. ...".
_NUMBER = re.compile(r"^(\d{1,2})[.)] ")
#: An item's number follows the last one's within this many lines (a link or a picture may stand between two items).
MAX_ITEM_DISTANCE = 3
#: Items a list under a line of text needs to count as the text's own (a product roundup, steps, reasons).
MIN_TEXT_LIST_ITEMS = 3


def unmark_numbered_items(lines: list[Line]) -> list[Line]:
    """Items of a numbered list ("1) ...", "2) ...", no paragraph between them) are not headline-shaped: a list item
    never starts an article. Numbered subheadings, each over its own paragraphs, stay headline-shaped."""
    marked = list(lines)
    last_number, last_at = 0, -MAX_ITEM_DISTANCE - 1
    run: list[int] = []  # the items of the list being read
    for i, line in enumerate(lines):
        match = _NUMBER.match(line.text) if line.text[:1].isdigit() else None
        if not match:
            if is_body(line):
                last_number = 0  # a paragraph between two numbered lines: sections, not a list
                _mark_text_list(lines, marked, run)
                run = []
            continue
        number = int(match.group(1))
        if number == last_number + 1 and i - last_at <= MAX_ITEM_DISTANCE:
            marked[i] = replace(line, candidate=False)
            marked[last_at] = replace(marked[last_at], candidate=False)
            run.append(i)
        else:
            _mark_text_list(lines, marked, run)
            run = [i]
        last_number, last_at = number, i
    _mark_text_list(lines, marked, run)
    return marked


def _mark_text_list(lines: list[Line], marked: list[Line], run: list[int]) -> None:
    """Make a list's items text when it starts at one, right under a line of text (a teaser box has its header there)."""
    if len(run) < MIN_TEXT_LIST_ITEMS or not run[0] or not lines[run[0]].text.startswith(("1)", "1.")) or not is_text(lines[run[0] - 1]):
        return
    for i in run:
        marked[i] = replace(marked[i], noise=None, candidate=False, listed=True)
        # The item's own link under it (a product roundup's shop link) is part of the item, as its text is.
        for j in range(i + 1, min(len(lines), i + MAX_ITEM_DISTANCE)):
            if lines[j].noise != RemovedReason.LINK:
                break
            marked[j] = replace(marked[j], noise=None, candidate=False, listed=True)


#: Words a widget-worded line needs to be an item of a list the text announces: buttons and prompts are shorter.
MIN_ANNOUNCED_ITEM_WORDS = 5


def unmark_announced_items(lines: list[Line]) -> list[Line]:
    """Lines stacked right under a paragraph that ends with a colon are the items it announces ("Here's how:"), text
    though worded as a widget is ("Sign up for the bundle using the same email")."""
    marked = list(lines)
    i = 1
    while i < len(lines):
        if not (is_body(lines[i - 1]) and lines[i - 1].text.endswith(":")):
            i += 1
            continue
        j = i
        while j < len(lines):
            line = lines[j]
            if line.gap_before or line.noise not in (None, RemovedReason.WIDGET) or line.words < MIN_ANNOUNCED_ITEM_WORDS:
                break
            if line.noise is not None:
                marked[j] = replace(line, noise=None, candidate=False, listed=True)
            j += 1
        # A run ends where its first line fails, whoever announced it: a colon inside it adds nothing, so go on after it.
        i = max(j, i + 1)
    return marked


#: A list item's mark: its number ("2. ", "3) ") or its bullet ("- ", "* ", "• ").
_ITEM_MARK = re.compile(r"^(?:(\d{1,2})[.)]|([-*•]))\s")


def list_goes_on(lines: list[Line], last: int) -> int:
    """The text's last line, moved past the items stacked right under it when it is a list's item itself: the rest of its
    list (the next numbers, or the same bullet), though each is too short to count as text ("2. Hovik - Lack of urgency.")."""
    mark = _ITEM_MARK.match(lines[last].text) if 0 <= last < len(lines) else None
    while mark is not None and last + 1 < len(lines):
        line = lines[last + 1]
        following = _ITEM_MARK.match(line.text)
        if line.gap_before or line.noise is not None or following is None or not _next_item(mark, following):
            break
        last, mark = last + 1, following
    return last


def _next_item(mark: re.Match[str], following: re.Match[str]) -> bool:
    """Whether an item's mark follows the one before it: the next number, or the same bullet."""
    if mark.group(1) is not None:
        return following.group(1) is not None and int(following.group(1)) == int(mark.group(1)) + 1
    return following.group(2) == mark.group(2)
