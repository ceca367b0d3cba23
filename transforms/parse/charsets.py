"""Character sets as hospitals declare them (HL7 v2 MSH-18, HTTP-style `charset=`) -> Python codecs.

Legacy labels are read the way the WHATWG Encoding Standard reads them, because that is what sending
systems actually emit under those labels: "EUC-KR" / "KS X 1001" bytes are decoded as CP949 (a strict
superset, identical on every EUC-KR byte sequence, which also covers the UHC Hangul hospitals send),
and "GB2312" as GBK (same reasoning). GB 18030 is its own codec. Decoding is strict: bytes that do not
fit the declared charset raise `CharsetMismatch`, and the message is dead-lettered, never half-decoded.
"""

from __future__ import annotations

import re


class UnsupportedCharset(ValueError):
    """A declared charset this parser does not read."""


class CharsetMismatch(ValueError):
    """Bytes that are not valid in their declared charset."""


# HL7 table 0211 values and the common non-standard spellings, normalised by `_normalise_label`.
_CODEC_BY_LABEL = {
    "ASCII": "ascii",
    "USASCII": "ascii",
    "ISOIR6": "ascii",
    "UNICODE": "utf-8",  # HL7's bare "UNICODE" is sent as UTF-8 in practice (UTF-16 cannot frame ER7)
    "UNICODEUTF8": "utf-8",
    "UTF8": "utf-8",
    "KSX1001": "cp949",
    "KSC5601": "cp949",
    "KSC56011987": "cp949",
    "EUCKR": "cp949",
    "CP949": "cp949",
    "MS949": "cp949",
    "UHC": "cp949",
    "WINDOWS949": "cp949",
    "GB180302000": "gb18030",
    "GB180302005": "gb18030",
    "GB18030": "gb18030",
    "GBK": "gbk",
    "CP936": "gbk",
    "GB2312": "gbk",
    "EUCCN": "gbk",
    "BIG5": "big5",
    **{f"8859{n}": f"iso8859_{n}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 15)},
    **{f"ISO8859{n}": f"iso8859_{n}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 15)},
    "LATIN1": "iso8859_1",
    "WINDOWS1252": "cp1252",
    "CP1252": "cp1252",
}
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")


def _normalise_label(label: str) -> str:
    return _NOT_ALNUM.sub("", label.upper())


def codec_for(label: str | None, default: str = "utf-8") -> str:
    """The Python codec for a declared charset label; `default` when nothing is declared."""
    if label is None or not label.strip():
        return default
    codec = _CODEC_BY_LABEL.get(_normalise_label(label))
    if codec is None:
        raise UnsupportedCharset(f"unsupported charset label {label.strip()[:40]!r}")
    return codec


def decode_strict(data: bytes, codec: str) -> str:
    """`data` decoded with `codec`, or `CharsetMismatch` naming the byte offset (never the bytes)."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise CharsetMismatch(f"bytes are not valid {codec} (first bad byte at offset {error.start})") from None
