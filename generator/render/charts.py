"""Static SVG charts for the home page, drawn at build time (no script, no CDN)."""
from __future__ import annotations

from html import escape

from generator.index.records import SiteIndex
from generator.markdown_text import SafeMarkdown
from generator.model import Term
from generator.urls import html_path, term_path, url_for

CELL = 26
LABEL_WIDTH = 120
BAR_HEIGHT = 18
BAR_WIDTH = 360
#: From this opacity of the indigo cell on, its count is written in white: both inks keep a 4.5:1 contrast.
LIGHT_INK = 0.85


def _href(term: Term, from_page: str) -> str:
    return escape(html_path(url_for(term_path(term), from_page)), quote=True)


def relations_matrix(index: SiteIndex, from_page: str, top: int = 12) -> SafeMarkdown:
    """A heat map of how often the most-covered countries are discussed together."""
    countries = index.terms_of("countries")[:top]
    if len(countries) < 2:
        return SafeMarkdown("")
    counts: dict[tuple[str, str], tuple[int, Term]] = {}
    for relation in index.terms_of("relations"):
        a, b = relation.attributes["countries"]
        weight = len(index.postings[("relations", relation.key)])
        counts[(a, b)] = counts[(b, a)] = (weight, relation)
    peak = max((w for w, _ in counts.values()), default=1)
    size = LABEL_WIDTH + CELL * len(countries)
    legend_y = size + 14
    parts = [
        f'<svg class="briefing-matrix" role="group" viewBox="0 0 {size + 70} {legend_y + CELL + 8}" width="{size + 70}" '
        f'aria-label="Relations matrix: how many briefs discuss each pair of the {len(countries)} most-covered countries">'
    ]
    for i, term in enumerate(countries):
        y = LABEL_WIDTH + i * CELL + CELL * 0.7
        name = escape(term.name if len(term.name) <= 16 else term.key)
        parts.append(f'<text x="{LABEL_WIDTH - 6}" y="{y:.0f}" text-anchor="end">{name}</text>')
        x = LABEL_WIDTH + i * CELL + CELL * 0.7
        parts.append(f'<text transform="translate({x:.0f},{LABEL_WIDTH - 6}) rotate(-60)">{name}</text>')
    for i, row in enumerate(countries):
        for j, column in enumerate(countries):
            x, y = LABEL_WIDTH + j * CELL, LABEL_WIDTH + i * CELL
            if i == j:
                parts.append(f'<rect x="{x}" y="{y}" width="{CELL - 2}" height="{CELL - 2}" class="diagonal"/>')
                continue
            weight, relation = counts.get((row.key, column.key), (0, None))
            title = f"{escape(row.name)} – {escape(column.name)}: {weight} brief{'s' if weight != 1 else ''}"
            cell = _cell(x, y, weight, peak, title)
            if relation is not None:
                cell = f'<a href="{_href(relation, from_page)}" aria-label="{title}">{cell}</a>'
            parts.append(cell)
    parts.append(_legend(LABEL_WIDTH, legend_y, peak))
    parts.append("</svg>")
    return SafeMarkdown('<div class="briefing-chart">' + "".join(parts) + "</div>")


def _shade(weight: int, peak: int) -> float:
    """A cell's opacity: darker for more briefs, faint for none."""
    return 0.12 + 0.88 * weight / peak if weight else 0.04


def _cell(x: int, y: int, weight: int, peak: int, title: str = "") -> str:
    """One square of the matrix with its count written in it (light text on the dark cells)."""
    opacity = _shade(weight, peak)
    tip = f"<title>{title}</title>" if title else ""
    square = f'<rect x="{x}" y="{y}" width="{CELL - 2}" height="{CELL - 2}" fill-opacity="{opacity:.2f}">{tip}</rect>'
    if not weight:
        return square
    ink = "count count--light" if opacity >= LIGHT_INK else "count"
    return square + (f'<text class="{ink}" x="{x + (CELL - 2) / 2:.0f}" y="{y + CELL * 0.62:.0f}" text-anchor="middle" '
                     f'aria-hidden="true">{weight}</text>')


def _legend(x: int, y: int, peak: int) -> str:
    """The key under the matrix: what the numbers and the shades mean."""
    steps = sorted({1, (peak + 1) // 2, peak} - {0})
    parts = [f'<text x="{x - 6}" y="{y + CELL * 0.62:.0f}" text-anchor="end">Briefs:</text>']
    for number, value in enumerate(steps):
        parts.append(_cell(x + number * (CELL + 4), y, value, peak))
    parts.append(f'<text x="{x + len(steps) * (CELL + 4) + 4}" y="{y + CELL * 0.62:.0f}">'
                 f'briefs naming both countries (darker: more)</text>')
    return '<g class="legend">' + "".join(parts) + "</g>"


def coverage_chart(index: SiteIndex, taxonomy: str, from_page: str, top: int = 12) -> SafeMarkdown:
    """Horizontal bars: briefs per term for the most-covered terms of a taxonomy."""
    terms = index.terms_of(taxonomy)[:top]
    if not terms:
        return SafeMarkdown("")
    peak = max(len(index.postings[(t.taxonomy, t.key)]) for t in terms)
    height = BAR_HEIGHT * len(terms) + 4
    width = LABEL_WIDTH + BAR_WIDTH + 40
    parts = [f'<svg class="briefing-bars" role="group" viewBox="0 0 {width} {height}" width="{width}" '
             f'aria-label="Briefs per {escape(taxonomy)}, most-covered first">']
    for i, term in enumerate(terms):
        count = len(index.postings[(term.taxonomy, term.key)])
        y = i * BAR_HEIGHT
        bar = max(2, BAR_WIDTH * count / peak)
        name = escape(term.name if len(term.name) <= 18 else term.name[:17] + "…")
        parts.append(
            f'<a href="{_href(term, from_page)}"><text x="{LABEL_WIDTH - 6}" y="{y + 13}" text-anchor="end">{name}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y + 2}" width="{bar:.1f}" height="{BAR_HEIGHT - 5}"/>'
            f'<text x="{LABEL_WIDTH + bar + 4:.1f}" y="{y + 13}">{count}</text></a>'
        )
    parts.append("</svg>")
    return SafeMarkdown('<div class="briefing-chart">' + "".join(parts) + "</div>")
