"""Where a name stands that says whose it is: a known surname alone in its country's article, a country closing a
role before a name, a royal title before one name, a known name opening with a common word."""
from __future__ import annotations

import re

from generator.annotate import known_people
from generator.annotate.known_people import known_person
from generator.annotate.matching import Match
from generator.annotate.name_shapes import GIVEN_NAMES, NOT_NAME_LAST_WORDS
from generator.annotate.organisation_words import DESCRIBING_NOUNS, INSTITUTION_HEADS, ORGANISATION_LAST_WORDS
from generator.annotate.person_evidence import POSSESSIVE
from generator.annotate.roles import NOT_NAMES, OCCUPATIONS, RANK_WORDS, ROLE_MODIFIERS, ROLE_NOUNS
from generator.annotate.vocabulary import mapping
from generator.knowledge.base import FAMILY_NAME_FIRST, KnowledgeBase

#: A preposition before a capitalised word that makes it a place or a time ("in Austin", "at Wellington", "In May,"), not a person.
_PLACE_PREPOSITION = re.compile(r"(?:\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Aa]cross|[Aa]round|[Ff]rom|[Tt]o)|&)\s+$")
#: What after a surname makes it a firm's or a brand's: "Frost & Sullivan", "Kellogg’s" (a possessive is judged apart).
_FIRM_AFTER = re.compile(r"\s*&|['’]s?\b")


def home_surname(known, text: str, start: int, end: int, countries: set[str], lowercase: frozenset[str]) -> bool:
    """True when a known person's surname stands alone in an article about their country ("talks hosted by Putin"):
    not a word the article writes in lowercase, a first name, a place after a preposition, a firm's name, or a
    family name many share (a family-name-first country's "Wang")."""
    country, name = known.attributes.get("country"), text[start:end]
    return bool(
        country in countries and country not in FAMILY_NAME_FIRST and name.lower() not in lowercase
        and name not in GIVEN_NAMES and not _PLACE_PREPOSITION.search(text, max(0, start - 8), start)
        and not _FIRM_AFTER.match(text, end)
    )


_PLACE_OR_THE_BEFORE = re.compile(r"\b(?:to|in|of|for|from)\s+(?:the\s+)?$")


def after_place(tokens: list, text: str, block_matches: list[Match]) -> list:
    """The words after a country that closes a role ("the founder of North Korea Kim Il-Sung") or a people's name that
    opens the run ("Britons Aiden Aslin and Shaun Pinner"), when two or more follow."""
    if len(tokens) < 3:
        return tokens
    after_preposition = bool(_PLACE_OR_THE_BEFORE.search(text, max(0, tokens[0].start - 10), tokens[0].start))
    # Without a preposition only a demonym will do: "Jordan Bardella" and "Israel Katz" open with a country's name.
    place = next((m.end for m in block_matches if m.start == tokens[0].start and m.best.taxonomy == "countries"
                  and (after_preposition or m.best.kind == "demonym")), None)
    rest = [t for t in tokens if place is not None and t.start > place]
    return rest if len(rest) >= 2 else tokens


#: Titles a monarch or a pope is named by with one name and a regnal number: "King Felipe VI", "Queen Camilla".
ROYAL_TITLES = frozenset({"king", "queen", "prince", "princess", "pope", "emperor", "empress", "sultan", "emir", "amir"})
_REGNAL_NAME = re.compile(r"[A-Z][a-z][\w'’-]*(?:\s+[IVX]+)?")


def royal(title: str, name: str, knowledge: KnowledgeBase) -> bool:
    """True when a royal title stands right before one name (and its regnal number) that is no country's or title's."""
    first = name.split()[0] if name else ""
    return bool(title.lower() in ROYAL_TITLES and _REGNAL_NAME.fullmatch(name)
                and first not in NOT_NAMES and first not in NOT_NAME_LAST_WORDS and first.lower() not in ROLE_NOUNS
                and first not in ORGANISATION_LAST_WORDS  # not "the Crown Prince Foundation"
                and not known_people.country_word(first, knowledge))  # not "King Street"


#: A word before a royal title that is part of the style a royal is known by: "Crown Princess Victoria".
_STYLE_OPENERS = frozenset({"Crown"})


def royal_style(role: tuple) -> int:
    """Where the royal title closing ``role`` starts, with the word heading its style ("Crown Princess")."""
    title, before = role[-1], role[-2] if len(role) > 1 else None
    return before.start if before and before.text in _STYLE_OPENERS and before.end + 1 == title.start else title.start


#: A word that can be a surname alone: capitalised, perhaps double-barrelled ("Kuznetsov", "Ould-Abdallah").
_SURNAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
#: Role nouns that name a person's function or courtesy before a surname alone; ranks and royal titles are left out
#: ("General Motors", "Captain America", "King Street"), as are words that head a body or a rank ("Chief", "Head").
_SURNAME_TITLES = frozenset(ROLE_NOUNS - RANK_WORDS - ROYAL_TITLES - {"chief", "head", "member", "deputy", "official",
                                                                    "opposition", "general", "executive", "justice"})


#: What after a surname alone shows a person acting or described, not a word modifying a noun ("Ambassador
#: Extraordinary staff"): a possessive, an apposition's comma, a verb, or what a speaker thanks them for ("I thank Mr Feltman
#: for his briefing").
_DEED_AFTER = re.compile(r"['’]s\b|,|\s+(?:[a-z]+ed|was|is|has|had|have|will|would|could|can|did|does|told|met|spoke|left|"
                         r"went|made|took|gave|won|lost|says|said|sees|wants|for\s+(?:your|his|her|their))\b")
#: The body a title's holder serves, right after the surname: "Secretary Dureza of OPAPP".
_BODY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def surname_alone(name: str, title: str, lowercase: frozenset[str], after: str, adjoining: bool = False) -> bool:
    """True when a title of function or courtesy stands before one word that can only be a surname, followed by a
    deed or an apposition ("Ambassador Kuznetsov was summoned", "Mr Haddad, the envoy"), or, the title right before
    it (``adjoining``), the body served ("Secretary Dureza of OPAPP", never "the Chairman, Board of Governors"): a
    person the article names no other way."""
    word = POSSESSIVE.sub("", name)
    return bool(
        title.lower() in _SURNAME_TITLES and _SURNAME.fullmatch(word) and word.lower() not in lowercase
        and (_DEED_AFTER.match(after) or adjoining and _BODY_AFTER.match(after)) and word not in INSTITUTION_HEADS
        and word not in NOT_NAMES and word not in GIVEN_NAMES and word not in NOT_NAME_LAST_WORDS
        and word not in ORGANISATION_LAST_WORDS and word not in ROLE_MODIFIERS and word.lower() not in ROLE_NOUNS
    )


def known_span(text: str, tokens: list, knowledge: KnowledgeBase) -> bool:
    """True when the words from the first token to the last spell a known person's name."""
    return known_person(POSSESSIVE.sub("", text[tokens[0].start : tokens[-1].end]), knowledge) is not None


_OCCUPATION_LINKS = {"at", "from", "with", "for", "of", "in"}


def titled_name_end(phrase: str) -> bool:
    """True when a capitalised role noun and two names end the phrase: another person with their title ("...,
    Foreign Ministry Spokeswoman Maria Zakharova said"), not the role of the name before the comma."""
    words = phrase.split()[-3:]
    return (len(words) == 3 and words[0][:1].isupper() and words[0].lower() in ROLE_NOUNS
            and all(w[:1].isupper() and w not in ROLE_MODIFIERS and w.lower() not in ROLE_NOUNS for w in words[1:]))


def is_role_phrase(phrase: str) -> bool:
    """True when a phrase after a name is a role: an occupation or a role noun heads it."""
    words = [POSSESSIVE.sub("", w.lower()).strip("’'") for w in phrase.split()]
    # An occupation is the head when it ends the phrase or a preposition follows it ("an expert from the Ministry").
    occupation = any(w in OCCUPATIONS and (i == len(words) - 1 or words[i + 1] in _OCCUPATION_LINKS) for i, w in enumerate(words))
    # A role noun before an organisation's noun describes the organisation ("an activist group", "the opposition party").
    role = any((w in ROLE_NOUNS or w.split("-")[-1] in ROLE_NOUNS) and not (i + 1 < len(words) and words[i + 1] in DESCRIBING_NOUNS)
               for i, w in enumerate(words))
    return (role or occupation) and len(words) <= 16


#: What a known leader's surname may name before it: "the Trump administration", "the Abbott government".
_LEADER_OF = re.compile(r"\s+(?:administration|government|cabinet|presidency|era|regime|campaign)\b")
#: What follows a possessive that owns nothing: a brand or a shop in a list ("Ford, Macy’s, Kellogg’s, NBC"), no person.
_NOTHING_OWNED = re.compile(r"\s*(?:[,;.)]|and\b|or\b|$)")


def owns_something(text: str, last_word: str, word_end: int, name_end: int) -> bool:
    """A surname that owns what follows it: a possessive with a thing after it ("Putin's visit"), or a leader's
    administration ("the Trump administration")."""
    return bool(POSSESSIVE.search(last_word) and not _NOTHING_OWNED.match(text, word_end) or _LEADER_OF.match(text, name_end))


#: What a name's relative clause says it is: ", who is Ghana's trade minister," (a role noun must head it).
_WHO_IS = re.compile(r",\s+who\s+(?:is|was|(?:currently\s+)?serves\s+as|served\s+as)\s+(?:(?:a|an|the)\s+)?"
                     r"(?P<role>[^,.;:“”\"()]{3,90}?)(?=,|\.(?!\w)|;|$|\s+(?:and|since|when|where)\b)")
#: Verbs of heading a body, as the role noun they make (data/role_verbs.txt): ", who heads the agency," is its head.
ROLE_VERBS = mapping("role_verbs")
_WHO_DOES = re.compile(rf",\s+who\s+(?P<verb>{'|'.join(map(re.escape, ROLE_VERBS))})\s+"
                       r"(?P<body>(?:the\s+|[A-Z])[^,.;:“”\"()]{2,80}?)(?=,|\.(?!\w)|;|$)")


#: What a name did in an office right after it: "Evo Morales resigned as president on November 10".
_ACTED_AS = re.compile(r"\s+(?:resigned|stepped\s+down|was\s+(?:elected|appointed|named|sworn\s+in|re-?elected)|served|took\s+office)"
                       r"\s+as\s+(?:(?:a|an|the)\s+)?(?P<role>[^,.;:“”\"()]{3,60}?)"
                       r"(?=,|\.(?!\w)|;|$|\s+(?:and|since|when|where|on|in|after|from|until|amid|for|last|this)\b)")


def who_role(text: str, end: int) -> tuple[str, int]:
    """The role a relative clause after a name gives ("Name, who is Ghana's trade minister,", "Name, who heads the
    agency," -> "head of the agency") and where it would start in the text, its country's offsets kept; ("", -1) if none."""
    said = _WHO_IS.match(text, end)
    if said and is_role_phrase(said.group("role")):
        return said.group("role").strip(), said.start("role")
    acted = _ACTED_AS.match(text, end)
    if acted and is_role_phrase(acted.group("role")):
        return acted.group("role").strip(), acted.start("role")
    heads = _WHO_DOES.match(text, end)
    if heads:
        noun = f"{ROLE_VERBS[heads.group('verb')][0]} of "  # never longer than ", who <verb> ": the offsets stay the clause's
        return noun + heads.group("body").strip(), heads.start("body") - len(noun)
    return "", -1


def elsewhere_surname(known, sentence: str, block_matches) -> bool:
    """True when a known person's bare surname stands in a sentence that names one state only, and not theirs: another
    state's "President Harris" in a sentence about Nauru is no Kamala Harris."""
    home = known.attributes.get("country")
    named = {m.best.key for m in block_matches if m.best.taxonomy == "countries" and m.text in sentence}
    return bool(home) and len(named) == 1 and home not in named
