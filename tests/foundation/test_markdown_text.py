"""Escaping: source text printed into generated Markdown is literal text, whatever it contains."""
from __future__ import annotations

import html
import re

import pytest
import yaml

from generator.markdown_text import (
    SafeMarkdown,
    character_map,
    escape_fragment,
    escape_line_start,
    escape_markdown,
    fold_text,
    plain_title,
    single_spaced,
    yaml_value,
)

HOSTILE = [
    # HTML and scripts
    "<script>alert('pwned')</script>", "<img src=x onerror=alert('pwned')>", "<a href='javascript:alert(1)'>x</a>",
    "<iframe src=//evil.example/pwned></iframe>", "<svg onload=alert(1)>", "<div markdown=\"1\">*x*</div>",
    "<!-- comment -->", "<?php echo 1; ?>", "<![CDATA[x]]>", "<style>body{display:none}</style>",
    # entities
    "&lt;script&gt;", "&#60;script&#62;", "&amp; &copy; &#x26;", "AT&T and R&D",
    # links and images
    "[x](javascript:alert('pwned'))", "![x](javascript:alert(1))", "<javascript:alert(1)>", "<http://evil.example/pwned>",
    "[ref]: http://evil.example", "[x][ref]", "[x]", "http://example.com/a_b_c", "mailto:a@b.c <a@b.c>",
    # block structure
    "# Heading", "###### Deep", "Title\n===", "Title\n---", "---", "***", "___", "- item", "* item", "+ item",
    "1. item", "2023. A year", "1) item", "> quote", ">> nested", "    indented code", "\tcode", "```python", "~~~",
    "| a | b |", "a | b", "|---|---|", "!!! danger \"pwned\"", "??? note", "???+ note \"x\"", "[TOC]",
    "term\n: definition", ": definition", "= setext", "-\u00a0item", "  - indented item",
    # inline structure
    "`code`", "``double``", "*em* **strong** _u_ __uu__", "a*b*c", "snake_case_name", "\\", "\\*not em\\*", "a  \nb",
    "[^1] footnote", "*[HTML]: Hyper Text", "$$x$$", "~~del~~", "==mark==", "^^ins^^", "++ctrl+alt++", ":smile:",
    "x^2", "H~2~O", "C# and F#", "#hashtag",
    # attribute lists and templates
    "{: onclick=alert(1) }", "text {: #id .cls }", "{: #p1 .paragraph }", "{{ 7*7 }}", "{% include 'x' %}", "{# c #}",
    "{{ config.site_name }}", "${var}", "{%raw%}",
    # odd characters
    "\x02wzxhzdk:0\x03", "\u200b<script>", "＜script＞", "tab\tand\nnewline", "", "   ", "\u2028line\u2029sep",
    "مجلس الأمن <b>", "東京 *会議*", "\ud800 lone surrogate", "\ufffe\uffff nonchar", "null\x00byte",
]


def test_the_scanner_finds_active_markup_in_unescaped_markdown(scan_html, render_markdown):
    """A check of the helpers: unescaped Markdown does make markup, and the scanner sees each kind."""
    scanner = scan_html(render_markdown(
        "*em* [x](https://evil.example/pwned) [y](javascript:void(0)) <img src=\"x\" onerror=\"alert('pwned')\">\n\n"
        "<script>alert('pwned')</script>"
    ))
    assert [tag for tag, _ in scanner.tags] == ["p", "em", "a", "a", "img", "script"]
    assert [finding.split("> ")[-1].split(":")[0] for finding in scanner.findings] == [
        "link or resource from a source", "script URL", "event handler", "element from a source", "content from a source",
    ]


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_as_one_plain_paragraph_of_the_same_text(text, render_markdown, scan_html):
    rendered = render_markdown(escape_markdown(text))
    scanner = scan_html(rendered)
    expected = fold_text(text)
    if not expected:
        assert rendered == ""
        return
    assert scanner.tags == [("p", ())]
    assert html.unescape(rendered.removeprefix("<p>").removesuffix("</p>")) == expected
    assert "".join(scanner.text) == expected


#: Each way the templates print a value, and the elements that line must make whatever the value is.
CONTEXTS = {
    "- {}": [("ul", ()), ("li", ())],
    "> “{}”": [("blockquote", ()), ("p", ())],
    "# {} {{: #top }}": [("h1", (("id", "top"),))],
    "### {} {{: #p3 }}": [("h3", (("id", "p3"),))],
    "{}\n{{: #p1 .paragraph }}": [("p", (("class", "paragraph"), ("id", "p1")))],
    "!!! abstract \"Summary\"\n    {}": [("div", (("class", "admonition abstract"),)), ("p", (("class", "admonition-title"),)), ("p", ())],
    "| Kind | Name |\n|---|---|\n| x | {} |": [
        ("table", ()), ("thead", ()), ("tr", ()), ("th", ()), ("th", ()), ("tbody", ()), ("tr", ()), ("td", ()), ("td", ())],
    "- **Author:** {}": [("ul", ()), ("li", ()), ("strong", ())],
    "[{}](../briefs/x.md)": [("p", ()), ("a", (("href", "../briefs/x.md"),))],
}


@pytest.mark.parametrize("template", CONTEXTS)
@pytest.mark.parametrize("text", [t for t in HOSTILE if fold_text(t)])
def test_escaped_text_keeps_the_structure_of_every_template_context(template, text, render_markdown, scan_html):
    scanner = scan_html(render_markdown(template.format(escape_markdown(text))))
    assert scanner.tags == CONTEXTS[template]
    assert not scanner.findings
    # The value is the last visible text of the line, unchanged.
    assert "".join(scanner.text).strip().removesuffix("”").endswith(fold_text(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- item", "&#45; item"), ("12. item", "12&#46; item"), ("3) item", "3&#41; item"), ("> q", "&#62; q"),
        ("? q", "&#63; q"), ("= x", "&#61; x"), (": d", "&#58; d"), ("/// note", "&#47;// note"), ("plain", "plain"), ("x - y", "x - y"),
    ],
)
def test_escape_line_start(text, expected):
    assert escape_line_start(text) == expected


def test_escape_fragment_keeps_edge_spaces_and_concatenates():
    text = "Talks in *Oslo* <b>ended</b> [early] | 3 = 3 {{ x }}"
    assert escape_fragment(" a*b ") == r" a\*b "
    for cut in range(len(text) + 1):
        assert escape_fragment(text[:cut]) + escape_fragment(text[cut:]) == escape_markdown(text)


CHARACTER_TABLES = [
    {"&": "&amp;", "\\": "\\\\", "#": "\\#", "|": "&#124;", "]": "\\]", "^": "&#94;", "-": "&#45;"},
    {"’": "'", "—": "-", "«": "“"},
    {"a": "", " ": "  "},
]


@pytest.mark.parametrize("table", CHARACTER_TABLES)
@pytest.mark.parametrize("text", [*HOSTILE, "", "a-b — «c» ’s \\# |^]", "éà ünïcode – \ud800"])
def test_character_map_is_translate_in_one_pass(table, text):
    assert character_map(table)(text) == text.translate(str.maketrans(table))


@pytest.mark.parametrize("text", [*HOSTILE, "", " ", "  ", "a b", "a  b", " a ", "a\tb", "a \t b", "a\n\nb", "a\u00a0b", "a\u3000 b",
                                  "a\u2028b", "end \n"])
def test_single_spaced_folds_whitespace_as_one_regex_would(text):
    assert single_spaced(text) == re.sub(r"\s+", " ", text)


@pytest.mark.parametrize(("value", "expected"), [(42, "42"), (None, "None"), (1.5, "1&#46;5"), ("  a \n b ", "a b")])
def test_escape_markdown_prints_any_value_as_text(value, expected):
    assert escape_markdown(value) == expected


def test_safe_markdown_is_never_escaped_twice():
    made = SafeMarkdown("[*link*](x.md)")
    assert escape_markdown(made) is made
    assert isinstance(escape_markdown("x"), SafeMarkdown)


@pytest.mark.parametrize("text", HOSTILE)
def test_plain_title_has_no_markup_characters(text):
    title = plain_title(text)
    assert not set(title) & set("<>&\"`\\")
    assert title == title.strip() and "  " not in title and "\n" not in title
    assert all(ch in "\t" or ord(ch) >= 32 for ch in title) and "\ud800" not in title


@pytest.mark.parametrize("text", HOSTILE)
def test_yaml_value_round_trips_as_a_single_line_scalar(text):
    value = yaml_value(plain_title(text))
    assert "\n" not in value and value.isascii()
    assert yaml.safe_load(f"title: {value}") == {"title": plain_title(text)}


#: Extensions often enabled with Material. Not listed, because escaping cannot cover them: pymdownx.magiclink
#: (links bare URLs in plain text) and pymdownx.arithmatex (reads the escaped "\(...\)" as inline math).
WIDER_EXTENSIONS = [
    "pymdownx.mark", "pymdownx.tilde", "pymdownx.caret", "pymdownx.keys", "pymdownx.critic", "pymdownx.betterem",
    "def_list", "footnotes", "abbr", "md_in_html", "pymdownx.superfences", "pymdownx.inlinehilite", "pymdownx.tabbed",
    "pymdownx.tasklist", "pymdownx.smartsymbols", "pymdownx.emoji", "pymdownx.snippets", "pymdownx.blocks.admonition",
]
WIDER_HOSTILE = HOSTILE + [
    "{++added++}", "{--deleted--}", "{~~a~>b~~}", "{==marked==}", "{>>comment<<}", "[ ] task", "[x] task", '=== "Tab"',
    '--8<-- "/etc/passwd"', ';--8<-- "x"', "/// note", "(c) (tm) -->", ":smile:", "++ctrl+alt+del++", "Term\n:   def",
]


@pytest.mark.parametrize("extension", WIDER_EXTENSIONS)
def test_escaping_also_holds_under_other_common_extensions(extension, scan_html):
    import markdown

    names = ["attr_list", "tables", "admonition", "pymdownx.details", "toc", extension]
    converter = markdown.Markdown(extensions=names)
    made = {text: scan_html(converter.reset().convert(escape_markdown(text))).tags for text in WIDER_HOSTILE if fold_text(text)}
    assert {text: tags for text, tags in made.items() if tags != [("p", ())]} == {}
