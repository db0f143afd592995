"""Counts per field (true positives, false positives, misses) and how items are named in the report."""
from __future__ import annotations

from dataclasses import dataclass, field

from generator.tools.evaluation.matching import norm

PRF_FIELDS = (
    "articles (exact title)", "subheadings", "countries", "people", "people roles", "people countries",
    "organizations", "initiatives", "quotes", "quote attribution", "figures",
)
ACCURACY_FIELDS = ("outlet", "author", "kind", "published")


@dataclass
class FieldScore:
    """Counts of one field; for accuracy fields tp counts right articles and fn wrong ones."""

    name: str
    accuracy: bool = False
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        if self.accuracy:
            return self.recall
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def hit(self, count: int = 1) -> None:
        self.tp += count

    def miss(self, where: str, item: str) -> None:
        self.fn += 1
        self.misses.append(f"{where}: {item}")

    def false_positive(self, where: str, item: str) -> None:
        self.fp += 1
        self.false_positives.append(f"{where}: {item}")


@dataclass
class Scores:
    """Everything ``evaluate`` measured."""

    fields: dict[str, FieldScore]
    gold_dir: str = ""
    sources: int = 0
    articles_expected: int = 0
    articles_predicted: int = 0
    boilerplate_left: list[str] = field(default_factory=list)
    boilerplate_total: int = 0
    body_lines_total: int = 0
    body_lines_lost: list[str] = field(default_factory=list)
    title_mismatches: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # problems of the gold itself, unresolved gold names

    def __getitem__(self, name: str) -> FieldScore:
        return self.fields[name]

    @property
    def articles_found(self) -> int:
        return self.fields["articles (exact title)"].tp

    def summary(self) -> dict[str, float]:
        """F1 (or accuracy) per field, plus the three counts, for tests and dashboards."""
        values: dict[str, float] = {name: score.f1 for name, score in self.fields.items()}
        values["boilerplate lines left"] = float(len(self.boilerplate_left))
        values["body lines lost"] = float(len(self.body_lines_lost))
        values["articles missing"] = float(self.articles_expected - self.articles_found)
        return values


def new_scores() -> Scores:
    fields = {name: FieldScore(name) for name in PRF_FIELDS}
    fields.update({name: FieldScore(name, accuracy=True) for name in ACCURACY_FIELDS})
    return Scores(fields)


def label(source: str, title: str | None, first: str = "") -> str:
    stem = source.rsplit(".", 1)[0]
    shown = title if title else "(untitled) " + " ".join(first.split()[:6]) + "…"
    return f"{stem} «{shown[:60]}{'…' if len(shown) > 60 else ''}»"


def shorten(text: str, limit: int = 70) -> str:
    text = norm(text)
    return repr(text if len(text) <= limit else text[:limit] + "…")
