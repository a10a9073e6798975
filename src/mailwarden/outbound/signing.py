"""DKIM signing of outbound mail (RFC 6376; Ed25519 per RFC 8463) with keys per domain and selector.

Key rotation by selector: publish the new selector's record, mark its key ``active``, and keep the
old one inactive until mail signed with it has been delivered. With an RSA and an Ed25519 key active
for one domain, every message gets both signatures (RFC 8463 §3 advises dual signing).
"""

from __future__ import annotations

import base64
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import dkim
from pydantic import BaseModel, ConfigDict, Field

from mailwarden.errors import ConfigError

Algorithm = Literal["rsa-sha256", "ed25519-sha256"]
# Signed header fields; From is signed once more than it occurs ("oversigned") so no From can be added.
SIGNED_HEADERS = (
    b"from",
    b"to",
    b"cc",
    b"subject",
    b"date",
    b"message-id",
    b"reply-to",
    b"in-reply-to",
    b"references",
    b"mime-version",
    b"content-type",
    b"content-transfer-encoding",
    b"content-disposition",
    b"resent-from",
    b"resent-to",
    b"list-unsubscribe",
)


class DkimKeyConfig(BaseModel):
    """One signing key: ``[[dkim.keys]]`` in the configuration."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    domain: str = Field(description="d= domain; also signs mail whose From: is a sub-domain of it")
    selector: str = Field(description="s= selector: the key is published at SELECTOR._domainkey.DOMAIN")
    algorithm: Algorithm = "rsa-sha256"
    key_file: str = Field(description="RSA: PEM private key; Ed25519: base64 32-byte seed or PKCS#8 PEM")
    active: bool = Field(True, description="inactive keys are kept for rotation but do not sign")


@dataclass(frozen=True, slots=True)
class DkimKey:
    """A loaded private key."""

    domain: str
    selector: str
    algorithm: Algorithm
    private_key: bytes  # what dkimpy takes: PEM (RSA) or base64 seed (Ed25519)


def load_key(cfg: DkimKeyConfig) -> DkimKey:
    """Read a key file; a missing or malformed file is a configuration error."""
    try:
        data = Path(cfg.key_file).read_bytes().strip()
    except OSError as e:
        raise ConfigError(f"dkim key {cfg.selector}._domainkey.{cfg.domain}: cannot read {cfg.key_file}: {e}") from e
    if cfg.algorithm == "ed25519-sha256" and data.startswith(b"-----BEGIN"):
        data = _ed25519_seed_from_pem(data)
    if cfg.algorithm == "ed25519-sha256" and len(base64.b64decode(data, validate=False)) != 32:
        raise ConfigError(f"dkim key {cfg.key_file}: an Ed25519 key is a base64 32-byte seed")
    return DkimKey(cfg.domain.lower().rstrip("."), cfg.selector, cfg.algorithm, data)


def _ed25519_seed_from_pem(pem: bytes) -> bytes:
    body = base64.b64decode(b"".join(re.findall(rb"^[A-Za-z0-9+/=]+$", pem, re.M)))
    return base64.b64encode(body[-32:])  # PKCS#8 Ed25519: the seed is the last 32 bytes


@dataclass(frozen=True, slots=True)
class SignatureHeader:
    """A header to prepend to the message: ``name: value`` (value unfolded, below 998 octets)."""

    name: str
    value: str
    domain: str
    selector: str
    algorithm: str


class DkimSigner:
    """Signs raw messages with the active keys of the From: domain."""

    def __init__(self, keys: Sequence[DkimKey], headers: Sequence[bytes] = SIGNED_HEADERS) -> None:
        self.keys = tuple(keys)
        self.headers = tuple(headers)

    @classmethod
    def from_config(cls, configs: Sequence[DkimKeyConfig]) -> DkimSigner:
        return cls([load_key(c) for c in configs if c.active])

    def keys_for(self, from_domain: str) -> list[DkimKey]:
        """Active keys whose d= is the From: domain or a parent of it (RFC 7489 relaxed alignment)."""
        d = from_domain.lower().rstrip(".")
        exact = [k for k in self.keys if k.domain == d]
        return exact or [k for k in self.keys if d.endswith("." + k.domain)]

    def sign(self, raw: bytes, from_domain: str) -> list[SignatureHeader]:
        """DKIM-Signature headers for ``raw`` (CRLF or LF line ends); [] when no key covers the domain."""
        out: list[SignatureHeader] = []
        linesep = b"\r\n" if b"\r\n" in raw[:4096] else b"\n"
        for key in self.keys_for(from_domain):
            d = dkim.DKIM(raw, linesep=linesep)
            present = {name.lower() for name, _ in d.headers}
            include = [h for h in self.headers if h in present] + [b"from"]  # oversign From
            sig = d.sign(
                key.selector.encode(),
                key.domain.encode(),
                key.private_key,
                signature_algorithm=key.algorithm.encode(),
                canonicalize=(b"relaxed", b"relaxed"),
                include_headers=include,
            )
            name, _, value = sig.decode("ascii").partition(":")
            out.append(SignatureHeader(name, " ".join(value.split()), key.domain, key.selector, key.algorithm))
        return out


def generate_key(algorithm: Algorithm, bits: int = 2048) -> tuple[bytes, str]:
    """A new private key (file contents) and the DNS TXT value to publish for it."""
    if algorithm == "ed25519-sha256":
        from nacl.signing import SigningKey

        sk = SigningKey.generate()
        public = base64.b64encode(bytes(sk.verify_key)).decode()
        return base64.b64encode(bytes(sk)) + b"\n", f"v=DKIM1; k=ed25519; p={public}"
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    if bits < 2048:
        raise ConfigError(
            "RSA DKIM keys shorter than 2048 bits are refused (RFC 8301 §3.2: signers SHOULD use at least 2048)"
        )
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
    )
    spki = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return pem, f"v=DKIM1; k=rsa; p={base64.b64encode(spki).decode()}"


def zone_line(selector: str, domain: str, txt: str) -> str:
    """The record as a zone-file line, the TXT value split into 255-octet strings (RFC 1035 §3.3.14)."""
    chunks = " ".join(f'"{txt[i : i + 255]}"' for i in range(0, len(txt), 255))
    return f"{selector}._domainkey.{domain.rstrip('.')}. IN TXT ( {chunks} )"
