# entente: `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SHARED ?= ../shared
DB     ?= entente.db

.PHONY: install run serve test eval bench lint format clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip==26.3
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## The main job on the bundled sample: examples/articles/ into a fresh $(DB), a dyad's timeline
## and every fused event in the terminal, then the dashboard on http://127.0.0.1:8000.
run: $(STAMP)
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/entente ingest examples/articles --db $(DB)
	$(BIN)/entente timeline Algérie France --db $(DB)
	$(BIN)/entente events --db $(DB)
	@echo "entente: serving the dashboard on http://127.0.0.1:8000 over the sample store $(DB) (Ctrl-C stops)"
	$(BIN)/entente serve --db $(DB) --host 127.0.0.1 --port 8000

## The dashboard and the JSON API over $(DB) (run `make run` once first).
serve: $(STAMP)
	$(BIN)/entente serve --db $(DB)

test: $(STAMP)
	$(BIN)/ruff check src tests tools
	$(BIN)/ruff format --check src tests tools
	$(BIN)/pytest

eval: $(STAMP)
	$(BIN)/entente eval $(SHARED)/corpus/gold/seeds.json $(SHARED)/corpus/seeds
	$(BIN)/entente eval examples/gold.json examples/articles
	$(BIN)/entente eval heldout/gold.json heldout/articles
	$(BIN)/entente eval --timebank $(SHARED)/corpus/fr-timebank/dev

bench: $(STAMP)
	$(BIN)/python tools/bench.py --documents 2000

lint: $(STAMP)
	$(BIN)/ruff check src tests tools

format: $(STAMP)
	$(BIN)/ruff format src tests tools
	$(BIN)/ruff check --fix src tests tools

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache bench-data
