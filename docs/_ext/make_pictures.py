"""Remake the screenshots in ``docs/_static/`` from plein's real output.

Run by hand after a change to the report or the notebook views (it needs Chromium and
Pillow, which the docs build itself does not)::

    python docs/_ext/make_pictures.py

Each picture is an HTML page rendered by headless Chromium at 1200 pixels wide, cropped
to its top part, framed and stored as a palette PNG, so that each stays well under 200 KB.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pendulum
from PIL import Image, ImageOps

import plein
from plein.cli import main
from plein.render import trajectory_html

DOCS = Path(__file__).resolve().parents[1]
STATIC = DOCS / "_static"
WIDTH = 1200
AS_OF = "2027-01-01"


def _page(body: str) -> str:
    """A notebook cell's output, on a page of its own as JupyterLab would show it."""
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
        "body{margin:24px;font-family:system-ui,sans-serif;background:#fff}"
        "</style></head><body>" + body + "</body></html>"
    )


def _shoot(html: Path, png: Path, height: int) -> None:
    """Render ``html`` in headless Chromium and keep the top ``height`` pixels."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        sys.exit("make_pictures: Chromium is not installed")
    raw = html.with_suffix(".raw.png")
    subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         f"--screenshot={raw}", f"--window-size={WIDTH},{height}", html.as_uri()],
        check=True, capture_output=True,
    )  # fmt: skip
    with Image.open(raw) as image:
        # A thin grey frame sets the page apart from the docs page around it.
        framed = ImageOps.expand(image.convert("RGB"), border=1, fill="#c8ccd0")
        small = framed.quantize(colors=128, method=Image.Quantize.MEDIANCUT)
        small.save(png, optimize=True)
    print(f"{png.relative_to(DOCS)}: {png.stat().st_size // 1024} KB")


def main_() -> None:
    STATIC.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # The tutorial's final design, and the report the tutorial writes of it.
        design = folder / "marktplein.yaml"
        shutil.copyfile(DOCS / "tutorial" / "step-3.yaml", design)
        report = folder / "report.html"
        args = ["report", str(design), "--lang", "en", "--as-of", AS_OF, "-o", str(report)]
        assert main(args) == 0
        _shoot(report, STATIC / "getting-started-report.png", 1270)

        # The bundled example's report, richer: agreements, actions, the ledger.
        example = folder / "shopping-centre.yaml"
        example.write_text(plein.examples.text("shopping-centre"), encoding="utf-8")
        report = folder / "shopping-centre.html"
        args = ["report", str(example), "--lang", "en", "--as-of", AS_OF, "-o", str(report)]
        assert main(args) == 0
        _shoot(report, STATIC / "report-shopping-centre.png", 1530)

        # Notebook views: what a notebook shows for a design, a session and a check
        # report (the views a cell's value shows, with the date fixed for the picture).
        draft = plein.load(DOCS / "tutorial" / "step-2.yaml")
        final = plein.load(DOCS / "tutorial" / "step-3.yaml")
        as_of = pendulum.date(2027, 1, 1)
        views = {
            "notebook-design.png": (trajectory_html(final, as_of=as_of), 560),
            "notebook-session.png": (final.sessions[0]._repr_html_(), 700),
            "notebook-findings.png": (plein.check(draft, as_of=as_of)._repr_html_(), 790),
        }
        for name, (html, height) in views.items():
            page = folder / name.replace(".png", ".html")
            page.write_text(_page(html or ""), encoding="utf-8")
            _shoot(page, STATIC / name, height)


if __name__ == "__main__":
    main_()
