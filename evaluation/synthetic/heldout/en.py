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
)
