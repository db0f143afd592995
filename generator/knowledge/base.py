"""The knowledge base: curated YAML in knowledge/ plus ISO data from pycountry and countryinfo."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Mapping

import pycountry
import yaml
from countryinfo import all_countries

from generator.knowledge.national_names import national_aliases
from generator.knowledge.spellings import acronym_word, headline_case, organisation_spellings
from generator.knowledge.taxonomies import COUNTRIES
from generator.knowledge.translated_names import translated_country_names
from generator.model import Term

#: Keys each knowledge file may use; anything else is a typo and fails loudly.
ALLOWED_KEYS = {
    "countries": {"name", "aliases", "former", "places", "demonyms", "combining", "not_aliases", "description"},
    "regions": {"id", "name", "aliases", "description"},
    "organizations": {"id", "name", "aliases", "kind", "country", "members", "description", "context_aliases", "context", "rivals",
                      "seat_listed_only", "pieces"},
    "initiatives": {"id", "name", "aliases", "kind", "countries", "description", "context_aliases", "context", "rivals"},
    "outlets": {"id", "name", "aliases", "country", "owner", "state_controlled", "kind", "domains", "description", "context_aliases",
                "context", "rivals", "pieces", "columns"},
    "people": {"id", "name", "aliases", "country", "description"},
}
LIST_FILES = ("regions", "organizations", "initiatives", "outlets", "people")
#: The folder of word lists the annotators read (knowledge/vocabulary/<name>.yaml, by name).
VOCABULARY_DIR = "vocabulary"
#: Extra ISO-like codes the knowledge base may use beside pycountry's.
EXTRA_COUNTRIES = {"XK": "Kosovo"}
NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r"|" + "|".join(NUMBER_WORDS.values()) + r")(?=-)", re.I)
_DIGITS = {v: k for k, v in NUMBER_WORDS.items()}
#: Abbreviations news styles write with and without dots ("U.N. Security Council", "UN Security Council").
DOTTED = {"UN": "U.N.", "US": "U.S.", "EU": "E.U.", "UK": "U.K."}
_UNDOTTED = {v: k for k, v in DOTTED.items()}
#: A long name opening a longer one, and the abbreviation news writes for it there ("U.N. Office for the Coordination...").
_ABBREVIATED_OPENINGS = {"United Nations ": "UN ", "United States ": "US ", "European Union ": "EU "}
_ABBREVIATION = re.compile(r"(?<![\w.])(" + "|".join(re.escape(w) for w in [*DOTTED, *_UNDOTTED]) + r")(?=[\s-]|$)")


#: 'the Kremlin' also matches 'Kremlin', but 'the West' stays whole: a short bare word is too ambiguous.
MIN_BARE_ALIAS = 5


#: libyaml's safe loader when PyYAML was built with it (ten times faster), else the pure-Python one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class KnowledgeError(ValueError):
    """A knowledge-base file that is malformed; the message names the file and entry."""


@dataclass(frozen=True, slots=True)
class Alias:
    """A string that names a term, and how it names it."""

    text: str
    taxonomy: str
    key: str
    kind: str  # name | alias | former | place | demonym | surname | kingdom


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    """All terms of all taxonomies and every alias that names them."""

    terms: Mapping[tuple[str, str], Term]
    aliases: tuple[Alias, ...]
    version: str
    us_states: frozenset[str] = frozenset()  # names that may be a US state, not a country ("Atlanta, Georgia")
    vocabulary: Mapping[str, object] = field(default_factory=dict)  # word lists by file name (knowledge/vocabulary/*.yaml)

    def term(self, taxonomy: str, key: str) -> Term | None:
        """The term, or None when the knowledge base does not define it."""
        return self.terms.get((taxonomy, key))

    def outlet_term(self, raw: str | None) -> Term | None:
        """The outlet a brief names (a knowledge-base key or a free name), or None when it is not a known outlet."""
        return self.terms.get(("outlets", raw)) if raw else None

    def outlet_name(self, raw: str | None) -> str | None:
        """An outlet's name from the knowledge base, else as the article gave it."""
        term = self.outlet_term(raw)
        return term.name if term else raw

    def terms_of(self, taxonomy: str) -> list[Term]:
        """Every term of one taxonomy, sorted by key."""
        return sorted((t for (tax, _), t in self.terms.items() if tax == taxonomy), key=lambda t: t.key)


def load_knowledge(directory: Path) -> KnowledgeBase:
    """Load every knowledge file in ``directory``; raises KnowledgeError on malformed data."""
    raw = {name: _load_yaml(directory / f"{name}.yaml") for name in ("countries", "country_languages", *LIST_FILES)}
    vocabulary = {path.stem: _load_yaml(path) for path in sorted((directory / VOCABULARY_DIR).glob("*.yaml"))}
    digest = hashlib.sha256()
    for name in sorted(raw):
        digest.update(repr(raw[name]).encode())
    digest.update(repr(vocabulary).encode())
    terms: dict[tuple[str, str], Term] = {}
    aliases: list[Alias] = []
    country_terms, country_aliases = build_countries(raw["countries"] or {})
    for term in country_terms:
        terms[(term.taxonomy, term.key)] = term
    aliases.extend(country_aliases)
    for taxonomy in LIST_FILES:
        for term, term_aliases in build_list_terms(taxonomy, raw[taxonomy] or [], terms):
            terms[(taxonomy, term.key)] = term
            aliases.extend(term_aliases)
    aliases.extend(Alias(text, "organizations", key, "alias") for text, key in national_aliases(terms, aliases))
    aliases.extend(surname_aliases(t for (tax, _), t in terms.items() if tax == "people"))
    translated = translated_country_names(raw["country_languages"] or {}, country_codes(), {a.text for a in aliases})
    aliases.extend(Alias(text, COUNTRIES.name, code, "name") for text, code in translated.items())
    # Read once here (the knowledge cache keeps it): pycountry loads all its subdivisions to answer.
    us_states = frozenset(s.name for s in pycountry.subdivisions.get(country_code="US") or ())
    return KnowledgeBase(terms=MappingProxyType(terms), aliases=tuple(aliases), version=digest.hexdigest()[:16], us_states=us_states,
                         vocabulary=MappingProxyType(vocabulary))


def _load_yaml(path: Path) -> object:
    if not path.exists():
        return None
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except yaml.YAMLError as error:
        raise KnowledgeError(f"{path.name}: {error}") from None


def _strings(value: object, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return [str(v) for v in value]
    raise KnowledgeError(f"{where}: expected a list of strings")


def country_codes() -> dict[str, str]:
    """ISO alpha-2 code to a short English name, for every country pycountry knows plus extras."""
    codes = {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    codes.update(EXTRA_COUNTRIES)
    return codes


def _countryinfo_by_code() -> dict[str, dict[str, object]]:
    """The best countryinfo record per ISO code: the one whose name pycountry also uses."""
    best: dict[str, dict[str, object]] = {}
    for info in all_countries():
        try:
            data = info.info()
        except Exception:  # countryinfo has a few incomplete records
            continue
        iso = data.get("ISO") or {}
        code = iso.get("alpha2") if isinstance(iso, dict) else None
        if not isinstance(code, str):
            continue
        official = pycountry.countries.get(alpha_2=code)
        names = {getattr(official, n, None) for n in ("name", "common_name", "official_name")} if official else set()
        if code not in best or data.get("name") in names:
            best[code] = data
    return best


def build_countries(extra: Mapping[str, Mapping[str, object]]) -> tuple[list[Term], list[Alias]]:
    """Country terms and aliases from pycountry, countryinfo and countries.yaml."""
    if not isinstance(extra, Mapping):
        raise KnowledgeError("countries.yaml: expected a mapping keyed by ISO code")
    for code in extra:
        if not isinstance(code, str):  # YAML reads an unquoted NO (Norway) as false, ON as true
            raise KnowledgeError(f"countries.yaml: unknown ISO code {code!r} (quote codes such as 'NO', which YAML reads as false)")
    codes = country_codes()
    infos = _countryinfo_by_code()
    terms: list[Term] = []
    aliases: list[Alias] = []
    curated: dict[str, set[str]] = {}
    derived: dict[str, set[str]] = {}
    for code in sorted(set(codes) | set(extra)):
        if code not in codes:
            raise KnowledgeError(f"countries.yaml: unknown ISO code {code!r}")
        entry = extra.get(code) or {}
        unknown = set(entry) - ALLOWED_KEYS["countries"]
        if unknown:
            raise KnowledgeError(f"countries.yaml: {code}: unknown keys {sorted(unknown)}")
        official = pycountry.countries.get(alpha_2=code)
        info = infos.get(code, {})
        name = str(entry.get("name") or (info.get("name") if isinstance(info.get("name"), str) else None) or codes[code])
        names = {name, codes[code]}
        if official is not None:
            names |= {official.name, getattr(official, "official_name", official.name)}
        if isinstance(info.get("name"), str):
            names.add(info["name"])
        names |= {s for s in (info.get("altSpellings") or []) if _english_alt_spelling(s, code, official)}
        names |= set(_strings(entry.get("aliases"), f"countries.yaml: {code}: aliases"))
        blocked = set(_strings(entry.get("not_aliases"), f"countries.yaml: {code}: not_aliases"))
        capital = info.get("capital") if isinstance(info.get("capital"), str) else None
        places = set(_strings(entry.get("places"), f"countries.yaml: {code}: places")) | ({capital} if capital else set())
        demonyms = set(_strings(entry.get("demonyms"), f"countries.yaml: {code}: demonyms"))
        if isinstance(info.get("demonym"), str) and info["demonym"]:
            demonyms.add(info["demonym"])
        former = _strings(entry.get("former"), f"countries.yaml: {code}: former")
        combining = _strings(entry.get("combining"), f"countries.yaml: {code}: combining")
        official_name = getattr(official, "official_name", None) or name
        description = entry.get("description") or describe_country(name, official_name, capital, info)
        attributes = {
            "iso": code,
            "official_name": official_name,
            "capital": capital,
            "region": info.get("subregion") or info.get("region") or None,
            "former": tuple(former),
            "kingdom": "kingdom" in official_name.lower() or "kingdom" in name.lower(),
            "not_aliases": tuple(sorted(blocked)),
        }
        terms.append(Term(COUNTRIES.name, code, name, str(description), True, tuple(sorted(names)), MappingProxyType(attributes)))
        curated_texts = {t for key in ("aliases", "former", "places", "demonyms", "combining")
                         for v in _strings(entry.get(key), code) for t in _without_article(v)}
        for kind, values in (("name", names), ("former", former), ("place", places), ("demonym", demonyms), ("combining", combining)):
            for value in sorted(values):
                for text in _without_article(value):
                    if text not in blocked and len(text) >= 2:
                        aliases.append(Alias(text, COUNTRIES.name, code, kind))
                        (curated if text in curated_texts else derived).setdefault(text, set()).add(code)
    return terms, [a for a in aliases if _keep_country_alias(a, curated, derived)]


def _keep_country_alias(alias: Alias, curated: dict[str, set[str]], derived: dict[str, set[str]]) -> bool:
    """Curated aliases always count; a package-derived one only when it names a single country."""
    if alias.key in curated.get(alias.text, ()):
        return True
    return alias.text not in curated and len(derived.get(alias.text, ())) == 1


def _english_alt_spelling(value: object, code: str, official: object) -> bool:
    """Alternative spellings worth matching: English, not bare ISO codes, no inverted 'X, Y' forms."""
    if not isinstance(value, str) or "," in value or not value.isascii() or len(value) < 4:
        return False
    codes = {code, getattr(official, "alpha_3", "")}
    return value not in codes and value[:1].isupper()


def _without_article(value: str) -> list[str]:
    """An alias as written, and without a leading 'the' (so 'the Kremlin' also matches 'Kremlin')."""
    value = value.strip()
    if value.lower().startswith("the ") and len(value) - 4 >= MIN_BARE_ALIAS:
        return [value[4:]]
    return [value]


def describe_country(name: str, official_name: str, capital: str | None, info: Mapping[str, object]) -> str:
    """A one-line description built from the packages' data."""
    parts = [official_name if official_name != name else name]
    region = info.get("subregion") or info.get("region")
    if region:
        parts.append(f"in {region}")
    text = " ".join(parts)
    if capital:
        text += f"; capital {capital}"
    return text if text.endswith(".") else text + "."  # "capital Washington D.C." ends on its own stop


def build_list_terms(taxonomy: str, entries: object, known: Mapping[tuple[str, str], Term]) -> Iterable[tuple[Term, list[Alias]]]:
    """Terms and aliases of one list-shaped knowledge file."""
    if not isinstance(entries, list):
        raise KnowledgeError(f"{taxonomy}.yaml: expected a list of entries")
    codes = country_codes()
    seen: set[str] = set()
    for number, entry in enumerate(entries, 1):
        where = f"{taxonomy}.yaml: entry {number}"
        if not isinstance(entry, dict):
            raise KnowledgeError(f"{where}: expected a mapping")
        unknown = set(entry) - ALLOWED_KEYS[taxonomy]
        if unknown:
            raise KnowledgeError(f"{where}: unknown keys {sorted(unknown)}")
        key, name = entry.get("id"), entry.get("name")
        if not isinstance(key, str) or not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", key):
            raise KnowledgeError(f"{where}: 'id' must be a lowercase slug")
        if not isinstance(name, str) or not name.strip():
            raise KnowledgeError(f"{where} ({key}): 'name' is required")
        if key in seen:
            raise KnowledgeError(f"{where}: duplicate id {key!r}")
        seen.add(key)
        attributes: dict[str, object] = {}
        for field_name in ("country", "kind", "owner", "state_controlled", "pieces", "seat_listed_only"):
            if entry.get(field_name) is not None:
                attributes[field_name] = entry[field_name]
        for field_name in ("members", "countries", "domains"):
            attributes[field_name] = tuple(_strings(entry.get(field_name), f"{where} ({key}): {field_name}"))
        for field_name in ("context_aliases", "context", "rivals", "columns"):
            if entry.get(field_name) is not None:
                attributes[field_name] = tuple(_strings(entry.get(field_name), f"{where} ({key}): {field_name}"))
        for reference in (*attributes.get("context", ()), *attributes.get("rivals", ())):
            if not re.fullmatch(r"[a-z]+:[\w-]+", reference):
                raise KnowledgeError(f"{where} ({key}): {reference!r} is not a 'taxonomy:key' reference")
        for code in [attributes.get("country"), *attributes.get("members", ()), *attributes.get("countries", ())]:
            if code is not None and code not in codes:
                raise KnowledgeError(f"{where} ({key}): unknown ISO code {code!r}")
        names = [name, *_strings(entry.get("aliases"), f"{where} ({key}): aliases")]
        term = Term(taxonomy, key, name, str(entry.get("description") or ""), True, tuple(names[1:]), MappingProxyType(attributes))
        aliases = [
            Alias(variant, taxonomy, key, "name" if i == 0 else "alias")
            for i, text in enumerate(names)
            for variant in alias_variants(text, keep_article=taxonomy == "outlets")
        ]
        if taxonomy == "initiatives":  # headlines and many outlets capitalise every word: the "One China Policy"
            aliases += [Alias(titled, taxonomy, key, a.kind) for a in list(aliases)
                        if (titled := headline_case(a.text)) and titled not in names]
        if taxonomy == "organizations":
            aliases += [Alias(word, taxonomy, key, "alias") for text in names if (word := acronym_word(text))]
            aliases += [Alias(variant, taxonomy, key, "alias") for text in names for variant in organisation_spellings(text)]
        yield term, aliases


def alias_variants(text: str, keep_article: bool = False) -> list[str]:
    """An alias and its spelling variants: 'eight-point' and '8-point', 'UN' and 'U.N.', with and without 'the'.

    ``keep_article``: a one-word name keeps its 'the' ("The Hindu", "the Times": not "Hindu nationalists").
    """
    variants: list[str] = []
    bare = text.strip()[4:]
    single = keep_article and text.strip().lower().startswith("the ") and " " not in bare
    for base in [f"The {bare}", f"the {bare}"] if single else _without_article(text):
        variants.append(base)
        swapped = _NUMBER_WORD.sub(lambda m: NUMBER_WORDS.get(m.group(1).lower()) or _DIGITS[m.group(1)], base)
        if swapped != base:
            variants.append(swapped)
    variants += [short + v[len(long):] for v in variants for long, short in _ABBREVIATED_OPENINGS.items() if v.startswith(long)]
    # Only inside a longer name: a bare "US" or "U.S." is the country's own alias, listed as written.
    variants += [_ABBREVIATION.sub(lambda m: DOTTED.get(m.group(1)) or _UNDOTTED[m.group(1)], v) for v in variants if " " in v or "-" in v]
    return list(dict.fromkeys(variants))


#: Countries whose names are written family name first ("Xi Jinping", "Kim Jong Un", "To Lam").
FAMILY_NAME_FIRST = {"CN", "TW", "HK", "MO", "KR", "KP", "VN", "KH"}
_SUFFIX = re.compile(r"^(?:Jr\.?|Sr\.?|[IVX]+)$")


#: The lowercase Arabic article a family name opens with, which news leaves out when the name stands alone ("al-Assad").
_ARABIC_ARTICLE = re.compile(r"^(?:al|el)-(?=[A-Z])")


def family_name(person: Term, full_name: str | None = None) -> str | None:
    """The name a person is called by alone: last word, or first for family-name-first countries."""
    parts = [p for p in (full_name or person.name).split() if not _SUFFIX.match(p)]
    if len(parts) < 2 or any(p.lower() in {"bin", "bint", "ibn"} for p in parts):
        return None  # "Mohammed bin Salman" is not called "Salman"; curated aliases cover such names
    # A name written given name first, as an alias starting with its last word shows ("Carrie Lam": "Lam Cheng Yuet-ngor").
    western = any(alias.split()[:1] == [parts[-1]] and alias.split()[-1] != parts[0] for alias in person.aliases)
    name = parts[0] if person.attributes.get("country") in FAMILY_NAME_FIRST and not western else parts[-1]
    name = _ARABIC_ARTICLE.sub("", name)  # "Bashar al-Assad" is "Assad" alone
    return name if name[:1].isupper() and len(name) >= 3 else None


def family_names(person: Term) -> list[str]:
    """The family name of the person's name and of each alias that spells the same given name another way
    ("Volodymyr Zelenskyy": "Zelenskyy"); an alias with a title or another given name gives none."""
    given = family_name(person)
    names = [given] if given else []
    for alias in person.aliases:
        spelt = family_name(person, alias)
        if given and spelt and spelt != given and alias.replace(spelt, given, 1) == person.name:
            names.append(spelt)
    return names


def surname_aliases(people: Iterable[Term]) -> list[Alias]:
    """Family names of known people that name only one of them ('Putin', 'Zelenskyy'), as weaker aliases."""
    by_surname: dict[str, list[str]] = {}
    for person in people:
        for name in family_names(person):
            by_surname.setdefault(name, []).append(person.key)
    return [Alias(s, "people", keys[0], "surname") for s, keys in sorted(by_surname.items()) if len(keys) == 1]
