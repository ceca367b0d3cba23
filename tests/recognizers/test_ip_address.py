import pytest

from emr_deid.recognizers.ip_address import CjkIpAddressRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return CjkIpAddressRecognizer(supported_language="ko")


@pytest.fixture
def found():
    def spans(recognizer, text: str) -> list[str]:
        results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
        return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]

    return spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("监护数据上传至10.110.205.22。", "10.110.205.22"),
        ("IP地址192.168.1.20，终端3号", "192.168.1.20"),
        ("IP：10.0.0.1", "10.0.0.1"),
        ("IP 8.216.120.199에서 로그인함", "8.216.120.199"),
        ("워크스테이션 IP는 72.47.235.223입니다", "72.47.235.223"),
        ("159.114.33.34로 접속 기록 확인", "159.114.33.34"),
    ],
)
def test_finds_addresses_touching_hangul_or_han_characters(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "版本1.2.3.4.5已更新",
        "数值256.1.1.1无效",
        "血钾3.5mmol/L，钠138",
        "日期2024.3.5",
        "编号A10.1.2.3",
        "버전 1.2.3.4.5로 업데이트",
        "2024.3.5.에 내원",
    ],
)
def test_ignores_numbers_that_are_no_address(recognizer, found, text):
    assert found(recognizer, text) == []
