"""Held-out English families: the yardstick of the held-out split (see heldout/__init__)."""

# ruff: noqa: E501 (a template line is one line of the note it renders)

from emr_deid.evaluation.synthetic.families import family

FAMILIES = (
    family(
        "en",
        "operative",
        "note",
        "heldout",
        """
OPERATIVE REPORT
Date of Surgery: {date:op}
Surgeon: {doctor:a}, MD   Assistant: {doctor:b}, PA-C   Anesthesia: {doctor:c}
Patient: {name}, MRN {mrn}, SSN {natid}
Procedure: laparoscopic cholecystectomy. EBL 20 mL. {eponym} noted incidentally.
Disposition: PACU, then {hospital:self} 6 West. Family ({kin:a}) updated at {mobile:k}.
""",
    ),
    family(
        "en",
        "emergency",
        "note",
        "heldout",
        """
ED NOTE {date:adm} 22:41
{age}yo {sex} BIBA from {location:scene} after a fall. Hx {eponym}, on {drug}.
ID: driver's license {license}; passport {passport}.
Registered under {name}; emergency contact {kin:a} {mobile:k}.
Dispo: admit to Dr. {doctor_family:a}.
""",
    ),
    family(
        "en",
        "telephone",
        "encounter",
        "heldout",
        """
Telephone encounter {date:exam} - caller {kin:a} (daughter of {name}) at {phone}.
Reports worsening confusion. Address confirmed: {address}, zip {postcode}.
Advised ED eval at {hospital:to}. Summary sent to {email}. Routed to {doctor:a}. Portal message via {url}.
""",
    ),
    family(
        "en",
        "discharge",
        "snf_transfer",
        "heldout",
        """
Transfer summary to {hospital:to}
{name} | DOB {dob} | MRN {mrn} | Medicare {insurance}
Admitted {date:adm}, transferred {date:dc}. Dx: {eponym}; {icd}.
Meds: {drug}. Code status: DNR. Contact: {kin:a}, {mobile:k}. Workstation {ip} printed this summary.
""",
    ),
    family(
        "en",
        "emergency",
        "ob_triage",
        "heldout",
        """
L&D TRIAGE {date:exam}
{name} is a {age} yo {preg} presenting with vaginal bleeding. Known {std} treated on {sdate:prev}.
{vitals}. Contact: {phone}. OB attending {doctor:a} notified.
""",
    ),
    family(
        "en",
        "consult",
        "psychiatry",
        "heldout",
        """
PSYCHIATRY C/L NOTE {date:exam}
Asked by Dr. {doctor_family:a} to see {name}, a {age} yo {sex} with {eponym}, for low mood after the death of spouse {kin:a}.
Denies SI/HI. Sister {kin:b} visits daily. Plan: sertraline 25 mg, f/u in clinic {sdate:fu} ({tel:clinic}).
{doctor:b}, MD
""",
    ),
    family(
        "en",
        "lab",
        "pathology",
        "heldout",
        """
SURGICAL PATHOLOGY REPORT  Case #{accession}
Patient: {name}   DOB: {dob}   MRN: {mrn}
Collected: {date:op}   Received: {sdate:report}
Submitting physician: {doctor:a}, {hospital:from}
DIAGNOSIS: Colon, sigmoid, biopsy: tubular adenoma, no high-grade dysplasia.
""",
    ),
    family(
        "en",
        "radiology",
        "ct_report",
        "heldout",
        """
EXAM: CT ABDOMEN AND PELVIS WITH IV CONTRAST
ACCESSION: {accession}    ORDERING PROVIDER: {doctor:a}, MD
PATIENT: {name}    MRN: {mrn}    DOB: {dob}    AGE/SEX: {age}/{sex}
DATE OF SERVICE: {date:exam}
CLINICAL HISTORY: RLQ pain and fever. History of {eponym}.
COMPARISON: CT abdomen {sdate:prev}.
TECHNIQUE: Axial images of the abdomen and pelvis after 100 mL Omnipaque 350 IV. Coronal and sagittal reformats.
FINDINGS:
Liver, gallbladder, spleen, pancreas, adrenals: Unremarkable.
Kidneys: No hydronephrosis or calculus.
Bowel: Dilated fluid-filled appendix measuring 12 mm with periappendiceal fat stranding. No extraluminal gas. No drainable collection.
Pelvis: Trace free fluid.
IMPRESSION:
1. Acute uncomplicated appendicitis.
2. No abscess or perforation.
CRITICAL RESULT: Discussed with {doctor:a} by telephone ({tel:ord}) at 14:32 on {sdate:exam} by {doctor:rad}.
Electronically signed by {doctor:rad}, MD on {date:report} at workstation {ip}.
? Key images: {url}
""",
    ),
    family(
        "en",
        "icu",
        "progress_by_system",
        "heldout",
        """
MICU PROGRESS NOTE - HD#4 - {date:exam}
{name}, {age} y/o {sex}, MRN {mrn}, transferred {sdate:adm} from {hospital:from} with septic shock; PMH {eponym}.
24h: Extubated to HFNC 40 L/60%. Norepi down to 0.04. One run of AF with RVR, rate controlled with IV metoprolol.
Vitals: {vitals}
Labs: {lab}; {lab}; {lab}
Neuro: CAM-ICU negative. Resume home {drug}.
CV: Shock improving, wean pressors to MAP > 65.
Resp: HFNC, wean FiO2 as tolerated, IS q1h.
Renal: AKI on CKD, non-oliguric, renally dose abx.
ID: Klebsiella bacteremia, day 4 of cefepime; repeat cultures NGTD.
PPx: {drug}; PPI.
Dispo/GOC: Family meeting today with HCP {kin:a} ({mobile:k}); remains full code. Stay in MICU.
? Social: lives at {address}, {postcode}; insurance {insurance}; daughter-in-law {kin:b} also involved.
? Portal message from family received via {email}.
Seen and discussed with Dr. {doctor_family:att}. -- {doctor:res}, MD PGY-2
""",
    ),
)
