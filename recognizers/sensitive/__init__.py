"""Tier-3 sensitive clinical facts (sexually transmitted infections, pregnancy) in Korean, Chinese and English.

A fact is masked where the note asserts it about the patient: an infection or a pregnancy named, in a history,
treated, or with a positive result. Negated and ruled-out mentions ("HIV negative", "否认梅毒", "임신 아님"),
tests with no result ("RPR", "HIV 검사"), clinic and visit words and generic drug-label wording are left
unmasked (`assertion` holds these rules; each recognizer's docstring lists its cases).
Every instance matches the terms of all three languages: code-mixed notes write English terms inside
Korean or Chinese sentences, and the scripts do not collide.
"""
