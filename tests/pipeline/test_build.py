"""End-to-end: the seed corpus builds into the pages and data an analyst expects."""
from __future__ import annotations

import json
import os
import posixpath
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from stage_helpers import SEED_BRIEFS, seed_settings

from generator.pipeline import build_site
from generator.publish.mkdocs_plugin import TIMINGS_VARIABLE
from generator.render import plan
from generator.settings import PROJECT_ROOT, Settings

SEED_TITLES = {
    "Tokyo to Enhance Security Coordination, Strengthen Strategic Saudi-Japanese Dialogue",
    "Russian Official to Asharq Al-Awsat: Mining Concessions Dependent on Ukraine Talks Progress",
    "Last year was positive for Russian-Japanese ties, says Russian envoy",
    "Putin and Abe agree to move forward on economic cooperation",
    "Japan and Saudi Arabia to collaborate on international mining projects",
    "Abe presents 8-point economic cooperation plan to Putin",
    "Is Japan willing to risk US ire over improving Russia ties?",
}
_LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.fixture(scope="module")
def seed_build(module_cache_dir):
    """The seed corpus built in memory once for this module."""
    return build_site(seed_settings(module_cache_dir))


def brief_page(build, title: str) -> str:
    brief = next(b for b in build.index.briefs if b.title == title)
    return build.pages[f"briefs/{brief.id}.md"]


def test_every_headlined_article_becomes_a_brief(seed_build):
    titles = {b.article.title for b in seed_build.index.briefs if b.article.title}
    assert titles == SEED_TITLES
    assert not seed_build.failures
    assert {o.path for o in seed_build.index.outcomes} == {p.name for p in (PROJECT_ROOT / "sources").iterdir()}


@pytest.mark.parametrize("code", ["jp", "sa", "ru", "ua", "us"])
def test_country_pages_exist_and_link_back(seed_build, code):
    page = seed_build.pages[f"countries/{code}.md"]
    assert "## Briefs" in page
    assert re.search(r"\]\(\.\./briefs/[a-z0-9-]+\.md#(?:p\d+|top)\)", page), "evidence links to a paragraph"


@pytest.mark.parametrize("key", ["manar-initiative", "eight-point-cooperation-plan", "japan-gcc-fta"])
def test_initiative_pages_exist(seed_build, key):
    page = seed_build.pages[f"initiatives/{key}.md"]
    assert "## Briefs" in page and "## Appears with" in page


def test_eight_point_plan_variants_are_one_initiative(seed_build):
    page = seed_build.pages["initiatives/eight-point-cooperation-plan.md"]
    linked = set(re.findall(r"\.\./briefs/([a-z0-9-]+)\.md", page))
    titles = {seed_build.index.by_id[i].title for i in linked}
    assert {"Abe presents 8-point economic cooperation plan to Putin", "Is Japan willing to risk US ire over improving Russia ties?"} <= titles


def test_brief_page_has_every_section(seed_build):
    page = brief_page(seed_build, "Last year was positive for Russian-Japanese ties, says Russian envoy")
    for section in ("!!! abstract \"Summary\"", "## Key points", "## Mentions", "## Key quotes", "## Article", "## Related briefs"):
        assert section in page
    assert "### Politics and security {: #p4 }" in page
    assert "[TASS](../outlets/tass.md) — state-controlled" in page
    assert "[Mikhail Galuzin](../people/mikhail-galuzin.md)" in page
    assert "??? note \"Lines removed while cleaning (1)\"" in page and "All news" in page


def test_every_internal_link_and_anchor_resolves(seed_build):
    pages = seed_build.pages
    anchors = {path: set(re.findall(r"\{: #([\w-]+)", text)) for path, text in pages.items()}
    broken = []
    for path, text in pages.items():
        if not path.endswith(".md"):
            continue
        for target in _LINK.findall(text):
            if "://" in target:
                continue
            file, _, anchor = target.partition("#")
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), file)) if file else path
            if resolved not in pages or (anchor and anchor not in anchors[resolved]):
                broken.append((path, target))
    assert not broken


def test_briefs_json_follows_the_documented_schema(seed_build):
    data = json.loads(seed_build.pages["data/briefs.json"])
    assert len(data["briefs"]) == len(seed_build.index.briefs)
    required = {"id", "title", "url", "source", "outlet", "author", "published", "kind", "summary", "key_points",
                "body", "removed", "countries", "people", "organizations", "initiatives", "quotes", "figures", "events"}
    for record in data["briefs"]:
        assert required <= set(record)
        assert all({"code", "name"} <= set(c) for c in record["countries"])
        assert all({"name", "role", "country"} <= set(p) for p in record["people"])
        assert all({"id", "name"} <= set(i) for i in record["initiatives"] + record["organizations"])
        assert all({"speaker", "text"} <= set(q) for q in record["quotes"])
        assert all({"text", "sentence"} <= set(f) for f in record["figures"])
        assert all({"date", "text"} <= set(e) for e in record["events"])
    tass = next(r for r in data["briefs"] if r["source"] == "001_568982534c19449c.txt")
    assert "## Politics and security" in tass["body"]
    assert {"code": "RU", "name": "Russia"} in tass["countries"]


def test_build_is_deterministic(seed_build, module_cache_dir):
    again = build_site(seed_settings(module_cache_dir))  # from the caches the first build filled
    assert dict(again.pages) == dict(seed_build.pages)


def test_mkdocs_strict_build_publishes_a_searchable_site(tmp_path):
    for name in ("mkdocs.yml", "templates", "knowledge", "docs", "overrides", "sources"):
        source = PROJECT_ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / name)
    mkdocs = Path(sys.executable).with_name("mkdocs")
    timings = tmp_path / "timings.json"
    result = subprocess.run([str(mkdocs), "build", "--strict"], cwd=tmp_path, capture_output=True, text=True, timeout=300,
                            env={**os.environ, TIMINGS_VARIABLE: str(timings)})
    assert result.returncode == 0, result.stderr[-3000:]
    # The pages went to MkDocs in memory: nothing was written for it to read back.
    assert not (tmp_path / "build" / "docs").exists()
    # The generator's part of this very build, for the benchmark.
    reported = json.loads(timings.read_text())
    assert reported["generator"] == pytest.approx(sum(reported[k] for k in ("knowledge", "read", "clean_annotate", "index", "render")))
    site = tmp_path / "site"
    assert (site / "countries" / "jp.html").exists()
    assert (site / "initiatives" / "manar-initiative.html").exists()
    briefs = json.loads((site / "data" / "briefs.json").read_text())["briefs"]
    assert len(briefs) == SEED_BRIEFS
    index = json.loads((site / "search" / "search_index.json").read_text())
    manar = {doc["location"].split("#")[0] for doc in index["docs"] if "Manar" in doc["title"] + doc["text"]}
    assert "initiatives/manar-initiative.html" in manar
    assert any(location.startswith("briefs/tokyo-to-enhance") for location in manar)
    for html in site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "unpkg.com" not in text, html


def test_pagefind_variant_builds_a_chunked_index(tmp_path):
    for name in ("mkdocs.yml", "mkdocs-pagefind.yml", "templates", "knowledge", "docs", "overrides", "sources"):
        source = PROJECT_ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / name)
    mkdocs = Path(sys.executable).with_name("mkdocs")
    result = subprocess.run([str(mkdocs), "build", "--strict", "-f", "mkdocs-pagefind.yml"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    site = tmp_path / "site"
    assert (site / "pagefind" / "pagefind.js").exists()
    assert list((site / "pagefind" / "index").glob("*.pf_index")), "index chunks"
    assert "PagefindUI" in (site / "search.html").read_text(encoding="utf-8")
    assert not (site / "search" / "search_index.json").exists(), "Material's single index is not built"


def test_person_page_lists_roles_and_quotes(seed_build):
    page = seed_build.pages["people/yoshimasa-hayashi.md"]
    assert "- Foreign Minister (Japan) — [Tokyo to Enhance Security Coordination" in page
    assert page.count("> “") >= 20, "every quote attributed to him, each with its brief"
    assert "#p" in page.split("## Quotes")[1]


def test_relation_page_names_people_from_each_side(seed_build):
    page = seed_build.pages["relations/jp-sa.md"]
    assert "## People from each side" in page
    assert "[Yoshimasa Hayashi](../people/yoshimasa-hayashi.md)" in page
    assert "[Faisal bin Farhan](../people/faisal-bin-farhan.md)" in page


def test_strict_builds_fail_and_name_the_failed_sources(tmp_path):
    for name in ("mkdocs.yml", "templates", "knowledge", "docs", "overrides", "sources"):
        source = PROJECT_ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / name)
    (tmp_path / "sources" / "broken.txt").write_bytes(b"\x00\x01binary")
    mkdocs = Path(sys.executable).with_name("mkdocs")
    normal = subprocess.run([str(mkdocs), "build"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert normal.returncode == 0 and "source broken.txt: binary file" in normal.stderr
    strict = subprocess.run([str(mkdocs), "build", "--strict"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert strict.returncode != 0 and "broken.txt" in strict.stderr
    cli = subprocess.run([sys.executable, "-m", "generator", "--root", str(tmp_path), "build", "--out", str(tmp_path / "md"), "--strict"],
                         capture_output=True, text=True, timeout=300, cwd=PROJECT_ROOT)
    assert cli.returncode == 1 and "error: broken.txt: binary file" in cli.stderr


def test_mkdocs_serve_rebuilds_when_a_source_is_added_reusing_what_it_built(tmp_path):
    """`mkdocs serve` keeps the plugin (and its Session) between builds: adding a source annotates one article."""
    for name in ("mkdocs.yml", "templates", "knowledge", "docs", "overrides", "sources"):
        source = PROJECT_ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / name)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    mkdocs = Path(sys.executable).with_name("mkdocs")
    log = tmp_path / "serve.log"
    with log.open("w") as sink:
        server = subprocess.Popen([str(mkdocs), "serve", "--dev-addr", f"127.0.0.1:{port}"],
                                  cwd=tmp_path, stdout=sink, stderr=subprocess.STDOUT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    try:
        def wait_for(pattern: str, count: int) -> None:
            deadline = time.monotonic() + 240
            while len(re.findall(pattern, log.read_text())) < count:
                assert server.poll() is None and time.monotonic() < deadline, log.read_text()[-3000:]
                time.sleep(0.5)

        wait_for(r"Serving on", 1)
        (tmp_path / "sources" / "new.txt").write_text(
            "Chile and Peru sign a lithium pact\n\nChile and Peru signed a lithium cooperation pact on Monday, officials in "
            "Santiago said, promising joint exploration over the next five years.\n", encoding="utf-8")
        wait_for(rf"briefing: {SEED_BRIEFS + 1} briefs .*\(1 annotated", 1)
        page = urllib.request.urlopen(f"http://127.0.0.1:{port}/countries/cl.html", timeout=30).read().decode()
        assert "Chile and Peru sign a lithium pact" in page
        # Under serve, MkDocs reads the pages from the generated folder, where unchanged ones keep their mtime.
        assert "Chile and Peru" in (tmp_path / "build" / "docs" / "countries" / "cl.md").read_text(encoding="utf-8")
        rendered, total = map(int, re.search(r"\(1 annotated.*?(\d+) of (\d+) pages rendered", log.read_text()).groups())
        assert 0 < rendered < total  # the pages the new article does not touch were not rendered again
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_archive_pages_link_both_ways_and_every_link_resolves(monkeypatch, tmp_path):
    """With tiny pages, a small dated corpus gets archive pages; every link in every page lands on a page."""
    monkeypatch.setattr(plan, "TERM_BRIEFS_PER_PAGE", 2)
    monkeypatch.setattr(plan, "BRIEFS_PER_PAGE", 3)
    sources = tmp_path / "sources"
    sources.mkdir()
    for day in range(1, 8):
        (sources / f"{day}.md").write_text(
            f"---\ntitle: Japan and Chile talk trade, round {day}\ndate: 2024-03-0{day}\n---\n\n"
            f"Japan and Chile held round {day} of trade talks in Tokyo on Monday, officials said.\n", encoding="utf-8")
    (sources / "undated.txt").write_text(
        "Japan and Chile review the talks\n\nJapan and Chile reviewed seven rounds of trade talks in Santiago, and "
        "officials from both countries said a free trade agreement could be signed before the end of the year.\n", encoding="utf-8")
    pages = build_site(Settings.from_root(PROJECT_ROOT, sources_dir=sources, cache_dir=None, workers=1)).pages
    archives = sorted(path for path in pages if path.startswith(("countries/jp-", "briefs/index-")))
    assert archives == ["briefs/index-archive-1.md", "briefs/index-archive-2.md", "briefs/index-undated-1.md",
                        "countries/jp-archive-1.md", "countries/jp-archive-2.md", "countries/jp-archive-3.md",
                        "countries/jp-undated-1.md"]
    assert "mention [Japan](../countries/jp.md), newest first.\n\n- " in pages["countries/jp-archive-1.md"]  # back, then the list
    assert "(../countries/jp-archive-1.md)" in pages["countries/jp.md"] and "2024-03-01 – 2024-03-02" in pages["countries/jp.md"]
    assert "[the first page](../briefs/index.md)" in pages["briefs/index-archive-1.md"]
    broken = []
    for path, content in pages.items():
        if path.endswith(".md"):
            for target in re.findall(r"\]\(([^)\s]+)\)", content):
                resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target.split("#")[0]))
                if resolved not in pages:
                    broken.append((path, target))
    assert broken == []
