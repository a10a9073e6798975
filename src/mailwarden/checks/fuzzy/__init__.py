"""Fuzzy hashes of reported mail: near-copies of a message the site reported as spam/phishing (or released as ham)."""
