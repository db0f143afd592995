"""A JavaScript or TypeScript module of a site's or scraper's data, its stories kept as object literals.

A site's content module (`export const newsArticles: NewsArticle[] = [ { ...base("slug"), lede: "...", blocks: [ {
type: "paragraph", text: "..." } ] } ]`), a scraper's mock data (`export const mockArticles = [ { "title": "...",
"content": ["...", "..."] } ]`): imports, types and functions around literals that are not JSON (unquoted keys, single
quotes, trailing commas, spreads, variables). The literals' values are read as JSON's would be; anything that is no
literal (a variable, a call, a spread, a type) is no value, never an error. The module's records are the largest list of
objects its declarations hold.
"""
from __future__ import annotations

import json
import re

#: A declaration whose value is a literal: "export const posts: Post[] = [", "var posts = [", "module.exports = {",
#: "export default [".
_DECLARATION = re.compile(
    r"^[ \t]*(?:export\s+default\s+|module\.exports\s*=\s*|(?:export\s+)?(?:const|let|var)\s+[\w$]+(?:\s*:[^=\n]+)?\s*=\s*)(?=[\[{])",
    re.M)
#: What the parser skips between tokens: whitespace and comments.
_SPACE = re.compile(r"(?:\s+|//[^\n]*|/\*.*?\*/)*", re.S)
#: A key: a name, a quoted name, a number.
_KEY = re.compile(r"""[A-Za-z_$\u00c0-\uffff][\w$\u00c0-\uffff]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\d+""")
#: A string literal: double, single or back quotes (a template string's ${...} kept as written).
_STRING = re.compile(r""""(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`""", re.S)
#: A scalar that is no string: a number, true/false/null.
_SCALAR = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|undefined")


class _Skip:
    """A value that is no literal (a variable, a call, a spread): read past, kept as nothing."""


_SKIP = _Skip()


def _string(token: str) -> str:
    """A string literal's text: JSON's escapes for double quotes, a backslash's next character for the others."""
    body = token[1:-1]
    if token[0] == '"':
        try:
            return json.loads(token)
        except ValueError:
            return body
    return re.sub(r"\\(.)", lambda escape: {"n": "\n", "t": "\t"}.get(escape[1], escape[1]), body)


class _Parser:
    """A recursive reader of one literal at a position of the text; ``value`` moves ``at`` past what it read."""

    def __init__(self, text: str, at: int) -> None:
        self.text, self.at = text, at

    def _skip_space(self) -> None:
        self.at = _SPACE.match(self.text, self.at).end()

    def value(self, depth: int = 0) -> object:
        self._skip_space()
        if depth > 40 or self.at >= len(self.text):
            raise ValueError("too deep or cut short")
        char = self.text[self.at]
        if char == "[":
            return self._items("]", depth)
        if char == "{":
            return self._items("}", depth)
        if (match := _STRING.match(self.text, self.at)) is not None:
            self.at = match.end()
            return _string(match.group(0))
        if (match := _SCALAR.match(self.text, self.at)) is not None and not re.match(r"[\w$]", self.text[match.end():match.end() + 1]):
            self.at = match.end()
            return json.loads(match.group(0)) if match.group(0) != "undefined" else None
        self._expression()
        return _SKIP

    def _expression(self) -> None:
        """Read past an expression up to the comma or closing bracket that ends it, brackets inside it balanced."""
        depth = 0
        while self.at < len(self.text):
            char = self.text[self.at]
            if (match := _STRING.match(self.text, self.at)) is not None:
                self.at = match.end()
                continue
            if char in "([{":
                depth += 1
            elif char in ")]}":
                if depth == 0:
                    return
                depth -= 1
            elif char == "," and depth == 0:
                return
            self.at += 1

    def _items(self, closing: str, depth: int) -> object:
        """An array's items or an object's fields; a spread or a field with no literal value is left out."""
        self.at += 1
        items: list[object] = []
        fields: dict[str, object] = {}
        while True:
            self._skip_space()
            if self.at >= len(self.text):
                raise ValueError("cut short")
            if self.text[self.at] == closing:
                self.at += 1
                return items if closing == "]" else fields
            if self.text.startswith("...", self.at):
                self.at += 3
                self._expression()
            elif closing == "]":
                items.append(self.value(depth + 1))
            else:
                key = _KEY.match(self.text, self.at)
                if key is None:
                    raise ValueError("no key")
                self.at = key.end()
                self._skip_space()
                if not self.text.startswith(":", self.at):
                    fields[key.group(0)] = _SKIP  # shorthand "{ title }": a variable
                else:
                    self.at += 1
                    fields[_string(key.group(0)) if key.group(0)[0] in "\"'" else key.group(0)] = self.value(depth + 1)
            self._skip_space()
            if self.text.startswith(",", self.at):
                self.at += 1
            elif self.at < len(self.text) and self.text[self.at] != closing:
                raise ValueError("no comma")


def _plain(value: object) -> object:
    """The value with every non-literal left out."""
    if isinstance(value, list):
        return [_plain(item) for item in value if item is not _SKIP]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items() if item is not _SKIP}
    return value


def _lists_of_objects(value: object) -> list[list[dict]]:
    """The declared list of objects, or an object's lists of objects (a module's `{ posts: [...] }`): a record's own lists
    (its blocks, its images) are its fields, never records."""
    if isinstance(value, list):
        return [value] if value and all(isinstance(item, dict) for item in value) else []
    if isinstance(value, dict):
        return [item for item in value.values() if isinstance(item, list) and item and all(isinstance(i, dict) for i in item)]
    return []


def module_literals(text: str) -> list[object]:
    """The literal values a module's declarations hold, in order; a declaration whose literal cannot be read is none."""
    values = []
    for declaration in _DECLARATION.finditer(text):
        try:
            values.append(_plain(_Parser(text, declaration.end()).value()))
        except ValueError:
            continue
    return values


def module_records(text: str) -> list[dict[str, object]] | None:
    """The story records of a data module: the longest list of objects its declarations hold, or None (no module)."""
    lists = [found for value in module_literals(text) for found in _lists_of_objects(value)]
    return max(lists, key=len, default=None)  # never an empty list: _lists_of_objects keeps lists that hold objects
