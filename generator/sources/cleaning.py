"""Stage 2: split a source document into articles and strip web-page noise.

Lines are judged by their shape and position (repetition, length, punctuation, what follows them,
whether the article's body has ended), with short phrase families only for widget text that has no
distinctive shape. Every dropped line is kept, with its reason, in the article's provenance.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Iterable, Mapping

from generator.model import Article, Block, RemovedLine, SourceDocument

# Why a line was removed: shown to editors in each brief's provenance.
REPEATED = "repeated headline"
CAPTION = "photo caption"
COUNTER = "share counter or stray token"
NAVIGATION = "site navigation"
DISCLAIMER = "disclaimer"
WIDGET = "comment, share or subscription widget"
AFTER_END = "after the article's end (teaser, related link or widget)"
DUPLICATE = "duplicate paragraph"
BYLINE = "byline"
BIO = "author bio"
LEAD_IN = "lead-in to quoted copy"
TIMESTAMP = "date or time stamp"
CREDITS = "credits or copyright line"
LINK = "bare link"
RELATED = "related links"
OVERLONG = "overlong line cut"
REPEATED_WIDGET = "line repeated between paragraphs (advertising or widget)"

#: Lines that close an article; a headline right after one starts the next article.
FOOTER_REASONS = {DISCLAIMER, CREDITS}
#: Paragraphs shorter than this (in words) do not by themselves prove that an article body has started.
MIN_BODY_WORDS = 12
#: A heading candidate longer than this is a headline, not a section subheading.
MAX_SUBHEADING_WORDS = 8
MAX_HEADLINE_WORDS = 30

_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_TERMINAL = re.compile(r"[.!?…:;。！？؟][\"'”’»)\]」』]*$")
_SENTENCE_END = re.compile(r"[.!…。！][\"'”’»)\]」』]*$")
_CREDIT = re.compile(
    r"(?:\((?:photo|image|file|credit)?[:\s]*[A-Z][\w&.'’\- /]{1,60}\)"
    r"|\b(?:Photo|Image|Picture|Credit|Source)s?\s*(?:by|:)\s*[A-Z][^.]{1,60}"
    r"|\[[^\]]{0,80}(?:Photo|Reuters|REUTERS|AFP|AP|Getty|EPA|Anadolu|Xinhua|Kyodo|Yonhap)[^\]]{0,40}\])\s*$"
)
_CAPTION_START = re.compile(r"^(?:Photo|Image|Picture|File photo|Caption)\s*[:/-]", re.I)
_COUNTER = re.compile(r"^(?:[\W\d_]{1,12}|[A-Z]{1,3}|\d+(?:[.,]\d+)?[KkMm]?(?:\s+(?:shares?|views?|comments?|likes?))?)$")
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\-]*(?:\s+[A-Z][A-Z.'’\-]*){0,3})"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?\.?\s*"
    r"(?:/(?P<agency>[^/]{2,40})/\.?|\((?P<agency2>[A-Za-z][\w .&'’-]{1,40})\))?"
    r"\s*(?P<separator>[-—–]+|:)?\s*"
)
_BYLINE = re.compile(
    r"^(?:By\s+)?(?P<name>[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,4})"
    r"(?:\s*(?:,|\||-|—|–)\s*(?P<rest>(?:[A-Z][\w&'’.\-]*\s+){0,4}"
    r"(?:staff\s+)?(?:writer|reporter|correspondent|editor|contributor|columnist|journalist|analyst)s?\b.*))?$"
)
_BIO = re.compile(
    r"^\*?(?P<name>[^\W\d_][\w'’.\-]+(?:\s+[^\W\d_][\w'’.\-]+){1,3})\s+(?:(?:is|was)\s+(?:an?|the)\s+.{0,160}?"
    r"\b(?:journalist|writer|analyst|columnist|correspondent|editor|reporter|author|professor|fellow|researcher|commentator|"
    r"contributor|lecturer|director|scholar)s?\b|joined (?:the|[A-Z]).{0,60}\bin (?:19|20)\d\d\b.{0,40}\bcovers?\b)"
)
_DISCLAIMER = re.compile(
    r"(?:views|opinions|statements).{0,80}\b(?:expressed|are)\b.{0,80}\b(?:author|writer|column|contributor)s?\b"
    r"|do(?:es)? not necessarily (?:reflect|represent)",
    re.I,
)
# Widget text with no distinctive shape: comment forms, share bars, newsletter and login prompts.
_WIDGET = re.compile(
    r"^(?:leave a (?:reply|comment)|notify of|inline feedbacks?|view all comments|(?:\d+\s+)?comments?|"
    r"what do you think\??|log ?(?:in|out)\b.*|sign (?:in|up)\b.*|subscribe\b.*|share(?: this| on)?\b.{0,30}|"
    r"connecting to %s|fill in your details.*|you are commenting using.*|this site uses akismet.*|"
    r"(?:twitter|facebook|google|wordpress\.com)? ?(?:picture|photo|account)\b.*|change \)|"
    r"advertisement\b.{0,40}|(?:scroll|continue) (?:to|reading)\b.*|continue reading.*|read (?:more|also|next)(?: at| on|:)?.{0,80}|"
    r"filed under:?.*|(?:suggested |related |explore more on these )?(?:tags?|topics?)\b:?.{0,40}|"
    r"short ?url|follow(?: [\w ]{1,40})?:?|save (?:articles?|this|for later)\b.*|(?:click|tap) here\b.*|"
    r"reuse this content|link copied|copy(?: link)?|(?:facebook|twitter|x|reddit|linkedin|pinterest|flipboard|whatsapp|telegram)|"
    r"share\d*|.{0,60}\bopens new tab|after newsletter promotion|sign up to\b.{0,60}|"
    r"enjoying this article\?.*|why you can trust\b.*|skip (?:next )?section.*|listen to (?:this )?article.*|"
    r"(?:last )?updated:?\s.{0,40}|published:?\s.{0,40}|related(?: articles?| stories| news)?:?|"
    r"most (?:read|popular)|click here.*|all rights reserved.*|©.*|copyright\b.{0,80}|"
    r"(?:sign up for|get) (?:our|the) .{0,40}newsletter.*|newsletter.{0,40}|follow us.*|print|email|"
    r"cookies?.{0,80}|skip to (?:main )?content|menu|search|home|close)$",
    re.I,
)
_TIMESTAMP = re.compile(
    r"^(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?.{0,20}|\d{1,2}\s+\w+\s+\d{4}(?:,?\s+\d{1,2}:\d{2}.*)?|"
    r"[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}(?:,? \d{1,2}:\d{2}.*)?|\d{4}-\d{2}-\d{2}.{0,20})$"
)
_SITE_NOTICE = re.compile(
    r"privacy (?:notice|policy)|terms of (?:service|use)|recaptcha|cookie (?:policy|settings)|"
    r"website contains only a portion of|contact us for subscription|subscribe (?:now|today) for|for full access|"
    r"newsletter.{0,80}sign up|sign up here|(?:email|save|print|share) this (?:article|story)",
    re.I,
)
#: A caption that ends in a finished sentence and then its credit: "... in Riyadh on Tuesday. (SPA)".
_TRAILING_CREDIT = re.compile(r"[.!]\s*\((?:[A-Z][A-Za-z]{0,3}[A-Z]|Reuters|Kyodo|Xinhua|Yonhap|Anadolu|Getty Images|File|[A-Z]+/[A-Z][\w ]+)\)$")
#: What photo captions say and article text does not: positions in the frame, present-tense poses.
_PHOTO_WORDS = re.compile(
    r"\((?:L|R|C|left|right|centre|center)\)|, (?:left|right|centre|center),|\b(?:shake hands|shakes hands|poses?|"
    r"gestures?|waves?|looks? on|arrives?|attends?|pictured|(?:is|are) seen)\b"
)
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_CREDIT_LINE = re.compile(
    r"^(?:(?:additional )?reporting by\b|writing by\b|editing by\b|edited by\b|editor:|compiled by\b|"
    r"source:\s*[\w .&'-]{2,60}$|©|\(c\)\s*\d{4}|copyright\b|all rights reserved|"
    r"[a-z]{2,4}(?:/[a-z]{2,4}){1,5}$|.{0,80}\bcontributed(?: reporting)? to this (?:report|story|article)\.?$)",
    re.I,
)
_PHOTO_CREDIT = re.compile(
    r"(?:\bvia (?:REUTERS|Reuters|AFP|AP|Getty Images)|Purchase Licensing Rights|\bPhotograph:|\bPhoto(?:graph)?s? ?(?:by|:)|"
    r"\bCredit:|\bImage:|/Getty Images|Getty Images$|\bREUTERS/[A-Z]|\bAFP/|\bAFP$|\bEPA(?:-EFE)?(?:/|$)|"
    r"© [A-Z][\w .&'/-]{1,60}$|\(File\)$|^\[\d+/\d+\])"
)
# Words without which the three patterns above cannot match: plain literals, which the regex engine scans
# for quickly, so the slow patterns run on the few lines that hold one (the folded line, for the
# case-insensitive ones). Keep each in step with its pattern.
_DISCLAIMER_WORDS = re.compile(r"views|opinions|statements|necessarily")
_SITE_NOTICE_WORDS = re.compile(
    r"privacy|terms of|recaptcha|cookie|website contains|contact us|subscribe|full access|newsletter|sign up|this article|this story"
)
_PHOTO_CREDIT_WORDS = re.compile(r"via |Purchase|Photo|Credit:|Image:|Getty|REUTERS/|AFP|EPA|© |\(File\)")  # or a leading "["
#: Words a date or time stamp is made of; a short line of nothing else is a stamp.
_STAMP_WORDS = re.compile(
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|"
    r"sun(?:day)?|updated|published|posted|last|on|at|ago|hours?|hrs?|minutes?|mins?|days?|am|pm|a\.m|p\.m|"
    r"gmt|utc|bst|cet|cest|est|edt|pst|pdt|jst|kst|ist|msk|ast|gst|local|time|\d+(?:st|nd|rd|th)?)",
    re.I,
)


def is_timestamp(text: str, words: int) -> bool:
    """A short line made only of dates, times, time zones and words like 'Updated' or 'ago'."""
    if words > 14 or not re.search(r"\d", text):
        return False
    rest = _STAMP_WORDS.sub(" ", text)
    return not re.search(r"[^\W\d_]{2,}", rest)


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")


@dataclass(frozen=True, slots=True)
class Line:
    """A non-empty line of the source with what the cleaner learnt about it."""

    text: str
    gap_before: int  # blank lines before it
    noise: str | None  # reason to drop, or None
    candidate: bool  # could be a headline or subheading
    words: int
    md_level: int = 0  # Markdown heading level, 0 when not a Markdown heading


#: Control characters but the tab: each becomes a space.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0a-\x1f]")


def normalise_line(line: str, max_chars: int) -> str:
    """NFC, no invisible characters, single spaces, trimmed, bounded length."""
    line = unicodedata.normalize("NFC", line[:max_chars])
    line = _INVISIBLE.sub("", line)
    line = _CONTROL_CHARS.sub(" ", line)
    return _SPACES.sub(" ", line).strip()


def noise_reason(text: str, words: int) -> str | None:
    """Why a line is web-page noise whatever its position, or None."""
    if _COUNTER.match(text):
        return COUNTER
    if _URL_LINE.match(text):
        return LINK
    if words <= 14 and "|" in text and not _SENTENCE_END.search(text) and not _is_byline(text):
        return NAVIGATION  # breadcrumbs and section labels: "News | Conflict"
    if is_timestamp(text, words):
        return TIMESTAMP
    folded = text.lower()
    if words <= 40 and _DISCLAIMER_WORDS.search(folded) and _DISCLAIMER.search(text):
        return DISCLAIMER
    if words <= 40 and _CREDIT_LINE.match(text):
        return CREDITS
    if words <= 80 and _SITE_NOTICE_WORDS.search(folded) and _SITE_NOTICE.search(text):
        return WIDGET
    if words <= 16 and (_WIDGET.match(text) or _TIMESTAMP.match(text)):
        return WIDGET
    if words <= 60 and (text[:1] == "[" or _PHOTO_CREDIT_WORDS.search(text)) and _PHOTO_CREDIT.search(text):
        return CAPTION
    if words <= 40 and not _SENTENCE_END.search(text[: _credit_start(text)].rstrip()) and _CREDIT.search(text):
        return CAPTION
    if words <= 30 and _CAPTION_START.match(text):
        return CAPTION
    return None


def _credit_start(text: str) -> int:
    match = _CREDIT.search(text)
    return match.start() if match else len(text)


def is_candidate(text: str, words: int) -> bool:
    """A line shaped like a headline or subheading: short, capitalised, not a finished sentence."""
    if words == 0 or words > MAX_HEADLINE_WORDS:
        return False
    first = text.lstrip("\"'“‘«(「")[:1]
    caseless = first.isalpha() and not first.islower() and not first.isupper()  # Arabic, CJK...
    if not (first.isupper() or first.isdigit() or caseless):
        return False
    if re.search(r"[a-z]{2}\. [A-Z(]", text):
        return False  # a finished sentence inside the line: a paragraph, whatever follows it
    return not _TERMINAL.search(text) or (text.endswith("?") and words <= 20)


def scan_lines(text: str, max_chars: int) -> list[Line]:
    """Source text to non-empty Lines, hard-wrapped paragraphs joined."""
    lines: list[Line] = []
    pending: list[str] = []  # the parts of a hard-wrapped paragraph, joined once (never re-copied per line)
    pending_gap = pending_level = 0
    gap = 0

    def flush() -> None:
        if pending:
            lines.append(_classify(" ".join(pending), pending_gap, pending_level))
            pending.clear()

    for raw in text.split("\n"):
        line = normalise_line(raw, max_chars)
        if not line:
            gap += 1
            continue
        md = _MD_HEADING.match(line)
        level = len(md.group(1)) if md else 0
        if md:
            line = md.group(2)
        if pending and gap == 0 and not level and not pending_level and _is_wrapped(pending[-1], line):
            pending.append(line)
            continue
        flush()
        pending.append(line)
        pending_gap, pending_level = gap, level
        gap = 0
    flush()
    return mark_link_lists(mark_repeated_widgets(mark_sandwiched(mark_header_captions(lines))))


def cut_lines(text: str, max_chars: int) -> list[RemovedLine]:
    """A note for every line longer than the limit, which the cleaner cut (bounded time, nothing silent)."""
    notes = []
    for number, raw in enumerate(text.split("\n"), 1):
        if len(raw) > max_chars:
            notes.append(RemovedLine(f"line {number}: {len(raw) - max_chars:,} characters after the first {max_chars:,} were cut "
                                     f"(raise max_line_chars to keep them)", OVERLONG))
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
        if line.noise is None and _TRAILING_CREDIT.search(line.text) and line.words <= 35 and (
            following is None or not is_body(following) or _TRAILING_CREDIT.search(following.text)
            or _PHOTO_WORDS.search(line.text)
        ):
            marked[i] = replace(line, noise=CAPTION, candidate=False)
        elif is_body(line):
            break
    return marked


def mark_sandwiched(lines: list[Line]) -> list[Line]:
    """A short, unfinished line with widget text on both sides is part of the widget (a newsletter pitch)."""
    marked = list(lines)
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if line.noise is None and not is_text(line) and line.words <= 25:
            if lines[i - 1].noise in (WIDGET, RELATED) and lines[i + 1].noise in (WIDGET, RELATED):
                marked[i] = replace(line, noise=WIDGET, candidate=False)
    return marked


def mark_link_lists(lines: list[Line]) -> list[Line]:
    """Teaser lists: headline-shaped lines stacked without blank lines, or listed under a 'Read more' header."""
    spaced = sum(1 for line in lines if line.gap_before) >= len(lines) // 2
    marked = list(lines)
    body_seen = False
    for i, line in enumerate(lines):
        body_seen = body_seen or is_body(line)
        if i == 0 or line.noise is not None or is_body(line) or _is_byline(line.text):
            continue
        under_header = body_seen and marked[i - 1].noise in (WIDGET, RELATED) and line.gap_before == 0 and not is_text(line)
        previous = lines[i - 1]
        stacked = (
            spaced and body_seen and line.candidate and line.gap_before == 0 and line.words >= 4
            and previous.candidate and previous.words >= 4 and not _is_byline(previous.text)
        )
        if under_header or stacked:
            marked[i] = replace(line, noise=RELATED, candidate=False)
            if stacked and marked[i - 1].noise is None:
                marked[i - 1] = replace(previous, noise=RELATED, candidate=False)
    return marked




def mark_repeated_widgets(lines: list[Line]) -> list[Line]:
    """A short line that recurs with article text between its occurrences is an ad or widget, not a headline."""
    seen: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line.noise is None and line.words <= 12:
            seen.setdefault(line.text, []).append(i)
    bodies_before: list[int] = []
    count = 0
    for line in lines:
        count += is_body(line)
        bodies_before.append(count)
    marked = list(lines)
    for positions in seen.values():
        if len(positions) > 1 and bodies_before[positions[-1]] > bodies_before[positions[0]]:
            for i in positions:
                marked[i] = replace(lines[i], noise=REPEATED_WIDGET, candidate=False)
    return marked


def _is_wrapped(previous: str, line: str) -> bool:
    """True when ``line`` continues a hard-wrapped ``previous`` line."""
    return len(previous) >= 50 and not _TERMINAL.search(previous) and line[:1].islower()


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def count_words(text: str) -> int:
    """Words in a line; scripts written without spaces count about one word per two characters."""
    return max(len(text.split()), len(_CJK.findall(text)) // 2)


def _classify(text: str, gap: int, md_level: int) -> Line:
    words = count_words(text)
    noise = None if md_level else noise_reason(text, words)
    candidate = bool(md_level) or (noise is None and is_candidate(text, words))
    return Line(text=text, gap_before=gap, noise=noise, candidate=candidate, words=words, md_level=md_level)


def is_body(line: Line) -> bool:
    """A line that proves an article body: a real paragraph."""
    return line.noise is None and not line.candidate and line.words >= MIN_BODY_WORDS


def is_text(line: Line) -> bool:
    """A line of running text: a body paragraph, or a short finished sentence ('"Not a market," he said.')."""
    if line.noise is not None:
        return False
    return is_body(line) or (not line.candidate and line.words >= 3 and bool(_SENTENCE_END.search(line.text)) and line.text[:1].isupper() or line.text[:1] in "\"“‘'")


def find_headlines(lines: list[Line], single: bool = False) -> list[int]:
    """Indexes of lines that start a new article (only the first when the file is one article)."""
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.text] = counts.get(line.text, 0) + 1
    next_body = _next_body_index(lines)
    headlines: list[int] = []
    in_body = False
    for i, line in enumerate(lines):
        if is_body(line):
            in_body = True
            continue
        if not line.candidate or next_body[i] is None or _is_byline(line.text):
            continue
        if single and (headlines or in_body):
            break
        if line.md_level == 1 or (line.md_level and not in_body):
            headlines.append(i)
            in_body = False
            continue
        if line.md_level:
            continue
        if not in_body and line.words >= 3 and not headlines_since_body(headlines, lines, i):
            headlines.append(i)
        elif in_body and _starts_new_article(lines, i, counts):
            headlines.append(i)
            in_body = False
    return headlines


def _starts_new_article(lines: list[Line], i: int, counts: dict[str, int]) -> bool:
    """Mid-file, a headline needs an article's header after it or the end of an article before it."""
    line = lines[i]
    repeated = counts[line.text] > 1
    if (line.words < 4 and not repeated) or line.text.endswith("?") and not _introduces_article(lines, i):
        return False  # short lines are subheadings; questions are interview or Q&A text
    previous = next((lines[j] for j in range(i - 1, -1, -1)), None)
    after_footer = previous is not None and previous.noise in FOOTER_REASONS
    return (
        repeated
        or _introduces_article(lines, i)
        or line.gap_before >= 2
        or after_footer
    )


def headlines_since_body(headlines: list[int], lines: list[Line], i: int) -> bool:
    """True when a headline was already chosen after the last body paragraph before ``i``."""
    if not headlines:
        return False
    last = headlines[-1]
    return not any(is_body(lines[j]) for j in range(last + 1, i))


def _introduces_article(lines: list[Line], i: int) -> bool:
    """True when what follows line ``i`` is what follows a headline: byline, caption, bio or standfirst."""
    for following in lines[i + 1 : i + 4]:
        if following.noise == CAPTION or _BYLINE.match(following.text) and _is_byline(following.text):
            return True
        if _BIO.match(following.text):
            return True
        if is_body(following):
            return bool(_DATELINE.match(following.text) and _dateline_of(following.text))
    return False


def _next_body_index(lines: list[Line]) -> list[int | None]:
    """For each line, the index of the next body paragraph before any other headline-like line, or None."""
    result: list[int | None] = [None] * len(lines)
    upcoming: int | None = None
    for i in range(len(lines) - 1, -1, -1):
        result[i] = upcoming
        if is_body(lines[i]):
            upcoming = i
    return result


_BYLINE_IN_PLACE = re.compile(r"^(?:By\s+)?[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){1,3}\s+in\s+[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,2}$")


def _is_byline(text: str) -> bool:
    """'By NAME', 'NAME, Outlet staff writer', 'NAME in PLACE' (words a byline is made of, nothing more)."""
    if len(text.split()) > 12:
        return False
    if _BYLINE_IN_PLACE.match(text):
        return True
    match = _BYLINE.match(text)
    return bool(match and (match.group("rest") or text.startswith("By "))) or bool(re.match(r"^By:?\s+[A-Z][\w .&'’,-]{1,80}$", text))


def _dateline_of(text: str) -> tuple[str, str] | None:
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
    if not (agency or match.group("separator") or (match.group("date") and text[match.end() - 1 : match.end()] in "-—–")):
        return None
    if not (agency or match.group("date")) and match.group("separator") == ":" and len(place.split()) > 3:
        return None
    rest = text[match.end():].lstrip(" .—–-")
    if not rest or not rest[:1].isupper() and rest[:1] not in "\"“‘'":
        return None
    return text[: match.end()].strip(), rest


def split_articles(document: SourceDocument, max_line_chars: int = 20_000) -> list[Article]:
    """All articles of one source document, cleaned, in file order."""
    if document.meta.get("format") == "html":  # a saved page: one article, already extracted (sources/pages.py)
        from generator.sources.pages import page_article

        return [article] if (article := page_article(document)) else []
    lines = scan_lines(document.text, max_line_chars)
    if not lines:
        return []
    # A file with a frontmatter title is one article: its other headline-shaped lines are not new articles.
    starts = find_headlines(lines, single=bool(str(document.meta.get("title") or "").strip()))
    segments: list[tuple[int, int]] = []
    bounds = [0] + starts + [len(lines)]
    for begin, end in zip(bounds, bounds[1:]):
        if end > begin:
            segments.append((begin, end))
    articles: list[Article] = []
    carried: list[RemovedLine] = []
    for begin, end in segments:
        titled = begin in starts
        article = build_article(document, lines[begin:end], titled, len(articles))
        if article is None or not article.blocks:
            # A segment with no body (navigation before the first headline) joins the next article's provenance.
            carried.extend(_all_removed(lines[begin:end]))
            continue
        if carried:
            article = replace(article, removed=tuple(carried) + article.removed)
            carried = []
        articles.append(article)
    if carried and articles:
        articles[-1] = replace(articles[-1], removed=articles[-1].removed + tuple(carried))
    cuts = cut_lines(document.text, max_line_chars) if len(document.text) > max_line_chars else []
    if cuts and articles:
        articles[0] = replace(articles[0], removed=tuple(cuts) + articles[0].removed)
    return _apply_frontmatter(articles, document.meta)


def _all_removed(lines: Iterable[Line]) -> list[RemovedLine]:
    return [RemovedLine(line.text, line.noise or NAVIGATION) for line in lines]


def build_article(document: SourceDocument, lines: list[Line], titled: bool, position: int) -> Article | None:
    """One article from its lines: title, standfirst, byline, body blocks and removed lines."""
    title = lines[0].text if titled else None
    rest = lines[1:] if titled else lines
    if not any(is_body(line) for line in rest):
        return None
    last_body = max(i for i, line in enumerate(rest) if is_text(line))
    blocks: list[Block] = []
    removed: list[RemovedLine] = []
    seen: set[str] = set()
    standfirst = byline = bio = dateline = None
    bio_at_end = started = False
    for i, line in enumerate(rest):
        text = line.text
        if i > last_body:
            removed.append(RemovedLine(text, line.noise or AFTER_END))
            continue
        if line.noise:
            removed.append(RemovedLine(text, line.noise))
            continue
        if title is not None and _same_headline(text, title):
            removed.append(RemovedLine(text, REPEATED))
            continue
        if not started and byline is None and _is_byline(text):
            byline = text
            continue
        if not started and standfirst is None and title is not None and _byline_follows(rest, i):
            standfirst = text  # the sentence between headline and byline
            continue
        if bio is None and line.words <= 40 and _BIO.match(text) and (not started or i == last_body):
            bio, bio_at_end = text, started
            continue
        if line.candidate and not started:
            if standfirst is None and line.words >= 6 and title is not None:
                standfirst = text
            else:
                removed.append(RemovedLine(text, NAVIGATION))
            continue
        if line.candidate and started and not text.endswith("?") and line.words <= MAX_SUBHEADING_WORDS * 2 and _has_body_after(rest, i, last_body):
            blocks.append(Block("heading", text))
            continue
        if text in seen and line.words >= MIN_BODY_WORDS:
            removed.append(RemovedLine(text, DUPLICATE))
            continue
        if line.words <= 6 and text.endswith(":") and _next_opens_with_dateline(rest, i):
            removed.append(RemovedLine(text, LEAD_IN))  # "Mainichi press reports:" before pasted wire copy
            continue
        if not started and dateline is None:
            found = _dateline_of(text)
            if found:
                dateline, text = found
        if not started and not is_text(line) and line.words < 6:
            removed.append(RemovedLine(text, NAVIGATION))
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


def _next_opens_with_dateline(lines: list[Line], i: int) -> bool:
    """True when the next line is a paragraph that opens with a wire dateline ("MOSCOW (Kyodo) —")."""
    following = next((line for line in lines[i + 1 :] if not line.noise), None)
    return following is not None and _dateline_of(following.text) is not None


def _byline_follows(lines: list[Line], i: int) -> bool:
    """True when a byline comes within the next two lines that are not noise."""
    following = [line for line in lines[i + 1 :] if line.noise is None][:2]
    return any(_is_byline(line.text) for line in following)


def _same_headline(text: str, title: str) -> bool:
    return text.casefold() == title.casefold()


def _has_body_after(lines: list[Line], i: int, last_body: int) -> bool:
    """True when a paragraph follows line ``i`` before the next heading-like line."""
    for line in lines[i + 1 : last_body + 1]:
        if line.noise:
            continue
        return not line.candidate
    return False


def _apply_frontmatter(articles: list[Article], meta: Mapping[str, object]) -> list[Article]:
    """A frontmatter title overrides the detected one when the file holds a single article."""
    title = meta.get("title")
    if isinstance(title, str) and title.strip() and len(articles) == 1:
        return [replace(articles[0], title=normalise_line(title, 500))]
    return articles
