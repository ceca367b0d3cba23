"""English note families, in the register of US hospital charting (abbreviations, headers, sign-offs).

Development families; the held-out ones live in heldout/.
"""

# ruff: noqa: E501 (a template line is one line of the note it renders)

from emr_deid.evaluation.synthetic.families import family

FAMILIES = (
    family(
        "en",
        "progress",
        "soap",
        "dev",
        """
PROGRESS NOTE - {date:exam}
Patient: {name}   MRN: {mrn}   DOB: {dob}
S: Pt reports improved SOB overnight, tolerating PO; {title} {family} will ambulate with PT today. Hx of {eponym}.
O: {vitals}. Labs: {lab}, {lab:2}.
A/P: {age} y/o {sex} with CHF exacerbation ({icd}), improving.
- continue {drug}
? - discussed with daughter {kin:a} at bedside
Signed: {doctor:a}, MD
""",
    ),
    family(
        "en",
        "progress",
        "brief",
        "dev",
        """
Hospital day 4. {name} seen and examined this AM with Dr. {doctor_family:a}.
Afebrile, {vitals}. {lab}.
Plan: transition to {drug}, PT/OT eval, anticipate d/c {sdate:dc}.
? Wife {kin:a} updated by phone at {mobile:k}.
""",
    ),
    family(
        "en",
        "admission",
        "hp",
        "dev",
        """
HISTORY AND PHYSICAL
Name: {name}  Sex: {sex}  Age: {age}  MRN: {mrn}
Admit date: {date:adm}   Attending: {doctor:a}, MD
Address: {address}   Phone: {phone}
? ID verified: driver's license {license}; SSN {natid}
? International patient; passport {passport} on file.
CC: chest pain x2 days
HPI: {age}-year-old {sex} with {eponym} and HTN on {drug} presents from home after onset of pain on {sdate:onset}. Previously followed at {hospital:prev}.
? PMH: DM2 ({icd}), CKD stage 3
? SH: lives in {location:home} with son {kin:a}; former smoker
Exam: {vitals}
""",
    ),
    family(
        "en",
        "discharge",
        "summary",
        "dev",
        """
DISCHARGE SUMMARY
Patient Name: {name}
Medical Record #: {mrn}
Admission Date: {date:adm}   Discharge Date: {date:dc}
Discharging Physician: {doctor:a}
Diagnoses: community-acquired pneumonia ({icd}); {eponym}
Hospital Course: Treated with {drug}. {lab} on discharge.
Follow-up: PCP Dr. {doctor_family:b} at {hospital:pcp} on {sdate:fu}. Call {tel:clinic} with questions.
""",
    ),
    family(
        "en",
        "nursing",
        "shift",
        "dev",
        """
Nursing note {sdate:exam} 0300: Pt {name} resting comfortably. {vitals}.
Pain 4/10, {drug} given per order. Fall precautions in place.
? Husband {kin:a} called, updated on plan.
? Charted from workstation {ip}.
- {doctor:n}, RN
""",
    ),
    family(
        "en",
        "radiology",
        "ct",
        "dev",
        """
CT ABDOMEN/PELVIS WITH CONTRAST
Accession: {accession}   Exam date: {date:exam}
Patient: {name} ({mrn})
Comparison: {date:prev}.
Findings: 1.8 cm hypodense lesion in hepatic segment VII, previously 1.2 cm. No free fluid.
Impression: Enlarging hepatic lesion; MRI recommended.
Dictated by: {doctor:r}, MD
""",
    ),
    family(
        "en",
        "consult",
        "note",
        "dev",
        """
CARDIOLOGY CONSULT
Requesting: Dr. {doctor_family:a}   Date: {date:exam}
Reason: new AF in {age} yo {sex} ({name}) admitted for {eponym}.
Recs: start {drug}; TTE; {lab}.
Thank you for this consult. {doctor:b}, MD, pager {tel:pager}
""",
    ),
    family(
        "en",
        "referral",
        "letter",
        "dev",
        """
{date:report}

Dear Dr. {doctor_family:b},

I am referring {name} (DOB {dob}) to your clinic at {hospital:to} for evaluation of {eponym}.
Current medications: {drug}, {drug:2}.
{title} {family} can be reached at {phone} or {email}.
? Insurance member ID: {insurance}
? Patient portal: {url}

Sincerely,
{doctor:a}, MD
{hospital:from}
""",
    ),
    family(
        "en",
        "lab",
        "comment",
        "dev",
        """
Lab comment {date:exam}: Critical value {lab} called to {doctor:n}, RN, read back verified.
Patient {name}, MRN {mrn}. Repeat {lab:2} ordered.
""",
    ),
    family(
        "en",
        "outpatient",
        "sexual_health",
        "dev",
        """
Clinic visit {date:exam}. {name}, {age} y/o {sex}, presents with dysuria and discharge.
Results positive for {std}; treated with {drug}. Partner notification discussed.
? Patient prefers contact via {email}.
RTC {sdate:fu}.
""",
    ),
    family(
        "en",
        "obstetric",
        "prenatal",
        "dev",
        """
PRENATAL VISIT {date:exam}
{name}, {age} y.o. {preg}, LMP {date:lmp}, EDD {date:edc}.
FHT 150s, fundal height appropriate. {vitals}.
Partner {kin:a} present. Next visit {sdate:fu}.
""",
    ),
    family(
        "en",
        "progress",
        "pediatric",
        "dev",
        """
PEDS PROGRESS NOTE {date:exam}
{given} is a {age} y.o. with fever x3 days. Mom ({kin:a}) reports good PO intake, no vomiting.
Exam: well-appearing, no rash. Concern for {eponym}; echo ordered. Will continue {drug} and reassess.
Discussed with attending Dr. {doctor_family:a}; mother agrees with plan.
""",
        cohort="child",
    ),
    family(
        "en",
        "nursing",
        "admission",
        "dev",
        """
ADMISSION NURSING ASSESSMENT {date:adm}
Patient {name}, {age} yo {sex}, arrived via stretcher from ED.
Allergies: PCN. Home meds: {drug}; {drug:2}.
Emergency contact: {kin:a} (spouse) {mobile:k}. Lives at {address} (zip {postcode}) with spouse.
Fall risk: high. PT to see pt tomorrow; will monitor for marked orthostasis. Hope to ambulate with walker by Friday.
""",
    ),
    family(
        "en",
        "radiology",
        "xray",
        "dev",
        """
EXAM: CHEST PA AND LATERAL
DATE: {date:exam}    ACC#: {accession}
HISTORY: {age} year old {sex}, cough. MRN {mrn}.
COMPARISON: Outside study from {hospital:prev} dated {date:prev}.
FINDINGS: Patchy RLL opacity. No effusion. Heart size normal.
IMPRESSION: RLL pneumonia. Findings communicated to Dr. {doctor:a} by phone at {sdate:exam} 14:05.
""",
    ),
    family(
        "en",
        "discharge",
        "instructions",
        "dev",
        """
Discharge instructions for {name}
You were in the hospital from {date:adm} to {date:dc} for {eponym}.
Take {drug} every day. Stop taking ibuprofen.
Your follow-up appointment: {date:fu} with {doctor:b} at {hospital:pcp}, {tel:clinic}.
Call 911 or return to the ED if you have chest pain or trouble breathing.
""",
    ),
)
