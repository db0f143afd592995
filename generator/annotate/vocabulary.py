"""Word lists the annotators match, kept as data in ``annotate/data/`` (one entry a line, ``#`` starts a comment)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

#: The folder of word lists; the annotations' cache key covers its files (``incremental/keys.py``).
DATA = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>.txt``, in file order."""
    lines = (line.split("#", 1)[0].strip() for line in (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if line)


def alternation(name: str) -> str:
    """The entries as a regular-expression alternation of literals, in file order (list a longer form first)."""
    return "|".join(re.escape(word).replace(r"\ ", " ") for word in words(name))


def opening_characters(entries: Iterable[str]) -> str:
    """The first characters of literal entries, escaped for a class: a look-ahead that spares trying each entry everywhere."""
    return "".join(re.escape(character) for character in sorted({entry[0] for entry in entries}))


@lru_cache(maxsize=None)
def mapping(name: str) -> dict[str, tuple[str, ...]]:
    """The entries of ``data/<name>.txt`` written ``key: value, value``, as a mapping."""
    pairs = (entry.split(":", 1) for entry in words(name))
    return {key.strip(): tuple(v.strip() for v in values.split(",") if v.strip()) for key, values in pairs}
