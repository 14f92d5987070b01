"""Reading TimeML (.tml) documents the way TempEval-3 does.

The plain text is the content of <TEXT> with every tag removed and XML entities
unescaped; gold TIMEX3 spans become character offsets into that plain text. The DCT
is the value of the TIMEX3 inside <DCT> and is not itself scored.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from pathlib import Path

from ..types import Timex

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<DCT>.*?<TIMEX3\b([^>]*)>", re.S)
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)\b([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    name: str
    text: str
    dct: dt.date | None
    timexes: tuple[Timex, ...]


def _attrs(raw: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in _ATTR.findall(raw)}


def _parse_date(value: str) -> dt.date | None:
    match = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", value or "")
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def parse_timeml(source: str, name: str = "") -> TimeMLDocument:
    """Parse TimeML markup into plain text, DCT and gold TIMEX3 annotations."""
    text_match = _TEXT.search(source)
    body = text_match.group(1) if text_match else ""
    dct_match = _DCT.search(source)
    dct = _parse_date(_attrs(dct_match.group(1)).get("value", "")) if dct_match else None

    pieces: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    gold: list[Timex] = []
    position = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[position : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, tag_name, raw_attrs, self_closing = tag.groups()
        if tag_name != "TIMEX3" or self_closing:
            continue
        if not closing:
            open_timex = (length, _attrs(raw_attrs))
        elif open_timex is not None:
            start, attrs = open_timex
            open_timex = None
            plain = "".join(pieces)
            gold.append(
                Timex(
                    start=start,
                    end=length,
                    text=plain[start:length],
                    type=attrs.get("type", ""),
                    value=attrs.get("value", ""),
                    mod=attrs.get("mod"),
                )
            )
    pieces.append(html.unescape(body[position:]))
    return TimeMLDocument(name=name, text="".join(pieces), dct=dct, timexes=tuple(gold))


def read_timeml(path: str | Path) -> TimeMLDocument:
    path = Path(path)
    return parse_timeml(path.read_text(encoding="utf-8"), name=path.name)


def find_timeml_files(directory: str | Path) -> list[Path]:
    """All .tml files under a directory (recursively), in a stable order."""
    return sorted(Path(directory).rglob("*.tml"))
