"""Regenerate everything that shows named-query output on seeds/ (run after a deliberate extractor change):

    .venv/bin/python tests/regen_questions.py

1. builds seeds/ into a temporary store,
2. rewrites the "Example output (seeds/)" block of every kg/queries/*.rq header,
3. rewrites tests/golden/queries/*.json (KG_REGEN_GOLDEN=1 pytest tests/test_named_queries.py -k golden),
4. rewrites the README section between <!-- section:questions --> and <!-- /section:questions -->.
Review the diff before committing.
"""

import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = str(Path(__file__).resolve().parent.parent)
PY = sys.executable
KG = str(Path(PY).with_name("kg"))
STORE = str(Path(tempfile.mkdtemp(prefix="kg-regen-")) / "store")
def run(cmd, maxlines=None):
    args = shlex.split(cmd)
    out = subprocess.run([KG] + args[1:] + ["--store", STORE], capture_output=True, text=True, cwd=ROOT)
    lines = out.stdout.rstrip("\n").splitlines()
    if maxlines and len(lines) > maxlines:
        lines = lines[:maxlines] + ["…"]
    return f"$ {cmd}\n" + "\n".join(lines)

subprocess.run([KG, "build", "seeds/", "--store", STORE], check=True, cwd=ROOT)
subprocess.run([PY, "-m", "kg.queries", "--update-examples", "--store", STORE], check=True, cwd=ROOT)
subprocess.run([PY, "-m", "pytest", "-q", "tests/test_named_queries.py", "-k", "golden"], check=True, cwd=ROOT,
               env={**os.environ, "KG_REGEN_GOLDEN": "1"})

Q = [
 ("Which chips and systems does Huawei develop?", 'kg query --name chips-by-company --param company=Huawei'),
 ("Who makes the Ascend 910C, and which fab do articles deny?", 'kg query --name chip-fabs --param chip="Ascend 910C"'),
 ("What is positioned against the Nvidia H20, and how does it compare?", 'kg query --name rivals-of --param product="Nvidia H20"'),
 ("Who is restricted by which policy, imposed by whom?", 'kg query --name restrictions'),
 ("Every source for one fact (Ascend 910C manufacturedBy …):", 'kg query --name fact-sources --param subject="Ascend 910C" --param predicate=manufacturedBy'),
]
parts = ["""## Questions you can ask

`kg` ships a library of named competency questions (`kg/queries/*.rq`, each documented in its header:
the question, its parameters, an example and its output). List them with `kg query --list`; run one with
`kg query --name NAME [--param key=value]...`. Parameters are bound as RDF terms through the store's
parameter mechanism (never pasted into the query text); an entity can be given by label
(`--param product="Nvidia H20"`, `product=h20`, `product=英伟达H20`: any label or alias, case-insensitive,
traditional or simplified Chinese) or by IRI
(`--param product=kgid:nvidia-h20`). Every row carries its evidence — status (asserted/hedged), number of
source articles, first date, and a supporting quote — so every answer leads back to a sentence.

""" + "```\n" + run("kg query --list").replace(" --store " + STORE, "") + "\n```\n",
"\nReal output on `seeds/` (`kg build seeds/ --store /tmp/kg-seeds`, then `--store /tmp/kg-seeds` on each command):\n"]
for title, cmd in Q:
    parts.append(f"\n**{title}**\n\n```\n{run(cmd)}\n```\n")
parts.append("""
The other questions: `chips-without-fab` (with a `domestic` column), `system-components`, `supply-chain`,
`cuda-compatible`, `corporate-ties` (subsidiaries and investors), `headquarters`, `single-source-facts`,
`contradictions` (one article asserts, another denies the same subject/property/object) and
`entity-history`. Golden results on `seeds/` are in `tests/golden/queries/`; after a deliberate change of
the extractor or a query, regenerate them with
`.venv/bin/python tests/regen_questions.py` (it also refreshes the example blocks of the `.rq` headers and
this section) and review the diff.

### Timeline

`kg timeline ENTITY [--format table|json|csv]` lists, in date order, every claim about an entity (label or
IRI) and what the article did to the fact: `added` (first asserted), `confirmed` (asserted again),
`hedged` (only reported/supposed), `contradicted` (denied while another article asserts it) or `denied`.
Exit 1 when the entity has no fact, 2 when nothing has that name.

```
""" + run('kg timeline "Ascend 910C"') + """
```

### As of a date

`kg query --as-of YYYY-MM-DD ...` (with SPARQL or `--name`) answers from the evidence published up to that
day, inclusive: claims and articles dated later (or undated) are left out, a fact stays only if a remaining
**positive** claim supports it, entities discovered in later articles disappear, and the registry is always
there. The store is not touched: the filtered dataset is built in memory for that one query.

```
""" + run('kg query --name chips-by-company --param company=Huawei --as-of 2025-08-01') + """
```

### Inference (optional)

`kg query --infer ...` adds what the ontology entails — inverse properties (`developedBy`, `manufactures`,
`restricts`, …), symmetric ones (`compatibleWith`, `comparableTo`, `competesWith`), sub-properties
(`excludedBy` ⊑ `restrictedBy`) and the class hierarchy (a `Foundry` is a `Company` is an `Organization`).
It runs owlrl (OWL 2 RL) over the entity facts and types of the union graph plus the ontology's
subclass/subproperty/inverse/symmetric axioms (not domains and ranges), puts the new triples in the named
graph `https://w3id.org/cnaichips/graph/inferred`, and queries union + inferred. Off by default; combines
with `--as-of`; computed in memory per query (about a second for a few hundred facts).

```
""" + run("kg query --infer 'SELECT ?fab ?chip WHERE { ?fab kgo:manufactures ?chip }'") + """
```

### Validation

`kg validate [--store DIR]` checks the union graph plus the ontology with pySHACL (`ontology/shapes.ttl`):
domains and ranges, one `skos:prefLabel` per language, complete evidence on every claim (quote, offsets,
article, date, extractor, confidence, polarity, modality); and, in Python, that every asserted fact has a
positive claim, every positive claim's fact is asserted, each quote is the article text at its offsets,
and an issuer named by an article is on the policy. Exit 0 when valid (warnings, e.g. a registry policy
without an issuer, are listed but allowed); exit 1 with a readable report when not.

```
""" + run("kg validate", maxlines=3) + """
```

### Exports for other tools

Besides `turtle`, `trig`, `nquads` and `jsonld`, `kg export --format` writes the entity network — one node
per entity (label, `label_zh`, `label_it`, class, provisional, IRI, memory/power/process values), one edge
per fact (predicate, label, `weight` = number of supporting claims, sources, hedged, first date):

```sh
kg export --format graphml -o out/graph.graphml   # yEd, Cytoscape, networkx.read_graphml
kg export --format gexf    -o out/graph.gexf      # Gephi, networkx.read_gexf
kg export --format csv     -o out/graph.csv       # writes out/graph.nodes.csv and out/graph.edges.csv
```

All files are written atomically (temporary file + rename). From Python: `kg.export_graph.build_network(store)`
returns the networkx `MultiDiGraph`.

### Notebooks

`notebooks/01_quickstart.ipynb` builds `seeds/` into a temporary store, runs three named queries, follows a
fact to its sources and shows the graph inline (`kg.viz.show`). `notebooks/02_landscape_analysis.ipynb`
analyses the network with networkx: most central companies, single points of failure among foundries and
suppliers (articulation points, betweenness, chips with a single known fab) and communities, with
matplotlib plots. `make test` runs both in a clean kernel; they are committed without outputs.
""")
text = "".join(parts).replace(" --store " + STORE, "")
readme = open(f"{ROOT}/README.md", encoding="utf-8").read()
start, end = "<!-- section:questions -->", "<!-- /section:questions -->"
i, j = readme.index(start) + len(start), readme.index(end)
readme = readme[:i] + "\n" + text + readme[j:]
open(f"{ROOT}/README.md", "w", encoding="utf-8").write(readme)
print("updated README.md, kg/queries/*.rq examples and tests/golden/queries/")
