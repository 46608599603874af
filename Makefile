PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BENCH_STAMP := $(VENV)/.installed-bench

.PHONY: demo test lint bench bench-http bench-ledger bench-web clean

$(STAMP): pyproject.toml engine/_fired.c
	@test -x $(BIN)/python || $(PY) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $(STAMP)

# Debian packages (CJK font, poppler, PostgreSQL, Chromium) are installed by .ci/ensure-system-packages when missing
demo: $(STAMP)
	@.ci/ensure-system-packages demo
	$(BIN)/hazard assess examples/cold-store-ammonia.yaml
	@mkdir -p build/demo
	$(BIN)/hazard assess examples/cold-store-ammonia.yaml --format xlsx -o build/demo/隐患清单.xlsx
	$(BIN)/hazard notice examples/cold-store-ammonia.yaml -o build/demo/指令书.pdf
	@echo; echo "== 登记入台账（内嵌 SQLite：$${HAZARD_REGISTER_PATH:-$${XDG_DATA_HOME:-$$HOME/.local/share}/hazard-engine/register.sqlite}）=="
	@$(BIN)/hazard users add 威海市应急局-演示 --role department --region 371000 --organ 威海市应急管理局 --exist-ok
	$(BIN)/hazard ledger submit examples/cold-store-ammonia.yaml --user 威海市应急局-演示 --idempotency-key demo-cold-store-ammonia --show

test: $(STAMP)
	@.ci/ensure-system-packages test
	$(BIN)/hazard lint rules features
	$(BIN)/hazard fmt --check rules
	$(BIN)/ruff check engine api cli documents authoring ledger web tests bench
	$(BIN)/mypy engine api cli documents authoring ledger web
	$(BIN)/pytest -n auto --dist loadfile

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
bench-http: $(BENCH_STAMP)
	$(BIN)/python bench/bench_http.py

# the register: POST /v1/inspections vs /v1/assessments on SQLite and PostgreSQL, GET /v1/stats over 10k-1M hazards (~10 min)
bench-ledger: $(BENCH_STAMP)
	@.ci/ensure-system-packages test
	$(BIN)/python bench/bench_ledger.py

# the web checklist's live refresh on the full 工贸 checklist vs /v1/verdicts (~1 min)
bench-web: $(STAMP)
	$(BIN)/python bench/bench_web.py

clean:
	rm -rf $(VENV)
