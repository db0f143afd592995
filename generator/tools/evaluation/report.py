"""The entry points: run the pipeline on the gold sources, and print the scores as a table."""
from __future__ import annotations

from pathlib import Path

from generator.knowledge.base import load_knowledge
from generator.pipeline import gather
from generator.settings import Settings
from generator.tools.evaluation.gold import load_gold
from generator.tools.evaluation.matching import Resolver
from generator.tools.evaluation.prediction import PredArticle, prediction_of
from generator.tools.evaluation.scores import ACCURACY_FIELDS, PRF_FIELDS, Scores
from generator.tools.evaluation.scoring import score_sources


def evaluate(settings: Settings, gold_dir: Path) -> Scores:
    """Run the real pipeline on the gold sources and score it against ``gold_dir``."""
    gold_sources = load_gold(Path(gold_dir), settings)
    knowledge = load_knowledge(settings.knowledge_dir)
    briefs, errors, _, _ = gather(settings, knowledge)
    wanted = {g.source for g in gold_sources}
    predicted: dict[str, list[PredArticle]] = {}
    for brief in briefs:
        if brief.article.source in wanted:
            predicted.setdefault(brief.article.source, []).append(prediction_of(brief, knowledge))
    scores = score_sources(gold_sources, predicted, Resolver.from_knowledge(knowledge))
    scores.gold_dir = str(gold_dir)
    scores.notes.extend(f"pipeline error: {e.path}: {e.message}" for e in errors if e.path in wanted)
    return scores


def format_table(scores: Scores, verbose: bool = False) -> str:
    """The scores as a plain-text table; ``verbose`` adds every miss and false positive per field."""
    out = [
        f"Evaluation against {scores.sources} gold files ({scores.articles_expected} articles; "
        f"{scores.articles_predicted} predicted){' in ' + scores.gold_dir if scores.gold_dir else ''}",
        "",
        f"{'field':<24}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}   tp/fp/fn",
        "-" * 68,
    ]
    for name in PRF_FIELDS:
        s = scores[name]
        out.append(f"{name:<24}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.support:>9}   {s.tp}/{s.fp}/{s.fn}")
    out.append("-" * 68)
    for name in ACCURACY_FIELDS:
        s = scores[name]
        out.append(f"{name + ' (accuracy)':<24}{'':>7}{'':>7}{s.f1:>7.3f}{s.support:>9}   {s.tp} right, {s.fn} wrong")
    out.append("-" * 68)
    found = scores.articles_found
    out.append(f"articles found with exact title: {found}/{scores.articles_expected}")
    out.append(f"boilerplate lines left:          {len(scores.boilerplate_left)}")
    out.append(f"body lines lost:                 {len(scores.body_lines_lost)} of {scores.body_lines_total}")
    titles = scores["articles (exact title)"]
    sections = [
        ("missing or mistitled articles", titles.misses),
        ("extra articles", [x for x in titles.false_positives if x.endswith("extra article")]),
        ("boilerplate lines left", scores.boilerplate_left),
        ("body lines lost", scores.body_lines_lost),
    ]
    for heading, items in sections:
        if items:
            out += ["", f"{heading}:"] + [f"  - {item}" for item in items]
    if verbose:
        for name in PRF_FIELDS[1:] + ACCURACY_FIELDS:
            s = scores[name]
            if not (s.misses or s.false_positives):
                continue
            out += ["", f"{name}:"]
            out += [f"  miss  {item}" for item in s.misses]
            out += [f"  false {item}" for item in s.false_positives]
    if scores.notes:
        out += ["", "notes:"] + [f"  - {note}" for note in scores.notes]
    return "\n".join(out)
