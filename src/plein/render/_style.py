"""The stylesheet of the report and the notebook views: inline, light, printable.

Every rule is scoped to the report's (or a view's) own class, so that the HTML can sit
inside another page (a notebook, a municipal portal) without restyling it. Fonts are the
reader's own system fonts: nothing is fetched. The print rules keep backgrounds white,
start each section on a new page and keep figures and table rows whole.
"""

from __future__ import annotations

__all__ = ["CSS", "VIEW_CSS", "stylesheet"]

_RULES = """
{s} {{ font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; color: #1f2933; background: #ffffff; line-height: 1.45; font-size: 15px; }}
{s} h1 {{ font-size: 1.9em; margin: 0 0 4px; color: #102a43; }}
{s} h2 {{ font-size: 1.35em; margin: 0 0 12px; padding-bottom: 4px; color: #102a43;
  border-bottom: 2px solid #9fb3c8; }}
{s} h3 {{ font-size: 1.1em; margin: 18px 0 8px; color: #243b53; }}
{s} .subtitle {{ font-size: 1.15em; margin: 0 0 12px; color: #334e68; }}
{s} .notice, {s} p.note {{ color: #52606d; font-style: italic; }}
{s} section {{ margin-top: 32px; }}
{s} table {{ border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 0.93em; }}
{s} th, {s} td {{ border: 1px solid #cbd2d9; padding: 4px 8px; text-align: left;
  vertical-align: top; }}
{s} th {{ background: #f0f4f8; font-weight: 600; }}
{s} td.num, {s} th.num {{ text-align: right; font-variant-numeric: tabular-nums; }}
{s} dl.facts {{ display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px;
  margin: 8px 0 16px; }}
{s} dl.facts div {{ display: contents; }}
{s} dt {{ font-weight: 600; color: #334e68; }}
{s} dd {{ margin: 0; }}
{s} figure {{ margin: 12px 0 20px; }}
{s} figcaption {{ font-size: 0.85em; color: #52606d; margin-top: 4px; }}
{s} svg {{ max-width: 100%; height: auto; display: block; }}
{s} .badge {{ display: inline-block; padding: 0 6px; border-radius: 3px;
  border: 1px solid #9aa5b1; font-size: 0.9em; white-space: nowrap; }}
{s} .badge.ok {{ border-color: #3f9142; color: #1e5b21; background: #e3f4e4; }}
{s} .badge.warn {{ border-color: #c99a2e; color: #6b4f0a; background: #fdf3d8; }}
{s} .badge.bad {{ border-color: #c2453d; color: #7f1d17; background: #fbe4e2; }}
{s} .badge.muted {{ color: #52606d; background: #f5f7fa; }}
@media print {{
  @page {{ margin: 15mm; }}
  {s} {{ max-width: none; padding: 0; font-size: 10.5pt; color: #000000;
    background: #ffffff; }}
  {s} section {{ break-before: page; margin-top: 0; }}
  {s} h2, {s} h3 {{ break-after: avoid; }}
  {s} figure, {s} tr, {s} dl.facts {{ break-inside: avoid; }}
  {s} th {{ background: #ffffff; }}
  {s} .badge {{ background: #ffffff; }}
}}
"""


def stylesheet(scope: str) -> str:
    """The rules, each scoped to the CSS selector ``scope``."""
    return _RULES.format(s=scope).lstrip("\n")


#: The report's stylesheet: the rules, and the page's width and margins.
CSS = (
    ".plein-report { max-width: 1100px; margin: 0 auto; padding: 24px 32px 48px; }\n"
    + stylesheet(".plein-report")
)
#: The notebook views' stylesheet.
VIEW_CSS = stylesheet(".plein-view")
