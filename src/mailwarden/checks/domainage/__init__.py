"""Domain age: senders and linked domains registered shortly before the message arrived (RDAP)."""
