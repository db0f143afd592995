"""Where a pasted article opens after another's text: a headline after an article's end with a date or byline under it,
a dated headline stack right after the paragraphs, and what shows an article has ended (its address, its footer)."""
from __future__ import annotations

import re
from itertools import islice

from generator.model import RemovedReason
from generator.sources.article_starts import FOOTER_REASONS
from generator.sources.bylines import is_byline, is_name_line
from generator.sources.headline_stacks import MAX_HEADLINE_STACK, MIN_NEAREST_HEADLINE_WORDS, headline_shaped
from generator.sources.lines import Line, is_body, is_finished, is_text
from generator.sources.markdown_marks import only_images

#: A date written at the start of a line, maybe run into a dateline ("Jul 23rd 2020PARIS", "27 February 2026, 19:06").
_DATE_LINE = re.compile(
    r"^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d\d"
    r"|\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,? (?:19|20)\d\d)"
)
#: Lines a pasted article's header may take between its headline and its first paragraph.
MAX_HEADER_LINES = 10
#: Furniture lines after the last paragraph that show an article has ended (a page's footer), when no closing line does.
MIN_FOOTER_LINES = 6
#: What closes an article on a page: its address, copyright and credit lines.
CLOSING_REASONS = FOOTER_REASONS | {RemovedReason.LINK}


def opens_pasted_article(lines: list[Line], i: int) -> bool:
    """A headline after an article's end (its address, its footer), with a date or byline and then paragraphs under it,
    or with its own address right over it and three paragraphs under it.

    A teaser's headline has a date too, but at most one summary after it, and a teaser box inside an article
    follows a paragraph closely, not a footer. A standfirst may stand between the headline and its date or byline.
    """
    if lines[i].words < 4 or not after_article_end(lines, i):
        return False
    under = lines[i + 1 : i + 1 + MIN_PARAGRAPHS_UNDER_DATED_STACK]
    if lines[i - 1].noise == RemovedReason.LINK and len(under) == MIN_PARAGRAPHS_UNDER_DATED_STACK and all(map(is_body, under)):
        return True  # the page's address over its headline, as an editor pastes it, and the text under it
    dated = False
    for j in range(i + 1, min(len(lines), i + 1 + MAX_HEADER_LINES)):
        line = lines[j]
        if is_body(line) and not (j == i + 1 and not dated):  # right under the headline, a standfirst may come before the byline
            return dated and _paragraphs_under(lines, j)
        if line.noise == RemovedReason.TIMESTAMP or is_byline(line.text) or is_name_line(line.text) or _DATE_LINE.match(line.text):
            dated = True
    return False


def _paragraphs_under(lines: list[Line], first: int) -> bool:
    """True when paragraph ``first`` has another right under it, or under a word or two its scrape cut off at a link
    ("Titled" over the rest of its sentence); never past a stamp or a headline-long line (a list's next item)."""
    if first + 1 < len(lines) and is_body(lines[first + 1]):
        return True
    cut = first + 2 < len(lines) and lines[first + 1].noise is None and lines[first + 1].words < MIN_NEAREST_HEADLINE_WORDS
    return cut and is_body(lines[first + 2])


#: Paragraphs in a row that must stand over and follow a dated headline stack inside a file for it to open an article
#: (a teaser box inside an article has one summary, and a header's standfirst is one paragraph).
MIN_PARAGRAPHS_UNDER_DATED_STACK = 3
#: Lines between a headline stack's date or byline and its first paragraph: the rest of the header (a wire's name, a second stamp).
MAX_LINES_UNDER_STAMP = 3


def _dated(line: Line) -> bool:
    """A header's date stamp (a day with its year, or a time) or byline: never a page's address (a list's items have those)."""
    return line.noise == RemovedReason.TIMESTAMP or bool(_DATE_LINE.match(line.text)) or is_byline(line.text)


def opens_dated_article(lines: list[Line], i: int) -> bool:
    """Right after a paragraph, a stack of headline-shaped lines (rubric, headline, dek) over a date or byline, then
    paragraphs: a second article pasted with no blank line or footer between (the file's first one is chosen so too);
    past the noise that closes the text above when a section's rubric ("Europe | Charlemagne") heads the stack."""
    rubric = i > 0 and lines[i - 1].noise is RemovedReason.NAVIGATION and not lines[i].gap_before
    above = [line for line in lines[max(0, i - MAX_HEADER_LINES) : i] if not rubric or line.noise is None][-MIN_PARAGRAPHS_UNDER_DATED_STACK:]
    if len(above) < MIN_PARAGRAPHS_UNDER_DATED_STACK or not all(map(is_body, above)):
        return False  # under a headline's standfirst, or a box: not the end of an article's running text
    stack = i
    while stack < len(lines) and stack - i < MAX_HEADLINE_STACK and lines[stack].candidate and not lines[stack].noise:
        stack += 1
    if stack == i or max(line.words for line in lines[i:stack]) < MIN_NEAREST_HEADLINE_WORDS:
        return False
    stamp = _stamp_under(lines, stack)
    if stamp is None or is_byline(lines[i].text):
        return False
    first = next((j for j in range(stamp + 1, min(len(lines), stamp + 1 + MAX_LINES_UNDER_STAMP)) if is_body(lines[j])), None)
    # The paragraphs under it, one short line among them at most (a paragraph its scrape cut at a link: "Titled").
    kept = (lines[j] for j in range(first, len(lines)) if lines[j].noise is None) if first is not None else iter(())
    under = list(islice(kept, MIN_PARAGRAPHS_UNDER_DATED_STACK + 1))  # a few lines read, never the rest of the file
    return sum(map(is_body, under)) >= MIN_PARAGRAPHS_UNDER_DATED_STACK


def _stamp_under(lines: list[Line], stack: int) -> int | None:
    """The header's date or byline under a headline stack ending at ``stack``: right under it, or past its standfirst (one
    paragraph) and the header's other short lines (writer, outlet, place) to a date stamp or byline, as a dek runs on a page."""
    if stack < len(lines) and _dated(lines[stack]):
        return stack
    if stack + 1 >= len(lines) or not is_body(lines[stack]):
        return None
    for j in range(stack + 1, min(len(lines), stack + 1 + MAX_HEADER_LINES)):
        if lines[j].noise == RemovedReason.TIMESTAMP or is_byline(lines[j].text):
            return j
        if lines[j].words >= MIN_NEAREST_HEADLINE_WORDS or lines[j].noise == RemovedReason.LINK:
            return None  # a paragraph, a headline or an address: a list's items, no header's short lines
    return None


def after_article_end(lines: list[Line], i: int) -> bool:
    """True when the lines between the last paragraph and line ``i`` close an article: its address or a footer."""
    furniture = 0
    for j in range(i - 1, -1, -1):
        if is_body(lines[j]):
            return furniture >= MIN_FOOTER_LINES
        if lines[j].noise in CLOSING_REASONS and not only_images(lines[j].text):  # a picture between paragraphs ends nothing
            return True
        furniture += 1
    return False


#: A day with its year anywhere in a line ("Post By : 8th May 2024", "Politics | 2024-05-08"): a header's date, never a
#: live blog's time of day.
_DAY_WITH_YEAR = re.compile(
    r"\b(?:19|20)\d\d-\d\d-\d\d\b|\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d\b"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d\d(?!\d)"
    r"|\b\d{1,2}(?:st|nd|rd|th|\.)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,? (?:19|20)\d\d(?!\d)",
    re.I,
)
#: An embedded post's signature under its text, dated as a header is ("— Jane Roe (@janeroe) May 17, 2025"): no header.
_SIGNATURE = re.compile(r"^\W{0,3}[—–-]|\(@\w")
#: Short lines a header over its headline holds at most between the text above and the headline (section, date, writer).
MAX_LINES_OVER_HEADLINE = 3
#: Words a header's line over a headline has at most (a paragraph's sentence that names a date is longer).
MAX_OVER_HEADLINE_WORDS = 12


def opens_under_date(lines: list[Line], i: int) -> bool:
    """Right after the text (two paragraphs), a headline under its page's header printed over it (a section's label, the date with its
    year: "Politics" / "Post By : 8th May 2024") and over two paragraphs: the next article, as sites that date a story
    above its headline print it. A subheading follows its section's text with no date over it."""
    line = lines[i]
    if line.noise is not None or line.md_level or line.words < 4 or not headline_shaped(line) or is_finished(line.text):
        return False
    header = []
    for j in range(i - 1, max(-1, i - 1 - MAX_LINES_OVER_HEADLINE - 1), -1):
        if is_body(lines[j]):
            break
        header.append(lines[j])
    else:
        return False
    if j < 1 or not (is_body(lines[j - 1]) or lines[j - 1].noise in CLOSING_REASONS):
        return False  # a dek over the header of the same page's headline, not an article's running text nor its end
    if not header or len(header) > MAX_LINES_OVER_HEADLINE or any(over.words > MAX_OVER_HEADLINE_WORDS for over in header):
        return False
    if not any(_DAY_WITH_YEAR.search(over.text) and not _SIGNATURE.search(over.text) for over in header):
        return False
    under = [lines[j] for j in range(i + 1, min(len(lines), i + 1 + MAX_HEADER_LINES)) if lines[j].noise is None]
    return len(under) >= 2 and is_body(under[0]) and is_body(under[1])


def printed_twice(lines: list[Line], i: int) -> bool:
    """After an article's text, a line printed again a few lines down with only a page's furniture between (its date
    stamp, share buttons, a section's label) and two paragraphs under the copy: the next page's title over its header and
    its headline, as a select-all paste prints them, however long the headline or its sentence. A paragraph pasted twice
    follows itself with no header between."""
    line = lines[i]
    if line.noise is not None or line.md_level or line.words < 4 or i == 0 or not is_body(lines[i - 1]):
        return False
    for j in range(i + 1, min(len(lines), i + 1 + MAX_HEADER_LINES)):
        if lines[j].text == line.text:
            kept = (lines[k] for k in range(j + 1, len(lines)) if lines[k].noise is None)
            under = list(islice(kept, 2))  # two paragraphs under the copy: a teaser's headline has one summary at most
            return j > i + 1 and len(under) == 2 and all(map(is_body, under))
        if lines[j].noise is None:
            return False
    return False


_WORD = re.compile(r"\w+")


def capitals_copy(lines: list[Line], i: int) -> int | None:
    """Where line ``i``, a title of two words or more not in capitals, is printed again in capitals a few lines down
    over the text, with only the page's header between (an archive's title over the scanned page's letterhead, date and
    headline: "Food aid for refugees" ... "FOOD AID FOR REFUGEES ."): the copy's index, the title the readable line.
    None when the words come back in no such line, or a paragraph comes first."""
    line = lines[i]
    words = _WORD.findall(line.text.casefold())
    if len(words) < 2 or line.md_level or line.noise is not None or line.text.isupper() or is_body(line):
        return None
    for j in range(i + 1, min(len(lines), i + 1 + MAX_HEADER_LINES)):
        if is_body(lines[j]):
            return None
        if lines[j].text.isupper() and _WORD.findall(lines[j].text.casefold()) == words:
            under = [line for line in lines[j + 1 : j + 1 + MAX_HEADER_LINES] if line.noise is None][:2]
            return j if len(under) == 2 and is_body(under[0]) and is_text(under[1]) else None
    return None


def opens_archived_article(lines: list[Line], i: int) -> bool:
    """Right after paragraphs, a headline over its dek (both headline-shaped) and the picture or address a cleaned
    archive keeps under them, then three paragraphs: the next article of an archive, with no date or byline. A section's
    subheading has no dek between it and a picture."""
    if i < 1 or i + 2 + MIN_PARAGRAPHS_UNDER_DATED_STACK > len(lines) or not any(map(is_body, lines[max(0, i - MAX_HEADER_LINES) : i])):
        return False
    headline, dek, link = lines[i : i + 3]
    if not headline.candidate or headline.noise or headline.words < 3 or is_byline(headline.text):
        return False
    if _over_page_header(lines, i):
        return True
    if not dek.candidate or dek.noise:
        return False
    under = lines[i + 3 : i + 3 + MIN_PARAGRAPHS_UNDER_DATED_STACK]
    return link.noise == RemovedReason.LINK and all(map(is_body, under))


def _over_page_header(lines: list[Line], i: int) -> bool:
    """True when headline ``i`` stands over its page's header as an archive copied it (the page's links — "Email To A
    Friend", "Comments" — and its date stamp: three furniture lines or more, a link and a date among them), then three
    paragraphs: a section's subheading has no date and links of its own."""
    end = next((j for j in range(i + 1, min(len(lines), i + 1 + MAX_HEADER_LINES)) if lines[j].noise is None), None)
    if end is None or end - i - 1 < MIN_HEADER_NOISE:
        return False
    reasons = {line.noise for line in lines[i + 1 : end]}
    under = lines[end : end + MIN_PARAGRAPHS_UNDER_DATED_STACK]
    return {RemovedReason.LINK, RemovedReason.TIMESTAMP} <= reasons and len(under) == MIN_PARAGRAPHS_UNDER_DATED_STACK and all(map(is_body, under))


#: Furniture lines under a Markdown heading that make it a scraped page's header (date, picture, links), not a section's.
MIN_HEADER_NOISE = 3


def headed_like(lines: list[Line], first: int, i: int) -> bool:
    """True for a Markdown heading at the level of the file's first headline with a scraped page's header under it (three
    furniture lines or more: its date, picture, links) and then a paragraph: the next page of a scrape saved whole."""
    level = lines[i].md_level
    if not level or level != lines[first].md_level or i <= first:
        return False
    for j in range(i + 1, min(len(lines), i + 1 + MAX_HEADER_LINES)):
        if lines[j].noise is None:
            return j - i - 1 >= MIN_HEADER_NOISE and is_body(lines[j])
    return False


def opens_untitled_article(lines: list[Line], i: int) -> bool:
    """Past an article's closing credits (and the page's chrome after them), a byline over three paragraphs and no
    headline: the next article, pasted without its headline ("By" / "Darren Boyle" over its text)."""
    text = lines[i].text
    split = text.casefold() in ("by", "by:") and i + 1 < len(lines) and is_name_line(lines[i + 1].text)
    if not (split or is_byline(text)):
        return False
    closed = False
    for j in range(i - 1, max(-1, i - 1 - MAX_HEADER_LINES), -1):
        if is_body(lines[j]):
            break
        if lines[j].noise is None:
            return False  # a headline or a short line over the byline: a headed article, found as such
        closed = closed or lines[j].noise in FOOTER_REASONS
    under = lines[i + 1 + split : i + 1 + split + MIN_PARAGRAPHS_UNDER_DATED_STACK]
    return closed and len(under) == MIN_PARAGRAPHS_UNDER_DATED_STACK and all(map(is_body, under))


#: Dated items a post under a frontmatter title must hold to be a digest of articles, not one article.
MIN_DIGEST_ITEMS = 2


def dated_items(lines: list[Line]) -> list[int]:
    """The Markdown headings of a digest's items, each right over its date stamp and a paragraph, a short note maybe
    between ("### 37: Why China Is Alienating the World" / "2021-10-07 03:01:50"): a post of excerpts, each an article."""
    return [i for i in range(len(lines) - 2)
            if lines[i].md_level and lines[i + 1].noise == RemovedReason.TIMESTAMP and any(map(is_body, lines[i + 2 : i + 4]))]
