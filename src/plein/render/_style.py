"""The stylesheet of the report: inline, light, printable.

Every rule is scoped to the report's own class, so that the HTML can sit inside another
page (a municipal portal) without restyling it; the notebook views have their own,
stronger rules (:mod:`plein.render._view_style`), made to hold against JupyterLab's. Fonts are the
reader's own system fonts: nothing is fetched.

The report's own rules (:data:`CSS`) fit it to a phone and to A4 paper: on a narrow
screen a picture that has a phone layout shows that one, a wide table or picture scrolls
sideways inside its own box, at a size that can be read, and the page itself never gets
wider than the screen; on paper the sections run on (no page that holds only a title or
a sentence), headings stay with what follows them, and a session's table stays on one
page with its picture where it fits. The ``@page`` rule (A4) is the one rule that cannot
be scoped; it only matters when the report is its own page.
"""

from __future__ import annotations

__all__ = ["BADGE_RULES", "CSS", "stylesheet"]

#: The coloured labels (a state, a severity), shared with the notebook views' stylesheet;
#: ``{s}`` is the scope.
BADGE_RULES = """
{s} .badge {{ display: inline-block; padding: 0 6px; border-radius: 3px;
  border: 1px solid #9aa5b1; font-size: 0.9em; white-space: nowrap; }}
{s} .badge.ok {{ border-color: #3f9142; color: #1e5b21; background: #e3f4e4; }}
{s} .badge.warn {{ border-color: #c99a2e; color: #6b4f0a; background: #fdf3d8; }}
{s} .badge.bad {{ border-color: #c2453d; color: #7f1d17; background: #fbe4e2; }}
{s} .badge.muted {{ color: #52606d; background: #f5f7fa; }}
"""

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
{s} caption {{ caption-side: top; text-align: left; font-weight: 600; color: #334e68;
  padding: 0 0 4px; }}
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
"""


def stylesheet(scope: str) -> str:
    """The rules, each scoped to the CSS selector ``scope``."""
    return (_RULES + BADGE_RULES).format(s=scope).lstrip("\n")


_REPORT = """
.plein-report { max-width: 1100px; margin: 0 auto; padding: 24px 32px 48px;
  overflow-wrap: break-word; }
.plein-report .table, .plein-report .picture { max-width: 100%; overflow-x: auto; }
.plein-report .table table { margin: 0; }
.plein-report .table { margin: 8px 0 16px; }
.plein-report .picture.narrow { display: none; }
@media screen and (max-width: 700px) {
  .plein-report { padding: 12px 14px 32px; font-size: 16px; }
  .plein-report h1 { font-size: 1.5em; }
  .plein-report h2 { font-size: 1.25em; }
  .plein-report dl.facts { grid-template-columns: 1fr; gap: 0; }
  .plein-report dl.facts dd { margin-bottom: 6px; }
  .plein-report table { width: auto; min-width: 100%; font-size: 0.9em; }
  .plein-report th, .plein-report td { min-width: 6em; }
  .plein-report td.num, .plein-report th.num { min-width: 0; }
  /* The caption stays in view while its table scrolls sideways under it. */
  .plein-report .table caption { position: sticky; left: 0; max-width: calc(100vw - 48px); }
  /* A picture keeps its own size (its text is 11 px or more) and scrolls in its box. */
  .plein-report .picture svg { max-width: none; }
  /* Where a picture has a phone layout, that one is shown instead. */
  .plein-report .picture.wide { display: none; }
  .plein-report .picture.narrow { display: block; }
}
@page { size: A4; margin: 15mm 14mm 16mm; }
@media print {
  .plein-report { max-width: none; padding: 0; font-size: 10pt; color: #000000; }
  .plein-report section { margin-top: 18pt; }
  .plein-report h1, .plein-report h2, .plein-report h3, .plein-report caption {
    break-after: avoid; }
  .plein-report h2, .plein-report h3 { break-inside: avoid; }
  .plein-report figure, .plein-report tr, .plein-report dl.facts div, .plein-report .keep {
    break-inside: avoid; }
  .plein-report p { orphans: 3; widows: 3; }
  .plein-report .table, .plein-report .picture { overflow: visible; }
  .plein-report .picture svg { max-width: 100%; height: auto; }
  .plein-report th { background: #ffffff; }
  .plein-report .badge { background: #ffffff; }
}
"""

#: The report's stylesheet: the shared rules, the page's width and margins, and the
#: rules for phones and for paper.
CSS = stylesheet(".plein-report") + _REPORT.lstrip("\n")
