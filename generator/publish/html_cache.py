"""MkDocs' part of a warm build, kept: each page's HTML, table of contents and search entries in .cache/html/.

MkDocs converts every page's Markdown again at every build (``Page.render``), and Material's search plugin
parses every page's HTML again. Both are pure functions of what they are given, so a page whose inputs did
not change gets the result of the last build instead:

- *Conversion* is keyed by the page's Markdown, its source path and URL, the Markdown extensions and their
  settings, the link-validation settings and the versions of the libraries that convert.
  Links to other pages depend on the rest of the site too: every lookup the conversion made in MkDocs'
  ``Files`` (a link's target path -> that file's URL, or "not found") is recorded with the entry and checked
  again on a hit, so adding a page re-converts only the pages whose links it changes. The warnings the
  conversion logged (broken links) are replayed on a hit, so ``mkdocs build --strict`` fails the same way.
- *Search entries* are keyed by the page's final HTML, table of contents, URL, title and metadata.

Entries live one file each under ``.cache/html/<kind>/``; a full build removes the ones it did not use.
Pages the cache lacks are converted on every core first (`convert_in_parallel`); the theme's output is
kept too (`theme_cache.py`).
"""
from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import shutil
import types
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, Callable

from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, get_toc

#: Bumped when what an entry holds, or how it is keyed, changes.
CACHE_FORMAT = "2"
#: The libraries whose code shapes a page's HTML and its search entries.
LIBRARIES = ("mkdocs", "Markdown", "pymdown-extensions", "mkdocs-material", "Pygments")
#: Markdown extensions that read other files while converting: a page's Markdown does not determine its HTML.
UNCACHEABLE_EXTENSIONS = frozenset({"pymdownx.snippets", "markdown_include.include", "mdx_include"})
#: The folder prefix of the theme's output of pages, one folder per site address (`theme_cache.py`).
OUTPUT_KIND = "output"
#: Beside each such folder, the digest of the site (theme, configuration, navigation) its last build rendered.
SITE_SUFFIX = ".site"
#: The conversion's own warnings go to these loggers (MkDocs' link checks, Markdown's extensions).
CAPTURED_LOGGERS = ("mkdocs", "MARKDOWN")


@dataclass(frozen=True, slots=True)
class Converted:
    """What ``Page.render`` leaves on a page, and what it depended on besides its key."""

    content: str
    toc_tokens: list
    title: str | None
    anchors: frozenset[str]
    links_to_anchors: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] | None
    lookups: tuple[tuple[str, tuple[str, bool] | None], ...]  # target path -> (URL, excluded) or not found
    messages: tuple[tuple[str, int, str], ...]  # (logger, level, message) logged while converting
    levels: tuple[int, ...]  # the log levels then (log_levels()): what was not logged was not kept either


#: The logger whose level decides whether MkDocs notes links to anchors (``Page.links_to_anchors``).
PAGES_LOGGER = "mkdocs.structure.pages"


def log_levels() -> tuple[int, ...]:
    """The effective levels of the loggers a conversion logs to, and of MkDocs' pages logger."""
    return tuple(logging.getLogger(name).getEffectiveLevel() for name in (*CAPTURED_LOGGERS, PAGES_LOGGER))


def serves(converted: Converted, levels: tuple[int, ...]) -> bool:
    """Whether a conversion kept at some log levels holds all a conversion at ``levels`` would log and note.

    Messages are kept down to the levels of their build, so they serve a build as quiet or quieter
    (`mkdocs build -q` after `mkdocs build`); links to anchors are noted only above DEBUG.
    """
    return (all(kept <= now for kept, now in zip(converted.levels, levels))
            and (converted.levels[-1] > logging.DEBUG) == (levels[-1] > logging.DEBUG))


def _file_state(found: File | None) -> tuple[str, bool] | None:
    """What a link to a file turns into: its URL, and whether it is left out of the site."""
    return None if found is None else (found.url, found.inclusion.is_excluded())


class _RecordingFiles:
    """MkDocs' Files as the conversion sees them, noting every path it looks up."""

    def __init__(self, files: Files) -> None:
        self._files = files
        self.lookups: dict[str, tuple[str, bool] | None] = {}

    def get_file_from_path(self, path: str) -> File | None:
        found = self._files.get_file_from_path(path)
        self.lookups[path] = _file_state(found)
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self._files, name)

    def __iter__(self):
        return iter(self._files)


class _Capture(logging.Handler):
    """Keeps the records logged while one page converts."""

    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


def settings_digest(config) -> str:
    """Everything besides a page's own Markdown and path that shapes every page's HTML."""
    extensions = config["markdown_extensions"]
    material = repr((
        CACHE_FORMAT, [f"{name}={_version(name)}" for name in LIBRARIES], list(map(str, extensions)),
        sorted((str(k), repr(v)) for k, v in (config["mdx_configs"] or {}).items()),
        config["use_directory_urls"], repr(config["validation"]),
    ))
    return hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def cacheable(config) -> bool:
    """Whether the configured Markdown extensions make a page's HTML a function of its Markdown."""
    return not any(str(name) in UNCACHEABLE_EXTENSIONS for name in config["markdown_extensions"])


class HtmlCache:
    """Converted pages and search entries of earlier builds, one file per entry below ``folder``."""

    def __init__(self, folder: Path, config) -> None:
        self.folder = folder
        self.settings = settings_digest(config)
        self.used: set[Path] = set()
        self.hits = self.misses = self.outputs_hit = 0
        self.converted: set[str] = set()  # the pages converted in this build (src_uri): their theme output changed
        self.output_kind = OUTPUT_KIND  # theme_cache names it after the site's address
        self._files: Files | None = None
        self._states: dict[str, tuple[str, bool] | None] = {}

    def _state_of(self, files: Files, path: str) -> tuple[str, bool] | None:
        """What a link to ``path`` turns into in ``files``; many pages link to the same few pages, so it is remembered."""
        if files is not self._files:
            self._files, self._states = files, {}
        if path not in self._states:
            self._states[path] = _file_state(files.get_file_from_path(path))
        return self._states[path]

    # -- storage --------------------------------------------------------------------------------------------

    def _path(self, kind: str, key: str) -> Path:
        return self.folder / kind / key[:2] / key

    def _load(self, kind: str, key: str) -> Any:
        path = self._path(kind, key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        self.used.add(path)
        try:
            return pickle.loads(data)
        except Exception:  # a damaged entry is a miss
            return None

    def _save(self, kind: str, key: str, value: Any) -> None:
        path = self._path(kind, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, path)
        self.used.add(path)

    def prune(self) -> int:
        """Remove the entries this build did not use (call only after a build that converted every page).

        The theme's output for one other site address is kept whole: `mkdocs serve` renders every page for its
        local address, and a `mkdocs build` between two previews would otherwise throw that work away.
        """
        removed = 0
        if not self.folder.is_dir():
            return 0
        others = sorted((p for p in self.folder.glob(f"{OUTPUT_KIND}-*") if p.name != self.output_kind and p.is_dir()),
                        key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
        for stale in others[1:]:
            removed += sum(1 for entry in stale.glob("*/*") if entry.is_file())
            shutil.rmtree(stale)
            stale.with_name(f"{stale.name}{SITE_SUFFIX}").unlink(missing_ok=True)
        for path in self.folder.glob("*/*/*"):
            if path.parent.parent in others[:1]:
                continue
            if path not in self.used and path.is_file():
                path.unlink()
                removed += 1
        return removed

    # -- conversion -----------------------------------------------------------------------------------------

    def page_key(self, page: Page) -> str:
        """The key of a page's conversion: the settings, its path, URL and inclusion, and its Markdown."""
        digest = hashlib.sha256(self.settings.encode())
        file = page.file
        digest.update(f"\0{file.src_uri}\0{file.url}\0{file.inclusion.is_excluded()}\0".encode("utf-8", "surrogatepass"))
        digest.update((page.markdown or "").encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def render(self, page: Page, original: Callable[[Any, Files], None], config, files: Files) -> None:
        """``page.render``: restore the last conversion of the same inputs, or convert and keep the result."""
        key = self.page_key(page)
        found = self._load("pages", key)
        levels = log_levels()
        if isinstance(found, Converted) and serves(found, levels) and all(self._state_of(files, path) == state
                                                                          for path, state in found.lookups):
            self.hits += 1
            _restore(page, found, files)
            return
        self.misses += 1
        self.converted.add(page.file.src_uri)
        recording = _RecordingFiles(files)
        capture = _Capture()
        loggers = [logging.getLogger(name) for name in CAPTURED_LOGGERS]
        for logger in loggers:
            logger.addHandler(capture)
        try:
            original(config, recording)  # type: ignore[arg-type]
        finally:
            for logger in loggers:
                logger.removeHandler(capture)
        links = page.links_to_anchors
        converted = Converted(
            content=page.content or "",
            toc_tokens=toc_tokens(page.toc),
            title=page._title_from_render,
            anchors=frozenset(page.present_anchor_ids or ()),
            links_to_anchors=None if links is None else tuple(
                (target.src_uri, tuple(anchors.items())) for target, anchors in links.items()),
            lookups=tuple(recording.lookups.items()),
            messages=tuple(capture.records),
            levels=levels,
        )
        self._save("pages", key, converted)

    # -- search entries -------------------------------------------------------------------------------------

    def search_key(self, page: Page) -> str:
        """The key of a page's search entries: its HTML, table of contents, URL, title and metadata."""
        material = repr((self.settings, page.url, page.title, sorted((str(k), repr(v)) for k, v in page.meta.items()),
                         toc_tokens(page.toc)))
        digest = hashlib.sha256(material.encode("utf-8", "surrogatepass"))
        digest.update((page.content or "").encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def add_search_entries(self, index, original: Callable[[Page], None], page: Page) -> None:
        """``SearchIndex.add_entry_from_context``: append the page's entries kept from the last build, or make them."""
        key = self.search_key(page)
        found = self._load("search", key)
        if isinstance(found, list):
            index.entries.extend(dict(entry) for entry in found)
            return
        before = len(index.entries)
        original(page)
        self._save("search", key, index.entries[before:])


def toc_tokens(toc) -> list:
    """A table of contents as the tokens it is made from (what get_toc takes)."""
    return [_token(item) for item in toc]


def _token(item: AnchorLink) -> dict:
    return {"level": item.level, "id": item.id, "name": item.title, "children": [_token(c) for c in item.children]}


def _restore(page: Page, converted: Converted, files: Files) -> None:
    """Leave on a page what its conversion left, and log again what it logged."""
    page.content = converted.content
    page.toc = get_toc(converted.toc_tokens)
    page._title_from_render = converted.title
    page.present_anchor_ids = set(converted.anchors)
    if converted.links_to_anchors is not None:
        links: dict[File, dict[str, str]] = {}
        for src_uri, anchors in converted.links_to_anchors:
            target = page.file if src_uri == page.file.src_uri else files.get_file_from_path(src_uri)
            if target is not None:
                links[target] = dict(anchors)
        page.links_to_anchors = links
    for name, level, message in converted.messages:
        logging.getLogger(name).log(level, "%s", message)


#: Fewer pages to convert than this are converted in the build's own process: forking costs more than it saves.
PARALLEL_PAGES = 16


def _already_read(config) -> None:
    """``Page.read_source`` for a page whose source was read before the build went through the pages."""


def missing_pages(cache: HtmlCache, pages: list[Page], config) -> list[Page]:
    """The pages whose conversion is not in the cache (their Markdown read as MkDocs will read it)."""
    missing = []
    for page in pages:
        page.read_source(config)
        # MkDocs reads each page again before converting it: parsing every page's metadata twice costs a second at
        # 1,000 articles, and the text and metadata are those just read.
        page.read_source = _already_read  # type: ignore[method-assign]
        if not cache._path("pages", cache.page_key(page)).is_file():
            missing.append(page)
    return missing


def convert_in_parallel(cache: HtmlCache, pages: list[Page], config, files: Files, search_index=None,
                        workers: int | None = None) -> int:
    """Convert the pages the cache lacks in forked worker processes, into the cache; the build then finds them.

    Conversion is independent from page to page, and MkDocs does it one page after another: this uses every
    core. Other plugins' ``on_page_markdown`` cannot run here; if one changes a page's Markdown, the key the
    build computes differs and the build converts that page itself, so the output stays the same.
    Returns the number of pages converted.
    """
    workers = workers or os.cpu_count() or 1
    missing = missing_pages(cache, pages, config)
    if workers < 2 or len(missing) < PARALLEL_PAGES:
        return 0
    chunks = [[page.file.src_uri for page in missing[i::workers]] for i in range(workers)]
    cache.converted.update(page.file.src_uri for page in missing)
    return sum(map_forked(_convert_chunk, chunks, (cache, config, files, search_index)))


#: What forked workers inherit from ``map_forked``: the state their function reads.
_FORKED: tuple | None = None


def map_forked(function: Callable[[list[str]], int], chunks: list[list[str]], state: tuple) -> list[int]:
    """``function`` over ``chunks`` in forked workers, one per chunk, which inherit ``state`` instead of a pickled copy."""
    import multiprocessing

    global _FORKED
    _FORKED = state
    gc.freeze()  # the workers' collections never walk (and so never copy) the build's memory they share
    try:
        with multiprocessing.get_context("fork").Pool(len(chunks)) as pool:
            return pool.map(function, chunks)
    finally:
        _FORKED = None
        gc.unfreeze()


def forked_state() -> tuple:
    """In a worker of ``map_forked``: its state, with the parent's log handlers removed (messages are the build's)."""
    assert _FORKED is not None
    for name in (None, *CAPTURED_LOGGERS):
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
    logging.getLogger().addHandler(logging.NullHandler())
    return _FORKED


def _convert_chunk(src_uris: list[str]) -> int:
    """In a worker: convert some pages into the cache (their messages are kept with them, not printed here)."""
    cache, config, files, search_index = forked_state()
    for src_uri in src_uris:
        page = files.get_file_from_path(src_uri).page
        cache.render(page, types.MethodType(type(page).render, page), config, files)
        if search_index is not None:
            index = type(search_index)(**search_index.config)
            cache.add_search_entries(index, index.add_entry_from_context, page)
    return len(src_uris)
