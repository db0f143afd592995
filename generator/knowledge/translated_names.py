"""Country names in other languages, from CLDR (Babel) and pycountry's ISO 3166 catalogues, with their case forms."""
from __future__ import annotations

import gettext
import re
import unicodedata
from pathlib import Path
from typing import Iterable, Mapping

import pycountry
from babel import Locale

#: A name with a comma or bracket is an inverted or qualified form ("Corée, République de", "RAE de Hong Kong (China)").
_QUALIFIED = re.compile(r"[,()（）]")
_LOCALES_DIR = Path(pycountry.__file__).parent / "locales"


def is_latin(name: str) -> bool:
    """True when the name is written in Latin letters (accents too), which other languages' words may share."""
    if name.isascii():  # every ASCII letter is Latin: no character's Unicode name to look up (most names of 21 languages)
        return True
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in name)


def _babel_names(locale: str, codes: Iterable[str]) -> Iterable[tuple[str, str]]:
    territories = Locale.parse(locale).territories
    for code in codes:
        if territories.get(code):
            yield code, territories[code]


def _catalogue_names(language: str) -> Iterable[tuple[str, str]]:
    try:
        catalogue = gettext.translation("iso3166-1", str(_LOCALES_DIR), languages=[language])
    except OSError:
        return
    for country in pycountry.countries:
        for english in {country.name, getattr(country, "common_name", country.name)}:
            translated = catalogue.gettext(english)
            if translated != english:
                yield country.alpha_2, translated


def declined(name: str, rules: list[list[object]]) -> list[str]:
    """A one-word name's case forms by the first rule whose ending it has ("Россия": "России", "Россию", "Россией")."""
    if " " in name or "-" in name:
        return []
    for ending, replacements in rules:
        if name.endswith(str(ending)) and len(name) > len(str(ending)) + 2:
            stem = name[:len(name) - len(str(ending))]
            return [stem + str(r) for r in replacements]  # type: ignore[union-attr]
    return []


def translated_country_names(config: Mapping[str, object], codes: Iterable[str], taken: set[str]) -> dict[str, str]:
    """Each kept translated name (and its case forms) and the ISO code it names, in sorted order.

    ``taken``: alias texts the knowledge base already has, which a translation never takes over."""
    codes = sorted(codes)
    min_latin = int(config.get("min_latin_letters") or 4)  # type: ignore[arg-type]
    blocked = set(config.get("not_names") or ())  # type: ignore[arg-type]
    declensions: Mapping[str, list[list[object]]] = config.get("declensions") or {}  # type: ignore[assignment]
    found: dict[str, set[str]] = {}
    sources = [(locale, _babel_names(locale, codes)) for locale in config.get("locales") or ()]  # type: ignore[union-attr]
    sources += [(language, _catalogue_names(language)) for language in config.get("catalogues") or ()]  # type: ignore[union-attr]
    for language, names in sources:
        rules = declensions.get(language.split("_")[0], [])
        for code, name in names:
            name = name.strip()
            if _QUALIFIED.search(name) or name in blocked or not name[:1].isupper() and is_latin(name):
                continue
            if is_latin(name) and len(name.replace(" ", "")) < min_latin or len(name) < 2:
                continue
            for text in (name, *declined(name, rules)):
                found.setdefault(text, set()).add(code)
    return {text: next(iter(found[text])) for text in sorted(found)
            if len(found[text]) == 1 and text not in taken and text not in blocked}
