"""Text helpers shared by the annotators: character folding and sentence splitting."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from generator.markdown_text import character_map

#: One-to-one character folds, so offsets in folded text are offsets in the original.
_FOLD = character_map({
    "‘": "'", "’": "'", "ʼ": "'", "‛": "'", "`": "'", "´": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
    "–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "−": "-",
})
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "lt", "col", "capt", "sgt", "maj", "adm",
    "sen", "rep", "gov", "pres", "amb", "rev", "hon", "no", "nos", "vs", "v", "etc", "inc", "co", "corp",
    "ltd", "plc", "dept", "univ", "approx", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mt", "ft", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "i.e", "e.g",
}
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?[A-Z0-9])")


def fold(text: str) -> str:
    """Curly quotes and dashes folded to ASCII, length unchanged."""
    return _FOLD(text)


def lower_same_length(text: str) -> str:
    """Lowercase without changing the length (characters whose lowercase is longer are kept)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@lru_cache(maxsize=4096)
def sentence_spans(paragraph: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of a paragraph."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        # Only the word before the boundary matters; look back a bounded distance so long runs stay linear.
        before = paragraph[max(start, match.start() - 40) : match.start() + 1]
        last_word = re.split(r"[\s(\"“]", before.rstrip(".!?…"))[-1].lower()
        if last_word in ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
            continue
        if re.fullmatch(r"(?:[a-z]\.)+[a-z]", last_word):  # initials and U.S.-style abbreviations
            continue
        end = match.end()
        spans.append((start, len(paragraph[:end].rstrip())))
        start = end
    if start < len(paragraph):
        spans.append((start, len(paragraph.rstrip())))
    return tuple(spans)


def sentences(paragraph: str) -> list[str]:
    """The sentences of a paragraph."""
    return [paragraph[a:b] for a, b in sentence_spans(paragraph)]


def sentence_at(paragraph: str, offset: int) -> str:
    """The sentence that contains character ``offset`` (a binary search: many lookups stay linear)."""
    spans = sentence_spans(paragraph)
    if not spans:
        return paragraph
    index = bisect_right(_starts(paragraph), offset) - 1
    start, end = spans[max(index, 0)]
    return paragraph[start:end] if start <= offset < max(end, start + 1) or index >= 0 else paragraph


def sentence_span_at(paragraph: str, offset: int) -> tuple[int, int]:
    """(start, end) of the sentence holding character ``offset``, else of the whole paragraph (a binary search)."""
    index = bisect_right(_starts(paragraph), offset) - 1
    if index >= 0:
        start, end = sentence_spans(paragraph)[index]
        if start <= offset < end:
            return start, end
    return 0, len(paragraph)


@lru_cache(maxsize=4096)
def _starts(paragraph: str) -> tuple[int, ...]:
    return tuple(start for start, _ in sentence_spans(paragraph))


def is_word_boundary(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is not part of a longer word."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")


#: A link to another story set in brackets inside a paragraph: "(RELATED: Did A Pentagon Official Say ...?)", "(READ MORE: ...)".
_INLINE_TEASER = re.compile(r"\((?:RELATED|Related|SEE ALSO|See also|ALSO READ|Also read|READ ALSO|Read also|READ MORE|Read more)\s*:[^()]{3,200}\)")


def without_inline_teasers(text: str) -> str:
    """The paragraph with another story's headline in brackets blanked, offsets kept: it names nothing of this article."""
    return _INLINE_TEASER.sub(lambda m: " " * len(m.group(0)), text) if "(" in text else text
