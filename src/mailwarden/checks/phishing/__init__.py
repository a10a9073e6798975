"""Phishing checks: URL tricks, look-alike domains, credential-harvesting attachments, impersonation, lures."""
