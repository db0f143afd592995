"""Paragraphs in another script than the article's: a translation printed under each paragraph (a bilingual page) or
an archive's summary of the article in its readers' language. The article is the text in the script most of it is in,
unless the document's own section headings over that text are East Asian: then it is a document written in that
language quoting (or translating line by line) a text in Latin letters, and both are its text."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.model import RemovedReason
from generator.sources.lines import Line, is_body

#: Letters of the scripts written without spaces between words (Chinese, Japanese kana) and Korean's syllables.
_EAST_ASIAN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]{2,}")
#: East Asian characters a paragraph has at least to be one in that script, and the share of its text they make.
MIN_CHARACTERS = 10
MIN_SHARE = 0.5
#: East Asian characters a Latin word weighs as much as (a Chinese word is one to three characters).
CHARACTERS_A_WORD = 2


def _characters(text: str) -> int:
    return len(_EAST_ASIAN.findall(text))


def _east_asian(line: Line) -> bool:
    """True for a paragraph (no headline) written mostly in East Asian characters."""
    characters = _characters(line.text)
    words = len(_LATIN_WORD.findall(line.text))
    return not line.candidate and characters >= MIN_CHARACTERS and characters >= MIN_SHARE * (characters + CHARACTERS_A_WORD * words)


def _east_asian_heading(line: Line) -> bool:
    """True for a Markdown section heading (not the level-one headline an archive translates) in East Asian script."""
    characters = _characters(line.text)
    return line.md_level >= 2 and characters >= 2 and characters >= MIN_SHARE * (characters + CHARACTERS_A_WORD * len(_LATIN_WORD.findall(line.text)))


def _framed_in_east_asian(lines: list[Line]) -> bool:
    """Whether most of the Latin text sits under East Asian section headings: the document's own language is East Asian."""
    under = {True: 0, False: 0}
    heading_east_asian = False
    for line in lines:
        if line.md_level >= 2:
            heading_east_asian = _east_asian_heading(line)
        elif is_body(line) and not _east_asian(line):
            under[heading_east_asian] += len(_LATIN_WORD.findall(line.text))
    return under[True] > under[False]


def mark_other_script(lines: list[Line]) -> list[Line]:
    """East Asian paragraphs among text mostly in Latin letters marked as the translation or summary they are."""
    if not any(_EAST_ASIAN.search(line.text) for line in lines):
        return lines  # most files: no East Asian letter at all, so no word counting on every line
    kept = [line for line in lines if line.noise is None]
    latin = [line for line in kept if is_body(line) and not _east_asian(line)]
    if not latin:
        return lines
    latin_weight = CHARACTERS_A_WORD * sum(len(_LATIN_WORD.findall(line.text)) for line in latin)
    east_asian_weight = sum(_characters(line.text) for line in kept if _east_asian(line))
    if not east_asian_weight or east_asian_weight >= latin_weight or _framed_in_east_asian(lines):
        return lines
    return [replace(line, noise=RemovedReason.OTHER_LANGUAGE) if line.noise is None and _east_asian(line) else line for line in lines]
