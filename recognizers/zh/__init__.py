"""Recognizers for Chinese clinical text (one module per identifier)."""
