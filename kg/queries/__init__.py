"""The library of named queries: competency questions as documented SPARQL files (``kg/queries/*.rq``).

Each ``.rq`` file starts with a comment header::

    # Question: Which chips does each company develop?
    # Parameters:
    #   company  an IRI, prefix:name or label; empty (default): every company
    # Example: kg query --name chips-by-company --param company=Huawei
    # Columns: ...
    # Example output (seeds/):
    #   ...

Parameters are bound through the store's ``params`` mechanism (``Store.query(sparql, params=...)``): a value
becomes one RDF term (``<iri>``, ``prefix:name``, a quoted literal, else a plain string literal) and is never
pasted into the query text. Every parameter of a named query is projected by its SELECT clause (so Oxigraph
substitutes it) and is compared in the query against IRIs *and* labels (``skos:prefLabel``/``skos:altLabel``,
case-insensitive), so ``--param product="Nvidia H20"`` and ``--param product=kgid:nvidia-h20`` both work.
An empty value (the default of optional parameters) means "no restriction". Parameter columns are dropped
from the result.

``python -m kg.queries --update-examples --store DIR`` rewrites the "Example output" block of every file
from a real run (the documented examples are run on ``seeds/``).
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from kg.errors import QueryError

QUERY_DIR = Path(__file__).resolve().parent
_PARAM_LINE = re.compile(r"^#\s{2,}([A-Za-z_][A-Za-z0-9_]*)\s{2,}(.*)$")
_DEFAULT = re.compile(r"default:\s*([^;,)]+)", re.I)
_EXAMPLE_PARAM = re.compile(r"""--param\s+([A-Za-z_]\w*)=("[^"]*"|'[^']*'|\S+)""")
_OUTPUT_HEAD = "# Example output (seeds/):"


@dataclass(frozen=True)
class Param:
    name: str
    description: str
    default: str = ""  # "" = no restriction
    required: bool = False


@dataclass(frozen=True)
class NamedQuery:
    name: str
    question: str
    params: tuple[Param, ...]
    example: str
    text: str
    path: Path

    @property
    def example_params(self) -> dict[str, str]:
        """The --param values of the documented example (quotes removed, as a shell would)."""
        out = {}
        for k, v in _EXAMPLE_PARAM.findall(self.example):
            out[k] = v[1:-1] if v[:1] in "\"'" and v[-1:] == v[:1] else v
        return out

    def bind(self, values: dict[str, str] | None = None) -> dict[str, str]:
        """Every parameter with its value (given, else default); unknown or missing required ones raise."""
        values = dict(values or {})
        known = {p.name for p in self.params}
        unknown = sorted(set(values) - known)
        if unknown:
            hint = ", ".join(sorted(known)) or "none"
            raise QueryError(f"query {self.name!r} has no parameter {', '.join(unknown)} (parameters: {hint})")
        out = {}
        for p in self.params:
            if p.name in values:
                out[p.name] = values[p.name]
            elif p.required:
                raise QueryError(f"query {self.name!r} needs --param {p.name}=VALUE ({p.description})")
            else:
                out[p.name] = p.default
        return out


def _parse(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    question: list[str] = []
    example = ""
    params: list[Param] = []
    section = None
    for line in header:
        body = line[1:].strip()
        if body.startswith("Question:"):
            section = "question"
            question.append(body[len("Question:"):].strip())
        elif body.startswith("Parameters:"):
            section = "params"
        elif body.startswith("Example:"):
            section = None
            example = body[len("Example:"):].strip()
        elif re.match(r"^[A-Z][A-Za-z ()/.]*:", body):
            section = None
        elif section == "question" and body:
            question.append(body)
        elif section == "params" and (m := _PARAM_LINE.match(line)):
            desc = m.group(2).strip()
            d = _DEFAULT.search(desc)
            default = d.group(1).strip() if d and "(default)" not in desc else ""
            params.append(Param(m.group(1), desc, default, required=desc.endswith("required")))
    if not question:
        raise QueryError(f"{path}: named query has no '# Question:' header")
    return NamedQuery(name=path.stem, question=" ".join(question), params=tuple(params), example=example,
                      text=text, path=path)


@functools.lru_cache(maxsize=1)
def _library() -> tuple[NamedQuery, ...]:
    return tuple(_parse(p) for p in sorted(QUERY_DIR.glob("*.rq")))


def library() -> dict[str, NamedQuery]:
    """Every named query, by name (the file name without .rq), in name order."""
    return {q.name: q for q in _library()}


def get(name: str) -> NamedQuery:
    lib = library()
    if name not in lib:
        import difflib

        close = difflib.get_close_matches(name, lib, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else "; see kg query --list"
        raise QueryError(f"no named query {name!r}{hint}")
    return lib[name]


def run(store, name: str, params: dict[str, str] | None = None, *, timeout_s: float | None = None):
    """Run named query `name` on `store` (anything with ``query(sparql, params=..., timeout_s=...)``).

    Returns a kg.store.QueryResult without the parameter columns."""
    q = get(name)
    bound = q.bind(params)
    result = store.query(q.text, params=bound, timeout_s=timeout_s)
    return drop_columns(result, set(bound))


def drop_columns(result, names: set[str]):
    if result.kind != "select" or not names & set(result.variables):
        return result
    keep = [i for i, v in enumerate(result.variables) if v not in names]
    result.variables = [result.variables[i] for i in keep]
    result.rows = [tuple(row[i] for i in keep) for row in result.rows]
    return result


def listing() -> list[list[str]]:
    """Rows (name, parameters, question) for `kg query --list`."""
    rows = []
    for q in library().values():
        ps = ", ".join(p.name + ("" if p.required else "?") for p in q.params) or "-"
        rows.append([q.name, ps, q.question])
    return rows


# --------------------------------------------------------------------------------------------------
# python -m kg.queries --update-examples --store DIR : refresh the "Example output" blocks
# --------------------------------------------------------------------------------------------------
_MAX_EXAMPLE_ROWS = 6
_MAX_EXAMPLE_CELL = 48


def example_output(store, q: NamedQuery) -> list[str]:
    from kg.query import display, table, truncate

    result = run(store, q.name, q.example_params)
    shown = [v for v in result.variables]
    rows = [[truncate(display(t), _MAX_EXAMPLE_CELL) for t in row] for row in result.rows[:_MAX_EXAMPLE_ROWS]]
    if not result.rows:
        return ["#   (no rows on seeds/)"]
    lines = ["#   " + line.rstrip() for line in table(shown, rows).splitlines()]
    if len(result.rows) > _MAX_EXAMPLE_ROWS:
        lines.append(f"#   ... ({len(result.rows)} rows)")
    return lines


def update_examples(store) -> list[Path]:
    changed = []
    for q in library().values():
        lines = q.text.splitlines()
        try:
            start = lines.index(_OUTPUT_HEAD)
        except ValueError:
            continue
        end = start + 1
        while end < len(lines) and lines[end].startswith("#   "):
            end += 1
        new = lines[:start + 1] + example_output(store, q) + lines[end:]
        text = "\n".join(new) + "\n"
        if text != q.text:
            q.path.write_text(text, encoding="utf-8")
            changed.append(q.path)
    _library.cache_clear()
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.queries", description="named query library tools")
    parser.add_argument("--update-examples", action="store_true", required=True,
                        help="rewrite the 'Example output' block of every .rq file from a run on --store")
    parser.add_argument("--store", required=True, help="a store built from seeds/")
    args = parser.parse_args(argv)
    from kg.store import open_store

    with open_store(args.store, read_only=True) as st:
        for path in update_examples(st):
            print(f"updated {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
