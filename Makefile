# Every target sets itself up: on a fresh machine with Python 3.11, pip and make, `make generate`
# and `make test` create .venv and install the project from pyproject.toml first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup generate check test lint clean import drift bench

setup: $(STAMP)

$(STAMP): pyproject.toml generated/python/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]' -e './generated/python[testing,mcp]'
	touch $(STAMP)

generate: $(STAMP)
	@$(BIN)/python -m generator generate

# make import PAGE="page.txt or folder ..." [FORCE=1] [VERBOSE=1] [SPECS=folder]: draft specs from
# models' doc pages, into specs/ or the SPECS folder (to try pages without touching specs/).
import: $(STAMP)
	@$(BIN)/python -m generator$(if $(SPECS), --specs $(SPECS)) import $(PAGE) $(if $(FORCE),--force) $(if $(VERBOSE),--verbose)

# make drift PAGE="page.txt or folder ..." [UPDATE=1] [SPECS=folder]: what the doc pages now say
# that the specs (of specs/ or the SPECS folder) do not.
drift: $(STAMP)
	@$(BIN)/python -m generator$(if $(SPECS), --specs $(SPECS)) drift $(PAGE) $(if $(UPDATE),--update)

check: $(STAMP)
	@$(BIN)/python -m generator check

lint: $(STAMP)
	$(BIN)/ruff check generator tests templates/python/runtime templates/comfyui/runtime bench
	$(BIN)/mypy
	$(BIN)/mypy --strict generated/python/kie_client generated/comfyui
	$(BIN)/black --check --quiet generator tests templates/python/runtime templates/comfyui/runtime bench generated/python/kie_client generated/comfyui

# Figures, not tests: prints a table and writes BENCHMARKS.md (takes several minutes at N=1000).
bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python -m bench

test: check lint

	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) .cache .pytest_cache .mypy_cache .ruff_cache
