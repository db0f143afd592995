"""E-mail newsletters. Numbered items ("↓↓11Violence reaches ...", "2. Trump calls off ..."): each item is an article,
its headline the numbered line; the mail's header and contents over the first item, and a section the items' marks head
without a number (a promo: "↓↓Mixed SignalsMixed Signals"), are the mail's chrome. An archived mail's subject over its
header gives way to the headline the mail prints at the top of its text."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.model import RemovedReason
from generator.sources.capitals import title_cased
from generator.sources.email_headers import email_header_end, has_email_header
from generator.sources.lines import Line, is_body, is_finished

#: The marks a newsletter's item line opens with, before its number ("↓↓", "■", "#"): no letter, digit or space.
_MARKS = re.compile(r"^([^\w\s]*)\s*")
#: What may stand between an item's number and its headline: a stop, a bracket, a bar or a dash, and spaces.
_AFTER_NUMBER = re.compile(r"^[.):|\u2013\u2014-]?\s*")
#: Numbered items a mail needs to be read as a digest of them (a list of two is no newsletter's lineup).
MIN_DIGEST_ITEMS = 3
#: An item's headline line is this short at most.
MAX_ITEM_WORDS = 20


def numbered_digest(lines: list[Line]) -> list[int]:
    """The numbered items of an e-mail newsletter (an e-mail header at its top), numbered 1, 2, 3 ... in file order, each
    over a paragraph; the lines over the first item and the sections the items' marks head unnumbered are marked as the
    mail's chrome, in place. Empty when the file is no such digest."""
    if not has_email_header(lines):
        return []
    items: list[int] = []
    marks = ""
    for i, line in enumerate(lines):
        found = _item_marks(line, len(items) + 1)
        if found is not None and (not items or found == marks) and _over_paragraph(lines, i):
            items.append(i)
            marks = found
    if len(items) < MIN_DIGEST_ITEMS:
        return []
    for i in range(items[0]):
        lines[i] = _as_chrome(lines[i], RemovedReason.NAVIGATION)
    promo, numbered = False, set(items)
    for i in range(items[0] + 1, len(lines)):
        if i in numbered:
            promo = False
        elif marks and lines[i].text.startswith(marks) and _item_marks(lines[i], 0) is None:
            promo = True  # a section of the mail's own, headed as its items are but unnumbered
        if promo:
            lines[i] = _as_chrome(lines[i], RemovedReason.AFTER_END)
    return items


def _item_marks(line: Line, number: int) -> str | None:
    """The marks before a headline numbered ``number`` (printed once or twice: "2. ...", "↓↓22..."), else None; with
    ``number`` 0, the marks before any number."""
    if line.noise is not None or line.words > MAX_ITEM_WORDS or is_finished(line.text):
        return None
    lead = _MARKS.match(line.text)
    marks, rest = lead.group(1), line.text[lead.end():]
    if number == 0:
        return marks if rest[:1].isdigit() else None
    digits = str(number)
    for printed in (digits * 2, digits):
        if rest.startswith(printed):
            headline = _AFTER_NUMBER.sub("", rest[len(printed):], count=1)
            if headline[:1].isalpha():
                return marks
    return None


def _over_paragraph(lines: list[Line], i: int) -> bool:
    """True when a paragraph follows line ``i`` before another line of its kind (a credit or a caption may stand between)."""
    for line in lines[i + 1 : i + 4]:
        if is_body(line):
            return True
        if line.noise is None and line.words <= MAX_ITEM_WORDS and not is_finished(line.text):
            return False
    return False


def _as_chrome(line: Line, reason: RemovedReason) -> Line:
    """A line as the mail's chrome: its own noise kept, else ``reason``."""
    return line if line.noise is not None else replace(line, noise=reason, candidate=False)


#: Words a headline printed at the top of a mail's text has at least, to stand over the mail's subject.
MIN_PRINTED_HEADLINE_WORDS = 4


def mail_headline(lines: list[Line], starts: list[int]) -> list[int]:
    """The article starts with an archived mail's subject (its first line, a heading over the e-mail header) moved to the
    headline the mail prints at the top of its text, right under the header: a title-cased line, no sentence
    ("Oil Keeps Rising as Iran War Standoff Continues" under "# Who holds the cards?"); the subject is then chrome."""
    end = email_header_end(lines)
    if not starts or starts[0] != 0 or not lines[0].md_level or end is None:
        return starts
    # Past the header: its fields, the lines set right under them ("Source: ..."), and the rules and stamps after it.
    top = next((j for j in range(end + 1, len(lines)) if lines[j].gap_before and lines[j].noise is None), None)
    if top is None or top in starts or (len(starts) > 1 and top > starts[1]):
        return starts
    line = lines[top]
    printed = line.candidate and line.words >= MIN_PRINTED_HEADLINE_WORDS and title_cased(line.text) and not is_finished(line.text)
    return [top, *starts[1:]] if printed else starts
