# kg: `make demo` builds the seed graph, `make test` runs the test suite. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.kg-installed
STORE  := out/store

.PHONY: demo test venv clean eval readme figures bench
# eval:   score the extractor against the held-out test split of tests/corpus (and the dev split)
# readme: refresh the README's example-query outputs from a fresh build of seeds/
# bench:  synthetic 1,000/10,000-article corpus -> timings table + bench/results.json (< 15 min; not part of test)

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

eval: $(STAMP)
	mkdir -p out
	@$(BIN)/kg eval tests/corpus/test -o out/eval-test.txt > /dev/null
	@$(BIN)/kg eval tests/corpus/dev -o out/eval-dev.txt > /dev/null
	@echo "== test split (held out; full report with every miss: out/eval-test.txt)"
	@sed -n '1,/^$$/d;/^$$/q;p' out/eval-test.txt
	@grep -E '^(negation violations|duplicate entities)' out/eval-test.txt
	@$(BIN)/kg eval tests/corpus/fresh -o out/eval-fresh.txt > /dev/null
	@echo "== fresh split (held out, written blind by a second author; full report: out/eval-fresh.txt)"
	@sed -n '1,/^$$/d;/^$$/q;p' out/eval-fresh.txt
	@grep -E '^(negation violations|duplicate entities)' out/eval-fresh.txt
	@echo "== dev split (full report: out/eval-dev.txt)"
	@sed -n '1,/^$$/d;/^$$/q;p' out/eval-dev.txt
	@grep -E '^(negation violations|duplicate entities)' out/eval-dev.txt
	@$(BIN)/kg eval tests/corpus/phrases/B -o out/eval-phrases-B.txt > /dev/null
	@$(BIN)/kg eval tests/corpus/phrases/A -o out/eval-phrases-A.txt > /dev/null
	@echo "== phrasebook, held-out half B (full report: out/eval-phrases-B.txt; tuned half A: out/eval-phrases-A.txt)"
	@sed -n '1,/^$$/d;/^$$/q;p' out/eval-phrases-B.txt
	@grep -E '^(negation violations|duplicate entities)' out/eval-phrases-B.txt
	@$(BIN)/kg eval tests/corpus/negation/B -o out/eval-negation-B.txt > /dev/null
	@$(BIN)/kg eval tests/corpus/negation/A -o out/eval-negation-A.txt > /dev/null
	@echo "== negation phrasebook, held-out half B (full report: out/eval-negation-B.txt; tuned half A: out/eval-negation-A.txt)"
	@sed -n '1,/^$$/d;/^$$/q;p' out/eval-negation-B.txt
	@grep -E '^(negation violations|duplicate entities)' out/eval-negation-B.txt

figures: $(STAMP)
	KG_RELIABILITY_FIGURES=tests/reliability/figures.json $(BIN)/python -m pytest -q tests/reliability

readme: $(STAMP)
	$(BIN)/python scripts/update_readme_examples.py

bench: $(STAMP)
	$(BIN)/python -m kg.bench.run --work out/bench --out bench/results.json

clean:
	rm -rf out .kg
