"""Bundled sample messages (written by us, no real patient data) for the embedded default run."""
