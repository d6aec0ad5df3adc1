r"""Escaping user strings for the two outputs: HTML (and SVG inside it) and Markdown.

Every string that comes from a design (a party's name, a session's title, an agreement's
text) passes through :func:`html_text` or :func:`md_text` before it is written, so that a
name such as ``<b>Bewoners</b> & co`` is shown as typed and never read as markup.
Control characters, which no reader can see and which break some parsers, are dropped
(tabs and newlines are kept).

>>> html_text('Bewoners "<Noord>" & co')
'Bewoners &quot;&lt;Noord&gt;&quot; &amp; co'
>>> print(md_text("a | b *c*\nd <i> & B&W"))
a \| b \*c\* d \<i> & B&W
"""

from __future__ import annotations

import html
import re

__all__ = ["clean", "html_text", "md_text", "shorten"]

# C0 and C1 control characters except tab and newline, and DEL.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What Markdown (CommonMark and GitHub tables) reads as syntax inside a line: its
# punctuation, a "<" that would open a tag or an autolink, an "&" that would start an
# entity ("&amp;" typed is shown as typed, not as "&").
_MD_SYNTAX = re.compile(
    r"([\\`*_\[\]|#~])|<(?=[A-Za-z/!?])|&(?=#\d+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)"
)
# What makes a line a quote, a list item, a heading's underline or a rule where it begins.
_MD_LINE_START = re.compile(r"^(?:([>+=-])|(\d+)([.)]))")


def clean(value: object) -> str:
    """``value`` as text without control characters (tabs and newlines stay)."""
    return _CONTROL.sub("", str(value))


def html_text(value: object) -> str:
    """``value`` as text that is safe in HTML content and in quoted attributes."""
    return html.escape(clean(value), quote=True)


def md_text(value: object) -> str:
    """``value`` as one line of Markdown that shows as typed (also inside a table cell).

    Markdown's own escaping, not HTML's: a backslash before its punctuation, before a
    ``<`` that would open a tag (so no raw HTML reaches a renderer) and before an ``&``
    that would start an entity, and before what would make the line a quote or a list
    item; line breaks become spaces. Text without markup stays as typed (``B&W``).
    """
    text = _MD_SYNTAX.sub(lambda m: "\\" + m.group(0), " ".join(clean(value).split()))
    return _MD_LINE_START.sub(_line_start, text)


def _line_start(match: re.Match[str]) -> str:
    # "- a" becomes "\- a"; "1. a" becomes "1\. a" (a backslash before a digit is text).
    if match.group(1):
        return "\\" + match.group(1)
    return f"{match.group(2)}\\{match.group(3)}"


def shorten(value: object, limit: int) -> str:
    """``value`` cut to at most ``limit`` characters, with an ellipsis where it was cut.

    >>> shorten("Plein 1: verkennen wat er speelt", 16)
    'Plein 1: verken…'
    """
    text = " ".join(clean(value).split())
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)].rstrip() + "…"
