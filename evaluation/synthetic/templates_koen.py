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
)
