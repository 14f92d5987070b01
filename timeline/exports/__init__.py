"""Exports of a timeline's approved events, one module per format.

Each builder takes data already loaded by `timeline.selectors.public` (plain dataclasses,
public fields only) and the site's base URL, and returns the document as text, so every
format is tested without HTTP. `docs/exports.md` documents the formats.
"""
