"""`make serve` (`mkdocs serve --dirty`): an added source shows in seconds, and the generator's writes set off no rebuild."""
from __future__ import annotations

import shutil

from generator.settings import PROJECT_ROOT
from generator.tools.bench import serve_time_to_visible

PROJECT_FILES = ("mkdocs.yml", "templates", "knowledge", "docs", "overrides", "sources")
ARTICLE = ("---\ntitle: Chile and Peru sign a lithium pact\ndate: 2031-01-01\n---\n\nChile and Peru signed a lithium "
           "cooperation pact on Monday, officials in Santiago said, promising joint exploration over five years.\n")


def test_dirty_serve_shows_an_added_source_without_rebuild_loops(tmp_path):
    for name in PROJECT_FILES:
        source = PROJECT_ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / name)
    timing = serve_time_to_visible(tmp_path, "new.md", ARTICLE, "Chile and Peru sign a lithium pact", ("--dirty",),
                                   log=tmp_path / "serve.log", settle=3.0)
    log = (tmp_path / "serve.log").read_text(encoding="utf-8")
    builds = [line for line in log.splitlines() if "Documentation built" in line]
    assert timing["added_visible_s"] < 30
    assert len(builds) == 2, "one build at start, one for the edit, none set off by the generator's own writes:\n" + log[-3000:]
