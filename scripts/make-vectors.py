#!/usr/bin/env python3
"""Regenerates tests/vectors/ with the Python libraries our users already have.

    python3 -m pip install argon2-cffi bcrypt
    python3 scripts/make-vectors.py

Writes tests/vectors/python-hashes.tsv: one `password<TAB>hash` per line (passwords are
printable ASCII without tabs), made by argon2-cffi (argon2id/argon2i/argon2d, v=19 and v=16),
Python bcrypt ($2b$ and $2a$) and hashlib.scrypt (passlib's PHC format), and
tests/vectors/python-hmac.tsv: `algorithm<TAB>key hex<TAB>message hex<TAB>hex digest` from
Python's hmac. Salts are random, so every run writes different (equally valid) hashes.
"""

import base64
import hashlib
import hmac
import os
import sys

import argon2
import bcrypt
from argon2.low_level import Type, hash_secret

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "vectors")

PASSWORDS = ["correct horse battery staple", "pässwörd", "x", "a" * 72, "p@ss w0rd!$"]


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode().rstrip("=")


def cheap_argon2(password: str, kind: Type, version: int) -> str:
    return hash_secret(
        password.encode(), os.urandom(16), time_cost=2, memory_cost=256, parallelism=2,
        hash_len=32, type=kind, version=version,
    ).decode()


def scrypt_phc(password: str, ln: int, r: int, p: int) -> str:
    salt = os.urandom(16)
    raw = hashlib.scrypt(password.encode(), salt=salt, n=1 << ln, r=r, p=p, dklen=32,
                         maxmem=256 * 1024 * 1024)
    return f"$scrypt$ln={ln},r={r},p={p}${b64(salt)}${b64(raw)}"


def binary_key(n: int) -> bytes:
    # Keys are read with file:, which drops one trailing newline: end them with another byte.
    return os.urandom(n - 1) + b"k"


def main() -> None:
    rows = []
    default = argon2.PasswordHasher()  # m=65536, t=3, p=4: what our defaults must match
    rows.append((PASSWORDS[0], default.hash(PASSWORDS[0])))
    for i, pw in enumerate(PASSWORDS):
        for kind in (Type.ID, Type.I, Type.D):
            for version in (19, 16):
                rows.append((pw, cheap_argon2(pw, kind, version)))
        rows.append((pw, bcrypt.hashpw(pw.encode(), bcrypt.gensalt(rounds=4)).decode()))
        rows.append((pw, bcrypt.hashpw(pw.encode(), bcrypt.gensalt(rounds=5, prefix=b"2a")).decode()))
        rows.append((pw, scrypt_phc(pw, 4 + i % 3, 8, 1 + i % 2)))
    rows.append((PASSWORDS[0], bcrypt.hashpw(PASSWORDS[0].encode(), bcrypt.gensalt()).decode()))
    with open(os.path.join(HERE, "python-hashes.tsv"), "w", encoding="utf-8") as f:
        for pw, h in rows:
            f.write(f"{pw}\t{h}\n")

    hmac_rows = []
    for alg in ("sha1", "sha256", "sha512"):
        for key, msg in [(b"key", b"The quick brown fox jumps over the lazy dog"),
                         (binary_key(100), os.urandom(1000)), (b"", b""),
                         (binary_key(200), bytes(range(256)) * 40)]:
            hmac_rows.append((alg, key.hex(), msg.hex(), hmac.new(key, msg, alg).hexdigest()))
    with open(os.path.join(HERE, "python-hmac.tsv"), "w", encoding="utf-8") as f:
        for row in hmac_rows:
            f.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} hashes and {len(hmac_rows)} HMACs", file=sys.stderr)


if __name__ == "__main__":
    main()
