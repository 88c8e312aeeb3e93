"""Server-side HTML: entity pages, the query page and error pages. Every value goes through html.escape."""

from __future__ import annotations

import re
from html import escape
from urllib.parse import quote

from kg import ontology
from kg.graph import iri_of
from kg.viz import data as vdata

ENT = iri_of(ontology.ENTITY_NS)
KGO = iri_of(ontology.ONTOLOGY_NS)
ENTITY_ID = re.compile(r"^(d/)?[A-Za-z0-9][A-Za-z0-9._~\-]{0,199}$")
PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'"

STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC",sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#263238;color:#fff;padding:.5em 1em}header a{color:#cfe3ff;margin-right:1em}
main{max-width:70em;margin:0 auto;padding:1em}h1{font-size:1.5em;margin:.3em 0}h2{font-size:1.15em;border-bottom:1px solid #ddd;margin-top:1.4em}
.meta{color:#555}.iri{font-family:ui-monospace,monospace;font-size:.85em;color:#666;word-break:break-all}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2em .5em;text-align:left;vertical-align:top}
blockquote{margin:.3em 0 .2em .3em;padding:.2em .7em;border-left:3px solid #9ab;background:#f3f6f8;white-space:pre-wrap}
.src{font-size:.85em;color:#666;margin-left:1em}.tag{font-size:.75em;background:#eee;border-radius:3px;padding:0 .4em;margin-left:.4em}
.hedged{background:#ffe0b2}.neg{background:#ffcdd2}.fact{margin:.6em 0 1em}
textarea{width:100%;font-family:ui-monospace,monospace;font-size:14px}pre{white-space:pre-wrap;background:#f3f3f3;padding:.6em}
.error{background:#fdecea;border:1px solid #f5c2c0;padding:.6em}
"""


def entity_id(iri: str) -> str | None:
    """The path part of an entity IRI (``huawei``, ``d/alibaba-chip-unnamed``), or None."""
    if not iri.startswith(ENT):
        return None
    rest = iri[len(ENT):]
    return rest if ENTITY_ID.match(rest) else None


def entity_url(iri: str) -> str | None:
    eid = entity_id(iri)
    return "/entity/" + quote(eid, safe="/") if eid else None


def page(title: str, body: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{PAGE_CSP}\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>"
            "<header><a href=\"/\">graph</a><a href=\"/sparql\">SPARQL</a></header>"
            f"<main>{body}</main></body></html>\n")


def error_page(status: int, message: str) -> str:
    return page(f"Error {status}", f"<h1>Error {status}</h1><p class=\"error\">{escape(message)}</p>")


def _link(iri: str, label: str) -> str:
    url = entity_url(iri)
    if url:
        return f'<a href="{escape(url)}">{escape(label)}</a>'
    return escape(label)


def _evidence(claims: list[dict], articles: dict[str, dict], info: dict[str, dict]) -> str:
    if not claims:
        return '<div class="meta">no quote (registry fact)</div>'
    out = []
    for c in claims:
        a = articles.get(c["article"] or "", {})
        bits = [a.get("title") or a.get("key") or "untitled article"]
        if c["date"] or a.get("date"):
            bits.append(c["date"] or a.get("date"))
        bits += [vdata.pick_label(info.get(o, {}).get("labels", {}), "en", o) for o in a.get("outlets", [])]
        src = " — ".join(escape(b) for b in bits)
        for s in a.get("sources", []):
            if re.match(r"^https?://[^\s<>\"]+$", s):
                src += f' · <a href="{escape(s)}" rel="noopener noreferrer">{escape(s)}</a>'
            else:
                src += " · " + escape(s)
        tags = ""
        if c["hedged"]:
            tags += '<span class="tag hedged">hedged</span>'
        if c["negative"]:
            tags += '<span class="tag neg">negative: not asserted</span>'
        out.append(f'<blockquote>{escape(c["quote"])}</blockquote><div class="src">{src}{tags}</div>')
    return "".join(out)


def entity_facts(store, iri: str) -> dict | None:
    """Everything the entity page shows, or None if the store knows nothing about ``iri``."""
    info = vdata._entity_info(store, None)
    articles = vdata._articles(store, None)
    ref = f"<{iri}>"
    out_rows = store.query(f"SELECT ?p ?o WHERE {{ {ref} ?p ?o . FILTER(STRSTARTS(STR(?p), \"{KGO}\")) }}").rows
    in_rows = store.query(f"SELECT ?s ?p WHERE {{ ?s ?p {ref} . FILTER(STRSTARTS(STR(?s), \"{ENT}\") "
                          f"&& STRSTARTS(STR(?p), \"{KGO}\")) }}").rows
    claims = store.query(f"""SELECT ?c ?s ?p ?o ?pol ?mod ?quote ?a ?date WHERE {{
        ?c a kgo:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
        FILTER(?s = {ref} || ?o = {ref})
        OPTIONAL {{ ?c kgo:polarity ?pol }} OPTIONAL {{ ?c kgo:modality ?mod }} OPTIONAL {{ ?c kgo:quote ?quote }}
        OPTIONAL {{ ?c prov:wasDerivedFrom ?a }} OPTIONAL {{ ?c kgo:articleDate ?date }} }}""").rows
    if iri not in info and not out_rows and not in_rows and not claims:
        return None
    ev: dict[tuple, list[dict]] = {}
    for c, s, p, o, pol, mod, quote_, a, date in claims:
        ev.setdefault((s.value, p.value, o.value), []).append({
            "quote": quote_.value if quote_ is not None else "", "article": a.value if a is not None else None,
            "date": date.value if date is not None else None,
            "hedged": mod is not None and mod.value == KGO + "Hedged",
            "negative": pol is not None and pol.value == KGO + "Negative", "claim": c.value})
    for v in ev.values():
        v.sort(key=lambda x: (x["date"] or "", x["claim"]))
    facts, attrs = [], []
    skip = {"provisional"}
    for p, o in out_rows:
        name = p.value[len(KGO):]
        if name in skip:
            continue
        key = (iri, p.value, o.value)
        if o.value.startswith(ENT) and type(o).__name__ == "NamedNode":
            facts.append(("out", name, o.value, ev.pop(key, [])))
        elif type(o).__name__ == "Literal":
            attrs.append((name, o.value, ev.pop(key, [])))
    for s, p in in_rows:
        key = (s.value, p.value, iri)
        facts.append(("in", p.value[len(KGO):], s.value, ev.pop(key, [])))
    negatives = []
    for (s, p, o), cl in sorted(ev.items()):
        if any(c["negative"] for c in cl):
            other = o if s == iri else s
            negatives.append(("out" if s == iri else "in", p[len(KGO):], other, cl))
    facts.sort(key=lambda f: (f[0] != "out", f[1], f[2]))
    return {"iri": iri, "info": info.get(iri, {"cls": vdata.OTHER_CLASS, "labels": {}, "alt_labels": {},
                                               "provisional": False, "wikidata": None}),
            "facts": facts, "attrs": sorted(attrs), "negatives": negatives, "all_info": info, "articles": articles}


def entity_page(d: dict) -> str:
    iri, me, info, articles = d["iri"], d["info"], d["all_info"], d["articles"]
    label = vdata.pick_label(me["labels"], "en", iri)
    body = [f"<h1>{escape(label)}"]
    if me["provisional"]:
        body.append('<span class="tag">provisional (discovered)</span>')
    body.append("</h1>")
    cls = me["cls"]
    cls_label = cls if cls == vdata.OTHER_CLASS else ontology.term_label(cls, "en")
    body.append(f'<div class="meta">{escape(cls_label)}</div><div class="iri">{escape(iri)}</div><p>')
    wd = me.get("wikidata")
    if wd and re.match(r"^https?://www\.wikidata\.org/entity/Q\d+$", wd):
        body.append(f'<a href="{escape(wd)}" rel="noopener noreferrer">Wikidata {escape(wd.rsplit("/", 1)[-1])}</a> · ')
    body.append(f'<a href="/?focus={quote(iri, safe="")}">show in graph</a> · '
                f'<a href="{escape(entity_url(iri) or "")}?format=turtle">Turtle</a></p>')
    body.append("<h2>Labels</h2><table><tr><th>language</th><th>label</th></tr>")
    for lg, lab in me["labels"].items():
        body.append(f"<tr><td>{escape(lg or '–')}</td><td>{escape(lab)}</td></tr>")
    for lg, labs in me["alt_labels"].items():
        body.append(f"<tr><td>{escape(lg or '–')} (also)</td><td>{escape(', '.join(labs))}</td></tr>")
    body.append("</table>")
    if d["attrs"]:
        body.append("<h2>Attributes</h2>")
        for name, value, cl in d["attrs"]:
            body.append(f'<div class="fact"><b>{escape(ontology.term_label(name, "en"))}</b>: {escape(value)}'
                        f"{_evidence(cl, articles, info)}</div>")
    body.append(f"<h2>Facts ({len(d['facts'])})</h2>")
    for direction, name, other, cl in d["facts"]:
        other_label = vdata.pick_label(info.get(other, {}).get("labels", {}), "en", other)
        p_label = ontology.term_label(name, "en")
        hedged = '<span class="tag hedged">hedged</span>' if cl and all(c["hedged"] for c in cl) else ""
        if direction == "out":
            head = f"{escape(label)} — <b>{escape(p_label)}</b> → {_link(other, other_label)}"
        else:
            head = f"{_link(other, other_label)} — <b>{escape(p_label)}</b> → {escape(label)}"
        body.append(f'<div class="fact">{head}{hedged}{_evidence(cl, articles, info)}</div>')
    if d["negatives"]:
        body.append("<h2>Denied in articles</h2>")
        for direction, name, other, cl in d["negatives"]:
            other_label = vdata.pick_label(info.get(other, {}).get("labels", {}), "en", other)
            p_label = ontology.term_label(name, "en")
            head = (f"{escape(label)} — not {escape(p_label)} → {_link(other, other_label)}" if direction == "out"
                    else f"{_link(other, other_label)} — not {escape(p_label)} → {escape(label)}")
            body.append(f'<div class="fact">{head}{_evidence(cl, articles, info)}</div>')
    return page(label, "".join(body))


EXAMPLE = """SELECT ?company ?chip WHERE {
  ?company kgo:develops ?chip .
  ?chip a kgo:Chip .
}
LIMIT 50"""

FORMAT_CHOICES = (("html", "HTML table"), ("json", "SPARQL JSON"), ("xml", "SPARQL XML"), ("csv", "CSV"),
                  ("tsv", "TSV"), ("turtle", "Turtle (CONSTRUCT/DESCRIBE)"), ("ntriples", "N-Triples (CONSTRUCT/DESCRIBE)"))


def query_page(query: str = "", fmt: str = "html", result_html: str = "", error: str = "") -> str:
    opts = "".join(f'<option value="{v}"{" selected" if v == fmt else ""}>{escape(t)}</option>'
                   for v, t in FORMAT_CHOICES)
    body = ["<h1>SPARQL</h1>",
            "<p class=\"meta\">Read-only SPARQL 1.1 endpoint at <code>/sparql</code> (GET <code>?query=</code>, "
            "POST <code>application/sparql-query</code> or form). The default graph is the union graph; "
            "prefixes kgo:, kgid:, kgd:, kga:, kgc:, rdf:, rdfs:, owl:, xsd:, skos:, prov:, dcterms: are predefined. "
            "Updates, LOAD, SERVICE and remote FROM are refused.</p>",
            '<form method="get" action="/sparql">',
            f'<textarea name="query" rows="10" spellcheck="false">{escape(query or EXAMPLE)}</textarea>',
            f'<p><label>format <select name="format">{opts}</select></label> <button type="submit">Run</button></p>',
            "</form>"]
    if error:
        body.append(f'<div class="error" id="error">{escape(error)}</div>')
    body.append(result_html)
    return page("SPARQL — kg", "".join(body))


def result_table(payload: dict, info: dict, max_rows: int) -> str:
    out = ['<div id="results">']
    kind = payload["kind"]
    if kind == "ask":
        out.append(f"<p><b>{'true' if payload['boolean'] else 'false'}</b></p>")
    elif kind == "graph":
        out.append(f"<p class=\"meta\">{payload['count']} triples</p><pre>{escape(payload['text'])}</pre>")
    else:
        out.append(f"<p class=\"meta\">{info['total']} rows</p><table><tr>")
        out += [f"<th>?{escape(v)}</th>" for v in payload["variables"]]
        out.append("</tr>")
        for row in payload["rows"]:
            out.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>")
        out.append("</table>")
    if info.get("truncated"):
        out.append(f'<p class="meta">only the first {max_rows} results are shown (--max-rows)</p>')
    out.append("</div>")
    return "".join(out)
