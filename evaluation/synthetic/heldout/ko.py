"""Held-out Korean families: the yardstick of the held-out split (see heldout/__init__)."""

from emr_deid.evaluation.synthetic.families import family

FAMILIES = (
    family(
        "ko",
        "operative",
        "record",
        "heldout",
        """
수술기록지
수술일 {date:op} / 환자 {name} ({mrn}) / {age}세
집도의 {doctor:a}, 보조의 {doctor:b}, 마취과 {doctor:c}
수술명: 복강경 담낭절제술
소견: 담낭벽 비후, 담석 다수. 출혈량 소량. 조직은 병리 의뢰함(병리번호 {accession}).
수술 후 {dept} 병동으로 이동함. 보호자 {kin:a}님(연락처 {mobile:k})에게 수술 결과 설명함.
""",
    ),
    family(
        "ko",
        "emergency",
        "triage",
        "heldout",
        """
응급실 초진기록 {date:adm} 02:35
{age}/{sex} {name}
119 통해 {location:scene}에서 이송됨. 의식 저하로 내원.
과거력: {eponym}, 고혈압 on {drug}
? 신분증 확인: 여권번호 {passport}
보호자 {kin:a}({mobile:k}) 도착 전.
초기 처치 후 중환자실 입실함. 담당 {doctor_family:a} 선생님께 보고함.
""",
    ),
    family(
        "ko",
        "nursing",
        "handover",
        "heldout",
        """
인계: 7병동 {name}님, {given}님 오늘 {sdate:exam} 오후 {vitals}
딸 {kin:a}씨가 상주 보호자임. 집 주소 {address}로 퇴원 후 방문간호 연계 예정.
{doctor_family:a}교수님 오더로 {drug} 중단함.
""",
    ),
    family(
        "ko",
        "discharge",
        "transfer",
        "heldout",
        """
전원 소견서
{name} (생년월일 {dob}, 주민번호 {natid})
{date:adm} 입원하여 {date:dc}까지 치료 후 요양 목적으로 {hospital:to}{j:으로} 전원함.
진단: 뇌경색 ({icd}), {eponym}
연락처: 보호자 {kin:a} {mobile:k}, 병동 {tel:ward}
건강보험증번호 {insurance}, 보호자 이메일 {email}
작성의 {doctor:a}
""",
    ),
    family(
        "ko",
        "gynecology",
        "opd",
        "heldout",
        """
산부인과 외래 {sdate:exam}
{name}님({age}세) 질 분비물 증가로 내원. 현재 {preg}.
PCR 검사에서 {std} 양성 확인되어 임신 중 사용 가능한 {drug} 처방함.
남편 {kin:a}님도 치료 필요함을 설명함. 연락처 {phone}, 우편물 수령지 {address} ({postcode})
""",
    ),
    family(
        "ko",
        "consult",
        "psychiatry",
        "heldout",
        """
정신건강의학과 협진 회신 {date:exam}
의뢰 환자 {name}({age}/{sex})는 최근 배우자 {kin:a}{j:과와} 사별 후 불면 및 식욕 저하 호소.
자살 사고는 부인함. 우울 삽화 의심되어 에스시탈로프람 5mg 시작 권함.
{given}님과 딸 {kin:b}씨에게 추후 외래 방문 안내함 ({tel:clinic}). - {doctor:b}
""",
    ),
    family(
        "ko",
        "lab",
        "pathology",
        "heldout",
        """
병리결과보고서 (병리번호 {accession})
환자: {name} / {sex} / {age}세 / 등록번호 {mrn}
채취일 {date:op}, 보고일 {date:report}
진단: 위, 내시경 점막하 절제술: 고분화 선암, 절제연 음성.
의뢰처: {hospital:from} {dept}, {doctor:a}
""",
    ),
)
