"""The MkDocs glue: `mkdocs build` and `mkdocs serve` regenerate every page from sources/."""
from __future__ import annotations

import json
import logging
import os
import types
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from generator.incremental.session import Session
from generator.pipeline import STAGES, BuildResult, build_site
from generator.publish.html_cache import HtmlCache, cacheable, convert_in_parallel
from generator.publish.output import write_pages
from generator.publish.pagefind import PagefindError, index_site
from generator.publish.theme_cache import cache_theme_output, render_in_parallel
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


#: Above this many briefs, search: auto uses Pagefind. Material's single index grows by about 9.5 KB per
#: article and every reader who searches downloads it whole (about 4.7 MB here); Pagefind's first query
#: transfers a few hundred KB whatever the corpus size (README, "Search at scale").
PAGEFIND_ABOVE = 500


def choose_search(option: str, briefs: int, threshold: int, serving: bool) -> str:
    """Which search a build gets: "material" or "pagefind"."""
    if option != "auto":
        return option
    return "pagefind" if briefs > threshold and not serving else "material"


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
    #: auto: Material's search up to ``pagefind_above`` briefs, Pagefind's chunked index above (and Material's
    #: under `mkdocs serve`, where re-indexing the whole site at every edit would make the preview wait).
    search = config_options.Choice(("auto", "material", "pagefind"), default="auto")
    pagefind_above = config_options.Type(int, default=PAGEFIND_ABOVE)
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
        self.command, self.dirty = command, dirty

    def on_pre_build(self, *, config) -> None:
        """Open the cache of converted pages, and let it serve Material's search entries too."""
        settings = self._settings(config)
        self.html_cache = self.search_index = self.nav = self.theme_output = None
        self.converted_in_parallel = self.rendered_in_parallel = 0
        if settings.cache_dir is None or not cacheable(config):
            return
        self.html_cache = cache = HtmlCache(settings.cache_dir / "html", config)
        for plugin in config.plugins.values():
            index = getattr(plugin, "search_index", None)
            original = getattr(index, "add_entry_from_context", None)
            if original is not None and not getattr(original, "briefing_cached", False):
                self.search_index = index
                def add_entry(page, index=index, original=original):
                    cache.add_search_entries(index, original, page)
                add_entry.briefing_cached = True  # type: ignore[attr-defined]
                index.add_entry_from_context = add_entry

    def on_nav(self, nav, /, *, config, files: Files):
        """Convert the pages the cache lacks on every core, before MkDocs goes through them one by one."""
        cache = getattr(self, "html_cache", None)
        if cache is not None:
            dirty = getattr(self, "dirty", False)
            pages = [f.page for f in files.documentation_pages() if f.page is not None and (not dirty or f.is_modified())]
            index = self.search_index if getattr(self, "search", None) != "pagefind" else None  # Material's is off
            self.converted_in_parallel = convert_in_parallel(cache, pages, config, files, index)
        self.nav = nav
        if getattr(self, "search", None) == "pagefind":
            add_search_page(nav, files)
        return nav

    def on_env(self, env, /, *, config, files: Files):
        """Let the theme's output of a page come from the cache when nothing it shows changed."""
        cache = getattr(self, "html_cache", None)
        if cache is not None and self.nav is not None:
            output = self.theme_output = cache_theme_output(env, cache, config, self.nav)
            if output is not None:
                dirty = getattr(self, "dirty", False)
                pages = [f.page for f in files.documentation_pages() if f.page is not None
                         and not f.inclusion.is_excluded() and (not dirty or f.is_modified())]
                self.rendered_in_parallel = render_in_parallel(output, env, config, self.nav, files, pages)
        return env

    def on_page_markdown(self, markdown: str, /, *, page: Page, config, files: Files) -> None:
        """Let the page's conversion come from the cache when its inputs did not change."""
        cache = getattr(self, "html_cache", None)
        if cache is not None:
            original = types.MethodType(type(page).render, page)
            page.render = lambda config, files: cache.render(page, original, config, files)  # type: ignore[method-assign]

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
        serving = session is not None and session.serving
        self.search = choose_search(self.config.search, len(result.index.briefs), self.config.pagefind_above, serving)
        if self.search == "pagefind":
            pages = pages.with_page(SEARCH_PAGE, PAGEFIND_PAGE)
            for plugin in config.plugins.values():  # Material's search: no index, no search box
                if hasattr(plugin, "search_index") and "enabled" in plugin.config:
                    plugin.config.enabled = False
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
        """Drop cached pages no page used (after a full build); with search: pagefind, index the built site."""
        cache = getattr(self, "html_cache", None)
        if cache is not None:
            removed = cache.prune() if getattr(self, "command", "build") != "serve" else 0
            if getattr(self, "theme_output", None) is not None:
                self.theme_output.remember_site()
            log.info("briefing: %d pages converted (%d of them in parallel), %d from the cache; %d theme outputs rendered "
                     "in parallel, %d from the cache (%d stale entries removed)", cache.misses + self.converted_in_parallel,
                     self.converted_in_parallel, cache.hits - self.converted_in_parallel, self.rendered_in_parallel,
                     cache.outputs_hit - self.rendered_in_parallel, removed)
        if getattr(self, "search", self.config.search) != "pagefind":
            return
        settings = self._settings(config)
        try:
            kept = index_site(Path(config.site_dir), None if settings.cache_dir is None else settings.cache_dir / "pagefind")
        except PagefindError as error:
            raise PluginError(f"pagefind failed: {error}") from error
        log.info("briefing: Pagefind index %s", "unchanged, from the cache" if kept else "built")

    def on_serve(self, server, /, *, config, builder):
        """Rebuild when a source, a template or the knowledge base changes."""
        settings = self._settings(config)
        for folder in (settings.sources_dir, settings.templates_dir, settings.knowledge_dir):
            if folder.exists():
                server.watch(str(folder))
        return server


def add_search_page(nav, files: Files) -> None:
    """Put the Pagefind search page second in the navigation (after Home), unless the configuration lists it."""
    file = files.get_file_from_path(SEARCH_PAGE)
    if file is None or file.page is None or file.page in nav.pages:
        return
    nav.items.insert(1 if nav.items else 0, file.page)
    nav.pages.insert(1 if nav.pages else 0, file.page)
