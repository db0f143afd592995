"""Score the pipeline against hand-checked gold annotations (tests/gold/*.yaml).

``evaluate`` runs the real pipeline (read -> clean/split -> annotate) on the gold sources, aligns each
predicted article with a gold article of the same source and counts, per field, true positives,
false positives and misses, micro-averaged over all articles. ``format_table`` prints the result.

Alignment: a gold article is *found* when a predicted article of the same source has the same title
(untitled gold: an untitled prediction with the same first paragraph). Gold articles left over are
then paired with left-over predictions by first paragraph, so one wrong title does not zero every
other field; they still count as missing titles. Articles with no partner count every gold item as
a miss and every predicted item as a false positive.

Every comparison first normalises Unicode (NFC), invisible characters, whitespace (NBSP too), curly
and straight quotes and dashes; everything except titles is also compared case-insensitively.

Matching rules, all symmetric:

* people: two names match when equal after normalisation (hyphens count as spaces, so "Moon Jae-in"
  is "Moon Jae In"), when the shorter one (two words or more) is the first words of the longer
  ("Faisal bin Farhan" / "Faisal bin Farhan Al Saud"), or when both resolve to the same person of the
  knowledge base. Matching is one to one, exact matches first.
* people roles and countries are scored on matched people only: a role matches when the normalised
  roles are equal or one contains the other; a country when the codes are equal. A value of None is
  "no claim": gold None and predicted value is a false positive, the reverse a miss.
* organisations, initiatives and outlets: names resolve to knowledge-base keys through the aliases
  (case-insensitive, quotes and dashes folded, a leading "the" ignored); names the knowledge base
  cannot resolve compare by normalised text. Media the brief mentions other than its own outlet
  count as organisations (the gold lists them so); gold organisation names resolve against
  organisations first, then outlets.
* quotes: a predicted and a gold quote are the same quote when one text starts with the other's first
  30 normalised characters. "quotes" scores finding the text; "quote attribution" counts a pair
  as correct only when the speakers also match by the people rule (None matches None).
* figures: a predicted figure matches a gold one when one text contains the other. Figures are
  de-duplicated per article first.
* outlet, author, kind, published: accuracy over gold articles (a missing article is wrong).
* body lines: the gold body is every non-empty source line from ``first_paragraph`` to
  ``last_paragraph`` except the gold boilerplate, subheadings, standfirst, byline and title. A line
  is kept when a predicted paragraph of the aligned article contains it (the cleaner may move a wire
  dateline out: dateline + paragraph also counts).
* boilerplate: a gold boilerplate line is left when a predicted paragraph, heading or standfirst of
  the same source equals it (or, for lines of three words or more, contains it).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import yaml

from generator.knowledge.base import Alias, KnowledgeBase

#: Characters folded before any comparison: curly quotes to straight ones, every dash to "-".
_FOLD = str.maketrans({
    "‘": "'", "’": "'", "ʼ": "'", "‛": "'", "`": "'", "´": "'", "′": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "−": "-", "―": "-",
})
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_QUOTE_EDGES = "\"' "
#: How many normalised characters two quote texts must share at the start.
QUOTE_PREFIX = 30
#: Fields in table order; the metadata fields at the end are accuracies.
PRF_FIELDS = (
    "articles (exact title)", "subheadings", "countries", "people", "people roles", "people countries",
    "organizations", "initiatives", "quotes", "quote attribution", "figures",
)
ACCURACY_FIELDS = ("outlet", "author", "kind", "published")


# --------------------------------------------------------------------------- normalisation

def norm(text: str | None) -> str:
    """NFC, no invisible characters, quotes and dashes folded, single spaces (NBSP too), trimmed."""
    if not text:
        return ""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", str(text))).translate(_FOLD)
    return " ".join(text.split())


def key(text: str | None) -> str:
    """``norm`` and case-folded: the comparison key of everything but titles."""
    return norm(text).casefold()


def name_key(name: str | None) -> str:
    """A person's name for comparison: ``key`` with hyphens as spaces."""
    return " ".join(key(name).replace("-", " ").split())


def quote_key(text: str | None) -> str:
    """A quote's text for comparison: ``key`` without surrounding quote marks."""
    return key(text).strip(_QUOTE_EDGES)


def names_match(a: str | None, b: str | None, a_key: str | None = None, b_key: str | None = None) -> bool:
    """The people rule: equal names, one the other's longer form, or the same knowledge-base person."""
    if a_key and b_key and a_key == b_key:
        return True
    x, y = name_key(a).split(), name_key(b).split()
    if not x or not y:
        return False
    if x == y:
        return True
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return len(short) >= 2 and long[: len(short)] == short


def roles_match(gold: str, predicted: str) -> bool:
    g, p = key(gold), key(predicted)
    return bool(g and p) and (g == p or g in p or p in g)


def quotes_match(a: str, b: str) -> bool:
    """One quote text starts with the other's first QUOTE_PREFIX normalised characters."""
    x, y = quote_key(a), quote_key(b)
    if not x or not y:
        return False
    return y.startswith(x[:QUOTE_PREFIX]) or x.startswith(y[:QUOTE_PREFIX])


def figures_match(a: str, b: str) -> bool:
    x, y = key(a), key(b)
    return bool(x and y) and (x in y or y in x)


# --------------------------------------------------------------------------- knowledge-base names

def alias_key(text: str) -> str:
    """How alias lookup compares names: ``key`` without a leading 'the'."""
    folded = key(text)
    return folded[4:] if folded.startswith("the ") else folded


@dataclass(frozen=True)
class Resolver:
    """Names to knowledge-base keys ("taxonomy:key") through the aliases."""

    index: Mapping[tuple[str, str], tuple[str, ...]]
    known: frozenset[str] = frozenset()

    @classmethod
    def from_aliases(cls, aliases: Iterable[Alias]) -> "Resolver":
        found: dict[tuple[str, str], dict[str, int]] = {}
        known: set[str] = set()
        for alias in aliases:
            if alias.kind == "surname":  # 'Putin' alone is the annotator's guess, not a name
                continue
            ident = f"{alias.taxonomy}:{alias.key}"
            known.add(ident)
            rank = 0 if alias.kind == "name" else 1
            slot = found.setdefault((alias.taxonomy, alias_key(alias.text)), {})
            slot[ident] = min(rank, slot.get(ident, rank))
        index = {k: tuple(sorted(v, key=lambda i: (v[i], i))) for k, v in found.items()}
        return cls(index, frozenset(known))

    @classmethod
    def from_knowledge(cls, knowledge: KnowledgeBase) -> "Resolver":
        resolver = cls.from_aliases(knowledge.aliases)
        terms = frozenset(f"{tax}:{k}" for tax, k in knowledge.terms)
        return cls(resolver.index, resolver.known | terms)

    def resolve(self, name: str | None, taxonomies: Sequence[str]) -> str | None:
        """The key of the first taxonomy that knows ``name`` (its canonical name first), or None."""
        if not name:
            return None
        for taxonomy in taxonomies:
            keys = self.index.get((taxonomy, alias_key(name)))
            if keys:
                return keys[0]
        return None

    def canonical(self, name: str | None, taxonomies: Sequence[str], known_key: str | None = None) -> str:
        """What two names are compared by: a knowledge-base key, else 'text:<normalised name>'."""
        if known_key and known_key in self.known:
            return known_key
        return self.resolve(name, taxonomies) or f"text:{key(name)}"


EMPTY_RESOLVER = Resolver({})


# --------------------------------------------------------------------------- inputs

@dataclass(frozen=True)
class GoldArticle:
    """One hand-checked article of a gold file."""

    title: str | None
    first_paragraph: str = ""
    last_paragraph: str = ""
    standfirst: str | None = None
    byline: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None
    kind: str | None = None
    subheadings: tuple[str, ...] = ()
    body_lines: int | None = None
    boilerplate: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    people: tuple[Mapping[str, str | None], ...] = ()
    organizations: tuple[str, ...] = ()
    initiatives: tuple[str, ...] = ()
    quotes: tuple[Mapping[str, str | None], ...] = ()
    figures: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> "GoldArticle":
        values: dict[str, object] = {}
        for name in cls.__dataclass_fields__:
            value = data.get(name)
            if name in ("subheadings", "boilerplate", "countries", "organizations", "initiatives", "figures"):
                value = tuple(str(v) for v in (value or []))
            elif name in ("people", "quotes"):
                value = tuple(dict(v) for v in (value or []))
            elif name == "published" and value is not None:
                value = str(value)
            elif name == "body_lines":
                value = int(value) if value is not None else None
            elif name in ("first_paragraph", "last_paragraph"):
                value = str(value or "")
            elif value is not None:
                value = str(value)
            values[name] = value
        return cls(**values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class GoldSource:
    """A gold file: the source it describes, its articles and (when readable) the source's text."""

    source: str
    articles: tuple[GoldArticle, ...]
    text: str | None = None


@dataclass(frozen=True)
class PredPerson:
    name: str
    role: str | None = None
    country: str | None = None
    key: str | None = None  # "people:<key>" when the knowledge base knows them


@dataclass(frozen=True)
class PredQuote:
    text: str
    speaker: str | None = None
    speaker_key: str | None = None


@dataclass(frozen=True)
class PredArticle:
    """What the pipeline produced for one article, reduced to what the gold describes."""

    source: str
    title: str | None
    paragraphs: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()
    standfirst: str | None = None
    dateline: str | None = None
    removed: tuple[tuple[str, str], ...] = ()  # (line, reason)
    countries: tuple[str, ...] = ()
    people: tuple[PredPerson, ...] = ()
    organizations: tuple[tuple[str, str | None], ...] = ()  # (name, "taxonomy:key" or None)
    initiatives: tuple[tuple[str, str | None], ...] = ()
    quotes: tuple[PredQuote, ...] = ()
    figures: tuple[str, ...] = ()
    outlet: tuple[str, str | None] | None = None  # (name, "outlets:key" or None)
    author: str | None = None
    kind: str | None = None
    published: str | None = None

    @property
    def first_paragraph(self) -> str:
        first = self.paragraphs[0] if self.paragraphs else ""
        return f"{self.dateline} {first}" if self.dateline else first


def prediction_of(brief, knowledge: KnowledgeBase) -> PredArticle:
    """A pipeline Brief reduced to a PredArticle."""
    article, notes = brief.article, brief.notes
    known = {(tax, k) for tax, k in knowledge.terms}

    def named(taxonomy: str, exclude: str | None = None) -> tuple[tuple[str, str | None], ...]:
        items: dict[str, tuple[str, str | None]] = {}
        for mention in notes.mentions:
            if mention.taxonomy != taxonomy or mention.key == exclude:
                continue
            if (taxonomy, mention.key) in known:
                term = knowledge.term(taxonomy, mention.key)
                items.setdefault(mention.key, (term.name if term else mention.surface, f"{taxonomy}:{mention.key}"))
            else:
                items.setdefault(mention.key, (mention.surface, None))
        return tuple(items.values())

    outlet = None
    if notes.outlet:
        term = knowledge.outlet_term(notes.outlet)
        outlet = (term.name, f"outlets:{term.key}") if term else (notes.outlet, None)
    people = tuple(
        PredPerson(p.name, p.role, p.country, f"people:{p.key}" if ("people", p.key) in known else None)
        for p in notes.people
    )
    quotes = tuple(
        PredQuote(q.text, q.speaker_name, f"people:{q.speaker}" if q.speaker and ("people", q.speaker) in known else None)
        for q in notes.quotes
    )
    return PredArticle(
        source=article.source,
        title=article.title,
        paragraphs=tuple(b.text for b in article.blocks if b.kind == "paragraph"),
        headings=tuple(b.text for b in article.blocks if b.kind == "heading"),
        standfirst=article.standfirst,
        dateline=article.dateline,
        removed=tuple((r.text, r.reason) for r in article.removed),
        countries=brief.terms("countries"),
        people=people,
        organizations=named("organizations") + named("outlets", exclude=notes.outlet),
        initiatives=named("initiatives"),
        quotes=quotes,
        figures=tuple(f.text for f in notes.figures),
        outlet=outlet,
        author=notes.author,
        kind=notes.kind,
        published=notes.published_iso,
    )


def load_gold(gold_dir: Path, sources_dir: Path | None = None) -> list[GoldSource]:
    """Every gold file of ``gold_dir``, with the text of its source when ``sources_dir`` has it."""
    from generator.sources.reading import SourceFormatError, decode_bytes, normalise_newlines, read_text_source

    if not Path(gold_dir).is_dir():
        raise FileNotFoundError(f"gold folder not found: {gold_dir}")
    sources: list[GoldSource] = []
    for path in sorted(Path(gold_dir).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        source = str(data.get("source") or path.with_suffix(".txt").name)
        articles = tuple(GoldArticle.from_dict(a) for a in data.get("articles") or [])
        text = None
        if sources_dir is not None and (Path(sources_dir) / source).is_file():
            raw = normalise_newlines(decode_bytes((Path(sources_dir) / source).read_bytes()))
            try:
                text = read_text_source(raw)[1]  # the same frontmatter split as the pipeline
            except SourceFormatError:
                text = None
        sources.append(GoldSource(source, articles, text))
    return sources


# --------------------------------------------------------------------------- scores

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


# --------------------------------------------------------------------------- alignment

def same_paragraph(gold: str, predicted: str, dateline: str | None = None) -> bool:
    """A gold source line and a predicted paragraph hold the same text (a moved dateline allowed)."""
    g, p = key(gold), key(predicted)
    if not g or not p:
        return False
    if g == p:
        return True
    if dateline:
        squash = lambda s: re.sub(r"[\s.\-]", "", key(s))  # noqa: E731 - the dateline's own spacing varies
        return squash(gold) == squash(f"{dateline} {predicted}")
    return False


def align(gold: Sequence[GoldArticle], predicted: Sequence[PredArticle]) -> tuple[
    list[tuple[GoldArticle, PredArticle | None, bool]], list[PredArticle]
]:
    """(gold, partner or None, found with exact title) for each gold article; unpaired predictions."""
    partner: dict[int, tuple[int, bool]] = {}
    used: set[int] = set()

    def first_para(g: GoldArticle, p: PredArticle) -> bool:
        return bool(p.paragraphs) and same_paragraph(g.first_paragraph, p.paragraphs[0], p.dateline)

    for gi, g in enumerate(gold):  # pass 1: exact title (untitled: untitled and same first paragraph)
        for pi, p in enumerate(predicted):
            if pi in used:
                continue
            if (g.title is not None and p.title is not None and norm(g.title) == norm(p.title)) or (
                g.title is None and p.title is None and first_para(g, p)
            ):
                partner[gi] = (pi, True)
                used.add(pi)
                break
    for gi, g in enumerate(gold):  # pass 2: same first paragraph, title wrong
        if gi in partner:
            continue
        for pi, p in enumerate(predicted):
            if pi not in used and first_para(g, p):
                partner[gi] = (pi, False)
                used.add(pi)
                break
    pairs = [
        (g, predicted[partner[gi][0]] if gi in partner else None, partner.get(gi, (0, False))[1])
        for gi, g in enumerate(gold)
    ]
    return pairs, [p for pi, p in enumerate(predicted) if pi not in used]


def label(source: str, title: str | None, first: str = "") -> str:
    stem = source.rsplit(".", 1)[0]
    shown = title if title else "(untitled) " + " ".join(first.split()[:6]) + "…"
    return f"{stem} «{shown[:60]}{'…' if len(shown) > 60 else ''}»"


# --------------------------------------------------------------------------- scoring

def score_sources(
    gold_sources: Sequence[GoldSource],
    predicted: Mapping[str, Sequence[PredArticle]],
    resolver: Resolver = EMPTY_RESOLVER,
) -> Scores:
    """Compare predictions with the gold, source by source."""
    scores = new_scores()
    scores.sources = len(gold_sources)
    for gold_source in gold_sources:
        preds = list(predicted.get(gold_source.source, ()))
        scores.articles_expected += len(gold_source.articles)
        scores.articles_predicted += len(preds)
        pairs, extra = align(gold_source.articles, preds)
        for gold, pred, exact in pairs:
            where = label(gold_source.source, gold.title, gold.first_paragraph)
            _score_title(scores, where, gold, pred, exact)
            _score_article(scores, where, gold, pred, resolver)
        for pred in extra:
            where = label(pred.source, pred.title, pred.paragraphs[0] if pred.paragraphs else "")
            scores["articles (exact title)"].false_positive(where, "extra article")
            _score_article(scores, where, None, pred, resolver)
        _score_boilerplate(scores, gold_source, preds)
        _score_body(scores, gold_source, pairs, preds)
    _note_unresolved(scores, gold_sources, resolver)
    return scores


def _score_title(scores: Scores, where: str, gold: GoldArticle, pred: PredArticle | None, exact: bool) -> None:
    titles = scores["articles (exact title)"]
    if exact:
        titles.hit()
        return
    titles.miss(where, "not found" if pred is None else f"title predicted as {pred.title!r}")
    if pred is not None:
        titles.false_positive(where, f"predicted title {pred.title!r}")
        scores.title_mismatches.append(f"{where}: gold {gold.title!r}, predicted {pred.title!r}")


def _score_set(score: FieldScore, where: str, gold: Iterable[str], pred: Iterable[str], shown: Mapping[str, str]) -> None:
    g, p = set(gold), set(pred)
    score.hit(len(g & p))
    for item in sorted(g - p):
        score.miss(where, shown.get(item, item))
    for item in sorted(p - g):
        score.false_positive(where, shown.get(item, item))


def _match_one_to_one(gold: Sequence, pred: Sequence, passes: Sequence) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, one pass per predicate, earlier passes first."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for same in passes:
        for gi, g in enumerate(gold):
            if gi in used_g:
                continue
            for pi, p in enumerate(pred):
                if pi not in used_p and same(g, p):
                    pairs.append((gi, pi))
                    used_g.add(gi)
                    used_p.add(pi)
                    break
    return pairs


def _score_article(scores: Scores, where: str, gold: GoldArticle | None, pred: PredArticle | None, resolver: Resolver) -> None:
    g = gold or GoldArticle(title=None)
    p = pred or PredArticle(source="", title=None)

    _score_set(scores["subheadings"], where, (key(s) for s in g.subheadings), (key(s) for s in p.headings),
               {key(s): s for s in (*g.subheadings, *p.headings)})
    _score_set(scores["countries"], where, (c.upper() for c in g.countries), (c.upper() for c in p.countries), {})
    _score_people(scores, where, g, p, resolver)
    for name, taxonomies, gold_names, pred_items in (
        ("organizations", ("organizations", "outlets"), g.organizations, p.organizations),
        ("initiatives", ("initiatives",), g.initiatives, p.initiatives),
    ):
        shown: dict[str, str] = {}
        gold_keys = []
        for n in gold_names:
            k = resolver.canonical(n, taxonomies)
            gold_keys.append(k)
            shown.setdefault(k, n)
        pred_keys = []
        for n, known_key in pred_items:
            k = resolver.canonical(n, taxonomies, known_key)
            pred_keys.append(k)
            shown.setdefault(k, n)
        _score_set(scores[name], where, gold_keys, pred_keys, shown)
    _score_quotes(scores, where, g, p, resolver)
    _score_figures(scores["figures"], where, g.figures, p.figures)
    if gold is not None:
        _score_metadata(scores, where, g, pred, resolver)


def _score_people(scores: Scores, where: str, g: GoldArticle, p: PredArticle, resolver: Resolver) -> None:
    gold_people = [dict(person) for person in g.people]
    for person in gold_people:
        person["_key"] = resolver.resolve(person.get("name"), ("people",))
    unique: dict[str, PredPerson] = {}
    for person in p.people:  # one entry per person, first mention first
        unique.setdefault(person.key or name_key(person.name), person)
    pred_people = list(unique.values())
    exact = lambda gp, pp: name_key(gp.get("name")) == name_key(pp.name)  # noqa: E731
    loose = lambda gp, pp: names_match(gp.get("name"), pp.name, gp.get("_key"), pp.key)  # noqa: E731
    pairs = _match_one_to_one(gold_people, pred_people, (exact, loose))
    people, roles, countries = scores["people"], scores["people roles"], scores["people countries"]
    people.hit(len(pairs))
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    for gi, person in enumerate(gold_people):
        if gi not in matched_g:
            people.miss(where, str(person.get("name")))
    for pi, person in enumerate(pred_people):
        if pi not in matched_p:
            people.false_positive(where, person.name)
    for gi, pi in pairs:
        gp, pp = gold_people[gi], pred_people[pi]
        name = str(gp.get("name"))
        _score_value(roles, f"{where} {name}", gp.get("role"), pp.role, roles_match)
        gold_country = (gp.get("country") or None) and str(gp["country"]).upper()
        pred_country = pp.country.upper() if pp.country else None
        _score_value(countries, f"{where} {name}", gold_country, pred_country, lambda a, b: a == b)


def _score_value(score: FieldScore, where: str, gold: str | None, pred: str | None, same) -> None:
    """One optional value as P/R: None is no claim."""
    if gold and pred and same(gold, pred):
        score.hit()
        return
    if gold:
        score.miss(where, f"{gold!r} (predicted {pred!r})")
    if pred:
        score.false_positive(where, f"{pred!r} (gold {gold!r})")


def _score_quotes(scores: Scores, where: str, g: GoldArticle, p: PredArticle, resolver: Resolver) -> None:
    gold_quotes = [
        (str(q.get("text") or ""), q.get("speaker"), resolver.resolve(q.get("speaker"), ("people",)))
        for q in g.quotes
    ]

    def speakers_match(gq, pq: PredQuote) -> bool:
        if gq[1] is None or pq.speaker is None:
            return gq[1] is None and pq.speaker is None
        return names_match(gq[1], pq.speaker, gq[2], pq.speaker_key)

    same_text = lambda gq, pq: quotes_match(gq[0], pq.text)  # noqa: E731
    same_both = lambda gq, pq: same_text(gq, pq) and speakers_match(gq, pq)  # noqa: E731
    pairs = _match_one_to_one(gold_quotes, p.quotes, (same_both, same_text))
    found, attributed = scores["quotes"], scores["quote attribution"]
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    for gi, pi in pairs:
        found.hit()
        gq, pq = gold_quotes[gi], p.quotes[pi]
        if speakers_match(gq, pq):
            attributed.hit()
        else:
            text = _short(gq[0])
            attributed.miss(where, f"{text} — gold speaker {gq[1]!r}, predicted {pq.speaker!r}")
            attributed.false_positive(where, f"{text} — predicted speaker {pq.speaker!r}, gold {gq[1]!r}")
    for gi, gq in enumerate(gold_quotes):
        if gi not in matched_g:
            found.miss(where, f"{_short(gq[0])} ({gq[1]})")
            attributed.miss(where, f"{_short(gq[0])} ({gq[1]}) — quote not found")
    for pi, pq in enumerate(p.quotes):
        if pi not in matched_p:
            found.false_positive(where, f"{_short(pq.text)} ({pq.speaker})")
            attributed.false_positive(where, f"{_short(pq.text)} ({pq.speaker}) — not a gold quote")


def _short(text: str, limit: int = 70) -> str:
    text = norm(text)
    return repr(text if len(text) <= limit else text[:limit] + "…")


def _score_figures(score: FieldScore, where: str, gold: Sequence[str], pred: Sequence[str]) -> None:
    gold_items = list({key(f): f for f in gold}.values())
    pred_items = list({key(f): f for f in pred}.values())
    pairs = _match_one_to_one(gold_items, pred_items, (lambda a, b: key(a) == key(b), figures_match))
    score.hit(len(pairs))
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    for gi, item in enumerate(gold_items):
        if gi not in matched_g:
            score.miss(where, repr(item))
    for pi, item in enumerate(pred_items):
        if pi not in matched_p:
            score.false_positive(where, repr(item))


def _score_metadata(scores: Scores, where: str, g: GoldArticle, pred: PredArticle | None, resolver: Resolver) -> None:
    if pred is None:
        for name in ACCURACY_FIELDS:
            scores[name].miss(where, "article not found")
        return
    gold_outlet = resolver.canonical(g.outlet, ("outlets",)) if g.outlet else None
    pred_outlet = resolver.canonical(pred.outlet[0], ("outlets",), pred.outlet[1]) if pred.outlet else None
    checks = (
        ("outlet", gold_outlet == pred_outlet, g.outlet, pred.outlet[0] if pred.outlet else None),
        ("author", (g.author is None and pred.author is None) or (
            g.author is not None and pred.author is not None and name_key(g.author) == name_key(pred.author)),
         g.author, pred.author),
        ("kind", key(g.kind) == key(pred.kind), g.kind, pred.kind),
        ("published", (g.published or None) == (pred.published or None), g.published, pred.published),
    )
    for name, right, gold_value, pred_value in checks:
        if right:
            scores[name].hit()
        else:
            scores[name].miss(where, f"gold {gold_value!r}, predicted {pred_value!r}")


def _is_boilerplate(text: str, lines: Mapping[str, str]) -> str | None:
    k = key(text)
    if k in lines:
        return lines[k]
    for line_key, line in lines.items():
        if len(line_key.split()) >= 3 and line_key in k:
            return line
    return None


def _score_boilerplate(scores: Scores, gold_source: GoldSource, preds: Sequence[PredArticle]) -> None:
    lines = {key(b): b for a in gold_source.articles for b in a.boilerplate if key(b)}
    if not lines:
        return
    for pred in preds:
        where = label(pred.source, pred.title, pred.paragraphs[0] if pred.paragraphs else "")
        places = [("paragraph", t) for t in pred.paragraphs] + [("heading", t) for t in pred.headings]
        if pred.standfirst:
            places.append(("standfirst", pred.standfirst))
        for place, text in places:
            line = _is_boilerplate(text, lines)
            if line is not None:
                scores.boilerplate_left.append(f"{where}: {line!r} (as {place})")


def gold_body_lines(gold_source: GoldSource) -> tuple[list[list[str] | None], list[str]]:
    """The gold body lines of each article (None when its paragraphs are not in the source) and notes."""
    notes: list[str] = []
    if gold_source.text is None:
        return [None] * len(gold_source.articles), [f"{gold_source.source}: source file not found; body lines not checked"]
    lines = [norm(line) for line in gold_source.text.split("\n")]
    keys = [key(line) for line in lines]
    start = 0
    result: list[list[str] | None] = []
    for article in gold_source.articles:
        where = label(gold_source.source, article.title, article.first_paragraph)
        first, last = key(article.first_paragraph), key(article.last_paragraph)
        i = next((k for k in range(start, len(keys)) if keys[k] == first), None)
        j = next((k for k in range(i, len(keys)) if keys[k] == last), None) if i is not None else None
        if i is None or j is None:
            which = "first_paragraph" if i is None else "last_paragraph"
            notes.append(f"gold {where}: {which} is not a line of the source; body lines not checked")
            result.append(None)
            continue
        excluded = {key(x) for x in (*article.boilerplate, *article.subheadings, article.standfirst, article.title) if x}
        byline = key(article.byline)
        body = [
            lines[k] for k in range(i, j + 1)
            if keys[k] and keys[k] not in excluded and not (byline and keys[k].startswith(byline))
        ]
        if article.body_lines is not None and article.body_lines != len(body):
            notes.append(f"gold {where}: body_lines says {article.body_lines}, the source has {len(body)} between first and last paragraph")
        result.append(body)
        start = j + 1
    return result, notes


def _score_body(scores: Scores, gold_source: GoldSource, pairs, preds: Sequence[PredArticle]) -> None:
    bodies, notes = gold_body_lines(gold_source)
    scores.notes.extend(notes)
    for (gold, pred, _), body in zip(pairs, bodies):
        if body is None:
            continue
        scores.body_lines_total += len(body)
        where = label(gold_source.source, gold.title, gold.first_paragraph)
        for line in body:
            if pred is not None and any(
                key(line) in key(paragraph) or same_paragraph(line, paragraph, pred.dateline if n == 0 else None)
                for n, paragraph in enumerate(pred.paragraphs)
            ):
                continue
            scores.body_lines_lost.append(f"{where}: {_short(line, 90)} — {_why_lost(line, pred, preds)}")


def _why_lost(line: str, pred: PredArticle | None, preds: Sequence[PredArticle]) -> str:
    """Where a lost body line went, from the predicted articles' provenance."""
    k = key(line)
    for candidate in ([pred] if pred else []) + [p for p in preds if p is not pred]:
        other = "" if candidate is pred else f" of another article ({candidate.title!r})"
        for text, reason in candidate.removed:
            if key(text) == k or (k and k in key(text)):
                return f"removed as {reason!r}{other}"
        if any(key(h) == k for h in candidate.headings):
            return f"became a heading{other}"
        if key(candidate.standfirst) == k:
            return f"became the standfirst{other}"
        if key(candidate.title) == k:
            return f"became the title{other}"
        if any(k in key(p) for p in candidate.paragraphs):
            return f"in the body{other}"
    return "article not found" if pred is None else "not in any predicted article"


def _note_unresolved(scores: Scores, gold_sources: Sequence[GoldSource], resolver: Resolver) -> None:
    """Gold organisation and initiative names the knowledge base cannot resolve (compared as text)."""
    if not resolver.index:
        return
    seen: set[str] = set()
    for gold_source in gold_sources:
        for article in gold_source.articles:
            for taxonomies, names in ((("organizations", "outlets"), article.organizations), (("initiatives",), article.initiatives)):
                for name in names:
                    if name in seen or resolver.resolve(name, taxonomies):
                        continue
                    seen.add(name)
                    hint = _contained_aliases(name, taxonomies, resolver)
                    scores.notes.append(
                        f"gold {taxonomies[0]} name not in the knowledge base, compared as text: {name!r}"
                        + (f" (contains aliases of {', '.join(hint)})" if hint else "")
                    )


def _contained_aliases(name: str, taxonomies: Sequence[str], resolver: Resolver) -> list[str]:
    folded = f" {alias_key(name)} "
    found: list[str] = []
    for (taxonomy, alias), keys in resolver.index.items():
        if taxonomy in taxonomies and len(alias) >= 5 and f" {alias} " in folded:
            found.extend(k for k in keys if k not in found)
    return found[:3]


# --------------------------------------------------------------------------- entry points

def evaluate(settings, gold_dir: Path) -> Scores:
    """Run the real pipeline on the gold sources and score it against ``gold_dir``."""
    from generator.knowledge.base import load_knowledge
    from generator.pipeline import gather

    gold_sources = load_gold(Path(gold_dir), settings.sources_dir)
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
