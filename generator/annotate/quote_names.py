"""The names a quote's speaker may be written as: names, surnames, roles ("the minister") and countries."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from generator.annotate.roles import NOT_NAMES, ROLE_MODIFIERS, ROLE_NOUNS
from generator.annotate.vocabulary import mapping, words

#: Titles that say how to address someone, never which person of the article is meant ("the lady").
COURTESY_TITLES = frozenset(words("courtesy_titles")) | {"lord", "lady", "mr.", "mrs.", "ms.", "dr."}
#: Role words "the <noun>" may stand for besides the noun itself ("the top diplomat": a foreign minister).
ROLE_REFERENCES = mapping("role_references")
#: Role words "the <noun>" stands for even without a country: the same role in other words ("the premier").
ROLE_SYNONYMS = mapping("role_synonyms")
#: The dot of an abbreviation inside a name ("U.S."), as the quote finder rewrites it to keep offsets.
LEADER = "\u2024"
_POSSESSIVE = re.compile(r"['’]s$")
#: A capitalised word ending in "s" and a mark, before another word: a possessive ("Santos’ former colleague").
_BARE_POSSESSIVE = re.compile(r"^[A-Z]\w*s['’]$")
_ROLE_WORD = re.compile(r"[\w-]+")
#: A name in a script without capitals: Chinese, Japanese, Korean.
_UNCASED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")

Person = tuple[str, str]  # (key, name)


@dataclass(frozen=True, slots=True)
class NameIndex:
    """Resolves a name or surname written in the text to a person key and full name."""

    by_text: dict[str, Person]
    roles: dict[str, str] = field(default_factory=dict)  # person key -> role as the article gives it
    countries: dict[str, str] = field(default_factory=dict)  # person key -> their country
    places: dict[str, str] = field(default_factory=dict)  # a country as the article writes it ("Russia", "Russian") -> code
    longest: int = field(init=False)  # words in the longest name indexed: no longer run can be one
    spellings: dict[str, Person] = field(init=False)  # a one-word name as spelt loosely -> its person, if only one's
    unaccented: dict[str, Person] = field(init=False)  # a name without its accents ("Anez") -> its person, if only one's

    def __post_init__(self) -> None:
        """Counts the longest name once: resolving it per call made quotes quadratic in the article's people."""
        object.__setattr__(self, "longest", max((name.count(" ") for name in self.by_text), default=-1) + 1)
        loose: dict[str, set[Person]] = {}
        for name, person in self.by_text.items():
            if " " not in name and len(name) >= _LOOSE_LENGTH:
                loose.setdefault(loose_spelling(name), set()).add(person)
        object.__setattr__(self, "spellings", {k: next(iter(v)) for k, v in loose.items() if len(v) == 1})
        plain: dict[str, set[Person]] = {}
        for name, person in self.by_text.items():
            plain.setdefault(without_accents(name), set()).add(person)
        object.__setattr__(self, "unaccented", {k: next(iter(v)) for k, v in plain.items() if len(v) == 1})

    def resolve(self, text: str, last: bool = False) -> Person | None:
        """The person the text names (the longest name first; with ``last``, the rightmost one); never a possessive."""
        raw = text.split()
        words = [name_word(w) for w in raw]
        for i, word in enumerate(raw[:-1]):  # "LaLota, Santos’ former colleague": a name ending in "s" takes a bare mark
            if _BARE_POSSESSIVE.search(word):
                words[i] = None
        for i in range(len(words) - 1, 0, -1):  # "Donald Trump's": the whole name is the possessive, not only "Trump's"
            if words[i] is None and (words[i - 1] or "")[:1].isupper() and raw[i - 1][-1:].isalpha():
                words[i - 1] = None
        longest = self.longest
        runs = [(i, size) for size in range(min(4, len(words), longest) if last else min(len(words), longest), 0, -1)
                for i in range(len(words) - size + 1) if all(words[i : i + size])]
        if last:
            runs.sort(key=lambda run: (-run[0], -run[1]))
        for i, size in runs:
            name = " ".join(words[i : i + size])  # type: ignore[arg-type]
            if size == 1 and (name in NOT_NAMES or not name[:1].isupper() and not _UNCASED.match(name)):  # "茂木敏充" has no capitals
                continue
            if i + size < len(raw) and raw[i + size].strip(",.;:").lower() in NAMED_BODIES:
                continue  # "the Trump administration reinstated": a body named after the person, not the person
            found = self.by_text.get(name) or self.unaccented.get(without_accents(name))  # "Anez said" after "Jeanine Añez"
            if found is None and size == 1 and len(name) >= _LOOSE_LENGTH:
                found = self.spellings.get(loose_spelling(name))  # "Sikorsky said" after "Radoslaw Sikorski"
            if found:
                return found
        return None

    def by_role(self, phrase: str) -> Person | None:
        """The one person of the article whose role (and country, if named) a phrase names: "Russia's foreign
        minister", "the Russian leader", "the prosecutor"; None when no one or more than one person fits."""
        words = [_POSSESSIVE.sub("", w).replace(LEADER, ".") for w in phrase.split()]
        country = next((self.places[w] for w in words if w in self.places), None)
        head = words[-1].lower() if words else ""
        if head not in ROLE_NOUNS or head in COURTESY_TITLES:
            return None
        # Without a country only the noun itself (or its synonym) will do, and every role word before it must be theirs too.
        wanted = {head, *ROLE_REFERENCES.get(head, ())} if country else {head, *ROLE_SYNONYMS.get(head, ())}
        qualifiers = {w.lower() for w in words[1:-1] if w.lower() in ROLE_NOUNS or w.capitalize() in ROLE_MODIFIERS}
        fits = set()
        for key, name in self.by_text.values():
            role = set(_ROLE_WORD.findall(self.roles.get(key, "").lower()))
            if (country is None or self.countries.get(key) == country) and wanted & role and qualifiers <= role:
                fits.add((key, name))
        return fits.pop() if len(fits) == 1 else None

    def refers(self, phrase: str, person: Person | None) -> bool:
        """True when "the minister" can only mean ``person``: the phrase's last word is a role noun of their role."""
        words = [_POSSESSIVE.sub("", w).replace(LEADER, ".") for w in phrase.split()]
        head = words[-1].lower() if words else ""
        country = next((self.places[w] for w in words if w in self.places), None)
        if person is None or country is not None and self.countries.get(person[0]) != country:
            return False  # "the Russian leader" is not the nearest person when that is an American president
        role = set(_ROLE_WORD.findall(self.roles.get(person[0], "").lower()))
        return head in ROLE_NOUNS and bool(role.intersection((head, *ROLE_REFERENCES.get(head, ()))))

    def described(self, phrase: str, person: Person | None) -> bool:
        """True when an epithet after their words ("the Kentucky Republican" for "Republican Sen. Rand Paul") ends on a
        capitalised word of ``person``'s role: a party or creed no role noun spells."""
        head = _POSSESSIVE.sub("", phrase.split()[-1]) if phrase.split() else ""
        if person is None or not head[:1].isupper() or head.lower() in ROLE_NOUNS:
            return False
        return head in _ROLE_WORD.findall(self.roles.get(person[0], ""))


#: Bodies and periods named after a person ("the Trump administration", "the Putin government"): the name is no speaker.
NAMED_BODIES = frozenset({"administration", "government", "campaign", "cabinet", "regime", "presidency", "era", "camp"})
#: The shortest surname compared by its loose spelling: shorter ones differ by a letter too often ("Lee", "Li").
_LOOSE_LENGTH = 6
#: Spellings transliteration varies: a final "y" or "i", doubled letters, "kh" or "h".
_LOOSE = ((re.compile(r"y"), "i"), (re.compile(r"(\w)\1"), r"\1"), (re.compile(r"kh"), "h"))


def loose_spelling(name: str) -> str:
    """A surname as transliterations all spell it: "Sikorsky" and "Sikorski", "Zelenskyy" and "Zelensky" agree."""
    spelt = name.lower()
    for pattern, replacement in _LOOSE:
        spelt = pattern.sub(replacement, spelt)
    return spelt


def without_accents(name: str) -> str:
    """A name as written without its accents, as many English outlets write foreign names: "Añez" as "Anez"."""
    if name.isascii():
        return name  # most names: nothing to decompose (quotes ask this of every run of words they resolve)
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def name_word(word: str) -> str | None:
    """A word as names are indexed, or None for a possessive ("Tusk's draft" is not Tusk speaking)."""
    word = word.replace(LEADER, ".").strip(",.;:()“”\"'‘’")
    return None if _POSSESSIVE.search(word) else word
