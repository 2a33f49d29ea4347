"""Checks every input passes before it becomes a Document: size, decoding, binary, empty, English."""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

__all__ = ["DEFAULT_MAX_BYTES", "MAX_CHARS", "decode", "check_text", "looks_english"]

DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # one article over 10 MiB is not an article
# spaCy's parser refuses longer texts (nlp.max_length, error E088): refuse them here, with the reason.
MAX_CHARS = 1_000_000

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode(data: bytes) -> str:
    """Bytes as text: UTF-8 (a BOM of UTF-8/16/32 is honoured and dropped); anything else is refused.

    Raises InputError with the reason: binary data, invalid UTF-8 with the offset of the first bad byte.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {encoding} after its byte-order mark at byte {exc.start}") from None
    if b"\x00" in data[:65536]:
        # UTF-16 without a BOM is mostly NUL bytes every other byte; say so rather than 'binary'.
        sample = data[:4096]
        if len(sample) >= 8 and all(sample[i::4].count(0) > len(sample) * 0.2 for i in (1, 2)) and (
                sample[3::4].count(0) > len(sample) * 0.2 or sample[0::4].count(0) > len(sample) * 0.2):
            raise InputError("looks like UTF-32 without a byte-order mark; convert it to UTF-8 (iconv -f UTF-32LE -t UTF-8)")
        if len(sample) >= 4 and (sample[1::2].count(0) > len(sample) * 0.4 or sample[0::2].count(0) > len(sample) * 0.4):
            raise InputError("looks like UTF-16 without a byte-order mark; convert it to UTF-8 (iconv -f UTF-16LE -t UTF-8)")
        raise InputError("binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8, e.g. iconv -f latin1 -t UTF-8"
        ) from None


# Frequent English function words: a text of real English has many of them.
_ENGLISH = frozenset(
    "the of and to a in is was that for on it with as by at he said his from be have has are an "
    "this not but had were which they their its who been after will would more or also she her "
    "over about than when one two up out into last year new government president"
    .split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def looks_english(text: str, *, min_words: int = 25, min_share: float = 0.12) -> bool:
    """True unless the text is long enough to judge and has too few English function words.

    English news prose has 30-45% of its words in this list; French, German, Spanish or Chinese have
    almost none. Short texts get the benefit of the doubt.
    """
    sample = text[:20000]
    # Scripts written without spaces (Chinese, Japanese, Thai) make few 'words': judge them by their letters.
    letters = [c for c in sample if c.isalpha()]
    if len(letters) >= 2 * min_words and sum(1 for c in letters if c < "\u0250") < len(letters) / 2:
        return False
    words = _WORD.findall(sample)
    if len(words) < min_words:
        return True
    hits = sum(1 for w in words if w.lower() in _ENGLISH)
    return hits / len(words) >= min_share


def check_text(text: str, *, max_bytes: int = DEFAULT_MAX_BYTES, check_language: bool = True) -> None:
    """Raise InputError with a one-line reason when ``text`` can't be read as an English article."""
    if not text or not text.strip():
        raise InputError("empty: no text to read" if not text else "whitespace only: no text to read")
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise InputError(f"too large: {size:,} bytes of text, over the limit of {max_bytes:,} (--max-bytes)")
    if len(text) > MAX_CHARS:
        raise InputError(f"too long: {len(text):,} characters, over the parser's limit of {MAX_CHARS:,} per article; "
                         "split it into articles")
    controls = len(_CONTROL.findall(text[:65536]))
    if controls > max(8, len(text[:65536]) // 100):
        raise InputError(f"binary data: {controls} control characters in the first 64 KiB, not text")
    if "\x00" in text:
        raise InputError("NUL characters in the text: binary or corrupt data")
    if check_language and not looks_english(text):
        raise InputError("not English: too few English words (newsgraph reads English news)")
