"""The notebook views' stylesheet: scoped to the view, and stronger than the notebook's own.

A view sits inside JupyterLab's output area, whose stylesheet styles every table under
``.jp-RenderedHTMLCommon``: cells right-aligned, ``table-layout: fixed`` (which squeezes a
label column), centred tables, striped and hovered rows. Each rule here starts with
:data:`SCOPE` (``div.plein-view[lang]``: one class, one attribute, one element), so it
out-ranks a rule of one class and up to two elements (``.jp-RenderedHTMLCommon td`` is
0-1-1, ours 0-2-2) wherever it sits in the page, and it says every property the notebook
would set (``text-align``, ``white-space``, ``overflow-wrap``, borders, backgrounds).
Words wrap only between themselves (``break-word`` keeps a column as wide as its longest
word); a path into the design (``$.sessions[0].programme[1]``) may wrap after each step,
where the view puts a ``<wbr>``.
Nothing outside a view is touched. Fonts are the reader's own; nothing is fetched.
"""

from __future__ import annotations

from plein.render._style import BADGE_RULES

__all__ = ["SCOPE", "VIEW_CSS"]

#: The root of every view: ``<div class="plein-view" lang="nl">``.
SCOPE = "div.plein-view[lang]"

_RULES = """
{s} {{ font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; color: #1f2933; background: #ffffff; line-height: 1.45; font-size: 14px;
  text-align: left; max-width: 1000px; padding: 4px 0; }}
{s} h3 {{ font-size: 1.15em; margin: 4px 0 8px; padding: 0; color: #243b53;
  text-align: left; font-weight: 600; font-style: normal; line-height: 1.3;
  font-family: inherit; }}
{s} p {{ margin: 4px 0 8px; text-align: left; }}
{s} p.note {{ color: #52606d; font-style: italic; }}
{s} table {{ border-collapse: collapse; border-spacing: 0; table-layout: auto; width: 100%;
  margin: 6px 0 12px; font-size: 0.95em; color: #1f2933; border: 1px solid #cbd2d9; }}
{s} table.facts {{ width: auto; border: none; }}
{s} thead {{ border-bottom: 1px solid #9aa5b1; vertical-align: bottom; }}
{s} tr {{ text-align: left; vertical-align: top; padding: 0; line-height: 1.4;
  white-space: normal; max-width: none; border: none; }}
{s} tr, {s} tbody tr:nth-child(n), {s} tbody tr:hover {{ background: transparent; }}
{s} th, {s} td {{ border: 1px solid #cbd2d9; padding: 3px 8px; text-align: left;
  vertical-align: top; white-space: normal; overflow-wrap: break-word; word-break: normal;
  max-width: none; line-height: 1.4; }}
{s} th {{ background: #f0f4f8; font-weight: 600; white-space: nowrap; }}
{s} table.facts th, {s} table.facts td {{ border: none; background: transparent;
  padding: 1px 16px 1px 0; }}
{s} table.facts th {{ color: #334e68; white-space: nowrap; overflow-wrap: normal; }}
{s} td.num, {s} th.num {{ text-align: right; font-variant-numeric: tabular-nums;
  white-space: nowrap; overflow-wrap: normal; }}
{s} figure {{ margin: 8px 0 12px; padding: 0; }}
{s} svg {{ max-width: 100%; height: auto; display: block; }}
"""

#: The views' stylesheet, every rule under :data:`SCOPE`.
VIEW_CSS = (_RULES + BADGE_RULES.lstrip("\n")).format(s=SCOPE).strip()
