"""Benchmark scripts: each prints its figures; speed is never asserted in tests."""
