"""Screenshot a graph page with headless Chromium (Playwright's Python package, system Chromium).

    python -m kg.viz.screenshot out/graph.html out/graph.png [--width 1400 --height 900] [--timeout 60]

Waits until the viewer has drawn the graph, then writes the PNG atomically. Exit codes: 0 written,
3 Chromium or Playwright not available (nothing written), 2 the page failed to draw.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
READY = "() => !!(window.kgViz && window.kgViz.ready)"


def find_chromium() -> str | None:
    """$KG_CHROMIUM if set (None when it is not an executable), else /usr/bin/chromium, else chromium or
    chromium-browser on PATH."""
    def ok(path: str) -> bool:
        return os.path.isfile(path) and os.access(path, os.X_OK)

    forced = os.environ.get("KG_CHROMIUM")
    if forced:
        return forced if ok(forced) else None
    if ok("/usr/bin/chromium"):
        return "/usr/bin/chromium"
    return shutil.which("chromium") or shutil.which("chromium-browser")


def launch(playwright, executable: str | None = None):
    """A headless Chromium browser with the project's fixed flags."""
    exe = executable or find_chromium()
    if exe is None:
        raise FileNotFoundError("chromium not found (apt-get install -y chromium)")
    return playwright.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)


def screenshot(html_path: str | Path, png_path: str | Path, *, width: int = 1400, height: int = 900,
               timeout_s: float = 60.0) -> float:
    """Open ``html_path`` from file://, wait for the first drawing, write ``png_path``; returns seconds to draw."""
    from playwright.sync_api import sync_playwright

    from kg.export import write_atomic

    url = Path(html_path).resolve().as_uri()
    with sync_playwright() as p:
        browser = launch(p)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            t0 = time.monotonic()
            page.goto(url)
            page.wait_for_function(READY, timeout=timeout_s * 1000)
            took = time.monotonic() - t0
            page.wait_for_timeout(300)
            data = page.screenshot(full_page=False)
        finally:
            browser.close()
    write_atomic(png_path, data)
    return took


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.viz.screenshot", description=__doc__.splitlines()[0])
    ap.add_argument("html")
    ap.add_argument("png")
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=900)
    ap.add_argument("--timeout", type=float, default=60.0)
    args = ap.parse_args(argv)
    if find_chromium() is None:
        print("kg.viz.screenshot: chromium not found (apt-get install -y chromium); no screenshot", file=sys.stderr)
        return 3
    try:
        import playwright  # noqa: F401
    except ImportError:
        print("kg.viz.screenshot: the playwright package is not installed; no screenshot", file=sys.stderr)
        return 3
    try:
        took = screenshot(args.html, args.png, width=args.width, height=args.height, timeout_s=args.timeout)
    except Exception as e:  # noqa: BLE001 - report any browser failure as one line
        print(f"kg.viz.screenshot: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}", file=sys.stderr)
        return 2
    print(f"wrote {args.png} (drawn in {took:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
