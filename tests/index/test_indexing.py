"""The index: grouped by term from every brief, and updated from a previous index to exactly the same result."""
import random
from dataclasses import fields
from datetime import date
from types import MappingProxyType

import pytest

from generator.index.grouping import regroup
from generator.index.merging import merged_key
from generator.index.records import SiteIndex
from generator.index.related import RELATED_TERMS, _best
from generator.index.site_index import build_index, sort_briefs, update_index
from generator.knowledge.base import KnowledgeBase
from generator.model import Annotations, Article, Block, Brief, Discovery, Event, Mention, PersonRef, Quote, SourceError, Term

KNOWLEDGE = KnowledgeBase(
    terms=MappingProxyType({
        **{("countries", code): Term("countries", code, name) for code, name in
           [("JP", "Japan"), ("SA", "Saudi Arabia"), ("CL", "Chile"), ("PE", "Peru"), ("KR", "South Korea"), ("US", "United States")]},
        ("people", "kishida"): Term("people", "kishida", "Fumio Kishida"),
        ("people", "boric"): Term("people", "boric", "Gabriel Boric"),
    }),
    aliases=(), version="test")
COUNTRIES = ["JP", "SA", "CL", "PE", "KR", "US"]
ORGS = ["acme", "opec", "jbic", "codelco"]  # not in the knowledge base: terms only where a brief discovers them


def make_brief(number: int, countries=(), orgs=(), discovered=(), day: int | None = 1, people=(), version: int = 0) -> Brief:
    """A brief whose annotations name the given terms, one sentence each, with an event and a quote per person."""
    text = f"Article {number} version {version}."
    mentions = [Mention("countries", c, c, i, f"{c} sentence {i}") for i, c in enumerate(countries)]
    mentions += [Mention("organizations", o, o, 9, f"{o} sentence") for o in orgs]
    mentions += [Mention("people", p, p, 7, f"{p} said") for p in people]
    if len(countries) >= 2:
        mentions.append(Mention("relations", "-".join(sorted(c.lower() for c in countries[:2])), "", 0, f"{countries[0]} sentence 0"))
    events = tuple(Event(f"20{10 + number % 9}-0{1 + number % 8}-01", "in May", f"{c} sentence {i}", i) for i, c in enumerate(countries[:1]))
    notes = Annotations(
        published=date(2024, 1, day) if day else None,
        mentions=tuple(mentions),
        people=tuple(PersonRef(p, p.title(), "Minister", countries[0] if countries else None) for p in people),
        quotes=tuple(Quote(f"We agree {number}", p, p.title(), 7) for p in people),
        events=events,
        discoveries=tuple(Discovery("organizations", o, f"{o.upper()} v{version}", f"{o} sentence") for o in discovered),
    )
    article = Article(f"{number:03d}.txt", 0, f"Brief {number}", (Block("paragraph", text),))
    return Brief(f"brief-{number:03d}", article, notes, digest=f"{number}-{version}-{countries}-{orgs}-{discovered}-{day}-{people}")


def entries(index: SiteIndex) -> dict:
    """Every field of an index as plain lists, in order: two indexes are the same when these are equal."""
    found = {}
    for field in fields(index):
        value = getattr(index, field.name)
        found[field.name] = list(value.items()) if hasattr(value, "items") else list(value)
    found["cooccurring"] = [(k, list(v.items())) for k, v in found["cooccurring"]]
    return found


def random_corpus(rng: random.Random, count: int, start: int = 0) -> list[Brief]:
    briefs = []
    for number in range(start, start + count):
        orgs = rng.sample(ORGS, rng.randint(0, 2))
        briefs.append(make_brief(number, rng.sample(COUNTRIES, rng.randint(1, 4)), orgs, [o for o in orgs if rng.random() < 0.5],
                                 rng.choice([None, *range(1, 28)]), rng.sample(["kishida", "boric"], rng.randint(0, 2))))
    return briefs


# --- regroup ------------------------------------------------------------------------------------------

def by_letters(brief):
    return [(letter, f"{brief.id}:{letter}") for letter in brief.notes.summary]


def lettered(brief_id: str, letters: str) -> Brief:
    return Brief(brief_id, Article("x", 0, "t", ()), Annotations(summary=letters))


@pytest.mark.parametrize("before, gone, came, expected, touched", [
    ({}, [], ["a:xy", "b:y"], {"x": ["a:x"], "y": ["a:y", "b:y"]}, {"x", "y"}),
    ({"x": ["a:x"], "y": ["a:y", "b:y"]}, ["a:xy"], [], {"y": ["b:y"]}, {"x", "y"}),  # an emptied group is dropped
    ({"y": ["b:y"]}, [], ["a:y"], {"y": ["a:y", "b:y"]}, {"y"}),  # a newcomer takes its place in brief order
    ({"y": ["a:y", "b:y"], "z": ["b:z"]}, ["a:y"], ["a:z"], {"y": ["b:y"], "z": ["a:z", "b:z"]}, {"y", "z"}),  # an edit
])
def test_regroup_keeps_every_group_in_brief_order(before, gone, came, expected, touched):
    order = {"a": 0, "b": 1}
    groups = {key: tuple((item.split(":")[0], item) for item in items) for key, items in before.items()}
    briefs = {spec: lettered(*spec.split(":")) for spec in {*gone, *came}}
    updated, changed = regroup(groups, by_letters, [briefs[g] for g in gone], [briefs[c] for c in came], order)
    assert {key: [item for _, item in group] for key, group in updated.items()} == expected
    assert changed == touched


# --- the index ----------------------------------------------------------------------------------------

def test_postings_list_each_brief_once_newest_first_with_its_first_mention():
    briefs = [make_brief(1, ["JP", "SA"], day=3), make_brief(2, ["JP"], day=9), make_brief(3, ["SA", "JP"], day=None)]
    index = build_index(briefs, KNOWLEDGE)
    assert [p.brief_id for p in index.postings[("countries", "JP")]] == ["brief-002", "brief-001", "brief-003"]
    assert index.postings[("countries", "JP")][2].sentence == "JP sentence 1"
    assert [t.key for t in index.terms_of("countries")] == ["JP", "SA"]  # most briefs first


def test_a_discovered_name_is_a_term_only_while_some_brief_discovers_it():
    mentions_only = make_brief(1, ["JP"], orgs=["acme"])
    discoverer = make_brief(2, ["JP"], orgs=["acme"], discovered=["acme"])
    assert ("organizations", "acme") not in build_index([mentions_only], KNOWLEDGE).terms
    index = build_index([mentions_only, discoverer], KNOWLEDGE)
    assert index.terms[("organizations", "acme")].name == "ACME v0"
    assert [p.brief_id for p in index.postings[("organizations", "acme")]] == ["brief-001", "brief-002"]
    assert [(u.key, u.briefs, u.example_brief) for u in index.unresolved] == [("acme", 1, "brief-002")]


@pytest.mark.parametrize("key, expected", [
    ("the-foo-organisation", "foo-organization"),
    ("israel-s-foreign-ministry", "israel-foreign-ministry"),
    ("namchogang-trading-corp", "namchogang-trading"),
    ("namchogang-trading-corporation", "namchogang-trading"),
    ("ministry-of-defence-and-security", "ministry-of-defense-security"),
    ("economic-co-operation-organisation", "economic-cooperation-organization"),
    ("corp", "corp"),  # a name is never emptied
    ("the", "the"),
])
def test_a_discovered_key_is_merged_by_its_spelling_alone(key, expected):
    assert merged_key(key) == expected


def discovering(number: int, key: str, name: str, taxonomy: str = "organizations", country: str | None = None) -> Brief:
    """A brief that discovers one name under its own key."""
    notes = Annotations(published=date(2024, 1, number), mentions=(Mention(taxonomy, key, name, 0, f"{name} met."),),
                        discoveries=(Discovery(taxonomy, key, name, f"{name} met.", country),))
    return Brief(f"brief-{number:03d}", Article(f"{number:03d}.txt", 0, f"Brief {number}", (Block("paragraph", f"{name} met."),)), notes,
                 digest=f"{number}-{key}")


@pytest.mark.parametrize("taxonomy", ["organizations", "initiatives"])
def test_one_discovered_name_spelled_two_ways_in_two_briefs_is_one_term(taxonomy):
    briefs = [discovering(1, "the-foo-organisation", "the Foo Organisation", taxonomy),
              discovering(2, "foo-organization", "Foo Organization", taxonomy)]
    index = build_index(briefs, KNOWLEDGE)
    assert [key for key in index.terms if key[0] == taxonomy] == [(taxonomy, "foo-organization")]
    assert index.terms[(taxonomy, "foo-organization")].name == "Foo Organization"  # the newest brief's spelling
    assert [p.brief_id for p in index.postings[(taxonomy, "foo-organization")]] == ["brief-002", "brief-001"]
    assert [(u.key, u.briefs) for u in index.unresolved] == [("foo-organization", 2)]
    assert [t.key for t in index.brief_terms(briefs[0], taxonomy)] == ["foo-organization"]


def test_a_discovered_institution_keeps_its_country():
    briefs = [discovering(1, "israel-s-foreign-ministry", "Israeli Foreign Ministry", country="IL"),
              discovering(2, "israel-foreign-ministry", "Israel Foreign Ministry")]
    term = build_index(briefs, KNOWLEDGE).terms[("organizations", "israel-foreign-ministry")]
    assert (term.name, term.confirmed, dict(term.attributes)) == ("Israel Foreign Ministry", False, {"country": "IL"})


def test_a_name_the_brief_did_not_discover_keeps_its_key():
    known = make_brief(1, ["JP"], orgs=["the-acme"])
    index = build_index([known, discovering(2, "the-acme", "the Acme")], KNOWLEDGE)
    assert ("organizations", "the-acme") not in index.terms  # mentioned only, never discovered under that key
    assert [p.brief_id for p in index.postings[("organizations", "acme")]] == ["brief-002"]


def test_related_briefs_share_the_rarest_terms():
    briefs = [make_brief(1, ["JP", "US"], orgs=["acme"], discovered=["acme"]), make_brief(2, ["JP", "US"], orgs=["acme"]),
              make_brief(3, ["JP", "US"]), make_brief(4, ["JP", "US"]), make_brief(5, ["CL"])]
    index = build_index(briefs, KNOWLEDGE)
    assert index.related["brief-001"][0] == "brief-002"  # sharing ACME (2 briefs) beats sharing Japan (4 briefs)
    assert "brief-005" not in index.related["brief-001"]  # nothing in common
    assert index.related["brief-005"] == ()


CHANGES = {  # (random source, briefs, a number no brief has yet) -> the briefs after the change
    "add one": lambda rng, briefs, new: briefs + random_corpus(rng, 1, start=new),
    "add a newest": lambda rng, briefs, new: briefs + [make_brief(new, ["JP", "KR"], ["acme"], ["acme"], day=28, people=["kishida"])],
    "remove one": lambda rng, briefs, new: briefs[:5] + briefs[6:],
    "edit one": lambda rng, briefs, new: briefs[:3] + [make_brief(3, ["PE"], ["opec"], ["opec"], day=2, version=new)] + briefs[4:],
    "remove every discoverer": lambda rng, briefs, new: [b for b in briefs if not b.notes.discoveries],
    "first discovery": lambda rng, briefs, new: briefs + [make_brief(new, ["CL"], ["codelco"], ["codelco"], day=5)],
    "rename a discovery": lambda rng, briefs, new: [make_brief(0, ["JP"], ["acme"], ["acme"], day=27, version=new)] + briefs[1:],
    "nothing": lambda rng, briefs, new: list(briefs),
    "undated": lambda rng, briefs, new: briefs + [make_brief(new, ["SA", "US"], day=None, people=["boric"])],
    "replace half": lambda rng, briefs, new: briefs[::2] + random_corpus(rng, len(briefs) // 2, start=new),
}


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("change", sorted(CHANGES))
def test_an_updated_index_equals_an_index_built_from_nothing(change, seed):
    rng = random.Random(seed)
    before = random_corpus(rng, 40)
    after = CHANGES[change](rng, before, 900)
    state = update_index(None, before, KNOWLEDGE, [SourceError("bad.txt", "empty")], ["bad.txt"])
    updated = update_index(state, after, KNOWLEDGE, [SourceError("bad.txt", "empty")], ["bad.txt"]).index
    assert entries(updated) == entries(build_index(after, KNOWLEDGE, [SourceError("bad.txt", "empty")], ["bad.txt"]))


@pytest.mark.parametrize("seed", range(4))
def test_many_updates_in_a_row_stay_equal_to_a_build_from_nothing(seed):
    rng = random.Random(seed)
    briefs = random_corpus(rng, 30)
    state = update_index(None, briefs, KNOWLEDGE)
    for step in range(40):
        change = rng.choice(sorted(CHANGES))
        briefs = CHANGES[change](rng, briefs, 100 + 50 * step)
        state = update_index(state, briefs, KNOWLEDGE)
        assert entries(state.index) == entries(build_index(briefs, KNOWLEDGE)), (step, change)


def test_an_update_keeps_the_very_objects_of_what_did_not_change():
    briefs = [make_brief(n, ["JP", "SA"] if n % 2 else ["CL", "PE"], day=1 + n) for n in range(2 * RELATED_TERMS)]
    state = update_index(None, briefs, KNOWLEDGE)
    updated = update_index(state, briefs + [make_brief(99, ["JP"], day=28)], KNOWLEDGE).index
    old = state.index
    assert updated.postings[("countries", "CL")] is old.postings[("countries", "CL")]
    assert updated.cooccurring[("countries", "CL")] is old.cooccurring[("countries", "CL")]
    assert updated.related["brief-000"] is old.related["brief-000"]
    assert updated.by_id["brief-000"] is old.by_id["brief-000"]
    assert updated.postings[("countries", "JP")] is not old.postings[("countries", "JP")]
    assert updated.postings[("countries", "JP")][0].brief_id == "brief-099"


def test_a_different_knowledge_base_builds_from_nothing():
    briefs = [make_brief(1, ["JP"]), make_brief(2, ["JP", "SA"])]
    state = update_index(None, briefs, KNOWLEDGE)
    renamed = KnowledgeBase(MappingProxyType({**KNOWLEDGE.terms, ("countries", "JP"): Term("countries", "JP", "Nippon")}), (), "other")
    assert update_index(state, briefs, renamed).index.terms[("countries", "JP")].name == "Nippon"


@pytest.mark.parametrize("briefs, expected", [
    # dated: newest first, ties by title
    ([make_brief(1, day=3), make_brief(2, day=5), make_brief(3, day=3)], ["brief-002", "brief-001", "brief-003"]),
    # undated after every dated one, in filing order (source path): 009.txt before 010.txt, though "Brief 10" < "Brief 9"
    ([make_brief(10, day=None), make_brief(9, day=None), make_brief(7, day=2)], ["brief-007", "brief-009", "brief-010"]),
    # a source filed last is listed last among the undated: it lands on the last undated page of a list
    ([make_brief(n, day=None) for n in (12, 10, 11)], ["brief-010", "brief-011", "brief-012"]),
])
def test_briefs_are_ordered_newest_first_then_undated_in_filing_order(briefs, expected):
    assert [brief.id for brief in sort_briefs(briefs)] == expected


@pytest.mark.parametrize("seed", range(20))
def test_the_best_pairs_are_exactly_those_a_full_sort_gives(seed):
    rng = random.Random(seed)
    # few distinct values, so ties are common and the cut often falls inside a tie
    items = [(f"id-{rng.randrange(1000):03d}", rng.choice([0.5, 1.0, 1.5, 2.0])) for _ in range(rng.randrange(0, 40))]
    items = list(dict(items).items())  # unique keys, as scores and counts have
    limit = rng.choice([1, 5, 12])
    expected = sorted(sorted(items), key=lambda item: item[1], reverse=True)[:limit]
    assert _best(list(items), limit) == expected
