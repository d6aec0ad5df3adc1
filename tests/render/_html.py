"""Reading the report's HTML back: its tags, attributes, text, sections and pictures."""

from __future__ import annotations

from html.parser import HTMLParser

from markdown_it import MarkdownIt

#: Every element the report and the views may contain; anything else is injected markup.
ALLOWED_TAGS = frozenset(
    {
        "html", "head", "meta", "title", "style", "body", "main", "header", "section",
        "h1", "h2", "h3", "p", "dl", "div", "dt", "dd", "table", "thead", "tbody", "tr",
        "th", "td", "caption", "br", "wbr", "span", "ul", "li", "figure", "figcaption",
        "svg", "g", "rect", "line", "text", "circle", "polygon", "polyline", "path",
    }
)  # fmt: skip

#: The elements Markdown's own syntax makes in the report (the Mermaid block is a code
#: block); a tag outside these came from a user's string.
MARKDOWN_TAGS = frozenset(
    {"h1", "h2", "h3", "p", "em", "strong", "ul", "li", "table", "thead", "tbody", "tr",
     "th", "td", "pre", "code"}
)  # fmt: skip


def markdown_html(text: str) -> str:
    """Markdown as a CommonMark reader with GitHub's tables shows it, as HTML."""
    return MarkdownIt("commonmark").enable("table").render(text)


class Page(HTMLParser):
    """An HTML text taken apart: its start tags with attributes, its text, its headings."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.chunks: list[str] = []
        self.h2: list[str] = []
        self.section_ids: list[str] = []
        self.svg_titles: list[str] = []
        self._open: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append((tag, found))
        if tag == "section" and found.get("id"):
            self.section_ids.append(str(found["id"]))
        if tag not in ("br", "meta"):
            self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            if self._open.pop() == tag:
                break

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)
        if self._open and self._open[-1] == "h2":
            self.h2.append(data)
        # The first <title> of an <svg> names the picture.
        if self._open[-2:] == ["svg", "title"]:
            self.svg_titles.append(data)

    @property
    def text(self) -> str:
        """All the text, entities resolved."""
        return "".join(self.chunks)

    def unexpected(self) -> list[str]:
        """Tags outside the allowed set, and attributes that run code or fetch."""
        found = [tag for tag, _ in self.tags if tag not in ALLOWED_TAGS]
        for tag, attributes in self.tags:
            for name in attributes:
                if name.startswith("on") or name in ("href", "src", "xlink:href", "xmlns"):
                    found.append(f"{tag}[{name}]")
        return found
