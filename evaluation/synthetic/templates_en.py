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
    family(
        "en",
        "operative",
        "report",
        "dev",
        """
OPERATIVE REPORT
Date of Surgery: {date:op}
Patient: {family}, {given}    Medical Record Number: {mrn}    Age/Sex: {age}/{sex}
Surgeon: {doctor:a}, MD    Assistant: {doctor:b}, PA-C
Preoperative diagnosis: symptomatic cholelithiasis ({icd}); positive {eponym}.
Procedure: laparoscopic cholecystectomy. Anesthesia: general endotracheal.
Findings: distended gallbladder, no purulence. EBL 25 mL.
Specimens: gallbladder to pathology, Specimen ID {accession}.
? Implants: none. Counts correct x2.
Disposition: PACU in stable condition; {drug} for pain. The patient's wife, {kin:a}, was updated in the waiting area.
""",
    ),
    family(
        "en",
        "anesthesia",
        "record",
        "dev",
        """
ANESTHESIA RECORD | {hospital:self} | OR 7
Pt: {name} | DOB: {dob} | MR#: {mrn} | ASA III
Procedure date | {date:op}
Anesthesiologist | {doctor:a}, MD
CRNA | {doctor:c}, CRNA
Induction | propofol 150 mg, rocuronium 50 mg; {drug}
Airway | grade I view, 7.0 ETT, {eponym} noted on exam
Intraop | {vitals}; {lab}
? Monitor data exported to {ip}.
? Consent signed by health care proxy {kin:a}, reachable at {mobile:k}.
""",
    ),
    family(
        "en",
        "emergency",
        "triage",
        "dev",
        """
ED TRIAGE {sdate:adm} 02:41
Arrived by EMS from {location:scene}. {age}yo {sex}, fall down stairs at a friend's house.
CC: L wrist pain, +LOC? GCS 15. {vitals}
ESI 3. Allergies: sulfa.
Pt states she was driving back from {location:trip} when the pain began; visiting from {location:home} for the week.
PCP: Dr. {doctor_family:p} at {hospital:pcp}
? Contact: {kin:a} (sister) {phone}
Triage RN: {doctor:n}
""",
    ),
    family(
        "en",
        "transfer",
        "letter",
        "dev",
        """
INTERFACILITY TRANSFER SUMMARY
Sending facility: {hospital:from}, {location:from}
Receiving facility: {hospital:to}
Accepting physician: {doctor:b}, MD ({dept})
Transfer date: {date:dc}
Name: {name}   Date of birth: {dob}   Hosp #: {mrn}
Reason for transfer: higher level of care for {eponym}; needs interventional cardiology not available locally.
Course here: {drug}; {lab}. Last vitals {vitals}.
? Insurance ID: {insurance}
? Patient's home is in {location:home}; family will travel from there.
Report called to receiving RN at {tel:recv}.
{doctor:a}, MD
""",
    ),
    family(
        "en",
        "telephone",
        "nurse_call",
        "dev",
        """
TELEPHONE ENCOUNTER {date:exam} 4:15 PM
Caller: {kin:a} (daughter) cb# {mobile:k}
re: mom {name} (DOB {dob}) - dizzy since yesterday, BP at home 168/94.
Pt currently at her lake house near {location:lake}, about 2 hrs from clinic.
Advised: hold {drug}, recheck BP in 1 hr, go to nearest ED if chest pain or weakness.
? Portal message link: {url}
Caller verbalized understanding. Routed to Dr. {doctor_family:a}.
- {doctor:n}, LPN
""",
    ),
    family(
        "en",
        "pathology",
        "surgical",
        "dev",
        """
SURGICAL PATHOLOGY REPORT
Case No.: {accession}
Patient: {name}    MRN: {mrn}    Sex: {sex}    Age: {age}
Collected: {date:op}    Received: {date:exam}    Reported: {date:report}
Submitting physician: {doctor:a}
Outside slides from {hospital:prev} reviewed.
Gross: received in formalin labeled with the patient's name, a 3.2 x 2.1 x 1.0 cm tan-pink mass.
Diagnosis: invasive ductal carcinoma, grade 2; margins negative. ER/PR positive, HER2 negative.
Electronically signed by {doctor:p}, MD, pathologist
""",
    ),
    family(
        "en",
        "insurance",
        "necessity_letter",
        "dev",
        """
{date:report}

RE: Letter of Medical Necessity
Patient: {name}
Date of Birth: {dob}
Member #: {insurance}
? Policy holder: {kin:a}
? Claim Number: {accession}

To whom it may concern,

My patient, {title} {family}, has {eponym} ({icd}) and has failed {drug} and {drug:2}. I am requesting coverage of a continuous glucose monitor. {title} {family} lives alone in {location:home} and has had two hypoglycemic episodes requiring EMS.

Please contact my office at {tel:office} or {email} with any questions.

{doctor:a}, MD
{dept}, {hospital:self}
""",
    ),
    family(
        "en",
        "home_health",
        "visit",
        "dev",
        """
HOME HEALTH SKILLED NURSING VISIT
Visit date: {date:exam}    Time in 0930 / out 1040
Client: {name}    Client ID: {mrn}
Visit address: {address}
? Gate code provided by son {kin:a}; parking on street.
Homebound status: leaves home only for medical appts in {location:appt}.
Wound care: sacral stage II, {eponym} precautions reviewed. {vitals}.
Meds reconciled: {drug}, {drug:2}. Pt reports she went to church in {location:church} last Sunday with her neighbor.
Next visit {sdate:fu}. Supervising MD: {doctor:a}
""",
    ),
    family(
        "en",
        "public_health",
        "case_report",
        "dev",
        """
COMMUNICABLE DISEASE CASE REPORT
Reporting facility: {hospital:self}    Report date: {date:report}
Patient name: {name}    DOB: {dob}    Sex: {sex}
Residence: {address}
Phone: {phone}    Email: {email}
Diagnosis: {std}, confirmed by NAAT on {date:exam}.
Travel in past 30 days: yes - {location:trip}.
? Passport No: {passport}
? Driver's License: {license}
Treated with {drug}. Contacts identified: 2. Reporter: {doctor:a}, NP
""",
    ),
    family(
        "en",
        "psychiatry",
        "interview",
        "dev",
        """
Psychiatric Evaluation - {date:exam}
ID: {name} is a {age}-year-old {sex} who was born in {location:birth} and grew up in {location:raised}. She is currently staying with a friend in {location:now} after losing her apartment.
HPI: 3 weeks of low mood, poor sleep, passive SI without plan. Denies HI/AVH.
Social: divorced, works at a warehouse, estranged from her brother {kin:b}. Her mother {kin:a} calls daily.
MSE: tearful, linear, insight fair. PHQ-9 21.
Plan: start {drug}; safety plan reviewed; f/u {sdate:fu} with {doctor:a}, LCSW.
""",
    ),
    family(
        "en",
        "obstetric",
        "labor",
        "dev",
        """
L&D ADMISSION NOTE {date:adm} 22:10
{name} (MRN {mrn}), {age} yo, {preg}, presents with SROM at 20:30, clear fluid.
EDC {date:edc} by first-trimester US. GBS negative. {vitals}.
SVE 4/80/-1. Cat I tracing.
Plan: admit to L&D, expectant management, {drug} PRN, epidural on request.
Support person: {kin:a}. Pediatrics aware. {doctor:a}, MD (OB)
""",
    ),
    family(
        "en",
        "dental",
        "visit",
        "dev",
        """
DENTAL CLINIC - Periodic exam
Pt: {name} | Chart #: {mrn} | Visit: {date:exam}
Med hx reviewed: {eponym}; takes {drug}. BP {vitals}.
Findings: #19 MOD caries, #30 fractured cusp. Perio: generalized 3-4 mm pockets.
Tx plan: #19 composite, #30 crown. Next appt {sdate:fu}.
? Billing ZIP code: {postcode}
? Dental insurance subscriber ID {insurance}; secondary via spouse {kin:a}.
Provider: {doctor:a}, DDS
""",
    ),
    family(
        "en",
        "icu",
        "flowsheet_narrative",
        "dev",
        """
MICU NURSING NARRATIVE 0700-1900 {date:exam}
{family}, {given} | Bed 12 | MRN {mrn} | {age}{sex_initial} | Code: FULL | Allergies: NKDA
Neuro: A&Ox3, PERRLA 3 mm brisk, MAE x4, GCS 15. RASS 0. CAM-ICU negative.
CV: NSR 70s-80s, {vitals}. +2 radial/DP pulses. No edema.
Resp: 2L NC, LS clear bilat, diminished bases. CXR {sdate:cxr} unchanged.
GI/GU: NPO after MN, BS active x4, Foley to gravity, UOP 40-60 mL/hr.
Skin: Braden 16, {eponym} hx, sacrum intact, turned q2h.
Labs 0400: {lab}, {lab:2}; Mg 1.8, iCa 1.12. Repleted per protocol.
Drips: {drug} titrated; heparin gtt 1200 units/hr, PTT at 1400.
? Family: wife {kin:a} at bedside 1000-1500, updated by Dr. {doctor_family:a}; prefers calls to {mobile:k}.
? IV access: R IJ TLC placed {date:line} by ICU team, day 3.
Plan: SBT in AM, PT/OT consult, s/p bronch {sdate:op}, f/u cultures.
{doctor:n}, RN BSN CCRN
""",
    ),
    family(
        "en",
        "handover",
        "ipass_signout",
        "dev",
        """
SIGNOUT {sdate:exam} 1900 - Gold team, pgr {tel:pager}
1) {name} rm 4012 | {age}{sex_initial} | {mrn}
 - IP: WATCHER. c/o SOB, s/p TAVR {sdate:op}. NKDA.
 - Sit: on {drug}; {lab}; K 3.4 -> 40 mEq KCl PO x1.
 - If SBP < 90: 500 mL LR bolus, call senior.
 - If CP: EKG, trop x2, page cards fellow Dr. {doctor_family:c}.
 - TODO: f/u BCx, AM BMP/CBC/Mg. Daughter {kin:a} HCP, cell {mobile:k}.
? 2) bed hold for transfer to {hospital:dest} pending; accepting {doctor:d}.
Synthesis: pt stable, plan d/c {sdate:dc} if ambulating. - {doctor:a}, PGY-2
""",
    ),
    family(
        "en",
        "pharmacy",
        "rx_verification",
        "dev",
        """
OUTPATIENT PHARMACY - Rx VERIFICATION
Rx# 4471902  Filled: {date:exam} 11:42
Pt: {name}  DOB: {dob}  Ph: {phone}
Addr: {address}
Prescriber: {doctor:a}, DO  |  Clinic: {hospital:clinic}
Sig: {drug}; #30, RF x2. Also: {drug:2}.
Controlled substance: oxycodone 5 mg q6h PRN, #12, NR. PDMP checked {sdate:exam}, no red flags.
? ID at pickup: DL# {license}, presented by husband {kin:a}.
? Ins: BIN 610014 PCN ADV Member ID {insurance}
Counseled on sedation, constipation, no EtOH. Pt verbalized understanding.
RPh: {doctor:r}, PharmD
""",
    ),
    family(
        "en",
        "consent",
        "procedure",
        "dev",
        """
INFORMED CONSENT FOR PROCEDURE
Patient: {name}                 Medical record no.: {mrn}
Procedure: EGD with possible biopsy and dilation
Performing physician: Dr. {doctor:a}, {dept}
Risks discussed: bleeding, perforation, aspiration, reaction to propofol. Alternatives: barium swallow, CT.
? Patient unable to consent (delirium, CAM+). Consent obtained from health care proxy {kin:a}, relationship: son, tel. {mobile:k}.
? Interpreter: Spanish, ID #88231, via video.
Signature of patient/representative: ________  Date/Time: {date:exam} 08:15
Witness: {doctor:w}, RN          Date: {sdate:exam}
Time-out completed, site N/A. ASA II. Allergies: PCN (rash).
""",
    ),
    family(
        "en",
        "death",
        "summary",
        "dev",
        """
DEATH SUMMARY / PRONOUNCEMENT NOTE
Decedent: {name}, age {age}, {sex}. MRN {mrn}. DOB {dob}.
Called to bedside by RN at 03:12 for no pulse. No spontaneous respirations, no heart sounds x 1 min, pupils fixed and dilated. DNR/DNI per MOLST.
Time of death: 03:18 on {date:death}. Pronounced by {doctor:a}, MD.
Cause of death: (a) septic shock, (b) {eponym}, (c) {icd}. Autopsy declined.
Attending Dr. {doctor_family:b} notified. Medical examiner not a case per criteria; ME case # N/A.
Next of kin: {kin:a} (spouse), notified by phone {tel:kin} at 03:40; arriving from {location:kin}.
? Organ procurement organization notified, referral #{accession}.
Body released to funeral home in {location:fh} per family.
""",
    ),
    family(
        "en",
        "immunization",
        "record_table",
        "dev",
        """
IMMUNIZATION RECORD - Pediatrics, {hospital:self}
Child: {name} | DOB {dob} | Age {age} y | Sex {sex} | Chart {mrn}
Parent/guardian: {kin:a}   Tel: {phone}   Email: {email}
Home: {address}
Vaccine      | Date given     | Dose   | Site | Lot       | Given by
DTaP-IPV     | {date:v1}  | 0.5 mL | L VL | 3CA19A2   | {doctor:n}, RN
MMR II       | {date:v2}  | 0.5 mL | R arm SC | Y012745 | {doctor:n}, RN
Influenza    | {sdate:v3}   | 0.5 mL | L deltoid | UT7721 | {doctor:m}, LPN
VIS given and reviewed with parent. No reaction after 15 min observation. Temp 37.1 C, Wt 18.2 kg (52%ile).
? State registry (IIS) ID: {accession}
? Next due: Tdap/HPV/MenACWY at 11-12 y; catch-up Hep A on {sdate:next}.
""",
        cohort="child",
    ),
    family(
        "en",
        "lab",
        "requisition",
        "dev",
        """
LABORATORY REQUISITION
Ordering provider: {doctor:a}, MD     Phone {tel:office}     Fax {tel:fax}
Patient last name: {family}     First name: {given}     DOB: {dob}
Sex: {sex}    MRN: {mrn}    Zip: {postcode}
Collection date/time: {date:exam} @ 0745    Fasting: Y
Tests: CBC w/ diff, CMP, lipid panel, TSH, HbA1c, UA w/ reflex culture
Dx codes: {icd}, {icd:2}
Previous result: {lab} ({sdate:prev})
? Bill to: insurance, policy # {insurance}
? Copy results to: {doctor:b}, {hospital:copy}
Specimen ID: {accession}    Draw site: L AC, 1 stick
""",
    ),
    family(
        "en",
        "portal",
        "message_thread",
        "dev",
        """
MyChart message thread
[{sdate:m1} 21:07] From patient {name}: hi dr {doctor_family:a} its me again, my sugar was 312 tonight after dinner, i took my {drug}. should i go to ER?? my ph is {mobile:p}
[{sdate:m2} 07:55] From {doctor:n}, RN (Endocrine): Good morning. A reading of 312 needs follow-up. Please check ketones, push fluids, and call 911 if vomiting or confused. Dr. {doctor_family:a} will review today.
[{sdate:m2} 13:20] From {doctor:a}, MD: Increase glargine to 22 units qHS. Recheck A1c ({lab}) next visit {sdate:fu}.
? [{sdate:m2} 13:21] System: message opened from IP {ip}
? Sent to alternate address {email} per patient request.
""",
    ),
    family(
        "en",
        "rehab",
        "pt_evaluation",
        "dev",
        """
PHYSICAL THERAPY INITIAL EVALUATION
Date: {date:exam}   Referring MD: {doctor:b}   Dx: s/p R TKA ({icd}) on {sdate:op}
Patient: {name}, {age} y/o {sex}. Lives with spouse {kin:a} in 2-story home in {location:home}, 12 STE with R rail.
PLOF: independent, drove, golfed 2x/wk. Goals: return to golf, community ambulation.
Subjective: pain 5/10 at rest, 8/10 with WB. Takes {drug} 30 min before PT.
Objective: R knee AROM 10-85 deg, PROM 5-95 deg. Quad lag 10 deg. MMT hip abd 4-/5. TUG 18 s. {vitals}.
Gait: RW, step-to, CGA x 50 ft. Transfers: SBA.
Assessment: deficits in ROM, strength, gait c/w post-op course. Good rehab potential.
Plan: 3x/wk x 6 wks, HEP issued. Next appt {sdate:fu}.
{doctor:p}, PT, DPT
""",
    ),
)
