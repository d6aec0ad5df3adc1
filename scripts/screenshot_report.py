"""Screenshot a participation report (the shopping-centre example by default).

The report is written to a temporary HTML file and opened in headless Chromium.

Usage: python scripts/screenshot_report.py [OUT.png] [--example NAME] [--lang nl|en] [--as-of DATE]

Needs a Chromium on the PATH (Debian: ``apt-get install chromium``). The browser runs
headless, offline in effect (no background networking, no component updates, no sync),
with a throwaway profile; the report itself fetches nothing. The PNG goes to OUT.png
(by default ``/tmp/plein-report.png``), never into the repository.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pendulum

import plein
import plein.render


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="/tmp/plein-report.png")
    parser.add_argument("--example", default="shopping-centre", help="a bundled example")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument("--as-of", default="2026-11-28")
    parser.add_argument("--size", default="1200,3000", help="window size as WIDTH,HEIGHT")
    args = parser.parse_args(argv)

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("no chromium on the PATH: apt-get install -y chromium", file=sys.stderr)
        return 2
    design = plein.examples.load(args.example)
    html = plein.render.report(
        design, lang=args.lang, as_of=pendulum.Date.fromisoformat(args.as_of)
    )
    with tempfile.TemporaryDirectory() as work:
        page = Path(work) / "report.html"
        page.write_text(html, encoding="utf-8")
        profile = Path(work) / "profile"
        profile.mkdir()
        command = [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            f"--screenshot={Path(args.out).resolve()}",
            f"--window-size={args.size}",
            page.as_uri(),
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0 or not Path(args.out).exists():
        print(done.stderr, file=sys.stderr)
        return 1
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
