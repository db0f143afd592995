"""Charts: static SVG for the home page, drawn from the index; names from sources are escaped, links are relative."""
from __future__ import annotations

from types import MappingProxyType

import pytest
from render_helpers import TINY_KNOWLEDGE, tiny_briefs, tiny_index

from generator.index.site_index import build_index
from generator.knowledge.base import KnowledgeBase
from generator.model import Term
from generator.render.charts import coverage_chart, relations_matrix

COUNTRY_BARS = (
    '<div class="briefing-chart"><svg class="briefing-bars" role="group" viewBox="0 0 520 58" width="520" '
    'aria-label="Briefs per countries, most-covered first">'
    '<a href="{jp}"><text x="114" y="13" text-anchor="end">Japan</text>'
    '<rect x="120" y="2" width="360.0" height="13"/><text x="484.0" y="13">2</text></a>'
    '<a href="{sa}"><text x="114" y="31" text-anchor="end">Saudi Arabia</text>'
    '<rect x="120" y="20" width="360.0" height="13"/><text x="484.0" y="31">2</text></a>'
    '<a href="{ru}"><text x="114" y="49" text-anchor="end">Russia</text>'
    '<rect x="120" y="38" width="180.0" height="13"/><text x="304.0" y="49">1</text></a>'
    '</svg></div>'
)
def matrix_cell(x: int, y: int, row: str, column: str, briefs: int, relation: str | None) -> str:
    """One cell of the matrix: a link to the relation's page when the pair has briefs."""
    title = f"{row} – {column}: {briefs} brief{'' if briefs == 1 else 's'}"
    opacity = "1.00" if briefs else "0.04"
    cell = f'<rect x="{x}" y="{y}" width="24" height="24" fill-opacity="{opacity}"><title>{title}</title></rect>'
    if briefs:  # the count, written in the cell (white on the darkest cells)
        cell += f'<text class="count count--light" x="{x + 12}" y="{y + 16}" text-anchor="middle" aria-hidden="true">{briefs}</text>'
    return f'<a href="relations/{relation}.html" aria-label="{title}">{cell}</a>' if relation else cell


def diagonal(at: int) -> str:
    return f'<rect x="{at}" y="{at}" width="24" height="24" class="diagonal"/>'


#: The key under the matrix: one brief is the most any pair has here, so one shade, with its number.
LEGEND = (
    '<g class="legend"><text x="114" y="228" text-anchor="end">Briefs:</text>'
    '<rect x="120" y="212" width="24" height="24" fill-opacity="1.00"></rect>'
    '<text class="count count--light" x="132" y="228" text-anchor="middle" aria-hidden="true">1</text>'
    '<text x="154" y="228">briefs naming both countries (darker: more)</text></g>'
)


MATRIX = (
    '<div class="briefing-chart"><svg class="briefing-matrix" role="group" viewBox="0 0 268 246" width="268" '
    'aria-label="Relations matrix: how many briefs discuss each pair of the 3 most-covered countries">'
    '<text x="114" y="138" text-anchor="end">Japan</text><text transform="translate(138,114) rotate(-60)">Japan</text>'
    '<text x="114" y="164" text-anchor="end">Saudi Arabia</text><text transform="translate(164,114) rotate(-60)">Saudi Arabia</text>'
    '<text x="114" y="190" text-anchor="end">Russia</text><text transform="translate(190,114) rotate(-60)">Russia</text>'
    + diagonal(120) + matrix_cell(146, 120, "Japan", "Saudi Arabia", 1, "jp-sa") + matrix_cell(172, 120, "Japan", "Russia", 1, "jp-ru")
    + matrix_cell(120, 146, "Saudi Arabia", "Japan", 1, "jp-sa") + diagonal(146) + matrix_cell(172, 146, "Saudi Arabia", "Russia", 0, None)
    + matrix_cell(120, 172, "Russia", "Japan", 1, "jp-ru") + matrix_cell(146, 172, "Russia", "Saudi Arabia", 0, None) + diagonal(172)
    + LEGEND + '</svg></div>'
)


@pytest.fixture(scope="module")
def index():
    return tiny_index()


@pytest.mark.parametrize("page, jp, sa, ru", [
    ("index.md", "countries/jp.html", "countries/sa.html", "countries/ru.html"),
    ("relations/jp-sa.md", "../countries/jp.html", "../countries/sa.html", "../countries/ru.html"),
    ("countries/jp.md", "jp.html", "../countries/sa.html", "../countries/ru.html"),  # its own page by name
])
def test_coverage_bars_link_each_term_relative_to_the_page(index, page, jp, sa, ru):
    assert coverage_chart(index, "countries", page) == COUNTRY_BARS.format(jp=jp, sa=sa, ru=ru)


def test_a_name_the_knowledge_base_lacks_is_not_charted(index):
    """The organisation was only discovered in an article: it has no page, so no bar links to one."""
    assert coverage_chart(index, "organizations", "index.md") == ""


def test_the_matrix_shows_every_pair_and_links_those_with_briefs(index):
    assert relations_matrix(index, "index.md") == MATRIX


@pytest.mark.parametrize("chart", [
    lambda index: coverage_chart(index, "people", "index.md"),  # no terms
    lambda index: coverage_chart(index, "countries", "index.md", top=0),
    lambda index: relations_matrix(index, "index.md", top=1),  # a matrix needs two countries
])
def test_nothing_to_draw_draws_nothing(index, chart):
    assert chart(index) == ""


def test_matrix_labels_escape_names_and_fall_back_to_the_key_when_long():
    terms = dict(TINY_KNOWLEDGE.terms)
    terms[("countries", "JP")] = Term("countries", "JP", "A&B <i>")
    terms[("countries", "SA")] = Term("countries", "SA", "The Kingdom of Saudi Arabia")
    knowledge = KnowledgeBase(MappingProxyType(terms), (), "odd names")
    matrix = relations_matrix(build_index(tiny_briefs(), knowledge), "index.md")
    assert '<text x="114" y="138" text-anchor="end">A&amp;B &lt;i&gt;</text>' in matrix
    assert '<text x="114" y="164" text-anchor="end">SA</text>' in matrix  # longer than 16 characters
    assert "<title>A&amp;B &lt;i&gt; – The Kingdom of Saudi Arabia: 1 brief</title>" in matrix
    assert "<i>" not in matrix and "A&B" not in matrix
