"""RRSIG verification (RFC 4034 §3.1.8.1, RFC 4035 §5.3) with `cryptography`.

dnspython 2.9 only enables its DNSSEC code with cryptography>=50, which sslyze 6.x (cryptography<47)
excludes (components.md), so the few algorithms in use today are verified here directly.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

import dns.dnssec
import dns.rdata
import dns.rrset
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from dns.rdtypes.ANY.DNSKEY import DNSKEY

_RSA = {8: hashes.SHA256, 10: hashes.SHA512}  # RFC 5702
_EC = {13: (ec.SECP256R1, hashes.SHA256, 32), 14: (ec.SECP384R1, hashes.SHA384, 48)}  # RFC 6605


def _rsa_key(raw: bytes) -> rsa.RSAPublicKey:
    # RFC 3110 §2: exponent length (1 byte, or 0 then 2 bytes), exponent, modulus.
    if raw[0]:
        elen, rest = raw[0], raw[1:]
    else:
        elen, rest = int.from_bytes(raw[1:3], "big"), raw[3:]
    e, n = int.from_bytes(rest[:elen], "big"), int.from_bytes(rest[elen:], "big")
    return rsa.RSAPublicNumbers(e, n).public_key()


def _verify(alg: int, key: bytes, sig: bytes, data: bytes) -> None:
    if alg in _RSA:
        _rsa_key(key).verify(sig, data, padding.PKCS1v15(), _RSA[alg]())
    elif alg in _EC:
        curve, digest, size = _EC[alg]
        pub = ec.EllipticCurvePublicKey.from_encoded_point(curve(), b"\x04" + key)
        der = encode_dss_signature(int.from_bytes(sig[:size], "big"), int.from_bytes(sig[size:], "big"))
        pub.verify(der, data, ec.ECDSA(digest()))
    elif alg == 15:  # RFC 8080
        ed25519.Ed25519PublicKey.from_public_bytes(key).verify(sig, data)
    else:
        raise ValueError(f"unsupported DNSSEC algorithm {alg}")


def verify_rrset(rrset: dns.rrset.RRset, rrsigs: Sequence[dns.rdata.Rdata], dnskeys: Sequence[dns.rdata.Rdata]) -> None:
    """Succeed if one RRSIG validates with one DNSKEY and is within its validity window; else ValueError."""
    now = time.time()
    errors = []
    for sig in rrsigs:
        if not sig.inception <= now <= sig.expiration:  # type: ignore[attr-defined]
            errors.append(f"RRSIG key {sig.key_tag} outside its validity period")  # type: ignore[attr-defined]
            continue
        for key in dnskeys:
            if not isinstance(key, DNSKEY) or key.algorithm != sig.algorithm or dns.dnssec.key_id(key) != sig.key_tag:  # type: ignore[attr-defined]
                continue
            data = dns.dnssec._make_rrsig_signature_data(rrset, sig)  # type: ignore[arg-type]
            try:
                _verify(int(sig.algorithm), key.key, sig.signature, data)  # type: ignore[attr-defined]
                return
            except (InvalidSignature, ValueError) as e:
                errors.append(f"RRSIG key {sig.key_tag}: {type(e).__name__} {e}")  # type: ignore[attr-defined]
    raise ValueError("; ".join(errors) or "no RRSIG matches a DNSKEY")
