"""The MkDocs glue: `mkdocs build` and `mkdocs serve` regenerate every page from sources/."""
from __future__ import annotations

from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from .pipeline import build_site, log, report_failures
from .settings import Settings


class BriefingConfig(Config):
    """Plugin options, relative to mkdocs.yml."""

    sources = config_options.Type(str, default="sources")
    templates = config_options.Type(str, default="templates")
    knowledge = config_options.Type(str, default="knowledge")


class BriefingPlugin(BasePlugin[BriefingConfig]):
    """Adds the generated Markdown and data files to the MkDocs build, in memory."""

    def _settings(self, config) -> Settings:
        root = Path(config.config_file_path).resolve().parent
        return Settings.from_root(
            root,
            sources_dir=root / self.config.sources,
            templates_dir=root / self.config.templates,
            knowledge_dir=root / self.config.knowledge,
            site_url=config.site_url or None,
        )

    def on_files(self, files: Files, /, *, config) -> Files:
        """Run the generator and add every page it makes."""
        result = build_site(self._settings(config))
        for path, content in sorted(result.pages.items()):
            if files.get_file_from_path(path) is not None:
                log.warning("generated page %s hides a file of the same name in docs/", path)
                files.remove(files.get_file_from_path(path))
            files.append(File.generated(config, path, content=content))
        report_failures(result)
        log.info("briefing: %d briefs from %d source files", len(result.index.briefs), len(result.index.outcomes))
        return files

    def on_serve(self, server, /, *, config, builder):
        """Rebuild when a source, a template or the knowledge base changes."""
        settings = self._settings(config)
        for folder in (settings.sources_dir, settings.templates_dir, settings.knowledge_dir):
            if folder.exists():
                server.watch(str(folder))
        return server
