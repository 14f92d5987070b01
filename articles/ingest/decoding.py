"""Bytes to text: recognise binary files, then decode whatever encoding a newsroom file is in.

UTF-8 (with or without a byte-order mark), UTF-16 and UTF-32 (with a mark, or UTF-16 without
one), Windows-1252 and Latin-1 decode exactly. Other single-byte encodings (Cyrillic, Greek,
Central European) are left to charset-normalizer. A file that is mostly UTF-8 but damaged is
refused rather than guessed at: a wrong guess would store mojibake that every later offset,
quote and search depends on.
"""

import codecs
import re

from charset_normalizer import from_bytes

from articles.ingest.types import RejectedFile

# Formats people drop by mistake, named so the message says what the file really is.
BINARY_SIGNATURES: list[tuple[bytes, str]] = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF media file (WebP, WAV or AVI)"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x7fELF", "a Linux executable"),
    (b"\xcf\xfa\xed\xfe", "a macOS executable"),
    (b"\xca\xfe\xba\xbe", "a Java class or macOS executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc/.xls); save it as .docx"),
    (b"ID3", "an MP3 file"),
    (b"OggS", "an Ogg media file"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"SQLite format 3\x00", "an SQLite database"),
]

BOMS: list[tuple[bytes, str]] = [
    # UTF-32 first: its little-endian mark starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]

# Encodings whose printable range Windows-1252 decodes identically or better for news text.
WESTERN_SINGLE_BYTE = {"cp1252", "latin_1", "iso8859_15", "iso8859_1", "windows_1252"}
# A valid multi-byte UTF-8 sequence: its presence in a file that fails strict UTF-8 means a
# damaged UTF-8 file, not a legacy encoding.
UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
HIGH_BYTES = re.compile(rb"[\x80-\xff]")
# C0 and C1 controls but tab, newline, vertical tab, form feed and carriage return: a few are
# debris to drop, many mean binary data.
STRAY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
MAX_STRAY_CONTROLS = 8


def describe_binary(data: bytes) -> str | None:
    """Name the binary format the bytes start with, or None when they could be text."""
    for signature, description in BINARY_SIGNATURES:
        if data.startswith(signature):
            return description
    # "MZ" also begins ordinary words; an executable has NULs right after it.
    if data.startswith(b"MZ") and b"\x00" in data[:1024]:
        return "a Windows executable"
    return None


def _looks_like_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: ASCII text leaves a NUL in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > half * 0.3 and even_nuls < half * 0.05:
        return "utf-16-le"
    if even_nuls > half * 0.3 and odd_nuls < half * 0.05:
        return "utf-16-be"
    return None


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """A file that is not UTF-8: Windows-1252 when that reads right, else charset-normalizer."""
    candidates = [
        match.encoding
        for match in from_bytes(data[:200_000])
        if not match.encoding.startswith(("utf_16", "utf_32"))
    ]
    # charset-normalizer often ranks a Baltic or Central European code page first for short
    # English or French text; Windows-1252 among its candidates is the safer reading here.
    if not candidates or WESTERN_SINGLE_BYTE & set(candidates):
        try:
            return data.decode("cp1252"), "windows-1252"
        except UnicodeDecodeError:
            # Five bytes are undefined in Windows-1252; Latin-1 reads them as C1 controls.
            return data.decode("latin-1"), "latin-1"
    encoding = candidates[0]
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError) as error:
        raise RejectedFile("its text encoding could not be recognised") from error


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes; return (text, encoding name) or raise RejectedFile."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise RejectedFile(
                    f"it starts with a {encoding.upper()} byte-order mark but is not valid "
                    f"{encoding.upper()} (byte {error.start})"
                ) from error
            return check_controls(text), encoding.replace("-sig", "")

    binary = describe_binary(data)
    if binary:
        raise RejectedFile(f"it is {binary}, not text")

    if b"\x00" in data:
        utf16 = _looks_like_utf16(data)
        if utf16:
            try:
                return check_controls(data.decode(utf16)), utf16
            except UnicodeDecodeError:
                pass
        raise RejectedFile("it contains NUL bytes: binary data, not text")

    try:
        return check_controls(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as error:
        damaged_at = error.start
    sequences = UTF8_MULTIBYTE.findall(data)
    stray_high_bytes = len(HIGH_BYTES.findall(data)) - sum(len(seq) for seq in sequences)
    if sequences and len(sequences) >= stray_high_bytes:
        raise RejectedFile(
            f"it is not valid UTF-8 (bad byte 0x{data[damaged_at]:02X} at position "
            f"{damaged_at}): the file looks damaged; save it again as UTF-8"
        )
    text, encoding = _decode_legacy(data)
    return check_controls(text), encoding


def check_controls(text: str) -> str:
    """Refuse text full of control characters (binary data); drop a few stray ones."""
    if "\x00" in text:
        raise RejectedFile("it contains NUL characters: binary data, not text")
    strays = len(STRAY_CONTROLS.findall(text))
    if strays > MAX_STRAY_CONTROLS and strays > len(text) // 1000:
        raise RejectedFile("it contains control characters: binary data, not text")
    return STRAY_CONTROLS.sub("", text) if strays else text
