"""Script statements a page's copy left inside a line of text ("... said. (adsbygoogle = window.adsbygoogle || []).push({});
The talks ..."): cut out of the line so the text around them stays, and noted among the removed lines."""

from __future__ import annotations

import re

from generator.model import RemovedLine, RemovedReason

#: Where a statement may start: a name (dotted or not) assigned or called, a declaration, a function.
_START = re.compile(r"\(?\s*[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*(?:=(?!=)|\()|\b(?:var|let|const)\s+[\w$]+\s*=|\bfunction\s*[\w$]*\s*\(")
#: What only code holds: braces, "||", "=>", an empty list, a call on a dotted name, the page's window or document.
_CODE_MARK = re.compile(r"[{}]|\|\||=>|\[\]|\.\w+\(|\b(?:window|document)\.")
_OPEN, _CLOSE = "([{", ")]}"
#: A statement longer than this is no inline snippet: left to the line's own noise test.
MAX_STATEMENT = 2_000
#: Four words in a row, strings aside: prose, never a statement.
_PROSE = re.compile(r"(?:\b[A-Za-z]{2,}\b[ ,]+){3}\b[A-Za-z]{2,}\b")
_STRING = re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`")
#: Statement starts tried in one line at most (each scan is bounded too: a hostile line stays linear).
MAX_STARTS = 200
#: Words of text the line must keep around the statements, or the whole line is code (the cleaner removes it whole).
MIN_TEXT_WORDS = 8


def _statement_end(line: str, start: int) -> int | None:
    """The end of the statement starting at ``start``: its ';' at depth 0, brackets and quoted strings balanced, or None."""
    depth = 0
    quote = ""
    for i in range(start, min(len(line), start + MAX_STATEMENT)):
        char = line[i]
        if char in "'\"`" and line[i - 1] == "\\":
            continue  # an escaped mark ('\"', a page's text stored as a JSON string) opens and closes nothing
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"`":
            quote = char
        elif char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth -= 1
            if depth < 0:
                return None
        elif char == ";" and depth == 0:
            return i + 1
    return None


def script_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of every script statement in a line of text, in order; none unless the line has code marks."""
    if not _CODE_MARK.search(line):
        return []
    spans: list[tuple[int, int]] = []
    position = 0
    for _ in range(MAX_STARTS):
        start = _START.search(line, position)
        if start is None:
            break
        end = _statement_end(line, start.start())
        if end is not None and _CODE_MARK.search(line, start.start(), end) and not _PROSE.search(_STRING.sub("", line[start.start():end])):
            spans.append((start.start(), end))
            position = end
        else:
            position = start.start() + 1
    return spans


def strip_inline_scripts(text: str) -> tuple[str, list[RemovedLine]]:
    """The text with script statements cut out of lines of running text, and a note for each statement cut."""
    if "{" not in text and "||" not in text and "=>" not in text:
        return text, []
    lines = text.split("\n")
    notes: list[RemovedLine] = []
    for number, line in enumerate(lines):
        spans = script_spans(line)
        if not spans:
            continue
        kept = "".join(line[end:start] for (_, end), (start, _) in zip([(0, 0), *spans], [*spans, (len(line), len(line))]))
        if len(kept.split()) < MIN_TEXT_WORDS:
            continue  # a line of code: the cleaner removes it whole, with its reason
        lines[number] = " ".join(kept.split())
        notes.extend(RemovedLine(line[start:end].strip(), RemovedReason.CODE) for start, end in spans)
    return "\n".join(lines), notes
