"""Lists of names: three or more names of two or three capitalised words, in any script, joined by commas and a last
"and" ("Речь идет о Виореле Барде, Адриане Белом, ... и Михаиле Ляху", "Wasantha Mudalige, Hashan Jeevantha &
Galwewa Siridamma Himi") or left open ("including A B, C D, E F, and others") are people's, when no item is a place's,
a body's or a role's."""
from __future__ import annotations

import re
from typing import Sequence

from generator.annotate.matching import Match
from generator.annotate.name_shapes import looks_like_name

#: A capital of the Latin, Greek or Cyrillic alphabets, and a name's word after it.
_CAPITAL = r"[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁІЇЄ]"
_WORD = rf"{_CAPITAL}[^\W\d_]*(?:[-'’]{_CAPITAL}?[^\W\d_]+)*"
_ITEM = rf"{_WORD}(?:\s+{_WORD}){{1,2}}"
#: The last item's "and", in the languages whose copy the readers keep.
_AND = r"(?:and|&|und|et|e|y|i|и|та|і|dan|và|ve|och|og|en)"
#: What closes a list left open, after its last comma: "A, B, C, and others", "A, B, C y otros", "A, B, C, etc.".
_OTHERS = r"(?:(?:and|y|et|und|e)\s+(?:others|otros|otras|autres|andere|outros|altri)|among\s+others|etc\.)"
#: A list of at most 25 names: a bound on how far each attempt reads, which keeps a long list without "and" linear.
_LIST = re.compile(rf"(?<![\w-])(?P<list>{_ITEM}(?:,\s+{_ITEM}){{1,23}},?\s+{_AND}\s+{_ITEM}|{_ITEM}(?:,\s+{_ITEM}){{2,23}}(?=,?\s+{_OTHERS}))(?![\w-])")
_SEPARATOR = re.compile(rf",?\s+{_AND}\s+|,\s+")


def listed_names(text: str, block_matches: Sequence[Match]) -> frozenset[int]:
    """Where each name of a paragraph's lists of names starts."""
    starts: set[int] = set()
    for found in _LIST.finditer(text):
        offset, items = found.start(), []
        for part in _SEPARATOR.split(found.group("list")):
            start = text.index(part, offset)
            items.append((start, start + len(part)))
            offset = start + len(part)
        if all(looks_like_name(text[a:b]) and not any(m.start < b and a < m.end for m in block_matches) for a, b in items):
            starts.update(a for a, _ in items)
    return frozenset(starts)
