"""The cache of MkDocs' conversions: a warm build gives the very site a cold one does, warnings included."""
from __future__ import annotations

import filecmp
import logging
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from generator.publish.html_cache import Converted, HtmlCache, cacheable, serves
from generator.publish.theme_cache import ThemeOutput
from generator.settings import PROJECT_ROOT

PROJECT_FILES = ("mkdocs.yml", "templates", "knowledge", "docs", "overrides", "sources")


@pytest.fixture
def mkdocs_config(tmp_path: Path):
    """A minimal MkDocs configuration with the project's Markdown extensions and link checks."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: t\nuse_directory_urls: false\nmarkdown_extensions:\n  - attr_list\n  - toc:\n      permalink: false\n"
        "validation:\n  links:\n    not_found: warn\n    anchors: warn\n", encoding="utf-8")
    return load_config(str(tmp_path / "mkdocs.yml"))


def make_page(config, files: Files, path: str, markdown: str) -> Page:
    """A page of ``files`` with its Markdown set, as MkDocs has it before converting."""
    file = files.get_file_from_path(path)
    page = Page(None, file, config)
    page.markdown, page.meta = markdown, {}
    return page


def site_files(config, *paths: str) -> Files:
    return Files([File(path, src_dir=config.docs_dir, dest_dir=config.site_dir, use_directory_urls=False) for path in paths])


def convert(cache: HtmlCache, page: Page, config, files: Files) -> Page:
    cache.render(page, lambda c, f: Page.render(page, c, f), config, files)
    return page


MARKDOWN = "# Title\n\nSee [the other](b.md#part) and [gone](gone.md).\n\n## Part {: #part }\n"


def test_a_hit_restores_what_the_conversion_left_and_logs_its_warnings_again(tmp_path, mkdocs_config, caplog):
    files = site_files(mkdocs_config, "a.md", "b.md")
    cold = convert(HtmlCache(tmp_path / "cache", mkdocs_config), make_page(mkdocs_config, files, "a.md", MARKDOWN),
                   mkdocs_config, files)
    cold_warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    caplog.clear()
    cache = HtmlCache(tmp_path / "cache", mkdocs_config)
    warm = convert(cache, make_page(mkdocs_config, files, "a.md", MARKDOWN), mkdocs_config, files)
    assert (cache.hits, cache.misses) == (1, 0)
    assert warm.content == cold.content and 'href="b.html#part"' in warm.content
    assert [(t.id, t.title, t.level) for t in warm.toc] == [(t.id, t.title, t.level) for t in cold.toc]
    assert warm.title == cold.title == "Title"
    assert warm.present_anchor_ids == cold.present_anchor_ids
    assert {f.src_uri: v for f, v in warm.links_to_anchors.items()} == {"b.md": {"part": "b.md#part"}}
    assert cold_warnings and [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == cold_warnings


def test_a_link_target_that_appears_or_moves_is_a_miss(tmp_path, mkdocs_config):
    before = site_files(mkdocs_config, "a.md", "b.md")
    convert(HtmlCache(tmp_path / "cache", mkdocs_config), make_page(mkdocs_config, before, "a.md", MARKDOWN),
            mkdocs_config, before)
    after = site_files(mkdocs_config, "a.md", "b.md", "gone.md")
    cache = HtmlCache(tmp_path / "cache", mkdocs_config)
    page = convert(cache, make_page(mkdocs_config, after, "a.md", MARKDOWN), mkdocs_config, after)
    assert (cache.hits, cache.misses) == (0, 1) and 'href="gone.html"' in page.content
    unrelated = site_files(mkdocs_config, "a.md", "b.md", "gone.md", "c.md")
    cache = HtmlCache(tmp_path / "cache", mkdocs_config)
    convert(cache, make_page(mkdocs_config, unrelated, "a.md", MARKDOWN), mkdocs_config, unrelated)
    assert (cache.hits, cache.misses) == (1, 0), "a page no link points at does not matter"


@pytest.mark.parametrize("change", ["markdown", "path", "extensions"])
def test_what_shapes_the_html_is_in_the_key(tmp_path, mkdocs_config, change):
    files = site_files(mkdocs_config, "a.md", "b.md", "c.md")
    convert(HtmlCache(tmp_path / "cache", mkdocs_config), make_page(mkdocs_config, files, "a.md", MARKDOWN),
            mkdocs_config, files)
    markdown, path = MARKDOWN, "a.md"
    if change == "markdown":
        markdown = MARKDOWN + "\nMore.\n"
    elif change == "path":
        path = "c.md"
    else:
        mkdocs_config["mdx_configs"]["toc"] = {"permalink": True}
    cache = HtmlCache(tmp_path / "cache", mkdocs_config)
    convert(cache, make_page(mkdocs_config, files, path, markdown), mkdocs_config, files)
    assert (cache.hits, cache.misses) == (0, 1)


def test_prune_keeps_only_what_the_build_used(tmp_path, mkdocs_config):
    files = site_files(mkdocs_config, "a.md", "b.md")
    first = HtmlCache(tmp_path / "cache", mkdocs_config)
    convert(first, make_page(mkdocs_config, files, "a.md", MARKDOWN), mkdocs_config, files)
    convert(first, make_page(mkdocs_config, files, "b.md", "# B\n"), mkdocs_config, files)
    second = HtmlCache(tmp_path / "cache", mkdocs_config)
    convert(second, make_page(mkdocs_config, files, "a.md", MARKDOWN), mkdocs_config, files)
    assert second.prune() == 1
    assert len(list((tmp_path / "cache").glob("*/*/*"))) == 1


def test_extensions_that_read_other_files_turn_the_cache_off(mkdocs_config):
    assert cacheable(mkdocs_config)
    mkdocs_config["markdown_extensions"].append("pymdownx.snippets")
    assert not cacheable(mkdocs_config)


def theme_outputs(log: str) -> tuple[int, int]:
    """The build log's count of theme outputs rendered in forked workers, and of those taken from the cache."""
    found = re.search(r"(\d+) theme outputs rendered in parallel, (\d+) from the cache", log)
    assert found, log[-2000:]
    return int(found[1]), int(found[2])


def test_warm_build_writes_the_same_site_as_a_cold_one(tmp_path):
    """The seed corpus: a cold build, then a build from the cache, give byte-identical sites."""
    mkdocs = copy_project(tmp_path)
    cold = subprocess.run(mkdocs, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert cold.returncode == 0, cold.stderr[-2000:]
    assert "0 from the cache" in cold.stderr
    assert theme_outputs(cold.stderr) == (theme_outputs(cold.stderr)[0], 0) and theme_outputs(cold.stderr)[0] > 100, \
        "a cold build renders every page's theme output in the forked workers"
    (tmp_path / "site").rename(tmp_path / "site-cold")
    warm = subprocess.run(mkdocs, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert warm.returncode == 0, warm.stderr[-2000:]
    assert "0 pages converted" in warm.stderr and theme_outputs(warm.stderr)[0] == 0 < theme_outputs(warm.stderr)[1]
    assert_same_tree(tmp_path / "site-cold", tmp_path / "site")


def test_pages_converted_and_themed_in_forked_workers_are_those_mkdocs_makes_itself(tmp_path):
    """The seed corpus built with every cache off (MkDocs converts and renders each page itself, one by one) and
    built cold with them (conversion and theme output in forked workers) gives byte-identical sites."""
    mkdocs = copy_project(tmp_path)
    parallel = subprocess.run(mkdocs, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert parallel.returncode == 0 and theme_outputs(parallel.stderr)[0] > 100, parallel.stderr[-2000:]
    (tmp_path / "site").rename(tmp_path / "site-parallel")
    config = tmp_path / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("      knowledge: knowledge\n", "      knowledge: knowledge\n      cache: false\n"), encoding="utf-8")
    serial = subprocess.run(mkdocs, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert serial.returncode == 0 and "theme outputs rendered" not in serial.stderr, serial.stderr[-2000:]
    assert_same_tree(tmp_path / "site", tmp_path / "site-parallel")


def assert_same_tree(left: Path, right: Path) -> None:
    """Two folders hold the same files with the same bytes (sitemap.xml.gz aside: gzip stamps the time)."""
    names = sorted(p.relative_to(left).as_posix() for p in left.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(right).as_posix() for p in right.rglob("*") if p.is_file())
    _, mismatch, errors = filecmp.cmpfiles(left, right, [n for n in names if n != "sitemap.xml.gz"], shallow=False)
    assert not mismatch and not errors


@pytest.mark.parametrize(
    ("kept", "now", "expected"),
    [
        ((logging.INFO, logging.INFO, logging.INFO), (logging.ERROR, logging.ERROR, logging.ERROR), True),  # then -q
        ((logging.ERROR, logging.ERROR, logging.ERROR), (logging.INFO, logging.INFO, logging.INFO), False),  # -q then not
        ((logging.DEBUG, logging.DEBUG, logging.DEBUG), (logging.INFO, logging.INFO, logging.INFO), False),  # no anchors kept
        ((logging.INFO, logging.WARNING, logging.INFO), (logging.INFO, logging.WARNING, logging.INFO), True),
    ],
)
def test_a_conversion_serves_builds_as_quiet_or_quieter(kept, now, expected):
    converted = Converted("", [], None, frozenset(), None, (), (), kept)
    assert serves(converted, now) is expected


def copy_project(target: Path) -> list[str]:
    """The project's configuration and seed sources in ``target``; the strict build command."""
    for name in PROJECT_FILES:
        source = PROJECT_ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, target / name)
    return [str(Path(sys.executable).with_name("mkdocs")), "build", "--strict"]


def test_broken_links_fail_strict_builds_cold_and_warm_and_theme_edits_are_seen(tmp_path):
    """Warnings of conversions done in parallel or kept in the cache fail --strict each time; a theme edit is a miss."""
    mkdocs = copy_project(tmp_path)
    (tmp_path / "docs" / "broken.md").write_text("# Broken\n\n[nowhere](nowhere.md)\n", encoding="utf-8")
    for _ in range(2):
        done = subprocess.run(mkdocs, cwd=tmp_path, capture_output=True, text=True, timeout=300)
        assert done.returncode == 1 and "contains a link 'nowhere.md'" in done.stderr, done.stderr[-2000:]
    (tmp_path / "docs" / "broken.md").unlink()
    partial = tmp_path / "overrides" / "partials" / "search.html"
    partial.write_text(partial.read_text(encoding="utf-8") + "<!-- edited -->\n", encoding="utf-8")
    done = subprocess.run(mkdocs, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and theme_outputs(done.stderr)[1] == 0, done.stderr[-2000:]
    assert "<!-- edited -->" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


def test_the_theme_output_key_ignores_the_site_dir_and_strict_and_files_each_address_apart(tmp_path):
    """`mkdocs serve` builds into a new temporary folder each time: its second start must find the first's output;
    CI's `mkdocs build --strict` after `make site` likewise."""
    def output(site_dir: str, site_url: str, strict: bool = False) -> tuple[str, str]:
        config = load_config(str(PROJECT_ROOT / "mkdocs.yml"), site_dir=str(tmp_path / site_dir), site_url=site_url,
                             strict=strict)
        theme = ThemeOutput(HtmlCache(tmp_path / "cache", config), config, SimpleNamespace(items=[], homepage=None))
        return theme.site, theme.cache.output_kind

    served = output("serve-1", "http://127.0.0.1:8000/")
    assert output("serve-2", "http://127.0.0.1:8000/") == served
    assert output("serve-1", "http://127.0.0.1:8000/", strict=True) == served
    published = output("site", "https://briefing.example.org/")
    assert published[0] != served[0] and published[1] != served[1]


@pytest.mark.parametrize("addresses, kept", [
    (["output-own", "output-serve"], {"output-own", "output-serve"}),
    (["output-own", "output-old", "output-serve"], {"output-own", "output-serve"}),
])
def test_prune_keeps_the_theme_output_of_the_newest_other_address(tmp_path, mkdocs_config, addresses, kept):
    cache = HtmlCache(tmp_path / "cache", mkdocs_config)
    cache.output_kind = "output-own"
    for age, kind in enumerate(addresses):  # the last named is the newest
        cache._save(kind, "ab" + kind, "<html>")
        os.utime(tmp_path / "cache" / kind, (1_000_000 + age, 1_000_000 + age))
    cache.used = {cache._path("output-own", "aboutput-own")}
    cache._save("output-own", "cdstale", "<html>")  # written, then left unused by this build
    cache.used.discard(cache._path("output-own", "cdstale"))
    cache.prune()
    left = {path.parent.parent.name for path in (tmp_path / "cache").glob("*/*/*")}
    assert left == kept
    assert not cache._path("output-own", "cdstale").exists()
