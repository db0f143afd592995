"""Who speaks a quotation in Korean, which sets the verb of speech after the words and a particle ("...\"라고 강조했다"):
the topic of the sentence before it, a name or a surname or name before a role, marked by 은/는 or 이/가 ("김 위원장은
\"...\"고 평가했다": Kim Jong Un, when he is the one person of the article of that family name)."""

from __future__ import annotations

import re

from generator.annotate.quote_names import NameIndex, Person

#: Hangul syllables, as a regex character class's range.
HANGUL = "\uac00-\ud7af"
#: Hangul: a quotation whose sentence is written in it is read here.
_HANGUL = re.compile(f"[{HANGUL}]")
#: What closes a quotation Korean reports: a quotative particle after the mark, up to two syllables of the words' own
#: ending before it ("\"고", "\"라고", "\"다고", "\"한다며").
_QUOTATIVE = re.compile(rf"[{HANGUL}]{{0,2}}(?:라고|고|며)(?=[\s,.]|$)")
#: A word marked as the sentence's topic or subject.
_TOPIC = re.compile(r"(?:은|는|이|가)$")
#: A full Korean name: a family name of one syllable, then the given name.
_FULL_NAME = re.compile(f"[{HANGUL}]{{3}}")
#: How far back the sentence of the quotation is read.
_SENTENCE_CHARS = 300


def korean_speaker(plain: str, start: int, end: int, names: NameIndex) -> Person | None:
    """The topic of the Korean sentence whose quotation spans ``start``-``end``, when a quotative particle closes it."""
    if not _HANGUL.search(plain, max(0, start - 20), start) or not _QUOTATIVE.match(plain, end):
        return None
    first = max(plain.rfind(". ", 0, start), plain.rfind("\n", 0, start), start - _SENTENCE_CHARS)
    words = plain[max(0, first) : start].split()
    for index, word in enumerate(words):
        if not _TOPIC.search(word):
            continue
        # "김정은 ..." is a name ending on the particle's syllable; "푸틴 대통령은" a name before a role
        found = names.resolve(word) or names.resolve(word[:-1])
        if found is None and index and len(word) > 2:
            found = names.resolve(words[index - 1]) or _by_family_name(words[index - 1], names)
        if found is not None:
            return found
    return None


def _by_family_name(word: str, names: NameIndex) -> Person | None:
    """The one person of the article whose full Korean name opens on ``word`` as its family name ("김" for "김정은")."""
    if len(word) != 1 or not _HANGUL.match(word):
        return None
    people = {person for name, person in names.by_text.items() if _FULL_NAME.fullmatch(name) and name[0] == word}
    return people.pop() if len(people) == 1 else None
