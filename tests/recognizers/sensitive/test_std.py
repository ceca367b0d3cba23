"""SexuallyTransmittedInfectionRecognizer: infections asserted about the patient, in English, Korean and Chinese."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.sensitive.std import SexuallyTransmittedInfectionRecognizer


def found(text: str, language: str = "en") -> list[str]:
    recognizer = SexuallyTransmittedInfectionRecognizer(supported_language=language)
    results = recognizer.analyze(text, ["SENSITIVE_STD"])
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


ENGLISH_TERMS = ["syphilis", "Gonorrhea", "chlamydia", "HIV", "AIDS", "genital herpes", "HPV", "condyloma"]


@pytest.mark.parametrize("term", ENGLISH_TERMS)
def test_english_history_is_the_disease_term(term):
    assert found(f"hx of {term} in 2019") == [term]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the gold's sentences
        ("Results positive for HPV infection; treated with doxycycline.", "en", ["HPV infection"]),
        # a problem list: the vaccine-schedule reading is for HPV alone
        ("PMH: HIV, influenza A last winter", "en", ["HIV"]),
        ("HPV, HIV positive", "en", ["HPV", "HIV"]),
        # attending an HIV or STD clinic discloses the infection
        ("HIV clinic follow-up in 3 months.", "en", ["HIV"]),
        ("Referred to STD clinic for partner services.", "en", ["STD"]),
        ("HIV clinic f/u 2주 후", "ko", ["HIV"]),
        ("性病门诊随访。", "zh", ["性病"]),
        ("new chlamydia infection, partner notified", "en", ["chlamydia infection"]),
        ("검사상 첨형 콘딜로마 확인되어 치료 시작함.", "ko", ["첨형 콘딜로마"]),
        ("PCR 결과 HIV 감염 positive.", "ko", ["HIV 감염"]),
        ("查体及化验提示HIV感染，予替诺福韦治疗。", "zh", ["HIV感染"]),
        # histories and treatments
        ("PMH: h/o gonorrhea 2015, treated.", "en", ["gonorrhea"]),
        ("Treated for syphilis with benzathine penicillin in 2020.", "en", ["syphilis"]),
        ("과거력: 매독 치료력 있음.", "ko", ["매독"]),
        ("임질은 치료됨.", "ko", ["임질"]),
        ("既往梅毒病史，已规范治疗。", "zh", ["梅毒"]),
        ("尖锐湿疣术后复查。", "zh", ["尖锐湿疣"]),
        ("Wet mount: trichomoniasis, treated with metronidazole.", "en", ["trichomoniasis"]),
        ("HIV 감염인으로 항레트로바이러스 치료 중", "ko", ["HIV 감염", "항레트로바이러스"]),
        ("未规律治疗梅毒。", "zh", ["梅毒"]),
        ("HIV viral load undetectable on ART.", "en", ["HIV"]),
        # a positive result keeps the disease term, even after a negation of something else
        ("HIV Ab positive, CD4 350.", "en", ["HIV"]),
        ("Denies fever; HIV 1/2 Ag/Ab reactive.", "en", ["HIV"]),
        ("No dysuria but chlamydia NAAT positive.", "en", ["chlamydia"]),
        ("HIV 항체 검사 양성.", "ko", ["HIV"]),
        ("梅毒螺旋体抗体阳性，TRUST 1:16。", "zh", ["梅毒", "TRUST 1:16"]),
        # a reagin or treponemal test has no disease name: the positive test is tagged with its result
        ("RPR reactive 1:8, FTA-ABS positive.", "en", ["RPR reactive 1:8", "FTA-ABS positive"]),
        ("VDRL (+)", "en", ["VDRL (+)"]),
        ("RPR 양성, 1:32", "ko", ["RPR 양성, 1:32"]),
        ("TPPA阳性", "zh", ["TPPA阳性"]),
        # an uncertain diagnosis is not a negation
        ("Syphilis not excluded; RPR pending.", "en", ["Syphilis"]),
        ("Syphilis history: treated in 2015.", "en", ["Syphilis"]),
        ("No symptoms, has HIV on HAART.", "en", ["HIV", "HAART"]),
        ("无症状梅毒，定期随访。", "zh", ["梅毒"]),
        # in a list, a result after a comma belongs to the last term only
        ("Hx: syphilis, HIV negative.", "en", ["syphilis"]),
        ("매독, HIV 음성", "ko", ["매독"]),
    ],
)
def test_asserted_infections_are_found(text, language, expected):
    assert found(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # tests, screens and orders with no result
        ("Labs sent: RPR, VDRL, HIV Ab.", "en"),
        ("STD screen ordered today.", "en"),
        ("Screened for syphilis at intake.", "en"),
        ("HIV-1/2 Ag/Ab combo test drawn.", "en"),
        ("HIV 검사 시행함.", "ko"),
        ("성병 선별검사 예정.", "ko"),
        ("梅毒螺旋体抗体检测已送检。", "zh"),
        ("HIV抗体、梅毒筛查待回报。", "zh"),
        # negated or ruled out
        ("Denies STD. No history of syphilis.", "en"),
        ("HIV negative, RPR non-reactive.", "en"),
        ("Negative for gonorrhea and chlamydia.", "en"),
        ("Chlamydia and gonorrhea NAAT negative.", "en"),
        ("Syphilis was ruled out.", "en"),
        ("HIV status: neg", "en"),
        ("매독 음성.", "ko"),
        ("매독 및 임질 병력 없음.", "ko"),
        ("HIV 항체 검사 음성.", "ko"),
        ("성병 과거력 부인함.", "ko"),
        ("Pt seen with daughter; 매독 hx denied.", "ko"),
        ("否认梅毒、淋病病史。", "zh"),
        ("否认肝炎、结核、梅毒等传染病史。", "zh"),
        ("梅毒阴性。", "zh"),
        ("HIV抗体阴性，梅毒、淋病均阴性。", "zh"),
        ("HIV Ab 음성", "ko"),
        # results shared by a panel of co-tested pathogens, and answers after a colon
        ("Serologies: HIV neg, HBsAg neg, RPR NR", "en"),
        ("HIV/HCV negative", "en"),
        ("Chlamydia trachomatis PCR: not detected", "en"),
        ("Trichomonas: none seen", "en"),
        ("HIV risk factors: none", "en"),
        ("매독 검사(RPR) 음성", "ko"),
        ("乙肝两对半、HIV、梅毒均阴性。", "zh"),
        ("HIV抗体初筛阴性，梅毒TRUST阴性。", "zh"),
        # vaccines
        ("HPV vaccine series completed.", "en"),
        ("HPV 백신 접종 완료.", "ko"),
        ("已接种HPV疫苗。", "zh"),
        ("Next due: Tdap/HPV/MenACWY at 11 y.", "en"),
        ("Vaccines given today: MenACWY, HPV, flu.", "en"),
        # look-alikes
        ("uses hearing aids, band-aids", "en"),
    ],
)
def test_tests_negations_and_generic_words_are_not_facts(text, language):
    assert found(text, language) == []
