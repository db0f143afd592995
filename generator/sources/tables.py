"""Stage 2a''': a table pasted as text: its cells stacked one per line, row after row, each row shaped as the last.

A pasted table has no separators left, but its rows repeat one pattern of cell shapes (a name, a number, a
percentage, a note) with numbers among them; a menu or a tag list has one shape only, a share bar no rows.
"""
from __future__ import annotations

import re
from dataclasses import replace

from generator.sources.lines import Line, is_body

#: Cells a row has at least and at most.
MIN_COLUMNS, MAX_COLUMNS = 3, 8
#: Rows of one pattern a table has at least (its header row included).
MIN_ROWS = 3
#: Kinds of cell a row holds at least: a numbered list of headlines alternates two.
MIN_CELL_KINDS = 3
#: Words a cell has at most: a longer line is a paragraph, which no table stacks.
MAX_CELL_WORDS = 25
#: Rows of column labels a table may have over its cells (a pasted table may print its header twice), and their words.
MAX_HEADER_ROWS, MAX_HEADER_WORDS = 2, 3
#: Lines a table's paragraph may stand above it (its title and header rows between), and under it.
MAX_LINES_ABOVE, MAX_LINES_UNDER = 12, 2
#: A ruled table's rows (Markdown's, or text laid out with "|"): stacked rows of one cell count, this many at least.
MIN_RULED_ROWS = 3
#: Lines a ruled table's paragraph may stand under it: its caption and the next section's heading between.
MAX_LINES_UNDER_RULED = 4
#: The rule under a ruled table's header: dashes, colons and pipes only ("------ | :----:").
_RULE_ROW = re.compile(r"^[\s|:+=-]*-[\s|:+=-]*$")
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"^[-+−–]?[$€£¥]?\d[\d,.:/]*\s?(?:%|[a-zA-Z]{1,3}\.?)?$")


def cell_shape(text: str) -> str:
    """What a cell holds: a number (a count, a share, a time), a short label, a name or a note."""
    if _NUMBER.match(text):
        return "number"
    words = len(text.split())
    if words == 1:
        return "word" if text.isupper() or len(text) <= 3 else "term"
    return "words" if words <= 4 else "note"


def table_cells(texts: list[str], gaps: list[int]) -> set[int]:
    """Indexes of lines that are cells of a table: stacked without blank lines, their shapes repeating row by row
    (a row may differ from the one above in one cell), as many numbers as rows."""
    shapes = [cell_shape(text) if len(text.split()) <= MAX_CELL_WORDS else "paragraph" for text in texts]
    found: set[int] = set()
    for columns in range(MIN_COLUMNS, MAX_COLUMNS + 1):
        for first, last in _periodic_stretches(shapes, gaps, columns):
            cells = range(first, last + columns + 1)
            numbers = sum(1 for j in cells if shapes[j] == "number")
            kinds = len(set(shapes[first : first + columns]))
            if last - first + 1 >= columns * (MIN_ROWS - 1) and numbers * columns >= len(cells) and kinds >= MIN_CELL_KINDS:
                found.update(range(_header_start(texts, gaps, first, columns), cells.stop))
    return found


def _header_start(texts: list[str], gaps: list[int], first: int, columns: int) -> int:
    """Where a table's header rows start: up to MAX_HEADER_ROWS rows of short labels stacked right above its cells."""
    start = first
    for _ in range(MAX_HEADER_ROWS):
        row = range(start - columns, start)
        if row.start < 0 or any(gaps[j] for j in range(row.start + 1, start + 1)):
            break
        if any(len(texts[j].split()) > MAX_HEADER_WORDS or _NUMBER.match(texts[j]) for j in row):
            break
        start = row.start
    return start


def _periodic_stretches(shapes: list[str], gaps: list[int], columns: int) -> list[tuple[int, int]]:
    """(first, last) of each stretch of lines whose shape is the shape ``columns`` lines below, stacked, with at most
    one cell of a row's length differing."""
    stretches: list[tuple[int, int]] = []
    first = last_bad = -1
    for j in range(len(shapes) - columns):
        stacked = all(gaps[m] == 0 for m in range(j + 1, j + columns + 1))
        same = stacked and shapes[j] == shapes[j + columns] and shapes[j] != "paragraph"
        if not same and (not stacked or shapes[j] == "paragraph" or first < 0 or j - last_bad < columns):
            if first >= 0:
                stretches.append((first, _last_same(shapes, columns, first, j)))
            first, last_bad = -1, j
            continue
        if not same:
            last_bad = j
        elif first < 0:
            first = j
    if first >= 0:
        stretches.append((first, _last_same(shapes, columns, first, len(shapes) - columns)))
    return stretches


def _last_same(shapes: list[str], columns: int, first: int, end: int) -> int:
    """The last line before ``end`` (from ``first``) with a cell ``columns`` lines below it: the last row may differ from
    the one above in a cell, as every row may ("No stats registered." for a row's figures)."""
    return next((j for j in range(end - 1, first - 1, -1) if shapes[j + columns] != "paragraph"), first)


def mark_tables(lines: list[Line]) -> list[Line]:
    """A table inside the text (paragraphs above it and right under it) is running text, whatever its cells' shapes
    (a number is no share counter there); tables elsewhere on a page (prices, scores, quotes) are its furniture."""
    cells = table_cells([line.text for line in lines], [line.gap_before for line in lines])
    inside = {i for table in _tables(sorted(cells)) if _in_text(lines, table[0], table[-1]) for i in table}
    inside |= {i for rows in ruled_tables(lines) if _in_text(lines, rows[0], rows[-1], MAX_LINES_UNDER_RULED)
               for i in rows if not _RULE_ROW.match(lines[i].text)}
    return [replace(line, noise=None, candidate=False, listed=True) if i in inside else line for i, line in enumerate(lines)]


def _tables(cells: list[int]) -> list[list[int]]:
    """Runs of consecutive cell indexes: one table each."""
    tables: list[list[int]] = []
    for i in cells:
        if tables and i == tables[-1][-1] + 1:
            tables[-1].append(i)
        else:
            tables.append([i])
    return tables


def _in_text(lines: list[Line], first: int, last: int, under: int = MAX_LINES_UNDER) -> bool:
    """A paragraph of text a few lines above a table (its header rows and title between) and one right under it."""
    above = any(is_body(line) for line in lines[max(0, first - MAX_LINES_ABOVE) : first])
    return above and any(is_body(line) for line in lines[last + 1 : last + 1 + under])


def _cell_count(text: str) -> int:
    """Cells of a row laid out with "|", the outer pipes of a Markdown row ("| BBC | 45% |") not counted."""
    return len(text.strip().strip("|").split("|"))


def ruled_tables(lines: list[Line]) -> list[list[int]]:
    """Tables whose cells a "|" parts: MIN_RULED_ROWS rows or more stacked without blank lines, each of one cell count
    (two or more), figures in half of them; a breadcrumb or a menu is one row of words ("News | World")."""
    tables: list[list[int]] = []
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        ruled = line is not None and "|" in line.text and _cell_count(line.text) >= 2
        if ruled and run and not line.gap_before and _cell_count(line.text) == _cell_count(lines[run[0]].text):
            run.append(i)
            continue
        rows = [j for j in run if not _RULE_ROW.match(lines[j].text)]
        if len(rows) >= MIN_RULED_ROWS and 2 * sum(1 for j in rows if _DIGIT.search(lines[j].text)) >= len(rows):
            tables.append(run)
        run = [i] if ruled else []
    return tables
