"""The MkDocs glue: `mkdocs build` and `mkdocs serve` regenerate every page from sources/."""
from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from generator.incremental.session import Session
from generator.pipeline import STAGES, BuildResult, build_site
from generator.publish.output import write_pages
from generator.settings import DEFAULT_MAX_LINE_CHARS, DEFAULT_MAX_SOURCE_BYTES, Settings
from generator.urls import SEARCH_PAGE

#: The Pagefind search page: the UI script is part of the bundle Pagefind writes into site/pagefind/.
PAGEFIND_PAGE = """---
title: Search
---

# Search

<div id="briefing-search"></div>
<link href="pagefind/pagefind-ui.css" rel="stylesheet">
<script src="pagefind/pagefind-ui.js"></script>
<script>
  window.addEventListener("DOMContentLoaded", function () {
    // No extra weight for a match in a page's title: briefs first, term and list pages (weighted down) after them.
    new PagefindUI({ element: "#briefing-search", showSubResults: true, resetStyles: false,
                     ranking: { metaWeights: { title: 0 } } });
  });
</script>
"""


#: MkDocs' logger for this plugin: its warnings fail `mkdocs build --strict`.
log = logging.getLogger("mkdocs.plugins.briefing")


def report_failures(result: BuildResult) -> None:
    """Log one warning per failed source (MkDocs' --strict turns them into a failed build)."""
    for path, message in result.failures:
        log.warning("source %s: %s", path, message)


#: When set, the plugin writes its stage timings (JSON) to this file: how the benchmark times the generator's
#: part of a real `mkdocs build`.
TIMINGS_VARIABLE = "BRIEFING_TIMINGS"


class BriefingConfig(Config):
    """Plugin options, relative to mkdocs.yml."""

    sources = config_options.Type(str, default="sources")
    templates = config_options.Type(str, default="templates")
    knowledge = config_options.Type(str, default="knowledge")
    cache = config_options.Type(bool, default=True)
    search = config_options.Choice(("material", "pagefind"), default="material")
    #: Where `mkdocs serve` writes the generated Markdown; unchanged files keep their mtime so `mkdocs serve --dirty`
    #: is quick. `mkdocs build` hands the pages to MkDocs in memory (`python -m generator build` writes them).
    generated = config_options.Type(str, default="build/docs")
    #: Source files larger than this are reported, not read; lines longer than max_line_chars are cut.
    max_source_bytes = config_options.Type(int, default=DEFAULT_MAX_SOURCE_BYTES)
    max_line_chars = config_options.Type(int, default=DEFAULT_MAX_LINE_CHARS)


class BriefingPlugin(BasePlugin[BriefingConfig]):
    """Adds the generated Markdown and data files to the MkDocs build, in memory."""

    def _settings(self, config) -> Settings:
        root = Path(config.config_file_path).resolve().parent
        return Settings.from_root(
            root,
            sources_dir=root / self.config.sources,
            templates_dir=root / self.config.templates,
            knowledge_dir=root / self.config.knowledge,
            max_source_bytes=self.config.max_source_bytes,
            max_line_chars=self.config.max_line_chars,
            **({} if self.config.cache else {"cache_dir": None}),
            **({"site_url": config.site_url} if config.site_url else {}),
        )

    def on_startup(self, *, command, dirty) -> None:
        """Keep this plugin between the builds of `mkdocs serve`, and with it what the last build loaded."""
        self.session = Session(serving=command == "serve")

    def on_shutdown(self) -> None:
        """Write what `mkdocs serve` kept in memory (the page store), so the next process starts from it."""
        session = getattr(self, "session", None)
        if session is not None:
            session.flush()

    def on_files(self, files: Files, /, *, config) -> Files:
        """Run the generator and add every page it makes.

        Under `mkdocs serve` the pages are written to the ``generated`` folder (only those that changed) and
        MkDocs reads them there, so `mkdocs serve --dirty` skips the unchanged ones. `mkdocs build` gets
        them in memory: writing megabytes of Markdown for MkDocs to read straight back would only cost time.
        """
        session = getattr(self, "session", None)
        result = build_site(self._settings(config), session)
        pages = result.pages
        if self.config.search == "pagefind":
            pages = pages.with_page(SEARCH_PAGE, PAGEFIND_PAGE)
        serving = session is not None and session.serving
        out_dir = Path(config.config_file_path).resolve().parent / self.config.generated
        if serving:
            write_pages(pages, out_dir)
        for path in sorted(pages):
            existing = files.get_file_from_path(path)
            if existing is not None:
                log.warning("generated page %s hides a file of the same name in docs/", path)
                files.remove(existing)
            if serving:
                files.append(File.generated(config, path, abs_src_path=str(out_dir / path)))
            else:
                files.append(File.generated(config, path, content=pages[path]))
        report_failures(result)
        seconds = sum(result.timings.get(k, 0.0) for k in STAGES)
        log.info("briefing: %d briefs from %d source files (%d annotated, the rest cached); %d of %d pages rendered; "
                 "generator %.2f s", len(result.index.briefs), len(result.index.outcomes), result.annotated,
                 result.pages.rendered, len(result.pages), seconds)
        if os.environ.get(TIMINGS_VARIABLE):  # the benchmark: the generator's part of this very build
            Path(os.environ[TIMINGS_VARIABLE]).write_text(json.dumps({**result.timings, "generator": seconds}), encoding="utf-8")
        if not serving:
            # No next build to keep the index, the annotations and the caches' state for: free them before
            # MkDocs starts, so its build neither holds them nor walks them in every garbage collection.
            self.session = None
        return files

    def on_post_build(self, *, config) -> None:
        """With search: pagefind, index the built site into a chunked static search index."""
        if self.config.search != "pagefind":
            return
        command = [sys.executable, "-m", "pagefind", "--site", config.site_dir, "--root-selector", "article",
                   "--exclude-selectors", ".md-source-file", "--quiet"]
        finished = subprocess.run(command, capture_output=True, text=True)
        if finished.returncode != 0:
            raise PluginError(f"pagefind failed: {finished.stderr.strip()[-2000:]}")

    def on_serve(self, server, /, *, config, builder):
        """Rebuild when a source, a template or the knowledge base changes."""
        settings = self._settings(config)
        for folder in (settings.sources_dir, settings.templates_dir, settings.knowledge_dir):
            if folder.exists():
                server.watch(str(folder))
        return server
