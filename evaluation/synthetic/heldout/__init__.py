"""Held-out template families, scored by the held-out split and never used in development.

Whoever writes or tunes detectors must not read these modules nor train on notes rendered from them:
their scores stand for notes written in styles the detectors have never seen.
"""
