"""IPv4 addresses in Korean and Chinese text, where a particle or a Han character may touch the address
("10.1.2.3에서 접속", "上传至10.1.2.3。").

Presidio's IpRecognizer bounds an address with `\\b`, and between a Hangul or Han character and a digit
there is no Unicode word boundary, so it misses addresses written without a space. Here the bounds are
ASCII only; each octet is written 0-255 without leading zeros, so every match is a real address.
"""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern, SpanPatternRecognizer
from emr_deid.schemas.entity import EntityType

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
# Not inside a longer dotted number (a version 1.2.3.4.5) or an alphanumeric token.
_IPV4 = rf"(?<![0-9A-Za-z.])(?:{_OCTET}\.){{3}}{_OCTET}(?![0-9A-Za-z]|\.\d)"


class CjkIpAddressRecognizer(SpanPatternRecognizer):
    # Scanned several times faster by the other regex engine, same matches (see SpanPatternRecognizer.ON_RE).
    ON_REGEX = frozenset({"IPv4 with ASCII bounds"})
    PATTERNS = [Pattern("IPv4 with ASCII bounds", _IPV4, 0.6)]
    CONTEXT = ["IP", "IP地址", "地址", "服务器", "终端", "上传", "주소", "접속", "서버", "단말"]

    ENTITY = EntityType.IP_ADDRESS.value
