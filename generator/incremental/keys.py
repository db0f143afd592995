"""Every cache key, in one place, each derived from the code and data its values depend on.

A key's code part is the source of a stage's package and of every generator module it imports, directly
or not (read from its import statements, never listed by hand), so no module that shapes a cached value can
change without changing its key. Its data part is what the stage reads: a source file's bytes and the
limits; an article's digest and the knowledge base; the knowledge files and the libraries that fill them
in; the templates, the knowledge base and the site URL. Any change is a miss, never a stale hit.

``package`` is the generator package's folder: a test copies it, edits one file and sees which keys move.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from generator.incremental.store import STORE_FORMAT
from generator.model import Article

#: Bumped by hand only if a pickled layout changes without a source change (it should not).
CACHE_FORMAT = "3"
#: The generator package (the folder named ``generator``).
PACKAGE = Path(__file__).resolve().parent.parent
#: The code that makes each cache's values: these packages and modules, and every generator module they import.
SOURCES_CODE = ("generator.sources", "generator.incremental.cleaned")
ANNOTATIONS_CODE = ("generator.annotate",)
KNOWLEDGE_CODE = ("generator.knowledge",)
PAGES_CODE = ("generator.render",)
#: The libraries whose versions shape each cache's values.
KNOWLEDGE_LIBRARIES = ("pycountry", "countryinfo", "PyYAML", "babel")
ANNOTATION_LIBRARIES = ("pyahocorasick",)
PAGE_LIBRARIES = ("jinja2", "feedgen")
#: Saved pages are read by trafilatura and htmldate: another version may extract other text. Line guards use pyahocorasick.
SOURCE_LIBRARIES = ("trafilatura", "htmldate", "pyahocorasick")


def module_files(name: str, package: Path, whole: bool = False) -> list[Path]:
    """The files of a generator module: its own, or a package's ``__init__.py`` (with ``whole``, all its modules), and its package's data."""
    target = package.joinpath(*name.split(".")[1:])
    if target.is_dir():
        return (sorted(target.glob("*.py")) if whole else [target / "__init__.py"]) + data_files(target)
    path = target.with_suffix(".py")
    return [path, *data_files(path.parent)] if path.is_file() else []


def data_files(folder: Path) -> list[Path]:
    """The data a package's modules read (its ``data/`` folder: word lists): part of every key its code is."""
    return sorted(p for p in (folder / "data").glob("*") if p.is_file())


def imported_names(path: Path) -> frozenset[str]:
    """The generator modules a source file imports (anywhere in it: imports inside functions count too)."""
    return _imported_names(path.read_bytes())


#: An import statement's start, wherever it stands (imports inside functions count too). Text in a string that reads
#: as one only adds a module to a key; tests/incremental/test_keys.py checks it finds every import ``ast`` finds.
_IMPORT = re.compile(r"^[ \t]*(?:from[ \t]+(?P<module>[\w.]+)[ \t]+import[ \t]+(?P<names>\([^)]*\)|[^\n]*)|import[ \t]+(?P<modules>[^\n]*))",
                     re.M)
_COMMENT = re.compile(r"#[^\n]*")


@lru_cache(maxsize=None)
def _imported_names(source: bytes) -> frozenset[str]:
    """The generator modules a module's source imports (by content: every stage's closure reads the same files).

    Read from the import statements' text, not a parsed tree: parsing every module to find a few lines cost more
    than a third of a second in each process that computes a key (each annotation worker does).
    """
    names: set[str] = set()
    for statement in _IMPORT.finditer(_COMMENT.sub("", source.decode("utf-8"))):  # a comment may hold a bracket
        module = statement.group("module")
        listed = (statement.group("names") or statement.group("modules")).strip("() \t\r\n")
        words = [part.split()[0] for part in listed.split(",") if part.split()]  # "name as alias": the name
        if module is None:
            names.update(words)
        else:
            names.add(module)
            names.update(f"{module}.{word}" for word in words)  # ``from package import module``
    return frozenset(name for name in names if name == "generator" or name.startswith("generator."))


def _parents(name: str) -> list[str]:
    """The packages importing ``name`` runs first (``generator``, ``generator.render``...)."""
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


@lru_cache(maxsize=None)
def module_closure(stages: tuple[str, ...], package: Path = PACKAGE) -> tuple[Path, ...]:
    """The source files of ``stages`` and of every generator module they import, transitively (with their packages)."""
    seen: set[Path] = set()
    todo = [path for stage in stages for name in (stage, *_parents(stage))
            for path in module_files(name, package, whole=name == stage)]
    # Most modules import the same few: each one's files (and data folder) are listed and queued once, not again for
    # every module importing it (the annotators' package alone queued its 87 data files for each of its 170 modules).
    listed: set[str] = set()
    while todo:
        path = todo.pop()
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        for imported in imported_names(path) if path.suffix == ".py" else ():
            for name in (imported, *_parents(imported)):
                if name not in listed:
                    listed.add(name)
                    todo.extend(module_files(name, package))
    return tuple(sorted(seen))


@lru_cache(maxsize=None)
def code_digest(stages: tuple[str, ...], package: Path = PACKAGE) -> str:
    """A hash of the source of ``stages``' closure, by path relative to the package (so a copy hashes the same)."""
    digest = hashlib.sha256(CACHE_FORMAT.encode())
    for path in module_closure(stages, package):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=None)
def libraries_digest(names: tuple[str, ...]) -> str:
    """The installed versions of some libraries, as one text."""
    return ",".join(f"{name}={metadata.version(name)}" for name in names)


def folder_digest(folder: Path) -> str:
    """A hash of every file below a folder (the templates, the knowledge base), by relative path and content."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode("utf-8", "surrogateescape") + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def knowledge_key(directory: Path, package: Path = PACKAGE) -> str:
    """The key of a loaded knowledge base: its files, the code that reads them and the libraries it draws on."""
    material = f"{code_digest(KNOWLEDGE_CODE, package)}|{libraries_digest(KNOWLEDGE_LIBRARIES)}|{folder_digest(directory)}"
    return hashlib.sha256(material.encode()).hexdigest()


def source_key(relative: str, data: bytes, limits: tuple[int, ...], package: Path = PACKAGE) -> str:
    """The key of one source file's cleaned articles: its path and bytes, the limits and the reading/cleaning code."""
    material = f"{code_digest(SOURCES_CODE, package)}|{libraries_digest(SOURCE_LIBRARIES)}|{limits!r}|{relative}|"
    digest = hashlib.sha256(material.encode("utf-8", "surrogateescape"))
    digest.update(data)
    return digest.hexdigest()


def article_digest(article: Article) -> str:
    """A hash of everything an article holds (text, structure and metadata)."""
    material = f"{article!r}|{sorted(article.meta.items())!r}"
    return hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()


def annotations_key(digest: str, knowledge: str, package: Path = PACKAGE) -> str:
    """The key of one article's annotations (its digest), under a knowledge base (its key) and the annotators' code."""
    material = f"{code_digest(ANNOTATIONS_CODE, package)}|{libraries_digest(ANNOTATION_LIBRARIES)}|{knowledge}|{digest}"
    return hashlib.sha256(material.encode()).hexdigest()


def prepare_annotations_keys(package: Path = PACKAGE) -> None:
    """Work out what every annotations key shares (the code's and libraries' digests) now: forked workers inherit it."""
    code_digest(ANNOTATIONS_CODE, package)
    libraries_digest(ANNOTATION_LIBRARIES)


def pages_key(templates_dir: Path, knowledge: str, site_url: str, package: Path = PACKAGE) -> str:
    """What every page's fingerprint starts with: the rendering code, libraries, templates, knowledge base and site URL."""
    code = f"{STORE_FORMAT}|{code_digest(PAGES_CODE, package)}|{libraries_digest(PAGE_LIBRARIES)}"
    return f"{hashlib.sha256(code.encode()).hexdigest()[:16]}|{folder_digest(templates_dir)}|{knowledge}|{site_url}"
