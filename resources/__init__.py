"""Files shipped with the application: fonts, translations, icons, templates."""

from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Return the path of a shipped resource, e.g. resource_path('fonts', 'DejaVuSans.ttf')."""
    path = _ROOT.joinpath(*parts).resolve()
    if _ROOT not in path.parents and path != _ROOT:
        raise ValueError(f"resource path {'/'.join(parts)!r} points outside the resources folder")
    return path
