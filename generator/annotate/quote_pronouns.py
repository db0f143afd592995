"""Whom "he" or "she" may mean: the titles an article gives its people ("Mrs Kirchner" is a "she") and the pronouns
their reported speech takes ("Cai said she")."""
from __future__ import annotations

import re

from generator.annotate.quote_names import NameIndex, Person
from generator.annotate.vocabulary import mapping, opening_characters

#: Titles and the pronoun they take (data/gendered_titles.txt).
_TITLE_GENDERS = {title: values[0] for title, values in mapping("gendered_titles").items()}
#: The look-ahead on the titles' first letters spares trying every title at every word (half the search's cost).
_TITLED = re.compile(rf"\b(?=(?i:[{opening_characters(_TITLE_GENDERS)}]))(?P<title>(?i:" + "|".join(map(re.escape, _TITLE_GENDERS))
                     + r"))\.?\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")
_PRONOUN = re.compile(r"\b(?P<pronoun>[Hh]e|[Ss]he)\b")
#: A name reporting what its own pronoun did: "Cai said she had been stranded" (she is Cai), "Lee told reporters he".
_SAID_PRONOUN = re.compile(r"\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+(?:also\s+)?(?:said|says|told\s+\w+)\s+(?:that\s+)?"
                           r"(?P<pronoun>he|she)\b")
#: How many people back a "she" may look for a woman's title: the latest eight, never the whole article.
_RECENT = 8


def genders(texts: list[str], names: NameIndex) -> dict[str, str]:
    """Person key -> "m" or "f", from the titles the article gives them and the pronouns their reported speech takes
    ("Cai said she"); a person given both keeps neither."""
    found: dict[str, set[str]] = {}
    for text in texts:
        for titled in _TITLED.finditer(text):
            title = titled.group("title")
            person = names.resolve(titled.group("name")) if title[:1].isupper() else None
            if person:
                found.setdefault(person[0], set()).add(_TITLE_GENDERS[title.lower()])
        for said in _SAID_PRONOUN.finditer(text):
            if person := names.resolve(said.group("name")):
                found.setdefault(person[0], set()).add("f" if said.group("pronoun") == "she" else "m")
    return {key: next(iter(kinds)) for key, kinds in found.items() if len(kinds) == 1}


#: A pronoun and a verb saying the same speaker goes on, right after a quotation: '“...,” he continues.'
_GOES_ON = re.compile(r"^[\s,.”\"]*(?:he|she)\s+(?:continues|continued|adds|added|goes on|went on)\b")


def continuing(tail: str, speaker_here: Person | None) -> Person | None:
    """The paragraph's last speaker when a "he continues" or "she adds" attributes the quotation: the one who spoke
    last, not whoever the sentence between named ('“...,” says Drevon, who has written about X. “...,” he continues')."""
    return speaker_here if speaker_here is not None and _GOES_ON.match(tail) else None


def pronoun_near(clause: str, tail: str) -> str | None:
    """The pronoun attributing a quote: in the words right after it (', she said'), else the last in the clause before."""
    after = _PRONOUN.search(tail[:40])
    before = list(_PRONOUN.finditer(clause))
    found = after or (before[-1] if before else None)
    return found.group("pronoun").lower() if found else None


def agreeing(pronoun: str | None, nearest: Person | None, recent: list[Person], gender_of: dict[str, str]) -> Person | None:
    """The person a pronoun means: the nearest, unless their title says otherwise or, for a "she", one of the latest people
    before them has a woman's title ("David Cameron said ... She claimed:" in an article that calls her "Mrs Kirchner")."""
    if pronoun is None or not gender_of:
        return nearest
    wanted = "f" if pronoun == "she" else "m"
    known = gender_of.get(nearest[0]) if nearest else None
    # Most people the news names are men: an untitled nearest person is a "he", and only a "she" looks past them.
    if known == wanted or known is None and wanted == "m":
        return nearest
    latest: list[Person] = []
    for person in reversed(recent):
        if person not in latest:
            latest.append(person)
    match = next((p for p in latest[:_RECENT] if gender_of.get(p[0]) == wanted), None)
    if match:
        return match
    return None if nearest and gender_of.get(nearest[0]) not in (None, wanted) else nearest
