"""Stage 2a: whether a pasted line goes on from the one above it (a hard-wrapped paragraph), for ``lines.scan_lines``."""
from __future__ import annotations

import re

from generator.sources.bylines import short_by_name
from generator.sources.noise import URL_LINE
from generator.sources.word_lists import read_words

#: Words no sentence or headline ends on (articles, prepositions, conjunctions, possessives).
OPEN_WORDS = read_words("open_words")
#: A hard-wrapped line is this long at least (in characters): a wrap at about 72 leaves no shorter line but a paragraph's last.
MIN_WRAPPED_CHARS = 50
TERMINAL = re.compile(r"[.!?…:;。！？؟][\"'”’»)\]」』]*$")
#: Two lines of a wrap's width at least this long, differing by at most WRAP_SLACK characters, the lower one itself
#: going on (open word, comma): the upper one broke at the wrap too, on a name ("... Secretary General Jens" / "Stoltenberg
#: of the ... ahead of").
MIN_WRAP_WIDTH = 60
WRAP_SLACK = 12


def is_wrapped(previous: str, line: str, below: str = "") -> bool:
    """True when ``line`` continues a hard-wrapped ``previous`` line: it goes on in lower case, or both are a wrap's
    length and ``previous`` stops on an open word, a comma or a possessive ("... met with Prime Minister Rishi Sunak on" /
    "Friday, June 14 ..."), or ``previous`` stops on an open word over a short line ending the paragraph's sentence, or both are as wide as the wrap and ``line`` goes on below too (an open end, or ``below``, the
    raw line under it, going on in lower case: words, never an address such as a page's link under its headline);
    never a byline under a standfirst ("by Jane Roe")."""
    if len(previous) < MIN_WRAPPED_CHARS or TERMINAL.search(previous) or URL_LINE.match(line):
        return False
    if line[:1].islower():
        return not short_by_name(line)
    if len(line) < MIN_WRAPPED_CHARS:
        # A paragraph's last line under a line cut on an open word: "... the condition of the Treaty on" / "Conventional
        # Armed Forces in Europe." (its name goes on in capitals).
        return _last_word(previous) in OPEN_WORDS and bool(TERMINAL.search(line))
    return open_end(_last_word(previous)) or _same_width(previous, line) and (open_end(_last_word(line)) or below[:1].islower() and not URL_LINE.match(below))


def _last_word(text: str) -> str:
    return text[text.rfind(" ") + 1 :].casefold()


def _same_width(previous: str, line: str) -> bool:
    return min(len(previous), len(line)) >= MIN_WRAP_WIDTH and abs(len(previous) - len(line)) <= WRAP_SLACK


def open_end(word: str) -> bool:
    """A line's last word that no sentence ends on: an open word, one before a comma, a possessive ("Finland's")."""
    return word in OPEN_WORDS or word.endswith((",", "'s", "’s"))
