"""Reading bytes safely (size cap checked before reading) and turning them into str.

Every function here raises `kg.errors.InputError` for a file that cannot be used; callers catch it per file.
"""

from __future__ import annotations

import codecs
import os
import stat
import unicodedata
from pathlib import Path

from kg.errors import InputError

# Encodings tried by detection when the bytes are not UTF-8 (charset-normalizer names).
CANDIDATE_ENCODINGS = ["gb18030", "big5", "cp1252", "latin_1", "utf_16"]
MAX_CHAOS = 0.2  # charset-normalizer "mess" ratio above which a guess is not confident
MIN_PLAUSIBLE = 0.95  # share of non-space characters that must be letters/digits/punctuation

_MAGIC: list[tuple[bytes, str]] = [
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"PK\x07\x08", "ZIP archive"),
    (b"\x1f\x8b", "GZIP archive"),
    (b"BZh", "BZIP2 archive"),  # confirmed below by the block magic
    (b"\xfd7zXZ\x00", "XZ archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),  # confirmed below by the PE header
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document (old Office format)"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x00asm", "WebAssembly module"),
]

_BOMS: list[tuple[bytes, str]] = [  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE BOM
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]

_TEXT_CONTROLS = frozenset(b"\t\n\r\x0b\x0c\x1b")
_SNIFF = 65536


def human_size(n: float) -> str:
    """10_000_000 -> '10 MB', 12_345_678 -> '12.3 MB', 2048 -> '2 kB', 100 -> '100 bytes'."""
    for unit, factor in (("MB", 1_000_000), ("kB", 1_000)):
        if n >= factor:
            return f"{n / factor:.1f}".rstrip("0").rstrip(".") + f" {unit}"
    return f"{int(n)} bytes"


def _size_message(size: int, cap: int) -> str:
    s, c = human_size(size), human_size(cap)
    if s == c:  # e.g. 10_000_001 bytes vs a 10 MB cap
        s = f"{size:,} bytes".replace(",", "_")
    return f"file is {s}, over the {c} cap"


def read_limited(path: str | os.PathLike, max_bytes: int) -> bytes:
    """Bytes of a regular file; the size is checked with os.stat before anything is read."""
    p = str(path)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        raise InputError("no such file or directory", path=p) from None
    except PermissionError:
        raise InputError("permission denied", path=p) from None
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", path=p) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError("is a directory", path=p)
    if not stat.S_ISREG(st.st_mode):
        raise InputError("not a regular file", path=p)  # FIFOs, sockets, devices: reading could block
    if st.st_size > max_bytes:
        raise InputError(_size_message(st.st_size, max_bytes), path=p)
    try:
        with open(p, "rb") as f:
            data = f.read(max_bytes + 1)
    except PermissionError:
        raise InputError("permission denied", path=p) from None
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", path=p) from None
    if len(data) > max_bytes:  # the file grew after stat
        raise InputError(f"file is over the {human_size(max_bytes)} cap", path=p)
    return data


def sniff_binary(data: bytes) -> str | None:
    """A short description if the bytes are clearly not text ('PNG image', ...), else None."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            if magic == b"BZh" and data[4:10] != b"1AY&SY":
                continue
            if magic == b"MZ" and b"PE\x00\x00" not in data[:1024]:
                continue
            return what
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None  # UTF-16/32 text legitimately contains NUL bytes
    head = data[:_SNIFF]
    if b"\x00" in head:
        if _bomless_utf16(data) is None:
            return "contains NUL bytes"
        return None
    controls = sum(1 for b in head if b < 0x20 and b not in _TEXT_CONTROLS) + head.count(0x7F)
    if head and controls / len(head) > 0.05:
        return "control characters"
    return None


def _bomless_utf16(data: bytes) -> str | None:
    """Decode UTF-16 without a BOM when the NUL bytes sit consistently in one byte of each pair."""
    head = data[:_SNIFF]
    if len(data) % 2 or len(head) < 4:
        return None
    even_nul = head[0::2].count(0)
    odd_nul = head[1::2].count(0)
    pairs = len(head) // 2
    if odd_nul >= 0.3 * pairs and even_nul == 0:
        enc = "utf-16-le"
    elif even_nul >= 0.3 * pairs and odd_nul == 0:
        enc = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        return None
    return text if plausible_text(text) else None


def plausible_text(text: str) -> bool:
    """True if nearly all non-space characters are letters, marks, digits, punctuation or common symbols."""
    total = good = 0
    for ch in text[:_SNIFF]:
        if ch.isspace():
            continue
        total += 1
        cat = unicodedata.category(ch)
        if cat[0] in "LNPM" or cat in ("Sc", "Sm", "Sk"):
            good += 1
    return total == 0 or good / total >= MIN_PLAUSIBLE


def decode_bytes(data: bytes, path: str | None = None) -> str:
    """Bytes -> str: BOM'd UTF-8/16/32, plain UTF-8, BOM-less UTF-16, then a confident guess among
    gb18030/big5/cp1252/latin-1/utf-16. Raises InputError for empty, binary or undecodable input."""
    if not data.strip():
        raise InputError("empty", path=path)
    what = sniff_binary(data)
    if what:
        raise InputError(f"binary file ({what})", path=path)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                raise InputError(f"cannot decode: invalid {enc.upper()} after a byte-order mark", path=path) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:_SNIFF]:
        text = _bomless_utf16(data)
        if text is not None:
            return text
    guessed = _guess(data)
    if guessed is None:
        raise InputError("cannot decode: not UTF-8 and no confident guess", path=path)
    return guessed


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported lazily: only needed for non-UTF-8 input

    try:
        best = from_bytes(data, cp_isolation=CANDIDATE_ENCODINGS, threshold=MAX_CHAOS).best()
    except Exception:  # noqa: BLE001 - a detector bug must not stop the import of other files
        return None
    if best is None or best.chaos > MAX_CHAOS:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return text if plausible_text(text) else None


def load_text(path: str | Path, max_bytes: int) -> str:
    """read_limited + decode_bytes."""
    return decode_bytes(read_limited(path, max_bytes), path=str(path))
