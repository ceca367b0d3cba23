"""Held-out Korean-English code-mixed families: the yardstick of the held-out split (see heldout/__init__)."""

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
)
