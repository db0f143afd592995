"""Recording reads: while a page renders, the index it sees notes every entry the templates read."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import fields, replace
from typing import Any, Iterator

#: The key recorded when a whole mapping or list is read; no real key is a one-element tuple.
ALL = ("*all*",)
Dependency = tuple[str, Any]  # (index field, key)


class ReadLog:
    """The index entries read since the last ``start()``."""

    __slots__ = ("reads",)

    def __init__(self) -> None:
        self.reads: set[Dependency] = set()

    def start(self) -> None:
        """Forget earlier reads: a new page begins."""
        self.reads = set()


class RecordingMapping(Mapping):
    """A read-only mapping that notes each key read (and ALL when it is iterated or measured)."""

    __slots__ = ("_name", "_data", "_log")

    def __init__(self, name: str, data: Mapping, log: ReadLog):
        self._name, self._data, self._log = name, data, log

    def __getitem__(self, key: Any) -> Any:
        self._log.reads.add((self._name, key))
        return self._data[key]

    def get(self, key: Any, default: Any = None) -> Any:
        self._log.reads.add((self._name, key))
        return self._data.get(key, default)

    def __contains__(self, key: object) -> bool:
        self._log.reads.add((self._name, key))
        return key in self._data

    def __iter__(self) -> Iterator:
        self._log.reads.add((self._name, ALL))
        return iter(self._data)

    def __len__(self) -> int:
        self._log.reads.add((self._name, ALL))
        return len(self._data)

    def items(self):  # type: ignore[override]
        self._log.reads.add((self._name, ALL))
        return self._data.items()

    def values(self):  # type: ignore[override]
        self._log.reads.add((self._name, ALL))
        return self._data.values()

    def keys(self):  # type: ignore[override]
        self._log.reads.add((self._name, ALL))
        return self._data.keys()


class RecordingSequence(Sequence):
    """A read-only sequence; any read of it counts as reading all of it."""

    __slots__ = ("_name", "_data", "_log")

    def __init__(self, name: str, data: Sequence, log: ReadLog):
        self._name, self._data, self._log = name, data, log

    def __getitem__(self, item: Any) -> Any:
        self._log.reads.add((self._name, ALL))
        return self._data[item]

    def __len__(self) -> int:
        self._log.reads.add((self._name, ALL))
        return len(self._data)

    def __iter__(self) -> Iterator:
        self._log.reads.add((self._name, ALL))
        return iter(self._data)


def recording(index: Any, log: ReadLog) -> Any:
    """A copy of a frozen index whose mappings and sequences note every read in ``log``."""
    wrapped: dict[str, Any] = {}
    for field in fields(index):
        value = getattr(index, field.name)
        if isinstance(value, Mapping):
            wrapped[field.name] = RecordingMapping(field.name, value, log)
        elif isinstance(value, (tuple, list)):
            wrapped[field.name] = RecordingSequence(field.name, value, log)
    return replace(index, **wrapped)
