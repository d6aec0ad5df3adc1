"""A report as a plain structure of sections, written out as HTML or as Markdown.

The report's content is built once (:mod:`plein.render._report`) as a :class:`Document`
of :class:`Section` values made of a few kinds of part (a paragraph, a list of facts, a
table, a bullet list, a figure). :func:`to_html` and :func:`to_markdown` write the same
document, so both formats have the same sections by construction. Every text in a part
is plain text, escaped here; only a :class:`Figure`'s SVG is markup, made by
:mod:`plein.render._svg`, which escapes what it takes from the design.

>>> doc = Document("Verslag", "nl", sections=(
...     Section("intro", "Inleiding", (Paragraph("Wij & <jij>"),)),
... ))
>>> "<p>Wij &amp; &lt;jij&gt;</p>" in to_html(doc)
True
>>> print(to_markdown(doc))
# Verslag
<BLANKLINE>
## Inleiding
<BLANKLINE>
Wij & \\<jij>
<BLANKLINE>
"""

from __future__ import annotations

import re
from typing import TypeAlias

import attrs

from plein.checks import Lang
from plein.render._escape import html_text, md_text
from plein.render._style import CSS

__all__ = [
    "Badge",
    "Bullets",
    "Cell",
    "Document",
    "Facts",
    "Figure",
    "Heading",
    "Keep",
    "Paragraph",
    "Part",
    "Section",
    "Table",
    "cell_html",
    "part_html",
    "table_html",
    "to_html",
    "to_markdown",
]


@attrs.frozen
class Badge:
    """A short status shown with a tone: ``ok``, ``warn``, ``bad`` or ``muted``."""

    text: str
    tone: str = "muted"


#: What a table cell or a fact holds: text, lines of text, or a badge.
Cell: TypeAlias = str | tuple[str, ...] | Badge


@attrs.frozen
class Paragraph:
    """A paragraph of text; ``note`` shows it quieter (an explanation, an empty state)."""

    text: str
    note: bool = False


@attrs.frozen
class Heading:
    """A heading within a section (a session, a group of rows)."""

    text: str


@attrs.frozen
class Facts:
    """Labelled values: a definition list in HTML, a bullet list in Markdown."""

    items: tuple[tuple[str, Cell], ...]


@attrs.frozen
class Table:
    """A table; ``numeric`` lists the columns that hold numbers (aligned right).

    ``caption`` says what the table shows (read out by screen readers; Markdown has
    no captions: its headings say it). ``row_headers`` makes each row's first cell the
    header of that row (``<th scope="row">``).
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    numeric: tuple[int, ...] = ()
    caption: str = ""
    row_headers: bool = False


@attrs.frozen
class Bullets:
    """A bullet list of texts."""

    items: tuple[str, ...]


@attrs.frozen
class Figure:
    """An inline SVG picture with its caption.

    In Markdown a figure is its ``mermaid`` text as a fenced ``mermaid`` block (which
    GitHub and GitLab draw) under its caption, or nothing when it has no such text.
    """

    svg: str
    caption: str
    mermaid: str = ""
    #: The same picture laid out for a phone, shown instead of ``svg`` on a narrow screen.
    narrow_svg: str = ""


@attrs.frozen
class Keep:
    """Parts that belong together on paper (a session's table and its picture): printed
    on one page where they fit."""

    parts: tuple[Paragraph | Heading | Facts | Table | Bullets | Figure, ...]


Part: TypeAlias = Paragraph | Heading | Facts | Table | Bullets | Figure | Keep


@attrs.frozen
class Section:
    """One section of the report, with a stable ``key`` (its HTML id)."""

    key: str
    title: str
    parts: tuple[Part, ...]


@attrs.frozen
class Document:
    """A whole report: a title, what it is about, and its sections."""

    title: str
    lang: Lang
    subtitle: str = ""
    meta: tuple[tuple[str, Cell], ...] = ()
    notice: str = ""
    sections: tuple[Section, ...] = ()


# -- HTML --------------------------------------------------------------------------------


def to_html(doc: Document) -> str:
    """The document as one self-contained HTML page: inline CSS, no script, no links."""
    body = "\n".join(_section_html(section) for section in doc.sections)
    header = [f"<h1>{html_text(doc.title)}</h1>"]
    if doc.subtitle:
        header.append(f'<p class="subtitle">{html_text(doc.subtitle)}</p>')
    if doc.meta:
        header.append(_facts_html(Facts(doc.meta)))
    if doc.notice:
        header.append(f'<p class="notice">{html_text(doc.notice)}</p>')
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html_text(doc.lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html_text(doc.title)}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n"
        f'<main class="plein-report">\n<header>\n{"".join(header)}\n</header>\n'
        f"{body}\n</main>\n</body>\n</html>\n"
    )


def _section_html(section: Section) -> str:
    parts = "\n".join(part_html(part) for part in section.parts)
    key = html_text(section.key)
    return (
        f'<section id="{key}" class="section">\n'
        f"<h2>{html_text(section.title)}</h2>\n{parts}\n</section>"
    )


def part_html(part: Part) -> str:
    """One part as HTML."""
    if isinstance(part, Paragraph):
        css = ' class="note"' if part.note else ""
        return f"<p{css}>{html_text(part.text)}</p>"
    if isinstance(part, Heading):
        return f"<h3>{html_text(part.text)}</h3>"
    if isinstance(part, Facts):
        return _facts_html(part)
    if isinstance(part, Table):
        return table_html(part)
    if isinstance(part, Bullets):
        items = "".join(f"<li>{html_text(item)}</li>" for item in part.items)
        return f"<ul>{items}</ul>"
    if isinstance(part, Keep):
        return '<div class="keep">' + "\n".join(part_html(p) for p in part.parts) + "</div>"
    # The picture scrolls inside its own box where the screen is narrower than it.
    pictures = f'<div class="picture">{part.svg}</div>'
    if part.narrow_svg:
        pictures = (
            f'<div class="picture wide">{part.svg}</div>'
            f'<div class="picture narrow">{part.narrow_svg}</div>'
        )
    return f"<figure>{pictures}<figcaption>{html_text(part.caption)}</figcaption></figure>"


def _facts_html(facts: Facts) -> str:
    rows = "".join(
        f"<div><dt>{html_text(label)}</dt><dd>{cell_html(value)}</dd></div>"
        for label, value in facts.items
    )
    return f'<dl class="facts">{rows}</dl>'


def cell_html(cell: Cell) -> str:
    """A cell's content as HTML: lines become line breaks, a badge a coloured label."""
    if isinstance(cell, Badge):
        return f'<span class="badge {html_text(cell.tone)}">{html_text(cell.text)}</span>'
    if isinstance(cell, tuple):
        return "<br>".join(html_text(line) for line in cell)
    return html_text(cell)


def table_html(table: Table) -> str:
    """A table as HTML in a box that scrolls sideways on a narrow screen: a caption,
    the header row in ``<thead>`` with ``scope="col"``, and row headers where asked."""

    def css(column: int) -> str:
        return ' class="num"' if column in table.numeric else ""

    def cell(column: int, value: Cell) -> str:
        if column == 0 and table.row_headers:
            return f'<th scope="row"{css(column)}>{cell_html(value)}</th>'
        return f"<td{css(column)}>{cell_html(value)}</td>"

    head = "".join(
        f'<th scope="col"{css(c)}>{html_text(h)}</th>' for c, h in enumerate(table.headers)
    )
    rows = "".join(
        "<tr>" + "".join(cell(c, v) for c, v in enumerate(row)) + "</tr>" for row in table.rows
    )
    caption = f"<caption>{html_text(table.caption)}</caption>" if table.caption else ""
    return (
        f'<div class="table"><table>{caption}<thead><tr>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )


# -- Markdown ----------------------------------------------------------------------------


def to_markdown(doc: Document) -> str:
    """The document as Markdown: the same sections, tables and lists; of the pictures,
    those that have a Mermaid text, as ``mermaid`` code blocks."""
    lines = [f"# {md_text(doc.title)}", ""]
    if doc.subtitle:
        lines += [md_text(doc.subtitle), ""]
    if doc.meta:
        lines += [*_facts_md(Facts(doc.meta)), ""]
    if doc.notice:
        lines += [f"*{md_text(doc.notice)}*", ""]
    for section in doc.sections:
        lines += [f"## {md_text(section.title)}", ""]
        for part in section.parts:
            rendered = _part_md(part)
            if rendered:
                lines += [*rendered, ""]
    return "\n".join(lines)


def _part_md(part: Part) -> list[str]:
    if isinstance(part, Paragraph):
        return [f"*{md_text(part.text)}*" if part.note else md_text(part.text)]
    if isinstance(part, Heading):
        return [f"### {md_text(part.text)}"]
    if isinstance(part, Facts):
        return _facts_md(part)
    if isinstance(part, Table):
        return _table_md(part)
    if isinstance(part, Bullets):
        return [f"- {md_text(item)}" for item in part.items]
    if isinstance(part, Keep):
        lines: list[str] = []
        for inner in part.parts:
            rendered = _part_md(inner)
            if rendered:
                lines += [*([""] if lines else []), *rendered]
        return lines
    if not part.mermaid:
        return []
    # A fence longer than any run of backticks in the text, so that none can close it.
    fence = "`" * max([3, *(len(run) + 1 for run in re.findall("`+", part.mermaid))])
    return [f"**{md_text(part.caption)}**", "", f"{fence}mermaid", part.mermaid.rstrip("\n"), fence]


def _facts_md(facts: Facts) -> list[str]:
    return [f"- **{md_text(label)}**: {_cell_md(value)}" for label, value in facts.items]


def _cell_md(cell: Cell) -> str:
    if isinstance(cell, Badge):
        return md_text(cell.text)
    if isinstance(cell, tuple):
        return "; ".join(md_text(line) for line in cell)
    return md_text(cell)


def _table_md(table: Table) -> list[str]:
    rule = ["---:" if c in table.numeric else "---" for c in range(len(table.headers))]
    lines = [
        "| " + " | ".join(md_text(h) for h in table.headers) + " |",
        "| " + " | ".join(rule) + " |",
    ]
    lines += ["| " + " | ".join(_cell_md(v) for v in row) + " |" for row in table.rows]
    return lines
