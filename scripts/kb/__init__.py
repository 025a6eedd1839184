"""双拥典型案例与政策知识库: load, validate and render the curated data in data/.

The package is plain Python that writes Markdown; MkDocs only sees the result
through the thin hook in scripts/mkdocs_hook.py.
"""
