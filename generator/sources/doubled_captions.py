"""A picture's caption a page's copy prints twice, bare and then with its credit run on ("... on October 14." over "... on
October 14. Stefani Reynolds/Bloomberg/Getty Images"), as a select-all paste of a page whose caption sits under the
picture and again in its overlay: both lines are the caption, never text."""
from __future__ import annotations

from dataclasses import replace

from generator.model import RemovedReason
from generator.sources.lines import Line

#: Words a caption has at least (a short label printed twice is a widget's, judged elsewhere) and a credit at most.
MIN_CAPTION_WORDS = 6
MAX_CREDIT_WORDS = 8


def _credited_again(line: Line, following: Line) -> bool:
    """True when ``following`` is ``line`` with a credit run on after it: a few words ending no sentence."""
    text, longer = line.text.rstrip(), following.text.rstrip()
    if line.words < MIN_CAPTION_WORDS or not longer.startswith(text) or len(longer) == len(text) or longer[len(text)] != " ":
        return False
    credit = longer[len(text) :].split()
    return len(credit) <= MAX_CREDIT_WORDS and credit[-1][-1:] not in ".!?\"”"


def mark_doubled_captions(lines: list[Line]) -> list[Line]:
    """Each caption printed bare and again with its credit marked as a caption, both lines."""
    doubled = {j for i in range(len(lines) - 1) if _credited_again(lines[i], lines[i + 1]) for j in (i, i + 1)}
    return [replace(line, noise=RemovedReason.CAPTION, candidate=False, listed=False) if i in doubled else line
            for i, line in enumerate(lines)]
