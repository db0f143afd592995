"""No script from a source runs: the hostile corpus, built into a real site and opened in Chromium."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from test_hostile import write_corpus

from generator.settings import PROJECT_ROOT


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature fixed by http.server
        pass


@pytest.fixture(scope="module")
def hostile_site_url(tmp_path_factory):
    """The hostile corpus built with the project's mkdocs.yml (not strict: it has failures), served locally."""
    project = tmp_path_factory.mktemp("hostile-site")
    shutil.copy(PROJECT_ROOT / "mkdocs.yml", project / "mkdocs.yml")
    for folder in ("templates", "knowledge", "docs", "overrides"):
        shutil.copytree(PROJECT_ROOT / folder, project / folder)
    write_corpus(project / "sources")
    built = subprocess.run([str(Path(sys.executable).with_name("mkdocs")), "build"], cwd=project, capture_output=True,
                           text=True, timeout=600, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    assert built.returncode == 0, built.stderr[-3000:]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(project / "site")))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", project / "site"
    server.shutdown()
    server.server_close()


def test_no_script_from_a_source_runs_on_any_page(browser, hostile_site_url):
    url, site = hostile_site_url
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if "assets" not in p.parts)
    assert len(pages) > 20
    context = browser.new_context(service_workers="block")
    dialogs: list[str] = []
    context.on("dialog", lambda dialog: (dialogs.append(f"{dialog.type}: {dialog.message}"), dialog.dismiss()))
    page = context.new_page()
    # A source's script would set this, call alert() or load an outside address; the page's own scripts do none.
    external: list[str] = []
    page.on("request", lambda request: external.append(request.url) if not request.url.startswith(url) and not request.url.startswith("data:") else None)
    ran = []
    for path in pages:
        page.goto(url + path)
        page.wait_for_load_state("load")
        if page.evaluate("() => window.__pwned !== undefined || document.title.includes('pwned!')"):
            ran.append(path)
    context.close()
    assert dialogs == [] and ran == [] and external == []
