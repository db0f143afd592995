"""Stage 2a, noise reasons: why a line is web-page furniture whatever its position, told by its shape and vocabulary.

Counters, bare links, code, breadcrumbs, stamps, disclaimers, credits, notices, widgets and captions: each a reason
(a RemovedReason) read off the line alone. The vocabulary lives in ``furniture`` and ``data/``; the position rules
(repetition, neighbours, the stretch of text) stay in ``lines`` and ``span``.
"""
from __future__ import annotations

import re

from generator.model import RemovedReason
from generator.sources.bylines import SENTENCE_END, by_name, is_byline
from generator.sources.capitals import defines_acronym, glued_menu, title_cased
from generator.sources.figure_captions import CAPTION_LINE
from generator.sources.furniture import (
    ACTIVE_MARKUP,
    CAPTION_MARKER_WORDS,
    CAPTION_MARKERS,
    CAPTION_PLACE_DATE,
    CAPTION_START,
    CODE,
    CONTRIBUTED_LINE,
    CONTRIBUTED_WORD,
    CREDIT,
    CREDIT_LINE,
    DISCLAIMER,
    DISCLAIMER_WORDS,
    END_MARK,
    IMAGE_LINE,
    INLINE_RELATED,
    JSON_ESCAPED,
    MARKUP_RESIDUE,
    NOTICES,
    PHOTO_CREDIT,
    PHOTO_CREDIT_WORDS,
    PHOTO_TAIL,
    PICTURED,
    SITE_NOTICE,
    SITE_NOTICE_WORDS,
    STAMP_WORDS,
    WIDGET,
    WIDGET_LINES,
    WIRE_TAIL,
)
from generator.sources.markdown_marks import only_links

_COUNTER = re.compile(r"^(?:[\W\d_]{1,12}|[-_=*~•·]{3,}|[A-Z]{1,3}|\d+(?:[.,]\d+)?[KkMm]?(?:\s+(?:shares?|views?|comments?|likes?))?)$")
_TIMESTAMP = re.compile(
    r"^(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?.{0,20}|\d{1,2}\s+\w+\s+\d{4}(?:,?\s+\d{1,2}:\d{2}.*)?|"
    r"[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}(?:,? \d{1,2}:\d{2}.*)?|\d{4}-\d{2}-\d{2}.{0,20})$"
)
#: Quotation marks or a reporting verb: a sentence of the article, not a caption.
_QUOTED = re.compile(r"[\"“”]|\b(?:said|says|told)\b")
#: A finished sentence inside a line, another following it; a line holding this many is a paragraph the copy cut off, not a
#: caption without its full stop ("... in 2021. Mr Kast (pictured), who has nine children, ... marriage. Yet in this campaign").
_INNER_SENTENCE_END = re.compile(r"[a-z\d)]{2}[.!?] [A-Z]")
MIN_CUT_PARAGRAPH_SENTENCES = 2
#: A scraper's keyword list, its label first ("keywords: mural eilat aviv ..."): page metadata, however long.
_KEYWORDS = re.compile(r"^(?:meta[ _-]?)?keywords?\s*:\s", re.I)
MAX_KEYWORDS_WORDS = 60
#: A line that is nothing but a link (an autolink in angle brackets too, "<https://...>"), or a Markdown link's reference
#: definition ('[the]: https://... "Title"').
URL_LINE = re.compile(r"^(?:\[[^\[\]]{1,40}\]:\s*)?<?(?:https?://|www\.)\S+(?:\s+\"[^\"]*\")?$", re.I)
#: A Markdown footnote's definition, "[^12]: 08ABUJA2048" (its lines that go on under it are joined to it), or a note
#: keyed by an asterisk a converter escaped ("\\* *The party of the president.*", "\\** ..."; "\\*\\*\\*" is a
#: section break): a note, not text.
FOOTNOTE = re.compile(r"^(?:\[\^[^\[\]\s]{1,40}\]:\s|\\\*(?!\\\*)\*?\s*\S)")


#: A headline and the one-word label of its series after a bar ("... | Explained", "... | Opinion"); longer lines are text.
_LABELLED_TEASER = re.compile(r" \| [A-Z][\w'’-]+$")
MAX_LABELLED_TEASER_WORDS = 25
#: A thumbnail's empty link opening a line, to another page ("[](/2019/10/sub) Chinese [Sailless Submarine](/2019/10/sub)"):
#: a teaser of a related list, whose picture was lost. A link to a place in the page ("[](#notes)") is an anchor.
_THUMBNAIL_TEASER = re.compile(r"^\[\]\((?!#)[^()\s]")
#: A row of links with no text, only their icons lost (share buttons whose addresses hold a search's spaces): a widget.
_ICON_LINKS = re.compile(r"^(?:\[\]\([^()]{1,2000}\)\s*)+$")
MAX_THUMBNAIL_TEASER_WORDS = 30
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]{2,}")


#: What a stamp may carry after its date: the site's address or the section it was filed in ("- TODAY.AZ", "Posted in News").
_STAMP_TAIL = re.compile(r"\s*(?:[-–|]\s*[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,6}|\bposted in [\w &,-]{1,40})$", re.I)


#: A separator standing alone between a stamp's parts: no word of it.
_STAMP_SEPARATOR = re.compile(r"(?:^|\s)[|•·/–—-](?=\s|$)")


def is_timestamp(text: str, words: int) -> bool:
    """A short line made only of dates, times, time zones and words like 'Updated' or 'ago' (and the site or section)."""
    words -= len(_STAMP_SEPARATOR.findall(text))  # "Published May 27, 2025 9:14 am EDT | Updated ...": two stamps, one line
    if words > 14 or not _DIGIT.search(text) or "°" in text:  # "7°C": the weather, not a date
        return False
    rest = STAMP_WORDS.sub(" ", _STAMP_TAIL.sub("", text))
    return not _WORD.search(rest)


#: Words a line ending in a right arrow (a link's button: "Newer Story →", "For more, sign up for X. →") has at most.
MAX_BUTTON_LINE_WORDS = 40


def noise_reason(text: str, words: int) -> RemovedReason | None:
    """Why a line is web-page noise whatever its position, or None."""
    if words <= 4 and END_MARK.match(text):
        return RemovedReason.END_MARK
    if _COUNTER.match(text):
        return RemovedReason.COUNTER
    if CAPTION_LINE.match(text):
        return RemovedReason.CAPTION
    if URL_LINE.match(text) or ("](" in text and (only_links(text) or _ICON_LINKS.match(text))):
        return RemovedReason.LINK
    if FOOTNOTE.match(text):
        return RemovedReason.NOTE  # not a credit: a note's sources name outlets and writers that are not the article's
    if "\\" in text and JSON_ESCAPED.search(text):
        return RemovedReason.CODE  # a copy of the text as a program stores it, escaped inside a JSON string
    if ("{" in text or "}" in text) and CODE.search(text) or MARKUP_RESIDUE.match(text) and not ACTIVE_MARKUP.search(text):
        return RemovedReason.CODE
    if words <= 40 and IMAGE_LINE.search(text):
        return RemovedReason.CAPTION
    if words <= MAX_BUTTON_LINE_WORDS and text.endswith("→"):
        return RemovedReason.WIDGET  # a link's button, an e-mail newsletter's "... sign up for X. →": running text ends in no arrow
    if words <= 14 and "|" in text and not SENTENCE_END.search(text) and not is_byline(text):
        return RemovedReason.NAVIGATION  # breadcrumbs and section labels: "News | Conflict"
    if words <= MAX_LABELLED_TEASER_WORDS and _LABELLED_TEASER.search(text) and title_cased(text) and not SENTENCE_END.search(text):
        return RemovedReason.RELATED  # a teaser filed under its label: "Why the Visit Is Significant | Explained"
    if not SENTENCE_END.search(text) and glued_menu(text):
        return RemovedReason.NAVIGATION  # "ShowcaseAnnual Report Card ShowcaseBest of Breed": menu items run together
    if is_timestamp(text, words):
        return RemovedReason.TIMESTAMP
    folded = text.lower()
    if words <= 40 and DISCLAIMER_WORDS.search(folded) and DISCLAIMER.search(text):
        return RemovedReason.DISCLAIMER
    if words <= 70 and (CREDIT_LINE.match(text) or CONTRIBUTED_WORD.search(text) and CONTRIBUTED_LINE.match(text)):
        return RemovedReason.CREDITS
    if words <= 80 and (SITE_NOTICE_WORDS.search(folded) and SITE_NOTICE.search(text)
                        or NOTICES.search(text, folded)):
        return RemovedReason.WIDGET
    if words <= MAX_KEYWORDS_WORDS and _KEYWORDS.match(text):
        return RemovedReason.WIDGET
    if words <= 16 and (WIDGET.match(text) or _TIMESTAMP.match(text) or WIDGET_LINES.fullmatch(text.rstrip(".!:"))):  # "CLICK to enlarge."
        return RemovedReason.WIDGET
    if words <= 30 and INLINE_RELATED.match(text):
        return RemovedReason.RELATED
    if words <= MAX_THUMBNAIL_TEASER_WORDS and _THUMBNAIL_TEASER.match(text) and not SENTENCE_END.search(text):
        return RemovedReason.RELATED
    if by_name(text):
        return None  # "By Jane Roe with AFP" is the byline, not a credit
    if words <= 60 and (text[:1] == "[" or PHOTO_CREDIT_WORDS.search(text)) and PHOTO_CREDIT.search(text):
        return RemovedReason.CAPTION
    if words <= 40 and (credit := CREDIT.search(text)) and not SENTENCE_END.search(text[: credit.start()].rstrip()) and not defines_acronym(text):
        return RemovedReason.CAPTION
    if words <= 70 and text.endswith((")", ").")) and PHOTO_TAIL.search(text[-120:]):
        return RemovedReason.CAPTION
    if words <= 50 and text[-1:].isalpha() and WIRE_TAIL.search(text[-60:]) and not _QUOTED.search(text):
        return RemovedReason.CAPTION
    if words <= 30 and CAPTION_START.match(text):
        return RemovedReason.CAPTION
    if 6 <= words <= 60 and text.rstrip("'\"’”")[-1:].isalnum() and "(" in text and PICTURED.search(text) and not _cut_paragraph(text):
        return RemovedReason.CAPTION  # no full stop, quoted words aside
    if words <= 50 and CAPTION_MARKER_WORDS.search(text) and CAPTION_MARKERS.search(text):
        return RemovedReason.CAPTION
    if 6 <= words <= 50 and text[-1:] in ".0123456789" and CAPTION_PLACE_DATE.search(text) and not _QUOTED.search(text):
        return RemovedReason.CAPTION
    return None


def _cut_paragraph(text: str) -> bool:
    """A line of several finished sentences that stops mid-sentence: a paragraph a paywall or copy cut, not a caption."""
    return len(_INNER_SENTENCE_END.findall(text)) >= MIN_CUT_PARAGRAPH_SENTENCES
