"""The realdev renderer: saved HTML -> pasted text lines, labelled body or furniture."""
import pytest

from generator.tools.realdev_text import label_lines, render_text


@pytest.mark.parametrize("html, lines", [
    ("<html><body><p>One</p><p>Two</p></body></html>", ["One", "", "Two"]),
    ("<div>A <b>bold</b> word</div><div>Next</div>", ["A bold word", "Next"]),
    ("<div>x<script>var a = 1;</script>y</div><style>p{}</style><noscript>no js</noscript>", ["xy"]),
    ("<head><title>T</title></head><body><template><p>t</p></template>Body</body>", ["Body"]),
    ("<div>line one<br>line two</div>", ["line one", "line two"]),
    ("<ul><li>a</li><li>b</li></ul><table><tr><td>c</td><td>d</td></tr></table>", ["a", "b", "c", "d"]),
    ("<div hidden>h</div><div style='display: none'>n</div><span>shown</span>", ["shown"]),
    ("<p>  spaced \n\t out&nbsp; text </p>", ["spaced out text"]),
    ("<div>Inline <a href='#'>link</a>, then<div>inner block</div>tail</div>", ["Inline link, then", "inner block", "tail"]),
    ("<details><summary>More</summary>closed part</details>", ["More"]),
])
def test_render_text(html, lines):
    assert render_text(html).rstrip("\n").split("\n") == lines


BODY = "First paragraph of the article, long enough to count.\nSecond one: “quoted” words — and a dash, also long."


@pytest.mark.parametrize("text, labels", [
    # a whole paragraph is body; furniture around it is not
    ("Share this\nFirst paragraph of the article, long enough to count.\nAdvertisement",
     ["furniture", "body", "furniture"]),
    # quotes, dashes and whitespace are folded
    ('Second one: "quoted"  words - and a dash, also long.', ["body"]),
    # a paragraph split by <br>: the short tail continues the previous body line
    ("First paragraph of the article, long\nenough to count.", ["body", "body"]),
    # a short line that merely occurs in the body is furniture
    ("article", ["furniture"]),
    # a line holding a whole paragraph plus furniture is body
    ("Photo: AP First paragraph of the article, long enough to count.", ["body"]),
    # a short fragment after furniture is not a continuation
    ("Menu\nenough to count.", ["furniture", "furniture"]),
])
def test_label_lines(text, labels):
    result = label_lines(text, BODY)
    assert [line["label"] for line in result.lines] == labels


def test_missing_paragraphs_are_reported():
    result = label_lines("First paragraph of the article, long enough to count.", BODY)
    assert result.paragraphs == 2 and len(result.missing) == 1
