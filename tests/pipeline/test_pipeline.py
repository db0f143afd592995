"""The pipeline: caching, incremental rebuilds, parallel annotation, and writing only what changed."""
import gc
import os
import shutil
from dataclasses import replace

import pytest
from stage_helpers import SEED_BRIEFS

from generator import pipeline
from generator.__main__ import main
from generator.incremental import session as sessions
from generator.pipeline import _collections_paused, build_site
from generator.publish import mkdocs_plugin
from generator.publish.output import MANIFEST, write_pages
from generator.render import exports
from generator.render import site as rendering
from generator.settings import PROJECT_ROOT, Settings


@pytest.fixture
def project(tmp_path):
    """A copy of the seed sources with a private annotation cache."""
    shutil.copytree(PROJECT_ROOT / "sources", tmp_path / "sources")
    return Settings.from_root(PROJECT_ROOT, sources_dir=tmp_path / "sources", cache_dir=tmp_path / "cache")


def test_second_build_annotates_nothing_and_adding_one_article_annotates_one(project):
    first = build_site(project)
    assert first.annotated == len(first.index.briefs) == SEED_BRIEFS
    assert build_site(project).annotated == 0
    (project.sources_dir / "new.txt").write_text(
        "Chile and Peru sign a lithium pact\n\nChile and Peru signed a lithium cooperation pact on Monday, "
        "officials in Santiago said, promising joint exploration over the next five years.\n", encoding="utf-8")
    third = build_site(project)
    assert third.annotated == 1
    assert len(third.index.briefs) == SEED_BRIEFS + 1


def test_cached_build_gives_the_same_pages(project):
    fresh = build_site(project)
    cached = build_site(project)
    assert dict(cached.pages) == dict(fresh.pages)


def test_parallel_annotation_gives_the_same_pages(project, monkeypatch):
    sequential = build_site(Settings.from_root(PROJECT_ROOT, sources_dir=project.sources_dir, cache_dir=None, workers=1))
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 1)
    parallel = build_site(Settings.from_root(PROJECT_ROOT, sources_dir=project.sources_dir, cache_dir=None, workers=2))
    assert dict(parallel.pages) == dict(sequential.pages)


def test_forked_workers_inherit_the_parents_annotator(project, monkeypatch, tmp_path):
    """The annotator is built once, in the parent, whatever the number of workers (each process that builds one notes its id)."""
    builders = tmp_path / "builders.txt"
    build = pipeline.Annotator.from_knowledge

    def noted(knowledge):
        with builders.open("a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()}\n")
        return build(knowledge)

    monkeypatch.setattr(pipeline.Annotator, "from_knowledge", staticmethod(noted))
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 1)
    parallel = build_site(Settings.from_root(PROJECT_ROOT, sources_dir=project.sources_dir, cache_dir=None, workers=2))
    assert len(parallel.index.briefs) == SEED_BRIEFS
    assert builders.read_text(encoding="utf-8").split() == [str(os.getpid())]
    assert pipeline._INHERITED is None  # let go once the workers are done


@pytest.mark.parametrize("same_knowledge", [True, False])
def test_a_worker_builds_its_own_annotator_only_for_another_knowledge_base(project, monkeypatch, same_knowledge):
    knowledge = pipeline.read_knowledge(project)
    inherited = object()
    monkeypatch.setattr(pipeline, "_INHERITED", (knowledge.base if same_knowledge else object(), inherited))
    monkeypatch.setattr(pipeline.Annotator, "from_knowledge", staticmethod(lambda base: "built"))
    monkeypatch.setattr(pipeline, "_WORKER", None)
    monkeypatch.setattr(gc, "freeze", lambda: None)
    pipeline._start_worker(project, knowledge)
    assert pipeline._WORKER[2] is (inherited if same_knowledge else "built")


def test_a_bad_file_never_stops_the_others(project):
    (project.sources_dir / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    (project.sources_dir / "empty.md").write_text("", encoding="utf-8")
    result = build_site(project)
    assert len(result.index.briefs) == SEED_BRIEFS
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


# --- incremental rendering: a rebuild from the caches equals a build from nothing -----------------------

NEW_ARTICLE = ("Chile and Peru sign a lithium pact\n\nChile and Peru signed a lithium cooperation pact on Monday, "
               "officials in Santiago said, promising joint exploration with Japan over the next five years.\n")


def _first_source(settings):
    return sorted(p for p in settings.sources_dir.iterdir() if p.is_file())[0]


def _add(settings):
    (settings.sources_dir / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")


def _edit(settings):
    path = _first_source(settings)
    path.write_text(path.read_text(encoding="utf-8").replace("Japan", "Korea", 3), encoding="utf-8")


def _delete(settings):
    _first_source(settings).unlink()


def _retitle(settings):
    path = _first_source(settings)
    path.write_text("Saudi Arabia and Japan open a new chapter\n\n" + path.read_text(encoding="utf-8"), encoding="utf-8")


@pytest.mark.parametrize("in_session", [False, True], ids=["cli", "serve"])
@pytest.mark.parametrize("change", [_add, _edit, _delete, _retitle], ids=["add", "edit", "delete", "retitle"])
def test_incremental_rebuild_equals_a_build_from_nothing(project, change, in_session):
    session = sessions.Session() if in_session else None  # in a session, the index is updated, not rebuilt
    build_site(project, session)
    change(project)
    incremental = build_site(project, session)
    fresh = build_site(Settings.from_root(PROJECT_ROOT, sources_dir=project.sources_dir, cache_dir=None, workers=1))
    assert set(incremental.pages) == set(fresh.pages)
    differing = [path for path in fresh.pages if incremental.pages[path] != fresh.pages[path]]
    assert differing == []


def test_adding_one_article_renders_only_the_pages_it_touches(project):
    first = build_site(project)
    assert first.pages.rendered == len(first.pages)
    assert build_site(project).pages.rendered == 0
    _add(project)
    third = build_site(project)
    assert third.annotated == 1
    new_brief = next(b for b in third.index.briefs if b.article.source == "new.txt")
    rendered = third.pages.rendered_paths
    assert {f"briefs/{new_brief.id}.md", "countries/cl.md", "countries/jp.md", "index.md", "data/briefs.json"} <= rendered
    assert not any(path.startswith("briefs/") and path != f"briefs/{new_brief.id}.md" and new_brief.id not in third.pages[path]
                   for path in rendered)  # another brief's page is rendered again only if it now links to the new one
    # Pages the new article does not touch come from the store: fewer than half are rendered again.
    assert 0 < third.pages.rendered < len(third.pages) / 2


def test_a_template_change_renders_every_page_again(project, tmp_path):
    templates = tmp_path / "templates"
    shutil.copytree(PROJECT_ROOT / "templates", templates)
    settings = Settings.from_root(PROJECT_ROOT, sources_dir=project.sources_dir, cache_dir=project.cache_dir, templates_dir=templates)
    build_site(settings)
    brief = templates / "brief.md.j2"
    brief.write_text(brief.read_text(encoding="utf-8").replace("## Key points", "## Main points"), encoding="utf-8")
    again = build_site(settings)
    assert again.pages.rendered == len(again.pages)
    assert all("## Main points" in again.pages[p] or "## Key points" not in again.pages[p] for p in again.pages if p.startswith("briefs/"))


def test_a_damaged_cache_is_a_miss_not_a_wrong_page(project):
    fresh = build_site(project)
    for path in (project.cache_dir / "pages").iterdir():
        path.write_bytes(b"garbage")
    for path in (project.cache_dir / "annotations").rglob("*.pickle"):
        path.write_bytes(b"garbage")
    rebuilt = build_site(project)
    assert dict(rebuilt.pages) == dict(fresh.pages)


def test_write_pages_skips_unchanged_pages_by_their_digest(project, tmp_path):
    out = tmp_path / "out"
    result = build_site(project)
    assert write_pages(result.pages, out).written == len(result.pages)
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*.md")}
    again = build_site(project)
    report = write_pages(again.pages, out)
    assert (report.written, report.unchanged) == (0, len(again.pages))
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.md")} == stamps


def test_write_pages_rewrites_a_page_edited_by_hand(tmp_path):
    out = tmp_path / "out"
    write_pages({"a.md": "one"}, out)
    (out / "a.md").write_text("edited", encoding="utf-8")
    assert write_pages({"a.md": "one"}, out).written == 1
    assert (out / "a.md").read_text(encoding="utf-8") == "one"


@pytest.mark.parametrize("first, manifest, old_kept", [
    ({"a.md": "one"}, "a.md\t-\t-1\nold.md\t-\t-1\n", False),  # another process listed old.md: stale now, removed
    ({"a.md": "one", "old.md": "old"}, None, True),  # the manifest deleted: old.md is no longer known as ours
])
def test_write_pages_reads_a_manifest_changed_since_it_last_wrote_it(tmp_path, first, manifest, old_kept):
    out = tmp_path / "out"
    write_pages(first, out)  # remembered in this process
    (out / "old.md").write_text("old", encoding="utf-8")
    if manifest is None:
        (out / MANIFEST).unlink()
    else:
        (out / MANIFEST).write_text(manifest, encoding="utf-8")
    report = write_pages({"a.md": "one"}, out)
    assert (out / "old.md").exists() is old_kept and report.removed == (0 if old_kept else 1)
    assert (out / "a.md").read_text(encoding="utf-8") == "one"


def test_parallel_rendering_gives_the_same_pages(project, monkeypatch):
    sequential = build_site(Settings.from_root(PROJECT_ROOT, sources_dir=project.sources_dir, cache_dir=None, workers=1))
    monkeypatch.setattr(rendering, "PARALLEL_RENDER_THRESHOLD", 1)
    parallel = build_site(Settings.from_root(PROJECT_ROOT, sources_dir=project.sources_dir, cache_dir=project.cache_dir, workers=2))
    assert dict(parallel.pages) == dict(sequential.pages)
    assert build_site(Settings.from_root(PROJECT_ROOT, sources_dir=project.sources_dir, cache_dir=project.cache_dir, workers=2)).pages.rendered == 0


def test_a_session_carries_one_process_into_its_next_build_without_changing_a_page(project):
    session = sessions.Session()
    first = build_site(project, session)
    again = build_site(project, session)
    assert (again.annotated, again.pages.rendered) == (0, 0)
    _add(project)
    added = build_site(project, session)
    fresh = build_site(Settings.from_root(PROJECT_ROOT, sources_dir=project.sources_dir, cache_dir=None, workers=1))
    assert added.annotated == 1
    assert dict(added.pages) == dict(fresh.pages) != dict(first.pages)
    assert len(session.sources) == len(list(project.sources_dir.iterdir()))  # only what the last build used is kept


@pytest.mark.parametrize("serving", [False, True], ids=["saving", "deferring"])
def test_another_process_changing_the_page_store_is_noticed(project, serving):
    session = sessions.Session(serving=serving)
    build_site(project, session)
    _add(project)
    build_site(project)  # another process (a CLI build) renders and compacts the store meanwhile
    _delete(project)
    rebuilt = build_site(project, session)
    fresh = build_site(Settings.from_root(PROJECT_ROOT, sources_dir=project.sources_dir, cache_dir=None, workers=1))
    assert dict(rebuilt.pages) == dict(fresh.pages)


def test_a_session_reads_again_only_the_sources_whose_stamps_changed(project, monkeypatch):
    monkeypatch.setattr(sessions, "STAT_RACE_NS", 0)  # every stamp is old enough to trust (the seeds were just copied)
    read: list[str] = []
    real = pipeline.source_bytes
    monkeypatch.setattr(pipeline, "source_bytes", lambda path, relative, settings: read.append(relative) or real(path, relative, settings))
    session = sessions.Session()
    build_site(project, session)
    assert len(read) == len(list(project.sources_dir.iterdir()))
    read.clear()
    assert build_site(project, session).pages.rendered == 0
    assert read == []
    path = _first_source(project)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Japan", "Korea", 1), encoding="utf-8")  # the same size: the stamps tell it apart
    edited = build_site(project, session)
    assert read == [path.name]
    fresh = build_site(Settings.from_root(PROJECT_ROOT, sources_dir=project.sources_dir, cache_dir=None, workers=1))
    assert dict(edited.pages) == dict(fresh.pages)


def test_a_server_starts_with_every_record_encoded_so_its_first_edit_does_not_encode_them(project, monkeypatch):
    build_site(project)  # the page store is full: the session's first build reuses every page
    once = sessions.Session()  # `mkdocs build`: one build, nothing readied for a next one
    build_site(project, once)
    assert not once.render_memory.records and once.annotator is None
    session = sessions.Session(serving=True)
    first = build_site(project, session)
    assert first.pages.rendered == 0
    assert set(session.render_memory.records) == {brief.id for brief in first.index.briefs}
    assert session.annotator is not None
    encoded: list[str] = []
    real = exports.brief_record
    monkeypatch.setattr(exports, "brief_record", lambda brief, index, knowledge: encoded.append(brief.id) or real(brief, index, knowledge))
    _add(project)
    added = build_site(project, session)
    new_brief = next(b for b in added.index.briefs if b.article.source == "new.txt")
    assert new_brief.id in encoded and len(encoded) < len(added.index.briefs)  # the new one and those whose related briefs changed


def test_a_serve_session_writes_the_page_store_when_it_ends(project):
    build_site(project)
    session = sessions.Session(serving=True)
    build_site(project, session)
    _add(project)
    added = build_site(project, session)
    assert added.pages.rendered > 0
    fresh = build_site(Settings.from_root(PROJECT_ROOT, sources_dir=project.sources_dir, cache_dir=None, workers=1))
    assert dict(added.pages) == dict(fresh.pages)
    session.flush()
    after = build_site(project)  # a later process starts from what the session wrote
    assert (after.annotated, after.pages.rendered) == (0, 0)
    assert dict(after.pages) == dict(fresh.pages)


# --- settings and reporting ------------------------------------------------------------------------------

def test_the_cache_is_off_with_cache_dir_none_and_under_root_by_default(tmp_path):
    assert Settings.from_root(tmp_path).cache_dir == tmp_path / ".cache"
    assert Settings.from_root(tmp_path, cache_dir=None).cache_dir is None
    with pytest.raises(TypeError):
        Settings.from_root(tmp_path, cache_dir=False)  # the old spelling of "off" is refused, not taken for a folder


def test_the_cli_without_cache_writes_no_cache_folder(tmp_path):
    shutil.copytree(PROJECT_ROOT / "sources", tmp_path / "sources")
    for folder in ("templates", "knowledge"):
        shutil.copytree(PROJECT_ROOT / folder, tmp_path / folder)
    assert main(["--root", str(tmp_path), "--no-cache", "build", "--out", str(tmp_path / "out")]) == 0
    assert not (tmp_path / ".cache").exists() and (tmp_path / "out" / "index.md").is_file()


def test_every_brief_carries_its_annotations_key_and_rendering_refuses_one_without(project):
    result = build_site(project)
    assert all(len(brief.digest) == 64 for brief in result.index.briefs)
    undigested = replace(result.index.briefs[0], digest="")
    with pytest.raises(ValueError, match="no digest"):
        rendering.brief_digest(undigested)


def test_the_pipeline_logs_as_briefing_and_the_plugin_warns_through_mkdocs():
    assert pipeline.log.name == "briefing"
    assert mkdocs_plugin.log.name.startswith("mkdocs.")


@pytest.mark.parametrize(("enabled", "raises"), [(True, False), (True, True), (False, False)])
def test_collections_are_paused_only_inside_and_left_as_found(enabled, raises):
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with pytest.raises(KeyError) if raises else _collections_paused():
            with _collections_paused():
                assert not gc.isenabled()
                if raises:
                    raise KeyError("a malformed file")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
