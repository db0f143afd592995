"""A JavaScript module kept whole whose object holds pasted articles as template strings, one a property.

An app's sample texts, a site's posts exported as code: `export const articles = {`, then `article1: \\`Headline ...`
with the article's lines under it up to its closing backtick, then the next property, then `};`. Each property's string
is an article of its own, untitled (its headline shares the key's line, no title line of its own); the declaration,
each key's line and the closing brace are code, kept visible as removed lines.
"""
from __future__ import annotations

import re
from dataclasses import replace

from generator.model import RemovedReason
from generator.sources.lines import Line

#: A module's opening declaration of an object or array, alone on its line: "export const articles = {",
#: "module.exports = {", "export default [", "const posts: Post[] = [".
_DECLARATION = re.compile(
    r"^\s*(?:export\s+default\s+|module\.exports\s*=\s*|(?:export\s+)?(?:const|let|var)\s+[\w$]+(?:\s*:[^=]+)?\s*=\s*)[\[{]\s*$")
#: A property whose value opens a template string on its line: 'article1: `From welfare ...', '"body": `...'.
_PROPERTY = re.compile(r"^\s*(?:[A-Za-z_$][\w$]*|\"[^\"\n]{1,60}\"|'[^'\n]{1,60}')\s*:\s*`")
#: The object's or array's closing line: "};", "]", "}".
_CLOSING = re.compile(r"^\s*[}\]]\s*[;,]?\s*$")


def _opens_string(line: str) -> bool:
    """A property line whose template string goes on past the line (an odd count of backticks: it stays open)."""
    return bool(_PROPERTY.match(line)) and line.count("`") % 2 == 1


def _is_module(first: str, rest: list[str]) -> bool:
    """A module's text: its first line declares an object or array, and a property of it opens a template string."""
    return bool(_DECLARATION.match(first)) and any(_opens_string(line) for line in rest)


def separate_module_strings(text: str) -> str:
    """The text with a blank line before each property's string and the closing brace, so no string's last line is
    read as wrapping onto the next key's line; no character of the text is changed."""
    raws = text.split("\n")
    first = next((n for n, raw in enumerate(raws) if raw.strip()), None)
    if first is None or not _is_module(raws[first], raws[first + 1 :]):
        return text
    out = []
    for n, raw in enumerate(raws):
        if n > first and (_opens_string(raw) or _CLOSING.match(raw)) and out and out[-1].strip():
            out.append("")
        out.append(raw)
    return "\n".join(out)


def module_string_starts(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """The lines with the module's code marked (declaration, keys' lines, closing brace), and where each property's
    string opens an article; no starts when the lines are no such module."""
    if not lines or not _is_module(lines[0].text, [line.text for line in lines[1:]]):
        return lines, []
    starts = [i for i, line in enumerate(lines) if i and _opens_string(line.text)]
    code = {0, *starts, *(i for i in range(starts[0], len(lines)) if _CLOSING.match(lines[i].text))}
    marked = [replace(line, noise=RemovedReason.CODE, candidate=False) if i in code else line for i, line in enumerate(lines)]
    for i in _string_ends(lines, starts):
        if _FINISHED.search(lines[i].text):  # its sentence ends before the backtick: text, never a headline at the end
            marked[i] = replace(marked[i], candidate=False)
    return marked, starts


#: A string's last line whose sentence ends before the closing backtick: "... into catastrophe.`,".
_FINISHED = re.compile(r"[.!?\"”’)]`[,;]?\s*$")


def _string_ends(lines: list[Line], starts: list[int]) -> list[int]:
    """The line closing each property's string: the first after its key's line with a backtick left open."""
    bounds = [*starts, len(lines)]
    return [next((i for i in range(begin + 1, end) if lines[i].text.count("`") % 2 == 1), end - 1)
            for begin, end in zip(bounds, bounds[1:])]
