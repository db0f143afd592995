"""Stage 2c, the line classifier: a logistic regression over ``line_features`` that scores a line as furniture.

The weights are data (``data/line_classifier.json``), trained by ``python -m generator.tools.train_lines``
on the realdev dev half's labelled lines and the tuning sets' gold; scoring is a dot product. The model is one
signal where the rules are unsure: a block the rules kept, outside its article's main run of paragraphs
(before its first long paragraph or after its last), that the model scores furniture with high confidence is
dropped, with its score in the removed line's note (``drop_scored``).
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Sequence

from generator.model import Article, RemovedLine, RemovedReason
from generator.sources.line_features import LONG_WORDS, NAMES, FileShapes
from generator.sources.lines import is_finished
from generator.sources.word_lists import DATA

WEIGHTS = DATA / "line_classifier.json"
#: An unfinished line this long (in words) with a line right under it is a wrapped paragraph's, not a label.
WRAPPED_WORDS = 8
#: A finished line this long (in words) is a paragraph (``lines.MIN_BODY_WORDS``): the rules keep it, whatever it scores.
PARAGRAPH_WORDS = 12
#: A list item's mark: "3)", "12.", "•", "-".
_ITEM = re.compile(r"^(?:\(?\d{1,3}[.)]|[•·*\-–])\s")


@lru_cache(maxsize=1)
def model() -> tuple[tuple[float, ...], float]:
    """The shipped weights (in ``line_features.NAMES`` order) and the score over which a line is dropped."""
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    if tuple(data["features"]) != NAMES:
        raise ValueError(f"{WEIGHTS}: its features are not line_features.NAMES; retrain (python -m generator.tools.train_lines)")
    return tuple(float(w) for w in data["weights"]), float(data["threshold"])


def score(vector: Sequence[float], weights: Sequence[float]) -> float:
    """The probability that a line is furniture."""
    z = sum(w * x for w, x in zip(weights, vector))
    return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


def _is_long(text: str) -> bool:
    return len(text.split()) >= LONG_WORDS and is_finished(text)


def _paragraph(text: str) -> bool:
    """A real paragraph, never dropped: a finished sentence of a paragraph's length."""
    return len(text.split()) >= PARAGRAPH_WORDS and is_finished(text)


def _wrapped(texts: Sequence[str], gaps: Sequence[int], n: int) -> bool:
    """A line of a paragraph wrapped over several: it starts in lower case, or the line right under it goes on in
    lower case, or it is a sentence's length, unfinished, with a line right under it."""
    if texts[n][:1].islower():
        return True
    goes_on = n + 1 < len(texts) and gaps[n + 1] == 0  # the next line follows without a blank line
    return goes_on and (texts[n + 1][:1].islower() or len(texts[n].split()) >= WRAPPED_WORDS and not is_finished(texts[n]))


@dataclass
class FileLines:
    """The lines of the file an article came from, as the classifier reads them: texts, blank lines before each,
    whether the rules flagged each as noise, whether each is a list item or table cell the text holds."""

    texts: Sequence[str]
    gaps: Sequence[int]
    flagged: Sequence[bool]
    listed: Sequence[bool]

    @cached_property
    def where(self) -> dict[str, int]:
        """Each text's first line."""
        where: dict[str, int] = {}
        for n, text in enumerate(self.texts):
            where.setdefault(text, n)
        return where

    @cached_property
    def shapes(self) -> FileShapes:
        """The file's shapes the features read, worked out once for all its articles."""
        return FileShapes(self.texts, self.gaps, self.flagged)

    def vectors(self, which: list[int]) -> list[tuple[float, ...]]:
        return self.shapes.vectors(which)


def drop_scored(article: Article, lines: FileLines) -> Article:
    """The article without the blocks outside its main run of paragraphs that the model scores furniture at the
    threshold or over; ``lines`` are the lines of the file it came from. A list's items, a wrapped paragraph's lines
    and real paragraphs are never dropped: the rules judge them."""
    blocks = article.blocks
    first = next((i for i, block in enumerate(blocks) if block.kind == "paragraph" and _is_long(block.text)), None)
    if first is None:
        return article
    last = next(i for i in range(len(blocks) - 1, -1, -1) if blocks[i].kind == "paragraph" and _is_long(blocks[i].text))
    # Before the text only under a title: an untitled article's first lines are its title and lead.
    outside = [*(range(first) if article.title else ()), *range(last + 1, len(blocks))]
    if not outside:
        return article
    where = lines.where
    found = [(i, where[block.text]) for i in outside
             if (block := blocks[i]).text in where and not block.form and not lines.listed[where[block.text]]
             and not _ITEM.match(block.text) and not _wrapped(lines.texts, lines.gaps, where[block.text]) and not _paragraph(block.text)]
    if not found:
        return article
    weights, threshold = model()
    scores = [score(vector, weights) for vector in lines.vectors([n for _, n in found])]
    drop = {i: p for (i, _), p in zip(found, scores) if p >= threshold}
    if not drop:
        return article
    removed = [RemovedLine(blocks[i].text, RemovedReason.CLASSIFIED, f"furniture score {p:.2f}") for i, p in drop.items()]
    kept = tuple(block for i, block in enumerate(blocks) if i not in drop)
    return replace(article, blocks=kept, removed=article.removed + tuple(removed))
