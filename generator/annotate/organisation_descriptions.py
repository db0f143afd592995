"""Organisations a sentence names by describing them: a describing noun before or after the name ("cyber firm iSight
Partners", "Airbnb, an online home-rental site"), or before a list of them ("brands like Koton, Mavi and LC Waikiki"), a role held there ("an analyst at Eurasia Group"), a possessive's firm
("Andrew Lo's firm, Anlex") or a site's address given as a source ("quoted by news.ro")."""
from __future__ import annotations

import re

import ahocorasick

from generator.annotate.name_shapes import GIVEN_NAMES
from generator.annotate.organisation_words import DESCRIBING_NOUNS, DESCRIBING_PLURALS, NOT_NAME_STARTS, NOT_ORGANISATION_WORDS, PRESS_NOUNS
from generator.annotate.roles import ROLE_NOUNS
from generator.annotate.vocabulary import words

_NAME_WORD = r"(?:[A-Z]|[a-z]{1,3}[A-Z])[\w&'’.-]*"
_NAME = rf"{_NAME_WORD}(?:\s+(?:&\s+)?{_NAME_WORD}){{0,4}}"
_NOUNS = "(?:" + "|".join(sorted(DESCRIBING_NOUNS, key=len, reverse=True)) + ")"
#: "cyber firm iSight Partners", "Tamil daily Virakesari", "hacking group known as “Sandworm”", "coalition known as the HNC".
_NOUN_THEN_NAME = re.compile(rf"(?<=[\w,] )(?P<noun>{_NOUNS})\s+(?:(?:(?:known|referred to)\s+as|called|named)\s+(?:the\s+)?)?[\"“‘]?(?P<name>{_NAME})")
#: "Shargh Daily, a Tehran newspaper,", "Airbnb, an online home-rental site, said", "Viginum, France's technical agency that",
#: "The News, a Pakistani news publication and website,".
_NAME_THEN_DESCRIPTION = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:a|an|the|another|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s)\s+(?:(?!(?:of|for|in|at|with|from|by|to|and|who|which)\b)[\w'’-]+\s+){{0,3}}(?P<noun>{_NOUNS})"
    r"(?=[,.;]|\s+and\s+[\w-]+[,.;]|\s+(?:that|which|based|owned|founded|run|headed|led|of|composed|formed|established|created|"
    r"dedicated|specializing|specialising)\b)"
)
#: "companies such as Roketsan, ASELSAN, TAI, and HAVELSAN": the names a plural describing noun gives as examples.
_NOUNS_THEN_NAMES = re.compile(
    r"\b(?:" + "|".join(sorted(DESCRIBING_PLURALS, key=len, reverse=True)) + r")\s+(?:such\s+as|like|including)\s+"
    rf"(?P<names>{_NAME}(?:,\s+{_NAME})*(?:,?\s+and\s+{_NAME})?)"
)
_LISTED_NAME = re.compile(_NAME)
_EXAMPLES = re.compile(r"\s(?:such\s+as|like|including)\s+[A-Z]")
#: "the FARC rebel group": an acronym or a name of two words or more before a describing noun.
_THE_NAME_NOUN = re.compile(
    r"\bthe\s+(?P<name>[A-Z]{2,}(?:-[A-Z]+)?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s+(?P<between>[a-z]+\s+)?(?P<noun>group|militia|party|movement|rebels|company|firm)\b"
)
_WORKPLACE_ROLE = "(?:" + "|".join(re.escape(w) for w in sorted(set(words("workplace_roles")), key=len, reverse=True)) + ")"
#: "an analyst at Eurasia Group", "head of research at Algebris Policy Forum": where the role is held, up to a clause's end.
_ROLE_AT_NAME = re.compile(
    rf"\b{_WORKPLACE_ROLE}s?(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s+at\s+(?:the\s+)?"
    rf"(?P<name>{_NAME_WORD}(?:\s+(?:(?:of|for|on|de)\s+(?:the\s+)?|&\s+)?{_NAME_WORD}){{0,6}})"
    r"(?=\s*[,.;:)]|\s+(?:in|and|who|which|said|says|told|on|since|until|from|to|has|had|is|was)\b|\s*$)"
)
#: "Andrew Lo’s firm, Anlex, ...", "the Wallenbergs' holding company, Investor AB,": the organisation a possessive's describing
#: noun names next.
_WHOSE_NOUN_NAME = re.compile(rf"(?:['’]s|(?<=s)['’]|\b(?:its|his|her|their))\s+(?:[a-z-]+\s+)?(?:{_NOUNS}),\s+(?P<name>{_NAME})(?=[,.;])")
#: A role "of" the possessive's body before it: "the governor of the nation's central bank, Muhammad Ibrahim" names its holder.
_HOLDER_OF = re.compile(r"\b(?:" + "|".join(re.escape(r) for r in sorted(ROLE_NOUNS, key=len, reverse=True)) + r")\s+of\s+(?:the\s+)?[\w-]+$", re.I)
#: Company suffixes written with a full stop that belongs to the name ("Tempus Inc.").
_ABBREVIATED_SUFFIXES = {"Inc", "Corp", "Co", "Ltd", "Bhd", "Pvt"}
#: A site named by its address as a source: "Reuters reports, quoted by news.ro", "according to Hotnews.ro".
_DOMAIN = r"[A-Za-z][\w-]*(?:\.[\w-]+)*(?<=\w)\.[a-z]{2,4}(?![\w/@-]|\.\w)"
_SOURCE_DOMAIN = re.compile(
    rf"\b(?:according\s+to|quoted\s+by|cited\s+by|reported\s+by|citing|told)\s+(?:the\s+)?(?:[a-z]+\s+(?:site|portal|website)\s+)?(?P<name>{_DOMAIN})"
    rf"|(?<![\w./@-])(?P<subject>{_DOMAIN})\s+(?:reported|reports|wrote|writes)\b"
)
#: Quick searches for what the patterns cannot match without: an address's last dot, " at ".
_DOTTED_WORD = re.compile(r"\w\.[a-z]{2,4}\b")
_AT = re.compile(r"\sat\s")
_POSSESSIVE = re.compile(r"['’]s?$")
#: "... of Global and Area Studies,": capitalised subjects joined by "and" up to a clause's end.
_AND_SUBJECTS = re.compile(r"\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?=\s*[,.;:)]|\s*$)")
#: The describing nouns in one automaton: one pass tells whether a text holds any, not one substring test a noun.
_NOUN_AUTOMATON = ahocorasick.Automaton()
for _noun in sorted(DESCRIBING_NOUNS):
    _NOUN_AUTOMATON.add_word(_noun, _noun)
_NOUN_AUTOMATON.make_automaton()
#: What a name and its description cannot go without (", a "): most sentences lack it, and that search is quick.
_DESCRIPTION_OPENER = re.compile(r",\s+(?:a|an|the|another|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s)\s")


def described_names(text: str) -> list[tuple[int, str]]:
    """(start, name) of the organisations a sentence describes: 'cyber firm iSight Partners', 'Airbnb, an online home-rental site'."""
    found = []
    candidates = []
    press: set[int] = set()  # where names the press nouns describe start: they keep their "The"
    if next(_NOUN_AUTOMATON.iter(text), None) is not None:
        candidates += [(m.start("name"), m.group("name")) for m in _NOUN_THEN_NAME.finditer(text)]
        if _DESCRIPTION_OPENER.search(text):
            described = list(_NAME_THEN_DESCRIPTION.finditer(text))
            candidates += [(m.start("name"), m.group("name")) for m in described]
            press = {m.start("name") for m in described if m.group("noun") in PRESS_NOUNS}
        candidates += [(m.start("name"), _party_name(m)) for m in _THE_NAME_NOUN.finditer(text)]
        # "the governor of the nation’s central bank, Muhammad Ibrahim,": a person's name there holds the role before it.
        candidates += [(m.start("name"), m.group("name")) for m in _WHOSE_NOUN_NAME.finditer(text)
                       if not (m.group("name").split()[0] in GIVEN_NAMES and " " in m.group("name"))
                       and not _HOLDER_OF.search(text, max(0, m.start() - 60), m.start())]
    if _EXAMPLES.search(text):
        candidates += [(m.start("names") + n.start(), n.group(0)) for m in _NOUNS_THEN_NAMES.finditer(text)
                       for n in _LISTED_NAME.finditer(m.group("names"))]
    if _AT.search(text):
        candidates += [(m.start("name"), m.group("name") + _subjects_joined(text, m.end("name"), m.group("name")))
                       for m in _ROLE_AT_NAME.finditer(text)]
    if _DOTTED_WORD.search(text):  # most paragraphs hold no address at all: a quick search first
        for m in _SOURCE_DOMAIN.finditer(text):
            group = "name" if m.group("name") else "subject"
            candidates.append((m.start(group), m.group(group)))
    for start, name in candidates:
        name = _POSSESSIVE.sub("", _without_full_stop(name.split(". ")[0]))  # a full stop ends the sentence, so the name
        if start in press and name.startswith("The ") and len(name.split()) == 2:
            found.append((start, name))  # "The Star, another Kenyan newspaper": a paper's "The" is its name's
            continue
        if name.startswith("The ") and len(name.split()) > 2:  # "The Harbour Board, a coalition of ...": the name after it
            start, name = start + 4, name[4:]
        words = name.split()
        if not words or words[0] in NOT_NAME_STARTS or words[0] in NOT_ORGANISATION_WORDS or words[0].lower() in ROLE_NOUNS:
            continue
        found.append((start, name))
    return found


def _subjects_joined(text: str, end: int, name: str) -> str:
    """' and Area Studies' after 'Institute of Global': the subjects an "of" joins with "and" are one name's, to a clause's end."""
    joined = _AND_SUBJECTS.match(text, end) if " of " in name else None
    return joined.group(0) if joined else ""


def _without_full_stop(name: str) -> str:
    """'Harbour Holdings Group.' -> 'Harbour Holdings Group'; 'Tempus Inc.' keeps the stop its abbreviation ends with."""
    bare = name.rstrip(".,")
    return bare + "." if name.startswith(".", len(bare)) and bare.rsplit(" ", 1)[-1] in _ABBREVIATED_SUFFIXES else bare


def _party_name(match: re.Match[str]) -> str:
    """'the Democratic Progressive party' names the 'Democratic Progressive Party'; 'the ANC party' the 'ANC'."""
    name = match.group("name")
    return f"{name} Party" if match.group("noun") == "party" and not match.group("between") and not name.isupper() else name
