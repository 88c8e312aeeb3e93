"""Helpers of the reliability suite: run kg in a subprocess, canonical N-Quads of a store, corpora."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def kg_env(**extra) -> dict:
    env = dict(os.environ)
    env.pop("KG_STORE", None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.update(extra)
    return env


def kg_command() -> list[str]:
    """The installed `kg` console script next to this Python, else `python -c 'from kg.cli import main; main()'`."""
    script = os.path.join(os.path.dirname(sys.executable), "kg")
    if os.path.exists(script):
        return [script]
    return [sys.executable, "-c", "from kg.cli import main; main()"]


def run_kg(*args, timeout: float = 120, cwd=None, env_extra: dict | None = None,
           **popen) -> subprocess.CompletedProcess:
    """`kg ARGS` in a fresh process (environment: this one's, plus env_extra)."""
    return subprocess.run([*kg_command(), *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, cwd=cwd, env=kg_env(**(env_extra or {})), **popen)


def popen_kg(*args, env_extra: dict | None = None, **kw) -> subprocess.Popen:
    kw.setdefault("stdout", subprocess.DEVNULL)
    kw.setdefault("stderr", subprocess.DEVNULL)
    return subprocess.Popen([*kg_command(), *map(str, args)], text=True, env=kg_env(**(env_extra or {})), **kw)


def frozen_source(dest: Path) -> dict:
    """Copy kg/ and ontology/ to `dest` and return env_extra that makes subprocesses import that copy, so a
    long test compares builds made by one version of the code even while someone edits the tree."""
    import shutil

    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("kg", "ontology"):
        shutil.copytree(ROOT / name, dest / name, ignore=ignore)
    return {"PYTHONPATH": str(dest)}


def write_md(directory: Path, key: str, body: str, *, title: str = "Test article", date: str = "2025-08-29",
             lang: str = "en", name: str | None = None) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / (name or f"{key}.md")
    path.write_text(textwrap.dedent(f"""\
        ---
        id: {json.dumps(key)}
        title: {json.dumps(title)}
        date: {date}
        lang: {lang}
        ---
        """) + body + "\n", encoding="utf-8")
    return path


COMPANIES = ["Huawei", "Alibaba", "Cambricon", "Moore Threads", "MetaX", "Biren Technology", "Baidu", "Tencent",
             "Hygon", "Enflame"]
CHIPS = ["Ascend 910C", "Siyuan 590", "MTT S4000", "MetaX C600", "Kunlun P800", "Hygon DCU K100", "Nvidia H20",
         "Nvidia A100"]
FABS = ["SMIC", "TSMC", "Hua Hong Semiconductor"]


def make_corpus(directory: Path, n: int, seed: int = 1) -> list[Path]:
    """n small English articles with registry entities and a few relations each (deterministic)."""
    import random

    rnd = random.Random(seed)
    paths = []
    for i in range(n):
        c, ch, f, c2 = rnd.choice(COMPANIES), rnd.choice(CHIPS), rnd.choice(FABS), rnd.choice(COMPANIES)
        body = (f"{c} develops the {ch}. The {ch} is manufactured by {f}. {c} competes with {c2}. "
                f"The {ch} has {rnd.randint(16, 192)}GB of memory. Article number {i}.")
        paths.append(write_md(directory, f"art-{i:03d}", body, title=f"Article {i}",
                              date=f"2025-08-{1 + i % 28:02d}"))
    return paths


def canonical(store: str | os.PathLike) -> str:
    """Canonical N-Quads of every graph of the store (bookkeeping excluded); '' if there is no store."""
    from kg.graph import to_nquads
    from kg.store.oxigraph import DATA_DIR, OxigraphStore

    if not (Path(store) / DATA_DIR).is_dir():
        return ""
    st = OxigraphStore(store, read_only=True)
    try:
        return to_nquads(st.dataset_quads())
    finally:
        st.close()


def sha(text: str | bytes) -> str:
    return hashlib.sha256(text.encode("utf-8") if isinstance(text, str) else text).hexdigest()


def snapshot_tree(root: Path) -> dict[str, tuple[int, float]]:
    """Every path under root (files and dirs) -> (size, mtime)."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = os.path.join(dirpath, name)
            try:
                st = os.lstat(p)
            except OSError:
                continue
            out[os.path.relpath(p, root)] = (st.st_size, st.st_mtime)
    return out


class Timer:
    def __enter__(self):
        self.t0 = time.monotonic()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.monotonic() - self.t0
