"""Attachment checks: file types, archives, Office, PDF, HTML smuggling, ClamAV, YARA, hash indicators."""
