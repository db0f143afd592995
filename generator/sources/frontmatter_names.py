"""Frontmatter values of text and names, however a CMS shaped them: text, a list of names, a map with a name (Outstatic's
and WordPress-to-Jekyll exports' "author: {name: Camy, picture: ''}") or a list of such maps; a map's other fields no name."""
from __future__ import annotations

import re

from generator.markdown_text import fold_text

#: The fields of an author's map that hold the name, in the order they are tried.
NAME_FIELDS = ("name", "display_name", "displayname", "full_name", "fullname", "title")

#: An e-mail address a crawler writes beside the name, bracketed or not ("Jane Roe (jane@x.com)", "[jane@x.com]").
_EMAIL = re.compile(r"[(\[<]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)\]>]?")
#: The byline's "By" a crawler copies into the author field.
_BY = re.compile(r"^by\s+", re.I)

#: Frontmatter scalars that mean "no value".
NULL_VALUES = {"", "~", "null", "none"}


class MetadataError(ValueError):
    """A frontmatter value that cannot be coerced; the message says what was expected."""


class ShapeError(MetadataError):
    """A value of another shape than its key's (a list or a map where text is due): the key is dropped, the post read."""


def _kind_of(value: object) -> str:
    return "list" if isinstance(value, list) else "mapping" if isinstance(value, dict) else type(value).__name__


def coerce_text(value: object) -> str:
    """One line of text: numbers and words become strings, whitespace is folded; lists and mappings are errors."""
    if isinstance(value, (list, dict)):
        raise ShapeError(f"expected text, got a {_kind_of(value)}")
    return fold_text(value)


def coerce_names(value: object) -> list[str]:
    """A list of names from a YAML list or a comma-separated string."""
    if isinstance(value, dict):
        raise ShapeError("expected a list of names, got a mapping")
    items = value if isinstance(value, list) else str(value).split(",")
    if any(isinstance(item, (list, dict)) for item in items):
        raise ShapeError("expected a list of names, got nested lists or mappings")
    return [name for name in (coerce_text(item) for item in items) if name.lower() not in NULL_VALUES]


def _name(value: object) -> str | None:
    """One author's name: text as written, a map's name field ("" when it has none); None for a list."""
    if isinstance(value, dict):
        fields = {str(key).strip().lower(): item for key, item in value.items()}
        found = next((fields[key] for key in NAME_FIELDS if isinstance(fields.get(key), str) and fields[key].strip()), "")
        return fold_text(found)
    return None if isinstance(value, list) else _byline_name(fold_text(value))


def _byline_name(text: str) -> str:
    """An author field as a crawler copies the byline: its e-mail address and "By" left out, its capitals made a name's
    ("BY SARAH KIM [kim.sarah@example.com]" is Sarah Kim; "유지호(id@example.com)" is 유지호)."""
    name = _BY.sub("", fold_text(_EMAIL.sub(" ", text)))
    return name.title() if name.isupper() and len(name.split()) > 1 else name


def coerce_author(value: object) -> str:
    """The author's names, several joined by commas ("Jane Roe, John Doe"), from text, a list, a map or a list of maps."""
    names = [_name(item) for item in value] if isinstance(value, list) else [_name(value)]
    if any(name is None for name in names):
        raise ShapeError(f"expected names, got a {_kind_of(value)}")
    return ", ".join(name for name in names if name and name.lower() not in NULL_VALUES)
