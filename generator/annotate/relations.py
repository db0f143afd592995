"""Bilateral relations: pairs of countries that an article discusses together."""
from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

from generator.model import Mention

#: A sentence naming more countries than this is a list, not a relation between them.
MAX_COUNTRIES_PER_SENTENCE = 4
#: Countries mentioned at least this often in one article are substantive there.
SUBSTANTIVE_MENTIONS = 2


def relation_key(a: str, b: str) -> str:
    """The key of the relation between two countries, the same whichever comes first."""
    first, second = sorted((a, b))
    return f"{first}-{second}".lower()


def find_relations(mentions: list[Mention]) -> list[Mention]:
    """One mention per country pair per sentence that names both, when both are substantive in the article."""
    countries = [m for m in mentions if m.taxonomy == "countries" and m.sentence != "(frontmatter)"]
    counts = Counter(m.key for m in countries)
    by_sentence: dict[tuple[int, str], list[str]] = defaultdict(list)
    for mention in countries:
        codes = by_sentence[(mention.block, mention.sentence)]
        if mention.key not in codes:
            codes.append(mention.key)
    found: list[Mention] = []
    for (block, sentence), codes in by_sentence.items():
        if len(codes) > MAX_COUNTRIES_PER_SENTENCE:
            continue
        for a, b in combinations(sorted(codes), 2):
            if counts[a] >= SUBSTANTIVE_MENTIONS and counts[b] >= SUBSTANTIVE_MENTIONS:
                found.append(Mention("relations", relation_key(a, b), f"{a}–{b}", block, sentence))
    return found
