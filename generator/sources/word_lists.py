"""The cleaner's word lists: ``data/<name>.txt``, one word or phrase a line, read once."""
from __future__ import annotations

from pathlib import Path

#: The folder of the cleaner's word lists (part of the sources cache key, like its code).
DATA = Path(__file__).resolve().parent / "data"


def read_words(name: str) -> frozenset[str]:
    """The words of ``data/<name>.txt`` (one a line, ``#`` starts a comment), case-folded."""
    lines = (line.split("#", 1)[0].strip() for line in (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines())
    return frozenset(line.casefold() for line in lines if line)
