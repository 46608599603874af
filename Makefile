PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BENCH_STAMP := $(VENV)/.installed-bench

.PHONY: demo test lint bench bench-http clean sysdeps

$(STAMP): pyproject.toml engine/_fired.c
	@test -x $(BIN)/python || $(PY) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $(STAMP)

# documents: the PDFs' CJK font (fonts-noto-cjk) and poppler (pdftotext, pdftoppm: the tests read and render the PDFs)
sysdeps:
	@test -f /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc && command -v pdftotext >/dev/null \
	  && command -v pdftoppm >/dev/null || { apt-get update -q && apt-get install -y -q --no-install-recommends \
	  fonts-noto-cjk poppler-utils; } || { echo "需要 Debian 软件包 fonts-noto-cjk 和 poppler-utils（apt-get install）" >&2; exit 1; }

demo: $(STAMP) sysdeps
	$(BIN)/hazard assess examples/cold-store-ammonia.yaml
	@mkdir -p build/demo
	$(BIN)/hazard assess examples/cold-store-ammonia.yaml --format xlsx -o build/demo/隐患清单.xlsx
	$(BIN)/hazard notice examples/cold-store-ammonia.yaml -o build/demo/指令书.pdf

test: $(STAMP) sysdeps
	$(BIN)/hazard lint rules features
	# TODO(integrator): once `hazard fmt rules` has been run after merging the new standards, enable:
	# $(BIN)/hazard fmt --check rules
	$(BIN)/ruff check engine api cli documents authoring
	$(BIN)/mypy engine api cli documents authoring
	$(BIN)/pytest

# dev-only tools (zen-engine, psutil, pyinstrument) come from the `bench` extra; `make test` never needs them
$(BENCH_STAMP): pyproject.toml $(STAMP)
	$(BIN)/pip install -q -e '.[dev,bench]'
	@touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python bench/bench_assess.py 150
	$(BIN)/python bench/zen_compare.py --runs 300
	$(BIN)/python bench/bench_scale.py --quick
	$(BIN)/python bench/profile_assess.py --runs 100 --interval 0.001

# HTTP on loopback: hazard serve with 1 and 2 workers, assessments and verdicts, load from a separate process (~2 min); not part of `make test`
bench-http: $(STAMP)
	$(BIN)/python bench/bench_http.py

clean:
	rm -rf $(VENV)
