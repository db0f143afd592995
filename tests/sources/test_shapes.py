"""Stage 1-2 on real paste shapes (tests/shapes): each file splits into its articles, under their headlines."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import SourceDocument
from generator.sources.reading import read_source
from generator.sources.splitting import split_articles

SHAPES = Path(__file__).resolve().parents[1] / "shapes" / "sources"
RUBIO_GERMANY = "Secretary Rubio’s Meeting with German Foreign Minister Wadephul"
RUBIO_TAJIKISTAN = "Secretary Rubio’s Meeting with Tajikistan Foreign Minister Muhriddin"
INDO_CHINA_AID = "AID TO REFUGEES IN IN DO-CHINA"
EU_STATEMENT = ("Statement of the President of the European Commission Jean-Claude Juncker, the President of the European Council "
                "Donald Tusk and the Prime Minister of Australia Malcolm Turnbull")


@pytest.mark.parametrize(("name", "titles", "first_words"), [
    # A feed archiver's JSON record: its title field is the headline, its HTML story read as paragraphs.
    ("001_state_readout_json.txt", [RUBIO_GERMANY], ["Secretary of State Marco Rubio met today with German"]),
    ("002_state_readout_json.txt", [RUBIO_TAJIKISTAN], ["Secretary of State Marco Rubio met with Tajikistan"]),
    # Two records pasted one under the other: two articles.
    ("003_two_state_readouts_json.txt", [RUBIO_GERMANY, RUBIO_TAJIKISTAN],
     ["Secretary of State Marco Rubio met today with German", "Secretary of State Marco Rubio met with Tajikistan"]),
    # Text from a PDF, OCR slips and double spaces, under a scraper's frontmatter.
    ("004_ocr_press_release_frontmatter.txt", ["Aid to refugees in Indo-China"], ["7.4.75 — The Foreign Minister, Senator Don Willesee"]),
    ("005_pdf_joint_statement_frontmatter.txt", [EU_STATEMENT + " [Terrorist attacks in Paris]"], ["We strongly condemn the atrocious terrorist attacks in Paris"]),
    # Scraped Markdown whose url is a path on its own site: read, not refused.
    ("006_scraped_markdown_release.txt", ["Minister for Foreign Affairs - Joint Investigation Team Meeting"],
     ["The ministers of Foreign Affairs of Australia, Belgium"]),
    # OCR'd print, a line per paragraph: the lines joined into sentences, the body kept.
    ("007_ocr_line_per_paragraph_release.txt", ["1000 white Russian refugees"], ["PRESS STATEMENT BY THE MINISTER FOR IMMIGRATION"]),
    # A sentence cut at a page break goes on in the next paragraph.
    ("008_pdf_page_cut_release.txt", ["Australian donation for Red Cross work in Cyprus"], ["AUSTRALIAN DONATION FOR RED GROSS WORK IN CYPRUS"]),
    # Two releases pasted one after the other, no frontmatter: two articles.
    ("009_two_pasted_releases_print.txt", [INDO_CHINA_AID, "EMBARGO EMBARGO EMBARGO EMBARGO"],
     ["7.4.75 — The Foreign Minister", "PRESS STATEMENT BY THE MINISTER FOR IMMIGRATION"]),
    ("010_two_pasted_releases_statement.txt", [EU_STATEMENT, INDO_CHINA_AID],
     ["We strongly condemn the atrocious terrorist attacks in Paris", "7.4.75 — The Foreign Minister"]),
    # Two releases pasted whole, each under its own scraper's frontmatter: two articles, each titled by its block.
    ("011_two_releases_each_under_frontmatter.txt", ["Aid to refugees in Indo-China", EU_STATEMENT + " [Terrorist attacks in Paris]"],
     ["7.4.75 — The Foreign Minister", "We strongly condemn the atrocious terrorist attacks in Paris"]),
])
def test_a_real_paste_shape_splits_into_its_articles(settings, name, titles, first_words):
    document = read_source(SHAPES / name, name, settings)
    assert isinstance(document, SourceDocument)
    articles = split_articles(document)
    assert [article.title for article in articles] == titles
    assert [article.blocks[0].text[: len(words)] for article, words in zip(articles, first_words)] == first_words


def test_a_sentence_cut_by_a_page_break_is_one_paragraph(settings):
    document = read_source(SHAPES / "008_pdf_page_cut_release.txt", "008.txt", settings)
    (article,) = split_articles(document)
    assert any("to the International Committee of the Red Cross to help its relief work in Cyprus." in block.text for block in article.blocks)


def test_the_place_a_release_was_issued_is_no_byline(settings):
    document = read_source(SHAPES / "006_scraped_markdown_release.txt", "006.txt", settings)
    (article,) = split_articles(document)
    assert article.byline is None


def test_print_lines_keep_the_release_body(settings):
    document = read_source(SHAPES / "007_ocr_line_per_paragraph_release.txt", "007.txt", settings)
    (article,) = split_articles(document)
    text = " ".join(block.text for block in article.blocks)
    assert "Australia has agreed to provide accommodation at Bonegilla Migrant Reception Centre for up to 1,000 White Russian refugees" in text
    assert "Normally White Russian refugees travelled in small groups and were cared for by the Russian community in Australia." in text


def test_each_pasted_post_keeps_its_own_frontmatter(settings):
    document = read_source(SHAPES / "011_two_releases_each_under_frontmatter.txt", "011.txt", settings)
    articles = split_articles(document)
    assert [(str(article.meta["date"]), article.meta["outlet"]) for article in articles] == [
        ("1975-04-07", "Minister for Foreign Affairs"), ("2015-11-15", "EUROPEAN COMMISSION")]
    assert not any(block.text.startswith(("title:", "trove_url:")) for article in articles for block in article.blocks)
