"""Frontmatter YAML refuses but an editor plainly meant: a flat block of "key: value" lines whose values hold ": "."""
from __future__ import annotations

import re

#: YAML's complaint about an unquoted value holding ": " ("title: Iran: talks resume"), as editors write titles.
COLON_IN_VALUE = "mapping values are not allowed here"
#: A key line of a flat block: a key at the line's start, a colon, the rest of the line its value.
_PLAIN_KEY_LINE = re.compile(r"(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*")


def plain_key_lines(block: str) -> tuple[dict[str, str], dict[str, int]] | None:
    """A flat block of "key: value" lines read with each value the rest of its line ("title: Iran: talks resume"), when
    every line is one (or blank, or a comment) and no value opens a quotation or a list it does not close; else None."""
    data: dict[str, str] = {}
    lines: dict[str, int] = {}
    for number, line in enumerate(block.split("\n"), start=2):
        if not line.strip() or line.startswith("#"):
            continue
        match = _PLAIN_KEY_LINE.fullmatch(line)
        if match is None or match.group("key") in data:
            return None
        value = match.group("value") or ""
        if value[:1] in "\"'[{" and value[:1] and not _closed(value):
            return None
        data[match.group("key")] = value[1:-1] if value[:1] in "\"'" and _closed(value) else value
        lines[match.group("key")] = number
    return (data, lines) if data else None


def _closed(value: str) -> bool:
    """True when a value that opens a quotation, list or mapping closes it at its end."""
    return len(value) > 1 and value[-1] == {"\"": "\"", "'": "'", "[": "]", "{": "}"}[value[0]]
