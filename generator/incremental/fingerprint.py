"""Fingerprints: stable digests of page inputs and index entries, so a rebuild can tell what changed."""
from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import Field, fields, is_dataclass
from functools import lru_cache
from operator import attrgetter, is_
from typing import Any, Callable

from generator.incremental.recording import ALL, Dependency
from generator.model import Brief

#: Types whose repr is their whole value, quickly.
PLAIN = frozenset({str, int, float, bool, type(None)})


class Fingerprinter:
    """Stable text encodings of page inputs; a brief stands for its content digest, not its whole text."""

    def __init__(self, brief_digest: Callable[[Brief], str], remembered: Mapping[int, tuple[Any, str]] | None = None):
        self._brief_digest = brief_digest
        self._briefs: dict[str, str] = {}
        # With ``remembered`` (a serving process), each record's printed fields by identity (the record is
        # held, so its id is not reused): ``remembered`` from the last build, ``records`` what this one
        # printed. Records are immutable, and most of a new list or mapping of them (all the terms) are the
        # very records it held before. A one-off build prints each list in one C call instead.
        self._remembered = remembered
        self.records: dict[int, tuple[Any, str]] = {}

    def brief(self, brief: Brief) -> str:
        """The id and content digest of one brief (memoised: briefs are read by many pages)."""
        found = self._briefs.get(brief.id)
        if found is None:
            found = self._briefs[brief.id] = f"{brief.id}:{self._brief_digest(brief)}"
        return found

    def encode(self, value: Any) -> str:
        """A text that changes whenever the value does."""
        out: list[str] = []
        self._encode(value, out)
        return "".join(out)

    def digest(self, value: Any) -> str:
        """A short hash of ``encode(value)``."""
        return text_digest(self.encode(value))

    def _encode(self, value: Any, out: list[str]) -> None:
        kind = type(value)
        if kind in PLAIN:
            out.append(repr(value))
        elif kind is Brief:
            out.append(f"B{self.brief(value)}")
        elif kind is tuple or kind is list:
            if value and record_fields(type(value[0])) is not None and len(set(map(type, value))) == 1:
                out.append(self.plain(value))  # records without briefs (postings, terms): printed in one go
                return
            out.append("(")
            for item in value:
                self._encode(item, out)
                out.append(",")
            out.append(")")
        elif isinstance(value, Mapping):
            out.append("{")
            for key, item in value.items():
                self._encode(key, out)
                out.append(":")
                self._encode(item, out)
                out.append(",")
            out.append("}")
        elif may_hold_briefs(kind):
            # A container of briefs (a page of a list): field by field, so each brief counts as its digest.
            out.append(kind.__name__)
            self._encode(field_values(kind)(value), out)
        else:
            out.append(self.plain(value))

    def plain(self, value: Any) -> str:
        """The encoding of a value known to hold no briefs: its repr, records field by field (faster)."""
        kind = type(value)
        if (kind is tuple or kind is list) and value:
            getter = record_fields(type(value[0]))
            if getter is not None:
                if len(set(map(type, value))) == 1:  # one kind of record: one name, the fields' reprs in C
                    return f"{type(value[0]).__name__}*{self._records(value, getter)}"
                return "(" + ",".join([self.plain(item) for item in value]) + ")"
        getter = record_fields(kind)
        if getter is not None:
            return kind.__name__ + repr(getter(value))  # repr of a tuple of names, numbers...: done in C
        if isinstance(value, Mapping) and value:
            # A mapping of one kind of record (terms by key): its keys, then the records' fields, each list in C,
            # rather than each record's generated __repr__ in Python.
            values = list(value.values())
            getter = record_fields(type(values[0]))
            if getter is not None and len(set(map(type, values))) == 1:
                return f"{kind.__name__}{list(value)!r}:{type(values[0]).__name__}*{self._records(values, getter)}"
        return repr(value)  # names, numbers, dates, and mappings and tuples of them print all they hold


    def _records(self, records: Sequence[Any], getter: Callable[[Any], tuple]) -> str:
        """The reprs of records' fields as one list: in one C call, or record by record from what was printed."""
        if self._remembered is None:
            return repr(list(map(getter, records)))
        printed, remembered = self.records, self._remembered
        parts = []
        for record in records:
            found = printed.get(id(record))
            if found is None:
                found = remembered.get(id(record))
                if found is None or found[0] is not record:
                    found = (record, repr(getter(record)))
                printed[id(record)] = found
            parts.append(found[1])
        return "[" + ", ".join(parts) + "]"  # the same text as the one C call


@lru_cache(maxsize=None)
def record_fields(kind: type) -> Callable[[Any], tuple] | None:
    """For a dataclass that holds no briefs, a function giving its field values as a tuple; else None."""
    if not is_dataclass(kind) or may_hold_briefs(kind):
        return None
    return field_values(kind)


@lru_cache(maxsize=None)
def field_values(kind: type) -> Callable[[Any], tuple]:
    """A function giving a dataclass's field values as a tuple."""
    getter = attrgetter(*[f.name for f in fields(kind)])
    return getter if len(fields(kind)) > 1 else (lambda value: (getter(value),))


def _may_hold_briefs(field: Field) -> bool:
    """Whether a dataclass field's declared type can hold a Brief (whose repr would spell out a whole article)."""
    return "Brief" in str(field.type) or "Any" in str(field.type)


@lru_cache(maxsize=None)
def may_hold_briefs(kind: type) -> bool:
    """Whether a dataclass is a Brief or any of its declared fields can hold one."""
    return kind is Brief or (is_dataclass(kind) and any(_may_hold_briefs(f) for f in fields(kind)))


#: What a recorded read of a key returns when the key is not there.
MISSING = object()


def entry_value(index: Any, dependency: Dependency) -> Any:
    """What a recorded read returns in this index: a whole field, one of its entries, or MISSING."""
    name, key = dependency
    return field_entry(getattr(index, name), key)


def field_entry(data: Any, key: Any) -> Any:
    """What a recorded read of ``key`` returns from one index field: the field itself, an entry, or MISSING."""
    if key == ALL:
        return data
    try:
        return data[key]
    except (KeyError, IndexError, TypeError):
        return MISSING


def entry_digest(index: Any, dependency: Dependency, value: Any, printer: Fingerprinter) -> str:
    """A digest of ``value``, what a recorded read returns in this index; index fields without briefs print whole."""
    if value is MISSING:
        return text_digest("missing")
    name, key = dependency
    encode = printer.encode if index_field_holds_briefs(type(index), name) else printer.plain
    return text_digest(encode(value) if key == ALL else "found:" + encode(value))


class EntryDigests:
    """The digest of each index entry pages read, computed once per build.

    ``remembered`` holds (value, digest) pairs from the last build in this process: the index's values are
    immutable, so an entry whose value is the very same object as then has the same digest. Holding the
    values keeps them alive, so an identity can never be reused by another object.
    """

    def __init__(self, index: Any, printer: Fingerprinter, remembered: Mapping[Dependency, tuple[Any, str]]):
        self._index, self._printer, self._remembered = index, printer, remembered
        self.values: dict[Dependency, tuple[Any, str]] = {}

    def __call__(self, dependency: Dependency) -> str:
        found = self.values.get(dependency)
        if found is None:
            found = self._digest(dependency, entry_value(self._index, dependency))
        return found[1]

    def _digest(self, dependency: Dependency, value: Any) -> tuple[Any, str]:
        """(value, digest) of an entry, remembered from the last build when it is the very same value."""
        found = self._remembered.get(dependency)
        if found is None or found[0] is not value:
            found = (value, entry_digest(self._index, dependency, value, self._printer))
        self.values[dependency] = found
        return found

    def changed(self, digests: Mapping[Dependency, str]) -> set[Dependency]:
        """The entries whose digest is no longer the one in ``digests`` (the last build's): one pass, fields looked up once."""
        fields_by_name: dict[str, Any] = {}
        moved = set()
        for dependency, digest in digests.items():
            name, key = dependency
            data = fields_by_name.get(name, MISSING)
            if data is MISSING:
                data = fields_by_name[name] = getattr(self._index, name)
            if self._digest(dependency, field_entry(data, key))[1] != digest:
                moved.add(dependency)
        return moved


#: Types compared by value in same_objects (not float: 0.0 == -0.0, yet they print differently).
EXACT = frozenset({str, int, bool, type(None)})


def same_objects(a: Any, b: Any) -> bool:
    """Whether two values are built of the very same objects, in the same order (so they print the same).

    Cheap where it matters: identical objects are not looked into. Names and whole numbers are compared
    by value, tuples, lists, dicts (in order) and records item by item; anything else must be the same object.
    """
    if a is b:
        return True
    kind = type(a)
    if kind is not type(b):
        return False
    if kind in EXACT:
        return a == b
    if kind is tuple or kind is list:
        return len(a) == len(b) and (all(map(is_, a, b)) or all(map(same_objects, a, b)))
    if kind is dict:
        return list(a) == list(b) and all(same_objects(a[key], b[key]) for key in a)
    if is_dataclass(kind):
        getter = field_values(kind)
        return same_objects(getter(a), getter(b))
    return False


def text_digest(text: str) -> str:
    """A short hash of a text (fingerprints, not content addresses)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


@lru_cache(maxsize=None)
def index_field_holds_briefs(kind: type, name: str) -> bool:
    """Whether an index field's declared type holds briefs (by_id, briefs), so it must be encoded brief by brief."""
    return any(f.name == name and _may_hold_briefs(f) for f in fields(kind))


def content_digest(text: str) -> str:
    """The name a page's content is stored under."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
