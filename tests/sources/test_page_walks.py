"""Stage 2, saved pages: the walks over a page's tree that find its header lines and the blocks the extractor left out."""
from __future__ import annotations

import pytest

from generator.sources.left_out import left_out
from generator.sources.page_header import header_lines
from generator.sources.pages import parse_page


@pytest.mark.parametrize(("body", "lines"), [
    pytest.param("<p>Politics</p><h1>Harbour <b>pier</b> vote</h1><p>By Jane Roe</p>", ["Politics", "By Jane Roe"], id="over and under"),
    pytest.param("<div>Politics<script>var x = 1;</script></div><h1>Harbour pier vote</h1><p>By <span>Jane Roe</span></p>",
                 ["Politics", "By", "Jane Roe"], id="a script's text is never a line, each element's text and tail are"),
    pytest.param("<noscript><p>Enable scripts</p></noscript><!-- kept out --><h1>Harbour pier vote</h1><p>Jane Roe</p>",
                 ["Jane Roe"], id="inside a hidden element, and a comment"),
    pytest.param("<h1>Harbour pier vote<span>Extra</span></h1>tail text<p>Jane Roe</p>", ["Jane Roe"],
                 id="the headline's inner elements are its text, its tail no line"),
])
def test_a_saved_page_s_header_lines_are_its_visible_lines_around_the_headline(body, lines):
    tree = parse_page(f"<html><head><title>x</title></head><body>{body}</body></html>")
    title = "Harbour pier voteExtra" if "Extra" in body else "Harbour pier vote"
    assert list(header_lines(tree, title, "")) == lines


@pytest.mark.parametrize(("body", "lines"), [
    pytest.param("<ul><li>Harbour board votes today</li></ul><p>Second story of the day</p>",
                 ["Harbour board votes today", "Second story of the day"], id="blocks in page order"),
    pytest.param("<blockquote><p>Quoted words stand apart</p></blockquote>", ["Quoted words stand apart"],
                 id="a container's inner block is judged, not the container"),
    pytest.param("<form><p>Sign up for news</p></form><p>Visible words stay listed</p>", ["Visible words stay listed"],
                 id="a form's text is not listed"),
])
def test_a_saved_page_s_left_out_blocks_skip_containers_and_hidden_elements(body, lines):
    assert list(left_out(parse_page(f"<html><body>{body}</body></html>"), "")) == lines
