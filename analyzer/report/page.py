"""The jinja2 environment of the HTML pages (scan report, diff) and the Markdown subset rule docs use.

The templates live in the templates/ folder next to this module and ship with the package.
"""

from __future__ import annotations

import functools
import html
import re

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup


@functools.cache  # one environment per process keeps the compiled templates (a service renders many reports)
def environment() -> Environment:
    env = Environment(loader=PackageLoader("pinscan.report", "templates"),
                      autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["md"] = markdown
    return env


# A small Markdown subset: what rule docstrings use (## headings, paragraphs, "- " lists, `code`,
# **bold**, bare https links). Everything is escaped first; only these constructs become tags.
_INLINE = [
    (re.compile(r"`([^`]+)`"), r"<code>\1</code>"),
    (re.compile(r"\*\*([^*]+)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"(?<![\"=])(https://[^\s<)]+[^\s<).,;:])"), r'<a href="\1" rel="noreferrer">\1</a>'),
]


def _inline(text: str) -> str:
    out = html.escape(text, quote=True)
    # keep code spans literal: split on them, format the rest
    parts = re.split(r"(`[^`]+`)", out)
    done = []
    for part in parts:
        if part.startswith("`") and part.endswith("`") and len(part) > 1:
            done.append(f"<code>{part[1:-1]}</code>")
        else:
            for pattern, repl in _INLINE[1:]:
                part = pattern.sub(repl, part)
            done.append(part)
    return "".join(done)


def markdown(text: str) -> Markup:
    blocks: list[str] = []
    para: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(f"<p>{_inline(' '.join(para))}</p>")
            para.clear()
        if items:
            blocks.append("<ul>" + "".join(f"<li>{_inline(i)}</li>" for i in items) + "</ul>")
            items.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("#"):
            flush()
            level = min(len(line) - len(line.lstrip("#")) + 2, 6)
            blocks.append(f"<h{level}>{_inline(line.lstrip('#').strip())}</h{level}>")
        elif line.startswith(("- ", "* ")):
            if para:
                flush()
            items.append(line[2:])
        elif items and raw.startswith("  "):
            items[-1] += " " + line  # a wrapped list item
        else:
            if items:
                flush()
            para.append(line)
    flush()
    return Markup("\n".join(blocks))
