"""The real-text gold sets (tests/realworld, realworld2, realworld3, realworld4, realworld5, realworld6, realworld7, realworld8, realworld9, realworld12, the held-out realworld10, and tests/heldout) stay consistent with their sources."""
from pathlib import Path

import pytest

from generator.settings import PROJECT_ROOT, Settings
from generator.tools.evaluation.gold import load_gold
from generator.tools.gold_check import check

TESTS = Path(__file__).parent.parent

#: Each real-text gold set and the fewest articles it must hold.
GOLD_SETS = [(TESTS / "realworld", 52), (TESTS / "realworld2", 28), (TESTS / "heldout" / "dev", 13), (TESTS / "heldout" / "check", 11),
             (TESTS / "realworld3", 30), (TESTS / "realworld4", 50),
             (TESTS / "realworld5", 42), (TESTS / "realworld6", 51),
             (TESTS / "realworld7", 89), (TESTS / "realworld8", 56),
             (TESTS / "realworld9", 70), (TESTS / "realworld10", 50),
             (TESTS / "realworld11", 25), (TESTS / "realworld12", 14)]


@pytest.mark.parametrize("root", [root for root, _ in GOLD_SETS], ids=lambda root: str(root.relative_to(TESTS)))
def test_gold_matches_its_sources(root):
    assert check(root / "gold", root / "sources") == []


@pytest.mark.parametrize(("root", "least"), GOLD_SETS, ids=[str(root.relative_to(TESTS)) for root, _ in GOLD_SETS])
def test_every_source_has_gold_and_provenance(root, least):
    sources = sorted(p.name for p in (root / "sources").iterdir() if p.suffix in (".txt", ".html", ".md"))  # saved pages, Markdown files too
    gold = load_gold(root / "gold", Settings.from_root(PROJECT_ROOT, sources_dir=root / "sources"))
    # A set split in halves (heldout/dev, heldout/check) keeps one provenance file for both; a set built on several
    # branches (realworld6, realworld7) keeps one per branch (PROVENANCE.md, PROVENANCE-2.md).
    provenance_files = sorted(root.glob("PROVENANCE*.md")) or [root.parent / "PROVENANCE.md"]
    provenance = "".join(p.read_text(encoding="utf-8") for p in provenance_files)
    assert sorted(g.source for g in gold) == sources
    assert sum(len(g.articles) for g in gold) >= least
    assert all(f"| {name} |" in provenance for name in sources)


FRONTMATTER_SOURCE = '---\ntitle: "Envoy visits Hanoi"\nauthor: "Jane Roe"\n---\nThe envoy arrived on Monday for talks.\n'


@pytest.mark.parametrize(("title", "author", "problems"), [
    ("Envoy visits Hanoi", "Jane Roe", 0),   # headline and byline only in the frontmatter count as the source's
    ("Envoy leaves Hanoi", "Jane Roe", 1),   # a headline found nowhere is still reported
    ("Envoy visits Hanoi", "John Doe", 1),   # so is an author found nowhere
])
def test_gold_check_reads_the_frontmatter(tmp_path, title, author, problems):
    (tmp_path / "sources").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(FRONTMATTER_SOURCE, encoding="utf-8")
    (tmp_path / "gold" / "a.yaml").write_text(
        f"source: a.txt\narticles:\n  - title: \"{title}\"\n    author: \"{author}\"\n"
        "    first_paragraph: \"The envoy arrived on Monday for talks.\"\n"
        "    last_paragraph: \"The envoy arrived on Monday for talks.\"\n    body_lines: 1\n", encoding="utf-8")
    assert len(check(tmp_path / "gold", tmp_path / "sources")) == problems


def test_gold_check_reads_every_pasted_posts_frontmatter(tmp_path):
    """Posts pasted one after another each have their frontmatter: a later post's title and author are the source's."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        FRONTMATTER_SOURCE + '---\ntitle: "Envoy leaves Hanoi"\nauthor: "John Doe"\n---\nThe envoy left on Friday after the talks.\n', encoding="utf-8")
    (tmp_path / "gold" / "a.yaml").write_text(
        "source: a.txt\narticles:\n  - title: \"Envoy leaves Hanoi\"\n    author: \"John Doe\"\n"
        "    first_paragraph: \"The envoy left on Friday after the talks.\"\n"
        "    last_paragraph: \"The envoy left on Friday after the talks.\"\n    body_lines: 1\n", encoding="utf-8")
    assert check(tmp_path / "gold", tmp_path / "sources") == []


BYLINE_PAGE = ("<html><head><title>Envoy visits Hanoi</title></head><body><article><h1>Envoy visits Hanoi</h1>"
               "<div class='byline'>Written By Jane Roe November 6, 2023</div>"
               + "".join(f"<p>The envoy arrived on Monday for talks with the government, paragraph {n} of the story, "
                         "and met ministers in the capital before a dinner.</p>" for n in range(5))
               + "</article></body></html>")


@pytest.mark.parametrize(("author", "problems"), [("Jane Roe", 0), ("John Doe", 1)])
def test_gold_check_reads_the_lines_a_page_reader_left_out(tmp_path, author, problems):
    """A saved page's byline the reader moved out of the text is still the source's: the gold may name its author."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "sources" / "a.html").write_text(BYLINE_PAGE, encoding="utf-8")
    paragraph = ("The envoy arrived on Monday for talks with the government, paragraph 0 of the story, "
                 "and met ministers in the capital before a dinner.")
    (tmp_path / "gold" / "a.yaml").write_text(
        f"source: a.html\narticles:\n  - title: \"Envoy visits Hanoi\"\n    author: \"{author}\"\n"
        f"    first_paragraph: \"{paragraph}\"\n    last_paragraph: \"{paragraph.replace('0 of', '4 of')}\"\n    body_lines: 5\n",
        encoding="utf-8")
    assert len([p for p in check(tmp_path / "gold", tmp_path / "sources") if "author" in p]) == problems
