"""Korean notes code-mixed with English, as Korean physicians chart: English terms, Korean endings.

Development families; the held-out ones live in heldout/.
"""

from emr_deid.evaluation.synthetic.families import family

FAMILIES = (
    family(
        "ko-en",
        "progress",
        "soap",
        "dev",
        """
{sdate:exam} progress note
{name}({age}/{sex}) #{mrn}
S) chest discomfort 호전됨, dyspnea 없음
O) {vitals} / {lab}, {lab:2}
A) NSTEMI s/p PCI, {eponym} hx
P) {drug} 유지, f/u echo, {doctor:a} 선생님께 noti함
""",
    ),
    family(
        "ko-en",
        "admission",
        "hpi",
        "dev",
        """
[Admission note] {date:adm}
Pt. {name}, {age}세 {sex}, {location:home} 거주
C.C.: fever & chills since {sdate:onset}
HPI: 상기 환자 {eponym}으로 {hospital:prev}에서 f/u 하던 중 {sdate:onset}부터 febrile sense 있어 ER 경유 admission함.
PMHx: HTN/DM on {drug}
? Guardian: {kin:a} (son) {mobile:k}
? Passport No. {passport}
Attending: Prof. {doctor_roman:a}
""",
    ),
    family(
        "ko-en",
        "discharge",
        "summary",
        "dev",
        """
Discharge summary
Name: {roman} ({name})  Reg No. {mrn}
Adm {date:adm} → D/C {date:dc}
Dx: pneumonia ({icd}), {eponym}
Hospital course: empirical {drug} 사용 후 defervescence 보였고 {lab} 호전됨.
OPD f/u {sdate:fu} with Dr. {doctor_family:a}, 문의 {tel:ward}
""",
    ),
    family(
        "ko-en",
        "nursing",
        "shift",
        "dev",
        """
{sdate:exam} 22:00 N/S) {name}님 sleeping 중, {vitals}
pain NRS 2, {drug} IV 주입함. 보호자 {kin:a}님 상주.
? 보호자 phone {mobile:k}
? EMR link {url}
RN {doctor:n}
""",
    ),
    family(
        "ko-en",
        "radiology",
        "report",
        "dev",
        """
Exam: Brain MRI  Date: {date:exam}  Acc# {accession}
Pt: {name} / {mrn}
Findings: Lt. MCA territory에 acute infarction 소견. old lacunar infarction in both basal ganglia.
Conclusion: acute Lt. MCA infarction, {eponym} 관련 change 배제 어려움.
Reading: {doctor:r}
""",
    ),
    family(
        "ko-en",
        "consult",
        "reply",
        "dev",
        """
Consult reply to {dept} - {date:exam}
{name}님 ({age}/{sex}) AKI 평가 의뢰에 대해:
Cr 상승은 prerenal 가능성 높으며 {lab} 확인됨. {drug} hold 권유함.
Dr. {doctor:b} ({tel:pager})
""",
    ),
    family(
        "ko-en",
        "referral",
        "letter",
        "dev",
        """
Referral to {hospital:to} {dept}
Dear Dr. {doctor_family:b},
환자 {roman}({name}, DOB {dob}, RRN {natid}) 님을 {eponym} workup 위해 refer 드립니다.
Address: {address} ({postcode}) / Contact {phone} / {email}
{hospital:from} {doctor:a} 드림, {date:report}
""",
    ),
    family(
        "ko-en",
        "obstetric",
        "opd",
        "dev",
        """
OB OPD {date:exam}
{name}님 {age}세, {preg}, LMP {date:lmp}
US: single live IUP, FHR 150 bpm. {vitals}
남편 {kin:a} 동반. next visit {sdate:fu}
""",
    ),
    family(
        "ko-en",
        "outpatient",
        "uro",
        "dev",
        """
Uro OPD {sdate:exam}: {name}님 dysuria c/o, UA pyuria(+), PCR 결과 {std} positive.
{drug} 처방, partner screening 권유함. 다음 {sdate:fu} f/u.
""",
    ),
    family(
        "ko-en",
        "progress",
        "pediatric",
        "dev",
        """
Peds progress {sdate:exam}
{given}{j:이}{j:은는} fever 지속, Tmax 38.9. 엄마({kin:a}) 말로는 PO intake 양호함.
Kawasaki disease r/o 위해 echo 예정, {lab}. 이상 소견 시 Dr. {doctor_family:a}께 noti.
""",
        cohort="child",
    ),
    family(
        "ko-en",
        "discharge",
        "summary_short",
        "dev",
        """
D/C summary: {name}({roman}) / {age}세 / {sex}
Adm {sdate:adm}, D/C {sdate:dc}. Final Dx: {eponym}, DM on {drug}
Course: admission 후 {drug:2}로 조절되었으며 complication 없음.
f/u: {hospital:to} {dept} referral, 다음 OPD {date:fu}
""",
    ),
    family(
        "ko-en",
        "nursing",
        "transfer",
        "dev",
        """
Transfer note {date:exam} 15:30
{name}님 ICU → GW transfer. mental alert, {vitals}
Foley catheter 유지, L-tube 제거함. 보호자 {kin:a}님께 transfer 설명함 ({mobile:k}).
Receiving RN: {doctor:n}
""",
    ),
    family(
        "ko-en",
        "radiology",
        "ct_report",
        "dev",
        """
Abdomen CT {date:exam} (Acc. {accession})
{name} {age}/{sex}, Reg. No. {mrn}
Findings: liver S6에 1.5cm arterial enhancing lesion, washout(+). LC morphology.
Impression: HCC, LR-5. 이전 {date:prev} {hospital:prev} CT와 비교시 new lesion.
Read by {doctor_roman:r}
""",
    ),
    family(
        "ko-en",
        "admission",
        "brief",
        "dev",
        """
Adm note {date:adm} / {dept}
{name}({age}/{sex}), 등록번호 {mrn}, 건강보험 {insurance}
CC) general weakness, poor oral intake x 1wk
PI) {eponym} 있는 분으로 {hospital:prev} 통해 admission. 운전면허 {license}로 본인 확인함.
Plan) hydration, {drug}, {lab} f/u
""",
    ),
    family(
        "ko-en",
        "operative",
        "pipe_banner",
        "dev",
        """
OPERATION RECORD
Patient: {name} | {sex}/{age} | Unit No. {mrn} | {dept}
Date of OP: {date:op}
Operator: {doctor:a} / Assist: {doctor:b} / Anesthesia: GA by Dr. {doctor_family:c}
Preop Dx: Rt. breast cancer, cT2N0 ({icd})
Op name: BCS with SLNB
Findings: 2.5cm sized firm mass at Rt. UOQ, frozen section 상 resection margin free 확인함. SLN 2개 모두 negative.
EBL 100cc, no transfusion. {eponym} 관련 특이사항 없음.
Post-op order: {drug}, ambulation 권유
""",
    ),
    family(
        "ko-en",
        "emergency",
        "ktas_terse",
        "dev",
        """
[ER] {date:adm} 23:15 arrival via 119 from {location:scene}
{name} ({age}{sex}) MRN {mrn}
KTAS 3 / chief complaint: RUQ pain since {sdate:onset}
V/S {vitals}, Murphy sign(+)
Lab: {lab}, {lab:2}
Imp) acute cholecystitis r/o → GS consult, NPO, {drug}
? Guardian 연락: {kin:a} ({mobile:k})
EM resident {doctor:e}
""",
    ),
    family(
        "ko-en",
        "icu",
        "systems_flowsheet",
        "dev",
        """
MICU day #6 ({sdate:exam})  Bed 12 / {name} / {mrn}
Neuro: RASS -2 on dexmedetomidine, GCS E3VtM6
Resp: MV A/C mode, FiO2 0.4, PEEP 8 → SBT 예정
CVS: {vitals}, norepinephrine 0.05 mcg/kg/min으로 tapering 중
Renal/FEN: {lab}, UO 0.6 mL/kg/hr
ID: {drug} D5, blood cx no growth
Family: {kin:a}님 면회, Dr. {doctor_family:a}께서 goals of care 논의함
""",
    ),
    family(
        "ko-en",
        "anesthesia",
        "pac_note",
        "dev",
        """
PAC note {date:exam}
{name}, {sex}/{age}, Hosp No. {mrn}, scheduled for TKR ({dept})
ASA class II: HTN on {drug}, DM on {drug:2}
Airway: Mallampati II, TMD > 3FB, dentition 양호
Lab {lab}, ECG NSR, CXR no active lesion
Plan: spinal anesthesia, NPO after midnight. 마취 동의서 본인 및 {kin:a}(daughter) 서명함.
Anesthesiologist {doctor_roman:a}
""",
    ),
    family(
        "ko-en",
        "pathology",
        "surgical_caps",
        "dev",
        """
SURGICAL PATHOLOGY REPORT
Path No.: {accession}     Patient ID: {mrn}
Name: {name} ({roman})  Age/Sex: {age}/{sex}
Received: {date:exam}  Reported: {date:report}
Specimen: colon, sigmoid, anterior resection
Diagnosis: adenocarcinoma, moderately differentiated, pT3N1a. LVI(+), PNI(-).
Clinician: Dr. {doctor_roman:a} ({dept})
Pathologist: {doctor:p}
""",
    ),
    family(
        "ko-en",
        "telephone",
        "tc_callback",
        "dev",
        """
{sdate:exam} 14:20 TC) 보호자 {kin:a}({mobile:k})와 통화
Pt {name} lab result 설명: {lab}, {lab:2} → {drug} dose 조절 필요
내일 {sdate:fu} OPD visit 권유, 보호자 OK함
? result sheet는 {email}로 보내드림
by {doctor:n} RN
""",
    ),
    family(
        "ko-en",
        "psychiatry",
        "mse_interview",
        "dev",
        """
Psy initial interview ({date:exam})
Informant: pt herself & mother {kin:a}, reliability fair
ID: {age}세 {sex}, 미혼, {location:home} 거주, office worker
CC: depressed mood, insomnia x 3mo
PI: {sdate:onset}경 직장 내 conflict 이후 depressed mood 시작됨. {hospital:prev}에서 {drug} 복용하다 self-d/c함.
MSE: alert, mood "우울해요", affect constricted, SI(+) without plan
Imp) MDD, single episode, moderate
Plan) {drug:2} start, weekly OPD f/u with Dr. {doctor_family:a}
""",
    ),
    family(
        "ko-en",
        "certificate",
        "travel_claim",
        "dev",
        """
MEDICAL CERTIFICATE (for travel insurance claim)
Name: {roman}  /  {name}
Date of birth: {dob}   Passport No: {passport}
Address: {address}
Hospital reg. no.: {mrn}
Insurance no.: {insurance}
Dx: acute gastroenteritis ({icd}), treated with {drug} from {date:adm} to {date:dc}
Issued {date:report} at {hospital:here}
Physician: {doctor_roman:a}, Tel {tel:office}
""",
    ),
    family(
        "ko-en",
        "homecare",
        "wound_visit",
        "dev",
        """
Home visit note - {date:exam}
Visit address: {address} ({postcode})
Pt {name} ({age}/{sex}), bedridden, lives with wife {kin:a}
Sacral pressure injury stage 3, 4x3cm → dressing change 시행함
L-tube 교체함, feeding 1,200 kcal/day 유지. {vitals}
Caregiver phone {mobile:k}. Next visit {sdate:fu}
Home care RN {doctor:n}
""",
    ),
    family(
        "ko-en",
        "radiology",
        "cd_import",
        "dev",
        """
Outside CD import 요청 {sdate:exam}
{name} ({sex}/{age}) / 등록No {mrn}
Outside hospital: {hospital:prev}, CT abdomen {date:prev}
Import 완료, PACS link {url}
요청자 Dr. {doctor_family:a}, workstation IP {ip}
Driver license {license}로 본인 확인 후 CD 반환함.
""",
    ),
    family(
        "ko-en",
        "obstetric",
        "nsvd_record",
        "dev",
        """
Delivery record {date:op}
Mother: {name} ({age}세), {preg}, GDM on diet
NSVD at 03:42, female baby 3,120g, Apgar score 8/9
EBL 350cc, perineal laceration 2nd degree → repair
Husband {kin:a} 동반, 분만실 RN {doctor:n}, attending Dr. {doctor_family:a}
""",
    ),
    family(
        "ko-en",
        "transfer",
        "interhospital_sbar",
        "dev",
        """
Inter-hospital transfer note ({date:exam} 18:40)
To: {hospital:to} ER, 수신 Dr. {doctor_family:b}
• S: {name}님({age}/{sex}) septic shock 의심, norepinephrine 0.1 mcg/kg/min 사용 중 bed 부족으로 전원함
• B: {eponym}, CKD on HD, home address {address} (우 {postcode})
• A: {vitals}, lactate 4.2, {lab}
• R: ICU admission 요청. 119 구급차로 이송, 동승 보호자 {kin:a}({mobile:k})
Insurance No. {insurance}
Sending physician {doctor:a}, 연락처 {tel:office}
""",
    ),
    family(
        "ko-en",
        "vaccination",
        "travel_clinic",
        "dev",
        """
Travel clinic 상담 {sdate:exam}
{name}님 ({age}세, {sex}) {sdate:fu} 출국 예정, destination: Kenya & Tanzania (safari 2wks)
Passport No. {passport} 확인 후 ICVP 발급함
Vaccines given: yellow fever (lot YF2291), typhoid Vi, HepA 1st dose
Malaria prophylaxis: {drug} 처방, 출국 1-2일 전부터 복용
? Past hx: {eponym}, egg allergy 없음
? 동행자 {kin:a}님도 같은 날 접종함
상담의 Dr. {doctor_family:a} / {dept}
""",
    ),
    family(
        "ko-en",
        "dental",
        "implant_progress",
        "dev",
        """
[Dental] {date:exam} implant 2nd stage
Pt {name}({sex}/{age}) chart #{mrn}
#46 fixture(4.5x10mm) healing abutment 연결함, ISQ 72. mucosa healing 양호
#36 crown 탈락 → temporary cement로 re-cementation
Med: {drug} 복용 중이라 출혈 경향 확인함, {lab}
? 환자분이 {hospital:prev}에서 bone graft 받은 hx 있음
다음 visit {sdate:fu}, impression taking 예정
Dr. {doctor:a} / DH {doctor:h}
""",
    ),
    family(
        "ko-en",
        "consult",
        "email_thread",
        "dev",
        """
From: {doctor:a} (정형외과 병동)
To: Dr. {doctor_family:b} ({dept})
Sent: {date:exam} 10:12 (via EMR messenger, client IP {ip})
Subject: RE: {name} 님 post-op anticoagulation 문의
선생님 안녕하세요, {name}님 ({age}/{sex}, 등록번호 {mrn}) TKR POD#3입니다.
{drug} 중단 후 bridging 여부 문의드립니다. {lab}, Hb 9.8.
Wound는 clean하며 drain 30cc/day입니다. {eponym} hx 있어 DVT risk high로 판단됩니다.
? 관련 영상은 {url} 참고 부탁드립니다.
감사합니다. {doctor:a} 드림
""",
    ),
    family(
        "ko-en",
        "emergency",
        "code_blue_log",
        "dev",
        """
CPR record / {date:adm}
Pt: {name}, {age}/{sex}, MRN {mrn}, 병동 10W
- 03:12 monitor상 VF 확인, code blue 방송. 당직 {doctor:b}가 first responder
- 03:13 CPR 시작, defibrillation 200J #1
- 03:15 epinephrine 1mg IV, {drug:2}
- 03:21 ROSC, {vitals}
- 03:40 ICU 전실. 보호자 {kin:a}씨께 전화로 상황 설명함 ({phone})
Team leader: {doctor:a} / Recorder: {doctor:n} RN
""",
    ),
    family(
        "ko-en",
        "outpatient",
        "rheum_lab_trend",
        "dev",
        """
Rheum OPD f/u {date:exam} - {name}님 ({age}세 {sex}), Reg. {mrn}
| date | ESR | CRP | note |
| {sdate:prev} | 68 | 4.2 | {drug} start |
| {sdate:exam} | 22 | 0.8 | 관절통 호전 |
Reactive arthritis 의심되어 과거력 review: {std} treated hx. HLA-B27 pending.
{lab}. Plan) {drug:2} 유지, 다음 {sdate:fu} OPD
? 환자가 {location:work} 지역으로 이직하여 {hospital:to} 류마티스내과로 transfer 원함
Dr. {doctor:a}
""",
    ),
    family(
        "ko-en",
        "endoscopy",
        "colonoscopy",
        "dev",
        """
COLONOSCOPY REPORT ({date:exam})
{name} / {mrn} / {age}{sex}   Referred by: {hospital:prev}
Bowel prep: fair (BBPS 6), sedation midazolam 5mg + {drug}
Findings:
  - A-colon 8mm Is polyp → EMR, clip 2개
  - S-colon multiple diverticula
Dx: colon polyp ({icd})
Bx 결과 {sdate:fu} OPD에서 설명 예정. 결과지는 {email} 로 발송 요청함.
Endoscopist {doctor_roman:a}, assisted by {doctor:n}
""",
    ),
    family(
        "ko-en",
        "obstetric",
        "er_triage",
        "dev",
        """
OB ER triage {date:adm} 01:55
{name}님 {age}세, {preg}, vaginal bleeding & lower abdominal pain으로 내원
남편{kin:a}씨 동반, 보호자 contact {mobile:k}
V/S {vitals}, FHR 145 bpm, NST reactive
SSE: cervix closed, active bleeding 없음
Plan) admit for observation, {drug}, {lab} f/u
? Prenatal care at {hospital:prev}, 주소 {address}
OB resident {doctor:e} → attending Dr. {doctor_family:a} noti함
""",
    ),
    family(
        "ko-en",
        "emergency",
        "triage_prose",
        "dev",
        """
[ER] {date:adm} 03:20 arrival, walk-in
{name} ({age}/{sex}), {location:home} 거주, 보호자 {kin:a} 동반
C/C: RUQ pain since {sdate:onset}
{sdate:onset}부터 epigastric pain 시작되어 {location:trip} 여행 중 local clinic 방문, {drug} 처방받음.
호전 없어 귀가 후 본원 ER 내원함.
? 과거 {sdate:prev} {hospital:prev}에서 LC 권유 받았으나 refuse함.
V/S {vitals}, {lab}, {lab:2}
Murphy sign (+), {eponym} r/o
Imp) acute cholecystitis ({icd})  Plan) NPO, CT A&P, GS consult
ER Dr. {doctor:e}
""",
    ),
    family(
        "ko-en",
        "transfer",
        "receiving_note",
        "dev",
        """
Transfer-in note {date:adm}
{location:from} 소재 {hospital:from}에서 {sdate:onset} admit 후 {eponym} 의심되어 transfer됨.
Pt. {name}, {age}세 {sex}, 주소지 {location:home}
{sdate:onset} 타원 brain CT: SAH 없음 / {sdate:op} MRI상 acute infarction
Meds at transfer: {drug}, {drug}
Lab ({sdate:exam}): {lab}, {lab:2}
? 보호자 {kin:a} ({mobile:k}), {location:kin}에서 상경 예정
Accepting: {dept} {doctor:a}
""",
    ),
    family(
        "ko-en",
        "outpatient",
        "onco_timeline",
        "dev",
        """
Onco OPD f/u {date:exam}
{name} ({age}/{sex}) #{mrn}
Dx: AGC ({icd}) s/p STG ({sdate:prev})
Chemo hx: XELOX C1 started {sdate:c1}, {sdate:c4} C4 완료 후 {drug} 유지 중
PET-CT ({sdate:pet}): no hypermetabolic lesion
Tumor marker: CEA 2.3, CA19-9 12 → stable, {lab}
? {location_roman:home}에서 KTX로 통원 중, 피로감 호소
다음 visit {sdate:fu} with CT, {doctor:a}
""",
    ),
    family(
        "ko-en",
        "operative",
        "tep_record",
        "dev",
        """
OP record  Date of OP: {date:op}
Pt: {roman} / {name} / {mrn}
Preop Dx: Rt. inguinal hernia  Postop Dx: same
Operation: laparoscopic TEP repair  Surgeon: {doctor_roman:a}  Assist: {doctor:b}
Anesthesia: GA, EBL minimal, {vitals}
Hx: s/p appendectomy ({sdate:prev}), {eponym}
Plan: POD#1 ({sdate:dc}) D/C 예정, OPD f/u {sdate:fu}, {drug}
""",
    ),
    family(
        "ko-en",
        "infection",
        "travel_exposure",
        "dev",
        """
감염내과 consult reply {date:exam}
{name}님 ({age}/{sex}), fever workup 의뢰
Travel hx: {sdate:dep}~{sdate:ret} {location_roman:trip} trip, 귀국 후 {sdate:onset}부터 fever, myalgia
거주지 {location:home}, 최근 {location:visit} 본가 방문. animal contact 없음
{lab}, {lab:2}, malaria RDT (-), dengue NS1 pending
Imp) r/o scrub typhus vs {eponym}
Rec) {drug} empirical, blood cx f/u, {dept} 협진
ID fellow {doctor:c}
""",
    ),
    family(
        "ko-en",
        "icu",
        "night_handover",
        "dev",
        """
<ICU handover> {date:exam} night → day
{name} (bed 7, {age}{sex_initial}), HD#9
Adm {sdate:adm} via ER, {sdate:op} CABG 시행
{sdate:exam} extubation, 이후 {vitals}
Lines: Rt. IJ C-line ({sdate:cl}), A-line, Foley
Labs {lab} / {lab:2}; {drug} infusion 중
? Family: 딸 {kin:a} {location:kin} 거주, 내일 면회 예정 ({mobile:k})
RN {doctor:n} → RN {doctor:m}
""",
    ),
    family(
        "ko-en",
        "telephone",
        "result_call",
        "dev",
        """
T/C note {date:report} 14:10
{name}님 본인과 통화 (mobile {mobile:k})
{sdate:exam} 시행한 thyroid US-FNA 결과 benign (Bethesda II) 설명함.
최근 {location:home}로 이사하여 그 근처 local clinic f/u 원함 → 의뢰서 발급 예정
? 이전 {hospital:prev} f/u 기록 CD 요청, {eponym} 관련 문의
다음 OPD {sdate:fu}, {drug} 지속
Dr. {doctor:a}
""",
    ),
)
