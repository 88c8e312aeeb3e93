"""Hostile input files through `kg build` (issue 6, part 1).

Every refused file gives exactly one line on stderr naming the file, the documented exit code
(2 = an input failed, the other files are still built) and leaves the store exactly as it was
for what was refused (canonical N-Quads compared before/after).
"""

from __future__ import annotations

import builtins
import json
import os
import shutil
import struct
import zlib
from pathlib import Path

import pytest

from reliability_helpers import canonical, snapshot_tree, write_md

GOOD = "Huawei develops the Ascend 910C. The Ascend 910C is manufactured by SMIC."


def png_bytes() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"\x00\x00\x00\x00"
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def zip_bytes(tmp: Path) -> bytes:
    import zipfile

    p = tmp / "z.zip"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("article.txt", "Huawei develops the Ascend 910C.")
    return p.read_bytes()


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    """A store holding one good article, built once (copied for each test)."""
    from click.testing import CliRunner

    from kg.cli import main

    d = tmp_path_factory.mktemp("baseline")
    write_md(d / "in", "good", GOOD, title="Good article")
    r = CliRunner().invoke(main, ["build", str(d / "in"), "--store", str(d / "store")])
    assert r.exit_code == 0, r.output
    return d / "store", canonical(d / "store")


@pytest.fixture
def env(tmp_path, baseline):
    """(store, inputs dir, canonical N-Quads before) for a private copy of the baseline store."""
    store = tmp_path / "store"
    shutil.copytree(baseline[0], store)
    inputs = tmp_path / "in"
    inputs.mkdir()
    return store, inputs, baseline[1]


def lines_naming(stderr: str, name: str) -> list[str]:
    return [line for line in stderr.splitlines() if name in line]


def assert_refused(r, store, before, name, *, expect: str):
    assert r.exit_code == 2, r.output
    hits = lines_naming(r.stderr, name)
    assert len(hits) == 1, r.stderr  # one line, naming the file
    assert hits[0].startswith("kg: ") and expect in hits[0], hits[0]
    assert canonical(store) == before


# --------------------------------------------------------------------------- refused files

@pytest.mark.parametrize("name,content,expect", [
    ("empty.txt", b"", "empty"),
    ("blank.md", b"   \n\n\t  \n", "empty"),
    ("image.txt", "png", "binary file (PNG image)"),
    ("archive.md", "zip", "binary file (ZIP archive)"),
    ("nul.html", b"<html>\x00\x00\x00\x01\x02</html>" * 20, "binary file"),
    ("bad-utf8.txt", bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x20]) * 50, "cannot decode"),
    ("renamed.jsonl", "png", "binary file (PNG image)"),
])
def test_refused_file(env, cli, tmp_path, name, content, expect):
    store, inputs, before = env
    if content == "png":
        content = png_bytes()
    elif content == "zip":
        content = zip_bytes(tmp_path)
    (inputs / name).write_bytes(content)
    r = cli("build", inputs / name, "--store", store)
    assert_refused(r, store, before, name, expect=expect)


def test_refused_file_among_good_ones(env, cli):
    """A folder with a bad file: the bad file is reported, the good one is built, exit 2."""
    store, inputs, before = env
    (inputs / "a-image.md").write_bytes(png_bytes())
    write_md(inputs, "other", "Cambricon develops the Siyuan 590.")
    r = cli("build", inputs, "--store", store)
    assert r.exit_code == 2
    assert len(lines_naming(r.stderr, "a-image.md")) == 1
    assert "read 1" in r.stdout and "failed 1" in r.stdout
    after = canonical(store)
    assert after != before and "Siyuan 590" in after


# --------------------------------------------------------------------------- decoded files

@pytest.mark.parametrize("encoding,text,needle", [
    ("gb18030", "华为发布昇腾910C芯片，由中芯国际代工。摩尔线程总部位于北京，其MTT S4000兼容CUDA。", "中芯国际代工"),
    ("latin-1", "Perché la Cina è più vicina: Huawei sviluppa il chip Ascend 910C, prodotto da SMIC. "
                "Il chip è già più efficiente, però costa di più.", "Perché la Cina è più vicina"),
    ("utf-16", "Huawei develops the Ascend 910C. It is manufactured by SMIC in Shanghai.", "Ascend 910C"),
])
def test_legacy_encodings_decoded(env, cli, encoding, text, needle):
    store, inputs, before = env
    path = inputs / f"legacy-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    r = cli("build", path, "--store", store)
    assert r.exit_code == 0, r.output
    after = canonical(store)
    assert needle in after  # the text literal holds the decoded characters
    assert "\ufffd" not in after


# --------------------------------------------------------------------------- size cap

class OpenSpy:
    """Records every path opened through builtins.open / io.open / os.open (and how much was read)."""

    def __init__(self, monkeypatch):
        self.opened: list[str] = []
        real_open, real_os_open = builtins.open, os.open

        def spy_open(file, *a, **kw):
            self.opened.append(os.fspath(file) if not isinstance(file, int) else f"fd:{file}")
            return real_open(file, *a, **kw)

        def spy_os_open(path, *a, **kw):
            self.opened.append(os.fspath(path))
            return real_os_open(path, *a, **kw)

        monkeypatch.setattr(builtins, "open", spy_open)
        monkeypatch.setattr(os, "open", spy_os_open)

    def touched(self, name: str) -> bool:
        return any(p.endswith(name) for p in self.opened if isinstance(p, str))


def test_over_default_cap_never_read(env, cli, monkeypatch):
    """10_000_001 bytes (sparse file) against the default 10 MB cap: refused by stat, never opened."""
    store, inputs, before = env
    big = inputs / "huge.txt"
    with open(big, "wb") as f:
        f.truncate(10_000_001)
    spy = OpenSpy(monkeypatch)
    r = cli("build", big, "--store", store)
    monkeypatch.undo()
    assert not spy.touched("huge.txt"), spy.opened
    assert_refused(r, store, before, "huge.txt", expect="over the 10 MB cap")


def test_over_max_bytes_option(env, cli, monkeypatch):
    store, inputs, before = env
    path = write_md(inputs, "long", "Huawei develops the Ascend 910C. " * 100)
    small = write_md(inputs, "short", "Cambricon develops the Siyuan 590.")
    assert small.stat().st_size < 1000 < path.stat().st_size
    spy = OpenSpy(monkeypatch)
    r = cli("build", path, "--store", store, "--max-bytes", "1000")
    monkeypatch.undo()
    assert not spy.touched("long.md")
    assert_refused(r, store, before, "long.md", expect="over the 1 kB cap")
    r = cli("build", small, "--store", store, "--max-bytes", "1000")
    assert r.exit_code == 0, r.output


def test_file_growing_after_stat_is_not_read_past_cap(tmp_path, monkeypatch):
    """read_limited reads at most max_bytes + 1 even if the file grew after os.stat."""
    from kg.errors import InputError
    from kg.ingest.decode import read_limited

    p = tmp_path / "grow.txt"
    p.write_bytes(b"a" * 10)
    sizes: list[int] = []
    real_open = builtins.open

    class Spy:
        def __init__(self, f):
            self.f = f

        def read(self, n=-1):
            sizes.append(n)
            return self.f.read(n)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

    def grow_then_open(file, mode="r", *a, **kw):
        if os.fspath(file) == str(p):
            with real_open(p, "ab") as g:
                g.write(b"b" * 5000)
            return Spy(real_open(file, mode, *a, **kw))
        return real_open(file, mode, *a, **kw)

    monkeypatch.setattr(builtins, "open", grow_then_open)
    with pytest.raises(InputError, match="over the"):
        read_limited(p, 100)
    assert sizes == [101]  # bounded read, never read()


# --------------------------------------------------------------------------- unreadable, links

def test_unreadable_file(env, cli, monkeypatch):
    """CI runs as root (chmod 000 does not stop root), so opening is made to fail."""
    store, inputs, before = env
    path = write_md(inputs, "secret", "Huawei develops the Ascend 910C.")
    real_open = builtins.open

    def deny(file, *a, **kw):
        if not isinstance(file, int) and os.fspath(file).endswith("secret.md"):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, *a, **kw)

    monkeypatch.setattr(builtins, "open", deny)
    r = cli("build", path, "--store", store)
    monkeypatch.undo()
    assert_refused(r, store, before, "secret.md", expect="permission denied")


def test_unlistable_folder(env, cli, monkeypatch):
    store, inputs, before = env
    sub = inputs / "locked"
    write_md(sub, "x", "Huawei develops the Ascend 910C.")
    real_scandir = os.scandir

    def deny(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", deny)
    r = cli("build", sub, "--store", store)
    monkeypatch.undo()
    assert_refused(r, store, before, "locked", expect="permission denied")


def test_symlink_loops(env, cli):
    store, inputs, before = env
    (inputs / "self.txt").symlink_to("self.txt")  # ELOOP
    (inputs / "a.md").symlink_to("b.md")
    (inputs / "b.md").symlink_to("a.md")
    d = inputs / "dir"
    d.mkdir()
    (d / "up").symlink_to("..")  # a folder loop
    r = cli("build", inputs, "--store", store)
    assert r.exit_code == 2
    for name in ("self.txt", "a.md", "b.md", os.path.join("dir", "up")):
        hits = lines_naming(r.stderr, name)
        assert len(hits) == 1 and "symlink loop" in hits[0], (name, r.stderr)
    assert canonical(store) == before
    r = cli("build", inputs / "self.txt", "--store", store)
    assert_refused(r, store, before, "self.txt", expect="symlink loop")


def test_fifo_is_not_read(env, cli):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs")
    store, inputs, before = env
    os.mkfifo(inputs / "pipe.txt")
    r = cli("build", inputs / "pipe.txt", "--store", store)  # would block forever if opened
    assert_refused(r, store, before, "pipe.txt", expect="not a regular file")


# --------------------------------------------------------------------------- jsonl

def test_jsonl_broken_lines(env, cli, tmp_path):
    store, inputs, before = env
    good = [{"id": f"j{i}", "title": f"J {i}", "date": "2025-09-01", "lang": "en",
             "text": f"Cambricon develops the Siyuan 590. Line {i}."} for i in range(4)]
    lines = [json.dumps(good[0]), "{not json", json.dumps(good[1]), "[1, 2]", json.dumps({"id": "x"}),
             json.dumps(good[2]), '{"text": 5}', json.dumps(good[3])]
    path = inputs / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = cli("build", path, "--store", store)
    assert r.exit_code == 2
    hits = lines_naming(r.stderr, "feed.jsonl")
    assert [h.split("line ")[1].split(":")[0] for h in hits] == ["2", "4", "5", "7"], r.stderr
    assert "read 4" in r.stdout
    # the store equals a clean build of the good lines only: nothing of the broken lines got in
    ref_store, ref_in = tmp_path / "ref-store", tmp_path / "ref-in"
    write_md(ref_in, "good", GOOD, title="Good article")
    (ref_in / "feed.jsonl").write_text("\n".join(json.dumps(g) for g in good) + "\n", encoding="utf-8")
    assert cli("build", ref_in, "--store", ref_store).exit_code == 0
    assert canonical(store) == canonical(ref_store)


# --------------------------------------------------------------------------- html

def test_html_scripts_and_styles_not_in_text(env, cli):
    store, inputs, before = env
    html = """<!doctype html><html lang="en"><head><title>Chips</title>
<style>body { color: red } .SECRET_STYLE { }</style>
<script>var SECRET_SCRIPT = "Huawei develops the Ascend 999";</script></head>
<body><article><p>Huawei develops the Ascend 910C.</p>
<script type="text/javascript">document.write("SECRET_INLINE")</script>
<noscript>SECRET_NOSCRIPT</noscript><template>SECRET_TEMPLATE</template>
<p onclick="alert('SECRET_HANDLER')">It is manufactured by SMIC.</p></article></body></html>"""
    path = inputs / "page.html"
    path.write_text(html, encoding="utf-8")
    r = cli("build", path, "--store", store)
    assert r.exit_code == 0, r.output
    after = canonical(store)
    assert "manufactured by SMIC" in after
    for secret in ("SECRET_STYLE", "SECRET_SCRIPT", "SECRET_INLINE", "SECRET_NOSCRIPT", "SECRET_TEMPLATE",
                   "SECRET_HANDLER", "color: red", "Ascend 999"):
        assert secret not in after, secret


# --------------------------------------------------------------------------- path traversal

TRAVERSAL = ["../../etc/passwd", "/etc/passwd", "..\\..\\windows\\system32", "a/../../b", "\x00evil", "~/x"]


def test_traversal_ids_and_titles_write_nothing_outside(tmp_path, cli):
    work = tmp_path / "work"
    inputs = work / "in"
    for i, bad in enumerate(TRAVERSAL):
        write_md(inputs, bad, f"Huawei develops the Ascend 910C. Case {i}.", title=bad, name=f"t{i}.md")
    (inputs / "feed.jsonl").write_text("\n".join(
        json.dumps({"id": bad, "title": bad, "url": "file:///" + bad, "source": bad,
                    "text": f"Cambricon develops the Siyuan 590. Case {i}."}) for i, bad in enumerate(TRAVERSAL))
        + "\n", encoding="utf-8")
    passwd = Path("/etc/passwd")
    passwd_before = passwd.stat() if passwd.exists() else None
    outside_before = snapshot_tree(tmp_path)
    store, out = work / "store", work / "out"
    cwd = os.getcwd()
    os.chdir(work)  # relative paths derived from ids would land here
    try:
        r = cli("build", inputs, "--store", store)
        assert r.exit_code in (0, 2), r.output
        for fmt in ("turtle", "trig", "nquads", "jsonld"):
            assert cli("export", "--store", store, "--format", fmt, "-o", out / f"g.{fmt}").exit_code == 0
    finally:
        os.chdir(cwd)
    after = snapshot_tree(tmp_path)
    new = {p for p in after if p not in outside_before}
    allowed = (os.path.join("work", "store"), os.path.join("work", "out"))
    assert all(p.startswith(allowed) for p in new), sorted(p for p in new if not p.startswith(allowed))
    changed = {p for p in outside_before if p in after and after[p] != outside_before[p]
               and not p.startswith(allowed) and os.path.isfile(tmp_path / p)}
    assert not changed, changed
    assert sorted(os.listdir(out)) == ["g.jsonld", "g.nquads", "g.trig", "g.turtle"]
    if passwd_before is not None:
        st = passwd.stat()
        assert (st.st_size, st.st_mtime) == (passwd_before.st_size, passwd_before.st_mtime)
    # and the ids are kept as data (source keys), not as paths
    text = (out / "g.nquads").read_text(encoding="utf-8")
    assert "../../etc/passwd" in text
