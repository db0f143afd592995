"""Metadata of pages in other languages: their date lines, bylines and copyright lines (publication_date, bylines, outlet_lines)."""
from datetime import date

import pytest
from annotate_helpers import annotator, article

from generator.annotate.metadata import find_author, find_outlet, find_published
from generator.annotate.name_shapes import is_post_title
from generator.annotate.publication_date import declared_date
from generator.annotate.published import date_in
from generator.model import RemovedLine, RemovedReason
from generator.sources.bylines import by_name

GERMAN = ("Berlin hat am Montag ein neues Hilfspaket für die Ukraine angekündigt. Verteidigungsminister Boris Pistorius sagte, "
          "das Paket umfasse mehrere Luftabwehrsysteme und Munition im Wert von 1,2 Milliarden Euro.")
PORTUGUESE = ("O presidente Luiz Inácio Lula da Silva recebeu nesta segunda-feira o presidente da França, Emmanuel Macron, no "
              "Palácio do Planalto, onde os dois discutiram o acordo entre o Mercosul e a União Europeia.")
ENGLISH = ("European leaders met in Brussels on Monday to discuss a new trade deal with the Mercosur bloc, and the talks that "
           "were held at the Commission lasted well into the night.")


def removed(*lines, reason=RemovedReason.NAVIGATION):
    return tuple(RemovedLine(line, reason) for line in lines)


@pytest.mark.parametrize(("line", "expected"), [
    ("7. Dezember 2026, 14:03 Uhr", date(2026, 12, 7)),
    ("7 december 2026, 10:15", date(2026, 12, 7)),
    ("le 7 décembre 2026 à 11h05", date(2026, 12, 7)),
    ("Madrid - 7 de diciembre de 2026 - 12:30 CET", date(2026, 12, 7)),
    ("7 декабря 2026, 14:03", date(2026, 12, 7)),
    ("2026年12月7日 14時03分", date(2026, 12, 7)),
    ("2026년 12월 7일 오후 2:03", date(2026, 12, 7)),
    ("Mittwoch, 7. Dez. 2026", date(2026, 12, 7)),
    ("7 déc. 2026 à 11h05", date(2026, 12, 7)),
    ("7 дек. 2026", date(2026, 12, 7)),
    ("7 Δεκεμβρίου 2026", date(2026, 12, 7)),
    ("7 joulukuuta 2026", date(2026, 12, 7)),
    ("21 / ABRIL / 2023", date(2023, 4, 21)),
    ("2026年2月30日", None),
    ("Published 3 hours ago", None),
])
def test_date_lines_of_other_languages(line, expected):
    assert date_in(line) == expected


@pytest.mark.parametrize(("fields", "expected"), [
    pytest.param({"removed": removed("Stand: 07.12.2026 14:03 Uhr")}, date(2026, 12, 7), id="German 'as of' stamp, its label first"),
    pytest.param({"removed": removed("Aktualisiert am 08.12.2026", "Veröffentlicht am 07.12.2026")}, date(2026, 12, 7),
                 id="the published field before an update"),
    pytest.param({"standfirst": "Publié le 7 décembre 2026 à 11h05, mis à jour le 8 décembre 2026 à 09h12"}, date(2026, 12, 7),
                 id="a published line taken for the standfirst"),
    pytest.param({"standfirst": "07/12/2026 10h30 Atualizado há 2 horas", "paragraphs": (PORTUGUESE,)}, date(2026, 12, 7),
                 id="slashes on a page in another language: the day first"),
    pytest.param({"standfirst": "07/12/2026 10h30 Updated 2 hours ago", "paragraphs": (ENGLISH,)}, None,
                 id="slashes on an English page: no order to guess"),
    pytest.param({"removed": removed("Published 3 hours ago")}, None, id="a relative stamp is no date"),
    pytest.param({"removed": removed("Das nächste Treffen ist für den 15. Januar 2027 geplant.", reason=RemovedReason.CAPTION),
                  "paragraphs": (GERMAN,)}, None, id="an event's date in a caption is no publication date"),
])
def test_date_stamps_of_other_languages(fields, expected):
    paragraphs = fields.pop("paragraphs", (GERMAN,))
    assert find_published(article(*paragraphs, **fields)) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("7. Dezember 2026", date(2026, 12, 7)),
    ("07.12.2026", date(2026, 12, 7)),
    ("2026年12月7日", date(2026, 12, 7)),
    (1765065600, date(2025, 12, 7)),
    ("12/07/2026", None),
    ("soon", None),
])
def test_frontmatter_dates_as_pages_write_them(value, expected):
    assert declared_date(value) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Von Martin Schneider", "Martin Schneider"),
    ("Von Martin Schneider, ARD-Studio Brüssel", "Martin Schneider"),
    ("von Martin Schneider, der am Montag sprach", None),
    ("di Marco Rossi | 7 dicembre 2026", "Marco Rossi"),
    ("di Mario Draghi, che ha detto", None),
    ("Door Jan de Vries en Piet Jansen", "Jan de Vries"),
    ("Par Claire Dubois, envoyée spéciale à Kiev", "Claire Dubois"),
    ("Por João Silva e Maria Souza", "João Silva"),
    ("di Marco Rossi", "Marco Rossi"),
    ("Av Erik Svensson", "Erik Svensson"),
    ("Автор: Иван Петров", "Иван Петров"),
    ("Texto: João Silva", "João Silva"),
    ("Di Maio ha detto", None),
    ("di fronte al Parlamento", None),
    ("Von Berlin aus", None),
    ("Por Redacción", None),
    ("Par AFP", None),
])
def test_bylines_of_other_languages(line, expected):
    assert by_name(line) == expected


@pytest.mark.parametrize(("lines", "expected"), [
    pytest.param(("© Süddeutsche Zeitung GmbH",), "sueddeutsche-zeitung", id="the paper's company by the paper's name"),
    pytest.param(("© 2026 NU.nl",), "NU.nl", id="a site no outlet owns, by its domain"),
    pytest.param(("Copyright © 2020-2026 harbourgazette.de",), "harbourgazette.de", id="a domain's years before it"),
    pytest.param(("© Reuters",), None, id="a wire with no year: a picture's credit"),
    pytest.param(("© Reuters GmbH",), None, id="a wire's company: still a credit"),
    pytest.param(("© 2026 NU.nl", "© 2026 harbourgazette.de"), None, id="two domains: none is the page's"),
    pytest.param(("© EDICIONES HARBOUR S.L.",), None, id="a company that is no outlet's name"),
])
def test_outlet_from_a_bare_copyright_line(lines, expected):
    found = annotator()
    outlet = find_outlet(article(GERMAN, removed=removed(*lines, reason=RemovedReason.CREDITS)), found.matcher, found.knowledge)[0]
    assert outlet == expected


def test_a_footer_in_another_language_names_the_site_of_a_wire_story():
    found = annotator()
    story = article(GERMAN, dateline="BERLIN (dpa) -",
                    removed=removed("© 2026 Süddeutsche Zeitung. Alle Rechte vorbehalten.", reason=RemovedReason.CREDITS))
    assert find_outlet(story, found.matcher, found.knowledge)[0] == "sueddeutsche-zeitung"


@pytest.mark.parametrize(("name", "expected"), [
    ("Senior Fellow", True),
    ("Research Director", True),
    ("Associate Professors", True),
    ("Kim Dean", False),
    ("Jane Roe", False),
    ("Fellow", False),
])
def test_a_post_is_no_writer_s_name(name, expected):
    assert is_post_title(name) == expected


def test_the_name_over_a_post_the_header_took_for_the_byline():
    story = article(ENGLISH, byline="Senior Fellow", removed=removed("Jane Roe") + removed("7 December 2026", reason=RemovedReason.TIMESTAMP))
    assert find_author(story) == "Jane Roe"


@pytest.mark.parametrize(("line", "expected"), [
    ("Quelle: dpa", "dpa"),
    ("Bron: Reuters", "reuters"),
    ("Источник: ТАСС", "tass"),
    ("Quelle: Harbour Gazette", None),
])
def test_a_source_credit_in_another_language_names_the_copy_s_outlet(line, expected):
    found = annotator()
    outlet = find_outlet(article(GERMAN, removed=removed(line, reason=RemovedReason.CREDITS)), found.matcher, found.knowledge)[0]
    assert outlet == expected
