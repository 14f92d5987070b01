"""Reading bytes with a size limit enforced while they stream in, never after."""

from collections.abc import Iterable
from typing import BinaryIO

from articles.ingest.types import RejectedFile

CHUNK_BYTES = 64 * 1024


class FileTooLarge(RejectedFile):
    def __init__(self, limit: int):
        super().__init__(f"it is larger than the {human_size(limit)} limit")
        self.limit = limit


def human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.3g} MB"
    if size >= 1024:
        return f"{size / 1024:.3g} KB"
    return f"{size} bytes"


def read_limited(stream: BinaryIO | Iterable[bytes], limit: int) -> bytes:
    """Read a file object or an iterable of chunks; stop and refuse once past `limit` bytes."""
    chunks = iter(lambda: stream.read(CHUNK_BYTES), b"") if hasattr(stream, "read") else stream
    collected = bytearray()
    for chunk in chunks:
        collected += chunk
        if len(collected) > limit:
            raise FileTooLarge(limit)
    return bytes(collected)
