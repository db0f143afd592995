"""Stage 3: annotate one cleaned article. Pure: the same article and knowledge give the same notes."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Mapping, Sequence

from generator.annotate.authors import author_of
from generator.annotate.context import context_matches
from generator.annotate.country_senses import without_named_things, without_state_homonyms, without_surname_countries
from generator.annotate.dates import find_events
from generator.annotate.discovery import discover
from generator.annotate.entities import (
    countries_in_names,
    defined_acronyms,
    find_matches,
    kingdom_mentions,
    mentions_in_block,
    organisations_in_names,
    platform_letter_mentions,
    without_teaser_countries,
)
from generator.annotate.figures import find_figures
from generator.annotate.given_country_names import without_given_country_names
from generator.annotate.initiative_discovery import discover_initiatives
from generator.annotate.initiative_meetings import reported_meeting, with_meeting
from generator.annotate.initiative_words import InitiativeWords
from generator.annotate.kinds import institution_outlet, outlet_pieces
from generator.annotate.matching import Matcher
from generator.annotate.metadata import find_kind, find_outlet, find_published, frontmatter_list
from generator.annotate.name_shapes import lowercase_words
from generator.annotate.name_variants import merge_variants
from generator.annotate.organisation_acronyms import acronyms_of_named
from generator.annotate.organisation_extents import without_cut_outlets
from generator.annotate.organisations import country_adjectives, find_organisations
from generator.annotate.people import find_people
from generator.annotate.person_roles import state_role, with_dateline_country
from generator.annotate.post_writers import own_post_writer
from generator.annotate.quotes import NameIndex, find_quotes
from generator.annotate.reference_lists import without_reference_lists
from generator.annotate.relations import find_relations
from generator.annotate.summary import summarise
from generator.annotate.text import sentence_at, without_inline_teasers
from generator.knowledge.base import FAMILY_NAME_FIRST, KnowledgeBase
from generator.model import Annotations, Article, Mention, PersonRef, Quote
from generator.slugs import slugify

#: Taxonomies whose names say who takes part in an initiative.
PARTY_TAXONOMIES = ("countries", "regions", "organizations", "people")
#: Country aliases that name the state itself; a city inside an initiative's name is only its venue ("Paris Agreement").
NAMING_KINDS = ("name", "former", "demonym", "combining")
#: Block number used for mentions in the title, which has no paragraph of its own.
TITLE_BLOCK = -1


@dataclass(frozen=True, slots=True)
class Annotator:
    """The knowledge base and its automaton, built once and shared by every article."""

    knowledge: KnowledgeBase
    matcher: Matcher
    initiative_words: InitiativeWords
    country_adjectives: Mapping[str, str]  # "IL" -> "Israeli": how institutions are named after their country
    country_names: Matcher  # countries by name or demonym alone, to read the countries inside longer names

    @classmethod
    def from_knowledge(cls, knowledge: KnowledgeBase) -> "Annotator":
        return cls(knowledge, Matcher.from_knowledge(knowledge), initiative_words(knowledge), country_adjectives(knowledge),
                   Matcher(a for a in knowledge.aliases if a.taxonomy == "countries" and a.kind in NAMING_KINDS))


def initiative_words(knowledge: KnowledgeBase) -> InitiativeWords:
    """The initiative vocabulary, knowing the words of every knowledge-base initiative's names."""
    # A place stays a word of the name: the "Istanbul talks" are not any talks with Turkey.
    parties = Matcher([a for a in knowledge.aliases if a.taxonomy in PARTY_TAXONOMIES and a.kind not in ("surname", "place")])
    names = [(name, term.key) for term in knowledge.terms_of("initiatives") for name in (term.name, *term.aliases)]
    taking_part = {term.key: tuple(term.attributes.get("countries", ())) for term in knowledge.terms_of("initiatives")}
    companies = sorted(term.key for term in knowledge.terms_of("organizations") if term.attributes.get("kind") == "company")
    return InitiativeWords.from_vocabulary(knowledge.vocabulary).with_known(
        ((name, key, list(parties.find(name))) for name, key in names), taking_part, companies)


def annotate_article(article: Article, annotator: Annotator) -> Annotations:
    """Everything the annotators find in one article."""
    knowledge, matcher = annotator.knowledge, annotator.matcher
    texts = [(i, without_inline_teasers(b.text)) for i, b in enumerate(article.blocks)]
    if article.title:
        texts.insert(0, (TITLE_BLOCK, article.title))
    paragraphs = [(i, t) for i, t in texts if i == TITLE_BLOCK or article.blocks[i].kind == "paragraph"]
    lowercase = lowercase_words(texts)
    matches = acronyms_of_named(defined_acronyms(texts, {
        block: without_cut_outlets(text, without_given_country_names(
            text, without_named_things(text, find_matches(text, matcher, knowledge.us_states), knowledge.us_states), lowercase))
        for block, text in texts}))
    kb_mentions: list[Mention] = []
    for block, text in texts:
        # A known initiative that only qualifies the noun after it ("Holocaust memorial") is no mention of it.
        named_here = [m for m in matches[block] if not annotator.initiative_words.modifies_noun(text, m)]
        kb_mentions.extend(m for m in mentions_in_block(text, block, named_here) if m.taxonomy != "people")
        kb_mentions.extend(countries_in_names(text, block, matches[block], annotator.country_names, knowledge))
        kb_mentions.extend(organisations_in_names(text, block, matches[block], matcher, knowledge))
        kb_mentions.extend(platform_letter_mentions(text, block, knowledge))
    kb_mentions.extend(dateline_countries(article, matcher, knowledge))
    kingdom_refs = kingdom_mentions(texts, kb_mentions, knowledge)
    kb_mentions.extend(kingdom_refs)
    kingdom = kingdom_refs[0].key if kingdom_refs else None  # all refer to the same kingdom
    organisations = find_organisations(texts, matches, knowledge, annotator.country_adjectives, _home_country(article, kb_mentions))
    in_context = context_matches(texts, kb_mentions, knowledge, organisations.taken)
    # People see every organisation found, so a role names its country through it ("Pentagon spokesman").
    named = {block: sorted([*found, *organisations.matches.get(block, []), *in_context.get(block, [])], key=lambda m: m.start)
             for block, found in matches.items()}
    countries_of = {d.key: d.country for d in organisations.discoveries if d.country}
    people, people_mentions, people_found = find_people(texts, named, knowledge, kingdom, lowercase, countries_of)
    people = with_dateline_country(people, _dateline_country(article, kb_mentions) or _main_country(kb_mentions))
    # Names the context resolves ("the embargo" in an article about Cuba) are known to discovery, which leaves them be.
    with_context = {block: sorted([*found, *in_context.get(block, [])], key=lambda m: m.start) for block, found in matches.items()}
    initiative_mentions, initiative_terms, claimed = discover_initiatives(texts, with_context, annotator.initiative_words, _home(knowledge))
    # An initiative's words are taken: "Visiting Forces Agreement" holds no organisation "Visiting Forces"; so are the
    # names the context resolved: "the Conservative Party" is the UK's, not a new party.
    found_mentions, found_terms = discover(
        texts, {block: [*found, *claimed.get(block, []), *in_context.get(block, [])] for block, found in matches.items()},
        organisations.taken, frozenset(tuple(m.surface.split()[-2:]) for m in people_mentions if len(m.surface.split()) >= 2))
    text_of = dict(texts)
    found_mentions = initiative_mentions + found_mentions + organisations.mentions + [
        Mention(m.best.taxonomy, m.best.key, m.text, block, sentence_at(text_of[block], m.start))
        for block, found in in_context.items() for m in found
    ]
    found_terms = initiative_terms + organisations.discoveries + found_terms
    family_first = frozenset(m.key for m in people_mentions if (person := knowledge.term("people", m.key))
                             and person.attributes.get("country") in FAMILY_NAME_FIRST)
    meeting = reported_meeting(paragraphs[:2], people_mentions, family_first)
    if meeting:
        found_mentions, found_terms = with_meeting(meeting, found_mentions, found_terms)
    found_mentions, found_terms = merge_variants(found_mentions, found_terms, kb_mentions)
    # A country named only in a related link's or teaser's title is no country of the article.
    # A name a US state shares with a country, used for the state somewhere ("Atlanta, Georgia"), is the state throughout;
    # one that ends a person's name ("Rep. Jim Jordan") is that person's when nothing else names the country.
    kb_mentions = without_surname_countries(without_state_homonyms(texts, kb_mentions, knowledge.us_states), people_mentions)
    mentions = without_teaser_countries(kb_mentions + people_mentions + found_mentions, texts) + _declared(article, knowledge)
    mentions = without_reference_lists(mentions, texts)
    mentions = _ordered(mentions + find_relations(mentions))
    people = [p for p in people if any(m.taxonomy == "people" and m.key == p.key for m in mentions)]
    mentions = _ordered([*mentions, *_people_countries(people, mentions, knowledge)])
    names = NameIndex(_name_index(people, people_mentions), {p.key: p.role or _known_role(p.key, knowledge) for p in people},
                      {p.key: p.country for p in people if p.country},
                      {m.surface: m.key for m in mentions if m.taxonomy == "countries"})
    offsets: dict[int, list[tuple[int, str]]] = {block: [] for block, _ in texts}
    searched_from: dict[tuple[int, str], int] = {}
    placed: dict[int, list[tuple[int, int]]] = {block: [] for block, _ in texts}
    # Longer names first, each surface's mentions in text order: a surname alone ("Bahceli called") is never placed
    # inside the full name before it ("Devlet Bahceli is the leader").
    for mention in sorted(people_mentions, key=lambda m: -len(m.surface)):
        key = (mention.block, mention.surface)
        text = text_of[mention.block]
        start = text.find(mention.surface, searched_from.get(key, 0))
        while start >= 0 and any(a <= start < b for a, b in placed[mention.block]):
            start = text.find(mention.surface, start + 1)
        if start >= 0:
            offsets[mention.block].append((start, mention.surface))
            placed[mention.block].append((start, start + len(mention.surface)))
            searched_from[key] = start + len(mention.surface)
    for found in offsets.values():
        found.sort()
    body = [(i, t) for i, t in paragraphs if i != TITLE_BLOCK]
    quotes = find_quotes(body, names, offsets)
    published = find_published(article)
    outlet, outlet_evidence, outlet_block = find_outlet(article, matcher, knowledge)
    if knowledge.outlet_term(outlet):
        mentions = _ordered([*mentions, Mention("outlets", outlet, outlet, outlet_block, outlet_evidence)])
    quoted_blocks = {q.block for q in quotes}
    share = len(quoted_blocks) / max(1, len(body))
    summary, key_points = summarise(article.blocks, mentions)
    return Annotations(
        outlet=outlet,
        author=_not_an_entity(author_of(article, knowledge.outlet_term(outlet)) or (own_post_writer(article) if not outlet else None), matcher),
        published=published,
        dateline_place=_dateline_place(article),
        kind=find_kind(article, share, _told_outlet(outlet, body, knowledge) and _one_voice(quotes), outlet_pieces(outlet, matcher, knowledge),
                       _columns(knowledge.outlet_term(outlet)), institution_outlet(outlet, matcher, knowledge)),
        summary=summary,
        key_points=key_points,
        mentions=mentions,
        people=tuple(people),
        quotes=tuple(quotes),
        figures=tuple(find_figures(body)),
        events=tuple(find_events(body, published)),
        discoveries=tuple(people_found + found_terms),
    )


def _home_country(article: Article, mentions: list[Mention]) -> str | None:
    """The dateline's country ('MOSCOW (Reuters) -'); of two ('AMSTERDAM/BEIJING'), the one the article names most, if one
    does; without a dateline, or when the story never names the dateline's country again, the headline's country."""
    homes = _dateline_countries(article, mentions)
    named = Counter(m.key for m in mentions if m.taxonomy == "countries")
    if not homes and not article.dateline:
        return _headline_country(mentions, named)
    if len(homes) == 1 and not homes & {m.key for m in mentions if m.taxonomy == "countries" and m.sentence != article.dateline}:
        # A correspondent's base the story never names again ("DUBAI, United Arab Emirates (AP) - Two senior princes in
        # Saudi Arabia...") yields to the headline's country when the story names that one most.
        return _headline_country(mentions, named) or next(iter(homes))
    if len(homes) < 2:
        return next(iter(homes), None)
    counts = Counter({key: named[key] for key in homes}).most_common(2)
    return counts[0][0] if counts[0][1] > counts[1][1] else None


def _dateline_country(article: Article, mentions: list[Mention]) -> str | None:
    """The one country the dateline names ('SINGAPORE —'), or, for a correspondent's base the story never names again, the
    headline's country the story names most; None without a dateline or with two ('WASHINGTON/HAVANA')."""
    return _home_country(article, mentions) if len(_dateline_countries(article, mentions)) == 1 else None


def _main_country(mentions: list[Mention]) -> str | None:
    """The one country an article without a dateline names (more than once), if it names no other."""
    counts = Counter(m.key for m in mentions if m.taxonomy == "countries")
    return next(iter(counts)) if len(counts) == 1 and sum(counts.values()) > 1 else None


def _dateline_countries(article: Article, mentions: list[Mention]) -> set[str]:
    """The countries the dateline names."""
    return {m.key for m in mentions if m.taxonomy == "countries" and article.dateline and m.sentence == article.dateline}


def _headline_country(mentions: list[Mention], named: Counter) -> str | None:
    """The headline's one country, when the article names it most ("..., Austria says")."""
    homes = {m.key for m in mentions if m.taxonomy == "countries" and m.block == TITLE_BLOCK}
    home = next(iter(homes)) if len(homes) == 1 else None
    return home if home and all(named[home] > count for key, count in named.items() if key != home) else None


def _home(knowledge: KnowledgeBase):
    """A known person's country, by key."""
    def home(key: str) -> str | None:
        term = knowledge.term("people", key)
        return term.attributes.get("country") if term else None
    return home


def _columns(term) -> tuple[str, ...]:
    """The outlet's named opinion columns (outlets.yaml `columns`), if it lists any."""
    return tuple(term.attributes.get("columns", ())) if term else ()


#: Kinds of term a byline's whole name may not be: the author is a person, never an outlet, a body or a place.
_NOT_AUTHORS = frozenset({"outlets", "organizations", "countries", "regions"})


def _not_an_entity(author: str | None, matcher: Matcher) -> str | None:
    """The author, unless the whole name is a known outlet's, body's or place's ("By Deutsche Welle", "By United Nations",
    a frontmatter's "Agence France-Presse")."""
    whole = author and any(m.start == 0 and m.end == len(author) and m.best.taxonomy in _NOT_AUTHORS for m in matcher.find(author))
    return None if whole else author


def _one_voice(quotes: list[Quote]) -> bool:
    """True when one named speaker says at least half the quotes: an interview's subject; a report quoting the villagers, officials
    and sources who spoke to the outlet has many voices."""
    speakers = Counter(q.speaker for q in quotes if q.speaker)
    return bool(speakers) and speakers.most_common(1)[0][1] * 2 >= len(quotes)


def _told_outlet(outlet: str | None, body: list[tuple[int, str]], knowledge: KnowledgeBase) -> bool:
    """True when the article says someone spoke to its own outlet ("told TASS", "Speaking to Asharq Al-Awsat")."""
    term = knowledge.outlet_term(outlet)
    names = [term.name, *term.aliases] if term else [outlet] if outlet else []
    pattern = re.compile(r"\b(?:told|to|interview with)\s+(?:" + "|".join(re.escape(n) for n in names) + r")\b") if names else None
    return bool(pattern and any(pattern.search(text) for _, text in body))


def _name_index(people, mentions) -> dict[str, tuple[str, str]]:
    """Every way the article writes each person (full name, surname, surface form) to (key, name)."""
    canonical = {p.key: p.name for p in people}
    index: dict[str, tuple[str, str]] = {}
    for person in people:
        index[person.name] = (person.key, person.name)
    for mention in mentions:
        if mention.key in canonical:
            index.setdefault(mention.surface, (mention.key, canonical[mention.key]))
    for text, (key, name) in list(index.items()):
        for token in text.split():
            if token[:1].isupper() and len(token) > 2:
                index.setdefault(token, (key, name))
    return index


def _known_role(key: str, knowledge: KnowledgeBase) -> str:
    """The first role the knowledge base's description gives a person the article gives none ("President of Russia
    since 2012"), so that "the Russian leader said" can name them; "" for anyone else."""
    term = knowledge.term("people", key)
    return term.description.split(";")[0] if term and term.description else ""


def _declared(article: Article, knowledge: KnowledgeBase) -> list[Mention]:
    """Countries named in frontmatter, as mentions with no sentence."""
    found = []
    for value in frontmatter_list(article.meta, "countries"):
        code = value.upper()
        if knowledge.term("countries", code):
            found.append(Mention("countries", code, value, TITLE_BLOCK, "(frontmatter)"))
    return found


def _people_countries(people: list[PersonRef], mentions: Sequence[Mention], knowledge: KnowledgeBase) -> list[Mention]:
    """The country of each person the article names, as a mention with no sentence: "President Joe Biden called
    President-elect Sheinbaum of Mexico ... both countries" is news of the United States too."""
    named = {m.key for m in mentions if m.taxonomy == "countries"}
    codes = dict.fromkeys(p.country for p in people if p.country and p.role and state_role(p.role)
                          and p.country not in named and knowledge.term("countries", p.country))
    return [Mention("countries", code, knowledge.term("countries", code).name, TITLE_BLOCK, "(a person's country)") for code in codes]


def _ordered(mentions: list[Mention]) -> tuple[Mention, ...]:
    return tuple(sorted(mentions, key=lambda m: (m.block, m.taxonomy, m.key, m.surface, m.sentence)))


#: Capitals opening a first paragraph before its first sentence ("BRUSSELS Ambitious proposals ..."): a bare dateline.
_OPENING_CAPITALS = re.compile(r"([A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]+){0,2})\s+(?=[A-Z][a-z])")
_CAPITALS: dict[str, Mapping[str, str]] = {}


def dateline_countries(article: Article, matcher: Matcher, knowledge: KnowledgeBase) -> list[Mention]:
    """The countries a wire dateline names ('MUNICH (Reuters) -', 'MANILA, Philippines (AP) —'), as mentions in the first paragraph."""
    if not article.blocks:
        return []
    dateline = article.dateline or _bare_dateline(article.blocks[0].text)
    if not dateline:
        return []
    place = _title_case(dateline.replace("/", " / "))
    found = [Mention("countries", m.best.key, m.text, 0, dateline)
             for m in find_matches(place, matcher, knowledge.us_states) if m.best.taxonomy == "countries"]
    if found:
        return found
    # A dateline is where the reporter is: a capital counts there even when it also stands for an institution (Brussels).
    city = re.split(r"[,(/—–-]|\s-", place)[0].strip()
    code = _capitals(knowledge).get(city)
    return [Mention("countries", code, city, 0, dateline)] if code else []


def _bare_dateline(text: str) -> str | None:
    """The capitalised place opening a paragraph without a separator ('BRUSSELS Ambitious ...'), if it is one."""
    match = _OPENING_CAPITALS.match(text)
    return match.group(1) if match and match.group(1).replace(" ", "").isupper() else None


def _capitals(knowledge: KnowledgeBase) -> Mapping[str, str]:
    """Each country's capital -> its code, built once per knowledge base."""
    cached = _CAPITALS.get(knowledge.version)
    if cached is None:
        cached = {str(t.attributes["capital"]): t.key for t in knowledge.terms_of("countries") if t.attributes.get("capital")}
        _CAPITALS[knowledge.version] = cached
    return cached


def _title_case(text: str) -> str:
    """'THE HAGUE, Netherlands (Reuters) -' -> 'The Hague, Netherlands (Reuters) -': capitals as a name is written."""
    return " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in text.split())


def _dateline_place(article: Article) -> str | None:
    if not article.dateline:
        return None
    place = article.dateline.split(",")[0].split("(")[0].strip()
    return place.title() if place.isupper() else place or None


__all__ = ["Annotator", "annotate_article", "TITLE_BLOCK", "slugify"]
