"""Held-out Korean-English code-mixed families: the yardstick of the held-out split (see heldout/__init__)."""

# ruff: noqa: E501 (a template line is one line of the note it renders)

from emr_deid.evaluation.synthetic.families import family

FAMILIES = (
    family(
        "ko-en",
        "operative",
        "note",
        "heldout",
        """
OP note {date:op}
Op name: LAC (laparoscopic appendectomy)
Operator: {doctor:a} / Assist: {doctor:b}
Pt: {name}, {age}/{sex}, Reg. {mrn}
Finding: suppurative appendicitis, no perforation. EBL minimal.
보호자 {kin:a}님께 op finding 설명함 ({mobile:k}).
""",
    ),
    family(
        "ko-en",
        "emergency",
        "note",
        "heldout",
        """
ER note {date:adm} 03:20
{age}/{sex} {name}, {location:scene}에서 syncope 후 119로 내원.
Hx: {eponym}, on {drug}. 외국인 환자로 passport {passport}, ARC {frn}.
BST 54 → D50 1A IV. Contact: {kin:a} {mobile:k}
Noti to Dr. {doctor_family:a}
""",
    ),
    family(
        "ko-en",
        "icu",
        "handoff",
        "heldout",
        """
MICU handoff {sdate:exam}
Bed 5 {name}({given}님), septic shock on NE 0.2 mcg/kg/min, {lab}.
Family: 아들 {kin:a} ({mobile:k}), 주소 {address} ({postcode})
PACS link {url} 확인 요망. Attending {doctor_roman:a}.
""",
    ),
    family(
        "ko-en",
        "lab",
        "comment",
        "heldout",
        """
Lab noti {date:exam} (specimen {accession}): {name}님 K 6.2 critical, {lab} 확인 후 {doctor:a}에게 call함.
Insurance #{insurance}, 재검 {sdate:fu}.
""",
    ),
    family(
        "ko-en",
        "outpatient",
        "std_followup",
        "heldout",
        """
ID clinic f/u {date:exam}
{name}({age}/{sex}) {std} treatment 후 follow-up. RPR titer 1:4로 감소함.
{drug} 추가 처방. partner {kin:a}님 screening 권유함. 문의 {email}
""",
    ),
    family(
        "ko-en",
        "consult",
        "ortho",
        "heldout",
        """
OS consult {date:exam}
{roman}({name}, RRN {natid})님, {age}세 {sex}, 집({location:home})에서 slip down 후 Rt. hip pain.
X-ray: Rt. femur neck fracture. Plan: bipolar hemiarthroplasty, OP 예정 {sdate:op}.
보호자 {kin:a}님 동의서 받음. Dr. {doctor:b} / {tel:pager}
""",
    ),
    family(
        "ko-en",
        "referral",
        "reply",
        "heldout",
        """
회신서 {date:report}
{hospital:from} {doctor:a} 선생님께,
의뢰하신 {name}님 (DOB {dob}) 본원 {dept}에서 {date:exam} 진료하였습니다.
Impression: {eponym}. {drug} 시작하였고 {sdate:fu} f/u 예정입니다.
{hospital:to} {doctor:b} 드림 ({email})
""",
    ),
    family(
        "ko-en",
        "obstetric",
        "labor",
        "heldout",
        """
분만실 note {date:adm} 04:10
{name}님 {age}세, {preg}, regular uterine contraction 있어 내원.
NST reactive, cervix 4cm dilated. 남편 {kin:a}님 ({mobile:k}) 동반.
Dr. {doctor_family:a} noti 후 labor progress 관찰하기로 함.
""",
    ),
    family(
        "ko-en",
        "outpatient",
        "soap_terse",
        "heldout",
        """
#DM #HTN f/u  {date:exam}
{name} {age}/{sex}  #{mrn}
S) 특이 complaint 없음. 최근 hypoglycemia symptom 없었고 식이 조절 잘 하고 있다 함. 야간뇨 1-2회.
O) {vitals}
   Lab({sdate:onset}): {lab}, {lab}
A) T2DM, poorly controlled
   HTN, controlled
   {eponym} (타원 f/u 중)
P) {drug} 증량, {drug} 유지
   diet & exercise education 다시 시행함
   F/U {sdate:fu} w/ HbA1c, lipid panel
?    DR screening 위해 {hospital:to} 안과 진료의뢰서 발급
? 산정특례 적용 중, 건보 {insurance}
Dr. {doctor_roman:a}
""",
    ),
    family(
        "ko-en",
        "consult",
        "request_and_reply",
        "heldout",
        """
[협진의뢰] {dept} → Neurology
의뢰일시: {date:exam} 10:40   의뢰의: {doctor:a} (R2) ☎ {tel:ward}
환자: {name} ({sex}/{age}) Reg.No. {mrn}
의뢰내용:
상기 환자 {eponym} 및 AF로 {drug} 복용 중인 분으로 {date:adm} pneumonia로 입원하여 치료 중 금일 오전 갑자기 발생한 Lt. side weakness (MRC gr. III) 및 dysarthria 보여 의뢰드립니다. Brain CT 상 ICH 없었으며 LNT는 {sdate:exam} 07:30경입니다.
r/o acute ischemic stroke에 대해 고견 부탁드립니다. 고진선처 바랍니다.
------------------------------
[회신] Neurology {doctor:b}
Brain MRI DWI 상 Rt. MCA territory acute infarction 확인됨. NIHSS 6점.
Time window 지나 IV tPA 어렵겠습니다. {drug} 유지하시고 high-intensity statin 추가 권합니다.
퇴원 후 저희 과 OPD에서 f/u 하겠습니다. 의뢰 감사합니다.
""",
    ),
    family(
        "ko-en",
        "pharmacy",
        "med_reconciliation",
        "heldout",
        """
입원 시 지참약 확인 (Med Rec)  {date:adm}  작성: 약제부 {doctor:ph}
Pt {name} | {sex} | {age}y | Reg# {mrn} | Ward: {dept}
정보 출처: 환자 본인 및 보호자 {kin:a}, 지참약 봉투({hospital:from} 처방, {sdate:prev} 조제)
Allergy: PCN → rash, 조영제 → urticaria
PMH: HTN, DM, {std} (치료 중)
No | 약품명 | 용법 | 처리
1 | {drug} | 아침 식후 | 계속
2 | {drug} | 저녁 식후 | 계속
3 | {drug} | PRN | 중단 (입원 중 IV로 변경)
4 | 한약 (성분 미상) | bid | 입원 중 복용 중지 권고
특이사항: 항혈소판제 복용 중이므로 procedure 예정 시 hold 여부 확인 필요. 주치의 {doctor:a} 선생님께 전달함.
? 출력 {date:report} / 단말 {ip}
""",
    ),
    family(
        "ko-en",
        "rehabilitation",
        "pt_progress",
        "heldout",
        """
재활치료 경과기록 (PT) {sdate:exam}
{name}님 ({age}세, {sex}) / Dx: Lt. MCA infarction c Rt. hemiplegia, {eponym}
치료사 {doctor:pt} / 담당의 {doctor:a} ({dept})
- MMT: Rt. UE 3/5, Rt. LE 3+/5
- ROM: Rt. shoulder flexion 120° (pain +)
- Balance: sitting good, standing fair, BBS 32/56
- Gait: walker 이용하여 10m 보행 가능, min. assist 필요
- K-MBI 48/100
치료 내용: NDT, gait training, FES 30min
환자 및 보호자 {kin:a}님께 home exercise 교육함. Fall risk high → 보행 시 보호자 동반 필요.
? 퇴원 후 {location:home} 인근 {hospital:to}에서 외래 재활 연계 예정, 의뢰서 e-mail 송부({email}).
? Home program 영상: {url}
""",
    ),
)
