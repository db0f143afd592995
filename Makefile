# Two commands on a fresh machine: `make site` builds site/ from sources/; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test serve markdown check evaluate bench clean add extraction-eval

site: $(STAMP)
	$(BIN)/mkdocs build

test: $(STAMP) node_modules/.package-lock.json
	$(BIN)/python -m pytest

# axe-core for the accessibility checks of the browser tests (from the npm registry, pinned by package-lock.json).
node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --silent; else echo "npm not found: accessibility checks will be skipped"; fi

serve: $(STAMP)
	$(BIN)/mkdocs serve

markdown: $(STAMP)
	$(BIN)/python -m generator build --out build/docs

check: $(STAMP)
	$(BIN)/python -m generator check

evaluate: $(STAMP)
	$(BIN)/python -m generator evaluate

$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Save web pages as sources: make add URL="https://example.org/a https://example.org/b"
add: $(STAMP)
	$(BIN)/python -m generator add $(URL)

# Body, headline and date of saved pages against ../shared/realdev (README, "Saved web pages").
extraction-eval: $(STAMP)
	$(BIN)/python -m generator.tools.extraction_eval --pages ../shared/realdev

bench: $(STAMP)
	$(BIN)/python -m generator bench --sizes 100 1000

clean:
	rm -rf site build
