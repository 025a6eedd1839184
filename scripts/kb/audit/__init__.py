"""Curation audits: each module reads the loaded knowledge base and reports where records may
break a curation rule. scripts/curation_report.py runs the registered ones."""
