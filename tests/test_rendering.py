"""Rendering: long lists become a first page of the newest items and archive pages that do not move."""
import pytest

from generator.render.plan import paginate


def pages_of(count: int, size: int = 3):
    items = [f"d{n:02d}" for n in range(count, 0, -1)]  # newest first; each item is its own date
    return paginate(items, size, "countries/jp.md", date_of=lambda item: item)


@pytest.mark.parametrize("count, expected", [
    (0, [("countries/jp.md", "Newest", ())]),
    (3, [("countries/jp.md", "Newest", ("d03", "d02", "d01"))]),
    (4, [("countries/jp.md", "Newest", ("d04", "d03", "d02")), ("countries/jp-archive-1.md", "from d01", ("d01",))]),
    (9, [("countries/jp.md", "Newest", ("d09", "d08", "d07")), ("countries/jp-archive-2.md", "d04 – d06", ("d06", "d05", "d04")),
         ("countries/jp-archive-1.md", "d01 – d03", ("d03", "d02", "d01"))]),
])
def test_pages_hold_the_newest_items_first_and_archives_cut_from_the_oldest(count, expected):
    assert [(p.path, p.label, p.items) for p in pages_of(count)] == expected


def test_undated_items_have_archive_pages_of_their_own():
    items = ["d05", "d04", "d03", "d02", "d01", "undated", "undated"]
    pages = paginate(items, 2, "briefs/index.md", date_of=lambda item: item)
    assert [(p.path, p.label, p.items) for p in pages] == [
        ("briefs/index.md", "Newest", ("d05", "d04")),
        ("briefs/index-archive-2.md", "from d03", ("d03",)),
        ("briefs/index-archive-1.md", "d01 – d02", ("d02", "d01")),
        ("briefs/index-undated-1.md", "undated", ("undated", "undated")),
    ]


def test_a_new_undated_item_leaves_the_dated_archive_pages_alone():
    dated = [f"d{n:02d}" for n in range(9, 0, -1)]
    before = {p.path: p.items for p in paginate(dated + ["undated"], 3, "x.md", date_of=lambda item: item)}
    after = {p.path: p.items for p in paginate(dated + ["undated", "undated"], 3, "x.md", date_of=lambda item: item)}
    assert {path for path in after if before.get(path) != after[path]} == {"x-undated-1.md"}


def test_every_page_lists_every_page_newest_first():
    pages = pages_of(9)
    assert all(p.pages == (("countries/jp.md", "Newest"), ("countries/jp-archive-2.md", "d04 – d06"),
                           ("countries/jp-archive-1.md", "d01 – d03")) for p in pages)


def test_a_new_item_changes_the_first_page_and_the_newest_archive_only():
    before = {p.path: (p.label, p.items) for p in pages_of(10)}
    after = {p.path: (p.label, p.items) for p in pages_of(11)}
    changed = {path for path in after if before.get(path) != after[path]}
    assert changed == {"countries/jp.md", "countries/jp-archive-3.md"}
    assert after["countries/jp-archive-1.md"] == before["countries/jp-archive-1.md"]
