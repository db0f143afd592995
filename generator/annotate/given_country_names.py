"""Countries' names that open a person's name: "Minister of Energy German Galushchenko" names no German."""
from __future__ import annotations

import re

from generator.annotate.matching import Match
from generator.annotate.name_shapes import NOT_NAME_LAST_WORDS, PLACE_OPENERS
from generator.annotate.organisation_words import ORGANISATION_LAST_WORDS
from generator.annotate.roles import NOT_NAMES, ROLE_NOUNS
from generator.annotate.vocabulary import words

#: Countries' names and demonyms that are also given names.
COUNTRY_GIVEN_NAMES = frozenset(words("country_given_names"))
#: One capitalised word after the country's name that closes the run of capitals (no third capitalised word follows).
_LONE_SURNAME = re.compile(r" (?P<word>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w’'-])(?!\s+[A-Z(])")
#: An article or a determiner before the country's name makes it an adjective: "the German Bundestag".
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An|its|their|his|her)\s+$")


def without_given_country_names(text: str, found: list[Match], lowercase: frozenset[str]) -> list[Match]:
    """The matches less each country's name that opens a person's name before an unknown surname."""
    taken = {m.start for m in found}
    return [m for m in found if not _opens_name(text, m, taken, lowercase)]


def _opens_name(text: str, match: Match, taken: set[int], lowercase: frozenset[str]) -> bool:
    """True when a country's given-name word stands before one unknown capitalised word that no lexicon knows."""
    if match.best.taxonomy != "countries" or match.text not in COUNTRY_GIVEN_NAMES:
        return False
    after = _LONE_SURNAME.match(text, match.end)
    if after is None or after.start("word") in taken or _DETERMINER_BEFORE.search(text, max(0, match.start - 8), match.start):
        return False
    word = after.group("word")
    return not (word.lower() in ROLE_NOUNS or word.lower() in lowercase or word in NOT_NAMES or word in NOT_NAME_LAST_WORDS
                or word in ORGANISATION_LAST_WORDS or word in PLACE_OPENERS)
