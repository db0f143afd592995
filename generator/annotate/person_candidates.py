"""Person candidates: runs of capitalised words split into the role before a name and the name."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, NamedTuple, Sequence

from generator.annotate.name_shapes import ARABIC_ARTICLES, GIVEN_NAMES, sentence_start
from generator.annotate.person_evidence import POSSESSIVE as _POSSESSIVE
from generator.annotate.roles import PARTICLES, ROLE_MODIFIERS, ROLE_NOUNS

CONNECTORS = {"and", "of", "for", "to", "the", "on", "at", "in"}
#: Lowercase words a run of a name may hold: its connectors, and the comma between names.
_RUN_WORDS = frozenset(CONNECTORS | {","})
#: The lowercase words a run may hold as they are written: its connectors, the comma and the particles (all lowercase).
_RUN_OR_PARTICLE = _RUN_WORDS | frozenset(PARTICLES)
#: A word; a double hyphen is a dash ("Jaime Morales--a rival"), and a full stop glued to a capitalised word of
#: lowercase letters is two sentences whose space was lost ("President Sauli Niinisto.The prime minister").
_WORDS = re.compile(r"[^\W\d_](?:[\w'’]|\.(?![A-Z][a-z])|-(?!-))*|\d[\w.\-]*|,")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
#: Given names written short with a full stop, which ends no sentence: "Ma. Cristina Roque" (Maria, in the
#: Philippines), "Md. Shahriar Alam" (Mohammad, in Bangladesh), "Mohd. Najib" (Malaysia).
_GIVEN_NAME_ABBREVIATIONS = frozenset({"Ma.", "Md.", "Mohd.", "Muhd.", "Wm.", "Chas.", "Jas.", "Thos."})
#: Arabic article and particles joined to a name by a hyphen: "al-Assad", "el-Sisi", "bin-Zayed".
PARTICLE_JOINED = re.compile(rf"^(?:{ARABIC_ARTICLES}|bin|ibn|abu|abd)-[A-Z]")
#: A surname and a given name joined by a hyphen, two people's names run together ("Xi Jinping-Joe Biden summit"), and
#: the capitalised word after the given name that the second name goes on with.
_PAIRED_NAMES = re.compile(r"^(?P<left>[A-Z][a-z]+)-(?P<right>[A-Z][a-z]+)$")
_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")
#: What opens a hyphenated part of one Arabic name, never a name of its own: "Al-Hassan", "Abdel-Aziz", "Abu-Bakr".
_ARABIC_OPENER = re.compile(rf"(?i:{ARABIC_ARTICLES}|abd\w*|abu|umm|bin|ibn|ben|ould)")
#: What after a role noun makes it a role to come: "President-elect", "Prime Minister-designate".
_ELECT = re.compile(r"-(?:elect|designate)$")
#: Two words glued by a lost space, the first a word of roles: "AffairsVijitha", "MinisterJohn".
_GLUED = re.compile(r"^(?P<left>[A-Z][a-z]{3,})(?P<right>[A-Z][a-z]+)$")


def without_article(word: str) -> str:
    """A name's word without the Arabic article joined to it, as a surname written alone drops it ("al-Sharaa": "Sharaa")."""
    return word.split("-", 1)[1] if PARTICLE_JOINED.match(word) else word


def opens_long_name(tokens: Sequence[Token], text: str) -> bool:
    """True when a capitalised particle inside a sentence opens three capitalised words or more: a family name, as
    Vietnamese "Le" ("spokeswoman Le Thi Thu Hang"), not a sentence's article ("Le Monde reported")."""
    return (len(tokens) >= 4 and tokens[0].text[:1].isupper() and not sentence_start(text, tokens[0].start)
            and all(t.text[:1].isupper() for t in tokens[1:]))


class Token(NamedTuple):
    """A word (or comma) of a paragraph with its offsets (a named tuple: a paragraph makes dozens, quick to make)."""

    text: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def role_noun(self) -> bool:
        return _role_noun(self.text)


@lru_cache(maxsize=4096)  # a word is asked about again and again, in every run and every split of an article
def _role_noun(text: str) -> bool:
    """True when a capitalised word is a role noun: "President", "Ministers", "President-elect", "Vice-President"."""
    if not text[:1].isupper():
        return False
    word = _ELECT.sub("", text.lower().rstrip(","))  # "President-elect": the role to come is a role
    singular = word[:-1] if word.endswith("s") and word[:-1] in ROLE_NOUNS else word  # "Presidents X and Y"
    head, _, rest = text.partition("-")  # "Minister-in-charge", "Ambassador-at-large": the role noun comes first
    last = word[max(word.rfind("-"), word.rfind(".")) + 1 :]
    return (singular in ROLE_NOUNS or last in ROLE_NOUNS or last[:-1] in ROLE_NOUNS and last.endswith("s")  # "Vice-President", "Co-Chairs"
            or rest.count("-") == 1 and rest.islower() and head.lower() in ROLE_NOUNS)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible person: the role words before the name, and the name."""

    role: tuple[Token, ...]
    name: tuple[Token, ...]


def capital_runs(text: str) -> list[list[Token]]:
    """Runs of capitalised words, particles, connectors and commas, split at sentence ends."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    capital = False  # whether ``current`` holds a capitalised word
    previous_end = 0
    for match in _WORDS.finditer(text):
        word = match.group(0)
        upper = word[0].isupper()
        # Most words are lowercase and no particle: ``word.lower()`` is asked only of words holding a capital later on.
        if not (upper or word in _RUN_OR_PARTICLE or not word.islower() and word.lower() in PARTICLES
                or "-" in word and PARTICLE_JOINED.match(word)):
            # Most words end any run and nothing else: the run after them starts afresh, whatever came before.
            if current:
                runs.extend([current] if capital else ())  # a run of connectors and commas alone is dropped
                current, capital = [], False
            continue
        start, end = match.span()
        # Only white space may separate the words of a run.
        if current and start > previous_end and not text[previous_end:start].isspace():
            runs.extend([current] if capital else ())
            current, capital = [], False
        glued = _GLUED.match(word) if len(word) > 5 else None  # two words glued are six letters at least
        previous = current[-1] if current else None  # a name's word before the hyphen: no role's, no owner's
        paired = (_PAIRED_NAMES.match(word) if "-" in word and previous and previous.capitalised and not previous.role_noun
                  and previous.text not in ROLE_MODIFIERS and not _POSSESSIVE.search(previous.text) else None)
        if glued and (glued.group("left") in ROLE_MODIFIERS or glued.group("left").lower() in ROLE_NOUNS):
            cut = start + glued.end("left")
            current += [Token(glued.group("left"), start, cut), Token(glued.group("right"), cut, end)]
        elif (paired and paired.group("right") in GIVEN_NAMES and _NAME_GOES_ON.match(text, end)
              and not _ARABIC_OPENER.fullmatch(paired.group("left"))):
            # "Xi Jinping-Joe Biden summit": two people's names joined by a hyphen, each a run of its own
            cut = start + paired.end("left")
            runs.append([*current, Token(paired.group("left"), start, cut)])
            current = [Token(paired.group("right"), cut + 1, end)]
        else:
            current.append(Token(word, start, end))
        capital = capital or upper
        stop = word.rstrip("'’")  # "Pacific.' He called": a quotation closing after the full stop ends the sentence too
        if (stop.endswith(".") and len(stop) > 2 and not _INITIALS.fullmatch(stop) and stop.lower() not in ROLE_NOUNS
                and stop not in _GIVEN_NAME_ABBREVIATIONS):
            runs.extend([current] if capital else ())
            current, capital = [], False
        previous_end = end
    if current and capital:
        runs.append(current)
    return runs


def split_candidates(run: list[Token], starts_at_match: dict[int, int], places: Mapping[int, int] | None = None) -> list[Candidate]:
    """Role-and-name candidates of one run: "Prime Minister Fumio Kishida and GCC Secretary-General ...";
    ``places`` (start to end of the countries and organisations named) tell a role's country from a person's name."""
    places = starts_at_match if places is None else places

    def subject_word(token: Token) -> bool:  # a word a list of a ministry's subjects may follow: "India's Petroleum and"
        return (token.text in ROLE_MODIFIERS or token.text in {",", "and"} or bool(_POSSESSIVE.search(token.text))
                or any(a <= token.start < b for a, b in places.items()))

    found: list[Candidate] = []
    role: list[Token] = []
    name: list[Token] = []
    after_role = False
    i = 0

    def flush() -> None:
        nonlocal role, name, after_role
        if name:
            found.append(Candidate(tuple(role) if after_role else (), tuple(name)))
        elif role and not after_role:
            found.append(Candidate((), tuple(t for t in role if t.text != ",")))
        role, name, after_role = [], [], False

    while i < len(run):
        token = run[i]
        word = token.text
        if _joins_two_names(run, i, name or ([] if after_role else role)):
            flush()  # "Enrique Peña Nieto y Raúl Castro": Spanish "and", not the particle of "José Ortega y Gasset"
            i += 1
            continue
        if name:
            if after_role and token.role_noun and len(name) <= 2:  # "Chief Strategy Officer": the subject was the role's
                role += name + [token]
                name = []
            elif token.capitalised or word.lower() in PARTICLES or PARTICLE_JOINED.match(word):
                name.append(token)
                if _POSSESSIVE.search(word):
                    flush()
            else:
                flush()
            i += 1
            continue
        if token.role_noun:
            role.append(token)
            after_role = True
        elif after_role and word in {"to", "of", "for", "at", "on"} and i + 1 < len(run):  # "Advisor on Foreign Affairs X"
            role.append(token)
            i += 1
            if run[i].text == "the" and i + 1 < len(run):  # "of the European Union": the name starts after "the"
                role.append(run[i])
                i += 1
            match_end = starts_at_match.get(run[i].start)
            while i < len(run) and (
                match_end and run[i].end <= match_end or run[i].text in ROLE_MODIFIERS or run[i].text == "the"
            ):
                role.append(run[i])
                i += 1
            if i < len(run) and not (match_end or role[-1].text in ROLE_MODIFIERS):
                role.append(run[i])
                i += 1
            # "of Mines and Energy", "of Transport, Highways, Ports, and Civil Aviation": a list of subjects.
            while i + 1 < len(run) and run[i].text in {",", "and"}:
                j = i + 1 if run[i + 1].text != "and" else i + 2
                if _last_subject(run, j):  # "of Foreign Affairs and Emigration Badr Abdelatty"
                    role += run[i : j + 1]
                    i = j + 1
                    break
                if j >= len(run) or run[j].text not in ROLE_MODIFIERS:
                    break
                role += run[i:j]
                i = j
                while i < len(run) and run[i].text in ROLE_MODIFIERS:
                    role.append(run[i])
                    i += 1
            continue
        elif after_role and word == ",":
            pass
        elif after_role and token.capitalised and word not in ROLE_MODIFIERS:
            name.append(token)
            if _POSSESSIVE.search(word):
                flush()
        elif word in CONNECTORS or word == ",":
            # "Economy, Trade and Industry Minister": a list of subjects, not "Badr Al Busaidi, Foreign Ministry Spokeswoman".
            subjects = role and not after_role and all(subject_word(t) for t in role)
            if word in {"and", ","} and subjects and i + 1 < len(run) and run[i + 1].text in ROLE_MODIFIERS:
                role.append(token)
            elif word == "and" and after_role and i + 1 < len(run) and (run[i + 1].role_noun or run[i + 1].text in ROLE_MODIFIERS):
                role.append(token)  # "Minister for Education and Minister-in-charge of SIP Chan Chun Sing": one person's two roles
            else:
                flush()
        else:
            role.append(token)
        i += 1
    flush()
    return found


def _last_subject(run: list[Token], j: int) -> bool:
    """True when the word after a role's "and" is its last subject, a name of two words or more following it:
    "Minister of Foreign Affairs and Emigration Badr Abdelatty", never "... and Jane Doe"."""
    return (run[j - 1].text == "and" and j + 2 < len(run) and run[j].text not in GIVEN_NAMES and not run[j].role_noun
            and all(t.capitalised and not _POSSESSIVE.search(t.text) for t in run[j : j + 3]))


def _joins_two_names(run: list[Token], i: int, name: list[Token]) -> bool:
    """True when the particle "y" at ``i`` is Spanish "and" between two names, a name of two words or more before it
    and a given name after it ("Enrique Peña Nieto y Raúl Castro"), not part of one name ("José Ortega y Gasset")."""
    return run[i].text == "y" and len(name) >= 2 and i + 1 < len(run) and run[i + 1].text in GIVEN_NAMES
