"""The stores on disk: small pickles by key (sources, annotations, knowledge) and the page store (pack + journal)."""
from __future__ import annotations

import os
import pickle
import secrets
import time
from collections.abc import Container, Mapping
from pathlib import Path
from typing import Any, Iterator, NamedTuple

from generator.incremental.fingerprint import content_digest
from generator.incremental.recording import Dependency

#: Bumped by hand if the stored layout changes.
STORE_FORMAT = 3
#: Contents this large are stored in a file of their own rather than in the pack.
OWN_FILE_BYTES = 1 << 20
#: A deferred save is written at the latest with the first save this many seconds after the last write.
FLUSH_SECONDS = 60.0


class PickleCache:
    """Values on disk under ``directory`` (None: no cache), one small file per key."""

    def __init__(self, directory: Path | None):
        self.directory = directory

    def _path(self, key: str) -> Path:
        assert self.directory is not None
        return self.directory / key[:2] / f"{key}.pickle"

    def get(self, key: str, kind: type | tuple[type, ...]) -> Any:
        """The cached value under ``key`` if it is of ``kind``, else None."""
        if self.directory is None:
            return None
        try:
            with self._path(key).open("rb") as handle:
                found = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None
        return found if isinstance(found, kind) else None

    def put(self, key: str, value: object) -> None:
        """Store a value; a cache that cannot be written is simply not used."""
        if self.directory is None:
            return
        path = self._path(key)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # workers may write at the same time
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            try:
                temporary.write_bytes(data)
            except FileNotFoundError:  # its folder is made only then: a cold build writes thousands of values into 256 folders
                path.parent.mkdir(parents=True, exist_ok=True)
                temporary.write_bytes(data)
            temporary.replace(path)
        except OSError:
            pass



class StoredPage(NamedTuple):
    """What the store keeps of one rendered page."""

    job: str  # fingerprint of the page's own values, code, templates and knowledge base
    dependencies: tuple[Dependency, ...]  # the index entries it read
    content: str  # digest of the Markdown


class StoredBuild(NamedTuple):
    """The last build's pages, and the digest each index entry they read had then."""

    pages: dict[str, StoredPage]
    digests: dict[Dependency, str]


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
            "pages": {path: page for path, page in pages.items() if not same_page(previous.pages.get(path), page)},
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


def same_page(old: StoredPage | None, new: StoredPage) -> bool:
    """Whether a stored page is unchanged (a reused page is the very same object)."""
    return old is new or old == new
