"""Header anomaly checks: dates, Message-ID, MIME headers, Received chains, senders, bulk mailers."""
