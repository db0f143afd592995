"""Extractive summary (bottom line up front) and key points."""
from __future__ import annotations

import re

from generator.annotate.text import sentence_spans
from generator.model import Block, Mention

SUMMARY_MAX_WORDS = 60
KEY_POINTS_MIN, KEY_POINTS_MAX = 3, 5
_PRONOUN_START = re.compile(r"^(?:He|She|It|They|This|That|These|Those|His|Her|Their|Its|But|And|So|Also)\b")
_QUOTE_CHARS = "“”\"‘’"


def candidate_sentences(blocks: tuple[Block, ...]) -> list[tuple[int, int, str]]:
    """(block, order, sentence) for sentences that stand alone: not inside or opening a quote."""
    found = []
    order = 0
    for index, block in enumerate(blocks):
        if block.kind != "paragraph":
            continue
        inside = False
        for start, end in sentence_spans(block.text):
            sentence = block.text[start:end].strip()
            opens = sentence.count("“") + sentence.count('"') % 2
            starts_in_quote = inside or sentence[:1] in _QUOTE_CHARS
            inside = _inside_quote_after(sentence, inside)
            order += 1
            if starts_in_quote or opens and sentence.count("“") != sentence.count("”"):
                continue
            words = len(sentence.split())
            if 6 <= words <= 70 and not sentence.endswith("?"):
                found.append((index, order, sentence))
    return found


def _inside_quote_after(sentence: str, inside: bool) -> bool:
    """Whether a quote is open after the sentence: its last curly quotation mark decides, else it stays as it was."""
    opening, closing = sentence.rfind("“"), sentence.rfind("”")  # two C scans instead of a loop over every character
    return inside if opening == closing else opening > closing


def summarise(blocks: tuple[Block, ...], mentions: list[Mention]) -> tuple[str, tuple[str, ...]]:
    """A lead summary and 3-5 key points, all sentences taken from the article."""
    candidates = candidate_sentences(blocks)
    if not candidates:
        return "", ()
    summary_parts: list[str] = []
    for block, _, sentence in candidates:
        if block != candidates[0][0] or summary_parts and len(" ".join(summary_parts + [sentence]).split()) > SUMMARY_MAX_WORDS:
            break
        summary_parts.append(sentence)
    summary = " ".join(summary_parts)
    terms_by_sentence: dict[str, set[tuple[str, str]]] = {}
    for mention in mentions:
        terms_by_sentence.setdefault(mention.sentence, set()).add((mention.taxonomy, mention.key))
    total = max(c[1] for c in candidates)
    scored = []
    for block, order, sentence in candidates:
        if sentence in summary_parts:
            continue
        score = len(terms_by_sentence.get(sentence, ())) * 1.0
        score += 1.5 if re.search(r"\d", sentence) else 0.0
        score += 1.0 - order / (total + 1)
        score -= 1.5 if _PRONOUN_START.match(sentence) else 0.0
        scored.append((score, order, sentence))
    best = sorted(scored, key=lambda s: (-s[0], s[1]))[:KEY_POINTS_MAX]
    points = tuple(s for _, _, s in sorted(best, key=lambda s: s[1]))
    return summary, points
