"""Stage 2a: source lines, judged one by one by shape and by their neighbours.

Every non-empty line becomes a Line that knows whether it is noise (and why: a RemovedReason), whether it
could be a headline, and how many words it has. Lines are judged by their shape and position (repetition,
length, punctuation, what follows them), with short phrase families only for widget text that has no
distinctive shape. The splitting and header stages only read these marks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from generator.model import RemovedLine, RemovedReason
from generator.sources.bylines import is_byline
from generator.sources.capitals import title_cased
from generator.sources.furniture import BUTTON, PHOTO_WORDS, RELATED_LABEL, SECTION_END, TRAILING_CREDIT
from generator.sources.heading_paragraphs import unmark_heading_paragraphs
from generator.sources.noise import FOOTNOTE, noise_reason
from generator.sources.spacing import normalise_line
from generator.sources.summaries import mark_summary_boxes
from generator.sources.templates import template_lines
from generator.sources.title_lines import same_headline, title_head
from generator.sources.wraps import TERMINAL, is_wrapped

#: Paragraphs shorter than this (in words) do not by themselves prove that an article body has started.
MIN_BODY_WORDS = 12
#: A heading candidate longer than this is a headline, not a section subheading.
MAX_SUBHEADING_WORDS = 8
MAX_HEADLINE_WORDS = 30
#: A finished sentence, questions included: what ends a line of running text that is not headline-shaped.
_FINISHED = re.compile(r"[.!?…。！？][\"'”’»)\]」』]*$")
#: What a pasted line may carry after its sentence's last mark: emoji and symbols, a link, a wire's initials ("... US. PTI"),
#: a wire's end mark closing its last paragraph ("...市场。(完)", "... talks. (END)").
_TRAILER = re.compile(
    r"(?:\s+(?:https?://\S+|www\.\S+|pic\.twitter\.com/\S+)|(?<=[.!?…\"”’])\s+\(?[A-Z]{2,5}\)?|(?<=[.!?…\"”’。！？」])\s*\((?:完|[Ee]nd)\)"
    r"|[\s~\u200d\ufe0f\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff])+$"
)
#: What a trailer's last character can be (its URLs aside): the line's last character decides if _TRAILER need scan it.
_TRAILER_LAST = re.compile(r"[\s~\u200d\ufe0f\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faffA-Z)]")
#: A finished sentence inside a line, another following it: a paragraph.
_INNER_SENTENCE_END = re.compile(r"[a-z]{2}[.!?] [A-Z(]")
#: The signature closing an embedded tweet: "— Rep. Ilhan Omar (@Ilhan) November 19, 2019". Quoted text, not a widget.
_TWEET_SIGNATURE = re.compile(r"^[—–-]+ ?[^()]{1,60}\(@\w{1,30}\) [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}$")

#: A short name in square brackets, alone on its line.
_CITATION = re.compile(r"^\[[^\[\]]{2,40}\]$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")


@dataclass(frozen=True, slots=True)
class Line:
    """A non-empty line of the source with what the cleaner learnt about it."""

    text: str
    gap_before: int  # blank lines before it
    noise: RemovedReason | None  # reason to drop, or None
    candidate: bool  # could be a headline or subheading
    words: int
    md_level: int = 0  # Markdown heading level, 0 when not a Markdown heading
    went_on: bool = False  # joined from lines that went on in lower case (hard-wrapped, or cut at a link)
    listed: bool = False  # a list item, table cell or template label the text holds: running text, whatever its shape


def is_candidate(text: str, words: int) -> bool:
    """A line shaped like a headline or subheading: short, capitalised, not a finished sentence."""
    if words == 0 or words > MAX_HEADLINE_WORDS:
        return False
    first = text.lstrip("\"'“‘«(「")[:1]
    caseless = first.isalpha() and not first.islower() and not first.isupper()  # Arabic, CJK...
    if not (first.isupper() or first.isdigit() or caseless):
        return False
    if _INNER_SENTENCE_END.search(text) and not (text[-1:].isalnum() and title_cased(text)):
        return False  # a finished sentence inside the line: a paragraph, unless Title Cased ("Why X? Here Is What Y Says")
    text = sentence_text(text)
    return not TERMINAL.search(text) or (text.endswith("?") and words <= 20)


def may_trail(text: str) -> bool:
    """Whether _TRAILER can match: a line ending in a trailer's character or holding a link (most lines end in a full stop)."""
    return bool(_TRAILER_LAST.match(text[-1:])) or "://" in text or "www." in text or "pic.twitter.com/" in text


def sentence_text(text: str) -> str:
    """A line without what may trail its last sentence on a page (emoji, a link, a wire's initials)."""
    return (_TRAILER.sub("", text) or text) if may_trail(text) else text


def scan_lines(text: str, max_chars: int) -> list[Line]:
    """Source text to non-empty Lines, hard-wrapped paragraphs joined."""
    lines: list[Line] = []
    pending: list[str] = []  # the parts of a hard-wrapped paragraph, joined once (never re-copied per line)
    pending_gap = pending_level = 0
    gap = 0

    def flush() -> None:
        if pending:
            line = _classify(" ".join(pending), pending_gap, pending_level)
            lines.append(replace(line, went_on=True) if len(pending) > 1 else line)
            pending.clear()

    raws = text.split("\n")
    for n, raw in enumerate(raws):
        line = normalise_line(raw, max_chars)
        if not line:
            gap += 1
            continue
        md = _MD_HEADING.match(line)
        level = len(md.group(1)) if md else 0
        if md:
            line = md.group(2)
        # A block quote's wrapped line goes on without its mark: the quote's is once, at its start.
        going_on = (line.lstrip("> \t") or line) if pending and pending[0][:1] == ">" == line[:1] else line
        if pending and gap == 0 and not level and not pending_level and (
                FOOTNOTE.match(pending[0]) or is_wrapped(pending[-1], going_on, raws[n + 1].lstrip() if n + 1 < len(raws) else "")):
            pending.append(going_on)
            continue
        flush()
        pending.append(line)
        pending_gap, pending_level = gap, level
        gap = 0
    flush()
    return mark_tweets(mark_related_lists(mark_link_lists(mark_section_boxes(mark_repeated_widgets(mark_sandwiched(mark_header_captions(mark_summary_boxes(unmark_heading_paragraphs(lines)))))))))


def cut_lines(text: str, max_chars: int) -> list[RemovedLine]:
    """A note for every line longer than the limit, which the cleaner cut (bounded time, nothing silent)."""
    notes = []
    for number, raw in enumerate(text.split("\n"), 1):
        if len(raw) > max_chars:
            notes.append(RemovedLine(f"line {number}: {len(raw) - max_chars:,} characters after the first {max_chars:,} were cut "
                                     f"(raise max_line_chars to keep them)", RemovedReason.OVERLONG))
    return notes


def mark_header_captions(lines: list[Line]) -> list[Line]:
    """Before the article's text starts, a sentence followed by an agency credit is a photo caption."""
    marked = list(lines)
    next_clean: list[Line | None] = [None] * len(lines)
    upcoming: Line | None = None
    for i in range(len(lines) - 1, -1, -1):  # one backward pass: the next line that is not noise, for every line
        next_clean[i] = upcoming
        if lines[i].noise is None:
            upcoming = lines[i]
    for i, line in enumerate(lines):
        following = next_clean[i]
        # Only when more header follows: a first paragraph ending "(Reuters)" stays text.
        if line.noise is None and TRAILING_CREDIT.search(line.text) and line.words <= 35 and (
            following is None or not is_body(following) or TRAILING_CREDIT.search(following.text)
            or PHOTO_WORDS.search(line.text)
        ):
            marked[i] = replace(line, noise=RemovedReason.CAPTION, candidate=False)
        elif is_body(line):
            break
    return marked


def mark_sandwiched(lines: list[Line]) -> list[Line]:
    """A short, unfinished line with widget text on both sides is part of the widget (a newsletter pitch)."""
    marked = list(lines)
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if line.noise is None and not is_text(line) and line.words <= 25:
            if lines[i - 1].noise in (RemovedReason.WIDGET, RemovedReason.RELATED) and lines[i + 1].noise in (RemovedReason.WIDGET, RemovedReason.RELATED):
                marked[i] = replace(line, noise=RemovedReason.WIDGET, candidate=False)
    return marked


#: A box of other stories is its header and at least this many lines stacked right under it, at most the other number.
MIN_BOX_ITEMS, MAX_BOX_ITEMS = 2, 15


def mark_section_boxes(lines: list[Line]) -> list[Line]:
    """A box of other stories once the text has started ("Trending News" over a stack of teasers, inside the text or after
    it): its header and the short lines stacked under it, no blank line between them, none a paragraph."""
    marked = list(lines)
    first_body = next((i for i, line in enumerate(lines) if is_body(line)), len(lines))
    for i, line in enumerate(lines):
        if i < first_body or line.noise is not None or line.words > MAX_SUBHEADING_WORDS or not SECTION_END.match(line.text):
            continue  # before the text, a menu's entries: the header's stage reads them
        end = next((j for j in range(i + 1, min(len(lines), i + 1 + MAX_BOX_ITEMS)) if lines[j].gap_before), None)
        items = range(i + 1, end) if end is not None else ()
        if len(items) >= MIN_BOX_ITEMS and not any(is_body(lines[j]) for j in items):
            marked[i] = replace(line, noise=RemovedReason.WIDGET, candidate=False)  # the box's label: page chrome ("More from X")
            for j in items:
                marked[j] = replace(lines[j], noise=lines[j].noise or RemovedReason.RELATED, candidate=False)
    return marked


def mark_link_lists(lines: list[Line]) -> list[Line]:
    """Teaser lists: headline-shaped lines stacked without blank lines, or listed under a 'Read more' header."""
    spaced = sum(1 for line in lines if line.gap_before) >= len(lines) // 2
    marked = list(lines)
    items = list_items(lines)
    body_seen = False
    for i, line in enumerate(lines):
        body_seen = body_seen or is_body(line)
        if i == 0 or line.noise is not None or is_body(line) or is_byline(line.text):
            continue
        under_header = (body_seen and (marked[i - 1].noise in (RemovedReason.WIDGET, RemovedReason.RELATED)
                                       or marked[i - 1].noise is not None and RELATED_LABEL.match(lines[i - 1].text)) and line.gap_before == 0
                        and not is_text(line) and not BUTTON.match(lines[i - 1].text))  # a "Print" button heads no list: a recipe's card follows it
        previous = lines[i - 1]
        stacked = (
            spaced and body_seen and not items[i] and line.candidate and line.gap_before == 0 and line.words >= 4
            and previous.candidate and previous.words >= 4 and not is_byline(previous.text)
            and title_cased(line.text) and title_cased(previous.text)
            and not same_headline(title_head(previous.text), line.text)  # a browser title line over the headline it prints
        )
        if under_header or stacked:
            marked[i] = replace(line, noise=RemovedReason.RELATED, candidate=False)
            if stacked and marked[i - 1].noise is None:
                marked[i - 1] = replace(previous, noise=RemovedReason.RELATED, candidate=False)
    return marked


#: A header announcing links to other stories: "Related:", "Related articles", "See also", "Read more".
_RELATED_HEADER = re.compile(r"(?:related(?: (?:articles?|stories|news|coverage|content|links|posts|reading))?|see also|read (?:more|also))\s*:?",
                             re.I)
#: The marker opening a list's item: "1. ", "2) ", "- ", "* ".
_ITEM_MARK = re.compile(r"(?:\d{1,2}[.)]|[-*•])\s")


def mark_related_lists(lines: list[Line]) -> list[Line]:
    """The items of a list under a related-links header ("Related:" over "1. ...", "2. ..."), one blank line between them at
    most: links to other stories, however long and sentence-like each title is (a news portal's summaries)."""
    marked = list(lines)
    under = False  # whether the lines so far are a related header and its items
    for i, line in enumerate(lines):
        item = under and bool(_ITEM_MARK.match(line.text)) and line.gap_before <= (1 if lines[i - 1].noise and not _ITEM_MARK.match(lines[i - 1].text) else 0)
        if item:
            marked[i] = replace(line, noise=RemovedReason.RELATED, candidate=False)
        under = item or line.noise in (RemovedReason.WIDGET, RemovedReason.RELATED) and bool(_RELATED_HEADER.fullmatch(line.text))
    return marked


def list_items(lines: list[Line]) -> list[bool]:
    """For each line, whether it is an item of a list a line of text announced: stacked right under it, no blank line between."""
    items = [False] * len(lines)
    for i in range(1, len(lines)):
        line = lines[i]
        items[i] = line.gap_before == 0 and line.noise is None and (introduces_list(lines[i - 1]) or items[i - 1] and line.candidate)
    return items


def introduces_list(line: Line) -> bool:
    """A line of text that announces a list: it ends with a colon, or is paragraph-long with one ("... deployed: 4 ships")."""
    if line.noise is not None or line.words < 3:
        return False
    return line.text.endswith(":") or line.words >= MIN_BODY_WORDS and ": " in line.text


#: Lines stacked without blank lines, each printed elsewhere on the page too, that make a widget (a news ticker shown twice).
MIN_REPEATED_STACK = 3


def mark_repeated_widgets(lines: list[Line]) -> list[Line]:
    """A short line that recurs with article text between its occurrences is an ad or widget, not a headline; so is a
    stack of longer lines that all recur (a ticker or teaser box printed twice)."""
    seen: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line.noise is None:
            seen.setdefault(line.text, []).append(i)
    bodies_before: list[int] = []
    count = 0
    for line in lines:
        count += is_body(line)
        bodies_before.append(count)
    recurs = [False] * len(lines)
    for positions in seen.values():
        if len(positions) > 1 and bodies_before[positions[-1]] > bodies_before[positions[0]]:
            for i in positions:
                recurs[i] = True
    first_body = next((i for i, line in enumerate(lines) if is_body(line)), len(lines))
    labels = template_lines([line.text if line.noise is None else None for line in lines], recurs, first_body)
    citations = _citations(lines)
    copies = _text_copies(lines, seen)  # the text printed twice (a print copy under the page): its list is text, said once
    recurs = [recurring and i not in labels and i not in citations and i not in copies for i, recurring in enumerate(recurs)]  # a template's labels are text
    marked = [replace(line, candidate=False, listed=True) if i in labels else line for i, line in enumerate(lines)]
    for i in _in_repeated_stacks(lines, recurs):
        marked[i] = replace(lines[i], noise=RemovedReason.REPEATED_WIDGET, candidate=False)
    for i in copies.values():
        marked[i] = replace(lines[i], noise=RemovedReason.DUPLICATE, candidate=False)
    return marked


def _text_copies(lines: list[Line], seen: dict[str, list[int]]) -> dict[int, int]:
    """{line: its later copy} for the short lines of the text printed again further down the page in the same order as
    its paragraphs (a list under the line announcing it, a short sentence), reached from a copied paragraph through lines
    of text only: an ad or widget repeated between paragraphs never has the same paragraphs around each copy."""
    offsets = {positions[1] - positions[0] for text, positions in seen.items() if len(positions) == 2 and is_body(lines[positions[0]])}
    copies: dict[int, int] = {}
    for offset in offsets:
        for start in (i for i in range(len(lines) - offset) if is_body(lines[i]) and lines[i + offset].text == lines[i].text):
            for step in (1, -1):
                i = start + step
                while 0 <= i < len(lines) - offset and i + offset != start and lines[i + offset].text == lines[i].text and _copied_text(lines, i):
                    if not is_body(lines[i]):
                        copies[i] = i + offset
                    i += step
    return copies


def _copied_text(lines: list[Line], i: int) -> bool:
    line = lines[i]
    return line.noise is None and (is_text(line) or introduces_list(line) or bool(_ITEM_MARK.match(line.text)) or is_body(line))


#: A page cites its sources under its paragraphs when it names at least this many in brackets (one name is a credit).
MIN_CITED_SOURCES = 3


def _citations(lines: list[Line]) -> set[int]:
    """Sources in brackets under paragraphs ("[Engadget]", "[CNET]"): whom a review quotes, however often it cites each.
    Only when the page names several: one name in brackets throughout ("[Al Jazeera]") credits its own maps."""
    found = {i for i in range(1, len(lines)) if _cites(lines, i)}
    return found if len({lines[i].text for i in found}) >= MIN_CITED_SOURCES else set()


def _cites(lines: list[Line], i: int) -> bool:
    """A name in brackets under a line of text, no ad's label ("[Advertisement]" cites no one)."""
    text = lines[i].text
    if not (text[:1] == "[" and _CITATION.match(text)) or not is_text(lines[i - 1]):
        return False
    return noise_reason(text[1:-1], count_words(text[1:-1])) is None


def _in_repeated_stacks(lines: list[Line], recurs: list[bool]) -> list[int]:
    """Indexes of recurring lines that are short, or stand in a stack of recurring lines on a page whose paragraphs are spaced."""
    bodies = [line for i, line in enumerate(lines) if is_body(line) and not recurs[i]]  # the page's own paragraphs
    spaced = sum(1 for line in bodies if line.gap_before) * 2 > len(bodies)
    found: list[int] = []
    run: list[int] = []
    for i, line in enumerate(lines + [None]):  # a sentinel closes the last run
        if line is not None and recurs[i] and run and line.gap_before == 0:
            run.append(i)
            continue
        found += [j for j in run if lines[j].words <= 12 or spaced and len(run) >= MIN_REPEATED_STACK]
        run = [i] if line is not None and recurs[i] else []
    return found


def is_tweet_signature(text: str) -> bool:
    """The line that closes an embedded tweet: a dash, the author, their @handle and the date."""
    return "(@" in text and bool(_TWEET_SIGNATURE.match(text))


def mark_tweets(lines: list[Line]) -> list[Line]:
    """An embedded tweet is quoted text: its signature (the same on two tweets of a day) and the line it signs stay text."""
    marked = list(lines)
    for i, line in enumerate(lines):
        if is_tweet_signature(line.text):
            marked[i] = replace(line, noise=None, candidate=False)
            previous = lines[i - 1] if i else None
            if previous is not None and previous.noise in (None, RemovedReason.RELATED, RemovedReason.REPEATED_WIDGET):
                marked[i - 1] = replace(previous, noise=None, candidate=False)
    return marked


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def count_words(text: str) -> int:
    """Words in a line; scripts written without spaces count about one word per two characters."""
    return max(len(text.split()), len(_CJK.findall(text)) // 2)


def _classify(text: str, gap: int, md_level: int) -> Line:
    words = count_words(text)
    noise = noise_reason(text, words)  # a heading too: a scraped page writes "## Related coverage" and "## Comments" as headings
    candidate = noise is None and (bool(md_level) or is_candidate(text, words))
    return Line(text=text, gap_before=gap, noise=noise, candidate=candidate, words=words, md_level=md_level)


def is_body(line: Line) -> bool:
    """A line that proves an article body: a real paragraph."""
    return line.noise is None and not line.candidate and line.words >= MIN_BODY_WORDS


def is_finished(text: str) -> bool:
    """A line that ends as a sentence does (a full stop, a question or an exclamation mark, past what may trail it)."""
    return bool(_FINISHED.search(sentence_text(text)))


def is_text(line: Line) -> bool:
    """A line of running text: a body paragraph, or a short finished sentence ('"Not a market," he said.')."""
    if line.noise is not None:
        return False
    return line.listed or is_body(line) or is_tweet_signature(line.text) or (not line.candidate and line.words >= 3 and bool(_FINISHED.search(sentence_text(line.text))) and line.text[:1].isupper() or line.text[:1] in "\"“‘'")
