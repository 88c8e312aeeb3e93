# kg: `make demo` builds the seed graph, `make test` runs the test suite. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.kg-installed
STORE  := out/store

.PHONY: demo test venv clean
# later targets:
# eval:  score the extractor against tests/corpus (precision/recall per language)
# bench: time `kg build` on a synthetic corpus (jobs=1 vs jobs=N)

venv: $(STAMP)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	mkdir -p out
	$(BIN)/kg build seeds/ --store $(STORE)
	$(BIN)/kg export --store $(STORE) --format turtle -o out/graph.ttl
	$(BIN)/kg export --store $(STORE) --format trig -o out/graph.trig
	$(BIN)/kg stats --store $(STORE)
	$(BIN)/kg viz --store $(STORE) -o out/graph.html
	@$(BIN)/python -m kg.viz.screenshot out/graph.html out/graph.png \
		|| echo "demo: note: no screenshot (needs chromium: apt-get install -y chromium); out/graph.html is written"
	@echo
	@echo "demo: store in $(STORE); union graph in out/graph.ttl, all named graphs in out/graph.trig"
	@echo "graph page: out/graph.html (screenshot out/graph.png); live: $(BIN)/kg serve --store $(STORE)"
	@echo "try:  $(BIN)/kg query --store $(STORE) 'SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10'"

test: $(STAMP)
	$(BIN)/python -m pytest -q

clean:
	rm -rf out .kg
