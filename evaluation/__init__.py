"""Synthetic gold notes and scoring of detection (precision, recall, F1, leak rate)."""
