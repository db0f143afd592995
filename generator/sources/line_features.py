"""Stage 2a, line features: what the line classifier (``line_model``) reads of a line and its neighbourhood.

Each feature is a shape that holds across sites, never a phrase of one page: the line's length, how it ends, its
share of digits, a run of lower-case words (a sentence's verb phrase), separators (pipes, bullets), title case,
the shapes of credits, date stamps and bylines, whether the rules flagged it (the furniture
vocabularies of ``noise``, the structure marks of ``lines``), how often the line recurs in the file, where it
stands against the file's long paragraphs, and the lengths and shapes of the lines around it. ``features`` is
pure: the same lines give the same numbers.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Iterable, Sequence

from generator.sources.lines import is_finished

#: The features' names, in the order ``features`` gives them (the weights file lists them so).
NAMES = (
    "bias", "log_words", "log_chars", "finished", "colon_end", "digit_share", "lower_run", "separators", "credit",
    "date_stamp", "byline", "link", "flagged", "repeated", "before_text", "after_text", "inside_text", "short_run",
    "gap_before", "gap_after", "prev_words", "next_words", "prev_finished", "next_finished", "title_case", "quoted",
)
#: Left out by leave-sites-out cross-validation (``train_lines --folds 5``: out-of-fold log loss 0.1910 with them, 0.1813
#: without): the share of capitalised words, a leading symbol, a counter's shape and nearness to a long paragraph
#: fit the training sites, not others (the rules' own flags already carry counters and symbols).
#: A long paragraph: the file's running text starts at its first one and ends at its last.
LONG_WORDS = 20
#: A short line: a label, a link, a menu item.
SHORT_WORDS = 8
_LOWER_RUN = re.compile(r"(?:^|\s)[a-z][a-z'’-]*\s+[a-z][a-z'’-]*\s+[a-z][a-z'’-]*(?:\s|$)")
_SEPARATORS = re.compile(r"\s[|•·»›/]\s|\s[|•·»›]|[|•·»›]\s")
_CREDIT = re.compile(r"(?:^|\b)(?:photo|image|picture|credit|getty|reuters|afp|shutterstock|copyright|file photo)\b|©|\(c\)",
                     re.I)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH}|\b\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}\b"
                   r"|\b\d{1,2}:\d{2}\b|\b(?:ago|updated|published)\b", re.I)
_BYLINE = re.compile(r"^(?:by|written by|words by|from)\s+[A-Z]", re.I)
_LINK = re.compile(r"https?://|www\.|\.(?:com|org|net)\b|@\w")
_QUOTED = re.compile(r"^[\"“‘']|[\"”’']$")
_CAPITALISED = re.compile(r"^[A-Z]")


def _log(n: float) -> float:
    return math.log1p(n) / 5


def _words(text: str) -> list[str]:
    return [word for word in text.split() if any(ch.isalpha() for ch in word)]


class FileShapes:
    """What every line's features read of the whole file (lengths, recurrences, the run of long paragraphs, runs of
    short lines), worked out once per file: an article's candidates are scored without walking the file again."""

    def __init__(self, texts: Sequence[str], gaps: Sequence[int], flagged: Sequence[bool]):
        self.texts, self.gaps, self.flagged = texts, gaps, flagged
        self.lengths = [len(text.split()) for text in texts]
        self._ends: dict[int, bool] = {}
        long = [i for i, words in enumerate(self.lengths) if words >= LONG_WORDS and self.finished_at(i)]
        self.first, self.last = (long[0], long[-1]) if long else (len(texts), -1)
        self.counts = Counter(texts)
        self.runs = _short_runs(self.lengths)

    def finished_at(self, n: int) -> bool:
        """Whether line ``n`` ends a sentence (asked only of the lines it matters for: a sentence's end is a slow search)."""
        if n not in self._ends:
            self._ends[n] = 0 <= n < len(self.texts) and is_finished(self.texts[n])
        return self._ends[n]

    def vectors(self, which: Iterable[int]) -> list[tuple[float, ...]]:
        """The feature vector (in ``NAMES`` order) of each line ``which`` names, in its order."""
        texts, gaps, lengths = self.texts, self.gaps, self.lengths
        out = []
        for i in which:
            text = texts[i]
            words, finished = lengths[i], self.finished_at(i)
            alpha = _words(text)
            capitalised = sum(bool(_CAPITALISED.match(word)) for word in alpha) / len(alpha) if alpha else 0.0
            digits = sum(ch.isdigit() for ch in text) / len(text) if text else 0.0
            prev_words, prev_finished = (lengths[i - 1], self.finished_at(i - 1)) if i else (0, False)
            next_words, next_finished = (lengths[i + 1], self.finished_at(i + 1)) if i + 1 < len(texts) else (0, False)
            out.append((
                1.0, _log(words), _log(len(text)) / 2, float(finished), float(text.endswith(":")), digits,
                float(bool(_LOWER_RUN.search(text))), float(bool(_SEPARATORS.search(text))), float(words <= 12 and bool(_CREDIT.search(text))),
                float(words <= 12 and bool(_DATE.search(text))), float(words <= 10 and bool(_BYLINE.match(text))),
                float(bool(_LINK.search(text))), float(self.flagged[i]),
                float(self.counts[text] > 1), float(i < self.first), float(i > self.last), float(self.first <= i <= self.last),
                _log(self.runs[i]), float(gaps[i] > 0), float(i + 1 < len(gaps) and gaps[i + 1] > 0),
                _log(prev_words), _log(next_words), float(prev_finished), float(next_finished),
                float(words >= 3 and capitalised >= 0.75 and not finished), float(bool(_QUOTED.search(text))),
            ))
        return out


def features(texts: Sequence[str], gaps: Sequence[int], flagged: Sequence[bool], which: Sequence[int] | None = None) -> list[tuple[float, ...]]:
    """One feature vector (in ``NAMES`` order) for every line of a file (or the lines ``which`` says, in its order), from
    its non-empty lines, the blank lines before each and whether the rules flagged each as noise."""
    return FileShapes(texts, gaps, flagged).vectors(range(len(texts)) if which is None else which)


def _short_runs(lengths: list[int]) -> list[int]:
    """For every line, how many short lines stand in the run of short lines it belongs to (0 for a longer line)."""
    runs = [0] * len(lengths)
    i = 0
    while i < len(lengths):
        if lengths[i] >= SHORT_WORDS:
            i += 1
            continue
        j = i
        while j < len(lengths) and lengths[j] < SHORT_WORDS:
            j += 1
        runs[i:j] = [j - i] * (j - i)
        i = j
    return runs
