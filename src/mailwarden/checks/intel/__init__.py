"""Indicator checks: connecting and relay IPs, envelope and header domains, URLs, attachment hashes."""
