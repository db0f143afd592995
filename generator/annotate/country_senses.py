"""What a country's name means where it stands when it is not the state: a thing named after it ("French fries"), a
town of the United States ("Paris, Texas"), a language ("Greek words"), or a US state all through an article ("Georgia")."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Sequence

from generator.annotate.matching import Match
from generator.annotate.vocabulary import words
from generator.model import Mention


def _things() -> dict[str, frozenset[str]]:
    """The words after each name or demonym that make a thing of it, lowercase: {"French": {"fries", "toast", ...}}."""
    after: dict[str, set[str]] = defaultdict(set)
    for phrase in words("country_things"):
        name, _, word = phrase.rpartition(" ")
        after[name].add(word.lower())
    return {name: frozenset(found) for name, found in after.items()}


_THINGS = _things()
#: The word right after a name, its plural "s" or "es" set apart: "Guinea pigs", "Danish pastries" ("pastries" is listed).
_NEXT_WORD = re.compile(r"[ -](\w+)")


def names_a_thing(text: str, match: Match) -> bool:
    """True when a country's name or demonym and the word after it name a thing: "Turkish delight", "Guinea pigs"."""
    after = _THINGS.get(match.text)
    if after is None:
        return False
    following = _NEXT_WORD.match(text, match.end)
    if following is None:
        return False
    word = following.group(1).lower()
    return word in after or word.endswith("s") and (word[:-1] in after or word.endswith("es") and word[:-2] in after)


@lru_cache(maxsize=4)
def _state_after(us_states: frozenset[str]) -> re.Pattern[str]:
    """A comma and a US state's name after a place: the town of that name in the state ("Paris, Texas")."""
    names = "|".join(re.escape(state) for state in sorted(us_states, key=len, reverse=True))
    return re.compile(rf",\s*(?P<state>{names})\b(?!\s+(?:and|or)\b)") if names else re.compile(r"(?!)")


def is_us_town(text: str, match: Match, us_states: frozenset[str], country_starts: frozenset[int] = frozenset()) -> bool:
    """True when a country's capital, city or name is followed by a comma and a US state: "Lebanon, Pennsylvania",
    "Moscow, Idaho" are towns of the United States (not before a state a country shares its name with: "Tbilisi, Georgia")."""
    if match.best.taxonomy != "countries" or match.text in us_states or "," not in text[match.end:match.end + 2]:
        return False
    state = _state_after(us_states).match(text, match.end)
    return bool(state) and state.start("state") not in country_starts


def without_named_things(text: str, found: list[Match], us_states: frozenset[str]) -> list[Match]:
    """The matches less the country names that name a thing or a US town, not the state."""
    starts = frozenset(m.start for m in found if m.best.taxonomy == "countries" and m.best.key != "US")  # "Paris, Texas"
    return [m for m in found if m.best.taxonomy != "countries" or not (names_a_thing(text, m) or is_us_town(text, m, us_states, starts))]


#: After a language's name, its words, sounds or script: "Greek words", "Chinese characters", "an English translation".
_LANGUAGE_NOUNS = re.compile(r"\s+(?:%s)(?:s|es)?\b" % "|".join(re.escape(word) for word in words("language_nouns")))
#: Before a language's name with no noun after it, a verb of knowing, learning or speaking it: "knowing Greek", "learnt
#: Russian", "similar to Greek", as "in", "into", "from" and "speaks" ("translated from Arabic", "initials in Spanish").
_SPOKEN_BEFORE = re.compile(r"\b(?:in|into|from|speaks?|speaking|spoke|spoken|know|knows|knowing|knew|learn|learns|learning|"
                            r"learned|learnt|teach|teaches|teaching|taught|understand|understands|understood|similar\s+to|"
                            r"studied|studying|studies|study)\s+$")
#: No noun after the language's name, but a stop or a function word: "in Spanish." and "learnt Russian before" are the
#: language, "in Spanish waters" the country's.
_NO_NOUN_AFTER = re.compile(r"\s*(?:[).,;:!?]|$)|\s+(?:and|or|but|to|at|as|in|on|with|for|before|after|since|while|when|until|because)\s")
#: Languages a country's demonym also names: only these are read as a language by the words around them.
LANGUAGES = frozenset("""Albanian Arabic Armenian Bulgarian Burmese Chinese Croatian Czech Danish Dutch English Estonian Filipino
    Finnish French Georgian German Greek Hungarian Icelandic Indonesian Italian Japanese Kazakh Korean Latvian Lithuanian
    Mongolian Norwegian Persian Polish Portuguese Romanian Russian Serbian Slovak Slovenian Somali Spanish Swedish Thai
    Turkish Ukrainian Uzbek Vietnamese""".split())


def names_language(surface: str, sentence: str, at: int) -> bool:
    """True when a language's name at `at` names the language by the words around it: "speaks Russian", "Greek words"."""
    if surface not in LANGUAGES:
        return False
    end = at + len(surface)
    return bool(_SPOKEN_BEFORE.search(sentence, max(0, at - 20), at) and _NO_NOUN_AFTER.match(sentence, end)
                or _LANGUAGE_NOUNS.match(sentence, end))


#: After a US state's name that it shares with a country, words only the state takes: "Georgia governor", "Georgia
#: Republicans", "Georgia's Fulton County".
_STATE_WORDS_AFTER = re.compile(r"(?:['’]s)?\s+(?:state|governor|senator|legislature|Republicans?|Democrats?|[A-Z]\w+\s+County|"
                                r"county|counties|Bulldogs|Tech|Gov\.|Senate\s+(?:race|runoff|seat))\b")
#: Before it, a place and a comma ("Atlanta, Georgia", not when the place is a country's: "Armenia, Georgia and ...") or a
#: state office: "Gov. Brian Kemp of Georgia".
_STATE_WORDS_BEFORE = re.compile(r"(?:(?P<place>[A-Z][\w.'’-]+),\s*|\b(?:Gov\.|Governor|Sen\.)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?\s+of\s+)$")


def us_state_names(texts: Sequence[tuple[int, str]], us_states: frozenset[str], country_surfaces: frozenset[str]) -> frozenset[str]:
    """The names a US state shares with a country that the article uses for the state somewhere ("Atlanta, Georgia")."""
    shared = [name for name in sorted(country_surfaces) if name in us_states]
    used = set()
    for _, text in texts:
        for name in shared:
            for found in re.finditer(rf"\b{re.escape(name)}\b", text) if name in text else ():
                before = _STATE_WORDS_BEFORE.search(text, max(0, found.start() - 60), found.start())
                if _STATE_WORDS_AFTER.match(text, found.end()) or before and before.group("place") not in country_surfaces:
                    used.add(name)
    return frozenset(used)


def _country_surfaces(mentions: Sequence[Mention]) -> dict[str, set[str]]:
    """Each country's surfaces in the article: {"GE": {"Georgia", "Georgian"}}."""
    surfaces: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        if mention.taxonomy == "countries":
            surfaces[mention.key].add(mention.surface)
    return surfaces


def without_state_homonyms(texts: Sequence[tuple[int, str]], mentions: Sequence[Mention], us_states: frozenset[str]) -> list[Mention]:
    """Mentions less a country named only by the name of a US state that the article elsewhere uses for the state: in a
    story of Atlanta's politics, "Georgia" is the state throughout, unless "Tbilisi" or "Georgian" names the country too."""
    surfaces = _country_surfaces(mentions)
    state_names = us_state_names(texts, us_states, frozenset(s for found in surfaces.values() for s in found))
    if not state_names:
        return list(mentions)
    only_states = {key for key, found in surfaces.items() if found <= state_names}
    return [m for m in mentions if not (m.taxonomy == "countries" and m.key in only_states)]


def without_surname_countries(mentions: Sequence[Mention], people_mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions less a country named only by a word that ends a person's name in the article: after "Rep. Jim Jordan",
    "Jordan added" is the congressman, unless the article names the country otherwise ("Jordanian", "Amman") or as an
    owner ("Jordan's king")."""
    surnames = {m.surface.split()[-1] for m in people_mentions if m.taxonomy == "people" and len(m.surface.split()) >= 2}
    surfaces = _country_surfaces(mentions)
    by_surname = {key for key, found in surfaces.items() if len(found) == 1 and next(iter(found)) in surnames}
    return [m for m in mentions if not (m.taxonomy == "countries" and m.key in by_surname
                                        and not re.search(rf"\b{re.escape(m.surface)}['’]s\b", m.sentence))]
