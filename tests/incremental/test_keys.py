"""Every cache key moves exactly when something its values depend on changes, and no other key does."""
import ast
import shutil
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from generator.incremental.keys import (
    PACKAGE,
    _imported_names,
    annotations_key,
    code_digest,
    knowledge_key,
    module_closure,
    pages_key,
    source_key,
)
from generator.settings import DEFAULT_MAX_LINE_CHARS, DEFAULT_MAX_SOURCE_BYTES, DEFAULT_SITE_URL, PROJECT_ROOT

CACHES = frozenset({"sources", "annotations", "knowledge", "pages"})
#: A knowledge base's key is part of the annotations' and the pages' keys.
KNOWLEDGE = frozenset({"knowledge", "annotations", "pages"})
#: keys.py (imported by the code that makes what the sources cache keeps, and by rendering) and what it imports.
KEYS = frozenset({"sources", "pages"})


@dataclass(frozen=True)
class Project:
    """Where the code and data every key depends on live, and the settings that shape output."""

    package: Path
    knowledge_dir: Path
    templates_dir: Path
    limits: tuple[int, ...] = (DEFAULT_MAX_SOURCE_BYTES, DEFAULT_MAX_LINE_CHARS)
    site_url: str = DEFAULT_SITE_URL


def keys_of(project: Project) -> dict[str, str]:
    """The key of one value of each cache, from the files as they are now."""
    forget_code_digests()
    knowledge = knowledge_key(project.knowledge_dir, project.package)
    return {
        "sources": source_key("a.txt", b"Some text.\n", project.limits, project.package),
        "annotations": annotations_key("article-digest", knowledge, project.package),
        "knowledge": knowledge,
        "pages": pages_key(project.templates_dir, knowledge, project.site_url, project.package),
    }


def moved(before: dict[str, str], after: dict[str, str]) -> frozenset[str]:
    """The caches whose key changed."""
    return frozenset(name for name in CACHES if before[name] != after[name])


@pytest.fixture(scope="module")
def baseline() -> dict[str, str]:
    return keys_of(Project(PACKAGE, PROJECT_ROOT / "knowledge", PROJECT_ROOT / "templates"))


@pytest.fixture
def copy(tmp_path) -> Project:
    """The generator package, knowledge base and templates copied, to be edited."""
    shutil.copytree(PACKAGE, tmp_path / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(PROJECT_ROOT / "knowledge", tmp_path / "knowledge")
    shutil.copytree(PROJECT_ROOT / "templates", tmp_path / "templates")
    return Project(tmp_path / "generator", tmp_path / "knowledge", tmp_path / "templates")


def touch(path: Path) -> None:
    """Change a file's bytes (a comment in Python and YAML, plain text in a template)."""
    path.write_bytes(path.read_bytes() + b"\n# changed\n")


EXPECTED: dict[str, frozenset[str]] = {
    "generator/__init__.py": CACHES,
    "generator/model.py": CACHES,
    "generator/settings.py": frozenset({"sources", "pages"}),
    "generator/slugs.py": frozenset({"sources", "annotations"}),  # sources: fetch.py names saved pages by slug
    "generator/urls.py": frozenset({"pages"}),
    "generator/markdown_text.py": frozenset({"sources", "annotations", "pages"}),
    **{f"generator/sources/{p.name}": frozenset({"sources"}) for p in (PACKAGE / "sources").glob("*.py")},
    # annotate/metadata.py types declared dates with sources.metadata.coerce_date, so it shapes annotations too.
    "generator/sources/__init__.py": frozenset({"sources", "annotations"}),
    "generator/sources/metadata.py": frozenset({"sources", "annotations"}),
    "generator/sources/frontmatter_lines.py": frozenset({"sources", "annotations"}),  # metadata.py reads flat blocks with it
    "generator/sources/json_frontmatter.py": frozenset({"sources", "annotations"}),  # metadata.py reads JSON headers with it
    "generator/sources/frontmatter_names.py": frozenset({"sources", "annotations"}),  # metadata.py types text and names with it
    "generator/sources/word_lists.py": frozenset({"sources", "annotations"}),  # frontmatter_lines.py reads header keys with it
    # annotate/metadata.py reads browser title lines as splitting does.
    "generator/sources/title_lines.py": frozenset({"sources", "annotations"}),
    # annotate/metadata.py and site_names.py read "By NAME" lines as the cleaner does.
    "generator/sources/bylines.py": frozenset({"sources", "annotations"}),
    # annotate/entities.py blanks another story's headline set inside a paragraph as the cleaner reads it
    # (furniture.INLINE_RELATED, whose module reads its guards), so the annotators' key follows both.
    "generator/sources/furniture.py": frozenset({"sources", "annotations"}),
    "generator/sources/guards.py": frozenset({"sources", "annotations"}),
    # annotate/page_links.py reads the chrome's Markdown links as the reader parses them (markdown_marks.links).
    "generator/sources/markdown_marks.py": frozenset({"sources", "annotations"}),
    # annotate/author_lines.py tells a letter's sign-off from a page label as the cleaner does (noise.noise_reason, with the
    # modules it reads), so the annotators' key follows them too.
    "generator/sources/noise.py": frozenset({"sources", "annotations"}),
    "generator/sources/capitals.py": frozenset({"sources", "annotations"}),
    "generator/sources/figure_captions.py": frozenset({"sources", "annotations"}),
    "generator/sources/html_tags.py": frozenset({"sources", "annotations"}),
    # The cleaner's word lists are data of the sources package, which annotate imports (bylines, title lines): both keys move.
    **{f"generator/sources/data/{p.name}": frozenset({"sources", "annotations"}) for p in (PACKAGE / "sources" / "data").iterdir()},
    "generator/knowledge/__init__.py": KNOWLEDGE,
    "generator/knowledge/base.py": KNOWLEDGE,
    "generator/knowledge/national_names.py": KNOWLEDGE,
    "generator/knowledge/spellings.py": KNOWLEDGE,
    "generator/knowledge/translated_names.py": KNOWLEDGE,
    "generator/knowledge/taxonomies.py": KNOWLEDGE,
    **{f"generator/annotate/{p.name}": frozenset({"annotations"}) for p in (PACKAGE / "annotate").glob("*.py")},
    # Word lists the annotators read are data of their package: a changed list is changed code.
    **{f"generator/annotate/data/{p.name}": frozenset({"annotations"}) for p in (PACKAGE / "annotate" / "data").iterdir()},
    **{f"generator/index/{p.name}": frozenset({"pages"}) for p in (PACKAGE / "index").glob("*.py")},
    # Building the index is never cached on disk: pages see the index's values, fingerprinted, not this code.
    "generator/index/site_index.py": frozenset(),
    "generator/index/grouping.py": frozenset(),
    "generator/incremental/__init__.py": KEYS,
    "generator/incremental/cleaned.py": frozenset({"sources"}),
    "generator/incremental/keys.py": KEYS,
    "generator/incremental/store.py": KEYS,
    "generator/incremental/fingerprint.py": KEYS,
    "generator/incremental/recording.py": KEYS,
    "generator/incremental/memory.py": frozenset({"pages"}),
    "generator/incremental/pages.py": frozenset({"pages"}),
    "generator/incremental/session.py": frozenset(),  # keeps values between builds, makes none
    **{f"generator/render/{p.name}": frozenset({"pages"}) for p in (PACKAGE / "render").glob("*.py")},
    "generator/pipeline.py": frozenset(),  # runs the steps; every value it caches is made in a stage
    "generator/__main__.py": frozenset(),
    **{f"generator/publish/{p.name}": frozenset() for p in (PACKAGE / "publish").glob("*.py")},
    **{f"generator/{p.relative_to(PACKAGE).as_posix()}": frozenset() for p in (PACKAGE / "tools").rglob("*.py")},
    **{f"knowledge/{p.name}": KNOWLEDGE for p in (PROJECT_ROOT / "knowledge").iterdir() if p.is_file()},
    **{f"templates/{p.name}": frozenset({"pages"}) for p in (PROJECT_ROOT / "templates").iterdir() if p.is_file()},
}


def test_every_module_knows_which_caches_it_invalidates():
    """A new module (or data file) needs a row above: say which caches its changes must invalidate."""
    files = [*PACKAGE.rglob("*.py"), *(p for p in PACKAGE.rglob("data/*") if p.is_file())]
    modules = {f"generator/{p.relative_to(PACKAGE).as_posix()}" for p in files}
    assert modules - EXPECTED.keys() == set()


@pytest.mark.parametrize("relative", sorted(EXPECTED))
def test_changing_a_file_moves_exactly_the_keys_that_depend_on_it(copy, baseline, relative):
    assert keys_of(copy) == baseline  # a copy hashes the same: keys never depend on where the project lives
    touch(copy.package.parent / relative)
    assert moved(baseline, keys_of(copy)) == EXPECTED[relative]


@pytest.mark.parametrize("change, expected", [
    (lambda p: replace(p, limits=(p.limits[0] - 1, p.limits[1])), {"sources"}),  # max_source_bytes
    (lambda p: replace(p, limits=(p.limits[0], p.limits[1] + 1)), {"sources"}),  # max_line_chars
    (lambda p: replace(p, site_url="https://news.example.org/"), {"pages"}),
])
def test_changing_a_setting_that_shapes_output_moves_exactly_the_keys_that_depend_on_it(copy, baseline, change, expected):
    assert moved(baseline, keys_of(change(copy))) == expected


def test_the_sources_key_covers_kinds_wherever_it_is_defined(copy, baseline):
    """The reading/cleaning cache once missed the file that defines KINDS, which reading checks frontmatter against."""
    defining = [p for p in copy.package.rglob("*.py")
                if any(isinstance(n, ast.Assign) and any(getattr(t, "id", None) == "KINDS" for t in n.targets)
                       for n in ast.parse(p.read_bytes()).body)]
    assert len(defining) == 1
    defining[0].write_text(defining[0].read_text(encoding="utf-8").replace('"opinion"', '"op-ed"'), encoding="utf-8")
    assert {"sources", "annotations"} <= moved(baseline, keys_of(copy))


def test_a_module_a_stage_starts_to_import_joins_its_key(copy, baseline):
    """The code part of a key follows the imports: no list of files to keep up to date by hand."""
    helper = copy.package / "helper_for_test.py"
    helper.write_text("X = 1\n", encoding="utf-8")
    assert keys_of(copy) == baseline  # imported by nothing yet
    cleaning = copy.package / "sources" / "splitting.py"
    cleaning.write_text("from generator.helper_for_test import X  # noqa\n" + cleaning.read_text(encoding="utf-8"), encoding="utf-8")
    imported = keys_of(copy)
    helper.write_text("X = 2\n", encoding="utf-8")
    assert moved(imported, keys_of(copy)) == {"sources"}


def _imports_by_tree(source: bytes) -> frozenset[str]:
    """The generator modules a module imports, from its parsed tree: what the key's quicker reading must find."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return frozenset(name for name in names if name == "generator" or name.startswith("generator."))


@pytest.mark.parametrize(
    "source, expected",
    [
        pytest.param("from generator.model import Article\n", {"generator.model", "generator.model.Article"}, id="from"),
        pytest.param("import generator.slugs as slugs, json\n", {"generator.slugs"}, id="import with alias"),
        pytest.param("def f():\n    from generator.annotate import (\n        people,  # why\n        quotes,\n    )\n",
                     {"generator.annotate", "generator.annotate.people", "generator.annotate.quotes"}, id="inside a function, on lines"),
        pytest.param("from generator import urls as links  # noqa\n", {"generator", "generator.urls"}, id="a package's module"),
        pytest.param("from .model import Article\nimport json\n", set(), id="nothing of the generator"),
    ],
)
def test_imports_are_read_from_their_statements(source, expected):
    assert _imported_names(source.encode()) == expected == _imports_by_tree(source.encode())


def test_the_imports_read_are_those_of_the_parsed_tree_in_every_module():
    """Every generator module's imports, read from the statements' text, are at least those its parsed tree holds."""
    for path in sorted(PACKAGE.rglob("*.py")):
        source = path.read_bytes()
        assert _imported_names(source) >= _imports_by_tree(source), path


def forget_code_digests() -> None:
    """Drop the memoised digests (a process never edits its own code; this test does)."""
    code_digest.cache_clear()
    module_closure.cache_clear()
