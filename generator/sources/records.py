"""Articles kept as JSON records (a scraper's or feed archiver's export): their fields read as metadata and text.

A text source that is one JSON object, an array of them, or objects one after another (JSON Lines) holds its stories as
records: a title field, fields a frontmatter would hold (link, author, published), and the story in its longest text
field, often as HTML. Each record becomes its headline over its paragraphs; the HTML's tags are read as the breaks and
words they stand for, never kept as markup.
"""
from __future__ import annotations

import json

from generator.sources.html_tags import has_tags, html_text
from generator.sources.metadata import METADATA, SourceFormatError, coerce_metadata
from generator.sources.module_literals import module_records

#: Fields that name a record's headline, in order of preference.
TITLE_FIELDS = ("title", "headline", "name")

#: A record's story is its longest text field of at least this many characters (shorter ones are labels and ids).
MIN_STORY_CHARS = 200

#: Fields of a block (one object of a block editor's list of paragraphs, quotes, images) that hold its text.
BLOCK_TEXT_FIELDS = ("text", "content", "body", "value", "html")

#: Lines between two records' stories: more than a paragraph break, so each headline opens its own article.
RECORD_BREAK = "\n\n\n"


def story_text(value: str) -> str:
    """A record's story as text: HTML read as its words and breaks, plain text as it is."""
    return html_text(value) if has_tags(value) else value.strip()


def json_records(text: str) -> list[dict[str, object]] | None:
    """The records of a JSON text (an object, an array of objects, the array under an object's one list, or objects
    one after another), or None when the text is no JSON of records."""
    stripped = text.strip()
    if not stripped or stripped[0] not in "[{":
        return None
    try:
        data = json.loads(stripped)
    except ValueError:
        data = _json_values(stripped)
    if isinstance(data, dict):
        lists = [value for value in data.values() if isinstance(value, list) and value and all(isinstance(v, dict) for v in value)]
        data = lists[0] if len(lists) == 1 and not _story_field(data) else [data]
    if not isinstance(data, list) or not data or not all(isinstance(item, dict) for item in data):
        return None
    return data if any(_story_field(record) for record in data) else None


def _json_values(text: str) -> list[object] | None:
    """JSON values one after another (JSON Lines, or objects pasted one under another), or None when any is no JSON."""
    decoder = json.JSONDecoder()
    values: list[object] = []
    at = 0
    while at < len(text):
        try:
            value, at = decoder.raw_decode(text, at)
        except ValueError:
            return None
        values.append(value)
        while at < len(text) and text[at].isspace():
            at += 1
    return values


def _text_of(value: object) -> str:
    """A field's text: a string as it is; a list of paragraphs, or of blocks holding text (an image block holds none),
    as its paragraphs one after another; anything else no text."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        return ""
    parts = [item if isinstance(item, str) else next((item[f] for f in BLOCK_TEXT_FIELDS if isinstance(item.get(f), str)), "")
             if isinstance(item, dict) else "" for item in value]
    return "\n\n".join(part.strip() for part in parts if part.strip())


def _story_field(record: dict[str, object]) -> str | None:
    """The name of a record's longest text field, when it is long enough to be a story."""
    texts = [(len(text), key) for key, value in record.items() if len(text := _text_of(value)) >= MIN_STORY_CHARS]
    return max(texts)[1] if texts else None


def _title(record: dict[str, object]) -> str:
    """A record's headline, one line, or '' when it has none."""
    lowered = {str(key).lower(): value for key, value in record.items()}
    for field in TITLE_FIELDS:
        value = lowered.get(field)
        if isinstance(value, str) and value.strip():
            return " ".join(html_text(value).split())
    return ""


def record_metadata(record: dict[str, object]) -> dict[str, object]:
    """A record's fields a frontmatter would hold, typed; a value that does not fit is left out, never an error."""
    story = _story_field(record)
    fields = {key: value for key, value in record.items() if key != story and isinstance(value, (str, int, float))}
    meta: dict[str, object] = {}
    for key, value in fields.items():
        try:
            meta.update(coerce_metadata({key: value}, {}))
        except SourceFormatError:
            continue
    return {key: value for key, value in meta.items() if key in METADATA}


def _story_records(text: str) -> list[tuple[dict[str, object], str]] | None:
    """The records of a JSON text or a data module that hold a story, each with its story's field; None for neither."""
    records = json_records(text) or module_records(text)
    if records is None:
        return None
    stories = [(record, field) for record in records if (field := _story_field(record))]
    return stories or None


def record_items(text: str) -> tuple[dict[str, object], list[tuple[dict[str, object], str]]] | None:
    """Several story records, each (its fields a frontmatter would hold, its headline over its story) as a post of its
    own, so each keeps its own link, author and date; None for fewer than two."""
    stories = _story_records(text)
    if stories is None or len(stories) < 2:
        return None
    return {}, [(record_metadata(record), _one_record_text(record, field)) for record, field in stories]


def read_records(text: str) -> tuple[dict[str, object], str] | None:
    """A JSON text of story records as (metadata, article text), or None when it is none: one record's fields are the
    file's metadata; several records become their headlines (and addresses) over their stories, one after another."""
    stories = _story_records(text)
    if stories is None:
        return None
    if len(stories) == 1:
        record, field = stories[0]
        return record_metadata(record), _one_record_text(record, field)
    # Several records share the file's metadata, so each keeps its address under its headline, as a pasted page does.
    articles = [_record_text(record, field) for record, field in stories]
    return {}, RECORD_BREAK.join(articles) + "\n"


def _one_record_text(record: dict[str, object], field: str) -> str:
    """A record read on its own: its headline over its story."""
    return f"{_title(record)}\n\n{story_text(_text_of(record[field]))}".strip() + "\n"


def _record_text(record: dict[str, object], field: str) -> str:
    """One of several records as text: its headline, its address under it when it has one, and its story."""
    address = record_metadata(record).get("url")
    head = f"{_title(record)}\n{address}" if address else _title(record)
    return f"{head}\n\n{story_text(_text_of(record[field]))}".strip()
