"""Scoring one aligned pair of gold and predicted article, field by field."""
from __future__ import annotations

from typing import Iterable, Mapping, Sequence

from generator.tools.evaluation.gold import GoldArticle
from generator.tools.evaluation.matching import (
    Resolver,
    figures_match,
    heading_key,
    initiatives_match,
    key,
    match_one_to_one,
    name_key,
    names_match,
    quotes_match,
    roles_match,
)
from generator.tools.evaluation.prediction import PredArticle, PredPerson, PredQuote
from generator.tools.evaluation.scores import ACCURACY_FIELDS, FieldScore, Scores, shorten


def score_title(scores: Scores, where: str, gold: GoldArticle, pred: PredArticle | None, exact: bool) -> None:
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


def score_article(scores: Scores, where: str, gold: GoldArticle | None, pred: PredArticle | None, resolver: Resolver) -> None:
    g = gold or GoldArticle(title=None)
    p = pred or PredArticle(source="", title=None)

    # A raw Markdown paste's gold heading is its line, marks and all; a heading is found when its words are.
    _score_set(scores["subheadings"], where, (heading_key(s) for s in g.subheadings), (heading_key(s) for s in p.headings),
               {heading_key(s): s for s in (*g.subheadings, *p.headings)})
    _score_set(scores["countries"], where, (c.upper() for c in g.countries), (c.upper() for c in p.countries), {})
    _score_people(scores, where, g, p, resolver)
    _score_initiatives(scores["initiatives"], where, g.initiatives, p.initiatives, resolver)
    for name, taxonomies, gold_names, pred_items in (
        ("organizations", ("organizations", "outlets"), g.organizations, p.organizations),
    ):
        shown: dict[str, str] = {}
        predicted = [(resolver.canonical(n, taxonomies, known_key), n) for n, known_key in pred_items]
        gold_keys = []
        for n in gold_names:
            k = resolver.canonical(n, taxonomies, found={k for k, _ in predicted})
            gold_keys.append(k)
            shown.setdefault(k, n)
        pred_keys = []
        for k, n in predicted:
            if k in resolver.listed_only and k not in gold_keys:
                continue  # a seat of power the gold list leaves out ("the Kremlin said") is neither right nor wrong
            pred_keys.append(k)
            shown.setdefault(k, n)
        _score_set(scores[name], where, gold_keys, pred_keys, shown)
    _score_quotes(scores, where, g, p, resolver)
    _score_figures(scores["figures"], where, g.figures, p.figures)
    if gold is not None:
        _score_metadata(scores, where, g, pred, resolver)


def _score_initiatives(score: FieldScore, where: str, gold_names: Iterable[str], pred_items: Iterable[tuple[str, str | None]],
                       resolver: Resolver) -> None:
    """Initiatives: the same knowledge-base term or text first, then another name of the same thing (``initiatives_match``)."""
    gold = _first_names((resolver.canonical(n, ("initiatives",)), n) for n in gold_names)
    pred = _first_names((resolver.canonical(n, ("initiatives",), k), n) for n, k in pred_items)

    def variant(g: tuple[str, str], p: tuple[str, str]) -> bool:
        both_known = not g[0].startswith("text:") and not p[0].startswith("text:")
        return not both_known and initiatives_match(g[1], p[1], resolver.parties)

    pairs = match_one_to_one(gold, pred, (lambda g, p: g[0] == p[0], variant))
    score.hit(len(pairs))
    matched_g, matched_p = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
    for gi in sorted(set(range(len(gold))) - matched_g, key=lambda i: gold[i][1]):
        score.miss(where, gold[gi][1])
    for pi in sorted(set(range(len(pred))) - matched_p, key=lambda i: pred[i][1]):
        score.false_positive(where, pred[pi][1])


def _first_names(items: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(canonical key, name) once per key, with the name it was first given."""
    first: dict[str, str] = {}
    for canonical, name in items:
        first.setdefault(canonical, name)
    return list(first.items())


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
    pairs = match_one_to_one(gold_people, pred_people, (exact, loose))
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
    pairs = match_one_to_one(gold_quotes, p.quotes, (same_both, same_text))
    found, attributed = scores["quotes"], scores["quote attribution"]
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    for gi, pi in pairs:
        found.hit()
        gq, pq = gold_quotes[gi], p.quotes[pi]
        if speakers_match(gq, pq):
            attributed.hit()
        else:
            text = shorten(gq[0])
            attributed.miss(where, f"{text} — gold speaker {gq[1]!r}, predicted {pq.speaker!r}")
            attributed.false_positive(where, f"{text} — predicted speaker {pq.speaker!r}, gold {gq[1]!r}")
    for gi, gq in enumerate(gold_quotes):
        if gi not in matched_g:
            found.miss(where, f"{shorten(gq[0])} ({gq[1]})")
            attributed.miss(where, f"{shorten(gq[0])} ({gq[1]}) — quote not found")
    for pi, pq in enumerate(p.quotes):
        if pi not in matched_p:
            found.false_positive(where, f"{shorten(pq.text)} ({pq.speaker})")
            attributed.false_positive(where, f"{shorten(pq.text)} ({pq.speaker}) — not a gold quote")


def _score_figures(score: FieldScore, where: str, gold: Sequence[str], pred: Sequence[str]) -> None:
    gold_items = list({key(f): f for f in gold}.values())
    pred_items = list({key(f): f for f in pred}.values())
    pairs = match_one_to_one(gold_items, pred_items, (lambda a, b: key(a) == key(b), figures_match))
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
