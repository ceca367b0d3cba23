"""Korean note families, written as Korean wards chart (terse -함/-임 endings, particles glued to names).

Development families; the held-out ones live in heldout/.
"""

# ruff: noqa: E501 (a template line is one line of the note it renders)

from emr_deid.evaluation.synthetic.families import family

FAMILIES = (
    family(
        "ko",
        "progress",
        "soap",
        "dev",
        """
[경과기록] {date:exam} {dept}
환자명: {name} ({sex}/{age}세)  등록번호: {mrn}
S) {given}님{j:은는} 어제보다 흉통 호전되었다고 함. 수면 양호.
O) {vitals}
? O) {lab}, {lab:2}
A) 불안정형 협심증 r/o, {eponym} 과거력
P) {drug} 유지, 내일 오전 심초음파 예정.
작성: {doctor:a} (전공의)
""",
    ),
    family(
        "ko",
        "progress",
        "daily",
        "dev",
        """
HD #3 {sdate:exam}
{name}{j:은는} 밤사이 발열 없었음. 식사량 1/2.
보호자({kin:a}, 배우자) 면담함: 퇴원 계획 설명하였고 {kin:a} 보호자 동의함.
? 보호자 연락처 {mobile:k}
검사: {lab} / {lab:2}
계획: {drug}, 내일 {sdate:fu} 외래 추적.
{doctor:a} 교수님 회진 시 확인함. {family}{title} 본인도 퇴원 희망함.
""",
    ),
    family(
        "ko",
        "admission",
        "chart",
        "dev",
        """
입원기록지
성명: {name}   성별/나이: {sex}/{age}   생년월일: {dob}
주민등록번호: {natid}
? 신분증: 운전면허 {license}, 여권 {passport}
주소: {address} (우편번호 {postcode})
연락처: {phone}   보호자: {kin:a} (자녀) {mobile:k}
입원일: {date:adm}   진료과: {dept}   주치의: {doctor:a}
주소(C.C.): 3일 전부터 시작된 호흡곤란
현병력: 상기 환자는 {eponym} 진단 하에 {hospital:prev}에서 f/u 중이던 자로 {sdate:onset}경부터 증상 악화되어 본원 응급실 경유하여 입원함.
? 과거력: 고혈압(+), 당뇨(+) on {drug}
? 사회력: 흡연 20갑년, 음주 주 2회
""",
    ),
    family(
        "ko",
        "admission",
        "narrative",
        "dev",
        """
{age}세 {sex}환 {name}님은 {location:home}에 거주하며 평소 독립적으로 생활하던 분으로, 내원 {sdate:onset}부터 발생한 복통을 주소로 {date:adm} 본원 {dept} 외래 통해 입원함.
타원 기록상 {hospital:prev}에서 {date:prev} 담낭절제술 시행받음.
? 신체검진: {vitals}
? 초기 검사: {lab}, {lab:2}, {lab:3}
? {kin:b} 보호자 면담 시 환자가 최근 체중 감소 있었다고 함.
진단명: 급성 췌장염 ({icd})
""",
    ),
    family(
        "ko",
        "discharge",
        "summary",
        "dev",
        """
퇴원요약
환자: {name} / 등록번호 {mrn} / {sex}/{age}
입원일자 {date:adm}  퇴원일자 {date:dc}
진단: 지역사회획득 폐렴 ({icd}), {eponym}
경과: 입원 후 {drug} 투여하며 해열되었고 {sdate:op} 추적 흉부 X선에서 호전 확인함.
퇴원약: {drug:2}, {drug:3}
외래: {sdate:fu} {doctor:a} 교수 외래 예약. 문의 {tel:ward}
""",
    ),
    family(
        "ko",
        "nursing",
        "shift",
        "dev",
        """
[간호기록] {date:exam} 14:00
{name}님 V/S 측정함. {vitals}
통증 NRS 3점으로 {drug} 투여함.
보호자 {kin:a}님이 면회 옴. 낙상 위험 교육 시행함.
? 보호자 {kin:a} 연락처 {mobile:k} 확인함.
기록: {doctor:n} RN
""",
    ),
    family(
        "ko",
        "radiology",
        "ct",
        "dev",
        """
영상판독결과지
검사명: Chest CT (contrast)   검사일: {date:exam}   검사번호: {accession}
환자명 {name}, 등록번호 {mrn}
소견: 우하엽에 2.3 cm 크기의 결절이 관찰됨. 이전 {date:prev} 검사와 비교하여 크기 증가함.
결론: 폐암 가능성 배제 못함. 조직검사 권함.
판독의: {doctor:r}
""",
    ),
    family(
        "ko",
        "consult",
        "request",
        "dev",
        """
협진의뢰
의뢰과: {dept} → 신경과
환자 {name}({age}/{sex}) 등록번호 {mrn}
{sdate:onset}부터 좌측 상하지 위약감 있어 의뢰드립니다. {eponym} r/o 부탁드립니다.
의뢰의: {doctor:a}  ({tel:ward})
회신: 신경학적 검사상 이상 소견 없음. {drug} 유지하시기 바랍니다. - {doctor:b} 드림
""",
    ),
    family(
        "ko",
        "referral",
        "letter",
        "dev",
        """
진료의뢰서
받는 병원: {hospital:to} {dept} 담당 선생님께
환자 성명: {name}   주민등록번호: {natid}
주소: {address}
전화: {phone}
상기 환자 {date:exam} 본원에서 시행한 위내시경상 진행성 위암 의심되어 정밀 검사 및 치료 위해 의뢰드립니다.
? 건강보험증번호: {insurance}
{date:report}
{hospital:from} {doctor:a} (인)
""",
    ),
    family(
        "ko",
        "lab",
        "comment",
        "dev",
        """
검사결과 설명
{name}님 {date:exam} 채혈 결과: {lab}, {lab:2}
신기능 저하 소견 있어 {drug} 용량 조절함. {sdate:fu} 재검 예정.
결과 문의는 {tel:lab} 또는 {email}로 회신 부탁드림.
""",
    ),
    family(
        "ko",
        "obstetric",
        "prenatal",
        "dev",
        """
산전진찰 기록 {date:exam}
{name}({age}세), {preg} 상태로 내원함.
LMP {date:lmp}, EDC {date:edc}.
초음파상 태아 심박동 확인됨. 태아 크기 주수에 합당함.
? 배우자 {kin:a}님 동반.
다음 방문 {sdate:fu}. 담당의 {doctor:a}
""",
    ),
    family(
        "ko",
        "outpatient",
        "std",
        "dev",
        """
비뇨의학과 외래
{name} 님({sex}/{age}) 배뇨통으로 내원.
검사상 {std} 확인되어 치료 시작함. {drug}
성파트너 검사 권유함. 다음 외래 {sdate:fu}.
""",
    ),
    family(
        "ko",
        "progress",
        "pediatric",
        "dev",
        """
[소아청소년과 경과] {sdate:exam}
환아 {given}{j:이}{j:은는} 해열제 복용 후 미열 지속됨. 특이 소견 없음, 전신 상태 양호.
모({kin:a}) 진술상 식이 섭취 양호하며 이상 행동 없었다 함.
? {lab}, {lab:2}
{eponym} 가능성 있어 심초음파 시행 예정. 정상 범위 벗어나면 {doctor:a} 선생님께 연락 바람.
""",
        cohort="child",
    ),
    family(
        "ko",
        "radiology",
        "ultrasound",
        "dev",
        """
[영상의학과 판독] 복부 초음파 / 검사일 {date:exam}
{name}({sex}/{age}) 등록번호 {mrn}
간 실질 에코 증가, 지방간 소견. 담낭 내 5 mm 크기 용종 관찰됨. 조영증강 CT 필요시 고려.
이전 검사({hospital:prev}, {date:prev})와 큰 변화 없음.
판독: {doctor:r} / 확인: {doctor:q}
""",
    ),
    family(
        "ko",
        "nursing",
        "admission_intake",
        "dev",
        """
입원 간호정보조사 {date:adm}
성명 {name}, 나이 {age}세, 종교 무교
주보호자: {kin:a}(며느리) 연락처 {mobile:k}, 부 보호자 {kin:b} {mobile:j}
거주지: {location:home}, 독거 아님
알레르기: 페니실린(+). 복용약: {drug}, {drug:2}
낙상 고위험군으로 침상 난간 올림. 간호사 {doctor:n}
""",
    ),
    family(
        "ko",
        "discharge",
        "brief",
        "dev",
        """
{name} 님 {date:dc} 퇴원. 진단 {icd} ({eponym})
입원기간 {sdate:adm}~{sdate:dc}, 합병증 없이 회복함.
퇴원 후 {hospital:to}에서 재활 치료 예정. 외래 예약 {date:fu} 오전 10시, {doctor_family:a} 교수.
""",
    ),
)
