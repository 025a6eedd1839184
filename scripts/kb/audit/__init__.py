"""Curation checks, one module each, run by scripts/curation_report.py (not by the build)."""
