"""Recognizers for Korean clinical text (one module per identifier)."""
