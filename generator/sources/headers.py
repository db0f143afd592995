"""Stage 2b: one article from its lines: title, standfirst, byline, bio, wire dateline, body blocks.

Every dropped line is kept, with its reason, in the article's provenance.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from generator.model import Article, Block, RemovedLine, RemovedReason, SourceDocument
from generator.sources.bylines import UPPER, is_byline, is_name_line, is_piped_byline, is_under_name, is_writer_title
from generator.sources.echoes import echoed_lines
from generator.sources.furniture import COMMENTS_HEADER, NOTES_HEADER, SECTION_END
from generator.sources.headline_stacks import undecorated
from generator.sources.lines import (
    MAX_SUBHEADING_WORDS,
    MIN_BODY_WORDS,
    Line,
    is_body,
    is_finished,
    is_text,
    list_items,
)
from generator.sources.numbered import list_goes_on
from generator.sources.span import main_text_span, text_resumed
from generator.sources.word_lists import read_words

#: A dateline's place in capitals, in Latin or Cyrillic letters ("MOSCOW", "МОСКВА").
_CAPS = "A-ZÀ-ÖØ-ÞА-ЯЁ"
_DATELINE = re.compile(
    rf"^(?P<place>[{_CAPS}][{_CAPS}.'’\-]*(?:\s+[{_CAPS}][{_CAPS}.'’\-]*){{0,3}}"
    r"(?P<cities>(?:/[A-Z][A-Z.'’\-]*(?![\w])(?:\s+[A-Z][A-Z.'’\-]*(?![\w])){0,2}){1,3})?)"
    r"(?:,\s*(?P<region>(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?=\s*[(,]))?"
    # ... its day after the month, or before it as other languages write it ("7 décembre 2026", "7 de dezembro", "7 декабря")
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?(?:\s+(?:de\s+)?\d{4})?))?\.?\s*"
    r"(?:/(?P<agency>[^/]{2,40})/\.?|\((?P<agency2>[^\W\d_][\w .&'’-]{1,40})\))?"
    r"\s*(?P<separator>\.?[-—–]+|:)?\s*"  # "MADRID, 7 dic (EFE).- ..." as Spanish wires set it
)
#: The label of a release on a line of its own ("PRESS RELEASE", "For immediate release", "FOR THE PRESS").
_RELEASE_LABEL = re.compile(r"^(?i:(?:press|media|news)\s+release|for\s+immediate\s+release|for\s+the\s+press|press\s+statement)$")
#: A release's label stands among this many first lines of its file, under its letterhead.
MAX_LETTERHEAD_LINES = 6


def _letterhead_end(lines: list[Line]) -> int:
    """The index of a release's label under its letterhead at the head of an untitled file (the ministry's names, address,
    telephone and web address over "PRESS RELEASE"): those lines are no text; -1 when there is none."""
    for i, line in enumerate(lines[:MAX_LETTERHEAD_LINES]):
        if _RELEASE_LABEL.match(re.sub(r"[*_#]+", "", line.text).strip(" :")):
            return i
    return -1


#: A summary's label opening the paragraph over the text ("IN SHORT: ...", "Summary: ..."): the standfirst.
_SUMMARY_LABEL = re.compile(r"^(?:\*\*|__)?(?i:in short|in brief|summary|key points|key takeaways|at a glance|the gist|tl;?dr)"
                            r"(?:\*\*|__)?\s*:\s*\S")
#: Labels before a colon that name no place (data/lead_labels.txt, and the headline flags: "BREAKING:").
_LEAD_LABELS = read_words("lead_labels") | read_words("headline_flags")
#: A writer's bio ("NAME is a journalist who ..."), after a dash too ("— Jane Roe is a senior fellow at ...", under an op-ed).
_BIO = re.compile(
    r"^(?:>\s*)?(?:\*{1,2}|_{1,2}|[—–-]{1,2}\s*)?(?P<name>[^\W\d_][\w'’.\-]+(?:\s+[^\W\d_][\w'’.\-]+){1,3})(?:\*\*|__)?\s+"
    r"(?:(?:is|was)\s+(?:(?:an?|the)\s+.{0,160}?\b|(?:[A-Z][\w-]*\s+){0,3})"  # "is Director of ...", "is Senior Fellow at ...": a title
    r"(?i:journalist|writer|analyst|columnist|correspondent|editor|reporter|author|professor|fellow|researcher|commentator|"
    r"contributor|lecturer|director|scholar|ambassador)s?\b"
    r"|is\s+[A-Z][\w-]+\s+ambassador\s+to\b"  # an envoy's op-ed: "Jane Roe is French ambassador to Indonesia."
    r"|joined (?:the|[A-Z]).{0,60}\bin (?:19|20)\d\d\b.{0,40}\bcovers?\b)"
    r"|^\(?The (?:writer|author|columnist)s?(?: (?:is|are) (?:an?\b|the\b|[A-Z])|, (?:an?|the) )"  # "(The writer is a researcher ...)",
    # "(The writer, a policy expert, holds ...)": named by their role alone
)


#: A standfirst is a sentence: a shorter line under the headline is a section label or kicker ("MEDIA COMMENTARY").
MIN_STANDFIRST_WORDS = 6


#: A bio over the text is a line or two; one closing the text may go on with the writer's career (a staff page's box).
MAX_BIO_WORDS = 40
MAX_END_BIO_WORDS = 90


def opens_with_bio(text: str) -> bool:
    """True when a line is an author's bio ('NAME is a journalist who...')."""
    return bool(_BIO.match(text))


def dateline_of(text: str) -> tuple[str, str] | None:
    """(dateline, rest of paragraph) when the paragraph opens with a wire dateline.

    'TOKYO, February 7. /TASS/.', 'RIYADH, March 3 (Reuters) -', 'BEIJING (AP) —', 'TOKYO --', 'RIYADH:'.
    """
    match = _DATELINE.match(text)
    if not match:
        return None
    place = match.group("place").strip()
    agency = match.group("agency") or match.group("agency2")
    if not (place.isupper() and len(place.replace(" ", "")) >= 3):
        return None
    if match.group("cities") and min(len(part.strip()) for part in place.split("/")) < 4:
        return None  # "US/EU Trade ...": initials, not cities
    # Several cities ("DUBAI/WASHINGTON Iran freed ...") need no separator: no sentence opens that way.
    if not (agency or match.group("separator") or match.group("cities") or (match.group("date") and text[match.end() - 1 : match.end()] in "-—–")):
        return _bare_dateline(text)
    if not (agency or match.group("date")) and match.group("separator") == ":" and (len(place.split()) > 3 or place.casefold() in _LEAD_LABELS):
        return None  # "IN SHORT:", "UPDATE:": a label, no place
    rest = text[match.end():].lstrip(" .—–-")
    if not rest or not rest[:1].isupper() and rest[:1] not in "\"“‘'":
        return None
    return text[: match.end()].strip(), rest


#: A wire's dateline with the place in small letters, as some agencies print theirs: "Doha, May 19 (QNA) -".
_SMALL_DATELINE = re.compile(
    r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?"
    r" ?(?:\([A-Za-z]{2,12}\)|/[A-Za-z]{2,12}/) ?[-—–]"
)


def opens_with_wire(text: str) -> bool:
    """True when a paragraph opens on a wire's dateline, the place in capitals or not ("Doha, May 19 (QNA) - ...")."""
    return dateline_of(text) is not None or bool(_SMALL_DATELINE.match(text))


#: A city in capitals, then a sentence: a wire dateline whose dash was lost ("SEOUL Defence officials ...").
_BARE_DATELINE = re.compile(r"^([A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2}) ")
#: How the sentence after such a dateline opens: a capitalised word, "A" or "I", or an abbreviation ("U.S. Secretary").
_SENTENCE_OPENING = re.compile(r"[A-Z\"“‘'][a-z]|[AI] \w|(?:[A-Z]\.){2,} ")
#: The cities such a dateline may name (no sentence opens on a city in capitals, but "NATO Defence ministers" does on an acronym).
DATELINE_CITIES = read_words("dateline_cities")


def _bare_dateline(text: str) -> tuple[str, str] | None:
    """(dateline, rest) when a paragraph opens on a known city in capitals and no separator."""
    match = _BARE_DATELINE.match(text)
    words = match.group(1).split(" ") if match else []
    for count in range(len(words), 0, -1):  # the longest city first: "HONG KONG A ...", "MOSCOW U.S. Secretary ..."
        place = " ".join(words[:count])
        rest = text[len(place) + 1:]
        if place.casefold() in DATELINE_CITIES and _SENTENCE_OPENING.match(rest):
            return place, rest
    return None


def build_article(document: SourceDocument, lines: list[Line], titled: bool, position: int) -> Article | None:
    """One article from its lines: title, standfirst, byline, body blocks and removed lines."""
    title = undecorated(lines[0].text) if titled else None  # a subject's emoji are no words of its headline
    rest = lines[1:] if titled else lines
    if not any(is_body(line) for line in rest):
        return None
    first_text, last_text = main_text_span(rest)
    last_text = text_resumed(rest, last_text)
    lead = lead_before_box(rest, first_text)
    last_body = list_goes_on(rest, min(max(i for i, line in enumerate(rest) if is_text(line)), last_text, _text_end(rest) - 1))
    blocks: list[Block] = []
    removed: list[RemovedLine] = []
    seen: set[str] = set()
    standfirst = byline = bio = dateline = None
    bio_at_end = started = False
    labelled_name = -1
    letterhead = -1 if titled else _letterhead_end(rest)  # a headline the splitter found stands over any label
    items = list_items(rest)
    echoes = echoed_lines(rest)
    for i, line in enumerate(rest):
        text = line.text
        if i > last_body:
            removed.append(RemovedLine(text, line.noise or RemovedReason.AFTER_END))
            continue
        if i <= letterhead:
            removed.append(RemovedLine(text, line.noise or RemovedReason.NAVIGATION))  # a release's letterhead and its label
            continue
        if not started and byline is None and _dated_name(rest, i):
            byline = text  # the author's name over the date, though the page repeats it in its teaser lists
            continue
        if byline is not None and not started and i > 0 and rest[i - 1].text == byline and is_under_name(text):
            removed.append(RemovedLine(text, RemovedReason.BYLINE))  # the writer's title, handle or wire, under the name
            continue
        if not started and byline is None and _labelled_name(rest, i) is not None:
            labelled_name = _labelled_name(rest, i)
            byline = rest[labelled_name].text  # "By" or "Authors" on a line of its own (a cleaner may take
            # "WRITTEN BY" for a credit), the name on the next
            removed.append(RemovedLine(text, RemovedReason.BYLINE))
            continue
        if line.noise:
            removed.append(RemovedLine(text, line.noise))
            continue
        if title is not None and _same_headline(text, title):
            removed.append(RemovedLine(text, RemovedReason.REPEATED))
            continue
        if text == byline:
            removed.append(RemovedLine(text, RemovedReason.BYLINE))  # the byline printed again (in the page's footer)
            continue
        if i == labelled_name:
            continue
        if i in echoes:
            removed.append(RemovedLine(text, RemovedReason.DUPLICATE))  # a highlight or pull quote the text says in full
            continue
        if not started and byline is None and (is_byline(text) or is_piped_byline(text) or is_name_line(text) and _dateline_follows(rest, i)):
            byline = text
            continue
        if not started and standfirst is None and title is not None and line.words >= MIN_STANDFIRST_WORDS and _byline_follows(rest, i):
            standfirst = text  # the sentence between headline and byline
            continue
        if not started and standfirst is None and not blocks and line.words >= MIN_STANDFIRST_WORDS and _SUMMARY_LABEL.match(text):
            standfirst = text  # "IN SHORT: ...", "Key points: ...": the summary over the text, titled or not
            continue
        if bio is None and line.words <= (MAX_END_BIO_WORDS if started else MAX_BIO_WORDS) and opens_with_bio(text) and (not started or i == last_body):
            bio, bio_at_end = text, started
            continue
        if line.candidate and not started:
            if standfirst is None and line.words >= MIN_STANDFIRST_WORDS and title is not None:
                standfirst = text
            else:
                removed.append(RemovedLine(text, RemovedReason.NAVIGATION))
            continue
        if line.candidate and started and not items[i] and not text.endswith("?") and line.words <= MAX_SUBHEADING_WORDS * 2 and _has_body_after(rest, i, last_body):
            blocks.append(Block("heading", text))
            continue
        if text in seen and line.words >= MIN_BODY_WORDS:
            removed.append(RemovedLine(text, RemovedReason.DUPLICATE))
            continue
        if line.words <= 6 and text.endswith(":") and _next_opens_with_dateline(rest, i):
            removed.append(RemovedLine(text, RemovedReason.LEAD_IN))  # "Mainichi press reports:" before pasted wire copy
            continue
        if not started and dateline is None:
            found = dateline_of(text)
            if found:
                dateline, text = found
        if i == lead:
            seen.add(line.text)
            blocks.append(Block("paragraph", text))  # the lead, before a box of links: the header is still open after it
            continue
        if not started and (i < first_text or not is_text(line) and line.words < 6):
            removed.append(RemovedLine(text, RemovedReason.NAVIGATION))
            continue
        started = True
        seen.add(line.text)
        blocks.append(Block("paragraph", text))
    if not any(b.kind == "paragraph" for b in blocks):
        return None
    return Article(
        source=document.path,
        position=position,
        title=title,
        blocks=tuple(blocks),
        removed=tuple(removed),
        standfirst=standfirst,
        byline=byline,
        bio=bio,
        bio_at_end=bio_at_end,
        dateline=dateline,
        meta=document.meta,
    )


#: A lead is a paragraph of this many words at least, and the box of links after it this many lines at most.
MIN_LEAD_WORDS = 20
MAX_BOX_LINES = 20


def lead_before_box(lines: list[Line], first_text: int) -> int:
    """Index of the article's lead when a box of links (no running text in it) cuts it off the rest of the text; else -1.

    The lead is the last paragraph before the text's span, and finishes its sentence.
    """
    i = next((j for j in range(first_text - 1, max(-1, first_text - MAX_BOX_LINES - 2), -1) if is_body(lines[j])), -1)
    if i < 0:
        return -1
    box = lines[i + 1 : first_text]
    if lines[i].words < MIN_LEAD_WORDS or not is_finished(lines[i].text) or any(map(_in_header, box)):
        return -1  # a caption or standfirst: the header goes on after it
    return i if any(map(_is_link, box)) else -1  # a share bar or an ad alone follows a picture's caption too


def _is_link(line: Line) -> bool:
    """A teaser link of a box: marked so, or a headline of four words or more."""
    return line.noise == RemovedReason.RELATED or line.noise is None and line.candidate and line.words >= 4


#: What follows a headline or a picture, never the lead: a credit or caption, the date, the byline.
_HEADER_REASONS = frozenset({RemovedReason.CAPTION, RemovedReason.TIMESTAMP, RemovedReason.CREDITS})


def _in_header(line: Line) -> bool:
    """A line that shows the header is still going on (so the paragraph before it is a caption): or running text."""
    return line.noise in _HEADER_REASONS or is_byline(line.text) or is_text(line)


#: Body paragraphs the article must already have for a comments or section header to end it (share bars and menus
#: at the top name comments and other stories too).
MIN_BODY_BEFORE_COMMENTS = 3


def _text_end(lines: list[Line]) -> int:
    """Index of the comment section's or the after-article list's header, or one past the end when there is none."""
    resumes, resumes_spaced = _paragraphs_resume(lines, spaced=False), _paragraphs_resume(lines, spaced=True)
    bodies = 0
    spaced = False  # whether the article's paragraphs are set off by blank lines (a teaser list's are not)
    for i, line in enumerate(lines):
        if is_body(line):
            bodies += 1
            spaced = line.gap_before > 0
        if bodies >= MIN_BODY_BEFORE_COMMENTS and line.words <= 8 and (
            COMMENTS_HEADER.match(line.text) or NOTES_HEADER.match(line.text) or SECTION_END.match(line.text) and not (resumes_spaced if spaced else resumes)[i]
        ):
            return i
    return len(lines) + 1


def _paragraphs_resume(lines: list[Line], spaced: bool) -> list[bool]:
    """For each line, whether two body paragraphs in a row (set off by blank lines, when ``spaced``) follow it: after a box of
    links inside the article, not a list after it."""
    resumes = [False] * len(lines)
    for i in range(len(lines) - 3, -1, -1):
        pair = lines[i + 1 : i + 3]
        resumes[i] = resumes[i + 1] or all(is_body(line) and (line.gap_before > 0 or not spaced) for line in pair)
    return resumes


def _following(lines: list[Line], i: int, count: int, keep: Callable[[Line], bool]) -> list[Line]:
    """The first ``count`` lines after line ``i`` that ``keep`` accepts."""
    # Walked by index and stopped at ``count``: a copy of the rest of the file per header line is quadratic.
    found: list[Line] = []
    for j in range(i + 1, len(lines)):
        if len(found) == count:
            break
        if keep(lines[j]):
            found.append(lines[j])
    return found


def _next_opens_with_dateline(lines: list[Line], i: int) -> bool:
    """True when the next line is a paragraph that opens with a wire dateline ("MOSCOW (Kyodo) —")."""
    following = _following(lines, i, 1, lambda line: not line.noise)
    return bool(following) and dateline_of(following[0].text) is not None


def _dateline_follows(lines: list[Line], i: int) -> bool:
    """True when the next line that is not noise is a body paragraph opening with a wire dateline."""
    following = _following(lines, i, 1, lambda line: not line.noise)
    return bool(following) and is_body(following[0]) and dateline_of(following[0].text) is not None


def _byline_follows(lines: list[Line], i: int) -> bool:
    """True when a byline (or a byline's label: 'By', 'Authors') comes within the next two lines that are not noise."""
    following = _following(lines, i, 2, lambda line: line.noise is None)
    return any(is_byline(line.text) or is_piped_byline(line.text) or _BYLINE_LABEL.match(line.text) for line in following)


#: A byline's label on a line of its own, the name on the next line ("By" / "John T Psaropoulos").
_BYLINE_LABEL = re.compile(r"^(?:by|authors?|written by|words by|reporter|reported by):?$", re.I)
#: A person's name: two to four capitalised words, initials too ("John T Psaropoulos").
_ONE_NAME = rf"[{UPPER}][\w'’.-]*(?: (?:[{UPPER}][\w'’.-]*|de|da|van|von|bin|al|el|la|le)){{1,3}}"  # "Ştefan Ţurcanu" too
_PERSON_NAME = re.compile(rf"^{_ONE_NAME}$")
#: ... or several, over a shared date stamp ("Jane Roe and John Smith", "Jane Roe, Bob Lee and Ann Poe").
_PERSON_NAMES = re.compile(rf"^{_ONE_NAME}(?:, {_ONE_NAME}){{0,3}}(?:,? (?:and|&) {_ONE_NAME})?$")


def _dated_name(lines: list[Line], i: int) -> bool:
    """True when line ``i`` is only a person's name (or several) and the page's date stamp, the writer's title, handle or
    wire follows it: a byline. A city's name over the date is where a release was issued ("New York" over "22 September")."""
    return (
        lines[i].noise in (None, RemovedReason.REPEATED_WIDGET) and bool(_PERSON_NAMES.match(lines[i].text))
        and not is_writer_title(lines[i].text) and lines[i].text.casefold() not in DATELINE_CITIES and i + 1 < len(lines)
        and (lines[i + 1].noise == RemovedReason.TIMESTAMP or is_under_name(lines[i + 1].text) and _opens_text(lines, i + 2))
    )


def _opens_text(lines: list[Line], i: int) -> bool:
    """True when line ``i`` is the page's date stamp or a paragraph: what follows a byline, not a menu's next item."""
    return i < len(lines) and (lines[i].noise == RemovedReason.TIMESTAMP or is_body(lines[i]))


def _labelled_name(lines: list[Line], i: int) -> int | None:
    """Index of the name a byline label on line ``i`` introduces, or None when line ``i`` is no such label."""
    if not _BYLINE_LABEL.match(lines[i].text):
        return None
    if i + 1 < len(lines) and _PERSON_NAME.match(lines[i + 1].text):
        return i + 1  # the name right under the label, though the cleaner took it for a menu item
    following = next((j for j in range(i + 1, len(lines)) if lines[j].noise is None), None)
    return following if following is not None and _PERSON_NAME.match(lines[following].text) else None


def _same_headline(text: str, title: str) -> bool:
    return text.casefold() == title.casefold()


def _has_body_after(lines: list[Line], i: int, last_body: int) -> bool:
    """True when a paragraph follows line ``i`` before the next heading-like line."""
    for line in lines[i + 1 : last_body + 1]:
        if line.noise:
            continue
        return not line.candidate
    return False
