"""Stage 2c': the stack of lines a page's headline stands in: rubric, headline, dek, then its date or byline; which of
them is the headline (a browser title line printed again, the line nearest the text past the page's menus)."""
from __future__ import annotations

import re
import unicodedata

from generator.model import RemovedReason
from generator.sources.bylines import is_byline, is_name_line, is_under_name
from generator.sources.lines import Line, is_body, is_candidate
from generator.sources.markdown_marks import plain_line
from generator.sources.title_lines import same_headline, title_head


def past_chrome(lines: list[Line], i: int, body: int | None) -> int:
    """A later article's headline: the one nearest its text, past the chrome that ends the article before it."""
    if i + 1 < len(lines) and is_stamp(lines[i]) and headline_shaped(lines[i + 1]):
        i += 1  # a date line over the headline ("Post By : 8th May 2024"), taken for one: the headline is under it
    if body is None or lines[i].md_level or anchored(lines, i):
        return i
    j = body - 1
    while j > i and (is_stamp(lines[j]) or is_name_line(lines[j].text) or is_under_name(lines[j].text) or lines[j].noise == RemovedReason.CAPTION):
        j -= 1  # the header's byline (a name, a title, a wire), date, address and photo caption between the headline and its text
    if j <= i or not headline_shaped(lines[j]) or all(headline_shaped(line) for line in lines[i + 1 : j]):
        return i  # the headline right over the text, or a stack of headline, dek and the like: the first stands
    return j - 1 if headline_shaped(lines[j - 1]) and not headline_shaped(lines[j - 2]) else j


def over_writers(lines: list[Line], i: int) -> int:
    """A headline taken at its writers' names ("Jane Roe and John Doe"): the headline-shaped line over them, maybe over
    a standfirst."""
    if not is_name_line(lines[i].text):
        return i
    for j in range(i - 1, max(-1, i - 3), -1):
        if headline_shaped(lines[j]):
            return j
        if not is_body(lines[j]):
            break  # only a standfirst stands between a headline and its writers
    return i


def over_dek(lines: list[Line], i: int) -> int:
    """A later article's headline taken at its dek, the line right over its date or byline: the headline-shaped line
    right over it, when nothing headline-shaped stands over that one but a shorter rubric (a list of teasers does), and
    never a browser title line over the headline it names, nor over a page's address."""
    if i < 2 or i + 1 >= len(lines) or not headline_shaped(lines[i]):
        return i
    if not _dates(lines[i + 1]):
        return i
    above = lines[i - 1]
    dek = headline_shaped(above) and not above.noise and not same_headline(title_head(above.text), lines[i].text)
    rubric = below_rubric(lines, i - 2) == i - 1  # a rubric over the headline ("One country, two passports"): shorter
    return i - 1 if dek and (rubric or not headline_shaped(lines[i - 2]) and not is_body(lines[i - 2])) else i


def below_short_line(lines: list[Line], i: int) -> int:
    """A later article's headline taken at a short line right after the text above, over it and its date or byline (the
    text's closing "More to follow"): the headline-shaped line under it, maybe over its dek and then its header. Under a
    rubric, a short line is the headline and the longer one its dek ("Gaza's zombie ceasefire" over "Neither an Arab ...")."""
    if i + 2 >= len(lines) or lines[i].words >= MIN_NEAREST_HEADLINE_WORDS or not headline_shaped(lines[i + 1]):
        return i
    if i < 1 or not is_body(lines[i - 1]):
        return i
    header = lines[i + 3 : i + 3 + MAX_HEADLINE_STACK] if is_body(lines[i + 2]) else []  # a dek's writer, outlet, date
    dated = _dates(lines[i + 2]) or any(_dates(line) or is_name_line(line.text) for line in header)
    return i + 1 if dated else i


def _dates(line: Line) -> bool:
    """A header's date stamp or byline, never a page's address (a list's items have those)."""
    return is_stamp(line) and line.noise is not RemovedReason.LINK


def after_end_mark(lines: list[Line], i: int) -> bool:
    """True when line ``i`` comes right after a release's end mark ("###"): the next release's headline, not a page's footer."""
    return i > 0 and lines[i - 1].noise is RemovedReason.END_MARK


def titles_text(lines: list[Line], i: int) -> bool:
    """A file's first line, two words or more, right over its text: a short headline ("BRICS+ meeting"), not a menu."""
    return i == 0 and lines[0].words >= 2 and len(lines) > 1 and is_body(lines[1])


#: A page's date, clock time, reading time or comment count: a stamp in the header, never its headline.
_STAMP = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b(?:19|20)\d\d-\d\d-\d\d|\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d\b"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d\d(?!\d)"
    r"|\b\d{1,2}(?:st|nd|rd|th|\.)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,? (?:19|20)\d\d(?!\d)"
    r"|\b\d+\s*min(?:ute)?s?\.? read\b|^\D{0,12}\b\d+ comments?\b"
    r"|\b(?:reading time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|leestijd)\s*:?\s*\d",
    re.I,
)
#: Fewer words than this make a menu item or section label ("Be a Pro", "Science & Astronomy"), not a headline.
MIN_NEAREST_HEADLINE_WORDS = 4


def headline_shaped(line: Line) -> bool:
    """A line a page's headline could be: headline-shaped (a headline the page repeats too), no stamp or byline."""
    shaped = line.candidate or line.noise == RemovedReason.REPEATED_WIDGET and is_candidate(line.text, line.words)
    return (
        shaped and line.words >= MIN_NEAREST_HEADLINE_WORDS and not line.md_level and not _STAMP.search(line.text)
        and not is_byline(line.text) and not is_name_line(line.text)
    )


#: Lines a page may stack at the top of its header: rubric, headline, dek.
MAX_HEADLINE_STACK = 3
#: What follows a page's headline stack at once: its address or date stamp.
_HEADER_NOISE = {RemovedReason.LINK, RemovedReason.TIMESTAMP}


def is_stamp(line: Line) -> bool:
    """A header's address, date stamp or byline line."""
    return line.noise in _HEADER_NOISE or bool(_STAMP.search(line.text)) or is_byline(line.text)


def anchored(lines: list[Line], i: int) -> bool:
    """True when the stack of headline-shaped lines from ``i`` (rubric, headline, dek) is followed at once by the
    header's address, date or byline: the headline stands where the file starts, not after a page's menus."""
    j = i + 1
    while j < len(lines) and j - i < MAX_HEADLINE_STACK and lines[j].candidate and not is_stamp(lines[j]):
        j += 1
    return j < len(lines) and is_stamp(lines[j])


def nearest_headline(lines: list[Line], first: int, body: int) -> int:
    """The headline of a page's first article: of the headline-shaped lines from ``first`` to the first paragraph,
    the nearest the paragraph (a page's menus, mastheads and section labels come before its headline; its date,
    byline and captions after). Of two such lines stacked alone, the upper: a headline over its dek; of three or
    more, the last: a list of teasers over the headline, unless the two over it are one line printed twice (the
    page's title and heading over the dek). ``first`` when none is. A headline over its byline or date stamp (past
    share buttons, a caption and a dek) stands nearer the text than the teasers and captions after it."""
    over_stamp = next((j for j in range(body - 1, first - 1, -1) if headline_shaped(lines[j]) and _over_stamp(lines, j, body)), None)
    body = body if over_stamp is None else over_stamp + 1
    for j in range(body - 1, first, -1):
        if headline_shaped(lines[j]):
            if j - 2 >= first and lines[j - 1].text == lines[j - 2].text and headline_shaped(lines[j - 1]):
                return j - 2  # a headline the page prints twice in a row (its title and its heading) over a dek
            paired = headline_shaped(lines[j - 1]) and (j - 1 == first or not headline_shaped(lines[j - 2]))
            return j - 1 if paired else j
    return first


#: Lines other than chrome (a dek, a caption) a headline may stand over before its byline or date stamp.
MAX_OVER_STAMP = 1


def _over_stamp(lines: list[Line], j: int, body: int) -> bool:
    """True when line ``j`` stands over a byline or date stamp, with only chrome and at most a dek between them."""
    others = 0
    for line in lines[j + 1 : body]:
        if is_stamp(line):
            return True
        others += not line.noise
        if others > MAX_OVER_STAMP:
            return False
    return False


#: A first line longer than this is a paragraph, never a browser title.
MAX_TITLE_LINE_WORDS = 45


def printed_headline(lines: list[Line], start: int = 0) -> int | None:
    """Where a page's first line (the browser's title: 'Headline | Site') is printed again as the page's headline.

    The last such line before the text starts; None when the first line is not repeated so.
    """
    if len(lines) < start + 3 or lines[start].words > MAX_TITLE_LINE_WORDS or lines[start].md_level:
        return None
    head = title_head(plain_line(lines[start].text))  # a link to the page it names read as its words ("Source: [Headline](...)")
    found = None
    for j in range(start + 1, len(lines)):
        if same_headline(head, lines[j].text):
            found = j
        elif is_body(lines[j]):
            break
    return found


#: A rubric (kicker) above a headline is this short at most: "A big fiscal deal", "Banyan".
MAX_RUBRIC_WORDS = 5


def below_rubric(lines: list[Line], i: int) -> int:
    """The headline under a rubric: of three headline-shaped lines stacked before the text, the first is the rubric."""
    stack = lines[i : i + 3]
    if len(stack) < 3 or not all(line.candidate and not line.noise and not is_byline(line.text) for line in stack):
        return i
    rubric, headline = stack[0], stack[1]
    if is_stamp(headline):  # a section's label over the date and the headline ("Politics", "Post By : 8th May 2024")
        return i + 2 if headline_shaped(stack[2]) and rubric.words <= MAX_RUBRIC_WORDS else i
    if rubric.words > MAX_RUBRIC_WORDS or headline.words <= rubric.words or same_headline(rubric.text, headline.text):
        return i
    return i + 1


#: Lines under a breadcrumb trail within which the page prints its headline alone.
MAX_BREADCRUMB_GAP = 4


def past_breadcrumb(lines: list[Line], i: int) -> int:
    """The headline printed alone right under a breadcrumb trail that ends with it ("Home Travel Hiking the Flat Irons"
    over "Hiking the Flat Irons", a notice between them maybe): the trail is chrome, the line under it the headline."""
    text = lines[i].text
    for j in range(i + 1, min(len(lines), i + 1 + MAX_BREADCRUMB_GAP)):
        head = lines[j].text
        if lines[j].candidate and lines[j].words >= 3 and len(head) < len(text) and text.endswith(head):
            return j
    return i


#: Character classes of a headline's decoration: symbols and emoji (with their joiners and variation selectors).
_DECORATION = frozenset({"So", "Sk", "Mn", "Cf"})


def undecorated(headline: str) -> str:
    """A headline without the emoji or symbols set before it as words of their own ("🟡 🟡 🟡 UAE quits OPEC" ->
    "UAE quits OPEC", as a newsletter's subject prints it); marks glued to a word stay ("↓↓11Violence ...")."""
    words = headline.split(" ")
    lead = 0
    while lead < len(words) - 1 and all(unicodedata.category(c) in _DECORATION for c in words[lead]):
        lead += 1
    return " ".join(words[lead:]).strip() if lead and any(c.isalpha() for c in " ".join(words[lead:])) else headline
