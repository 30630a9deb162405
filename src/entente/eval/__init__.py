"""Evaluation: events against a gold file, time expressions against the French TimeBank."""
