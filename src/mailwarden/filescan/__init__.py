"""Pure attachment analyzers (types, archives, Office, PDF, HTML, clamd, YARA, hashes): typed results, no scores."""
