"""Where files to import come from: paths (folders walked recursively) and manifests.

A manifest is JSON Lines or CSV, one record per article: `file` (relative to the manifest),
and optionally `title`, `published` (YYYY-MM-DD), `source` and `url`.
"""

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from articles.ingest import wire
from articles.ingest.decoding import decode_text
from articles.ingest.types import RejectedFile, Rejection, is_still_to_come


@dataclass(frozen=True)
class SourceFile:
    path: Path
    label: str
    title: str = ""
    published_on: date | None = None
    source: str = ""
    url: str = ""


def iter_paths(paths: Iterable[str | Path]) -> Iterator[SourceFile | Rejection]:
    """Every file under the given paths, in a stable order; hidden files and folders skipped."""
    for given in paths:
        path = Path(given)
        if path.is_file():
            yield SourceFile(path=path, label=str(path))
        elif path.is_dir():
            for folder, subfolders, files in os.walk(path):
                subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        file_path = Path(folder) / name
                        yield SourceFile(path=file_path, label=str(file_path))
        else:
            yield Rejection(label=str(path), reason="no such file or folder")


def iter_manifest(manifest: str | Path) -> Iterator[SourceFile | Rejection]:
    manifest = Path(manifest)
    try:
        text = read_manifest_text(manifest)
    except RejectedFile as refused:
        yield Rejection(label=str(manifest), reason=refused.reason)
        return
    if manifest.suffix.lower() == ".csv":
        records = _csv_records(text)
    else:
        records = _jsonl_records(text)
    for line_number, record in records:
        where = f"{manifest.name}, line {line_number}"
        if isinstance(record, str):
            yield Rejection(label=where, reason=record)
            continue
        yield _source_file(manifest.parent, where, record)


def read_manifest_text(manifest: Path) -> str:
    """A manifest's text in whatever encoding it was saved (a spreadsheet's CSV is often
    Windows-1252 or UTF-16); RejectedFile when it cannot be read."""
    try:
        data = manifest.read_bytes()
    except OSError as error:
        raise RejectedFile(f"it cannot be read ({error.strerror})") from error
    return decode_text(data)[0]


def _jsonl_records(text: str) -> Iterator[tuple[int, dict | str]]:
    for line_number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield line_number, f"not valid JSON ({error.msg})"
            continue
        yield line_number, record if isinstance(record, dict) else "not a JSON object"


def _csv_records(text: str) -> Iterator[tuple[int, dict | str]]:
    # Spreadsheets in many locales separate cells with ";" (or a tab) rather than ",".
    header = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=header.count)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    for row in reader:
        # The line the record ends on: a quoted cell may span several.
        yield reader.line_num, row


def _source_file(folder: Path, where: str, record: dict) -> SourceFile | Rejection:
    file_name = _text(record.get("file"))
    if not file_name:
        return Rejection(label=where, reason="the record names no file")
    path = folder / file_name
    published_text = _text(record.get("published"))
    published_on = None
    if published_text:
        published_on = _manifest_date(published_text)
        if published_on is None:
            return Rejection(
                label=str(path),
                reason=f"published “{published_text}” is not a date that reads one way "
                "(write YYYY-MM-DD)",
            )
        if is_still_to_come(published_on):
            return Rejection(
                label=str(path), reason=f"published “{published_text}” is still to come"
            )
    return SourceFile(
        path=path,
        label=str(path),
        title=_text(record.get("title")),
        published_on=published_on,
        source=_text(record.get("source")),
        url=_text(record.get("url")),
    )


def _manifest_date(text: str) -> date | None:
    """YYYY-MM-DD (a timestamp's date part too), or a spreadsheet's day that reads one way
    only ("19/04/2011", "19.04.2011", "April 19, 2011"); "03/04/2011" reads two: None."""
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return wire.first_full_date(text) if len(text) <= 40 else None


def _text(value) -> str:
    # JSON null and CSV's empty cell both mean "not given".
    return "" if value is None else " ".join(str(value).split())
