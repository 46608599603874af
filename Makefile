PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/hazard assess examples/cold-store-ammonia.yaml

test: $(STAMP)
	$(BIN)/hazard lint rules
	$(BIN)/ruff check engine api
	$(BIN)/mypy engine api
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python bench/bench_assess.py

clean:
	rm -rf $(VENV)
