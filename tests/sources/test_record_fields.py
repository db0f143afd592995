"""A story record pasted as text: its title field's line is the headline and opens the story; a PHP array's other
fields are its markup."""
from __future__ import annotations

import pytest

from generator.model import RemovedReason, SourceDocument
from generator.sources.lines import scan_lines
from generator.sources.record_fields import mark_title_fields
from generator.sources.splitting import split_articles

ONE = "On October 4, 2016, the delegation headed by the Minister of Foreign Affairs took part in the meeting in Brussels."
TWO = "The heads of foreign offices discussed the state and prospects of cooperation with a focus on economic development."
THREE = "In the plenary session, the sides exchanged views on regional and international problems, issues of security."


def php_record(key: str, title: str) -> str:
    return (f"  '{key}' =>\n  array (\n    'id' => '{key}',\n    'created_on' => 1475711253,\n    'title' => '{title}',\n"
            f"    'body' => '{ONE}\n<br><br>\n{TWO}\n<br><br>\n{THREE}',\n    'order_seq' => NULL,\n  ),\n")


def test_each_php_records_title_field_opens_its_story():
    text = php_record("b0fcb194", "MINISTERIAL MEETING IN BRUSSELS") + php_record("03a71fde", "MEETING WITH EU COMMISSIONER")
    articles = split_articles(SourceDocument("records.txt", text, {}))
    assert [a.title for a in articles] == ["'title' => 'MINISTERIAL MEETING IN BRUSSELS',", "'title' => 'MEETING WITH EU COMMISSIONER',"]
    assert "'id' => 'b0fcb194'," in [line.text for line in articles[0].removed]


@pytest.mark.parametrize("line, title", [
    pytest.param('"title": "Chinese research ship to leave Sri Lanka today",', True, id="a JSON title field"),
    pytest.param("'title' => 'MEETING WITH EU COMMISSIONER',", True, id="a PHP array's"),
    pytest.param('"original_title": "Chinese research ship to leave Sri Lanka today",', False, id="another key"),
    pytest.param('The "title": "a word" is what the page calls it, the editor said.', False, id="a sentence"),
])
def test_a_title_field_is_a_headline(line, title):
    (marked,) = mark_title_fields(scan_lines(line, 20_000))
    assert (marked.candidate and marked.md_level == 1 and marked.noise is None) == title


@pytest.mark.parametrize("line, markup", [
    pytest.param("'id' => 'b0fcb194', 'created_on' => 1475711253,", True, id="ids and stamps"),
    pytest.param("'order_seq' => NULL, 'sections' => array ( array (", True, id="a nested array's opening"),
    pytest.param("'b0fcb194' =>", True, id="a record's key"),
    pytest.param("'body' => 'On October 4, 2016, the delegation took part in the meeting in Brussels.", False, id="the story's text"),
])
def test_a_php_arrays_fields_are_markup(line, markup):
    (marked,) = mark_title_fields(scan_lines(line, 20_000))
    assert (marked.noise == RemovedReason.CODE) == markup
