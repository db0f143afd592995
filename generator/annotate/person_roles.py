"""What a role phrase says about a person: the country it names, and whether it is a function or only a title."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Mapping

from generator.annotate.matching import Match
from generator.annotate.roles import RANK_WORDS, ROLE_NOUNS, SPEECH_VERBS
from generator.annotate.vocabulary import words
from generator.knowledge.base import KnowledgeBase
from generator.model import PersonRef

#: Words that open a clause, not a role: ", met his counterparts" is no appositive.
VERB_START = re.compile(rf"^(?:{SPEECH_VERBS}|has|had|have|is|was|were|will|would|met|held|took|made|went|came|\w+ed|who|whose|which|that|where|when)\b")
#: Words before a lowercase role that show where it starts: "through special envoys X and Y", "as foreign minister".
_ROLE_OPENERS = {"through", "by", "with", "from", "and", "of", "for", "the", "a", "an", "his", "her", "their", "its", "as", "to"}
_TOKEN_BEFORE = re.compile(r"[\w'’-]+[,;]?|[,;(]")


def lowercase_start(text: str, role_start: int) -> int:
    """Where a role that starts with its noun really starts: its lowercase modifiers after an opener ("special envoys")."""
    if not text[role_start:role_start + 1].islower():
        return role_start
    tokens = [(m.start(), m.group(0)) for m in _TOKEN_BEFORE.finditer(text, max(0, role_start - 60), role_start)]
    for size in (2, 1):
        if len(tokens) <= size:
            continue
        words = [w for _, w in tokens[-size:]]
        opener = tokens[-size - 1][1]
        modifiers = all(w.islower() and w[-1] not in ",;" and w not in _ROLE_OPENERS | {"on", "at", "in"} and not VERB_START.match(w) for w in words)
        if modifiers and (opener.lower() in _ROLE_OPENERS or opener[-1] in ",;("):
            return tokens[-size][0]
    return role_start


#: Kinds of organisation whose people belong to the organisation's country.
STATE_KINDS = {"government", "agency", "party", "armed-group"}
#: A company head's last role word: the company's country is theirs ("SK Group Chairman Chey Tae-won").
COMPANY_HEADS = frozenset(words("company_heads"))
#: Abbreviated titles before a name ("Sen.", "Gen", "Prof."): alone, a title a function found later replaces.
TITLE_ABBREVIATIONS = frozenset(words("title_abbreviations"))
#: Roles that say only how a person relates to another, or that several lead ("leaders Modi and Wickremesinghe"); the
#: function found later is preferred.
RELATIONAL_ROLES = {"counterpart", "counterparts", "leaders"}
#: Roles that are only honorifics; a functional role found later is preferred.
HONORIFICS = {"prince", "princess", "sheikh", "ayatollah", "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "king", "queen", "emir", "professor",
              "prof", "hon"}


#: A role of "the country" the text has named: "the territory’s chief executive", "the country's president".
_COUNTRY_REFERENCE = re.compile(r"\b(?:[Tt]he\s+)?(?:country|nation|territory|republic|island nation|city-state)['’]s\b")


def referred_country(role: str, offset: int, block_matches: list[Match]) -> str | None:
    """The country "the country's" in a role refers to: the last one the paragraph names by its name before the role."""
    if not _COUNTRY_REFERENCE.search(role):
        return None
    named = [m.best.key for m in block_matches if m.end <= offset and m.best.taxonomy == "countries" and m.best.kind == "name"]
    return named[-1] if named else None


#: "of" before a country's name closing a role, in English or Romance copy: "President of Ghana", "presidente da Rússia".
_OF_BEFORE = re.compile(r"\b(?:of|de|do|da|del|des|du|di|della)\s+(?:the\s+|la\s+)?$")


def role_country(role: str, matches_in_role: list[Match], knowledge: KnowledgeBase, kingdom: str | None,
                 countries_of: Mapping[str, str] | None = None) -> str | None:
    """The country a role belongs to: 'Japanese Foreign Minister', "Russia's Ambassador to Japan", 'Pentagon spokesman'."""
    for match in matches_in_role:
        alias = match.best
        after = role[match.end : match.end + 3]
        preceding = role[: match.start].rstrip().split()[-1:] if match.start else []
        if alias.taxonomy == "countries" and (after.startswith("-ba") and role[match.end:].startswith("-based")
                                              or re.search(r"\bbased\s+in\s+$", role[: match.start])):
            return alias.key  # "a Manila-based political scientist", "a lawyer based in Ramallah": where they work
        if preceding and preceding[0].lower() in {"to", "in", "on", "with"} or after.startswith("-"):
            continue  # "Ambassador to Japan": the host; "Cuban-American", "Saudi-led": not the person's country
        if alias.taxonomy in ("organizations", "outlets"):
            term = knowledge.term(alias.taxonomy, alias.key)
            # A state's body, party or force gives its people's country ("IRGC Rear Admiral", "spokesman for the
            # Pentagon"); a company or think tank only an employer's ("analyst at Eurasia Group").
            if term is None:
                country = (countries_of or {}).get(alias.key)
            else:
                kind = term.attributes.get("kind")
                heads = kind == "company" and role.split()[-1].lower() in COMPANY_HEADS
                country = term.attributes.get("country") if kind in STATE_KINDS or heads else None
            if country and not (preceding and preceding[0].lower() == "at"):
                return str(country)
            continue
        if alias.taxonomy != "countries" or preceding and preceding[0].lower() == "for":
            continue
        if alias.kind == "demonym" or after.startswith(("'s", "’s")) or match.start == 0:
            return alias.key
        if alias.kind == "name" and _OF_BEFORE.search(role[: match.start]):
            return alias.key  # "Minister of Energy of the Republic of Türkiye", "President of Ghana", "presidente da Rússia"
    if kingdom and re.search(r"\bKingdom['’]s\b", role):
        return kingdom
    return None


#: Titles that say how to address someone, not what they do ("Sir David Omand", "Mr Lo"): alone, no role.
COURTESY_TITLES = frozenset(words("courtesy_titles"))


def reported_role(role: str | None) -> str | None:
    """The role as a brief reports it: none for a courtesy title alone ("Sir", "Mr.")."""
    return None if role and role.lower().rstrip(".") in COURTESY_TITLES else role


def better_role(new: str, old: str | None) -> bool:
    """True when ``new`` says more than ``old``: any role beats none, a function beats an honorific or a rank."""
    if not old:
        return True
    return is_title(old) and not is_title(new)


def function_of(role: str) -> str:
    """A role without the honorific after its function: "Supreme Leader, Ayatollah" -> "Supreme Leader", "Minister of
    Energy Prince" -> "Minister of Energy" (but "Crown Prince" stays: no function comes before the honorific)."""
    function, _, title = role.rpartition(", ")
    if function and is_title(title) and not is_title(function):
        return function
    words = role.split()
    if len(words) > 1 and words[-1].lower().rstrip(".") in HONORIFICS and any(
            w.lower() in ROLE_NOUNS and w.lower() not in HONORIFICS for w in words[:-1]):
        return " ".join(words[:-1])
    return role


def is_title(role: str) -> bool:
    """True when a role is only an honorific, a rank or a relation ("Mr", "Major General", "Saudi counterpart"), no function."""
    words = role.lower().split()
    # Every word an honorific, a rank or an abbreviated title: "Professor Dr", "Sen.", "Lt. Gen." (a function found later says more)
    return bool(words) and (all(w in RANK_WORDS or w in TITLE_ABBREVIATIONS or w.rstrip(".") in HONORIFICS for w in words)
                            or words[-1] in RELATIONAL_ROLES)


def strip_country(role: str, matches: list[Match]) -> str:
    """A role without its leading demonym or possessive country ("Russia's Ambassador" -> "Ambassador")."""
    for match in matches:
        if match.start == 0 and match.best.taxonomy == "countries" and not role[match.end :].startswith("-"):
            rest = role[match.end :]
            rest = re.sub(r"^['’]s\b", "", rest).strip()
            return rest or role
    return re.sub(r"^(?:[Tt]he\s+)?(?:Kingdom|country|nation|territory|republic|island nation|city-state)['’]s\s+|^[Tt]he\s+", "", role)


#: Role words of experts and journalists, quoted from anywhere: a dateline's country never claims them.
ROAMING_WORDS = frozenset(words("roaming_roles"))


def with_dateline_country(people: list[PersonRef], home: str | None) -> list[PersonRef]:
    """People with the dateline's one country given to those whose role names none ("SINGAPORE - Transport Minister X"),
    but experts and journalists."""
    if not home:
        return people
    return [replace(p, country=home) if p.country is None and p.role and local_role(p.role) else p for p in people]


def local_role(role: str) -> bool:
    """True for a role a dateline's country claims: not an expert's or a journalist's, nor an international body's."""
    words = set(re.findall(r"[\w-]+", role.lower()))
    return not ROAMING_WORDS & words and not any(w.endswith("general") for w in words) and not _BODY_OF_STATES.search(role)


def state_role(role: str) -> bool:
    """True for a role held in a state, whose holder makes the article news of it: not a dateline's roaming roles nor a
    company's head ("MTN Group President and CEO")."""
    words = re.findall(r"[\w-]+", role.lower())
    return local_role(role) and bool(words) and words[-1] not in COMPANY_HEADS


#: A body of many states named in a role: its officials are of no one state ("UN official", "NATO spokesman").
_BODY_OF_STATES = re.compile(r"\b(?:UN|U\.N\.|United Nations|NATO|EU|E\.U\.|IMF|OSCE|OPEC|ASEAN|UNHCR|UNICEF|UNESCO|IAEA|WHO|WTO|"
                             r"Interpol|ICRC|African Union|European Union|World Bank|European Council|European Commission|"
                             r"European Parliament|ICJ|ICC|International Court of Justice|International Criminal Court)(?![\w.])")


#: An aide's title before the title of the one served, which the capitalised run after "to the" alone would take for the
#: role: "U.S. Assistant to the President for National Security Affairs Jake Sullivan".
_AIDE_BEFORE = re.compile(r"(?:(?<![\w.])(?:[A-Z][\w.'’-]*\s+){0,3})?(?:Assistant|Adviser|Advisor|Counsellor|Counselor|Aide)\s+to\s+the\s+$")


def aide_start(text: str, start: int) -> int:
    """Where a role starting at ``start`` really starts: before an aide's title ending in "to the", if one does."""
    before = _AIDE_BEFORE.search(text, max(0, start - 80), start)
    return before.start() if before else start


def counterpart_role(person, people) -> str | None:
    """The function a counterpart shares with the person its sentence names before it: "Defense Minister Lee Jong-sup
    met his Chinese counterpart Wei Fenghe" makes Wei a defense minister (his country stays his own)."""
    for block, surface, sentence in person.surface:
        at = sentence.find(surface)
        before = [(sentence.rfind(name, 0, at), other.role) for other in people
                  if other is not person and other.role and not is_title(other.role)
                  for b, name, other_sentence in other.surface if b == block and other_sentence == sentence]
        before = [(position, role) for position, role in before if 0 <= position]
        if at > 0 and before:
            return max(before)[1]
    return None
