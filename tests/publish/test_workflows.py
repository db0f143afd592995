"""The publishing workflows for GitHub Actions and GitLab CI: valid, caching .cache/, strict, publishing site/."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.settings import PROJECT_ROOT

GITHUB = PROJECT_ROOT / ".github" / "workflows" / "site.yml"
GITLAB = PROJECT_ROOT / ".gitlab-ci.yml"
#: The Makefile target that installs the project as `make site` does (the README's command).
INSTALL = "make .venv/.installed"
PROJECT_FILES = ("mkdocs.yml", "templates", "knowledge", "docs", "overrides", "sources")


def load(path: Path) -> dict:
    # PyYAML reads GitHub's `on:` as True: the key is looked up either way below.
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("path", "schema"), [(GITHUB, "vendor.github-workflows"), (GITLAB, "vendor.gitlab-ci")])
def test_workflow_passes_the_linter(path, schema):
    """check-jsonschema validates against the CI's published schema, vendored in its wheel (no download)."""
    found = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, str(path)],
                           capture_output=True, text=True, timeout=120)
    assert found.returncode == 0, found.stdout + found.stderr


def github_steps() -> list[dict]:
    return load(GITHUB)["jobs"]["build"]["steps"]


def step_using(steps: list[dict], action: str) -> dict:
    return next(s for s in steps if s.get("uses", "").startswith(action + "@"))


def test_github_workflow_installs_caches_builds_strict_and_publishes():
    workflow = load(GITHUB)
    steps = github_steps()
    runs = "\n".join(s.get("run", "") for s in steps)
    assert INSTALL in runs and "mkdocs build --strict" in runs
    cache = step_using(steps, "actions/cache")["with"]
    assert cache["path"] == ".cache" and cache["restore-keys"].strip()
    assert step_using(steps, "actions/upload-pages-artifact")["with"]["path"] == "site"
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert step_using(deploy["steps"], "actions/deploy-pages")
    assert (workflow.get("on") or workflow[True])["push"]["branches"] == ["main"]
    # The order matters: the cache is restored before the build that reads it.
    names = [s.get("uses", s.get("run", "")) for s in steps]
    assert names.index(cache_step_name(steps)) < next(i for i, n in enumerate(names) if "mkdocs build" in n)


def cache_step_name(steps: list[dict]) -> str:
    return step_using(steps, "actions/cache")["uses"]


def test_gitlab_pipeline_installs_caches_builds_strict_and_publishes():
    job = load(GITLAB)["pages"]
    script = "\n".join(job["script"])
    assert INSTALL in script and "mkdocs build --strict" in script and "--site-dir public" in script
    assert ".cache/" in job["cache"]["paths"] and job["cache"]["key"]
    assert job["artifacts"]["paths"] == ["public"]
    assert any("CI_DEFAULT_BRANCH" in rule.get("if", "") for rule in job["rules"])


def test_the_install_target_is_the_one_make_site_uses():
    makefile = (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    assert "STAMP := $(VENV)/.installed" in makefile and "site: $(STAMP)" in makefile


def test_the_build_steps_build_the_site_with_the_published_address(tmp_path):
    """The GitHub build step, then the GitLab script after the install, run as written on the seed corpus."""
    for name in PROJECT_FILES:
        source = PROJECT_ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / name)
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / "bin").symlink_to(Path(sys.executable).parent)
    build = next(s for s in github_steps() if "mkdocs build" in s.get("run", ""))
    env = {"PATH": "/usr/bin:/bin", "SITE_URL": "https://example.github.io/briefing"}
    done = subprocess.run(["bash", "-euo", "pipefail", "-c", build["run"]], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "https://example.github.io/briefing/" in (tmp_path / "site" / "sitemap.xml").read_text(encoding="utf-8")
    script = [line for line in load(GITLAB)["pages"]["script"] if INSTALL not in line]
    env = {"PATH": "/usr/bin:/bin", "CI_PAGES_URL": "https://group.gitlab.io/briefing"}
    done = subprocess.run(["bash", "-euo", "pipefail", "-c", "\n".join(script)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "https://group.gitlab.io/briefing/" in (tmp_path / "public" / "sitemap.xml").read_text(encoding="utf-8")
