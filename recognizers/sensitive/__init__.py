"""Tier-3 sensitive clinical facts (sexually transmitted infections, pregnancy) in Korean, Chinese and English.

A negated mention ("HIV negative", "否认梅毒") is still a sensitive fact, so negation is not checked.
Every instance matches the terms of all three languages: code-mixed notes write English terms inside
Korean or Chinese sentences, and the scripts do not collide.
"""
