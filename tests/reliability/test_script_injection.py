"""Script injection (issue 6, part 9): article text, titles and URLs carrying <script>, event-handler
attributes, javascript: URLs and href reach HTML (kg viz pages, kg serve pages) only as escaped text.

Static checks of the generated HTML (browser tests of the viewer live with kg/viz): compared with the
page of a clean store, no new <script> element, no event-handler attribute, no javascript:/vbscript:/
data: URL in any href/src/action, and the payload is present as text (so it was escaped, not dropped).
"""

from __future__ import annotations

import json
import urllib.parse
import urllib.request

import pytest

from reliability_helpers import write_md

MARK = "kgxss"
PAYLOADS = [
    f"<script>alert('{MARK}1')</script>",
    f"<img src=x onerror=alert('{MARK}2')>",
    f"<a href=\"javascript:alert('{MARK}3')\" onclick=\"alert('{MARK}4')\">click</a>",
    f"\"><svg onload=alert('{MARK}5')>",
    f"</script><script>alert('{MARK}6')</script>",
    f"<iframe srcdoc=\"<script>alert('{MARK}7')</script>\"></iframe>",
    f"javascript:alert('{MARK}8')",
    f"<style>body{{background:url(javascript:alert('{MARK}9'))}}</style>",
    "\u2028\u2029<!--",
]
BAD_URL = ("javascript:", "vbscript:", "data:text/html")


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    from click.testing import CliRunner

    from kg.cli import main

    d = tmp_path_factory.mktemp("xss")
    clean, dirty = d / "clean-in", d / "dirty-in"
    base = "Huawei develops the Ascend 910C. The Ascend 910C is manufactured by SMIC. Cambricon competes with Huawei."
    write_md(clean, "a", base, title="Plain title")
    write_md(dirty, "a", base, title="Plain title")
    payload = " ".join(PAYLOADS)
    lines = [
        {"id": f"xss-{i}", "title": p, "url": f"javascript:alert('{MARK}url{i}')", "source": p, "lang": "en",
         "text": f"Huawei develops the Ascend 910C {p} . The Ascend 910C is manufactured by SMIC {p} ."}
        for i, p in enumerate(PAYLOADS)]
    lines.append({"id": "xss-all", "title": payload, "url": "https://example.org/?q=<script>", "lang": "en",
                  "text": f"Cambricon develops the Siyuan 590 {payload} . {payload} Cambricon competes with Huawei."})
    (dirty / "xss.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    runner = CliRunner()
    for name, src in (("clean", clean), ("dirty", dirty)):
        r = runner.invoke(main, ["build", str(src), "--store", str(d / name)])
        assert r.exit_code == 0, r.output
    # the payload really is in the graph (as data)
    r = runner.invoke(main, ["query", "--store", str(d / "dirty"), "--format", "tsv",
                             f"ASK {{ ?c kgo:quote ?q . FILTER(CONTAINS(?q, \"<script>alert('{MARK}1')\")) }}"])
    assert r.exit_code == 0, r.output
    return d


def inventory(html: str) -> dict:
    """Script elements, event-handler attributes and dangerous URLs of a page."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    scripts = []
    handlers, urls = [], []
    for node in tree.root.traverse(include_text=False) if tree.root is not None else []:
        attrs = node.attributes or {}
        if node.tag == "script":
            scripts.append((attrs.get("type"), attrs.get("src"), attrs.get("id")))
        for name, value in attrs.items():
            if name.lower().startswith("on"):
                handlers.append((node.tag, name, value))
            if name.lower() in ("href", "src", "action", "formaction", "srcdoc", "xlink:href", "background"):
                v = (value or "").strip().lower()
                if name.lower() == "srcdoc" or v.startswith(BAD_URL):
                    urls.append((node.tag, name, value))
        if node.tag in ("iframe", "object", "embed", "img", "svg"):
            urls.append((node.tag, "element", ""))
    return {"scripts": sorted(scripts, key=str), "handlers": handlers, "urls": urls,
            "text": tree.root.text(deep=True) if tree.root is not None else ""}


def assert_safe(dirty_html: str, clean_html: str, *, must_show: bool = True, figures=None, name=""):
    dirty, clean = inventory(dirty_html), inventory(clean_html)
    assert dirty["scripts"] == clean["scripts"], (dirty["scripts"], clean["scripts"])
    assert dirty["handlers"] == clean["handlers"] == [], dirty["handlers"]
    assert dirty["urls"] == clean["urls"], dirty["urls"]
    for p in PAYLOADS[:6]:
        assert p not in dirty_html or p.startswith("javascript:"), p  # never raw markup
    if must_show:  # the payload reached the page as visible text or JSON data, escaped
        assert MARK in dirty_html, "payload not on the page at all (test would prove nothing)"
    if figures is not None:
        rec = figures.setdefault("script_injection", {"command": "pytest tests/reliability -q -k injection",
                                                      "pages": [], "payloads": len(PAYLOADS),
                                                      "new_scripts_or_handlers": 0, "failures": 0})
        if name not in rec["pages"]:
            rec["pages"].append(name)


@pytest.mark.parametrize("injected", [f"<img src=x onerror=alert('{MARK}')>", f"<script>alert('{MARK}')</script>",
                                      f"<a href=\"javascript:alert('{MARK}')\">x</a>", f"<p onclick=\"x()\">{MARK}</p>"])
def test_the_static_check_catches_injections(injected):
    """Control: the check below does fail when markup from an article gets through unescaped."""
    clean = "<!DOCTYPE html><html><head><script>var a=1;</script></head><body><p>hello</p></body></html>"
    with pytest.raises(AssertionError):
        assert_safe(clean.replace("hello", injected), clean)


def test_viz_page_escapes_article_content(stores, cli, figures):
    pytest.importorskip("kg.viz")
    pages = {}
    for name in ("clean", "dirty"):
        out = stores / f"{name}.html"
        r = cli("viz", "--store", stores / name, "-o", out)
        assert r.exit_code == 0, r.output
        pages[name] = out.read_text(encoding="utf-8")
    assert_safe(pages["dirty"], pages["clean"], figures=figures, name="kg viz")
    # JSON embedded in the page cannot close its <script>: no raw '<' inside any inline script
    from selectolax.lexbor import LexborHTMLParser

    for node in LexborHTMLParser(pages["dirty"]).css("script"):
        body = node.text(deep=True) or ""
        assert "</script" not in body.lower()
        if MARK in body:
            assert "<script" not in body and "<img" not in body and "\u2028" not in body


def test_viz_focus_page(stores, cli):
    pytest.importorskip("kg.viz")
    pages = {}
    for name in ("clean", "dirty"):
        out = stores / f"{name}-focus.html"
        r = cli("viz", "--store", stores / name, "-o", out, "--focus", "Huawei", "--depth", "2")
        assert r.exit_code == 0, r.output
        pages[name] = out.read_text(encoding="utf-8")
    assert_safe(pages["dirty"], pages["clean"])


@pytest.fixture(scope="module")
def servers(stores):
    app = pytest.importorskip("kg.serve.app")
    out = {}
    for name in ("clean", "dirty"):
        srv = app.make_server(str(stores / name), port=0, quiet=True, workers=1, timeout_s=20)
        app.start_in_thread(srv)
        out[name] = srv
    yield out
    for srv in out.values():
        srv.shutdown()
        srv.server_close()


def fetch(srv, path: str, accept: str = "text/html") -> str:
    req = urllib.request.Request(srv.url + path, headers={"Accept": accept})
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.read().decode("utf-8")


@pytest.mark.parametrize("path", ["/entity/huawei", "/entity/ascend-910c", "/entity/smic", "/entity/cambricon", "/"])
def test_serve_pages_escape_article_content(servers, figures, path):
    clean, dirty = fetch(servers["clean"], path), fetch(servers["dirty"], path)
    assert_safe(dirty, clean, must_show=path != "/", figures=figures, name=f"kg serve {path}")


def test_serve_sparql_html_table_escapes(servers, figures):
    q = urllib.parse.quote("SELECT ?t ?u WHERE { ?a dcterms:title ?t . OPTIONAL { ?a dcterms:source ?u } }")
    clean = fetch(servers["clean"], f"/sparql?query={q}&format=html")
    dirty = fetch(servers["dirty"], f"/sparql?query={q}&format=html")
    assert_safe(dirty, clean, figures=figures, name="kg serve /sparql (html table)")
    # the query text itself is echoed in the page: escaped too
    evil = urllib.parse.quote(f"SELECT * WHERE {{ ?s ?p \"</textarea><script>alert('{MARK}q')</script>\" }}")
    page = fetch(servers["dirty"], f"/sparql?query={evil}&format=html")
    assert "<script>alert(" not in page and MARK in page
    assert inventory(page)["scripts"] == inventory(fetch(servers["dirty"], "/sparql?format=html"))["scripts"]


def test_error_pages_escape_the_request(servers):
    """A 404 for a path full of markup shows the path as text."""
    path = urllib.parse.quote(f"/<script>alert('{MARK}p')</script>", safe="/")
    req = urllib.request.Request(servers["dirty"].url + path, headers={"Accept": "text/html"})
    try:
        urllib.request.urlopen(req, timeout=30)
        body = ""
    except urllib.error.HTTPError as e:
        body = e.read().decode("utf-8")
    assert "<script>alert(" not in body
    assert not inventory(body)["handlers"]
