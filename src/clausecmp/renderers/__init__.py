"""Renderers, one module per output format, behind the protocol in ``base.py``."""

from __future__ import annotations

from importlib import import_module

from ..errors import UsageError
from .base import BaseRenderer

__all__ = ["FORMATS", "BaseRenderer", "get_renderer"]

#: format name -> (module, class)
FORMATS = {
    "text": ("text", "TextRenderer"),
    "json": ("json", "JsonRenderer"),
    "markdown": ("markdown", "MarkdownRenderer"),
    "html": ("html", "HtmlRenderer"),
    "csv": ("csv", "CsvRenderer"),
}


def get_renderer(name: str, *, color: bool = False) -> BaseRenderer:
    """The renderer for a format name (its module is imported only now)."""
    if name not in FORMATS:
        raise UsageError(f"unknown format {name!r}; choose one of {', '.join(FORMATS)}")
    module, cls = FORMATS[name]
    renderer: BaseRenderer = getattr(import_module(f".{module}", __name__), cls)(color=color)
    return renderer
