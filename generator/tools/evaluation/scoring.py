"""Scoring every gold source: alignment, article fields, boilerplate left and body lines lost."""
from __future__ import annotations

import re
from typing import Collection, Mapping, Sequence

from generator.tools.evaluation.fields import score_article, score_title
from generator.tools.evaluation.gold import GoldSource
from generator.tools.evaluation.matching import (
    EMPTY_RESOLVER,
    Resolver,
    alias_key,
    align,
    heading_key,
    key,
    norm,
    record_value,
    same_paragraph,
)
from generator.tools.evaluation.prediction import PredArticle
from generator.tools.evaluation.scores import Scores, label, new_scores, shorten


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
            score_title(scores, where, gold, pred, exact)
            score_article(scores, where, gold, pred, resolver)
        for pred in extra:
            where = label(pred.source, pred.title, pred.paragraphs[0] if pred.paragraphs else "")
            scores["articles (exact title)"].false_positive(where, "extra article")
            score_article(scores, where, None, pred, resolver)
        _score_boilerplate(scores, gold_source, preds)
        _score_body(scores, gold_source, pairs, preds)
    _note_unresolved(scores, gold_sources, resolver)
    return scores


def _is_boilerplate(text: str, lines: Mapping[str, str], body: Collection[str] = ()) -> str | None:
    """The gold furniture line a predicted paragraph is, or holds run into it; a whole gold body line holds none (a pull
    quote repeats words of the paragraph it was lifted from: that paragraph is no furniture kept)."""
    k = key(text)
    if k in lines:
        return lines[k]
    if k in body:
        return None
    for line_key, line in lines.items():
        if len(line_key.split()) >= 3 and line_key in k:
            return line
    return None


def _score_boilerplate(scores: Scores, gold_source: GoldSource, preds: Sequence[PredArticle]) -> None:
    lines = {key(b): b for a in gold_source.articles for b in a.boilerplate if key(b)}
    if not lines:
        return
    scores.boilerplate_total += len(lines)
    lines |= {key(record_value(b)): b for b in lines.values() if key(record_value(b)) not in lines}  # a record's line: its value
    body = {key(line) for lines_of in gold_body_lines(gold_source)[0] if lines_of for line in lines_of}
    for pred in preds:
        where = label(pred.source, pred.title, pred.paragraphs[0] if pred.paragraphs else "")
        places = [("paragraph", t) for t in pred.paragraphs] + [("heading", t) for t in pred.headings]
        if pred.standfirst:
            places.append(("standfirst", pred.standfirst))
        for place, text in places:
            line = _is_boilerplate(text, lines, body)
            if line is not None:
                scores.boilerplate_left.append(f"{where}: {line!r} (as {place})")


def gold_body_lines(gold_source: GoldSource) -> tuple[list[list[str] | None], list[str]]:
    """The gold body lines of each article (None when its paragraphs are not in the source) and notes."""
    notes: list[str] = []
    if gold_source.text is None:
        return [None] * len(gold_source.articles), [f"{gold_source.source}: source file not found; body lines not checked"]
    lines = [norm(line) for line in gold_source.text.split("\n")]
    keys = [key(line) for line in lines]
    raw = [norm(line) for line in (gold_source.raw or "").split("\n")]
    raw_keys = [key(line) for line in raw]
    values = [norm(record_value(line)) for line in (gold_source.raw or "").split("\n")]
    value_keys = [key(line) for line in values]
    start = 0
    result: list[list[str] | None] = []
    for article in gold_source.articles:
        where = label(gold_source.source, article.title, article.first_paragraph)
        first, last = key(article.first_paragraph), key(article.last_paragraph)
        i = next((k for k in range(start, len(keys)) if keys[k] == first), None)
        j = next((k for k in range(i, len(keys)) if keys[k] == last), None) if i is not None else None
        if (i is None or j is None) and first in raw_keys:
            # The reader joined the gold's lines (lines of print spaced apart): the body is the file's lines as written.
            lines, keys, start = raw, raw_keys, 0
            i = raw_keys.index(first)
            j = next((k for k in range(i, len(keys)) if keys[k] == last), None)
        if (i is None or j is None) and first in value_keys:
            # A record's paragraphs, one quoted string a line (a scraper's export, a site's data module): their values.
            lines, keys, start = values, value_keys, 0
            i = value_keys.index(first)
            j = next((k for k in range(i, len(keys)) if keys[k] == last), None)
        if i is None or j is None:
            which = "first_paragraph" if i is None else "last_paragraph"
            notes.append(f"gold {where}: {which} is not a line of the source; body lines not checked")
            result.append(None)
            continue
        marked = [x for x in (*article.boilerplate, *article.subheadings, article.standfirst, article.title) if x]
        excluded = {key(x) for x in marked}
        if lines is values:  # the lines are records' values: a marked record line is its value too (as written elsewhere)
            excluded |= {key(record_value(x)) for x in marked}
        byline = key(article.byline)
        body = [
            lines[k] for k in range(i, j + 1)
            if keys[k] and keys[k] not in excluded and heading_key(lines[k]) not in excluded and not (byline and keys[k].startswith(byline))
        ]
        if article.body_lines is not None and article.body_lines != len(body):
            notes.append(f"gold {where}: body_lines says {article.body_lines}, the source has {len(body)} between first and last paragraph")
        result.append(body)
        start = j + 1
    return result, notes


#: A block quote's marks opening a line of the file as written.
_QUOTE_MARKS = re.compile(r"^(?:>\s*)+")


def _score_body(scores: Scores, gold_source: GoldSource, pairs, preds: Sequence[PredArticle]) -> None:
    bodies, notes = gold_body_lines(gold_source)
    scores.notes.extend(notes)
    for (gold, pred, _), body in zip(pairs, bodies):
        if body is None:
            continue
        scores.body_lines_total += len(body)
        where = label(gold_source.source, gold.title, gold.first_paragraph)
        for line in body:
            # A wrapped block quote's line as the reader joins it: its mark is the quote's, once, and emphasis over lines closes.
            bare = _QUOTE_MARKS.sub("", key(line)).replace("*", "") if line.startswith(">") else None
            # A paragraph an archive wrote as a heading ("#### In Tokyo on Monday, ..."), which the cleaner reads as a paragraph.
            unmarked = heading_key(line) if line.startswith("#") else None
            if pred is not None and any(
                key(line) in key(paragraph) or bare is not None and bare in key(paragraph).replace("*", "")
                or unmarked and unmarked == key(paragraph) or same_paragraph(line, paragraph, pred.dateline if n == 0 else None)
                for n, paragraph in enumerate(pred.paragraphs)
            ):
                continue
            scores.body_lines_lost.append(f"{where}: {shorten(line, 90)} — {_why_lost(line, pred, preds)}")


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
