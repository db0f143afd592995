# Two commands on a fresh machine: `make site` builds site/ from sources/; `make test` runs every test.
# Every target runs the project's own .venv/bin/ programs: no virtual environment needs to be active.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MKDOCS_CONFIG ?= mkdocs.yml

# Material for MkDocs prints a nine-line end-of-life notice before every build; it is about the theme's future,
# not this build, so it is kept out of the editor's way (unset it to see the notice again).
export NO_MKDOCS_2_WARNING := 1

.PHONY: site site-lenient site-pagefind test serve markdown check evaluate bench clean add extraction-eval

# Fails (exit 1, naming the files) when any source file failed, so a pipeline never publishes a site with
# articles silently left out. `make site-lenient` (or `make site LENIENT=1`) publishes the rest anyway.
site: $(STAMP)
	@echo "==> Building site/ from sources/ (mkdocs build)"
	$(BIN)/mkdocs build -f $(MKDOCS_CONFIG)
ifndef LENIENT
	@$(BIN)/python -m generator failed site/data/report.json
endif
	@echo "==> Done: open site/index.html; the build report for editors is site/report.html"

site-lenient:
	@$(MAKE) --no-print-directory site LENIENT=1

# The same site searched with Pagefind's chunked index (large corpora; serve site/ over HTTP to use it).
site-pagefind:
	@$(MAKE) --no-print-directory site MKDOCS_CONFIG=mkdocs-pagefind.yml

test: $(STAMP) node_modules/.package-lock.json
	@echo "==> Running the test suite on every core (about 5 minutes on 2 cores; the browser tests need chromium)"
	$(BIN)/python -m pytest -n auto

# axe-core for the accessibility checks of the browser tests (from the npm registry, pinned by package-lock.json).
node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null; then echo "==> Installing axe-core (npm ci)"; npm ci --no-audit --no-fund; else echo "npm not found: accessibility checks will be skipped"; fi

serve: $(STAMP)
	$(BIN)/mkdocs serve --dirty  # only the pages the generator rewrote are built again: an edit shows in seconds

markdown: $(STAMP)
	$(BIN)/python -m generator build --out build/docs

check: $(STAMP)
	$(BIN)/python -m generator check

evaluate: $(STAMP)
	$(BIN)/python -m generator --no-cache evaluate

# The first `make` creates .venv and installs the pinned dependencies (about 25 s, with pip's progress shown).
$(STAMP): requirements.txt pyproject.toml
	@echo "==> Creating $(VENV) (first run only)"
	$(PYTHON) -m venv $(VENV)
	@echo "==> Upgrading pip"
	$(BIN)/python -m pip install --progress-bar on --upgrade pip
	@echo "==> Installing the pinned dependencies from requirements.txt"
	$(BIN)/python -m pip install --progress-bar on --no-deps -r requirements.txt
	@echo "==> Installing this project (editable) so mkdocs finds the briefing plugin"
	$(BIN)/python -m pip install --progress-bar on --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Save web pages as sources: make add URL="https://example.org/a https://example.org/b"
add: $(STAMP)
	$(BIN)/python -m generator add $(URL)

# Body, headline and date of saved pages against ../shared/realdev (README, "Saved web pages").
extraction-eval: $(STAMP)
	$(BIN)/python -m generator.tools.extraction_eval --pages ../shared/realdev

bench: $(STAMP)
	$(BIN)/python -m generator bench --sizes 1000 10000 --site-only --output build/bench/report.json  # the whole `mkdocs build` only

clean:
	rm -rf site build
