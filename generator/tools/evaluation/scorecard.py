"""One table of the scores that matter, side by side for every evaluation set: `python -m generator evaluate`.

The sets are the seeds (``sources/`` against ``tests/gold``), the real articles tuned on (``tests/realworld``,
``tests/realworld2``, ``tests/heldout/dev``, ``tests/realworld3``, ``tests/realworld4``, ``tests/realworld5``, ``tests/realworld6``, ``tests/realworld7``, ``tests/realworld8``, ``tests/realworld9``, ``tests/realworld12``) and the
real articles never tuned on (``tests/heldout/check``, ``tests/realworld10``, ``tests/realworld11``); a set whose
folders are missing is left out. Below them, the cleaning of the labelled real pages of ``tests/realdev`` (furniture kept, body lost, outlet
and date right / empty / wrong), by half; last, pairs of real articles pasted into one file and split into their two
articles (``pairs.py``), by join.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from generator.knowledge.base import load_knowledge
from generator.settings import PROJECT_ROOT, Settings
from generator.tools.evaluation.pairs import JOINS, PairScore, evaluate_pairs
from generator.tools.evaluation.realdev import REALDEV_DIR, HalfScore, evaluate_realdev
from generator.tools.evaluation.realdev_dates import DateHalf, evaluate_realdev_dates
from generator.tools.evaluation.realdev_outlets import OutletHalf, evaluate_realdev_outlets
from generator.tools.evaluation.report import evaluate
from generator.tools.evaluation.scores import Scores


@dataclass(frozen=True)
class EvaluationSet:
    """A folder of sources with its gold, and whether the project was tuned on it."""

    name: str
    sources: Path
    gold: Path
    tuned_on: bool


TESTS = PROJECT_ROOT / "tests"
EVALUATION_SETS = (
    EvaluationSet("seeds", PROJECT_ROOT / "sources", TESTS / "gold", tuned_on=True),
    EvaluationSet("realworld", TESTS / "realworld" / "sources", TESTS / "realworld" / "gold", tuned_on=True),
    EvaluationSet("realworld2", TESTS / "realworld2" / "sources", TESTS / "realworld2" / "gold", tuned_on=True),
    EvaluationSet("heldout/dev", TESTS / "heldout" / "dev" / "sources", TESTS / "heldout" / "dev" / "gold", tuned_on=True),
    EvaluationSet("heldout/check", TESTS / "heldout" / "check" / "sources", TESTS / "heldout" / "check" / "gold",
                  tuned_on=False),
    EvaluationSet("realworld3", TESTS / "realworld3" / "sources", TESTS / "realworld3" / "gold", tuned_on=True),
    EvaluationSet("realworld4", TESTS / "realworld4" / "sources", TESTS / "realworld4" / "gold", tuned_on=True),
    EvaluationSet("realworld5", TESTS / "realworld5" / "sources", TESTS / "realworld5" / "gold", tuned_on=True),
    EvaluationSet("realworld6", TESTS / "realworld6" / "sources", TESTS / "realworld6" / "gold", tuned_on=True),
    EvaluationSet("realworld7", TESTS / "realworld7" / "sources", TESTS / "realworld7" / "gold", tuned_on=True),
    EvaluationSet("realworld8", TESTS / "realworld8" / "sources", TESTS / "realworld8" / "gold", tuned_on=True),
    EvaluationSet("realworld9", TESTS / "realworld9" / "sources", TESTS / "realworld9" / "gold", tuned_on=True),
    EvaluationSet("realworld12", TESTS / "realworld12" / "sources", TESTS / "realworld12" / "gold", tuned_on=True),
    EvaluationSet("realworld10", TESTS / "realworld10" / "sources", TESTS / "realworld10" / "gold", tuned_on=False),
    EvaluationSet("realworld11", TESTS / "realworld11" / "sources", TESTS / "realworld11" / "gold", tuned_on=False),
)


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole}"


def _percent(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "-"


#: Each row: its label and how to read it off one set's scores.
ROWS = (
    ("articles split and titled", lambda s: _ratio(s.articles_found, s.articles_expected)),
    ("boilerplate lines kept", lambda s: _percent(min(len(s.boilerplate_left), s.boilerplate_total), s.boilerplate_total)),
    ("body lines lost", lambda s: _percent(len(s.body_lines_lost), s.body_lines_total)),
    ("outlet right", lambda s: f"{s['outlet'].f1:.3f}"),
    ("author right", lambda s: f"{s['author'].f1:.3f}"),
    ("kind right", lambda s: f"{s['kind'].f1:.3f}"),
    ("date right", lambda s: f"{s['published'].f1:.3f}"),
    ("countries F1", lambda s: f"{s['countries'].f1:.3f}"),
    ("people F1", lambda s: f"{s['people'].f1:.3f}"),
    ("organisations F1", lambda s: f"{s['organizations'].f1:.3f}"),
    ("initiatives P / R", lambda s: f"{s['initiatives'].precision:.2f} / {s['initiatives'].recall:.2f}"),
    ("quotes F1", lambda s: f"{s['quotes'].f1:.3f}"),
    ("quotes attributed F1", lambda s: f"{s['quote attribution'].f1:.3f}"),
    ("figures F1", lambda s: f"{s['figures'].f1:.3f}"),
)


def score_sets(settings: Settings, sets: tuple[EvaluationSet, ...] = EVALUATION_SETS) -> dict[str, Scores]:
    """Each present set scored by the real pipeline, in the order given."""
    present = [s for s in sets if s.sources.is_dir() and s.gold.is_dir()]
    return {s.name: evaluate(replace(settings, sources_dir=s.sources), s.gold) for s in present}


def format_scorecard(scores: dict[str, Scores], realdev: dict[str, HalfScore] | None,
                     outlets: dict[str, OutletHalf] | None = None, pairs: PairScore | None = None,
                     dates: dict[str, DateHalf] | None = None) -> str:
    """The rows for every set side by side, then the realdev cleaning (and outlet, when given) by half, then the pairs."""
    lines = _table("", list(scores), [(label, [read(s) for s in scores.values()]) for label, read in ROWS])
    if realdev:
        rows = (("furniture lines kept", lambda h: _percent(h.furniture_kept, h.furniture)),
                ("body lines lost", lambda h: _percent(h.body_lost, h.body)),
                ("body sentences lost", lambda h: _percent(h.sentences_lost, h.sentences)),
                ("title is the page's headline", lambda h: f"{h.titles_right}/{h.headlines}"),
                ("briefs without a body line", lambda h: f"{h.articles_without_body} of {h.articles}"))
        cells = [(label, [read(h) for h in realdev.values()]) for label, read in rows]
        if outlets:
            cells += [("outlet right / empty / wrong",
                       [f"{outlets[n].right}/{outlets[n].empty}/{outlets[n].wrong} of {outlets[n].pages}" for n in realdev])]
        if dates and any(half.pages for half in dates.values()):
            cells += [("date right / empty / wrong",
                       [f"{dates[n].right}/{dates[n].empty}/{dates[n].wrong} of {dates[n].pages}" for n in realdev])]
        lines += [""] + _table("realdev (pasted real pages)", list(realdev), cells)
    if pairs and pairs.pairs:
        cells = [(f"  {join}", [_ratio(pairs.split[join], pairs.total[join])]) for join, _ in JOINS if pairs.total[join]]
        cells = [("split into their two articles", [_ratio(pairs.right, pairs.pairs)]), *cells]
        lines += [""] + _table("real articles pasted in pairs", ["pairs"], cells)
    return "\n".join(lines)


def _table(corner: str, names: list[str], rows: list[tuple[str, list[str]]]) -> list[str]:
    """A plain-text table: labels down the left, one right-aligned column per name."""
    width = max(len(corner), *(len(label) for label, _ in rows)) + 2
    column = max(len(cell) for _, cells in rows for cell in [*cells, *names]) + 2
    out = [f"{corner:<{width}}" + "".join(f"{n:>{column}}" for n in names), "-" * (width + column * len(names))]
    out += [f"{label:<{width}}" + "".join(f"{cell:>{column}}" for cell in cells) for label, cells in rows]
    return out


def scorecard(settings: Settings, realdev_dir: Path = REALDEV_DIR) -> str:
    """Every set scored and the realdev cleaning, as one table."""
    if not realdev_dir.is_dir():
        return format_scorecard(score_sets(settings), None, pairs=evaluate_pairs())
    outlets = evaluate_realdev_outlets(realdev_dir, load_knowledge(settings.knowledge_dir))
    return format_scorecard(score_sets(settings), evaluate_realdev(realdev_dir), outlets, evaluate_pairs(),
                            evaluate_realdev_dates(realdev_dir))
