"""The render cache: what pages read is recorded, fingerprints follow content, the store keeps contents."""
import pickle
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

import pytest

from generator.incremental import store as page_store
from generator.incremental.fingerprint import EntryDigests, Fingerprinter, content_digest, same_objects
from generator.incremental.recording import ALL, ReadLog, RecordingMapping, RecordingSequence
from generator.incremental.store import PageStore, PickleCache, StoredPage
from generator.model import Annotations, Article, Block, Brief, Mention, Term


def brief(text: str, brief_id: str = "b") -> Brief:
    article = Article("s.txt", 0, "Title", (Block("paragraph", text),), meta=MappingProxyType({"date": date(2024, 1, 2)}))
    return Brief(brief_id, article, Annotations(mentions=(Mention("countries", "JP", "Japan", 0, text),)), digest=f"d-{text}")


@pytest.mark.parametrize("read, expected", [
    (lambda m: m["a"], {("x", "a")}),
    (lambda m: m.get("missing"), {("x", "missing")}),
    (lambda m: "a" in m, {("x", "a")}),
    (lambda m: list(m), {("x", ALL)}),
    (lambda m: len(m), {("x", ALL)}),
    (lambda m: list(m.items()), {("x", ALL)}),
])
def test_recording_mapping_notes_each_read(read, expected):
    log = ReadLog()
    read(RecordingMapping("x", {"a": 1}, log))
    assert log.reads == expected


def test_any_read_of_a_recorded_sequence_counts_as_reading_it_all():
    log = ReadLog()
    sequence = RecordingSequence("briefs", (1, 2, 3), log)
    assert sequence[:2] == (1, 2)
    assert log.reads == {("briefs", ALL)}
    log.start()
    assert log.reads == set()


@pytest.mark.parametrize("a, b, same", [
    (("x", 1), ("x", 1), True),
    (("x", 1), ("x", 2), False),
    ({"k": (1, 2)}, {"k": (1, 3)}, False),
    (Term("countries", "JP", "Japan"), Term("countries", "JP", "Japan"), True),
    (Term("countries", "JP", "Japan"), Term("countries", "JP", "Nippon"), False),
    ((brief("one"),), (brief("one"),), True),
    ((brief("one"),), (brief("two"),), False),
    ((brief("one", "a"),), (brief("one", "b"),), False),
])
def test_fingerprints_change_exactly_when_values_do(a, b, same):
    printer = Fingerprinter(lambda item: item.digest)
    assert (Fingerprinter(lambda item: item.digest).digest(a) == printer.digest(b)) is same


JAPAN, RUSSIA = Term("countries", "JP", "Japan"), Term("countries", "RU", "Russia")


@pytest.mark.parametrize("a, b, same", [
    (MappingProxyType({("countries", "JP"): JAPAN}), MappingProxyType({("countries", "JP"): JAPAN}), True),
    (MappingProxyType({("countries", "JP"): JAPAN}), MappingProxyType({("countries", "JP"): Term("countries", "JP", "Nippon")}), False),
    (MappingProxyType({("countries", "JP"): JAPAN}), MappingProxyType({("countries", "XX"): JAPAN}), False),
    ({"a": JAPAN, "b": RUSSIA}, {"b": RUSSIA, "a": JAPAN}, False),  # in order: the order is printed
    ((JAPAN, RUSSIA), (JAPAN, RUSSIA), True),
    ((JAPAN, RUSSIA), (RUSSIA, JAPAN), False),
])
def test_a_serving_printer_remembers_records_yet_prints_what_a_one_off_printer_does(a, b, same):
    one_off = Fingerprinter(lambda item: item.digest)
    last_build = Fingerprinter(lambda item: item.digest, {})
    last_build.plain(a)
    serving = Fingerprinter(lambda item: item.digest, last_build.records)  # the next build, remembering the last
    assert serving.plain(a) == one_off.plain(a) and serving.plain(b) == one_off.plain(b)
    assert (serving.plain(a) == serving.plain(b)) is same
    assert {id(record) for record in (a.values() if isinstance(a, dict | MappingProxyType) else a)} <= set(serving.records)


def test_a_brief_is_fingerprinted_by_its_digest_not_its_text():
    calls = []
    printer = Fingerprinter(lambda item: calls.append(item.id) or item.digest)
    assert printer.encode(brief("Japan and Korea")) == "Bb:d-Japan and Korea"  # id and digest, not the article
    pair = (brief("Japan and Korea"), brief("Japan and Korea"))
    assert printer.encode(pair) == "(Bb:d-Japan and Korea,Bb:d-Japan and Korea,)"  # a tuple of briefs, too
    assert calls == ["b"]  # memoised per brief id


JAPAN = Term("countries", "JP", "Japan")


@pytest.mark.parametrize("a, b, same", [
    ((JAPAN, "x", 1), (JAPAN, "x", 1), True),
    ((JAPAN,), (Term("countries", "JP", "Japan"),), True),  # a record: field by field
    (Term("c", "JP", "Japan", attributes=MappingProxyType({"a": 1})), Term("c", "JP", "Japan", attributes=MappingProxyType({"a": 1})),
     False),  # an equal mapping that is not the same object is not trusted
    ({"a": 1, "b": 2}, {"b": 2, "a": 1}, False),  # the same entries in another order print differently
    ((0.0,), (-0.0,), False),
    ([JAPAN, (JAPAN, None)], [JAPAN, (JAPAN, None)], True),
    ((1,), (True,), False),
])
def test_same_objects_trusts_identity_and_plain_values_only(a, b, same):
    assert same_objects(a, b) is same


def test_entry_digests_are_reused_for_the_very_same_value_only():
    @dataclass(frozen=True)
    class Index:  # what EntryDigests reads: fields by name
        terms: dict
    index = Index({("countries", "JP"): JAPAN})
    printer = Fingerprinter(lambda item: item.digest)
    first = EntryDigests(index, printer, {})
    digest = first(("terms", ("countries", "JP")))
    remembered = {("terms", ("countries", "JP")): (JAPAN, "remembered")}
    assert EntryDigests(index, printer, remembered)(("terms", ("countries", "JP"))) == "remembered"
    other = {("terms", ("countries", "JP")): (Term("countries", "JP", "Nippon"), "remembered")}
    assert EntryDigests(index, printer, other)(("terms", ("countries", "JP"))) == digest  # another value is digested again


@pytest.mark.parametrize("before, remembered, moved", [
    ({}, {}, set()),
    ({("terms", ("countries", "JP")): "stale"}, {}, {("terms", ("countries", "JP"))}),
    ({("terms", ("countries", "JP")): "remembered"}, {("terms", ("countries", "JP")): (JAPAN, "remembered")}, set()),
    ({("terms", ("countries", "KR")): "was there"}, {}, {("terms", ("countries", "KR"))}),  # gone: MISSING digests otherwise
    ({("terms", ALL): "stale", ("terms", ("countries", "JP")): "fresh"}, {}, {("terms", ALL)}),
])
def test_changed_entries_are_those_whose_digest_moved(before, remembered, moved):
    @dataclass(frozen=True)
    class Index:
        terms: dict
    index = Index({("countries", "JP"): JAPAN})
    printer = Fingerprinter(lambda item: item.digest)
    fresh = EntryDigests(index, printer, {})(("terms", ("countries", "JP")))
    before = {dependency: fresh if digest == "fresh" else digest for dependency, digest in before.items()}
    digests = EntryDigests(index, printer, remembered)
    assert digests.changed(before) == moved
    assert all(digests(dependency) == digests.values[dependency][1] for dependency in before)  # each entry digested once, kept


def test_the_store_keeps_contents_and_compacts_dead_ones(tmp_path):
    store = PageStore(tmp_path)
    texts = {f"p{i}.md": f"page {i} " * 100 for i in range(4)}
    read = ("terms", ("countries", "JP"))
    pages = {path: StoredPage("job", (read,), content_digest(text)) for path, text in texts.items()}
    store.save(pages, {read: "digest"}, {content_digest(t): t for t in texts.values()})
    loaded = PageStore(tmp_path)
    assert loaded.load() == (pages, {read: "digest"})
    assert all(loaded.read(content_digest(t)) == t for t in texts.values())
    size = (tmp_path / "pages.pack").stat().st_size
    for round_ in range(3):  # replace every page: the dead contents are dropped, the pack does not grow without end
        texts = {path: f"round {round_} {text}" for path, text in texts.items()}
        pages = {path: page._replace(content=content_digest(texts[path])) for path, page in pages.items()}
        loaded.save(pages, {read: f"digest {round_}"}, {content_digest(t): t for t in texts.values()})
    final = PageStore(tmp_path)
    assert final.load() == (pages, {read: "digest 2"})
    assert all(final.read(content_digest(t)) == t for t in texts.values())
    assert (tmp_path / "pages.pack").stat().st_size < 3 * size


def test_a_damaged_pack_is_never_served(tmp_path):
    store = PageStore(tmp_path)
    text = "the page"
    store.save({"a.md": StoredPage("job", (), content_digest(text))}, {}, {content_digest(text): text})
    (tmp_path / "pages.pack").write_bytes(b"XXX page")
    damaged = PageStore(tmp_path)
    damaged.load()
    with pytest.raises(RuntimeError, match="damaged"):
        damaged.read(content_digest(text))
    (tmp_path / "pages.pack").write_bytes(b"")
    truncated = PageStore(tmp_path)
    truncated.load()
    assert not truncated.contents()


def store_state(round_: int, count: int = 40) -> tuple[dict[str, StoredPage], dict[tuple, str], dict[str, str]]:
    """A build's pages, digests and texts: a few pages change each round, one page comes and one goes."""
    texts = {f"p{i}.md": f"page {i} " * 50 + (f"round {round_}" if i % 10 == round_ % 10 else "") for i in range(round_ % 3, count)}
    texts[f"new-{round_}.md"] = f"new page {round_}"
    reads = {path: (("postings", path), ("terms", ALL)) for path in texts}
    pages = {path: StoredPage(f"job {path}", reads[path], content_digest(text)) for path, text in texts.items()}
    digests = {("postings", path): f"d {path}" for path in texts} | {("terms", ALL): f"all {round_ % 2}"}
    return pages, digests, {content_digest(t): t for t in texts.values()}


def saved_rounds(directory, rounds: int) -> tuple[PageStore, tuple]:
    """A store that saved ``rounds`` builds in a row, as `mkdocs serve` does; the state it saved last."""
    store = PageStore(directory)
    for round_ in range(rounds):
        store.load()
        pages, digests, texts = state = store_state(round_)
        store.save(pages, digests, texts)
    return store, state


@pytest.mark.parametrize("rounds", [1, 2, 5, 30])
def test_the_journal_gives_back_the_last_build_whatever_the_number_of_saves(tmp_path, rounds):
    _, (pages, digests, texts) = saved_rounds(tmp_path, rounds)
    loaded = PageStore(tmp_path)
    assert loaded.load() == (pages, digests)
    assert all(loaded.read(page.content) == texts[page.content] for page in pages.values())


def test_a_small_change_appends_to_the_journal_and_a_large_one_writes_the_base(tmp_path):
    store, _ = saved_rounds(tmp_path, 2)
    base = (tmp_path / "pages.pickle").stat()
    assert (tmp_path / "pages.journal").stat().st_size < base.st_size / 2  # the second build appended what changed
    journal = (tmp_path / "pages.journal").read_bytes()
    store.load()
    store.save(*store_state(1))  # the same build again: nothing to append
    assert (tmp_path / "pages.journal").read_bytes() == journal
    _, (pages, _, texts) = saved_rounds(tmp_path, 30)
    journal = tmp_path / "pages.journal"
    assert (journal.stat().st_size if journal.exists() else 0) <= (tmp_path / "pages.pickle").stat().st_size  # not endless
    live = sum(len(text.encode()) for text in texts.values())
    assert (tmp_path / "pages.pack").stat().st_size <= 2 * live + 1000  # builds that each change a few pages: dead ones dropped


def test_a_journal_cut_short_or_left_from_an_older_base_is_not_replayed(tmp_path):
    store, (pages, digests, _) = saved_rounds(tmp_path, 3)
    journal = tmp_path / "pages.journal"
    whole = journal.read_bytes()
    journal.write_bytes(whole[:-5])  # a crash while appending: the state of the build before
    before, _ = saved_rounds(tmp_path / "before", 2)
    assert PageStore(tmp_path).load() == before.load()
    again = PageStore(tmp_path)
    again.load()
    next_pages, next_digests, next_texts = store_state(3)
    again.save(next_pages, next_digests, next_texts)  # writes over the torn record
    assert PageStore(tmp_path).load() == (next_pages, next_digests)
    stale = journal.read_bytes()
    fresh, _ = saved_rounds(tmp_path / "fresh", 1)
    (tmp_path / "pages.pickle").write_bytes((tmp_path / "fresh" / "pages.pickle").read_bytes())
    (tmp_path / "pages.pack").write_bytes((tmp_path / "fresh" / "pages.pack").read_bytes())
    journal.write_bytes(stale)  # a new base written, the crash came before the old journal was removed
    assert PageStore(tmp_path).load() == fresh.load()


def test_model_objects_survive_pickling_with_read_only_mappings():
    original = brief("Japan and Saudi Arabia")
    copy = pickle.loads(pickle.dumps(original))
    assert copy == original
    assert isinstance(copy.article.meta, MappingProxyType)
    with pytest.raises(TypeError):
        copy.article.meta["date"] = None  # type: ignore[index]


def test_a_large_content_has_a_file_of_its_own_deleted_when_no_page_holds_it(tmp_path, monkeypatch):
    monkeypatch.setattr(page_store, "OWN_FILE_BYTES", 1000)
    store = PageStore(tmp_path)
    for round_ in range(3):
        texts = {"small.md": "small page", "data/big.json": f"round {round_} " + "x" * 2000}
        pages = {path: StoredPage("job", (), content_digest(text)) for path, text in texts.items()}
        store.load()
        store.save(pages, {}, {content_digest(t): t for t in texts.values()})
    big = content_digest(texts["data/big.json"])
    assert sorted(p.name for p in (tmp_path / "large").iterdir()) == [big]  # the two earlier ones are gone
    assert (tmp_path / "pages.pack").stat().st_size < 1000  # never in the pack
    loaded = PageStore(tmp_path)
    assert loaded.load() == (pages, {})
    assert loaded.read(big) == texts["data/big.json"]
    (tmp_path / "large" / big).unlink()  # lost: a miss, never a wrong page
    lost = PageStore(tmp_path)
    lost.load()
    assert big not in lost.contents() and content_digest("small page") in lost.contents()


def test_a_deferred_save_is_kept_in_memory_until_flushed(tmp_path):
    store = PageStore(tmp_path)
    store.load()
    pages, digests, texts = store_state(0)
    store.save(pages, digests, texts)
    written = {path.name: path.stat().st_mtime_ns for path in tmp_path.iterdir()}
    later_pages, later_digests, later_texts = store_state(1)
    assert store.load() == (pages, digests)
    store.save(later_pages, later_digests, later_texts, defer=True)
    assert {path.name: path.stat().st_mtime_ns for path in tmp_path.iterdir()} == written  # nothing written yet
    assert store.load() == (later_pages, later_digests)  # this process sees its own last build
    assert all(store.read(page.content) == later_texts[page.content] for page in later_pages.values())
    assert PageStore(tmp_path).load() == (pages, digests)  # another process sees the last one written
    store.flush()
    assert PageStore(tmp_path).load() == (later_pages, later_digests)


def test_a_deferred_save_gives_way_to_another_process_that_wrote_meanwhile(tmp_path):
    store = PageStore(tmp_path)
    store.load()
    store.save(*store_state(0))
    store.load()
    store.save(*store_state(1), defer=True)
    other = PageStore(tmp_path)
    other.load()
    other_pages, other_digests, other_texts = store_state(7)
    other.save(other_pages, other_digests, other_texts)
    assert store.load() == (other_pages, other_digests)  # its own unsaved build is dropped, never mixed in
    store.flush()
    assert PageStore(tmp_path).load() == (other_pages, other_digests)
    assert all(store.read(page.content) == other_texts[page.content] for page in other_pages.values())


@pytest.mark.parametrize("before", ["nothing", "its folder", "the folder made, then deleted"])
def test_a_value_is_stored_whatever_became_of_its_folder(tmp_path, before):
    """The cache makes a value's folder when the write finds none (not before every write): a cold build writes thousands."""
    cache = PickleCache(tmp_path / "values")
    key = "ab" + "0" * 62
    if before != "nothing":
        cache.put("ab" + "1" * 62, "other")
    if before == "the folder made, then deleted":
        for path in (tmp_path / "values" / "ab").iterdir():
            path.unlink()
        (tmp_path / "values" / "ab").rmdir()
    cache.put(key, {"value": 1})
    assert cache.get(key, dict) == {"value": 1}
    assert not list((tmp_path / "values").rglob("*.tmp"))
