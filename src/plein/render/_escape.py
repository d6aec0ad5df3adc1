r"""Escaping user strings for the two outputs: HTML (and SVG inside it) and Markdown.

Every string that comes from a design (a party's name, a session's title, an agreement's
text) passes through :func:`html_text` or :func:`md_text` before it is written, so that a
name such as ``<b>Bewoners</b> & co`` is shown as typed and never read as markup.
Control characters, which no reader can see and which break some parsers, are dropped
(tabs and newlines are kept).

>>> html_text('Bewoners "<Noord>" & co')
'Bewoners &quot;&lt;Noord&gt;&quot; &amp; co'
>>> print(md_text("a | b *c*\nd <i>"))
a \| b \*c\* d &lt;i&gt;
"""

from __future__ import annotations

import html
import re

__all__ = ["clean", "html_text", "md_text", "shorten"]

# C0 and C1 control characters except tab and newline, and DEL.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What Markdown (CommonMark and GitHub tables) reads as syntax inside a line.
_MD_SYNTAX = re.compile(r"([\\`*_\[\]|#~])")


def clean(value: object) -> str:
    """``value`` as text without control characters (tabs and newlines stay)."""
    return _CONTROL.sub("", str(value))


def html_text(value: object) -> str:
    """``value`` as text that is safe in HTML content and in quoted attributes."""
    return html.escape(clean(value), quote=True)


def md_text(value: object) -> str:
    """``value`` as one line of Markdown that shows as typed (also inside a table cell).

    Markup characters are escaped: ``<`` and ``&`` as entities (so no raw HTML reaches a
    renderer), Markdown punctuation with a backslash; line breaks become spaces.
    """
    text = html.escape(" ".join(clean(value).split()), quote=False)
    return _MD_SYNTAX.sub(r"\\\1", text)


def shorten(value: object, limit: int) -> str:
    """``value`` cut to at most ``limit`` characters, with an ellipsis where it was cut.

    >>> shorten("Plein 1: verkennen wat er speelt", 16)
    'Plein 1: verken…'
    """
    text = " ".join(clean(value).split())
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)].rstrip() + "…"
