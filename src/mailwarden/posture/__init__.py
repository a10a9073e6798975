"""Posture audit of mail domains and hosts (DNS, SMTP, TLS, access, config), mapped to VN/CN controls."""
