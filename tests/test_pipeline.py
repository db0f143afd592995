"""The pipeline: caching, incremental rebuilds, parallel annotation, and writing only what changed."""
import shutil

import pytest

from generator import pipeline
from generator.output import write_pages
from generator.pipeline import build_site
from generator.settings import PROJECT_ROOT, Settings


@pytest.fixture
def project(tmp_path):
    """A copy of the seed sources with a private annotation cache."""
    shutil.copytree(PROJECT_ROOT / "sources", tmp_path / "sources")
    return Settings.from_root(PROJECT_ROOT, sources_dir=tmp_path / "sources", cache_dir=tmp_path / "cache")


def test_second_build_annotates_nothing_and_adding_one_article_annotates_one(project):
    first = build_site(project)
    assert first.annotated == len(first.index.briefs) == 8
    assert build_site(project).annotated == 0
    (project.sources_dir / "new.txt").write_text(
        "Chile and Peru sign a lithium pact\n\nChile and Peru signed a lithium cooperation pact on Monday, "
        "officials in Santiago said, promising joint exploration over the next five years.\n", encoding="utf-8")
    third = build_site(project)
    assert third.annotated == 1
    assert len(third.index.briefs) == 9


def test_cached_build_gives_the_same_pages(project):
    fresh = build_site(project)
    cached = build_site(project)
    assert dict(cached.pages) == dict(fresh.pages)


def test_parallel_annotation_gives_the_same_pages(project, monkeypatch):
    sequential = build_site(Settings.from_root(PROJECT_ROOT, sources_dir=project.sources_dir, cache_dir=False, workers=1))
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 1)
    parallel = build_site(Settings.from_root(PROJECT_ROOT, sources_dir=project.sources_dir, cache_dir=False, workers=2))
    assert dict(parallel.pages) == dict(sequential.pages)


def test_a_bad_file_never_stops_the_others(project):
    (project.sources_dir / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    (project.sources_dir / "empty.md").write_text("", encoding="utf-8")
    result = build_site(project)
    assert len(result.index.briefs) == 8
    assert dict(result.failures).keys() == {"broken.txt", "empty.md"}


def test_write_pages_rewrites_only_what_changed_and_removes_stale_files(tmp_path):
    out = tmp_path / "out"
    first = write_pages({"a.md": "one", "b/c.md": "two"}, out)
    assert (first.written, first.unchanged, first.removed) == (2, 0, 0)
    mtime = (out / "a.md").stat().st_mtime_ns
    second = write_pages({"a.md": "one", "b/d.md": "three"}, out)
    assert (second.written, second.unchanged, second.removed) == (1, 1, 1)
    assert (out / "a.md").stat().st_mtime_ns == mtime
    assert not (out / "b" / "c.md").exists()


@pytest.mark.parametrize("path", ["../escape.md", "../../etc/passwd", "/tmp/absolute.md"])
def test_write_pages_never_writes_outside_its_folder(tmp_path, path):
    with pytest.raises(ValueError):
        write_pages({path: "x"}, tmp_path / "out")


def test_write_pages_never_removes_files_it_did_not_write(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "precious.txt").write_text("keep me", encoding="utf-8")
    (out / ".hidden").write_text("keep me too", encoding="utf-8")
    write_pages({"a.md": "one"}, out)
    write_pages({"b.md": "two"}, out)
    assert (out / "precious.txt").exists() and (out / ".hidden").exists()
    assert not (out / "a.md").exists() and (out / "b.md").exists()
