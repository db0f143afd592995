"""Known people an article names in a script without capitals: Chinese, Japanese and Korean write no capital that
opens a name, so the capitalised runs the people finder reads never hold "习近平" or "트럼프"; the knowledge base's
name in that script is the person."""
from __future__ import annotations

from typing import Iterator, Mapping

from generator.annotate.matching import Match
from generator.annotate.text import sentence_at

#: Code points of the scripts that run names together without capitals: CJK ideographs, kana, hangul syllables.
_CASELESS_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xAC00, 0xD7AF))


def caseless(name: str) -> bool:
    """True when every letter of ``name`` is in a script without capitals ("習近平", "아베 신조", "穆罕默德·本"), none Latin."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(any(low <= ord(c) <= high for low, high in _CASELESS_RANGES) for c in letters)


def caseless_people(blocks: list[tuple[int, str]], matches: Mapping[int, list[Match]]) -> Iterator[tuple[str, int, str, str]]:
    """(person's key, block, name as written, sentence) of each knowledge-base person named in such a script, a family
    name alone too ("特朗普" is Trump as Chinese writes him), in the article's order."""
    for block, text in blocks:
        for match in matches.get(block, ()):
            if match.best.taxonomy == "people" and caseless(match.text):
                yield match.best.key, block, match.text, sentence_at(text, match.start)
