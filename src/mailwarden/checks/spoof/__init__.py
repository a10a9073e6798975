"""Spoofing checks: protected domains, display names, Reply-To diversions."""
