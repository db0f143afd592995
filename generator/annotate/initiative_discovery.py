"""Initiatives the knowledge base does not know yet: agreements, plans, talks and projects found in the text."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from difflib import SequenceMatcher
from typing import Callable

from generator.annotate import vocabulary
from generator.annotate.discovery import (
    _ACRONYM,
    _LINK,
    _NOUN_SET,
    _WORD,
    COMPANY_NOUNS,
    GENERIC_WORDS,
    INITIATIVE_NOUNS,
    _organisation_parts,
    _strip_leading,
    _title_case,
)
from generator.annotate.initiative_elections import dated
from generator.annotate.initiative_groups import LEAD_BLOCKS, fold_groups, initiative_groups
from generator.annotate.initiative_heads import generic_but_definite, headed_matches, issue_only, numbered_meeting, numbered_sessions
from generator.annotate.initiative_heads_first import head_first_mentions
from generator.annotate.initiative_phrases import DATE_WORDS, Phrase, find_phrases, party, phrase_words
from generator.annotate.initiative_shapes import bid_of_state, holds_a_body, shaped_initiatives
from generator.annotate.initiative_titles import TITLE_WORDS, in_title, in_title_case, longer_words, running_text, title_case_spans
from generator.annotate.initiative_words import InitiativeWords, foreign, text_words
from generator.annotate.matching import Match
from generator.annotate.roles import ROLE_NOUNS
from generator.annotate.text import sentence_at
from generator.knowledge.base import NUMBER_WORDS, Alias
from generator.model import Discovery, Mention
from generator.slugs import slugify

#: A named military operation: "Operation Northern Arrows", "Operation Claw-Lock".
_OPERATION = re.compile(r"\bOperation(?:\s+(?!(?:The|A|An|In|On|At|Of|For|And|To|By|With)\b)[A-Z][\w'’-]*){1,3}")
#: Days and months never continue a name: "the Paris Agreement on Monday".
_DATE_WORDS = "|".join(sorted(word.capitalize() for word in DATE_WORDS))
#: What an initiative is on or for: "Initiative on Critical and Emerging Technology", "Programme for Infrastructure Development".
_ON_WHAT = rf"(?:\s+(?:on|for|of)(?:\s+the)?(?:\s+(?:and\s+)?(?!(?:{_DATE_WORDS})\b)[A-Z][\w'’&\-]*){{1,5}})?"
#: An ordinal may open a name: "75th Anniversary Summit", "13th UN World Urban Forum"; alone it names nothing ("2nd Summit").
_ORDINAL_WORD = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_ORDINAL = rf"{_ORDINAL_WORD.pattern}\s+"
_INITIATIVE = re.compile(rf"\b(?:{_ORDINAL})?(?=[A-Z])(?:{_WORD}{_LINK}){{1,6}}(?:{INITIATIVE_NOUNS})(?![\w]){_ON_WHAT}")

_INITIATIVE_NOUN = re.compile(INITIATIVE_NOUNS)

_QUOTED_PROGRAMME = re.compile(
    r"[‘“\"'](?P<name>[A-Z][^‘’“”\"']{1,40})[’”\"']\s+(?P<noun>initiative|plan|strategy|programme|program|vision|doctrine|format|project|corridor|deal|policy)\b"
)
_N_POINT = re.compile(
    r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-point\s+(?:[a-z]+\s+){0,3}?(?P<noun>plan|package|proposal|roadmap|programme|program|agenda|peace plan)\b",
    re.I,
)
_FTA = re.compile(
    r"\bfree[- ]trade (?:agreement|deal|pact)\s+between\s+(?:the\s+)?(?P<a>[A-Z][\w-]*(?: [A-Z][\w-]*)*)\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w-]*(?: [A-Z][\w-]*)*)"
)
#: A name cannot hold a figure ("P8.8-billion program"; a year it may: "2023 coup"; a resolution its number, an ordinal,
#: an acronym its digits, a truce its length: "79th session", "G20 presidency", "30-day ceasefire") or be a demonym and a
#: head noun only ("Israeli war", "Israeli attack": which one is not said).
_NOT_A_NAME = re.compile(r"(?<!Resolution )\b(?!(?:19|20)\d\d\b)(?![A-Z]+-?\d+\b)(?!\d+(?:st|nd|rd|th)\b)(?!\d+-(?:hour|day|week|month) )\w*\d|^[A-Z][a-z]+(?:an|ian|ese|ish|i|ic)\s+(?:war|talks|truce|deal|plan|process|visit|trip|meeting|attacks?|offensive|operation|strikes|sanctions)$")
_DIGIT_WORDS = {v: k for k, v in NUMBER_WORDS.items()}
_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]+)\b")
#: Words linking the parts of a longer name ("Bay of Bengal Initiative", "Ceremony and Conference").
_LINKED = re.compile(r"\s(?:of|on|for|and|the)\s")
#: Words after a name that make it a building's or venue's ("Conference Centre"): data/venue_words.txt.
VENUE_WORDS = frozenset(vocabulary.words("venue_words"))
#: The last word of a company's name, as a phrase's name qualifier holds it lowercased: "Essar Steel", "Acme Inc".
_COMPANY_END = re.compile(rf"\b(?:{COMPANY_NOUNS.lower()}|inc|corp|ltd|llc|plc|holdings|airlines)\.?$")


#: Taxonomies whose names may sit inside an initiative's name ("Israel-Hamas talks").
_PARTIES = ("countries", "regions", "organizations", "people")
_NAMED_PARTIES = ("countries", "regions", "people")


def discover_initiatives(
    blocks: list[tuple[int, str]], known: dict[int, list[Match]], words: InitiativeWords, homes: Callable[[str], str | None] | None = None
) -> tuple[list[Mention], list[Discovery], dict[int, list[Match]]]:
    """Mentions and discoveries of unknown initiatives, and the words they claim in each block.

    ``homes`` gives a known person's country, so a headline's visit is never to the visitor's own.
    """
    mentions: list[Mention] = []
    discoveries: dict[str, Discovery] = {}
    claimed: dict[int, list[Match]] = {}
    text_of = dict(blocks)
    places_in: dict[int, list[tuple[int, int]]] = {}

    def add(block: int, name: str, start: int, end: int, surface: str | None = None) -> bool:
        """Record one mention of a new initiative; False when its words are taken or make no name."""
        text = text_of[block]
        if block not in places_in:  # once per block: rebuilding it per name made a long paragraph quadratic
            places_in[block] = [(m.start, m.end) for m in known.get(block, []) if m.best.taxonomy in ("countries", "regions")]
        places = places_in[block]
        # An organisation may qualify a phrase ("UN sanctions") but not sit inside a capitalised name.
        parties = _PARTIES if surface else _NAMED_PARTIES
        # The compound of parties opening a name is no name of its own: "EU-Philippines Business Summit", "ASEAN-Japan ...".
        opening = name.split()[0]
        after = start + len(opening) if "-" in opening and text.startswith(opening, start) else start
        if len(name) < 4 or _NOT_A_NAME.search(name) or _taken(known, claimed, Phrase(block, after, end, name, "", frozenset(), frozenset()), parties):
            return False
        if any(a <= start and end <= b for a, b in places):
            return False  # the whole name is a country or region, not a new initiative
        key = slugify(name)
        sentence = sentence_at(text, start)
        mentions.append(Mention("initiatives", key, surface or name, block, sentence))
        discoveries.setdefault(key, Discovery("initiatives", key, name, sentence))
        claimed.setdefault(block, []).append(Match(start, end, text[start:end], (Alias(name, "initiatives", key, "discovered"),)))
        return True

    named: list[tuple[frozenset[str], str, str]] = []  # (words, key, name) of each initiative the article names
    places = _places_named(known)
    english = [(block, text) for block, text in blocks if not foreign(text)]  # the vocabulary's heads are English words
    running = running_text([(b, t) for b, t in blocks if not (b == LEAD_BLOCKS[0] and in_title_case(t))]) if places else ""
    # An article that names no country or region is no diplomacy: "Meal Prep Menu for Eating Plan" is a recipe.
    for block, text in english if places else ():
        # Title case capitalises every word: a name in a headline, a subheading, a list item or a cited title is one
        # only where the running text writes it too.
        titled = [(0, len(text))] if block == LEAD_BLOCKS[0] and in_title_case(text) else title_case_spans(text)
        for name, start, end in named_initiatives(text):
            name = _strip_leading(" ".join(name.split()))
            if in_title(titled, text, start, end) and name not in running:
                continue  # "China and Solomon Islands Draft Secret Security Pact": "Draft" is the verb; "Visit to Japan"
            if words.everyday_name(name):
                continue  # "Timed-Nutrition Meal Plan", "Mid-American Conference": a consumer's or a sport's, not a state's
            inside = [m for m in known.get(block, []) if start <= m.start and m.end <= end]
            owned = bid_of_state(name, start, text, inside)
            if owned is None:
                continue  # a bid no country makes: a company's or a team's, not a state's
            # A bid's or a session's body may be an organisation ("bid to join BRICS"), as a phrase's party may.
            name, start, surface = *owned, (text[owned[1]:end] if holds_a_body(name) or numbered_meeting(name) else None)
            if add(block, name, start, end, surface):
                named.append((text_words(text[start:end], inside, words, start), slugify(name), name))
    for block, name, start, end in head_first_mentions(blocks) if places else ():  # the vocabulary's heads are English words
        if add(block, name, start, end, text_of[block][start:end]):
            named.append((text_words(text_of[block][start:end], [], words, start), slugify(name), name))
    for match in (m for found in known.values() for m in found if m.best.taxonomy == "initiatives"):
        key = match.best.key
        named.extend((w, key, key) for w in words.described_by_key.get(key, ()))
    phrases = [phrase for block, text in english for phrase in find_phrases(block, text, known.get(block, []), words)
               if not (phrase.qualifiers and phrase.qualifiers <= words.companies)  # "negotiations with Lukoil": business, not diplomacy
               and not (phrase.kind in ("agreement", "case") and phrase.qualifiers & words.companies)  # "Uber's Japan deal", "Google's antitrust case"
               and not any(":" not in q and _COMPANY_END.search(q) for q in phrase.qualifiers)  # "the Essar Steel resolution"
               and not words.everyday_name(phrase.name)]  # "England's World Cup campaign": a sport's, not a state's
    phrases = [dated(p, text_of[p.block], words) for p in _short_forms_named(phrases, known)]  # "the October 20 elections"
    # Parties named anywhere in the article may complete a knowledge-base name: "free trade agreement with the Mercosur" and the EU.
    elsewhere = places | frozenset(f"organizations:{m.best.key}" for found in known.values() for m in found
                                   if m.best.taxonomy == "organizations")
    phrases = _not_negotiated(phrases, text_of, known, words, elsewhere)
    headline = dict(blocks).get(LEAD_BLOCKS[0], "")
    parties = frozenset(party(m) for m in known.get(LEAD_BLOCKS[0], []) if m.best.taxonomy in _PARTIES)
    headline_kinds_found = False
    countries = frozenset(p for p in parties if p.startswith("countries:"))
    headline_names = {party(m): m.text for m in known.get(LEAD_BLOCKS[0], []) if m.best.taxonomy == "countries"}
    named_counts = Counter(party(m) for found in known.values() for m in found if m.best.taxonomy == "countries").most_common(2)
    # The one country the article names most, if one is: its bare election is that country's.
    most_named = frozenset([named_counts[0][0]]) if named_counts and (len(named_counts) == 1 or named_counts[1][1] < named_counts[0][1]) else frozenset()
    spelt = spelt_words(named)  # the same for every group: worked out once
    for name, best, group, worth in fold_groups(initiative_groups(phrases, words, headline, parties), words):
        described = _respelled(phrase_words(group), group, spelt)
        # Another name of a term the article or the knowledge base has: "the Syria cease-fire" after the
        # "Syrian Cease-fire Agreement", "the nuclear deal" in an article that names Iran the "Iran nuclear deal".
        same = [key for named_words, key, _ in named if described <= named_words]
        if len(set(same)) > 1 and not any(p.qualifiers for p in group):
            same = []  # "the initiative" in an article naming two: which one is not certain
        # The group's words, else one phrase's: "the talks" and "talks in Riyadh" are the "Riyadh talks".
        candidates = (words.known_as(d, elsewhere) for d in (described, *(phrase_words([p]) for p in sorted(group, key=lambda p: p is not best))))
        # A term whose parties leave out a country the group names is another thing: the "Turkish operation in Syria"
        # is no Russian intervention, though one of its mentions ("the operation in Syria") alone could be.
        group_countries = frozenset(w for w in described if w.startswith("countries:"))
        key = same[0] if same else next((k for k in candidates if k and words.taking_part(k, group_countries)), None)
        if key is None and len(countries) == 1 and not any(p.qualifiers for p in group):
            # "pressure from sanctions" under "Russia's Industrial Core Under Strain": the headline's one country's; no
            # country named elsewhere in the article adds to it (a bare "declaration" is no "Sino-British" one)
            key = words.known_as(described | countries)
        # (An article whose headline and text name no country at all has no such country: both sets are empty.)
        if key is None and not worth and countries and countries == most_named and _described_twice(group, words):
            # "the official presidential election" under a headline naming Belarus alone, the country named most: Belarus's.
            name, worth = f"{headline_names[next(iter(countries))]} {best.name}", True
        if key is None and not (worth and places):
            continue  # an article that names no country or region is no diplomacy: "MacBook Pro deal", "Switch Lite deal"
        headline_kinds_found |= best.kind in words.headline_kinds
        for phrase in sorted(group, key=lambda p: p is not best):  # the best first: it names the term
            surface = text_of[phrase.block][phrase.start : phrase.end]
            if key is None:
                add(phrase.block, name, phrase.start, phrase.end, surface)
            elif not _taken(known, claimed, phrase):
                sentence = sentence_at(text_of[phrase.block], phrase.start)
                mentions.append(Mention("initiatives", key, surface, phrase.block, sentence))
    if not headline_kinds_found:
        visit = headline_visit(phrases, headline, known.get(LEAD_BLOCKS[0], []), words, homes or (lambda key: None))
        if visit:
            phrase, name = visit
            add(phrase.block, name, phrase.start, phrase.end, text_of[phrase.block][phrase.start : phrase.end])
    return mentions, list(discoveries.values()), claimed


def _described_twice(group: list[Phrase], words: InitiativeWords) -> bool:
    """True for a bare group of a kind only a country makes a term (an election) that the article returns to, one mention
    at least saying what it is ("presidential election")."""
    return (not any(p.qualifiers for p in group) and len(group) >= 2 and any(p.modifiers for p in group)
            and group[0].kind in words.needs_place)


def _not_negotiated(phrases: list[Phrase], text_of: dict[int, str], known: dict[int, list[Match]], words: InitiativeWords,
                    elsewhere: frozenset[str]) -> list[Phrase]:
    """The phrases but for a deal the article's known talks are about: "talks ... on a peace deal for Ukraine" are the
    Russia-Ukraine peace talks, not a deal of their own.

    Only an indefinite deal (one not made yet) whose countries all take part in the talks, and only when no
    knowledge-base name is its: "negotiations on a free trade agreement between Japan and the GCC" name that agreement.
    """
    talks = {m.best.key for found in known.values() for m in found if m.best.taxonomy == "initiatives"
             and any("talks" in named for named in words.described_by_key.get(m.best.key, ()))}
    if not talks:
        return phrases

    def negotiated(phrase: Phrase) -> bool:
        countries = frozenset(q for q in phrase.qualifiers if q.startswith("countries:"))
        return (phrase.kind in words.negotiated_kinds and bool(countries)
                and bool(words.negotiated.search(text_of[phrase.block], max(0, phrase.start - 80), phrase.start))
                and any(countries <= words.participants.get(key, frozenset()) for key in talks)
                and not words.known_as(phrase_words([phrase]), elsewhere))
    return [p for p in phrases if not negotiated(p)]


#: How alike a word of a name must be to a word of an initiative the article names to be its misspelling ("Druzbha").
MISSPELLING_SIMILARITY = 0.85


def spelt_words(named: list[tuple[frozenset[str], str, str]]) -> list[str]:
    """The words of five letters or more of the initiatives the article names, sorted: what a misspelling may mean."""
    return sorted({w for words_of, _, _ in named for w in words_of if ":" not in w and len(w) >= 5})


def _respelled(described: frozenset[str], group: list[Phrase], spelt: list[str]) -> frozenset[str]:
    """The group's words, each proper name that misspells a word of a named initiative (``spelt``: ``spelt_words``)
    by a letter or two spelt as that word.

    "the Druzbha pipeline" in an article that names the "Druzhba pipeline" is that pipeline, not a second one.
    """
    names = {q for p in group for q in p.qualifiers if ":" not in q and " " not in q and len(q) >= 5}
    swaps: dict[str, str] = {}
    for name in names.difference(spelt):
        alike = [w for w in spelt if w[0] == name[0] and abs(len(w) - len(name)) <= 1
                 and SequenceMatcher(None, name, w).ratio() >= MISSPELLING_SIMILARITY]
        if len(alike) == 1:
            swaps[name] = alike[0]
    return frozenset(swaps.get(w, w) for w in described) if swaps else described


def headline_visit(phrases: list[Phrase], title: str, headline: list[Match], words: InitiativeWords,
                   homes: Callable[[str], str | None]) -> tuple[Phrase, str] | None:
    """The headline's bare visit named by the one person and the one country it names: "Cuba ... welcome Obama on historic visit".

    A headline that names two countries or two people, a demonym or a city leaves it unnamed, as does a
    country the person belongs to ("Ukraine's Zelensky"): who went where is not certain.
    """
    bare = next((p for p in phrases if p.block == LEAD_BLOCKS[0] and p.kind in words.headline_kinds and not p.qualifiers), None)
    if bare is None:
        return None
    people = {m.best.key: m.text for m in headline if m.best.taxonomy == "people"}
    countries = {m.best.key: m.text for m in headline if m.best.taxonomy == "countries" and m.best.kind == "name"}
    if len(people) != 1 or len(countries) != 1 or any(m.best.taxonomy == "countries" and (
            m.best.kind != "name" or title.startswith(("'s", "’s"), m.end)) for m in headline):
        return None
    if homes(next(iter(people))) in countries:
        return None  # "Putin welcomes Xi to Russia": the one person known is the host
    return bare, f"{next(iter(people.values()))} visit to {next(iter(countries.values()))}"


#: A role and its "of" right before a name: "professor of International Security and Strategy", "director of the Africa Program".
_ROLE_OF = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:the\s+)?$")


def _after_role(text: str, start: int) -> bool:
    """True when a role noun and "of" come right before the name: it is a field or a department, not an initiative."""
    before = _ROLE_OF.search(text[max(0, start - 40) : start])
    return bool(before) and before.group(1).lower() in ROLE_NOUNS


#: Heads of a body's name that may follow an initiative's: "Palau-Japan Special Economic Agreement Commission" is a body.
_BODY_AFTER = frozenset({"Commission", "Committee", "Council", "Secretariat", "Organization", "Organisation", "Office",
                         "Agency", "Authority", "Bank", "Fund", "Board", "Institute", "Foundation"})


def _before_role(text: str, end: int) -> bool:
    """True when a capitalised role noun, a venue's word or a body's head follows the name: it is part of a job title's,
    a building's or an organisation's name."""
    following = _NEXT_WORD.match(text, end)
    return bool(following) and (following.group(1).lower() in ROLE_NOUNS or following.group(1) in VENUE_WORDS | _BODY_AFTER)


def _not_a_shape_name(name: str, headline: bool) -> bool:
    """True for a capitalised run that only looks like a name: a title's ("President on Information and Strategy"),
    or one with link words in a title-case ``headline`` ("Law Strengthens Bilateral Ties on the Side of Singapore
    Convention")."""
    return name.split()[0].lower() in ROLE_NOUNS or bool(_LINKED.search(name)) and headline


def _all_capitalised(text: str) -> bool:
    """True for a headline-length line whose every longer word is capitalised."""
    return len(text.split()) <= TITLE_WORDS and all(w[:1].isupper() for w in longer_words(text))


#: Words that, as "the North" or "the South", stand for the one country the article names that starts with them.
_COMPASS = frozenset({"north", "south", "east", "west"})


def _short_forms_named(phrases: list[Phrase], known: dict[int, list[Match]]) -> list[Phrase]:
    """The phrases with "the North's" read as the one country the article names that starts with it ("North Korea")."""
    named: dict[str, set[tuple[str, str]]] = {}
    for match in (m for found in known.values() for m in found):
        first, _, rest = match.text.partition(" ")
        if rest and match.best.taxonomy == "countries" and match.best.kind == "name" and first.lower() in _COMPASS:
            named.setdefault(first.lower(), set()).add((party(match), match.text))
    short = {word: min(found) for word, found in named.items() if len({key for key, _ in found}) == 1}
    return [_with_country(p, short) if short and p.qualifiers & short.keys() else p for p in phrases]


def _with_country(phrase: Phrase, short: dict[str, tuple[str, str]]) -> Phrase:
    """One phrase with its short forms ("North") replaced by the country's key and name ("North Korea")."""
    qualifiers, before, name = set(phrase.qualifiers), phrase.before, phrase.name
    for word in phrase.qualifiers & short.keys():
        key, full = short[word]
        qualifiers = qualifiers - {word} | {key}
        before = re.sub(rf"\b{word.capitalize()}\b", full, before, count=1)
        name = re.sub(rf"\b{word.capitalize()}\b", full, name, count=1)
    parties_before = frozenset(short[q][0] if q in short else q for q in phrase.parties_before)
    return replace(phrase, qualifiers=frozenset(qualifiers), before=before, name=name, parties_before=parties_before)


def _places_named(known: dict[int, list[Match]]) -> frozenset[str]:
    """The keys ("countries:XX", "regions:...") of the countries and regions the article names."""
    return frozenset(f"{m.best.taxonomy}:{m.best.key}" for found in known.values() for m in found
                     if m.best.taxonomy in ("countries", "regions") and m.best.kind in ("name", "demonym"))


def _taken(known: dict[int, list[Match]], claimed: dict[int, list[Match]], phrase: Phrase, parties=_PARTIES) -> bool:
    """True when a term of the knowledge base or a name found earlier holds some of the phrase's words."""
    return any(m.start < phrase.end and phrase.start < m.end and m.best.taxonomy not in parties
               for m in [*known.get(phrase.block, []), *claimed.get(phrase.block, [])])


def named_initiatives(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of initiatives named by the shape of their names, in the order they are tried."""
    found: list[tuple[str, int, int]] = []
    # Each pattern below runs only on paragraphs holding a word it cannot match without: a plain
    # substring or literal search, much quicker than the pattern itself.
    for match in _OPERATION.finditer(text) if "Operation " in text and not in_title_case(text) else ():
        found.append((match.group(0), *match.span()))
    for match in _FTA.finditer(text) if "trade " in text else ():
        found.append((f"{match.group('a')}–{match.group('b')} free trade agreement", *match.span()))
    for match in _N_POINT.finditer(text) if "-point" in text.lower() else ():
        number = match.group("n").lower()
        number = _DIGIT_WORDS.get(number, number)
        found.append((f"{number.capitalize()}-point {match.group('noun').lower()}", *match.span()))
    found.extend(shaped_initiatives(text, "Exercise " in text and in_title_case(text)))
    for match in _QUOTED_PROGRAMME.finditer(text):
        found.append((f"{match.group('name')} {match.group('noun')}", *match.span()))
    for match in _ACRONYM.finditer(text) if "(" in text else ():
        name = _strip_leading(match.group("name"))
        if re.search(rf"(?:{INITIATIVE_NOUNS})$", name):
            found.append((name, match.start("name"), match.end()))
    headline = _all_capitalised(text)  # once per text: its every match asks
    found.extend(numbered_sessions(text))
    for match in [*(_INITIATIVE.finditer(text) if _INITIATIVE_NOUN.search(text) else ()), *headed_matches(text)]:
        name = _organisation_parts(_strip_leading(match.group(0)))[-1]
        name_start = match.start() + match.group(0).find(name)
        if (_before_role(text, match.end()) or _after_role(text, name_start) or _not_a_shape_name(name, headline)
                or issue_only(name)):
            continue  # "Chief Strategy Officer", "Summit Director", "Conference Centre", "professor of International Security and
            # Strategy": a job title, a building or a field, not an initiative
        # Lowercase link words name nothing: "the Forum" after "With" is the forum the article names, no name of its own.
        generic = {w for w in name.split() if not w.islower() and not _ORDINAL_WORD.fullmatch(w)} <= GENERIC_WORDS | _NOUN_SET
        if len(name.split()) >= 2 and (not generic or generic_but_definite(name, text, name_start)) and not _title_case(name):
            found.append((name, name_start, match.end()))
    return found
