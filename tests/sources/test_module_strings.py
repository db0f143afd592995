"""A JavaScript module holding pasted articles as template strings splits into them, its code lines removed and kept
visible; a module of one string or of short fields is no such file."""
from __future__ import annotations

import pytest

from generator.model import RemovedReason, SourceDocument
from generator.sources.module_literals import module_records
from generator.sources.splitting import split_articles

PARAGRAPHS = [
    "A few days ago, the ministry reported a historic first: a brigade has been stationed abroad for good.",
    "This is not the result of some grand strategy, the analysts said, but of a lack of one in the capital.",
    "The administration is asking all federal agencies to find ways to end their contracts with the university.",
    "A brief federal court hearing was held on Tuesday morning in Boston to address the matter, officials said.",
]


def _articles(text: str) -> list:
    return split_articles(SourceDocument(path="articles.js", text=text, meta={}))


def _module(opening: str, closing: str) -> str:
    return (f"{opening}\n  article1: `Germany's militarism is a push for relevance\nBy Jane Roe\n\n{PARAGRAPHS[0]}\n\n"
            f"{PARAGRAPHS[1]}`,\n  article2: `Agencies told to cancel contracts\n\n{PARAGRAPHS[2]}\n\n{PARAGRAPHS[3]}`\n{closing}")


@pytest.mark.parametrize("opening, closing", [
    ("export const articles = {", "};"),
    ("module.exports = {", "}"),
    ("const samples: Record<string, string> = {", "};"),
])
def test_a_modules_template_strings_are_its_articles(opening, closing):
    articles = _articles(_module(opening, closing))
    assert [article.blocks[0].text for article in articles] == [PARAGRAPHS[0], PARAGRAPHS[2]]
    assert [article.title for article in articles] == [None, None]
    assert articles[0].blocks[-1].text == PARAGRAPHS[1] + "`,"  # the string's last line, not run into the next key's
    code = [line.text for article in articles for line in article.removed if line.reason == RemovedReason.CODE]
    assert code[0] == opening and code[-1] == closing and len(code) == 4


@pytest.mark.parametrize("text", [
    # Fields of one line each: a record, not articles.
    'export const post = {\n  title: "Agencies told to cancel contracts",\n  author: "Jane Roe",\n};\n\n' + "\n\n".join(PARAGRAPHS),
    # A sentence about code, no declaration opening the file.
    "\n\n".join(PARAGRAPHS[:2]) + "\n\nnote: `the brigade`\n\n" + "\n\n".join(PARAGRAPHS[2:]),
])
def test_other_files_are_not_split_as_modules(text):
    articles = _articles(text)
    assert len(articles) == 1
    assert not any(line.reason == RemovedReason.CODE for line in articles[0].removed)


@pytest.mark.parametrize(("text", "records"), [
    pytest.param('export const posts = [\n  { title: "A", body: \'B\\\'s\', n: 3, ok: true },\n];', [{"title": "A", "body": "B's", "n": 3, "ok": True}],
                 id="unquoted keys, single quotes, scalars, a trailing comma"),
    pytest.param('var posts = [{ ...base("x"), slug, src: assets.a.src, text: `T ${x}` /* c */ }, // note\n];',
                 [{"text": "T ${x}"}], id="spreads, shorthand fields, variables and comments are no values"),
    pytest.param('module.exports = { items: [{ "a": "1" }, { "a": "2" }] };', [{"a": "1"}, {"a": "2"}], id="an object's list of objects"),
    pytest.param('const list = [{ images: [{ src: "a" }, { src: "b" }, { src: "c" }] }];', [{"images": [{"src": "a"}, {"src": "b"}, {"src": "c"}]}],
                 id="a record's own lists are its fields, never the records"),
    pytest.param('const broken = [{ title: "A" ', None, id="a literal cut short is none"),
    pytest.param("The minister said on Monday that talks would resume.", None, id="prose is no module"),
])
def test_a_data_modules_records_are_its_literals(text, records):
    assert module_records(text) == records
