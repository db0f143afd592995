"""The benchmark's own arithmetic: what a first search transfers, and growth between corpus sizes."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from generator.tools.bench import PAGEFIND_RESULTS, first_query_bytes, growth
from generator.tools.bench_search import reader_queries, sent_bytes
from generator.tools.bench_table import builds_table


def write(path: Path, size: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)


def test_material_first_query_is_the_whole_index(tmp_path):
    write(tmp_path / "search" / "search_index.json", 10 * 1024)
    assert first_query_bytes(tmp_path) == {"search": "material", "first_query_kb": 10}


def test_pagefind_first_query_is_its_script_one_chunk_and_the_shown_fragments(tmp_path):
    bundle = tmp_path / "pagefind"
    for name in ("pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "wasm.en.pagefind", "pagefind.en_1.pf_meta"):
        write(bundle / name, 1024)
    write(bundle / "wasm.unknown.pagefind", 1024)  # another language's: not fetched
    for name in ("pagefind-ui.js", "pagefind-ui.css"):  # loaded with the search page, before the query
        write(bundle / name, 2048)
    write(bundle / "index" / "a.pf_index", 4 * 1024)
    write(bundle / "index" / "b.pf_index", 2 * 1024)  # another word's chunk: not fetched
    for i in range(PAGEFIND_RESULTS + 3):
        write(bundle / "fragment" / f"{i}.pf_fragment", 1024)
    assert first_query_bytes(tmp_path) == {"search": "pagefind", "first_query_bound_kb": 5 + 4 + PAGEFIND_RESULTS,
                                           "search_page_kb": 4}


def test_growth_is_largest_over_smallest():
    rows = [{"articles": 1000, "build_cold_s": 50.0, "build_peak_mib": 400, "first_query_kb": 260},
            {"articles": 10000, "build_cold_s": 500.0, "build_peak_mib": 2000, "first_query_kb": 280}]
    assert growth(rows) == {"articles": 10.0, "build_cold_s": 10.0, "build_peak_mib": 5.0, "first_query_kb": 1.08}
    assert growth(rows[:1]) == {}


def test_builds_table_shows_warm_builds_as_fractions_of_the_cold_one_and_the_growth():
    rows = [{"articles": 1000, "build_cold_s": 50.0, "build_warm_unchanged_s": 5.0, "build_warm_plus_one_s": 10.0},
            {"articles": 10000, "build_cold_s": 500.0, "build_warm_unchanged_s": 40.0, "build_warm_plus_one_s": 150.0}]
    assert builds_table({"rows": rows, "growth": growth(rows)}).splitlines() == [
        "| articles | cold | warm, unchanged | warm, plus one |",
        "|---:|---:|---:|---:|",
        "| 1,000 | 50.0 s | 5.0 s (0.10) | 10.0 s (0.20) |",
        "| 10,000 | 500.0 s | 40.0 s (0.08) | 150.0 s (0.30) |",
        "| growth (10.0x articles) | 10.0x | 8.0x | 15.0x |",
    ]


def test_reader_queries_are_the_most_briefed_name_of_each_taxonomy(tmp_path):
    def brief(countries=(), people=(), initiatives=()):
        return {"countries": [{"name": n} for n in countries], "people": [{"name": n} for n in people],
                "organizations": [], "initiatives": [{"name": n} for n in initiatives]}
    briefs = [brief(["Japan", "Russia"], ["Fumio Kishida"]), brief(["Russia"], ["Vladimir Putin"], ["Manar initiative"]),
              brief(["Japan"], ["Vladimir Putin"])]
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "briefs.json").write_text(json.dumps({"briefs": briefs}), encoding="utf-8")
    # Japan and Russia are tied: the first name in order wins; no organisation is named, so none is searched.
    assert reader_queries(tmp_path) == ["Japan", "Vladimir Putin", "Manar initiative"]


@pytest.mark.parametrize(("url", "body", "sent"), [
    ("http://h/pagefind/index/en_1.pf_index", b"\x1f\x8b" + b"a" * 998, 1000),  # gzip already: sent as it is
    ("http://h/pagefind/wasm.en.pagefind", b"w" * 500, 500),
    ("http://h/pagefind/pagefind-entry.json?ts=17", b"{}" * 500, len(gzip.compress(b"{}" * 500, 6, mtime=0))),
    ("http://h/pagefind/pagefind.js", b"let a = 1;\n" * 100, len(gzip.compress(b"let a = 1;\n" * 100, 6, mtime=0))),
])
def test_sent_bytes_count_text_as_a_gzip_serving_host_sends_it(url, body, sent):
    assert sent_bytes(url, body) == sent
