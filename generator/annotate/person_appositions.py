"""What an apposition after a name says of the person, and how a role found gives them a role and a country."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping

from generator.annotate import name_shapes
from generator.annotate.matching import Match
from generator.annotate.person_context import is_role_phrase, titled_name_end, who_role
from generator.annotate.person_roles import COURTESY_TITLES, VERB_START, better_role, referred_country, role_country, strip_country
from generator.annotate.roles import SPEECH_VERBS
from generator.annotate.vocabulary import alternation
from generator.knowledge.base import KnowledgeBase

#: An apposition opens with a comma or a dash ("Maumoon Abdul Gayoom – a former President who ruled", "Jaime
#: Morales--a former opponent--"), and ends at the next one.
#: Verbs only quotes and deeds use ("vowed", "threatened"), ending an apposition without its closing comma too.
QUOTE_VERBS = alternation("quote_verbs")
_APPOSITIVE = re.compile(
    r"^(?:,\s+|\s+[–—]\s+|--\s*)(?:\d{1,3},\s+)?(?:(?:a|an|the)\s+)?(?!(?:and|or|but|nor)\s)(?P<role>(?:[^,.;:“”\"]|(?:[A-Z]\.){2,}(?=\s+[a-z]|-[A-Z]|\s+[A-Z][\w-]*(?:,|\s+[A-Z]))){3,130}?)"
    rf"(?=,|\.(?!\w)|;|:|\s+[–—]\s|--|\s+who\b|\s+now\b|\s+under\b|\s+which\b|\s+(?:{SPEECH_VERBS}|{QUOTE_VERBS}|has|had|have|is|was|will|would|met|held)\b|$)"
)

#: A role in brackets right after the name: "Carrie Lam (current HK Chief Executive)".
_BRACKETED_ROLE = re.compile(r"\s+\((?:(?:a|an|the)\s+)?(?P<role>[^()]{3,80})\)")
#: Another person's name ending an apposition, listed after it: "... bureau chief and Alice Su".
_AND_NAME_END = re.compile(r"\s+and\s+(?P<first>[A-Z][\w'’-]+)\s+[A-Z][\w'’-]+$")
#: Markdown's marks closing an emphasised name before the punctuation that opens its apposition.
#: Up to two words and an article before a role noun of another language ("Segundo o presidente", "Para el canciller",
#: "a reçu le président", "что министр"): the words are the sentence's, the role starts at the noun.
_ROMANCE_ARTICLE = re.compile(r"^(?:\S+\s+){0,2}?(?:(?:[OoAa]s?|[Ee]l|[Ll][aeo]s?|[Ll]os|[Dd]e[rnm]|[Dd]ie|[Ii]l|[Ll]’|[Ll]')\s*)?(?=(?i:%s|%s)\b)"
                             % (alternation("romance_role_nouns"), alternation("other_language_role_nouns")))
#: A courtesy title and one name: "Lord Rose", "Sir Alan", a person listed, not a role.
_COURTESY_NAME = re.compile(r"[A-Z][a-z]+\s+[A-Z][\w'’-]+")
_CLOSING_EMPHASIS = re.compile(r"(?:\*{1,2}|_{1,2})(?=,|\s+[–—]\s|--)")


@dataclass(slots=True)
class PersonFound:
    """A person being assembled while reading one article."""

    key: str
    name: str
    role: str | None = None
    country: str | None = None
    confirmed: bool = False
    surface: list[tuple[int, str, str]] = field(default_factory=list)  # (block, surface, sentence)
    headline_role: bool = False  # the role was read in the headline: the first one the body gives says it better


def apposition_role(text: str, end: int) -> tuple[str, int]:
    """The role an apposition or a relative clause after a name gives ("Name, a German MEP, said", "Name, who heads the
    agency,") and where it starts, or ("", -1)."""
    emphasis = _CLOSING_EMPHASIS.match(text, end)  # "**Jack Straw**, the foreign secretary": Markdown's bold name
    end = emphasis.end() if emphasis else end
    shift = 2 if text[end:end + 2] in ("'s", "’s") else 0
    appositive = _APPOSITIVE.match(text[end + shift:])
    role = appositive.group("role") if appositive else ""
    listed = _AND_NAME_END.search(role)  # "David Rennie, The Economist’s bureau chief and Alice Su, our correspondent"
    role = role[: listed.start()] if listed and listed.group("first") in name_shapes.GIVEN_NAMES else role
    if listed and _COURTESY_NAME.fullmatch(role[: listed.start()]) and role.split()[0].lower() in COURTESY_TITLES:
        role = ""  # "David Cameron, George Osborne, Lord Rose and Brendan Barber": the list goes on, no apposition
    unbalanced = role.count(")") > role.count("(")  # "(Mr Brown, meet Frau Merkel)": the aside closes, no apposition
    if role and not unbalanced and is_role_phrase(role) and not VERB_START.match(role) and not titled_name_end(role):
        return role.strip(), end + shift + appositive.start("role")  # type: ignore[union-attr]
    bracketed = _BRACKETED_ROLE.match(text, end)
    if bracketed and is_role_phrase(bracketed.group("role")) and not VERB_START.match(bracketed.group("role")):
        return bracketed.group("role").strip(), bracketed.start("role")
    return who_role(text, end)


def take_role(person: PersonFound, role: str, offset: int, block_matches: list[Match], knowledge: KnowledgeBase,
               kingdom: str | None, countries_of: Mapping[str, str] | None, headline: bool = False) -> None:
    """Give the person a role found at ``offset`` when it says more than theirs, and its country when they lack one."""
    role, cut = name_shapes.without_opening_word(role)  # "As CNN's chief medical correspondent Dr. Sanjay Gupta noted"
    offset += cut
    if article := _ROMANCE_ARTICLE.match(role):
        role, offset = role[article.end():], offset + article.end()
    role_matches = [Match(m.start - offset, m.end - offset, m.text, m.aliases)
                    for m in block_matches if offset <= m.start and m.end <= offset + len(role)]
    country = role_country(role, role_matches, knowledge, kingdom, countries_of) or referred_country(role, offset, block_matches)
    if better_role(role, person.role) or person.headline_role and not headline:  # "Exiled leader Morales" in the headline
        person.role, person.headline_role = strip_country(role, role_matches), headline
        if country and (person.country is None or not person.confirmed):
            person.country = country
    elif country and person.country is None:
        person.country = country  # "Sri Lanka's Foreign Minister" after "Minister of Foreign Affairs"
