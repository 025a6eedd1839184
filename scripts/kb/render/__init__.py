"""One small renderer per page kind; each returns {path: markdown} for the pages it owns."""
