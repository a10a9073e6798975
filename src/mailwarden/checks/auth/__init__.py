"""Sender-authentication checks (SPF, DKIM, ARC, DMARC): RFC mechanisms from ``mailwarden.auth`` → symbols."""
