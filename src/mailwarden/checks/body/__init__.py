"""Body and HTML checks: hidden text, tiny fonts, image-only mail, obfuscated words, URL counts, forms."""
