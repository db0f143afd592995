"""Stage 2c'': whether a headline-shaped line turns to another article: a topic the text above it never took up."""
from __future__ import annotations

import re
import unicodedata
from itertools import islice

from generator.model import RemovedReason
from generator.sources.headline_stacks import headline_shaped
from generator.sources.lines import Line, is_body
from generator.sources.word_lists import read_words

#: A topic word: four letters or more (shorter words are function words or initials).
_WORD = re.compile(r"[^\W\d_]{4,}")
#: Letters a word is compared by: "sanctions" and "sanctioned" are one topic.
STEM_LETTERS = 5
#: Words no topic is told by (function words, reporting verbs, the news's generic nouns).
TOPIC_STOP_WORDS = read_words("topic_stop_words")
#: Paragraphs above a line (back to its article's start) and below it that are compared: a bounded cost.
PARAGRAPHS_COMPARED = 40
#: Paragraphs under a line that open its text: a headline's words come back in its lead.
LEAD_PARAGRAPHS = 3
#: A paragraph this long under a headline is an article's text on its own (a teaser's summary is shorter).
MIN_LONE_PARAGRAPH_WORDS = 60
#: What a header holds between a headline and its text.
_HEADER_NOISE = {RemovedReason.TIMESTAMP, RemovedReason.LINK, RemovedReason.CAPTION, RemovedReason.BYLINE, RemovedReason.COUNTER}
#: A header line this short under a headline is a name or a place ("Hou Yanqi", "Jakarta"), not a teaser's headline.
MAX_HEADER_NAME_WORDS = 3
#: A headline has this many words at least (a shorter line is a section's label, a menu item or a product's name).
MIN_HEADLINE_WORDS = 6
#: Topic words a line must have for its words to tell anything.
MIN_TOPIC_WORDS = 4
#: Topic words the text above must have: a short text's words are too few to tell its topic.
MIN_ARTICLE_TOPIC_WORDS = 50
#: A line longer than a subheading may share this much of its topic words with the text above it (a shorter one none).
MAX_SHARED_ABOVE = 1 / 3
#: The texts above and below may share this much of the smaller one's topic words: one article's sections share more.
MAX_SHARED_TOPIC = 0.25
#: A list item's number at the start of a line: "9. Research your options" is a list's subheading.
_NUMBERED = re.compile(r"^\d{1,3}[.)]\s")


def topic_words(text: str) -> frozenset[str]:
    """The stems of a text's topic words."""
    # Marks dropped, so that "Türkiye" and "Turkiye" are one word.
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    words = (word.casefold() for word in _WORD.findall(plain))
    return frozenset(word[:STEM_LETTERS] for word in words if word not in TOPIC_STOP_WORDS)


def _paragraph_words(lines: list[Line], indexes: range, limit: int) -> frozenset[str]:
    """The topic words of the first ``limit`` paragraphs at ``indexes``."""
    # islice stops at the limit: walking every line above or below for each headline candidate would be quadratic.
    paragraphs = islice((lines[j].text for j in indexes if is_body(lines[j])), limit)
    return topic_words(" ".join(paragraphs))


def text_follows(lines: list[Line], i: int) -> bool:
    """True when an article's text follows line ``i`` (past its header's names, stamps and captions): two paragraphs, or
    one long one, not a teaser's summary (nor two teasers' summaries, a headline between them, though a widget the page
    repeats)."""
    paragraphs = []
    for j in range(i + 1, len(lines)):  # indexes, not a slice: a copy of the rest of the file per candidate is quadratic
        line = lines[j]
        if headline_shaped(line):
            break
        if line.noise in _HEADER_NOISE or line.noise is None and not is_body(line) and line.words <= MAX_HEADER_NAME_WORDS:
            continue  # a stamp, caption, byline or address; the writer's name, the place
        if not is_body(line):
            break  # a widget, a related link: teasers, not a header
        paragraphs.append(line)
        if len(paragraphs) == 2:
            return True
    return bool(paragraphs) and paragraphs[0].words >= MIN_LONE_PARAGRAPH_WORDS


def turns_topic(lines: list[Line], start: int, i: int, subheading_words: int) -> bool:
    """True when line ``i`` reads as another article's headline over its text: its topic words are new to the text
    above it (since ``start``) and come back in its lead, and the texts above and below share few topic words, where
    one article's subheading echoes the article and its sections share their names and subjects.

    A line no longer than a subheading (``subheading_words``) must share none of its words with the text above.
    """
    line = lines[i]
    head = topic_words(line.text)
    if line.words < MIN_HEADLINE_WORDS or len(head) < MIN_TOPIC_WORDS or _NUMBERED.match(line.text):
        return False
    if not headline_shaped(line) or not text_follows(lines, i):
        return False
    above = _paragraph_words(lines, range(i - 1, start - 1, -1), PARAGRAPHS_COMPARED)
    if len(above) < MIN_ARTICLE_TOPIC_WORDS:
        return False
    shared_above = len(head & above) / len(head)
    lead = _paragraph_words(lines, range(i + 1, len(lines)), LEAD_PARAGRAPHS)
    if shared_above > (MAX_SHARED_ABOVE if line.words > subheading_words else 0.0) or len(head & lead) / len(head) <= shared_above:
        return False
    below = _paragraph_words(lines, range(i + 1, len(lines)), PARAGRAPHS_COMPARED)
    return len(above & below) <= MAX_SHARED_TOPIC * min(len(above), len(below))
