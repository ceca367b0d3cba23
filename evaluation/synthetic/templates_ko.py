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
    family(
        "ko",
        "operative",
        "bracket_banner",
        "dev",
        """
수 술 기 록 지
──────────────────────────────
[{mrn}] {name} ({age}/{sex})  {dept} / 병동 7W-712
수술일시: {date:op} 09:40 ~ 12:15
수술 전 진단: 총담관결석 ({icd})   수술 후 진단: 동일
수술명: 복강경 담낭절제술
집도의: {doctor:a}   보조의: {doctor:b}   마취의: {doctor:c} (전신마취)
수술 소견: 담낭벽 비후 및 주위 유착 심함. Calot 삼각 박리 후 담낭관 결찰함. {eponym} 과거력 있어 출혈 주의함.
출혈량 약 50cc, 수혈 없음. 배액관 1개 거치.
? 수술 후 처방: {drug}, {drug:2}
? 수술 후 보호자 {kin:a}님께 수술 경과 설명함 (연락처 {mobile:k}).
""",
    ),
    family(
        "ko",
        "anesthesia",
        "kv_table",
        "dev",
        """
| 마취 전 환자상태 평가 |  |
|---|---|
| 환자 | {name} / {sex} / 만 {age}세 |
| 병록번호 | {mrn} |
| 평가일 | {date:exam} |
| 예정 수술 | 인공슬관절 치환술 ({dept}) |
| ASA 등급 | II |
| 기도 평가 | Mallampati II, 개구 3횡지 |
| 복용약 | {drug}, {drug:2} |
| 검사 | {lab}, {lab:2} |
| 평가의 | {doctor:a} |
마취 방법: 척추마취 우선, 실패 시 전신마취로 전환. 수술 전날 자정부터 금식.
""",
    ),
    family(
        "ko",
        "nursing",
        "sbar_bullets",
        "dev",
        """
<인계> {sdate:exam} 나이트→데이
- 환자번호 {mrn}번 {name}님({age}세), 7병동 3호실 창가 침상
- S: 새벽 3시경 흉부 불편감 호소, 당직의 {doctor:b} 선생님 notify함.
- B: {eponym}, 고혈압으로 {drug} 복용 중
- A: {vitals}, 의식 명료
- R: 오전 중 {lab} 재검, 결과 보고 필요
- 보호자: {kin:a}(아들) {mobile:k} / 야간 상주 안 함
인계자 {doctor:n} → 인수자 {doctor:m}
""",
    ),
    family(
        "ko",
        "emergency",
        "ktas_bar",
        "dev",
        """
응급실 초기평가 ({date:adm} 02:47 내원)
KTAS 2단계 | 내원수단: 119 구급차 | 발생장소: {location:scene} 자택
등록번호: {mrn}   건강보험 증번호 {insurance}
{age}세 {sex}. 2시간 전부터 시작된 좌측 편마비, 구음장애로 내원함.
최종 정상 확인 시각(LKW) 00:30, NIHSS 9점. {vitals}
? 보호자: 배우자 {kin:a} ({phone})
뇌졸중 코드 활성화, 신경과 {doctor:a} 선생님 연락함. {drug} 투여 고려.
응급의학과 전공의 {doctor:e}
""",
    ),
    family(
        "ko",
        "death",
        "spaced_labels",
        "dev",
        """
사망 요약지
성 명: {name}           주민등록번호: {natid}
주 소: {address}
입원일: {date:adm}      사망일시: {date:dc} 04시 12분
사망장소: {hospital:here} 중환자실
직접사인: 패혈성 쇼크 / 선행사인: 폐렴 ({icd})
경과: 입원 후 {drug} 및 승압제 투여했으나 반응 없었음. DNR 동의서 {kin:a}(장남) 작성함.
사망 선언: {doctor:a}, 유족 {kin:a} 님께 설명함.
""",
    ),
    family(
        "ko",
        "certificate",
        "diagnosis_form",
        "dev",
        """
진 단 서
연번호: {accession}     환자등록번호 {mrn}
환자의 성명: {name}   성별: {sex}   생년월일: {dob}
주소: {address}
병명: 요추 추간판 탈출증 ({icd})   □ 임상적 추정  ■ 최종 진단
발병일: {date:onset}   진단일: {date:exam}
향후 치료 의견: 약 4주간 안정 가료 및 통원 치료 요함. {drug} 처방함.
용도: 보험회사 제출용
? 건강보험증번호: {insurance}
발행일: {date:report}
의료기관: {hospital:here}  전화 {tel:office}  면허 의사 {doctor:a} (인)
""",
    ),
    family(
        "ko",
        "telephone",
        "call_header",
        "dev",
        """
[전화상담] {sdate:exam} 16:05 / 통화자: 보호자 {kin:a}(딸) / 수신번호 {mobile:k}
환자 {name} 어제부터 식욕 저하, 미열 37.8도. 복용 중인 {drug} 계속 드시라고 함.
증상 지속 시 내일 {sdate:fu} 오전 외래 또는 응급실 내원 권유함.
? 결과지 {email} 로 발송 요청하심.
상담: {doctor:n} 간호사
""",
    ),
    family(
        "ko",
        "homecare",
        "visit_log",
        "dev",
        """
가정간호 방문기록
방문일: {date:exam}  방문지: {address}
대상자 {name} ({age}세/{sex}), 장기요양등급 2등급, {location:home}에서 {kin:a}(배우자)와 동거
욕창: 천골부 2단계, 크기 3x2cm. 드레싱 교환함.
도뇨관 14Fr로 교체함. {eponym} 있어 낙상 주의. {vitals}
다음 방문 {sdate:fu} 예정. 주치의 {doctor:a} 원장님께 경과 보고함.
방문간호사 {doctor:n} / 문의 {tel:office}
""",
    ),
    family(
        "ko",
        "psychiatry",
        "dense_prose",
        "dev",
        """
정신건강의학과 초진 면담
정보 제공자: 본인 및 모친 {kin:a} (신뢰도 양호)
{name}{j:은는} {age}세 {sex}자로 {location:born}에서 출생하여 2남 1녀 중 장남으로 성장함. 대학 졸업 후 회사원으로 근무하다 {sdate:onset}경 실직 후 우울감, 불면 심해져 {hospital:prev} 정신건강의학과에서 {drug} 처방받았으나 자의 중단함.
음주: 소주 1병 주 4회. 자살 사고(+), 계획(-).
MSE: 의식 명료, 정동 우울, 사고 흐름 지연. {lab} 정상.
진단 인상: 주요우울장애, 중등도. 입원 치료 권유했으나 외래 추적 원함.
면담자: 정신건강의학과 {doctor:a}
""",
    ),
    family(
        "ko",
        "pathology",
        "dated_header",
        "dev",
        """
병리 조직검사 결과보고서
병리번호: {accession}    등록 번호: {mrn}
환자: {name}  {sex}/{age}    의뢰과: {dept}    의뢰의사: {doctor:a}
채취일 {date:op}  접수일 {date:exam}  보고일 {date:report}
검체: 위, 내시경 생검 (체부 소만)
진단: 선암, 중등도 분화 (tubular adenocarcinoma, moderately differentiated)
H. pylori 양성. {eponym} 관련 소견 없음.
? 외부 슬라이드 판독 의뢰처: {hospital:prev}
병리과 전문의 {doctor:p}
""",
    ),
    family(
        "ko",
        "public_health",
        "notifiable_form",
        "dev",
        """
감염병 발생 신고서
■ 환자 정보
  성명 {name} / 생년월일 {dob} / 성별 {sex}
  외국인등록번호 {frn}
  국적 베트남, 여권번호 {passport}
  주소 {address} (우편번호 {postcode})
  휴대전화 {mobile:k}
■ 감염병: 결핵 (A15.0)  진단일 {date:exam}  신고일 {date:report}
■ 신고 의료기관: {hospital:here} / 담당의 {doctor:a} / 전화 {tel:office}
  전송 기록: 질병관리청 시스템 접수 (접속 IP {ip})
""",
    ),
    family(
        "ko",
        "pharmacy",
        "med_counsel",
        "dev",
        """
복약상담 기록 {sdate:exam}
{name} 님 (ID {mrn}) 퇴원약 복약지도 시행함.
1) {drug} 2) {drug:2} 3) {drug:3}
와파린 복용 중이라 {lab} 모니터링 필요함을 설명함. 보호자({kin:a}) 함께 청취.
? 앱 복약 알림 등록: {url}
약제부 {doctor:f} 약사
""",
    ),
    family(
        "ko",
        "dental",
        "chart_table",
        "dev",
        """
치과 진료기록부
| 내원일 | {date:exam} | 차트번호 | {mrn} |
| 성명 | {name} ({sex}, 만 {age}세) | 연락처 | {phone} |
#36 급성 치수염 진단, 근관치료 1차 시행함. 국소마취: 리도카인 2% 1앰플 침윤마취.
#47 치경부 마모증 있어 레진 충전 예정. 치석 제거 후 잇솔질 교육함.
? 전신질환: {eponym}, 복용약 {drug} → 발치 전 {dept} {doctor:b} 선생님께 협진 의뢰함.
환자{name}{j:은는} 치과 치료에 대한 불안 심하여 충분히 설명 후 진행함.
? {kin:a}씨(배우자)가 진료실 밖에서 대기, 귀가 시 동행함.
다음 예약: {sdate:fu} 오후 3시 (2차 근관확대)
술자 {doctor:a} / 치위생사 {doctor:h}
""",
    ),
    family(
        "ko",
        "vaccination",
        "child_record",
        "dev",
        """
예방접종 기록 - 소아청소년과
피접종자: {name} (생년월일 {dob}, {sex})
보호자 {kin:a}씨가 아이와 함께 내원하여 예진표 작성함. 최근 발열 없음, {vitals}
접종일 {date:exam} / 백신 DTaP-IPV 4차, 로트번호 AB1234C, 좌측 대퇴부 근육주사
? 30분간 이상반응 관찰하였으나 특이사항 없었음. 엄마{kin:a}{j:이가} 해열제 복용법 문의하여 설명함.
다음 접종 예정일은 {sdate:fu} (MMR 2차)이며, {location:home} 거주 중이라 관할 보건소에서도 접종 가능함을 안내함.
접종기관 {hospital:here}, 질병관리청 예방접종등록 완료.
접종의 {doctor:a} / 간호사 {doctor:n}
""",
        cohort="child",
    ),
    family(
        "ko",
        "certificate",
        "insurance_opinion",
        "dev",
        """
소 견 서 (보험금 청구용)
피보험자 {name} ({sex}/{age}) 주민번호 {natid}
건강보험 자격번호 {insurance}
위 환자는 {date:onset} {location:scene} 소재 공사현장에서 추락한 뒤 {hospital:prev} 응급실을 거쳐 {date:adm} 본원으로 전원된 자로, 요추 제1번 압박골절 ({icd}) 진단 하에 척추성형술을 시행하였음.
현재 {drug} 복용 중이며 향후 약 8주간 보존적 치료 및 재활 치료가 필요할 것으로 사료됨.
? 환자 주소지: {address}
? 운전면허번호 {license} (본인 확인용 사본 첨부)
발행일 {date:report}
{hospital:here} {dept} 전문의 {doctor:a} (서명)
""",
    ),
    family(
        "ko",
        "consent",
        "surgery_form",
        "dev",
        """
수술(시술) 동의서
환자 성명 {name}    등록번호 {mrn}    생년월일 {dob}
수술명: 인공고관절 전치환술    진단명: 대퇴골두 무혈성 괴사 ({icd})
설명 의사: {dept} {doctor:a}
본인(또는 대리인)은 {doctor:a} 교수님으로부터 수술의 목적과 방법, 예상되는 합병증({eponym} 악화 포함)에 대하여 충분한 설명을 들었으며 이에 동의합니다.
? 환자가 의사결정능력이 없어 대리인이 서명함: 대리인 {kin:a} (관계 장녀, 연락처 {mobile:k})
? 대리인 주소: {address}
동의일시 {date:op} 07:30
환자 {name} (서명)  /  설명의사 {doctor:a} (서명)
""",
    ),
    family(
        "ko",
        "icu",
        "timeline_prose",
        "dev",
        """
[중환자실 간호기록] {sdate:exam}
07:00 {name}님은 RASS -1, {drug} 지속주입 중임. {vitals}
09:30 {doctor:a}교수님 회진, 인공호흡기 이탈 시도하기로 함.
11:00 동맥혈가스 결과 {lab} 보고하였고 {doctor:b}전공의가 FiO2 0.35로 감량 지시함.
14:00 {kin:a}씨가 면회 와서 {doctor_family:a} 교수님께 상태 설명 들음. {kin:a}씨의 요청으로 사회사업팀 연계함.
? 16:20 {name} 환자의 체위 변경 2시간마다 시행함, 천골부 발적 없음.
? 18:00 보호자 연락처 {mobile:k} 재확인, 야간 연락 동의함.
담당간호사 {doctor:n}
""",
    ),
    family(
        "ko",
        "referral",
        "return_letter",
        "dev",
        """
회 송 서
{hospital:to} {doctor:b} 원장님께
평소 귀원에서 진료해 주시던 {name}({sex}/{age}) 님은 {date:adm}부터 {date:dc}까지 본원 {dept}에 입원하여 {eponym} 치료를 받으셨습니다.
입원 중 {lab} 호전되어 퇴원하였으며, 환자분이 {location:home}에 거주하고 계셔 가까운 귀원에서 추적 관찰을 부탁드립니다.
퇴원 처방: {drug}, {drug:2} (4주분)
? 영상 자료는 {url} 에서 조회하실 수 있습니다.
? 환자 이메일 {email} 로도 결과지를 보내 드렸습니다.
{date:report}  {hospital:here} {doctor:a} 올림 (병원 대표번호 {tel:office})
""",
    ),
    family(
        "ko",
        "endoscopy",
        "english_headers",
        "dev",
        """
ENDOSCOPY REPORT
Name: {name}   Chart No: {mrn}   {sex}/{age}
Date: {date:exam}   Acc No: {accession}
검사 목적: 국가건강검진, 간헐적 속쓰림 및 상복부 불편감
전처치: 미다졸람 3mg 정주, {drug}
소견: 식도 위식도 접합부 이상 없음. 위체부 대만에 1cm 크기의 야마다 2형 용종 있어 올가미 용종절제술 시행함. 위각부에 경도의 위축성 변화 관찰됨. 십이지장 구부 및 제2부 이상 소견 없음.
결론: 위 용종, 만성 위축성 위염
? 조직검사 결과는 {sdate:fu} 외래에서 {doctor_family:a} 교수가 설명할 예정임.
Endoscopist: {doctor:a}   Nurse: {doctor:n}
""",
    ),
    family(
        "ko",
        "outpatient",
        "terse_memo",
        "dev",
        """
{sdate:exam} 재진) {name}({age}{sex})
혈압 조절 안됨 → {drug} 증량
{lab} 정상, 체중 -2kg
딸{kin:a}{j:이가} 대신 약 수령 원함 → 위임장 받음
다음 {sdate:fu} 공복 채혈 후 진료
문자발송 {mobile:k} / 발송 {doctor:c}
""",
    ),
    family(
        "ko",
        "checkup",
        "foreign_worker",
        "dev",
        """
외국인 근로자 채용 건강진단 결과통보서
성명 {roman} ({name})   외국인등록번호 {frn}   여권 {passport}
주소 {address}  우편번호 {postcode}
사업장 소재지 {location:work}
검진일 {date:exam}  검진기관 {hospital:here}
흉부 X선 정상, {lab}, {lab:2}
혈청검사: {std} 양성으로 치료 의뢰함. 치료 후 재검 필요.
판정: 업무 가능 (조건부)
판정의사 {doctor:a}  /  결과 전송 IP {ip}
""",
    ),
    family(
        "ko",
        "obstetric",
        "labor_admission",
        "dev",
        """
분만실 입원기록 {date:adm} 21:10
{name}({age}세) 님, {preg} 상태로 규칙적인 진통 호소하며 남편 {kin:a}씨와 함께 내원함.
LMP {date:lmp}, 예정일 {date:edc}. 자궁경부 3cm 개대, 70% 소실, 양막 파수 없음.
태아심박수 140회/분, 반응성 양호. {vitals}
? 외부 산전진찰 기관: {hospital:prev} ({location:prev})
GBS 음성. {drug} 투여 후 경막외 마취 시행 예정, 마취과 {doctor:c} 선생님께 연락함.
담당 {doctor:a} / 분만실 간호사 {doctor:n}
""",
    ),
)
