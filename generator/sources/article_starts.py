"""What makes a headline-shaped line after a paragraph open another article: an article's header under it, the end of an
article over it, a flag, a topic of its own, a headline's length, or a lead that says it again."""
from __future__ import annotations

import re

from generator.model import RemovedReason
from generator.sources.bylines import is_byline, is_plain_byline
from generator.sources.capitals import title_cased
from generator.sources.furniture import COMMENTS_HEADER
from generator.sources.headers import opens_with_bio, opens_with_wire
from generator.sources.headline_stacks import MAX_HEADLINE_STACK, below_rubric, headline_shaped
from generator.sources.headlines import SECTION_LABELS
from generator.sources.lines import MAX_SUBHEADING_WORDS, Line, is_body, is_finished
from generator.sources.teasers import said_again
from generator.sources.topics import turns_topic
from generator.sources.word_lists import read_words
from generator.sources.wraps import OPEN_WORDS

#: Lines that close an article (a release's end mark too); a headline right after one starts the next article.
FOOTER_REASONS = {RemovedReason.DISCLAIMER, RemovedReason.CREDITS, RemovedReason.END_MARK}


def starts_new_article(lines: list[Line], i: int, counts: dict[str, int], start: int) -> bool:
    """Mid-file, a headline needs an article's header after it, the end of an article before it, or a topic of its own
    (words the article since ``start`` never used, taken up by the paragraphs under it)."""
    line = lines[i]
    repeated = counts[line.text] > 1
    rubric = line.gap_before >= 2 and below_rubric(lines, i) > i  # a kicker over a headline, set off by two blank lines
    if (line.words < 4 and not repeated and not rubric) or line.text.endswith("?") and not _introduces_article(lines, i):
        return False  # short lines are subheadings; questions are interview or Q&A text
    if any(COMMENTS_HEADER.match(following.text) for following in lines[i + 1 : i + 1 + MAX_HEADLINE_STACK + 1]):
        return False  # a box over the comment section (a roundup's link, a buyer's guide): the article's end, no new one
    after_footer = i > 0 and lines[i - 1].noise in FOOTER_REASONS
    return (
        repeated and _paragraphs_follow(lines, i)
        or _introduces_article(lines, i)
        or flagged(line.text) and _paragraphs_follow(lines, i)
        or turns_topic(lines, start, i, MAX_SUBHEADING_WORDS)
        or _outgrows_subheading(lines, i)
        or _said_again_by_lead(lines, i)
        or line.gap_before >= 2
        or after_footer
    )


#: A wrapped sentence's first line is this long at least (a short headline may end on "Over" or "On").
MIN_WRAPPED_WORDS = 8


def wrapped_sentence(lines: list[Line], i: int) -> bool:
    """A long line stopping on an open word in lower case, right over the line that finishes its sentence: a sentence
    hard-wrapped before a capitalised name ("... the pitiable condition of the Treaty on" / "Conventional Armed Forces
    in Europe."), never a headline."""
    line = lines[i]
    last = line.text.rstrip()[line.text.rstrip().rfind(" ") + 1 :]
    if line.words < MIN_WRAPPED_WORDS or not last.islower() or last not in OPEN_WORDS or i + 1 >= len(lines):
        return False
    after = lines[i + 1]
    return after.gap_before == 0 and after.noise is None and not after.md_level and is_finished(after.text)


def _outgrows_subheading(lines: list[Line], i: int) -> bool:
    """Right after a paragraph, a headline longer than any subheading, title-cased, over paragraphs, or over its dek (a
    headline-shaped line set apart) and a paragraph: another article on the same topic (an item of a list of deals or teasers
    follows its item's link or has one summary under it)."""
    line = lines[i]
    if not (is_body(lines[i - 1]) and headline_shaped(line) and title_cased(line.text)):
        return False
    # Its dek set apart from it, as blank lines set a page's blocks apart (two wrapped lines of one sentence are not).
    dek = i + 2 < len(lines) and lines[i + 1].candidate and not lines[i + 1].noise and lines[i + 1].gap_before > 0 and is_body(lines[i + 2])
    return line.words > 2 * MAX_SUBHEADING_WORDS and _paragraphs_follow(lines, i) or line.words > MAX_SUBHEADING_WORDS and dek


#: Words a headline of a corpus of one sentence a line has at least (a subheading's "So" or "Then" has fewer).
MIN_CORPUS_HEADLINE_WORDS = 4
#: Share of a file's finished lines that hold one sentence each for the file to be a corpus of one sentence a line (a
#: paste that lost its blank lines holds paragraphs of several sentences, and its subheadings open no documents).
MIN_ONE_SENTENCE_SHARE = 0.8
_SECOND_SENTENCE = re.compile(r"[.!?][\"'”’)]*\s+[\"'“‘(]*[A-Z]")


def sentence_per_line(lines: list[Line]) -> bool:
    """True when nearly every finished line of the file is one sentence (a corpus aligned sentence by sentence)."""
    finished = [line.text for line in lines if is_finished(line.text)]
    single = sum(1 for text in finished if not _SECOND_SENTENCE.search(text))
    return bool(finished) and single >= MIN_ONE_SENTENCE_SHARE * len(finished)


def corpus_headline(lines: list[Line], i: int) -> bool:
    """In a file of one sentence a line and no blank line (a translation corpus's documents joined), a title-cased line
    ending no sentence between finished sentences opens the next document."""
    line = lines[i]
    return (0 < i < len(lines) - 1 and line.words >= MIN_CORPUS_HEADLINE_WORDS and title_cased(line.text) and not is_finished(line.text)
            and is_finished(lines[i - 1].text) and is_finished(lines[i + 1].text))


#: Flags before a headline ("New: ...", "Breaking: ...") and the section labels a headline may open with.
HEADLINE_FLAGS = read_words("headline_flags") | frozenset(SECTION_LABELS)


_FLAG = re.compile(r"^\s*([^:|]{2,20}?)\s*:\s+\S")


def flagged(text: str) -> bool:
    """True when a line opens with a headline's flag or section label and a colon ('Big News: Russia is ...')."""
    match = _FLAG.match(text)
    return bool(match) and match.group(1).casefold() in HEADLINE_FLAGS


#: Body paragraphs in a row that must follow a repeated line for it to start an article (a teaser's headline has one summary).
MIN_PARAGRAPHS_AFTER_REPEATED = 2


def _paragraphs_follow(lines: list[Line], i: int) -> bool:
    """True when paragraphs follow line ``i`` (past noise, a byline and the line printed again), not one teaser summary."""
    paragraphs = 0
    for j in range(i + 1, len(lines)):  # no copy of the rest of the file: most calls stop within a few lines
        line = lines[j]
        if line.noise or line.text == lines[i].text or is_byline(line.text):
            continue
        if not is_body(line):
            break
        paragraphs += 1
        if paragraphs >= MIN_PARAGRAPHS_AFTER_REPEATED:
            return True
    return False


def _introduces_article(lines: list[Line], i: int) -> bool:
    """True when what follows line ``i`` is what follows a headline: byline, caption, bio or standfirst; not when a page's
    address closes line ``i``'s article first and another headline follows it (the header is that one's)."""
    for j in range(i + 1, min(len(lines), i + 4)):
        following = lines[j]
        if following.noise == RemovedReason.LINK and j + 1 < len(lines) and lines[j + 1].candidate:
            return False
        if following.noise == RemovedReason.CAPTION or is_plain_byline(following.text):
            return True
        if opens_with_bio(following.text):
            return True
        if is_body(following):
            return opens_with_wire(following.text)
    return False


def _said_again_by_lead(lines: list[Line], i: int) -> bool:
    """True when the paragraph right under a line with no sentence end says the line again (see teasers.said_again)."""
    line = lines[i]
    following = next((lines[j] for j in range(i + 1, len(lines)) if not lines[j].noise), None)
    return following is not None and is_body(following) and line.text.rstrip()[-1:] not in ".!?:;" and said_again(line.text, following.text)
