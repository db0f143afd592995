# Two commands on a fresh machine: `make site` builds site/ from sources/; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test serve markdown check evaluate clean

site: $(STAMP)
	$(BIN)/mkdocs build

test: $(STAMP)
	$(BIN)/python -m pytest

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

clean:
	rm -rf site build
