"""Organisations the knowledge base lacks, found by how real text names them.

Three shapes hold across outlets: a state's institution named after the country ("Israeli Foreign
Ministry", "Sri Lanka's Supreme Court", "German foreign ministry"), an organisation its sentence
describes ("cyber firm iSight Partners", "Shargh Daily, a Tehran newspaper"), and a name defined by its
acronym ("Janatha Vimukthi Peramuna (JVP)"). Every later use in the article of the acronym, of the
institution without its country ("the Foreign Ministry") or of the alternative name is the same term.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from generator.annotate.matching import Match
from generator.annotate.organisation_acronyms import acronym_definitions
from generator.annotate.organisation_descriptions import described_names
from generator.annotate.organisation_keys import context_names, known_key, organisation_keys
from generator.annotate.organisation_names import EMBASSY_ACTS, court_name, glossed, host_end
from generator.annotate.organisation_words import (
    HEADS_NEEDING_SUBJECT,
    INSTITUTION_HEADS,
    INSTITUTION_OF_SUBJECTS,
    INSTITUTION_SUBJECTS,
    KNOWN_ONLY_LOWERCASE_HEADS,
    LOWERCASE_HEADS,
)
from generator.annotate.roles import ROLE_MODIFIERS
from generator.annotate.text import sentence_at, sentence_span_at
from generator.annotate.vocabulary import mapping
from generator.knowledge.base import Alias, KnowledgeBase
from generator.model import Discovery, Mention
from generator.slugs import slugify

Span = tuple[int, int]

_SUBJECTS = sorted(INSTITUTION_SUBJECTS | ROLE_MODIFIERS, key=len, reverse=True)
_SUBJECT = "(?:" + "|".join(re.escape(w) for w in _SUBJECTS) + ")"
_SUBJECT_LOWER = "(?:" + "|".join(re.escape(w.lower()) for w in _SUBJECTS if "’" not in w and "'" not in w) + ")"
_OF_SUBJECT = "(?:" + "|".join(re.escape(w) for w in sorted(INSTITUTION_OF_SUBJECTS | ROLE_MODIFIERS, key=len, reverse=True)) + ")"
_SUBJECT_RUN = rf"{_OF_SUBJECT}(?:\s+{_OF_SUBJECT}){{0,3}}"
_HEAD = "(?:" + "|".join(re.escape(h) for h in sorted(INSTITUTION_HEADS, key=len, reverse=True)) + ")"
_HEAD_LOWER = "(?:" + "|".join(sorted(LOWERCASE_HEADS + KNOWN_ONLY_LOWERCASE_HEADS, key=len, reverse=True)) + ")"
#: What follows a country to make an institution: "’s Supreme Court", " foreign ministry", " Ministry of Mines and Energy".
_INSTITUTION = re.compile(
    rf"(?P<possessive>['’]s?)?\s+(?P<rest>(?:{_SUBJECT}\s+){{0,3}}{_HEAD}(?:\s+of\s+(?:the\s+)?{_SUBJECT_RUN}(?:(?:,\s+|\s+and\s+|,\s+and\s+){_SUBJECT_RUN})*)?"
    rf"|(?:{_SUBJECT_LOWER}\s+){{0,3}}{_HEAD_LOWER})(?![\w-])"
)
#: An institution named before its country, as states name their own: "Ministry of Foreign Affairs of Qatar".
_INSTITUTION_BEFORE = re.compile(
    rf"(?<![\w’'-])(?:{_SUBJECT}\s+){{0,3}}{_HEAD}(?:\s+of\s+(?:the\s+)?{_SUBJECT_RUN}(?:(?:,\s+|\s+and\s+|,\s+and\s+){_SUBJECT_RUN})*)?"
    r"\s+of\s+(?:the\s+)?$"
)
#: A country's parliament written in lower case before its name: "the parliament of Uganda".
_PARLIAMENT_BEFORE = re.compile(r"(?<![\w’'-])parliament\s+of\s+(?P<the>(?:the\s+)?)$")
#: A second institution sharing the country: "Israel’s National Security Council and Foreign Ministry".
_AND_INSTITUTION = re.compile(rf"\s+and\s+(?:the\s+|its\s+)?(?P<rest>(?:{_SUBJECT}\s+){{0,3}}{_HEAD})(?![\w-])")
#: "Foreign Ministry", "Supreme Court": an institution named by its subject and head alone.
_BARE_INSTITUTION = re.compile(rf"(?<![\w’'-])(?:{_SUBJECT}\s+){{1,3}}(?:Ministry|Court)(?![\w-])(?!\s+of\b)")
#: The same in lowercase after "the": "the foreign ministry", "the central bank" in a dateline article are that country's.
_BARE_INSTITUTION_LOWER = re.compile(rf"(?<=\bthe )(?:(?:{_SUBJECT_LOWER}\s+){{1,2}}(?:ministry|department)|central bank)(?![\w-])(?!\s+of\b)")
#: A ministry named without its country after "the": "the Interior Ministry", "the Ministry of Defence".
_BARE_MINISTRY = re.compile(
    rf"(?<=\bthe )(?:(?:{_SUBJECT}\s+){{1,3}}Ministry|Ministry\s+of\s+(?:the\s+)?{_SUBJECT_RUN}(?:(?:,\s+|\s+and\s+){_SUBJECT_RUN})*)(?![\w-])"
)
#: "the ministry of commerce and industry", "the country’s ministry of education": a ministry a paper writes in lower case.
_MINISTRY_SUBJECT = rf"(?:international|{_SUBJECT_LOWER})"  # "the ministry of international relations and cooperation"
_LOWERCASE_MINISTRY = re.compile(
    rf"(?:(?<=\bthe )|(?<=[’']s ))ministry\s+of\s+{_MINISTRY_SUBJECT}(?:\s+{_MINISTRY_SUBJECT}){{0,3}}"
    rf"(?:(?:,\s+|\s+and\s+){_MINISTRY_SUBJECT}(?:\s+{_MINISTRY_SUBJECT}){{0,3}})*(?![\w-])"
)
_WHOSE = re.compile(r",\s+whose\b")
_BY_ITS_SPOKESMAN = re.compile(r"\s+(?:spokes(?:man|woman|person)|officials?|statement|justices?|judges?|ruling|decision)\b")
_ADJECTIVES = mapping("country_adjectives")
_COURT_OF = re.compile(r"^((?:[A-Z][\w'’]*\s+){0,3}Court) of ")
_POSSESSIVE_INSIDE = re.compile(r"\w['’]s\s")
#: Forces whose name opens on "Royal" before the country in kingdoms and realms: "Royal Malaysian Air Force".
_ROYAL_HEADS = ("Navy", "Army", "Air Force", "Police", "Armed Forces", "Marines", "Guard")
#: The words a crown's forces open on before the country: "Royal Malaysian Air Force", "Imperial Japanese Navy".
_CROWN_WORDS = ("Royal ", "Imperial ")


@dataclass(frozen=True, slots=True)
class Found:
    """An organisation found in one block: where, its name and key, and the country it belongs to."""

    block: int
    start: int
    end: int
    name: str
    key: str
    country: str | None = None
    known: bool = False  # the key is the knowledge base's: a mention, never a discovery


@dataclass(frozen=True, slots=True)
class Organisations:
    """What find_organisations found: mentions, discoveries, the same as matches per block, and every span taken."""

    mentions: list[Mention]
    discoveries: list[Discovery]
    matches: dict[int, list[Match]]
    taken: dict[int, list[Span]]


def find_organisations(blocks: list[tuple[int, str]], matches: dict[int, list[Match]], knowledge: KnowledgeBase,
                       adjectives: Mapping[str, str], home: str | None = None) -> Organisations:
    """Unknown organisations, and the spans they and the knowledge base's names take (which other finders leave alone).

    ``adjectives`` is ``country_adjectives(knowledge)``, made once per knowledge base, not per article. ``home`` is the one
    country of the article's dateline, whose institutions it names without the country ("the Foreign Ministry")."""
    found: list[Found] = []
    country_names = {m.best.key: term.name for block_matches in matches.values() for m in block_matches
                     if m.best.taxonomy == "countries" and (term := knowledge.term("countries", m.best.key))}
    # Country and region names may sit inside a new name ("National Task Force for the West Philippine Sea"); other terms may not.
    taken: dict[int, list[Span]] = {block: [(m.start, m.end) for m in matches.get(block, [])
                                            if m.best.taxonomy not in ("countries", "regions") and m.best.kind != "surname"]
                                    for block, _ in blocks}

    def add(item: Found, wider: bool = False) -> None:
        spans = taken.setdefault(item.block, [])
        if wider:  # a name its acronym spells out holds the shorter names found inside it ("Philippine National Police - Maritime Group")
            inside = [f for f in found if f.block == item.block and item.start <= f.start and f.end <= item.end
                      and (f.start, f.end) != (item.start, item.end)]
            for f in inside:
                found.remove(f)
                spans.remove((f.start, f.end))
        if item.name and len(item.name) < 3 or any(a < item.end and item.start < b for a, b in spans):
            return
        spans.append((item.start, item.end))
        found.append(item)

    for block, text in blocks:
        for item in country_institutions(block, text, matches.get(block, []), adjectives, country_names, organisation_keys(knowledge)):
            add(item)
        for item in shared_with_known(block, text, matches.get(block, []), knowledge, adjectives):
            add(item)
        places = [(m.start, m.end) for m in matches.get(block, []) if m.best.taxonomy in ("countries", "regions")]
        # "state broadcaster CCTV", "the Department of Foreign Affairs (DFA)": the context decides whose name it is.
        for start, end, name, key in acronym_definitions(text, places):
            if name not in context_names(knowledge):
                add(Found(block, start, end, name, key), wider=True)
        for item in described_organisations(block, text):
            if item.name not in context_names(knowledge):
                add(item)
        for item in lowercase_ministries(block, text, knowledge):
            add(item)
    for item in later_uses(blocks, found, taken, known_institutions(matches, knowledge)):
        add(item)
    home_term = knowledge.term("countries", home) if home in adjectives else None
    if home_term:
        for block, text in blocks:
            for item in home_institutions(block, text, home, adjectives[home], home_term.name, knowledge):
                add(item)
    else:
        for block, text in blocks:
            for item in sentence_institutions(block, text, matches.get(block, []), adjectives, knowledge):
                add(item)
    named = {f.key for f in found if f.name or f.known}
    found = [f for f in found if f.key in named]  # an acronym whose name was not taken names nothing here
    texts = dict(blocks)
    mentions = [Mention("organizations", f.key, texts[f.block][f.start:f.end], f.block, sentence_at(texts[f.block], f.start)) for f in found]
    discoveries: dict[str, Discovery] = {}
    for f in found:
        if f.name and not f.known:
            discoveries.setdefault(f.key, Discovery("organizations", f.key, f.name, sentence_at(texts[f.block], f.start), f.country))
    as_matches: dict[int, list[Match]] = {}
    for f in found:
        alias = Alias(texts[f.block][f.start:f.end], "organizations", f.key, "discovered")
        as_matches.setdefault(f.block, []).append(Match(f.start, f.end, alias.text, (alias,)))
    return Organisations(mentions, list(discoveries.values()), as_matches, taken)


def country_adjectives(knowledge: KnowledgeBase) -> dict[str, str]:
    """Each country's adjective for naming its institutions ("Israel" -> "Israeli"): the demonym closest to its name.

    data/country_adjectives.txt names the few where that demonym is a noun or a rarer form ("Swedish", not "Swede").
    """
    names = {code: term.name for (taxonomy, code), term in knowledge.terms.items() if taxonomy == "countries"}
    best: dict[str, tuple[int, int, str]] = {}
    for alias in knowledge.aliases:
        if alias.taxonomy != "countries" or alias.kind != "demonym" or alias.text.endswith("s") and not alias.text.endswith("ese"):
            continue
        name = names.get(alias.key, "")
        shared = next((i for i, (a, b) in enumerate(zip(alias.text, name)) if a != b), min(len(alias.text), len(name)))
        rank = (-shared, 0 if re.search(r"(?:an|ish|ese|i|ic)$", alias.text) else 1, len(alias.text))
        if alias.key not in best or rank < best[alias.key][:2] + (len(best[alias.key][2]),):
            best[alias.key] = (*rank[:2], alias.text)
    return {code: text for code, (_, _, text) in best.items()} | {code: adjective for code, (adjective,) in _ADJECTIVES.items()}


def country_institutions(block: int, text: str, matches: list[Match], adjectives: Mapping[str, str],
                         names: Mapping[str, str] | None = None, known: Mapping[str, str] | None = None) -> list[Found]:
    """Institutions named after a country: 'Israeli Foreign Ministry', "Sri Lanka's Supreme Court", 'Spanish Parliament'.

    A court is named as courts are, after the country's name (``names``): "Supreme Court of Sri Lanka". A name the
    knowledge base knows (``known``: alias -> key) is its term: "Türkiye's Defense Ministry" is the 'Turkish Defense Ministry'.
    """
    found = []
    for match in matches:
        alias = match.best
        if alias.taxonomy != "countries" or alias.kind == "place":
            continue
        before = _INSTITUTION_BEFORE.search(text, max(0, match.start - 160), match.start) if alias.kind == "name" else None
        lower = _PARLIAMENT_BEFORE.search(text, max(0, match.start - 20), match.start) if alias.kind == "name" and not before else None
        if lower:  # "the parliament of Uganda" is the "Parliament of Uganda"
            name = f"Parliament of {text[lower.end() - len(lower.group('the')):match.end]}"
            key = known_key(known or {}, name)
            found.append(Found(block, lower.start(), match.end, name, key or slugify(name), alias.key, known=bool(key)))
            continue
        if before:
            # "Permanent Mission of Zambia to the United Nations": a mission named by the body it is to; the body is a term of its own.
            # "Embassy of Ethiopia in London": an embassy named before its country is named by its host city or country too.
            head = next((h for h in ("Mission", "Embassy") if text.startswith(f"{h} of ", before.start() + before.group(0).find(h))), None)
            to = host_end(text, match.end, matches, head) if head else match.end
            name = text[before.start():to]
            key = glossed(text, before.start(), matches) or known_key(known or {}, name)
            found.append(Found(block, before.start(), match.end, name, key or slugify(name), alias.key, known=bool(key)))
            continue
        after = _INSTITUTION.match(text, match.end)
        if not after:
            continue
        rest = after.group("rest")
        if rest.islower() and rest.split()[-1] in HEADS_NEEDING_SUBJECT and len(rest.split()) < 2:
            continue  # "Cuban ministry" names no particular ministry
        if rest == "embassy" and not EMBASSY_ACTS.match(text, after.end()):
            continue  # "laid flowers at the French embassy": a building; "the Chinese embassy in Bangkok said": the mission
        adjective = adjectives.get(alias.key, match.text)
        possessive = bool(after.group("possessive"))
        if re.search(r"\w-$", text[:match.start]):
            continue  # "Saudi-Iranian Joint Economic Commission" belongs to two countries
        start = match.start + (4 if text.startswith(("the ", "The "), match.start) else 0)  # the alias "the U.S."
        crown = next((word for word in _CROWN_WORDS if text.endswith(word, 0, start)), None) if not possessive else None
        if crown and rest.endswith(_ROYAL_HEADS):
            start -= len(crown)  # "Royal Thai Army", "Imperial Japanese Army": a kingdom's or empire's forces, named in full
        # "Israel's Foreign Ministry" is looked up as "Israeli Foreign Ministry" is, and every spelling shares one key; a body
        # the knowledge base does not know keeps the spelling the article gives it.
        mission = rest.endswith("Mission")
        end = host_end(text, after.end(), matches, rest.split()[-1]) if mission or rest.endswith("Embassy") else after.end()
        if mission and end == after.end():
            continue  # "Chinese Mission" alone may be a spacecraft's; "Chinese Mission to ASEAN" is the state's
        rest += text[after.end():end]  # "Chinese Embassy in Indonesia": one of the state's embassies, named by its host
        name = f"{adjective} {rest}" if possessive else text[start:end]
        court = court_name(rest, (names or {}).get(alias.key))
        key = glossed(text, start, matches) or known_key(known or {}, court or name)
        if not key and rest.islower() and rest.endswith(KNOWN_ONLY_LOWERCASE_HEADS):
            continue  # "Thai security service": which one is unsaid
        # A mission's host is a known organisation of its own ("ASEAN"): the mission's span stops before it.
        shown = court or (name if key or not possessive else text[start:end])
        found.append(Found(block, start, after.end() if mission else end, shown, key or slugify(court or f"{adjective} {rest}"), alias.key, known=bool(key)))
        also = _AND_INSTITUTION.match(text, end) if possessive else None
        if also:
            second = f"{adjective} {also.group('rest')}"
            key = known_key(known or {}, second)
            found.append(Found(block, also.start("rest"), also.end("rest"), second, key or slugify(second), alias.key, known=bool(key)))
    return found


def home_institutions(block: int, text: str, home: str, adjective: str, country: str, knowledge: KnowledgeBase) -> list[Found]:
    """Institutions a dateline's country names without itself: "MOSCOW (Reuters) - The Foreign Ministry said" is Russia's."""
    found = []
    for match in _BARE_INSTITUTION.finditer(text) if "Ministry" in text or "Court" in text else ():
        if not (text[max(0, match.start() - 4) : match.start()] in ("the ", "The ") or _BY_ITS_SPOKESMAN.match(text, match.end())):
            continue  # "the Foreign Ministry", "Foreign Ministry spokesman": the institution, not a word of a longer name
        rest = match.group(0)
        name = court_name(rest, country) or f"{adjective} {rest}"
        key = known_key(organisation_keys(knowledge), name)
        found.append(Found(block, match.start(), match.end(), name, key or slugify(name), home, known=bool(key)))
    for match in _BARE_INSTITUTION_LOWER.finditer(text) if "ministry" in text or "department" in text or "central bank" in text else ():
        name = f"{adjective} {match.group(0).title()}"
        key = known_key(organisation_keys(knowledge), name)
        found.append(Found(block, match.start(), match.end(), name, key or slugify(name), home, known=bool(key)))
    return found


def sentence_institutions(block: int, text: str, matches: list[Match], adjectives: Mapping[str, str],
                          knowledge: KnowledgeBase) -> list[Found]:
    """A ministry named without its country in a sentence naming one country is that country's: "the state-run Saudi Press
    Agency referred to dealings monitored at the Ministry of Defence" is the Saudi Ministry of Defence."""
    found = []
    for match in _BARE_MINISTRY.finditer(text) if "Ministry" in text else ():
        # Only a country before it: "sent a report to the Ministry of the Interior linking Chinese arrivals to crime" says
        # nothing of whose ministry. A country's adjective counts inside another name too: "the state-run Saudi Press Agency".
        start, end = sentence_span_at(text, match.start())[0], match.start()
        sentence = text[start:end]
        countries = {m.best.key for m in matches if m.best.taxonomy == "countries" and start <= m.start < end} | {
            code for code, adjective in adjectives.items() if adjective in sentence and re.search(rf"\b{re.escape(adjective)}\b", sentence)}
        country = next(iter(countries)) if len(countries) == 1 else _whose(text, match.start(), matches, start)
        if country not in adjectives:
            continue  # no country, or two ("the United States and China ... the Foreign Ministry"): whose is unsaid
        name = f"{adjectives[country]} {match.group(0)}"
        key = known_key(organisation_keys(knowledge), name)
        found.append(Found(block, match.start(), match.end(), name, key or slugify(name), country, known=bool(key)))
    return found


def lowercase_ministries(block: int, text: str, knowledge: KnowledgeBase) -> list[Found]:
    """Ministries written in lower case, named as in title case: 'the ministry of external affairs' is the 'Ministry of External Affairs'."""
    found = []
    for match in _LOWERCASE_MINISTRY.finditer(text) if "ministry of" in text else ():
        name = " ".join(word if word in ("of", "and") else word.capitalize() for word in match.group(0).split())
        key = known_key(organisation_keys(knowledge), name)
        found.append(Found(block, match.start(), match.end(), name, key or slugify(name), known=bool(key)))
    return found


def _whose(text: str, at: int, matches: list[Match], start: int) -> str | None:
    """The country a "whose" clause before ``at`` belongs to: "mediated by Qatar, whose Minister of State at the Ministry"."""
    last = ([None] + [m for m in matches if m.best.taxonomy == "countries" and start <= m.start and m.end <= at])[-1]
    return last.best.key if last and _WHOSE.match(text, last.end) else None


def shared_with_known(block: int, text: str, matches: list[Match], knowledge: KnowledgeBase, adjectives: Mapping[str, str]) -> list[Found]:
    """A second institution after a known one of a country's: "Israel's National Security Council and Foreign Ministry"."""
    found = []
    for match in matches:
        if match.best.taxonomy != "organizations" or not _POSSESSIVE_INSIDE.search(match.text):
            continue  # only "Israel's X and Y" shares the country; "Israeli X and Y" may be two countries' ("and Foreign Ministry")
        term = knowledge.term("organizations", match.best.key)
        country = term.attributes.get("country") if term else None
        also = _AND_INSTITUTION.match(text, match.end) if country in adjectives else None
        if also:
            name = f"{adjectives[country]} {also.group('rest')}"
            found.append(Found(block, also.start("rest"), also.end("rest"), name, slugify(name), country))
    return found


def described_organisations(block: int, text: str) -> list[Found]:
    """Organisations the sentence describes as such: 'cyber firm iSight Partners', 'Airbnb, an online home-rental site'."""
    return [Found(block, start, start + len(name), name, slugify(name)) for start, name in described_names(text)]


#: Marks a knowledge-base key among the keys of organisations found in the article.
_KNOWN = "known:"


def known_institutions(matches: dict[int, list[Match]], knowledge: KnowledgeBase) -> list[tuple[str, str]]:
    """(surface, key) of the knowledge base's national organisations the article names ('Israeli Foreign Ministry')."""
    return [(m.text, f"{_KNOWN}{m.best.key}") for block_matches in matches.values() for m in block_matches
            if m.best.taxonomy == "organizations" and (term := knowledge.term("organizations", m.best.key))
            and term.attributes.get("country")]


def later_uses(blocks: list[tuple[int, str]], found: list[Found], taken: dict[int, list[Span]],
               known: list[tuple[str, str]] | None = None) -> list[Found]:
    """Every later use of an acronym, alternative name or country-less institution ('the Foreign Ministry') found above."""
    by_text: dict[str, set[str]] = {}
    for surface, key in known or []:  # a known ministry of another country leaves "the Foreign Ministry" unresolved
        rest = _institution_rest(surface)
        if rest:
            by_text.setdefault(rest.casefold(), set()).add(key)
    names = {f.key: f for f in found if f.name}
    texts = dict(blocks)
    for f in found:
        if not f.name:
            text = texts[f.block][f.start:f.end]
            by_text.setdefault(text, set()).add(f.key)
        elif f.country:
            rest = _institution_rest(f.name)
            if rest:
                by_text.setdefault(rest.casefold(), set()).add(f.key)
    unique = {text: next(iter(keys)) for text, keys in by_text.items() if len(keys) == 1}
    if not unique:
        return []
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in sorted(unique, key=len, reverse=True)) + r")(?![\w-])", re.I)
    uses = []
    for block, text in blocks:
        for match in pattern.finditer(text):
            surface = match.group(0)
            key = unique.get(surface) or unique.get(surface.casefold())
            if key is None or (surface not in unique and not re.search(r"\b[Tt]he\s+$", text[max(0, match.start() - 4):match.start()])):
                continue  # an institution without its country needs "the" before it
            if any(a <= match.start() and match.end() <= b for a, b in taken.get(block, [])):
                continue
            if key.startswith(_KNOWN):  # the one known body the words name: "the Air Force" after "Ukraine’s Air Force"
                uses.append(Found(block, match.start(), match.end(), "", key.removeprefix(_KNOWN), known=True))
                continue
            uses.append(Found(block, match.start(), match.end(), "", key, names[key].country if key in names else None))
    return uses


def _institution_rest(name: str) -> str:
    """'Israeli Foreign Ministry' -> 'Foreign Ministry': the institution without its country ('Supreme Court of Sri Lanka' too)."""
    court = _COURT_OF.match(name)
    if court:
        return court.group(1)
    match = re.search(rf"(?:(?:{_SUBJECT}|{_SUBJECT_LOWER})\s+){{0,3}}(?:{_HEAD}|{_HEAD_LOWER})\b.*$", name)
    return match.group(0) if match and match.start() > 0 else ""
