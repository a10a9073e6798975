"""HTML bodies: rendering to text and URL extraction (links, sources, forms, refresh, CSS) with lexbor."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from mailwarden.message.model import Url
from mailwarden.message.urls import normalise_url

# A line break before block-level tags so their texts do not run together; lexbor's text()
# joins text nodes with one separator, which would either glue words or split inline runs.
_BLOCK = re.compile(
    r"<(?=/?(?:p|div|br|tr|li|h[1-6]|table|blockquote|pre|hr|section|article|header|footer|ul|ol|dd|dt)\b)",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)""", re.IGNORECASE)
_REFRESH_URL = re.compile(r"""url\s*=\s*['"]?([^'"\s>]+)""", re.IGNORECASE)
# lexbor is quadratic in two shapes seen in hostile mail: one tag with tens of thousands of
# attributes (an unquoted value full of spaces: 0.8 s for 450 KB) and deep nesting of block
# elements (40,000 nested <div>: 1.9 s). Both are defused before parsing.
_LONG_TAG_CHARS = 4096
_MAX_ATTRS = 64
_MANY_TAGS = 4000
_MAX_NESTING = 512
_LONG_TAG = re.compile(rf"<[a-zA-Z][^<>]{{{_LONG_TAG_CHARS},}}")
_ATTR = re.compile(r"""[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*))?""")
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>?")
# Void elements and those the HTML parser closes implicitly do not deepen the tree.
_FLAT = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr")
).union(("p", "li", "td", "th", "tr", "option", "dt", "dd"))
_INVISIBLE = ["script", "style", "noscript", "template", "head", "title"]
_SRC_TAGS = ", ".join(
    f"{tag}[src]" for tag in ("img", "script", "iframe", "frame", "embed", "source", "input", "video", "audio")
)


def _trim_attrs(m: re.Match[str]) -> str:
    tag = m.group(0)
    name = re.match(r"<[a-zA-Z][a-zA-Z0-9]*", tag)
    end = name.end() if name else 1
    attrs = _ATTR.findall(tag, end)
    if len(attrs) <= _MAX_ATTRS:
        return tag
    return tag[:end] + " " + " ".join(attrs[:_MAX_ATTRS])


def _flatten(html: str) -> str:
    """Drop start and end tags nested deeper than _MAX_NESTING (their text stays)."""
    out: list[str] = []
    last = depth = 0
    for m in _TAG.finditer(html):
        if m.group(2).lower() in _FLAT:
            continue
        if m.group(1):
            deep = depth > _MAX_NESTING
            depth = max(depth - 1, 0)
        else:
            depth += 1
            deep = depth > _MAX_NESTING
        if deep:
            out.append(html[last : m.start()])
            last = m.end()
    out.append(html[last:])
    return "".join(out)


def defuse_html(html: str) -> str:
    """``html`` with the shapes that make lexbor slow removed; ordinary documents are unchanged."""
    if len(html) > _LONG_TAG_CHARS and _LONG_TAG.search(html):
        html = _LONG_TAG.sub(_trim_attrs, html)
    if html.count("<") > _MANY_TAGS:
        html = _flatten(html)
    return html


def html_to_text(html: str) -> str:
    """Visible text of an HTML document (script/style dropped, link text kept, blocks on new lines)."""
    if not html:
        return ""
    tree = LexborHTMLParser(_BLOCK.sub("\n<", defuse_html(html)))
    tree.strip_tags(_INVISIBLE)
    root = tree.body or tree.root
    if root is None:
        return ""
    text = root.text(deep=True, separator="", strip=False)
    text = _SPACES.sub(" ", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


def extract_html_urls(html: str, limit: int | None = None, source: str = "html") -> list[Url]:
    """URLs an HTML document links to or loads, with the anchor text of links.

    ``source`` names plain links; sources are ``html-src`` (img/script/iframe...), ``html-form``
    (form actions), ``html-meta`` (meta refresh) and ``html-css`` (CSS ``url()``). Pass
    ``source="attachment"`` to label everything found in an attached document that way.
    """
    if not html:
        return []
    found: list[Url] = []
    cap = limit if limit is not None else 1 << 62

    def add(raw: str | None, kind: str, anchor: str | None = None) -> bool:
        if raw:
            url = normalise_url(raw, kind if source == "html" else source, anchor)
            if url is not None:
                found.append(url)
        return len(found) < cap

    tree = LexborHTMLParser(defuse_html(html))
    for node in tree.css("a[href], area[href]"):
        anchor = node.text(deep=True, separator=" ", strip=True) or None
        if not add(node.attributes.get("href"), "html", anchor):
            return found
    for node in tree.css(_SRC_TAGS):
        if not add(node.attributes.get("src"), "html-src"):
            return found
    for node in tree.css("form[action], button[formaction]"):
        attrs = node.attributes
        if not add(attrs.get("action") or attrs.get("formaction"), "html-form"):
            return found
    for node in tree.css("meta[http-equiv]"):
        attrs = node.attributes
        if (attrs.get("http-equiv") or "").lower() == "refresh":
            m = _REFRESH_URL.search(attrs.get("content") or "")
            if m and not add(m.group(1), "html-meta"):
                return found
    for m in _CSS_URL.finditer(html):
        if not add(m.group(1), "html-css"):
            return found
    return found
