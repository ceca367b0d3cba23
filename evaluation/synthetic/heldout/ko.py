"""Held-out Korean families: the yardstick of the held-out split (see heldout/__init__)."""

# ruff: noqa: E501 (a template line is one line of the note it renders)

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
    family(
        "ko",
        "discharge",
        "bracketed_summary",
        "heldout",
        """
퇴 원 요 약 지
등록번호: {mrn}    성명: {name}    성별/나이: {sex}/{age}
진료과: {dept}    주치의: {doctor:a}    작성 전공의: {doctor:r}
입원일자: {date:adm}    퇴원일자: {date:dc}
[주진단명] 지역사회획득 폐렴 ({icd})
[부진단명] {eponym}
[입원사유] {sdate:onset}부터 발열, 기침, 가래 있어 {hospital:from}에서 경구 항생제 복용했으나 호전 없어 본원 응급실 경유하여 입원함.
[경과요약] 입원 당시 {vitals}, {lab}. 경험적 항생제 투여 후 입원 3일째부터 해열되었고 추적 흉부 X선에서 우하엽 침윤 감소함. 객담 배양 검사 음성.
? [시술] {date:op} 기관지내시경 및 기관지폐포세척술 시행함.
[퇴원약]
 - {drug}
 - {drug}
 - {drug}
[퇴원 후 계획] {sdate:fu} {dept} 외래 {doctor_family:a} 교수 진료 예약함. 발열 재발 또는 호흡곤란 시 응급실 내원하도록 교육함.
? 보호자 {kin:a}({mobile:k})에게 퇴원 교육 및 복약 안내 시행함.
? 출력일시 {date:report} 15:02 / 출력 단말 IP {ip}
""",
    ),
    family(
        "ko",
        "certificate",
        "insurance_form",
        "heldout",
        """
진    단    서
발급번호 {accession}                 병록번호 {mrn}
환자의 성명 | {name} | 주민등록번호 | {natid}
? 영문 성명 | {roman} | 성별 | {sex}
환자의 주소 | {address} | 전화번호 | {phone}
병명 | 최종 진단: 제1요추 압박골절 | 질병분류기호 | {icd}
발병일 | {date:onset} | 진단일 | {date:exam}
치료 내용 및 향후 치료에 대한 소견 | 상기 환자는 자택 욕실에서 미끄러져 넘어진 후 발생한 요통으로 본원 내원하여 시행한 방사선 검사 및 MRI상 위 진단 하에 보조기 착용 및 약물치료 중이며, 향후 약 8주간의 안정 가료가 필요할 것으로 사료됨.
용도 | 보험회사 제출용
발행일 {date:report}
의료기관 {hospital:self} | 소재지 {location:hosp} | 전화 {tel:hosp}
의사 {doctor:a} (서명)
? 발급 신청인 {kin:a} (환자와의 관계: 가족), 신분확인 운전면허증 {license}
? 신청인 본인확인 서류: 여권 {passport}
? 진위 확인: {url}
""",
    ),
    family(
        "ko",
        "dialysis",
        "session_table",
        "heldout",
        """
인공신장실 혈액투석 기록지
{sex}/{age}세 {name} (등록번호 {mrn}) | 투석 주기 주 3회 | 혈관통로: 좌측 전완부 동정맥루
건체중 58.5kg, 투석액 칼륨 2.0, 헤파린 초회 1000단위 후 시간당 500단위
날짜 | 투석 전 체중 | 투석 후 체중 | 제수량 | 투석 전 혈압 | 비고
{sdate:onset} | 61.2kg | 58.9kg | 2.3L | 150/90 | 특이사항 없음
{sdate:adm} | 60.4kg | 58.6kg | 1.8L | 138/82 | 투석 2시간째 하지 근육경련 호소하여 생리식염수 100cc 주입 후 호전
{sdate:op} | 61.8kg | 59.0kg | 2.8L | 162/95 | 양하지 부종, 수분 섭취 제한 재교육
투석 후 활력징후 {vitals}
월례 검사({date:exam}): {lab}, 인 6.1, 알부민 3.4 → 인결합제 용량 조절 필요하여 담당의에게 보고함.
담당 간호사 {doctor:rn} / 담당의 {doctor:a}
? 응급 시 연락처: 보호자 {kin:a} {mobile:k}
? 유지 투석 예정 기관: {hospital:to} 인공신장실 ({tel:to})
""",
    ),
    family(
        "ko",
        "social_work",
        "narrative",
        "heldout",
        """
의료사회복지 상담기록 {date:exam} 상담자 사회복지사 {doctor:sw}
{dept} {doctor_family:a} 교수 의뢰로 {name}({sex}, 만 {age}세, 주민번호 {natid}) 환자 면담함. 환자는 {location:home}에서 홀로 거주하는 국민기초생활보장 수급자로 의료급여 1종(증번호 {insurance}) 대상이며 주소지는 {address}(우편번호 {postcode})임. 자녀 {kin:a}씨와는 10년 이상 연락이 끊긴 상태였으나 금일 통화 연결되어({mobile:k}) 퇴원 후 돌봄 문제를 논의함. {kin:a}씨는 경제적 어려움으로 직접 부양은 어렵다고 하여 관할 행정복지센터 맞춤형 복지팀과 {hospital:to} 입원 상담을 연계함. 긴급 의료비 지원 신청 서류를 안내하였고 서류 목록은 보호자 이메일({email})로 발송함. {sdate:fu} 재상담 예정.
""",
    ),
    family(
        "ko",
        "pediatric",
        "growth_vaccination",
        "heldout",
        """
소아청소년과 외래 ({date:exam})
환아: {name} / {sex} / 만 {age}세    차트번호 {mrn}
보호자: {kin:m} (☎ {mobile:m})
CC) 또래보다 키가 작다는 검진 결과 듣고 내원함.
신장 118.2cm(10백분위수), 체중 21.4kg(25백분위수), 신장 증가 속도 연 4cm.
골연령 검사상 역연령보다 약 1년 지연 소견. 갑상선기능검사 및 IGF-1 검사 시행함.
{given}{j:이}는 편식이 심하고 잠드는 시간이 늦다고 하여 수면, 식습관 교육함.
예방접종력: DTaP 추가접종 {sdate:prev} 완료, MMR 2차 완료, 인플루엔자 금년도 미접종 → 금일 접종 시행.
다음 방문 {sdate:fu}, 검사 결과 확인 후 {hospital:to} 소아내분비 분과 의뢰 여부 결정하기로 함.
담당의 {doctor:a}
""",
        cohort="child",
    ),
)
