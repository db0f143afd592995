"""The real-text gold set (tests/realworld) stays consistent with its sources."""
from pathlib import Path

from generator.settings import PROJECT_ROOT, Settings
from generator.tools.evaluation.gold import load_gold
from generator.tools.gold_check import check

ROOT = Path(__file__).parent.parent / "realworld"


def test_realworld_gold_matches_its_sources():
    assert check(ROOT / "gold", ROOT / "sources") == []


def test_every_realworld_source_has_gold_and_provenance():
    sources = sorted(p.name for p in (ROOT / "sources").glob("*.txt"))
    gold = sorted(g.source for g in load_gold(ROOT / "gold", Settings.from_root(PROJECT_ROOT, sources_dir=ROOT / "sources")))
    provenance = (ROOT / "PROVENANCE.md").read_text(encoding="utf-8")
    assert sources == gold and len(sources) >= 30
    assert all(f"| {name} |" in provenance for name in sources)
