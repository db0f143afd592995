"""Incremental rendering: a page is rendered again only when something it read has changed.

While a page renders, a RecordingIndex hands the templates the real index and notes every entry they
read (``postings[("countries", "JP")]``, ``by_id["some-brief"]``, the whole ``briefs`` list...). The
next build computes a digest of each recorded entry in the new index; a page whose own values, recorded
entries and code are all unchanged is taken from the store instead of rendered. The knowledge base,
templates, rendering code, library versions and site URL are part of every page's fingerprint, so
changing any of them renders everything again. A page cannot go stale this way, because every read is
recorded; the cost of a needless re-render is only time.
"""
from __future__ import annotations

import hashlib
import pickle
import secrets
import time
from collections.abc import Container, Mapping, Sequence
from dataclasses import Field, fields, is_dataclass, replace
from functools import lru_cache
from importlib import metadata
from operator import attrgetter, is_
from pathlib import Path
from typing import Any, Callable, Iterator, NamedTuple

from generator.model import Brief

#: The key recorded when a whole mapping or list is read; no real key is a one-element tuple.
ALL = ("*all*",)
#: Bumped by hand if the stored layout changes.
STORE_FORMAT = 3
#: Contents this large are stored in a file of their own rather than in the pack.
OWN_FILE_BYTES = 1 << 20
#: A deferred save is written at the latest with the first save this many seconds after the last write.
FLUSH_SECONDS = 60.0
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


@lru_cache(maxsize=1)
def rendering_code_version() -> str:
    """A hash of the code and libraries that shape a page, so changing any of them renders everything."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(str(STORE_FORMAT).encode())
    for path in sorted(package.rglob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for library in ("jinja2", "feedgen"):
        digest.update(f"{library}={metadata.version(library)}".encode())
    return digest.hexdigest()[:16]


def folder_digest(folder: Path) -> str:
    """A hash of every file below a folder (the templates), by relative path and content."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode("utf-8", "surrogateescape"))
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class StoredPage(NamedTuple):
    """What the store keeps of one rendered page."""

    job: str  # fingerprint of the page's own values, code, templates and knowledge base
    dependencies: tuple[Dependency, ...]  # the index entries it read
    content: str  # digest of the Markdown


class StoredBuild(NamedTuple):
    """The last build's pages, and the digest each index entry they read had then."""

    pages: dict[str, StoredPage]
    digests: dict[Dependency, str]


def content_digest(text: str) -> str:
    """The name a page's content is stored under."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class PageStore:
    """Pages rendered by earlier builds under ``directory``: what each read, and its content.

    Contents live in one append-only pack file (writing thousands of small files is slow on many file
    systems); the state maps each content digest to its place in the pack. When more than half the pack
    is dead, it is rewritten with the live contents only, so it stays linear in the size of the site.
    A large content (data/briefs.json, rewritten by every build) gets a file of its own instead, deleted
    when no page holds it any more, so it never leaves megabytes of dead bytes in the pack.

    The state is a base file plus a journal: a build that changed a few pages appends only what changed
    (a rebuild in `mkdocs serve` must not rewrite the whole state), and the base is written afresh when
    the journal outgrows it. Every journal record names its base, so records left over from an older base
    are ignored; a record cut short ends the journal there, and the next save writes over it.

    A long-running process (`mkdocs serve`) may defer its saves (``save(..., defer=True)``): the build is
    kept in memory, new contents with it, and written when ``flush`` is called (when the process ends) or
    when the last write is more than ``FLUSH_SECONDS`` old, so an edit does not wait for the disk. A
    process that ends without flushing leaves the last written state, which is older but still whole.
    """

    def __init__(self, directory: Path | None):
        self.directory = directory
        self._places: dict[str, tuple[int, int]] = {}
        self._base = ""  # the token of the base the journal extends
        self._base_size = 0
        self._journal_end = 0  # the journal's length up to its last whole record
        # What this object last loaded or saved, with the files' stamps: a long-running process (mkdocs
        # serve) keeps the store and skips reloading it, unless another process changed the files since.
        self._memory: tuple[tuple[int, ...] | None, StoredBuild] | None = None
        # A deferred save: the build and the contents it added that are not on disk yet.
        self._pending: tuple[StoredBuild, dict[str, str]] | None = None
        self._written_at = time.monotonic()

    def _stamp(self) -> tuple[int, ...] | None:
        try:
            stamps = [path.stat() for path in (self._state, self._pack)]
        except OSError:
            return None
        try:
            stamps.append(self._journal.stat())
        except OSError:
            pass
        return tuple(value for stat in stamps for value in (stat.st_mtime_ns, stat.st_size, stat.st_ino))

    @property
    def _state(self) -> Path:
        assert self.directory is not None
        return self.directory / "pages.pickle"

    @property
    def _journal(self) -> Path:
        assert self.directory is not None
        return self.directory / "pages.journal"

    @property
    def _pack(self) -> Path:
        assert self.directory is not None
        return self.directory / "pages.pack"

    def load(self) -> StoredBuild:
        """The pages of the last build (none when there is no usable store)."""
        if self.directory is None:
            return StoredBuild({}, {})
        stamp = self._stamp()
        if self._memory is not None and self._memory[0] == stamp:
            return self._pending[0] if self._pending is not None else self._memory[1]
        # Another process wrote the store since (its pack may have moved): what this one had not saved is dropped.
        self._pending = None
        self._places, self._base, self._base_size, self._journal_end = {}, "", 0, 0
        self._memory = (stamp, StoredBuild({}, {}))  # until a whole state is read
        try:
            data = self._state.read_bytes()
            stored = pickle.loads(data)
            size = self._pack.stat().st_size
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return StoredBuild({}, {})
        if not isinstance(stored, dict) or stored.get("format") != STORE_FORMAT:
            return StoredBuild({}, {})
        pages, digests, places = dict(stored.get("pages", {})), dict(stored.get("digests", {})), dict(stored.get("places", {}))
        self._base, self._base_size = stored.get("base", ""), len(data)
        for record in self._replay():
            for path in record["removed"]:
                pages.pop(path, None)
            pages.update(record["pages"])
            for dependency in record["dropped"]:
                digests.pop(dependency, None)
            digests.update(record["digests"])
            for digest in record["unplaced"]:
                places.pop(digest, None)
            places.update(record["places"])
        # A pack cut short (a crash, a copy) loses the contents past its end, nothing else; so does a lost file.
        self._places = {d: (start, length) for d, (start, length) in places.items()
                        if (start + length <= size if start >= 0 else self._own_file(d).is_file())}
        build = StoredBuild(pages, digests)
        self._memory = (self._stamp(), build)
        return build

    def _replay(self) -> Iterator[dict[str, Any]]:
        """The journal's whole records for the current base, in order (noting where the last one ends)."""
        try:
            with self._journal.open("rb") as handle:
                while True:
                    record = pickle.load(handle)
                    if not isinstance(record, dict) or record.get("base") != self._base or not self._base:
                        return
                    yield record
                    self._journal_end = handle.tell()
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError, KeyError):
            return

    def contents(self) -> Container[str]:
        """The digests of every stored content."""
        if self._pending is not None and self._pending[1]:
            return self._places.keys() | self._pending[1].keys()
        return self._places.keys()

    def _own_file(self, digest: str) -> Path:
        """Where a large content is kept, in a file of its own."""
        assert self.directory is not None
        return self.directory / "large" / digest

    def read(self, digest: str) -> str:
        """Stored content."""
        if self._pending is not None and digest in self._pending[1]:
            return self._pending[1][digest]
        start, length = self._places[digest]
        try:
            if start < 0:
                data = self._own_file(digest).read_bytes()
            else:
                with self._pack.open("rb") as handle:
                    handle.seek(start)
                    data = handle.read(length)
            text = data.decode("utf-8", "surrogatepass")
        except (OSError, UnicodeDecodeError):
            text = ""
        if content_digest(text) != digest:
            raise RuntimeError(f"the page cache in {self.directory} is damaged; delete it and build again")
        return text

    def save(self, pages: dict[str, StoredPage], digests: dict[Dependency, str], texts: Mapping[str, str], defer: bool = False) -> None:
        """Store this build's pages, the digests of what they read and (``texts``) new contents by digest.

        Best effort: a cache may fail. With ``defer``, keep them in memory until ``flush`` (or until the
        last write is ``FLUSH_SECONDS`` old).
        """
        if self.directory is None:
            return
        if self._pending is not None:  # contents kept earlier that this build still holds are still new to the disk
            live = {page.content for page in pages.values()}
            texts = {**{d: t for d, t in self._pending[1].items() if d in live}, **texts}
        self._pending = (StoredBuild(pages, digests), {d: t for d, t in texts.items() if d not in self._places})
        if not defer or time.monotonic() - self._written_at > FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Write a deferred save, if there is one."""
        if self._pending is None or self.directory is None:
            return
        (pages, digests), texts = self._pending
        self._pending = None
        self._written_at = time.monotonic()
        if self._memory is not None and self._memory[0] != self._stamp():
            return  # another process wrote the store meanwhile: the places this one knows may be stale, so its state wins
        previous = self._memory[1] if self._memory is not None else StoredBuild({}, {})
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            live = {p.content for p in pages.values()}
            places = {d: place for d, place in self._places.items() if d in live}
            # Dead bytes are all the pack holds beyond the live contents, whichever build left them there.
            packed = sum(length for start, length in places.values() if start >= 0)
            compacted = _size_of(self._pack) - packed > packed
            if compacted:
                places = self._compact(places)
            with self._pack.open("ab") as pack:
                offset = pack.tell()
                for digest, text in texts.items():
                    if digest in places:
                        continue
                    data = text.encode("utf-8", "surrogatepass")
                    if len(data) >= OWN_FILE_BYTES:
                        self._write_own_file(digest, data)
                        places[digest] = (-1, len(data))
                        continue
                    pack.write(data)
                    places[digest] = (offset, len(data))
                    offset += len(data)
            if compacted or not self._base or not self._append(previous, pages, digests, places):
                self._write_base(pages, digests, places)
            dropped = [digest for digest, (start, _) in self._places.items() if start < 0 and digest not in places]
            self._places = places
            self._memory = (self._stamp(), StoredBuild(pages, digests))
            for digest in dropped:  # only once the state that no longer holds them is written
                self._own_file(digest).unlink(missing_ok=True)
        except OSError:
            pass

    def _write_own_file(self, digest: str, data: bytes) -> None:
        """A large content, in a file of its own named by its digest."""
        target = self._own_file(digest)
        target.parent.mkdir(exist_ok=True)
        temporary = target.with_suffix(".tmp")
        temporary.write_bytes(data)
        temporary.replace(target)

    def _append(self, previous: StoredBuild, pages: dict[str, StoredPage], digests: dict[Dependency, str],
                places: dict[str, tuple[int, int]]) -> bool:
        """Append what changed since ``previous`` to the journal; False when the base should be written afresh."""
        record = {
            "base": self._base,
            "pages": {path: page for path, page in pages.items() if not _same(previous.pages.get(path), page)},
            "removed": [path for path in previous.pages if path not in pages],
            "digests": {dependency: digest for dependency, digest in digests.items() if previous.digests.get(dependency) != digest},
            "dropped": [dependency for dependency in previous.digests if dependency not in digests],
            "places": {digest: place for digest, place in places.items() if self._places.get(digest) != place},
            "unplaced": [digest for digest in self._places if digest not in places],
        }
        if not any(value for key, value in record.items() if key != "base"):
            return True  # nothing changed: nothing to append
        data = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
        if self._journal_end + len(data) > self._base_size:
            return False
        with self._journal.open("ab") as journal:
            journal.truncate(self._journal_end)  # drop a record cut short by a crash
            journal.write(data)
        self._journal_end += len(data)
        return True

    def _write_base(self, pages: dict[str, StoredPage], digests: dict[Dependency, str], places: dict[str, tuple[int, int]]) -> None:
        """Write the whole state as a new base, which leaves every journal record before it behind."""
        base = secrets.token_hex(8)
        data = pickle.dumps({"format": STORE_FORMAT, "base": base, "digests": digests, "pages": pages, "places": places},
                            protocol=pickle.HIGHEST_PROTOCOL)
        temporary = self._state.with_suffix(".tmp")
        temporary.write_bytes(data)
        temporary.replace(self._state)
        self._journal.unlink(missing_ok=True)
        self._base, self._base_size, self._journal_end = base, len(data), 0

    def _compact(self, places: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
        """Rewrite the pack with only the live contents; their new places."""
        moved: dict[str, tuple[int, int]] = {}
        temporary = self._pack.with_suffix(".tmp")
        with self._pack.open("rb") as old, temporary.open("wb") as new:
            for digest, (start, length) in sorted(places.items(), key=lambda item: item[1][0]):
                if start < 0:  # in a file of its own
                    moved[digest] = (start, length)
                    continue
                old.seek(start)
                moved[digest] = (new.tell(), length)
                new.write(old.read(length))
        temporary.replace(self._pack)
        return moved


def _size_of(path: Path) -> int:
    """A file's size, 0 when it is missing."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _same(old: StoredPage | None, new: StoredPage) -> bool:
    """Whether a stored page is unchanged (a reused page is the very same object)."""
    return old is new or old == new


class Pages(Mapping):
    """Every generated file, by docs-relative path; pages reused from the store are read only when asked for."""

    def __init__(self, texts: Mapping[str, str], stored: Mapping[str, str], store: PageStore, digests: Mapping[str, str],
                 seconds: Mapping[str, float] | None = None):
        self.seconds = dict(seconds or {})  # how long checking, rendering and storing took
        self._texts = dict(texts)
        self._stored = dict(stored)  # path -> content digest in the store
        self._store = store
        self._digests = dict(digests)

    @classmethod
    def of(cls, texts: Mapping[str, str]) -> "Pages":
        """Pages that were all rendered in this build."""
        return cls(texts, {}, PageStore(None), {path: content_digest(text) for path, text in texts.items()})

    def __getitem__(self, path: str) -> str:
        if path in self._texts:
            return self._texts[path]
        return self._store.read(self._stored[path])

    def __iter__(self) -> Iterator[str]:
        yield from self._texts
        yield from self._stored

    def __len__(self) -> int:
        return len(self._texts) + len(self._stored)

    def __contains__(self, path: object) -> bool:
        return path in self._texts or path in self._stored

    def digest(self, path: str) -> str:
        """The content digest of a page, without reading it."""
        return self._digests[path]

    @property
    def store(self) -> PageStore:
        """The store the reused pages come from."""
        return self._store

    @property
    def rendered(self) -> int:
        """How many pages were rendered in this build (the rest came from the store)."""
        return len(self._texts)

    @property
    def rendered_paths(self) -> frozenset[str]:
        """The pages rendered in this build."""
        return frozenset(self._texts)

    def with_page(self, path: str, text: str) -> "Pages":
        """These pages plus one more (replacing a page of the same path)."""
        texts = {**self._texts, path: text}
        stored = {p: d for p, d in self._stored.items() if p != path}
        return Pages(texts, stored, self._store, {**self._digests, path: content_digest(text)}, self.seconds)
