#!/usr/bin/env python3
"""Builds the labelled secret-scanning corpus under tests/data/scan/.

    python3 tests/data/scan/make_corpus.py          # rewrite corpus/ and the .jsonl files
    python3 tests/data/scan/make_corpus.py --check  # rebuild in memory, fail if anything differs

Every value is a FAKE made here from a fixed seed: structurally valid (prefix, length,
alphabet and, where the format has one, a correct checksum), never a real credential.
The output is byte-for-byte reproducible for a given Python and `cryptography` version
(the only dependency besides the standard library; it builds the private keys, certificates
and signatures, all deterministic: RSA PKCS#1 v1.5 and Ed25519 signatures, key material from
the seeded generator, no library-chosen salts or nonces).

Writes:
  corpus/...           the files
  labels.jsonl         one object per expected secret: path, line, kind, secret (+ decoded)
  negatives.jsonl      one object per deliberate look-alike: path, line, why, mimics
  ambiguous.jsonl      lines a reasonable scanner may or may not report: path, line, why
                       (score.py counts neither a hit nor a miss there)

Paths are relative to tests/data/scan/. Lines are 1-based; a multi-line secret (PEM, PuTTY)
is labelled on its first line. A line carries at most one label of any of the three files.
The third-party fixtures under third_party/ are not generated: they are copied verbatim from
their projects (see third_party/*/ORIGIN.md); this script only labels them and checks that
each labelled secret is on its line.
"""

import base64
import hashlib
import hmac
import json
import random
import struct
import sys
import zlib
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization as ser
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.x509.oid import NameOID

SEED = 0x5EC2E75  # fixed: the corpus is a function of this seed
HERE = Path(__file__).resolve().parent
CORPUS = "corpus"

DIGITS = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
BASE62 = DIGITS + UPPER + LOWER  # GitHub's order: 0-9, A-Z, a-z
B64URL = BASE62 + "-_"
HEX = "0123456789abcdef"
BASE32_AWS = UPPER + "234567"

rng = random.Random(SEED)


# --- primitive generators ---------------------------------------------------------------

def chars(alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(data):
    return base64.b64encode(data).decode()


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def fake_uuid():
    h = chars(HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


def password(n=20):
    """A strong random password. Symbols are limited to ones that need no escaping in a URL's
    user-info (RFC 3986 unreserved and sub-delims), in shell quotes, JSON, TOML or YAML; the
    first character is a letter or digit (a YAML plain scalar must not start with ! or *)."""
    symbols = "!*-_.~"
    while True:
        p = rng.choice(BASE62) + chars(BASE62 + symbols, n - 1)
        if sum(ch in DIGITS for ch in p) >= 2 and sum(ch in symbols for ch in p) >= 2:
            return p


def base62_fixed(value, width):
    out = ""
    while value:
        value, r = divmod(value, 62)
        out = BASE62[r] + out
    return out.rjust(width, "0")


def crc32_base62(text):
    """GitHub's and npm's token checksum: CRC32 (IEEE) of the random part, 6 base62 digits."""
    return base62_fixed(zlib.crc32(text.encode()), 6)


def checksummed(prefix, n=30):
    body = chars(BASE62, n)
    return prefix + body + crc32_base62(body)


def bad_checksum(prefix, n=30):
    """Same shape as checksummed() but the last 6 characters are not the CRC32."""
    body = chars(BASE62, n)
    good = crc32_base62(body)
    while True:
        wrong = chars(BASE62, 6)
        if wrong != good:
            return prefix + body + wrong


def fine_grained_pat(valid=True):
    """github_pat_ + 22 + _ + 59. GitHub does not document this format; public scanners
    (kingfisher) check that characters 44..51 of the second part are the first 8 RFC 4648
    base32 characters of SHA-256 over everything before them. Our fakes satisfy that."""
    head = "github_pat_11" + chars(UPPER + DIGITS, 9) + chars(BASE62, 11) + "_" + chars(BASE62, 43)
    check = base64.b32encode(hashlib.sha256(head.encode()).digest()).decode()[:8]
    if not valid:
        check = check[1:] + ("A" if check[0] != "A" else "B")
    return head + check + chars(BASE62, 8)


def aws_key_id(prefix="AKIA"):
    return prefix + chars(BASE32_AWS, 16)


def aws_secret():
    return chars(BASE62 + "/+", 40)


def gcp_api_key():
    return "AIzaSy" + chars(B64URL, 33)


def azure_storage_key():
    return b64(rbytes(64))


def azure_ad_secret():
    return chars(BASE62, 3) + rng.choice("78") + "Q~" + chars(BASE62 + "_~.-", 34)


def gitlab_pat():
    return "glpat-" + chars(B64URL, 20)


def slack_bot():
    return f"xoxb-{chars(DIGITS, 12)}-{chars(DIGITS, 13)}-{chars(BASE62, 24)}"


def slack_user():
    return f"xoxp-{chars(DIGITS, 12)}-{chars(DIGITS, 12)}-{chars(DIGITS, 13)}-{chars(HEX, 32)}"


def slack_app():
    return f"xapp-1-A{chars(UPPER + DIGITS, 10)}-{chars(DIGITS, 13)}-{chars(HEX, 64)}"


def slack_webhook():
    return ("https://hooks.slack.com/services/T" + chars(UPPER + DIGITS, 10) + "/B"
            + chars(UPPER + DIGITS, 10) + "/" + chars(BASE62, 24))


def stripe(prefix="sk_live_", long=False):
    return prefix + ("51" + chars(BASE62, 97) if long else chars(BASE62, 24))


def sendgrid():
    return "SG." + chars(B64URL, 22) + "." + chars(B64URL, 43)


def twilio_api_key():
    return "SK" + chars(HEX, 32)


def openai_key(kind="proj"):
    marker = "T3BlbkFJ"  # base64 of "OpenAI", in every OpenAI secret key
    if kind == "legacy":
        return "sk-" + chars(BASE62, 20) + marker + chars(BASE62, 20)
    return f"sk-{kind}-" + chars(B64URL, 74) + marker + chars(B64URL, 74)


def anthropic_key(kind="api03"):
    return f"sk-ant-{kind}-" + chars(B64URL, 93) + "AA"


def pypi_token():
    """pypi- + base64url of a version-2 macaroon for location pypi.org (a real macaroon
    structure, HMAC-chained with a random root key)."""
    def field(kind, data):
        return bytes([kind, len(data)]) + data
    ident = fake_uuid().encode()
    caveat = json.dumps({"version": 1, "permissions": {"projects": [rng.choice(
        ["acme-tools", "fastwidget", "tinyparse", "blobstore-client"])]}}).encode()
    sig = hmac.new(rbytes(32), ident, hashlib.sha256).digest()
    sig = hmac.new(sig, caveat, hashlib.sha256).digest()
    blob = (b"\x02" + field(1, b"pypi.org") + field(2, ident) + b"\x00"
            + field(2, caveat) + b"\x00" + b"\x00" + field(6, sig))
    return "pypi-" + b64url(blob)


def jwt_hs256(claims):
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = b64url(json.dumps(claims, separators=(",", ":")).encode())
    sig = hmac.new(rbytes(32), f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{b64url(sig)}"


def jwt_rs256(key, claims):
    header = b64url(json.dumps({"alg": "RS256", "typ": "JWT", "kid": chars(HEX, 16)},
                               separators=(",", ":")).encode())
    payload = b64url(json.dumps(claims, separators=(",", ":")).encode())
    sig = key.sign(f"{header}.{payload}".encode(), padding.PKCS1v15(), hashes.SHA256())
    return f"{header}.{payload}.{b64url(sig)}"


def claims():
    iat = 1_700_000_000 + rng.randrange(30_000_000)
    return {"sub": fake_uuid(), "iss": rng.choice(["https://auth.acme-internal.net",
                                                   "https://login.widgetco.io"]),
            "aud": "api", "iat": iat, "exp": iat + 3600,
            "scope": rng.choice(["read write", "admin", "orders:read"])}


# --- keys -------------------------------------------------------------------------------

SMALL_PRIMES = [p for p in range(3, 2000) if all(p % d for d in range(2, int(p ** 0.5) + 1))]


def is_probable_prime(n):
    if n < 2:
        return False
    for p in SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for _ in range(32):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def random_prime(bits):
    while True:
        n = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if is_probable_prime(n):
            return n


def rsa_key(bits=2048):
    e = 65537
    while True:
        p, q = random_prime(bits // 2), random_prime(bits // 2)
        if p == q or (p - 1) % e == 0 or (q - 1) % e == 0:
            continue
        n = p * q
        if n.bit_length() != bits:
            continue
        phi = (p - 1) * (q - 1)
        d = pow(e, -1, phi)
        nums = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p),
                                     rsa.RSAPublicNumbers(e, n))
        return nums.private_key()


def dsa_key():
    q = random_prime(160)
    while True:
        k = rng.getrandbits(1024 - 160) | (1 << (1024 - 161))
        p = k * q + 1
        if p.bit_length() == 1024 and is_probable_prime(p):
            break
    while True:
        h = rng.randrange(2, p - 1)
        g = pow(h, (p - 1) // q, p)
        if g > 1:
            break
    x = rng.randrange(1, q)
    params = dsa.DSAParameterNumbers(p, q, g)
    return dsa.DSAPrivateNumbers(x, dsa.DSAPublicNumbers(pow(g, x, p), params)).private_key()


def ec_key(curve, bits):
    return ec.derive_private_key(rng.getrandbits(bits - 1) | 1, curve)


def ed_key():
    return ed25519.Ed25519PrivateKey.from_private_bytes(rbytes(32))


def pem(key, fmt):
    f = {"pkcs1": ser.PrivateFormat.TraditionalOpenSSL, "pkcs8": ser.PrivateFormat.PKCS8}[fmt]
    return key.private_bytes(ser.Encoding.PEM, f, ser.NoEncryption()).decode().rstrip("\n")


def public_pem(key, fmt="spki"):
    f = {"spki": ser.PublicFormat.SubjectPublicKeyInfo, "pkcs1": ser.PublicFormat.PKCS1}[fmt]
    return key.public_key().public_bytes(ser.Encoding.PEM, f).decode().rstrip("\n")


def wrap(text, width=64):
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def armor(label, der, headers=""):
    return f"-----BEGIN {label}-----\n{headers}{wrap(b64(der))}\n-----END {label}-----"


def legacy_encrypted_rsa_pem(key, passphrase):
    """OpenSSL's traditional encrypted PEM: Proc-Type/DEK-Info headers, AES-128-CBC, key =
    MD5(passphrase || first 8 bytes of the IV) (EVP_BytesToKey, one round)."""
    der = key.private_bytes(ser.Encoding.DER, ser.PrivateFormat.TraditionalOpenSSL,
                            ser.NoEncryption())
    iv = rbytes(16)
    k = hashlib.md5(passphrase + iv[:8]).digest()
    pad = 16 - len(der) % 16
    enc = Cipher(algorithms.AES(k), modes.CBC(iv)).encryptor()
    body = enc.update(der + bytes([pad]) * pad) + enc.finalize()
    headers = f"Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,{iv.hex().upper()}\n\n"
    pem_text = armor("RSA PRIVATE KEY", body, headers)
    ser.load_pem_private_key(pem_text.encode(), passphrase)  # self-check
    return pem_text


# A few DER builders for PKCS#8 PBES2 (the library would pick its own random salt).
def der(tag, content):
    n = len(content)
    if n < 0x80:
        length = bytes([n])
    else:
        raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
        length = bytes([0x80 | len(raw)]) + raw
    return bytes([tag]) + length + content


def der_oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    out = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(reversed(enc))
    return der(0x06, out)


def der_int(n):
    return der(0x02, n.to_bytes(n.bit_length() // 8 + 1, "big"))


def der_seq(*items):
    return der(0x30, b"".join(items))


def encrypted_pkcs8_pem(key, passphrase):
    plain = key.private_bytes(ser.Encoding.DER, ser.PrivateFormat.PKCS8, ser.NoEncryption())
    salt, iv, iters = rbytes(16), rbytes(16), 2048
    k = hashlib.pbkdf2_hmac("sha256", passphrase, salt, iters, 32)
    pad = 16 - len(plain) % 16
    enc = Cipher(algorithms.AES(k), modes.CBC(iv)).encryptor()
    body = enc.update(plain + bytes([pad]) * pad) + enc.finalize()
    alg = der_seq(
        der_oid("1.2.840.113549.1.5.13"),  # PBES2
        der_seq(
            der_seq(der_oid("1.2.840.113549.1.5.12"),  # PBKDF2
                    der_seq(der(0x04, salt), der_int(iters),
                            der_seq(der_oid("1.2.840.113549.2.9"), b"\x05\x00"))),  # HMAC-SHA256
            der_seq(der_oid("2.16.840.1.101.3.4.1.42"), der(0x04, iv))))  # AES-256-CBC
    pem_text = armor("ENCRYPTED PRIVATE KEY", der_seq(alg, der(0x04, body)))
    ser.load_pem_private_key(pem_text.encode(), passphrase)  # self-check
    return pem_text


def sshstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def mpint(n):
    if n == 0:
        return sshstr(b"")
    raw = n.to_bytes(n.bit_length() // 8 + 1, "big")
    return sshstr(raw)


def openssh_private(key, comment):
    """openssh-key-v1, unencrypted, with check integers from the seeded generator."""
    if isinstance(key, ed25519.Ed25519PrivateKey):
        pub = key.public_key().public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)
        seed = key.private_bytes(ser.Encoding.Raw, ser.PrivateFormat.Raw, ser.NoEncryption())
        pubblob = sshstr("ssh-ed25519") + sshstr(pub)
        priv = sshstr("ssh-ed25519") + sshstr(pub) + sshstr(seed + pub)
    else:  # ECDSA P-256
        point = key.public_key().public_bytes(ser.Encoding.X962,
                                              ser.PublicFormat.UncompressedPoint)
        pubblob = sshstr("ecdsa-sha2-nistp256") + sshstr("nistp256") + sshstr(point)
        priv = pubblob + mpint(key.private_numbers().private_value)
    check = rbytes(4)
    section = check + check + priv + sshstr(comment)
    i = 1
    while len(section) % 8:
        section += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + sshstr("none") + sshstr("none") + sshstr(b"")
            + struct.pack(">I", 1) + sshstr(pubblob) + sshstr(section))
    text = f"-----BEGIN OPENSSH PRIVATE KEY-----\n{wrap(b64(blob), 70)}\n-----END OPENSSH PRIVATE KEY-----"
    ser.load_ssh_private_key(text.encode(), None)  # self-check
    return text


def ssh_public_line(key, comment):
    return key.public_key().public_bytes(ser.Encoding.OpenSSH, ser.PublicFormat.OpenSSH).decode() + " " + comment


def putty_private(key, comment, version):
    """PuTTY .ppk (v2: HMAC-SHA-1 keyed with SHA-1 of a fixed string; v3: HMAC-SHA-256 with
    an empty key), RSA, unencrypted. Layout and MAC input from PuTTY's manual, appendix C."""
    n = key.private_numbers()
    pub = sshstr("ssh-rsa") + mpint(n.public_numbers.e) + mpint(n.public_numbers.n)
    priv = mpint(n.d) + mpint(n.p) + mpint(n.q) + mpint(n.iqmp)
    macdata = sshstr("ssh-rsa") + sshstr("none") + sshstr(comment) + sshstr(pub) + sshstr(priv)
    if version == 2:
        mac = hmac.new(hashlib.sha1(b"putty-private-key-file-mac-key").digest(), macdata,
                       hashlib.sha1).hexdigest()
    else:
        mac = hmac.new(b"", macdata, hashlib.sha256).hexdigest()
    publ, privl = wrap(b64(pub)).split("\n"), wrap(b64(priv)).split("\n")
    return "\n".join([f"PuTTY-User-Key-File-{version}: ssh-rsa", "Encryption: none",
                      f"Comment: {comment}", f"Public-Lines: {len(publ)}", *publ,
                      f"Private-Lines: {len(privl)}", *privl, f"Private-MAC: {mac}"])


def crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_mpi(b):
    n = int.from_bytes(b, "big")
    return struct.pack(">H", n.bit_length()) + b


def pgp_packet(tag, body):
    return bytes([0xC0 | tag, 0xFF]) + struct.pack(">I", len(body)) + body


def pgp_armor(kind, data):
    crc = base64.b64encode(crc24(data).to_bytes(3, "big")).decode()
    return (f"-----BEGIN PGP {kind} KEY BLOCK-----\n\n{wrap(b64(data))}\n={crc}\n"
            f"-----END PGP {kind} KEY BLOCK-----")


def pgp_keys(key, uid):
    """OpenPGP v4 EdDSA (legacy, algorithm 22) key packets with a user id, armored with the
    CRC-24 (RFC 4880). No self-signature: enough structure for a scanner, not for gpg import."""
    seed = key.private_bytes(ser.Encoding.Raw, ser.PrivateFormat.Raw, ser.NoEncryption())
    pub = key.public_key().public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)
    oid = bytes.fromhex("2B06010401DA470F01")  # Ed25519
    created = struct.pack(">I", 1_700_000_000 + rng.randrange(10_000_000))
    public = b"\x04" + created + b"\x16" + bytes([len(oid)]) + oid + pgp_mpi(b"\x40" + pub)
    secret_mpi = pgp_mpi(seed.lstrip(b"\x00") or b"\x00")
    checksum = struct.pack(">H", sum(secret_mpi) & 0xFFFF)
    secret = public + b"\x00" + secret_mpi + checksum
    uidp = pgp_packet(13, uid.encode())
    return (pgp_armor("PRIVATE", pgp_packet(5, secret) + uidp),
            pgp_armor("PUBLIC", pgp_packet(6, public) + uidp))


def certificate(key, cn, csr=False):
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Acme Test CA")])
    import datetime
    algo = None if isinstance(key, ed25519.Ed25519PrivateKey) else hashes.SHA256()
    if csr:
        req = x509.CertificateSigningRequestBuilder().subject_name(name).sign(key, algo)
        return req.public_bytes(ser.Encoding.PEM).decode().rstrip("\n")
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(rng.getrandbits(120))
            .not_valid_before(datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc))
            .not_valid_after(datetime.datetime(2034, 1, 1, tzinfo=datetime.timezone.utc))
            .sign(key, algo))
    return cert.public_bytes(ser.Encoding.PEM).decode().rstrip("\n")


# --- the builder ------------------------------------------------------------------------

class Corpus:
    def __init__(self):
        self.files = {}     # path -> File
        self.labels = []
        self.negatives = []
        self.ambiguous = []

    def file(self, path, crlf=False):
        f = File(self, f"{CORPUS}/{path}", crlf)
        assert f.path not in self.files, f.path
        self.files[f.path] = f
        return f


class File:
    """Lines of one file; pos/neg/amb append text and record the line it starts on."""

    def __init__(self, corpus, path, crlf):
        self.c, self.path, self.crlf, self.lines, self.marked = corpus, path, crlf, [], set()

    def add(self, *texts):
        for t in texts:
            self.lines.extend(t.split("\n"))
        return self

    def _mark(self, text):
        line = len(self.lines) + 1
        end = line + text.count("\n")
        for n in range(line, end + 1):
            assert n not in self.marked, (self.path, n, "two marks on one line")
            self.marked.add(n)
        self.add(text)
        return line, end

    @staticmethod
    def _span(line, end):
        return {"end_line": end} if end != line else {}

    def pos(self, kind, secret, text, **extra):
        line, end = self._mark(text)
        if "\n" in secret:  # a block, perhaps indented (YAML) or quoted (code)
            assert all(l in text for l in secret.split("\n")), (self.path, kind)
        else:
            assert secret in self.lines[line - 1], (self.path, line, kind, secret)
        self.c.labels.append({"path": self.path, "line": line, **self._span(line, end),
                              "kind": kind, "secret": secret, **extra})

    def neg(self, why, text, mimics):
        line, end = self._mark(text)
        self.c.negatives.append({"path": self.path, "line": line, **self._span(line, end),
                                 "why": why, "mimics": mimics})

    def amb(self, why, text):
        line, end = self._mark(text)
        self.c.ambiguous.append({"path": self.path, "line": line, **self._span(line, end), "why": why})

    def text(self):
        nl = "\r\n" if self.crlf else "\n"
        return nl.join(self.lines) + nl


def pem_block_in(text, indent):
    return "\n".join(indent + l for l in text.split("\n"))


# --- the corpus ---------------------------------------------------------------------------

EX_AWS_ID = "AKIAIOSFODNN7EXAMPLE"                       # AWS documentation example
EX_AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"  # AWS documentation example
JWT_IO_EXAMPLE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6Ikpv"
                  "aG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
AZURITE_KEY = ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/"
               "KBHBeksoGMGw==")  # the storage emulator's published account key
STRIPE_DOC_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"  # Stripe's published docs sample key


def sha256hex(text):
    return hashlib.sha256(text.encode()).hexdigest()


def build_env_files(c, k):
    f = c.file("app/.env")
    f.add("# Local settings for the orders service (do not commit)", "APP_ENV=development",
          "APP_PORT=8080", "LOG_LEVEL=debug")
    pw = password()
    f.pos("url-password", pw, f"DATABASE_URL=postgres://orders:{pw}@db.internal.acme-corp.net:5432/orders")
    pw = password(24)
    f.pos("url-password", pw, f"REDIS_URL=redis://default:{pw}@cache.internal.acme-corp.net:6379/0")
    v = aws_key_id()
    f.pos("aws-access-key", v, f"AWS_ACCESS_KEY_ID={v}")
    v = aws_secret()
    f.pos("aws-secret-key", v, f"AWS_SECRET_ACCESS_KEY={v}")
    f.add("AWS_REGION=eu-west-1")
    v = checksummed("ghp_")
    f.pos("github-classic", v, f"GITHUB_TOKEN={v}")
    v = stripe()
    f.pos("stripe", v, f"STRIPE_SECRET_KEY={v}")
    f.neg("Stripe publishable keys are public by design", f"STRIPE_PUBLISHABLE_KEY=pk_live_{chars(BASE62, 24)}", "stripe")
    v = sendgrid()
    f.pos("sendgrid", v, f"SENDGRID_API_KEY={v}")
    v = openai_key()
    f.pos("openai", v, f"OPENAI_API_KEY={v}")
    v = b64(rbytes(36))
    f.pos("secret-assignment", v, f"SESSION_SECRET={v}")
    v = rbytes(32).hex()
    f.pos("secret-assignment", v, f"JWT_SIGNING_KEY={v}")
    v = password(16)
    f.pos("password-assignment", v, f"ADMIN_PASSWORD={v}")
    f.amb("Sentry DSN: its key is meant to ship in client code; some scanners report it",
          f"SENTRY_DSN=https://{chars(HEX, 32)}@o{chars(DIGITS, 6)}.ingest.sentry.io/{chars(DIGITS, 7)}")
    f.add("FEATURE_FLAGS=checkout_v2,new_search")
    f.neg("secret-named variable whose value is a header name", "REQUEST_TOKEN_HEADER=X-Request-Token", "secret-assignment")

    f = c.file("app/.env.example")
    f.add("# Copy to .env and fill in real values.")
    f.neg("placeholder in angle brackets", "DATABASE_URL=postgres://orders:<password>@localhost:5432/orders", "url-password")
    f.neg("placeholder password", "REDIS_URL=redis://default:changeme@localhost:6379/0", "url-password")
    f.neg("AWS documentation example key id", f"AWS_ACCESS_KEY_ID={EX_AWS_ID}", "aws-access-key")
    f.neg("AWS documentation example secret key", f"AWS_SECRET_ACCESS_KEY={EX_AWS_SECRET}", "aws-secret-key")
    f.neg("x-filled placeholder", "GITHUB_TOKEN=ghp_" + "x" * 36, "github-classic")
    f.neg("truncated placeholder", "STRIPE_SECRET_KEY=sk_live_...", "stripe")
    f.neg("placeholder in angle brackets", "SENDGRID_API_KEY=<your-sendgrid-api-key>", "sendgrid")
    f.neg("truncated placeholder", "OPENAI_API_KEY=sk-...", "openai")
    f.neg("placeholder word", "SESSION_SECRET=changeme", "secret-assignment")
    f.add("JWT_SIGNING_KEY=")
    f.neg("environment reference", "ADMIN_PASSWORD=${ADMIN_PASSWORD}", "password-assignment")
    f.neg("X-filled placeholder", "NPM_TOKEN=npm_" + "X" * 36, "npm")
    f.neg("X-filled placeholder webhook", "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/" + "X" * 24, "slack-webhook")
    f.neg("placeholder text", "ANTHROPIC_API_KEY=your-anthropic-api-key-here", "anthropic")
    f.neg("placeholder stars", "SMTP_PASSWORD=********", "password-assignment")

    f = c.file("config/.env.production")
    f.add("# rendered by the deploy job", "NODE_ENV=production")
    v = anthropic_key()
    f.pos("anthropic", v, f"ANTHROPIC_API_KEY={v}")
    v = slack_app()
    f.pos("slack-token", v, f"SLACK_APP_TOKEN={v}")
    v = slack_bot()
    f.pos("slack-token", v, f"SLACK_BOT_TOKEN={v}")
    v = gitlab_pat()
    f.pos("gitlab-pat", v, f"GITLAB_TOKEN={v}")
    v = checksummed("npm_")
    f.pos("npm", v, f"NPM_TOKEN={v}")
    v = pypi_token()
    f.pos("pypi", v, f"PYPI_API_TOKEN={v}")
    v = chars(HEX, 32)
    f.pos("twilio", v, f"TWILIO_AUTH_TOKEN={v}")
    f.neg("Twilio Account SID is an identifier, not a credential", f"TWILIO_ACCOUNT_SID=AC{chars(HEX, 32)}", "twilio")
    v = fine_grained_pat()
    f.pos("github-fine-grained", v, f"GH_PAT={v}")
    v = stripe("rk_live_", long=True)
    f.pos("stripe", v, f"STRIPE_RESTRICTED_KEY={v}")
    v = openai_key("legacy")
    f.pos("openai", v, f"OPENAI_LEGACY_KEY={v}")
    v = gcp_api_key()
    f.pos("gcp-api-key", v, f"GOOGLE_API_KEY={v}")
    f.neg("UUID used as an install id", f"INSTALL_ID={fake_uuid()}", "secret-assignment")
    f.neg("environment reference with default", "DB_PASSWORD=${DB_PASSWORD:-}", "password-assignment")
    v = azure_ad_secret()
    f.pos("azure-ad-client-secret", v, f"AZURE_CLIENT_SECRET={v}")
    f.neg("UUID tenant id", f"AZURE_TENANT_ID={fake_uuid()}", "secret-assignment")

    f = c.file("config/.env.test")
    f.add("# values for the test suite: none of these are real")
    f.neg("placeholder word", "DB_PASSWORD=test", "password-assignment")
    f.neg("placeholder word", "API_KEY=dummy", "secret-assignment")
    f.neg("placeholder word", "SECRET_KEY=not-a-real-secret", "secret-assignment")
    f.neg("low-entropy repeated characters", "AUTH_TOKEN=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "secret-assignment")
    f.neg("x-filled placeholder", "GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx", "gitlab-pat")
    f.neg("sequential digits", "PIN_SECRET=123456789012", "secret-assignment")
    f.neg("placeholder in braces", "TWILIO_AUTH_TOKEN={{TWILIO_AUTH_TOKEN}}", "twilio")
    f.neg("REPLACE_ME marker", "PYPI_API_TOKEN=REPLACE_ME", "pypi")
    f.neg("value is the literal word", "PASSWORD=password", "password-assignment")
    f.neg("ghp_ shape with a wrong CRC32 checksum", "GH_TEST_TOKEN=" + bad_checksum("ghp_"), "github-classic")
    f.neg("npm_ shape with a wrong CRC32 checksum", "NPM_TEST_TOKEN=" + bad_checksum("npm_"), "npm")


def build_code_files(c, k):
    f = c.file("app/settings.py")
    f.add('"""Django settings for the orders project."""', "import os", "from pathlib import Path", "",
          "BASE_DIR = Path(__file__).resolve().parent.parent", "")
    v = "django-insecure-" + chars(LOWER + DIGITS + "!@%^&*(-_=+)", 50)
    f.pos("secret-assignment", v, f'SECRET_KEY = "{v}"')
    f.add('DEBUG = os.environ.get("DEBUG") == "1"', "", "DATABASES = {", '    "default": {',
          '        "ENGINE": "django.db.backends.postgresql",', '        "NAME": "orders",',
          '        "USER": "orders",')
    v = password()
    f.pos("password-assignment", v, f'        "PASSWORD": "{v}",')
    f.add('        "HOST": "db.internal.acme-corp.net",', "    },", '    "replica": {',
          '        "ENGINE": "django.db.backends.postgresql",')
    f.neg("environment lookup", '        "PASSWORD": os.environ["REPLICA_DB_PASSWORD"],', "password-assignment")
    f.add("    },", "}", "")
    f.neg("environment lookup with empty default", 'EMAIL_HOST_PASSWORD = os.getenv("EMAIL_HOST_PASSWORD", "")', "password-assignment")
    f.add('AWS_STORAGE_BUCKET_NAME = "acme-orders-static"')
    v = aws_key_id()
    f.pos("aws-access-key", v, f'AWS_S3_ACCESS_KEY_ID = "{v}"')
    v = aws_secret()
    f.pos("aws-secret-key", v, f'AWS_S3_SECRET_ACCESS_KEY = "{v}"')
    f.neg("secret-named setting holding a class path", 'PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]', "password-assignment")
    f.neg("secret-named setting holding a number", "PASSWORD_RESET_TIMEOUT = 259200", "password-assignment")
    v = slack_bot()
    f.pos("slack-token", v, f'SLACK_BOT_TOKEN = "{v}"')
    f.neg("token-named setting holding a cookie name", 'CSRF_COOKIE_NAME = "csrftoken"', "secret-assignment")
    f.neg("token-named setting holding a number", "TOKEN_TTL_SECONDS = 3600", "secret-assignment")
    f.neg("key-named setting holding a header name", 'API_KEY_HEADER = "X-Api-Key"', "secret-assignment")
    f.neg("Python None", "STRIPE_WEBHOOK_SECRET = None", "secret-assignment")

    f = c.file("app/server.js")
    f.add('"use strict";', 'const express = require("express");', 'const Stripe = require("stripe");',
          'const OpenAI = require("openai");', "")
    f.neg("environment reference", "const stripe = Stripe(process.env.STRIPE_SECRET_KEY);", "stripe")
    v = openai_key("svcacct")
    f.pos("openai", v, f'const openai = new OpenAI({{ apiKey: "{v}" }});')
    f.add('const sg = require("@sendgrid/mail");')
    v = sendgrid()
    f.pos("sendgrid", v, f'sg.setApiKey("{v}");')
    f.neg("environment reference with empty fallback", 'const GITHUB_TOKEN = process.env.GITHUB_TOKEN || "";', "github-classic")
    v = slack_webhook()
    f.pos("slack-webhook", v, f'const ALERTS_WEBHOOK = "{v}";')
    f.add("const firebaseConfig = {")
    f.amb("Firebase web API key: shipped to browsers by design, restricted by referrer; scanners differ",
          f'  apiKey: "{gcp_api_key()}",')
    f.add('  authDomain: "acme-orders.firebaseapp.com",', '  projectId: "acme-orders",', "};", "")
    v = jwt_hs256(claims())
    f.pos("jwt", v, f'const SERVICE_JWT = "{v}";')
    f.neg("Subresource Integrity hash", f'const BOOTSTRAP_SRI = "sha384-{b64(rbytes(48))}";', "secret-assignment")
    f.neg("environment reference", 'const anthropicKey = process.env["ANTHROPIC_API_KEY"];', "anthropic")
    f.add("", "const app = express();", "app.post(\"/login\", (req, res) => {")
    f.neg("variable, not a literal", "  const password = req.body.password;", "password-assignment")
    f.add("  res.sendStatus(204);", "});", "app.listen(8080);")

    f = c.file("app/main.go")
    f.add("package main", "", "import (", '\t"flag"', '\t"fmt"', '\t"os"', ")", "", "const (")
    v = password()
    f.pos("url-password", v, f'\tdefaultDSN = "postgres://reporting:{v}@pg.internal.acme-corp.net:5432/reports?sslmode=require"')
    v = aws_key_id("ASIA")
    f.pos("aws-access-key", v, f'\tawsKeyID  = "{v}"')
    v = aws_secret()
    f.pos("aws-secret-key", v, f'\tawsSecret = "{v}"')
    f.add('\tuserAgent = "acme-reporter/1.3"', ")", "", "func main() {")
    f.neg("environment lookup", '\ttoken := os.Getenv("GITHUB_TOKEN")', "github-classic")
    v = checksummed("gho_")
    f.pos("github-oauth", v, f'\toauth := "{v}"')
    f.neg("flag definition with empty default", '\tapiKey := flag.String("api-key", "", "API key for the upstream")', "secret-assignment")
    f.neg("SHA-256 of the empty string", '\temptyHash := "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"', "secret-assignment")
    f.neg("git commit id", f'\tbuildCommit := "{chars(HEX, 40)}"', "secret-assignment")
    f.add("\tflag.Parse()", '\tfmt.Println(token, oauth, *apiKey, emptyHash, buildCommit)', "}")

    f = c.file("app/src/lib.rs")
    f.add("//! Client for the billing API.", "use std::env;", "",
          'const DEFAULT_ENDPOINT: &str = "https://billing.acme-corp.net/v2";')
    v = chars(BASE62, 48)
    f.pos("secret-assignment", v, f'const BILLING_API_KEY: &str = "{v}";')
    v = checksummed("npm_")
    f.pos("npm", v, f'const NPM_PUBLISH_TOKEN: &str = "{v}";')
    f.add("", "pub fn token() -> String {")
    f.neg("environment lookup", '    env::var("BILLING_TOKEN").unwrap_or_default()', "secret-assignment")
    f.add("}", "", "#[cfg(test)]", "mod tests {")
    f.neg("ghp_ shape with a wrong CRC32 checksum", f'    const FAKE_TOKEN: &str = "{bad_checksum("ghp_")}";', "github-classic")
    f.neg("UUID", f'    const REQUEST_ID: &str = "{fake_uuid()}";', "secret-assignment")
    f.neg("gho_ shape with a wrong CRC32 checksum", f'    const FAKE_OAUTH: &str = "{bad_checksum("gho_")}";', "github-oauth")
    f.add("}")

    f = c.file("app/src/main/resources/application.properties")
    f.add("spring.datasource.url=jdbc:postgresql://db.internal:5432/orders",
          "spring.datasource.username=orders")
    v = password()
    f.pos("password-assignment", v, f"spring.datasource.password={v}")
    f.neg("Spring placeholder", "spring.mail.password=${MAIL_PASSWORD}", "password-assignment")
    v = b64(rbytes(48))
    f.pos("secret-assignment", v, f"jwt.secret={v}")
    f.add("management.endpoints.web.exposure.include=health,info")
    f.neg("key-named property holding a header name", "app.api-key-header=X-API-KEY", "secret-assignment")
    v = pypi_token()
    f.pos("pypi", v, f"publisher.pypi.token={v}")

    f = c.file("app/wp-config.php")
    f.add("<?php", "define( 'DB_NAME', 'wordpress' );", "define( 'DB_USER', 'wp' );")
    v = password()
    f.pos("password-assignment", v, f"define( 'DB_PASSWORD', '{v}' );")
    f.add("define( 'DB_HOST', 'mysql.internal' );")
    v = chars(BASE62 + "!#%()*+,-.:;<=>?[]^_{|}~", 64)
    f.pos("secret-assignment", v, f"define( 'AUTH_KEY',         '{v}' );")
    f.neg("WordPress' shipped placeholder", "define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );", "secret-assignment")
    f.neg("WordPress' shipped placeholder", "define( 'LOGGED_IN_KEY',    'put your unique phrase here' );", "secret-assignment")

    f = c.file("tests/test_auth.py")
    f.add("import hashlib", "", "")
    f.neg("ghp_ shape with a wrong CRC32 checksum", f'LOOKS_VALID = "{bad_checksum("ghp_")}"', "github-classic")
    v = jwt_rs256(k["rsa_jwt"], claims())
    f.pos("jwt", v, f'EXPIRED_JWT = "{v}"')
    f.neg("jwt.io's documentation example token", f'JWT_IO_SAMPLE = "{JWT_IO_EXAMPLE}"', "jwt")
    f.neg("constructed placeholder", 'MOCK_ANTHROPIC_KEY = "sk-ant-api03-" + "x" * 93 + "AA"', "anthropic")
    f.add("", "", "def test_digest():")
    f.neg("SHA-256 test vector", '    assert hashlib.sha256(b"abc").hexdigest() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"', "secret-assignment")
    f.neg("MD5 test vector", '    assert hashlib.md5(b"abc").hexdigest() == "900150983cd24fb0d6963f7d28e17f72"', "secret-assignment")
    f.add("", "", "def test_login(client):")
    f.neg("well-known example passphrase", '    password = "correct horse battery staple"', "password-assignment")
    f.add('    assert client.login("alice", password)', "")
    f.neg("npm_ shape with a wrong CRC32 checksum", f'NPM_LOOKALIKE = "{bad_checksum("npm_")}"', "npm")
    f.neg("fine-grained PAT shape that fails its SHA-256/base32 check", f'FINE_GRAINED_LOOKALIKE = "{fine_grained_pat(valid=False)}"', "github-fine-grained")

    f = c.file("app/api.http")
    f.add("### list orders", "GET https://api.acme-corp.net/v2/orders")
    v = jwt_hs256(claims())
    f.pos("jwt", v, f"Authorization: Bearer {v}")
    f.add("", "### the same with a variable", "GET https://api.acme-corp.net/v2/orders")
    f.neg("REST-client variable", "Authorization: Bearer {{token}}", "jwt")
    f.add("", "### metrics")
    v = anthropic_key("admin01")
    f.pos("anthropic", v, f"x-api-key: {v}")

    f = c.file("logs/app.log")
    f.add("2024-05-01T10:00:01Z INFO starting orders-service version=2.4.1")
    v = jwt_hs256(claims())
    f.pos("jwt", v, f"2024-05-01T10:00:02Z DEBUG request headers: Authorization=Bearer {v}")
    f.neg("masked value", "2024-05-01T10:00:03Z DEBUG db connect user=orders password=****** host=db", "password-assignment")
    f.neg("truncated token in a log line", "2024-05-01T10:00:04Z WARN token ghp_abc1... expired", "github-classic")
    f.neg("trace id", f"2024-05-01T10:00:05Z INFO trace_id={chars(HEX, 32)} span_id={chars(HEX, 16)}", "secret-assignment")
    pw = password()
    f.pos("url-password", pw, f"2024-05-01T10:00:06Z ERROR amqp connect failed: amqp://orders:{pw}@mq.internal:5672/orders")

    f = c.file("db/migrations/0002_seed_users.sql")
    f.add("-- seed the admin account; only hashes are stored",
          "INSERT INTO users (email, password_hash) VALUES")
    salt = chars(BASE62 + "./", 22)
    f.neg("bcrypt hash, not a password", f"  ('admin@acme-corp.net', '$2b$12${salt}{chars(BASE62 + './', 31)}'),", "password-assignment")
    f.neg("argon2id hash, not a password", f"  ('ops@acme-corp.net', '$argon2id$v=19$m=65536,t=3,p=4${b64(rbytes(16)).rstrip('=')}${b64(rbytes(32)).rstrip('=')}');", "password-assignment")
    pw = password()
    f.pos("password-assignment", pw, f"CREATE USER reporting WITH PASSWORD '{pw}';")
    f.neg("psql variable", "ALTER USER app WITH PASSWORD :'app_password';", "password-assignment")


def build_deploy_files(c, k):
    f = c.file("deploy/k8s-secret.yaml")
    f.add("apiVersion: v1", "kind: Secret", "metadata:", "  name: orders-secrets", "  namespace: orders",
          "type: Opaque", "data:")
    for name in ("DB_PASSWORD", "STRIPE_KEY", "GITHUB_TOKEN"):
        plain = {"DB_PASSWORD": password(), "STRIPE_KEY": stripe(), "GITHUB_TOKEN": checksummed("ghp_")}[name]
        v = b64(plain.encode())
        f.pos("kubernetes-secret", v, f"  {name}: {v}", decoded=plain)
    f.neg("base64 of a host name", "  DB_HOST: " + b64(b"postgres.orders.svc.cluster.local"), "kubernetes-secret")
    f.neg("base64 of a user name", "  DB_USER: " + b64(b"orders"), "kubernetes-secret")
    f.neg("base64 of a log level", "  LOG_LEVEL: " + b64(b"info"), "kubernetes-secret")
    f.add("stringData:")
    v = password()
    f.pos("kubernetes-secret", v, f"  REDIS_PASSWORD: {v}", decoded=v)
    f.neg("plain configuration value", "  REDIS_HOST: redis.orders.svc.cluster.local", "kubernetes-secret")
    f.add("---", "apiVersion: v1", "kind: Secret", "metadata:", "  name: orders-tls", "type: kubernetes.io/tls", "data:")
    f.neg("base64 of a certificate (public)", "  tls.crt: " + b64((k["cert_tls"] + "\n").encode()), "kubernetes-secret")
    plain = k["pem_tls_key"] + "\n"
    v = b64(plain.encode())
    f.pos("kubernetes-secret", v, f"  tls.key: {v}", decoded=plain)
    f.add("---", "apiVersion: v1", "kind: Secret", "metadata:", "  name: regcred",
          "type: kubernetes.io/dockerconfigjson", "data:")
    user, pw = "deploy-bot", password()
    plain = json.dumps({"auths": {"registry.acme-corp.net": {"auth": b64(f"{user}:{pw}".encode())}}})
    v = b64(plain.encode())
    f.pos("kubernetes-secret", v, f"  .dockerconfigjson: {v}", decoded=plain)
    f.add("---", "apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: orders-config", "binaryData:")
    f.neg("ConfigMap binary data: base64 of innocuous text", "  motd.txt: " + b64(b"Welcome to the orders service. Have a nice day!\n"), "kubernetes-secret")
    f.add("---", "apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: orders-sealed",
          "spec:", "  encryptedData:")
    f.neg("SealedSecret ciphertext: encrypted for the cluster's key", "    DB_PASSWORD: Ag" + b64(rbytes(300)), "kubernetes-secret")

    f = c.file("deploy/helm/values.yaml")
    f.add("replicaCount: 2", "image:", "  repository: registry.acme-corp.net/orders")
    f.neg("image digest", f"  digest: sha256:{chars(HEX, 64)}", "secret-assignment")
    f.add("postgresql:", "  auth:")
    v = password()
    f.pos("password-assignment", v, f'    postgresPassword: "{v}"')
    f.neg("name of an existing Secret, not a value", "    existingSecret: orders-db", "password-assignment")
    f.add("redis:")
    f.neg("empty value", '  password: ""', "password-assignment")
    f.neg("Helm template reference", '  authToken: "{{ .Values.global.redisToken }}"', "secret-assignment")
    f.add("ingress:", "  tls:")
    f.neg("secret name, not a value", "    - secretName: orders-tls", "secret-assignment")
    f.add("tls:", "  key: |")
    pem_text = k["pem_ec_helm"]
    f.pos("private-key", pem_text, pem_block_in(pem_text, "    "))
    f.add("  cert: |")
    f.neg("certificate (public)", pem_block_in(k["cert_helm"], "    "), "private-key")

    f = c.file("deploy/docker-compose.yml")
    f.add("services:", "  db:")
    f.neg("image digest", f"    image: postgres:16@sha256:{chars(HEX, 64)}", "secret-assignment")
    f.add("    environment:", "      POSTGRES_USER: orders")
    pw = password()
    f.pos("password-assignment", pw, f"      POSTGRES_PASSWORD: {pw}")
    f.add("  app:", "    build: .", "    environment:")
    f.pos("url-password", pw, f"      - DATABASE_URL=postgres://orders:{pw}@db:5432/orders")
    f.neg("environment reference", "      - SECRET_KEY_BASE=${SECRET_KEY_BASE}", "secret-assignment")
    f.neg("placeholder word", "      - MAILER_PASSWORD=changeme", "password-assignment")
    v = gitlab_pat()
    f.pos("gitlab-pat", v, f"      - GITLAB_TOKEN={v}")
    f.add("  grafana:", "    image: grafana/grafana:10.4.2", "    environment:")
    f.neg("well-known default credential, low entropy", "      GF_SECURITY_ADMIN_PASSWORD: admin", "password-assignment")
    v = chars(BASE62, 40)
    f.pos("secret-assignment", v, f"      GF_SECURITY_SECRET_KEY: {v}")
    f.add("  minio:", "    image: minio/minio", "    environment:", "      MINIO_ROOT_USER: minioadmin")
    f.neg("well-known default credential", "      MINIO_ROOT_PASSWORD: minioadmin", "password-assignment")
    f.add("  mongo:", "    image: mongo:7", "    environment:")
    f.neg("Docker secrets file reference", "      MONGO_INITDB_ROOT_PASSWORD_FILE: /run/secrets/mongo_root_password", "password-assignment")

    f = c.file(".github/workflows/ci.yml")
    f.add("name: ci", "on: [push, pull_request]", "env:", "  CARGO_TERM_COLOR: always")
    f.neg("Actions secrets expression", "  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}", "npm")
    f.add("jobs:", "  test:", "    runs-on: ubuntu-latest", "    services:", "      postgres:",
          "        image: postgres:16", "        env:")
    f.neg("throwaway CI database default, low entropy", "          POSTGRES_PASSWORD: postgres", "password-assignment")
    f.add("    env:")
    f.neg("throwaway CI database default, low entropy", "      DATABASE_URL: postgres://postgres:postgres@localhost:5432/test", "url-password")
    v = pypi_token()
    f.pos("pypi", v, f"      TWINE_PASSWORD: {v}")
    f.amb("Codecov upload tokens are UUIDs; a UUID alone cannot be told from an id",
          f"      CODECOV_TOKEN: {fake_uuid()}")
    f.add("    steps:")
    f.neg("action pinned to a commit id", f"      - uses: actions/checkout@{chars(HEX, 40)}", "secret-assignment")
    f.neg("shell reference", '      - run: echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc', "npm")
    v = checksummed("ghs_")
    f.pos("github-app", v, f'      - run: curl -fsS -H "Authorization: Bearer {v}" https://api.github.com/repos/acme/orders/dispatches')
    pw = password()
    f.pos("password-assignment", pw, f"      - run: docker login -u acme-ci -p '{pw}' registry.acme-corp.net")
    f.neg("Actions secrets expression", "      - run: docker login -u acme-ci -p ${{ secrets.REGISTRY_PASSWORD }} registry.acme-corp.net", "password-assignment")

    f = c.file(".gitlab-ci.yml")
    f.add("stages: [test, deploy]", "variables:", '  GIT_DEPTH: "10"', "deploy:", "  stage: deploy", "  script:")
    v = gitlab_pat()
    f.pos("gitlab-pat", v, f"    - git clone https://oauth2:{v}@gitlab.com/acme/infra.git")
    f.neg("CI variable", '    - curl --header "PRIVATE-TOKEN: $CI_JOB_TOKEN" "$CI_API_V4_URL/projects"', "gitlab-pat")
    f.neg("CI variable", "    - export AWS_SECRET_ACCESS_KEY=$PROD_AWS_SECRET", "aws-secret-key")
    v = aws_key_id()
    f.pos("aws-access-key", v, f"    - aws configure set aws_access_key_id {v}")
    v = aws_secret()
    f.pos("aws-secret-key", v, f"    - aws configure set aws_secret_access_key {v}")

    f = c.file("scripts/deploy.sh")
    f.add("#!/usr/bin/env bash", "set -euo pipefail", "")
    v = aws_key_id()
    f.pos("aws-access-key", v, f'export AWS_ACCESS_KEY_ID="{v}"')
    v = aws_secret()
    f.pos("aws-secret-key", v, f'export AWS_SECRET_ACCESS_KEY="{v}"')
    f.neg("shell parameter expansion", 'export HEROKU_API_KEY="${HEROKU_API_KEY:?set HEROKU_API_KEY}"', "secret-assignment")
    pw = password()
    f.pos("password-assignment", pw, f'curl -fsS -u "deploy:{pw}" https://ci.acme-corp.net/job/deploy/build')
    f.neg("shell variable", 'mysql -h db -u root -p"$MYSQL_ROOT_PASSWORD" app < dump.sql', "password-assignment")
    pw = password()
    f.pos("password-assignment", pw, f"sshpass -p '{pw}' ssh deploy@bastion.acme-corp.net uptime")
    f.neg("command substitution from a vault", "TOKEN=$(vault kv get -field=token secret/ci/github)", "secret-assignment")
    v = checksummed("ghs_")
    f.pos("github-app", v, f'git clone "https://x-access-token:{v}@github.com/acme/private-infra.git"')
    f.neg("ghp_ shape with a wrong CRC32 checksum", f'curl -H "Authorization: token {bad_checksum("ghp_")}" https://api.github.com/user', "github-classic")
    f.neg("SHA-256 checksum of a release", f'echo "{chars(HEX, 64)}  release.tar.gz" | sha256sum -c -', "secret-assignment")
    v = slack_webhook()
    f.pos("slack-webhook", v, f"curl -X POST -H 'Content-type: application/json' --data '{{\"text\":\"deployed\"}}' {v}")

    f = c.file("infra/main.tf")
    f.add('provider "aws" {', '  region     = "eu-west-1"')
    v = aws_key_id()
    f.pos("aws-access-key", v, f'  access_key = "{v}"')
    v = aws_secret()
    f.pos("aws-secret-key", v, f'  secret_key = "{v}"')
    f.add("}", "", 'resource "aws_db_instance" "orders" {', '  username = "orders"')
    f.neg("Terraform variable reference", "  password = var.db_password", "password-assignment")
    f.add("}", "", 'variable "db_password" {', "  type      = string", "  sensitive = true")
    f.neg("empty default", '  default   = ""', "password-assignment")
    f.add("}", "", 'provider "google" {')
    f.neg("file() reference, not a value", '  credentials = file("service-account.json")', "gcp-service-account")
    f.add("}")

    f = c.file("infra/terraform.tfstate")
    f.add("{", '  "version": 4,', '  "terraform_version": "1.7.5",', '  "resources": [', "    {",
          '      "type": "aws_iam_access_key",', '      "name": "ci",', '      "instances": [', "        {",
          '          "attributes": {')
    v = aws_key_id()
    f.pos("aws-access-key", v, f'            "id": "{v}",')
    v = aws_secret()
    f.pos("aws-secret-key", v, f'            "secret": "{v}",')
    v = b64(rbytes(33))
    f.pos("secret-assignment", v, f'            "ses_smtp_password_v4": "{v}",')
    f.add('            "user": "ci"', "          }", "        }", "      ]", "    }", "  ]", "}")

    f = c.file("ansible/group_vars/all.yml")
    f.neg("Jinja reference to a vaulted variable", 'ansible_become_password: "{{ vault_become_password }}"', "password-assignment")
    f.add("db_password: !vault |")
    f.neg("Ansible Vault ciphertext, not plaintext", "  $ANSIBLE_VAULT;1.1;AES256", "password-assignment")
    for _ in range(4):
        f.neg("Ansible Vault ciphertext line", "  " + chars(DIGITS + "abcdef", 80), "password-assignment")
    pw = password()
    f.pos("password-assignment", pw, f'smtp_password: "{pw}"')
    f.neg("lookup plugin", "api_token: \"{{ lookup('env', 'API_TOKEN') }}\"", "secret-assignment")


def build_config_files(c, k):
    f = c.file("app/config.yaml")
    f.add("server:", "  port: 8443", "  tls:", "    cert_file: /etc/orders/tls.crt")
    f.neg("path to a key file, not a key", "    key_file: /etc/orders/tls.key", "private-key")
    f.add("database:", "  host: db.internal.acme-corp.net", "  user: orders")
    v = password()
    f.pos("password-assignment", v, f'  password: "{v}"')
    f.neg("environment reference", "  replica_password: ${REPLICA_DB_PASSWORD}", "password-assignment")
    f.add("cache:")
    v = password()
    f.pos("url-password", v, f"  url: redis://:{v}@cache.internal:6379")
    f.add("payments:", "  stripe:")
    v = stripe("rk_live_")
    f.pos("stripe", v, f"    secret_key: {v}")
    v = "whsec_" + chars(BASE62, 32)
    f.pos("stripe", v, f"    webhook_secret: {v}")
    f.neg("Stripe publishable key (public by design)", f"    publishable_key: pk_live_{chars(BASE62, 24)}", "stripe")
    f.add("notifications:", "  slack:")
    v = slack_webhook()
    f.pos("slack-webhook", v, f"    webhook_url: {v}")
    f.neg("placeholder", "    token: xoxb-your-bot-token", "slack-token")
    f.add("  twilio:")
    f.neg("Twilio Account SID is an identifier", f"    account_sid: AC{chars(HEX, 32)}", "twilio")
    v = twilio_api_key()
    f.pos("twilio", v, f"    api_key: {v}")
    v = chars(BASE62, 32)
    f.pos("twilio", v, f"    api_secret: {v}")
    f.add("observability:")
    f.neg("Helm/Go template reference", '  datadog_api_key: "{{ .Values.datadogApiKey }}"', "secret-assignment")
    f.neg("W3C trace id in an example", f"  sample_trace_id: {chars(HEX, 32)}", "secret-assignment")

    f = c.file("app/config.json")
    f.add("{", '  "name": "orders-service",', '  "version": "2.4.1",')
    v = password()
    f.pos("password-assignment", v, f'  "db_password": "{v}",')
    f.add('  "api": {', '    "base_url": "https://api.acme-corp.net",')
    f.neg("UUID client id (public identifier)", f'    "client_id": "{fake_uuid()}",', "secret-assignment")
    v = chars(BASE62, 48)
    f.pos("secret-assignment", v, f'    "client_secret": "{v}",')
    f.neg("UUID request id", f'    "last_request_id": "{fake_uuid()}"', "secret-assignment")
    f.add("  },", '  "google": {')
    v = gcp_api_key()
    f.pos("gcp-api-key", v, f'    "maps_api_key": "{v}",')
    f.neg("OAuth client id (public)", f'    "oauth_client_id": "{chars(DIGITS, 12)}-{chars(LOWER + DIGITS, 32)}.apps.googleusercontent.com"', "gcp-api-key")
    f.add("  },")
    v = anthropic_key()
    f.pos("anthropic", v, f'  "anthropic": {{"api_key": "{v}"}},')
    f.neg("empty value", '  "token": "",', "secret-assignment")
    f.neg("JSON null", '  "secret": null,', "secret-assignment")
    f.neg("SHA-256 checksum", f'  "checksum": "sha256:{chars(HEX, 64)}",', "secret-assignment")
    f.neg("base64 of innocuous text", f'  "banner": "{b64(b"Orders service - internal use only. Contact ops@acme-corp.net")}"', "secret-assignment")
    f.add("}")

    f = c.file("app/config.toml")
    f.add("[server]", 'bind = "0.0.0.0:8080"', "", "[database]")
    v = password()
    f.pos("url-password", v, f'url = "mysql://app:{v}@mysql.internal:3306/app"')
    f.add("pool_size = 10", "", "[auth]")
    v = b64(rbytes(32))
    f.pos("secret-assignment", v, f'jwt_secret = "{v}"')
    f.neg("well-known joke password, low entropy", 'fallback_password = "hunter2"', "password-assignment")
    f.add("", "[registry]")
    v = "cio" + chars(BASE62, 32)
    f.pos("secret-assignment", v, f'token = "{v}"')
    f.add("", "[upstream]")
    f.neg("environment reference", 'api_key = "${UPSTREAM_API_KEY}"', "secret-assignment")
    f.neg("path to a secrets file", 'api_key_file = "/run/secrets/upstream_api_key"', "secret-assignment")
    f.add("", "[gitlab]")
    v = gitlab_pat()
    f.pos("gitlab-pat", v, f'private_token = "{v}"')
    f.add("", "[github]")
    v = checksummed("ghu_")
    f.pos("github-app", v, f'user_token = "{v}"')
    v = checksummed("ghr_", 70)
    f.pos("github-refresh", v, f'refresh_token = "{v}"')

    f = c.file(".npmrc")
    f.add("registry=https://registry.npmjs.org/")
    v = checksummed("npm_")
    f.pos("npm", v, f"//registry.npmjs.org/:_authToken={v}")
    v = checksummed("ghp_")
    f.pos("github-classic", v, f"//npm.pkg.github.com/:_authToken={v}")
    f.add("@acme:registry=https://npm.pkg.github.com")
    f.neg("environment reference", "//registry.internal.acme-corp.net/:_authToken=${NPM_INTERNAL_TOKEN}", "npm")
    f.add("always-auth=true")

    f = c.file(".pypirc")
    f.add("[distutils]", "index-servers =", "    pypi", "    testpypi", "", "[pypi]", "username = __token__")
    v = pypi_token()
    f.pos("pypi", v, f"password = {v}")
    f.add("", "[testpypi]", "repository = https://test.pypi.org/legacy/", "username = __token__")
    f.neg("placeholder", "password = <your-testpypi-token>", "pypi")

    f = c.file("docker/config.json")
    user, pw = "ci-bot", password()
    v = b64(f"{user}:{pw}".encode())
    f.add("{", '  "auths": {', '    "registry.acme-corp.net": {')
    f.pos("docker-registry-auth", v, f'      "auth": "{v}"', decoded=f"{user}:{pw}")
    f.add("    },", '    "ghcr.io": {')
    f.neg("credential helper, no stored secret", '      "credsStore": "desktop"', "docker-registry-auth")
    f.add("    }", "  }", "}")

    f = c.file("mobile/android/app/google-services.json")
    f.add("{", '  "project_info": {', f'    "project_number": "{chars(DIGITS, 12)}",',
          '    "project_id": "acme-orders"', "  },", '  "client": [', "    {", '      "api_key": [', "        {")
    v = gcp_api_key()
    f.pos("gcp-api-key", v, f'          "current_key": "{v}"')
    f.add("        }", "      ]", "    }", "  ]", "}")

    f = c.file("gcp/service-account.json")
    sa_key = k["pem_gcp"]
    f.add("{", '  "type": "service_account",', '  "project_id": "acme-orders",')
    f.neg("key id, not key material", f'  "private_key_id": "{chars(HEX, 40)}",', "gcp-service-account")
    escaped = json.dumps(sa_key + "\n")
    f.pos("gcp-service-account", escaped[1:-1], f'  "private_key": {escaped},', decoded=sa_key + "\n")
    f.add('  "client_email": "orders-ci@acme-orders.iam.gserviceaccount.com",',
          f'  "client_id": "{chars(DIGITS, 21)}",',
          '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
          '  "token_uri": "https://oauth2.googleapis.com/token"', "}")

    f = c.file("gcp/terraform.tfvars")
    f.add('project = "acme-orders"', 'region  = "europe-west1"')
    v = gcp_api_key()
    f.pos("gcp-api-key", v, f'maps_api_key = "{v}"')
    f.neg("placeholder", 'translate_api_key = "AIza..."', "gcp-api-key")

    f = c.file("azure/appsettings.json")
    f.add("{", '  "ConnectionStrings": {')
    v = azure_storage_key()
    f.pos("azure-connection-string", v, f'    "Storage": "DefaultEndpointsProtocol=https;AccountName=acmeorders;AccountKey={v};EndpointSuffix=core.windows.net",')
    f.neg("development storage shortcut, no key", '    "Dev": "UseDevelopmentStorage=true",', "azure-connection-string")
    f.neg("the storage emulator's published key", f'    "Emulator": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AZURITE_KEY};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;",', "azure-connection-string")
    v = b64(rbytes(32))
    f.pos("azure-connection-string", v, f'    "ServiceBus": "Endpoint=sb://acme-orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={v}",')
    pw = password()
    f.pos("password-assignment", pw, f'    "Sql": "Server=tcp:acme-orders.database.windows.net,1433;Initial Catalog=orders;User ID=orders;Password={pw};Encrypt=True;"')
    f.add("  },", '  "AzureAd": {')
    f.neg("tenant id (UUID)", f'    "TenantId": "{fake_uuid()}",', "azure-ad-client-secret")
    f.neg("client id (UUID)", f'    "ClientId": "{fake_uuid()}",', "azure-ad-client-secret")
    v = azure_ad_secret()
    f.pos("azure-ad-client-secret", v, f'    "ClientSecret": "{v}"')
    f.add("  },")
    sig = b64(rbytes(32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    f.pos("azure-sas-token", sig, f'  "ExportSas": "https://acmeorders.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T00:00:00Z&spr=https&sig={sig}",')
    f.neg("SAS URL template without a signature", '  "ExportSasTemplate": "https://acmeorders.blob.core.windows.net/exports?sv=2022-11-02&sig=<signature>",', "azure-sas-token")
    f.add('  "Logging": {"LogLevel": {"Default": "Information"}}', "}")

    f = c.file("azure/storage.env")
    v = azure_storage_key()
    f.pos("azure-storage-key", v, f"AZURE_STORAGE_KEY={v}")
    f.add("AZURE_STORAGE_ACCOUNT=acmeorders")
    v = azure_storage_key()
    f.pos("azure-storage-key", v, f"AZURE_STORAGE_ACCESS_KEY={v}")
    v = azure_ad_secret()
    f.pos("azure-ad-client-secret", v, f"ARM_CLIENT_SECRET={v}")


def build_lockfiles(c, k):
    f = c.file("web/package-lock.json")
    f.add("{", '  "name": "orders-web",', '  "lockfileVersion": 3,', '  "packages": {')
    for name, ver in [("react", "18.3.1"), ("react-dom", "18.3.1"), ("scheduler", "0.23.2"),
                      ("loose-envify", "1.4.0"), ("js-tokens", "4.0.0"), ("secret-handshake", "1.1.4")]:
        f.add(f'    "node_modules/{name}": {{', f'      "version": "{ver}",',
              f'      "resolved": "https://registry.npmjs.org/{name}/-/{name}-{ver}.tgz",')
        f.neg("npm integrity (SHA-512 of a tarball)", f'      "integrity": "sha512-{b64(rbytes(64))}"', "secret-assignment")
        f.add("    },")
    f.lines[-1] = "    }"
    f.add("  }", "}")

    f = c.file("web/yarn.lock")
    for name in ("left-pad", "tokenizer"):
        f.add(f'"{name}@^1.0.0":', "  version \"1.3.0\"",
              f'  resolved "https://registry.yarnpkg.com/{name}/-/{name}-1.3.0.tgz#{chars(HEX, 40)}"')
        f.neg("yarn integrity (SHA-512)", f"  integrity sha512-{b64(rbytes(64))}", "secret-assignment")
        f.add("")

    f = c.file("Cargo.lock")
    f.add("version = 4", "")
    for name in ("base64", "secrecy", "zeroize", "keyring"):
        f.add("[[package]]", f'name = "{name}"', 'version = "0.22.1"',
              'source = "registry+https://github.com/rust-lang/crates.io-index"')
        f.neg("crate checksum (SHA-256)", f'checksum = "{chars(HEX, 64)}"', "secret-assignment")
        f.add("")

    f = c.file("go.sum")
    for mod in ("github.com/aws/aws-sdk-go-v2", "golang.org/x/crypto", "github.com/golang-jwt/jwt/v5"):
        f.neg("Go module hash", f"{mod} v1.2.3 h1:{b64(rbytes(32))}", "secret-assignment")
        f.neg("Go module hash", f"{mod} v1.2.3/go.mod h1:{b64(rbytes(32))}", "secret-assignment")

    f = c.file("requirements.txt")
    for name in ("requests==2.32.3", "cryptography==43.0.1", "pyjwt==2.9.0"):
        f.neg("pip hash-checking mode digest", f"{name} --hash=sha256:{chars(HEX, 64)}", "secret-assignment")

    f = c.file("assets/lfs-pointer.bin")
    f.add("version https://git-lfs.github.com/spec/v1")
    f.neg("Git LFS object id (SHA-256)", f"oid sha256:{chars(HEX, 64)}", "secret-assignment")
    f.add("size 48213")

    f = c.file("web/src/styles.css")
    f.add(".logo {")
    f.neg("data URI: base64 of an image", f"  background-image: url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ{b64(rbytes(90))});", "secret-assignment")
    f.add("}", ".chunk-a3f9 { color: #1e90ff; }")


def build_docs(c, k):
    f = c.file("docs/README.md")
    f.add("# Orders service", "", "## Configuration", "",
          "The service reads its credentials from the environment. For local work:", "")
    f.neg("x-filled example in prose", "Set `GITHUB_TOKEN` to a personal access token such as `ghp_" + "x" * 36 + "`.", "github-classic")
    f.neg("AWS documentation example", f"AWS keys look like `{EX_AWS_ID}` (the example from AWS's documentation).", "aws-access-key")
    f.neg("Stripe's published documentation sample key", f"For Stripe test mode use the sample key `{STRIPE_DOC_KEY}` from Stripe's docs.", "stripe")
    f.neg("jwt.io's documentation example token", f"A token looks like `{JWT_IO_EXAMPLE}`.", "jwt")
    f.neg("placeholder credentials in a URL", "Connect with `postgres://user:password@localhost/orders`.", "url-password")
    f.neg("placeholder in angle brackets", "Send `Authorization: Bearer <token>` with every request.", "jwt")
    f.neg("truncated placeholder", '    export OPENAI_API_KEY="sk-..."', "openai")
    f.neg("truncated placeholder", "    export ANTHROPIC_API_KEY=sk-ant-api03-...", "anthropic")
    f.neg("placeholder", "    export SLACK_BOT_TOKEN=xoxb-xxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx", "slack-token")
    f.neg("placeholder", "    export NPM_TOKEN=npm_<your-token>", "npm")
    f.neg("placeholder private key", "    PRIVATE_KEY=\"-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\"", "private-key")
    f.add("", "## Troubleshooting", "")
    v = checksummed("ghp_")
    f.pos("github-classic", v, f"If you get a 401, check the token. It worked for me with `{v}` last week.")
    f.add("", "Never commit `.env`; `make check` runs the secret scanner.")

    f = c.file("docs/api.md")
    f.add("# HTTP API", "", "```sh")
    f.neg("placeholder", 'curl -H "X-Api-Key: YOUR_API_KEY" https://api.acme-corp.net/v2/orders', "secret-assignment")
    f.neg("placeholder in angle brackets", "curl -u api:<api-secret> https://api.acme-corp.net/v2/orders", "password-assignment")
    f.neg("shell variable", 'curl -H "Authorization: Bearer $TOKEN" https://api.acme-corp.net/v2/orders', "jwt")
    v = anthropic_key()
    f.pos("anthropic", v, f'curl https://api.anthropic.com/v1/messages -H "x-api-key: {v}"')
    f.add("```", "", "Responses carry a request id such as:", "")
    f.neg("UUID in an example response", f'    {{"request_id": "{fake_uuid()}", "status": "ok"}}', "secret-assignment")
    f.neg("hash in an example response", f'    {{"etag": "{chars(HEX, 32)}"}}', "secret-assignment")

    f = c.file("docs/key-rotation.rst")
    f.add("Key rotation", "============", "", "Old keys are listed by fingerprint only::", "")
    f.neg("SSH key fingerprint (SHA256, public)", f"    SHA256:{b64(rbytes(32)).rstrip('=')} deploy@acme", "openssh-private-key")
    f.neg("PGP fingerprint (public)", "    " + " ".join(chars("0123456789ABCDEF", 4) for _ in range(10)), "pgp-private-key")
    f.neg("age public recipient (public)", "    age1" + chars("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), "secret-assignment")
    f.add("", "The detector in ``scan.py`` looks for the header::", "")
    f.neg("code that mentions a PEM header", '    if line.startswith("-----BEGIN RSA PRIVATE KEY-----"):', "private-key")
    f.neg("regex source for a token format", "    GITHUB_PAT = re.compile(r\"ghp_[A-Za-z0-9]{36}\")", "github-classic")

    f = c.file("notebooks/crypto-wallet.txt")
    f.add("Donation addresses (public):")
    f.neg("Bitcoin address (public)", "bc1q" + chars("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38), "secret-assignment")
    f.neg("Ethereum address (public)", "0x" + chars(HEX, 40), "secret-assignment")
    f.neg("IPFS CID (content hash)", "ipfs://bafybei" + chars("abcdefghijklmnopqrstuvwxyz234567", 45), "secret-assignment")


def build_keys(c, k):
    def keyfile(path, kind, text, crlf=False):
        f = c.file(path, crlf)
        f.pos(kind, text, text)

    keyfile("keys/id_rsa", "private-key", k["pem_rsa_pkcs1"])
    keyfile("keys/server.key", "private-key", k["pem_rsa_pkcs8"])
    keyfile("keys/legacy-encrypted.pem", "private-key", k["pem_rsa_legacy_enc"])
    keyfile("keys/pkcs8-encrypted.pem", "private-key", k["pem_pkcs8_enc"])
    keyfile("keys/ec.pem", "private-key", k["pem_ec_sec1"])
    keyfile("keys/ec384.pem", "private-key", k["pem_ec384_pkcs8"])
    keyfile("keys/dsa.pem", "private-key", k["pem_dsa"])
    keyfile("keys/ed25519.pem", "private-key", k["pem_ed_pkcs8"], crlf=True)
    keyfile("keys/id_ed25519", "openssh-private-key", k["openssh_ed"])
    keyfile("keys/id_ecdsa", "openssh-private-key", k["openssh_ecdsa"])
    keyfile("keys/deploy.ppk", "putty-private-key", k["ppk3"])
    keyfile("keys/legacy.ppk", "putty-private-key", k["ppk2"])
    keyfile("keys/signing-key.asc", "pgp-private-key", k["pgp_priv"])

    def pubfile(path, why, mimics, text):
        c.file(path).neg(why, text, mimics)

    pubfile("keys/id_ed25519.pub", "OpenSSH public key", "openssh-private-key", k["ssh_pub_ed"])
    pubfile("keys/id_ecdsa.pub", "OpenSSH public key", "openssh-private-key", k["ssh_pub_ecdsa"])
    pubfile("keys/signing-key.pub.asc", "PGP public key block", "pgp-private-key", k["pgp_pub"])
    pubfile("keys/server.crt", "X.509 certificate (public)", "private-key", k["cert_server"])
    pubfile("keys/server.csr", "certificate signing request (public)", "private-key", k["csr_server"])
    pubfile("keys/rsa-public.pem", "SubjectPublicKeyInfo public key", "private-key", k["pub_spki"])
    pubfile("keys/rsa-public-pkcs1.pem", "PKCS#1 RSA public key", "private-key", k["pub_pkcs1"])

    f = c.file("keys/ca-bundle.pem")
    f.add("# Acme internal CA chain")
    f.neg("X.509 certificate (public)", k["cert_ca1"], "private-key")
    f.neg("X.509 certificate (public)", k["cert_ca2"], "private-key")

    f = c.file("keys/nginx-bundle.pem")
    f.neg("X.509 certificate (public)", k["cert_bundle"], "private-key")
    f.pos("private-key", k["pem_bundle_key"], k["pem_bundle_key"])

    f = c.file("keys/authorized_keys")
    for name in ("ssh_pub_a", "ssh_pub_b", "ssh_pub_c"):
        f.neg("OpenSSH public key", k[name], "openssh-private-key")

    f = c.file("keys/known_hosts")
    for name in ("ssh_pub_a", "ssh_pub_b"):
        host = f"|1|{b64(rbytes(20))}|{b64(rbytes(20))}"
        f.neg("known_hosts entry: hashed host name and public key", host + " " + " ".join(k[name].split()[:2]), "openssh-private-key")

    f = c.file("keys/jwks.json")
    pub = k["jwk_rsa"].public_key().public_numbers()
    priv = k["jwk_rsa"].private_numbers()
    n64 = b64url(pub.n.to_bytes(256, "big"))

    def b64i(x):
        return b64url(x.to_bytes((x.bit_length() + 7) // 8, "big"))
    f.add("{", '  "keys": [', "    {", '      "kty": "RSA",', '      "kid": "2024-05",', '      "use": "sig",')
    f.neg("JWK public modulus (public)", f'      "n": "{n64}",', "private-key")
    f.add('      "e": "AQAB"', "    },", "    {", '      "kty": "RSA",', '      "kid": "2024-05-private",',
          f'      "n": "{n64}",', '      "e": "AQAB",')
    f.pos("jwk-private-key", b64i(priv.d), f'      "d": "{b64i(priv.d)}",')
    for name, value in (("p", priv.p), ("q", priv.q), ("dp", priv.dmp1), ("dq", priv.dmq1)):
        f.amb("another private member of the same JWK", f'      "{name}": "{b64i(value)}",')
    f.amb("another private member of the same JWK", f'      "qi": "{b64i(priv.iqmp)}"')
    f.add("    }", "  ]", "}")

    f = c.file("app/keys.py")
    f.add('"""Keys baked into the test server (rotate!)."""', "")
    f.add('SIGNING_KEY = """\\')
    f.pos("private-key", k["pem_py"], k["pem_py"])
    f.add('"""', "")
    f.neg("certificate (public)", 'ROOT_CA = """' + k["cert_py"] + '"""', "private-key")
    f.add("")
    f.neg("placeholder private key", 'EXAMPLE_KEY = "-----BEGIN PRIVATE KEY-----\\n<paste your key here>\\n-----END PRIVATE KEY-----"', "private-key")


def build_more(c, k):
    f = c.file("tools/release.py")
    f.add('"""Publishes a release to GitHub, npm and PyPI."""', "import os", "import subprocess", "")
    v = checksummed("ghp_")
    f.pos("github-classic", v, f'GITHUB_TOKEN = os.environ.get("GITHUB_TOKEN", "{v}")')
    v = fine_grained_pat()
    f.pos("github-fine-grained", v, f'RELEASES_PAT = "{v}"')
    v = fine_grained_pat()
    f.pos("github-fine-grained", v, f'HOMEBREW_TAP_TOKEN = "{v}"')
    v = checksummed("npm_")
    f.pos("npm", v, f'NPM_TOKEN = "{v}"')
    v = pypi_token()
    f.pos("pypi", v, f'TWINE_PASSWORD = "{v}"')
    f.neg("environment lookup", 'CARGO_REGISTRY_TOKEN = os.environ["CARGO_REGISTRY_TOKEN"]', "secret-assignment")
    f.add("", "", "def publish(tag):")
    f.neg("format string with a variable", '    url = f"https://{GITHUB_TOKEN}@github.com/acme/orders.git"', "url-password")
    f.add('    subprocess.run(["git", "push", url, tag], check=True)')

    f = c.file("web/src/integrations.ts")
    f.add('import OpenAI from "openai";', 'import twilio from "twilio";', "")
    v = openai_key()
    f.pos("openai", v, f'export const openai = new OpenAI({{ apiKey: "{v}" }});')
    v = twilio_api_key()
    f.pos("twilio", v, f'const TWILIO_API_KEY = "{v}";')
    f.neg("Twilio Account SID is an identifier", f'const TWILIO_ACCOUNT_SID = "AC{chars(HEX, 32)}";', "twilio")
    v = sendgrid()
    f.pos("sendgrid", v, f'const SENDGRID_KEY: string = "{v}";')
    v = slack_bot()
    f.pos("slack-token", v, f'const slackToken = "{v}";')
    v = jwt_hs256(claims())
    f.pos("jwt", v, f'const demoToken = "{v}";')
    v = jwt_rs256(k["rsa_jwt"], claims())
    f.pos("jwt", v, f'  headers: {{ Authorization: "Bearer {v}" }},')
    v = checksummed("gho_")
    f.pos("github-oauth", v, f'const octokit = new Octokit({{ auth: "{v}" }});')
    f.neg("import.meta.env reference", "const key = import.meta.env.VITE_STRIPE_KEY;", "stripe")
    f.neg("truncated example JWT", 'const example = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0...";', "jwt")

    f = c.file("config/database.yml")
    f.add("default: &default", "  adapter: postgresql", "  pool: 5", "", "development:", "  <<: *default",
          "  database: orders_dev")
    f.neg("ERB environment lookup", "  password: <%= ENV['DATABASE_PASSWORD'] %>", "password-assignment")
    f.add("", "production:", "  <<: *default")
    v = password()
    f.pos("url-password", v, f"  url: postgres://orders:{v}@orders-prod.cluster-abc.eu-west-1.rds.amazonaws.com:5432/orders")
    f.add("", "analytics:")
    v = password()
    f.pos("url-password", v, f"  url: mongodb+srv://analytics:{v}@cluster0.abcde.mongodb.net/analytics?retryWrites=true")
    f.add("", "legacy:")
    v = password()
    f.pos("url-password", v, f"  url: mysql2://legacy:{v}@mysql-legacy.internal/legacy")
    f.neg("no password in the URL", "  replica_url: mysql2://readonly@mysql-replica.internal/legacy", "url-password")
    f.add("", "smtp:")
    v = password()
    f.pos("url-password", v, f"  url: smtps://mailer%40acme-corp.net:{v}@smtp.mailgun.org:465")
    f.neg("placeholder password in a URL", "  fallback_url: smtp://user:pass@localhost:25", "url-password")

    f = c.file("gcp/sa-ci.json")
    sa = k["pem_gcp2"]
    f.add("{", '  "type": "service_account",', '  "project_id": "acme-ci",')
    f.neg("key id, not key material", f'  "private_key_id": "{chars(HEX, 40)}",', "gcp-service-account")
    esc = json.dumps(sa + "\n")
    f.pos("gcp-service-account", esc[1:-1], f'  "private_key": {esc},', decoded=sa + "\n")
    f.add('  "client_email": "ci-runner@acme-ci.iam.gserviceaccount.com",', '  "token_uri": "https://oauth2.googleapis.com/token"', "}")

    f = c.file("gcp/credentials.py")
    sa = k["pem_gcp3"]
    f.add('"""Service account baked in for the nightly export (move to Secret Manager)."""', "", "CREDENTIALS = {",
          '    "type": "service_account",', '    "project_id": "acme-analytics",')
    esc = json.dumps(sa + "\n")
    f.pos("gcp-service-account", esc[1:-1], f'    "private_key": {esc},', decoded=sa + "\n")
    f.add('    "client_email": "export@acme-analytics.iam.gserviceaccount.com",', "}")

    f = c.file("azure/local.settings.json")
    f.add("{", '  "IsEncrypted": false,', '  "Values": {')
    v = azure_storage_key()
    f.pos("azure-connection-string", v, f'    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=acmefuncs;AccountKey={v};EndpointSuffix=core.windows.net",')
    f.neg("development storage shortcut, no key", '    "AzureWebJobsDashboard": "UseDevelopmentStorage=true",', "azure-connection-string")
    f.add('    "FUNCTIONS_WORKER_RUNTIME": "python"', "  }", "}")

    f = c.file("azure/deploy.ps1")
    f.add("$ErrorActionPreference = 'Stop'")
    v = azure_storage_key()
    f.pos("azure-connection-string", v, f"$conn = 'DefaultEndpointsProtocol=https;AccountName=acmebackup;AccountKey={v};EndpointSuffix=core.windows.net'")
    f.neg("key read from Key Vault at run time", "$key = (Get-AzKeyVaultSecret -VaultName acme-kv -Name storage-key -AsPlainText)", "azure-storage-key")
    f.add("az storage blob upload-batch --connection-string $conn -d backups -s ./out")

    c.file("keys/id_ed25519_ci").pos("openssh-private-key", k["openssh_ed2"], k["openssh_ed2"])

    f = c.file("ops/incident-2024-04.md")
    f.add("# Incident 2024-04-12: leaked tokens", "", "Rotated after the leak (kept here for the record, all revoked):", "")
    v = checksummed("ghp_")
    f.pos("github-classic", v, f"- GitHub PAT `{v}`")
    v = checksummed("ghp_")
    f.pos("github-classic", v, f"- second PAT `{v}`")
    v = checksummed("npm_")
    f.pos("npm", v, f"- npm automation token `{v}`")
    v = fine_grained_pat()
    f.pos("github-fine-grained", v, f"- fine-grained PAT `{v}`")
    v = slack_user()
    f.pos("slack-token", v, f"- Slack user token `{v}`")
    f.add("", "Tokens that only looked like ours (checksum wrong, so not GitHub's):", "")
    f.neg("ghp_ shape with a wrong CRC32 checksum", f"- `{bad_checksum('ghp_')}`", "github-classic")
    f.neg("ghp_ shape with a wrong CRC32 checksum", f"- `{bad_checksum('ghp_')}`", "github-classic")
    f.neg("ghs_ shape with a wrong CRC32 checksum", f"- `{bad_checksum('ghs_')}`", "github-app")
    f.neg("ghu_ shape with a wrong CRC32 checksum", f"- `{bad_checksum('ghu_')}`", "github-app")
    f.neg("npm_ shape with a wrong CRC32 checksum", f"- `{bad_checksum('npm_')}`", "npm")
    f.neg("fine-grained PAT shape that fails its SHA-256/base32 check", f"- `{fine_grained_pat(valid=False)}`", "github-fine-grained")
    f.add("", "The AWS key from the screenshot was AWS's own documentation example:", "")
    f.neg("AWS documentation example key id (with EXAMPLE)", "- `AKIAI44QH8DHBEXAMPLE`", "aws-access-key")
    f.neg("AWS documentation example secret key", "- `je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY`", "aws-secret-key")


def make_keys():
    k = {}
    rsa_keys = [rsa_key() for _ in range(6)]
    k["rsa_jwt"], k["jwk_rsa"] = rsa_keys[0], rsa_keys[1]
    k["pem_rsa_pkcs1"] = pem(rsa_keys[2], "pkcs1")
    k["pem_rsa_pkcs8"] = pem(rsa_keys[3], "pkcs8")
    k["pem_rsa_legacy_enc"] = legacy_encrypted_rsa_pem(rsa_keys[4], b"orders-2024")
    k["pem_pkcs8_enc"] = encrypted_pkcs8_pem(ec_key(ec.SECP256R1(), 256), b"deploy-key-pass")
    k["pem_gcp"] = pem(rsa_keys[5], "pkcs8")
    k["pem_gcp2"] = pem(rsa_key(), "pkcs8")
    k["pem_gcp3"] = pem(rsa_key(), "pkcs8")
    k["openssh_ed2"] = openssh_private(ed_key(), "ci@runner")
    k["pub_spki"] = public_pem(rsa_keys[2], "spki")
    k["pub_pkcs1"] = public_pem(rsa_keys[3], "pkcs1")
    k["ppk3"] = putty_private(rsa_key(1024), "deploy@acme-ci", 3)
    k["ppk2"] = putty_private(rsa_key(1024), "rsa-key-20240501", 2)
    k["pem_ec_sec1"] = pem(ec_key(ec.SECP256R1(), 256), "pkcs1")
    k["pem_ec384_pkcs8"] = pem(ec_key(ec.SECP384R1(), 384), "pkcs8")
    k["pem_ec_helm"] = pem(ec_key(ec.SECP256R1(), 256), "pkcs1")
    k["pem_tls_key"] = pem(ec_key(ec.SECP256R1(), 256), "pkcs8")
    k["pem_bundle_key"] = pem(ec_key(ec.SECP256R1(), 256), "pkcs1")
    k["pem_py"] = pem(ec_key(ec.SECP384R1(), 384), "pkcs8")
    k["pem_dsa"] = pem(dsa_key(), "pkcs1")
    k["pem_ed_pkcs8"] = pem(ed_key(), "pkcs8")
    ed, ecd = ed_key(), ec_key(ec.SECP256R1(), 256)
    k["openssh_ed"] = openssh_private(ed, "deploy@acme-ci")
    k["openssh_ecdsa"] = openssh_private(ecd, "ops@bastion")
    k["ssh_pub_ed"] = ssh_public_line(ed, "deploy@acme-ci")
    k["ssh_pub_ecdsa"] = ssh_public_line(ecd, "ops@bastion")
    for name, comment in (("ssh_pub_a", "alice@laptop"), ("ssh_pub_b", "bob@workstation"), ("ssh_pub_c", "ci@runner")):
        k[name] = ssh_public_line(ed_key(), comment)
    k["pgp_priv"], k["pgp_pub"] = pgp_keys(ed_key(), "Acme Release Signing <release@acme-corp.net>")
    for name, cn in (("cert_server", "orders.acme-corp.net"), ("cert_ca1", "Acme Root CA"),
                     ("cert_ca2", "Acme Issuing CA"), ("cert_bundle", "www.acme-corp.net"),
                     ("cert_tls", "orders.orders.svc"), ("cert_helm", "orders.example-helm"),
                     ("cert_py", "Acme Test Root")):
        k[name] = certificate(ed_key(), cn)
    k["csr_server"] = certificate(ed_key(), "orders.acme-corp.net", csr=True)
    return k


# Third-party fixtures: (path under third_party/, line, label, kind-or-why, needle).
# label: "pos" (kind = secret kind, needle = the exact secret), "neg" (why), "amb" (why);
# needle must occur on that line.
RS = "third_party/ripsecrets/test/"
DS = "third_party/detect-secrets/test_data/"
THIRD_PARTY = [
    (RS + "one_per_line/random", 1, "pos", "secret-assignment", "iftkeq2y4qj0nbt"),
    (RS + "one_per_line/random", 2, "pos", "secret-assignment", "2Tm6cdsRVBTL9hRCmR6MRDTpMLFS4I"),
    (RS + "one_per_line/random", 3, "pos", "secret-assignment", "2Tm6cdsRVBTL9hRCmR6MRDTpMLFS4I"),
    (RS + "one_per_line/random", 4, "pos", "secret-assignment", "2Tm6cdsRVBTL9hRCmR6MRDTpMLFS4I"),
    (RS + "one_per_line/random", 5, "pos", "secret-assignment", "2Tm6cdsRVBTL9hRCmR6MRDTpMLFS4I"),
    (RS + "one_per_line/aws", 1, "pos", "aws-secret-key", "1W0T1eqNpAk3imtH8mJtkSf2AQ3eNMrPqe3u3Tf6"),
    (RS + "one_per_line/aws", 2, "pos", "aws-secret-key", "wrmDCcpolP3yg9l7o9dJragXbj2wFFzWgiN5FBZN"),
    (RS + "one_per_line/aws", 3, "pos", "aws-secret-key", "2OYzBCp/+N9pUJ3a8JA5lOLYL/iKBFYVlif3pIHl"),
    (RS + "one_per_line/github", 1, "pos", "github-classic", "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"),
    (RS + "one_per_line/github", 2, "amb", "github_pat_ with a classic-length body: not the fine-grained shape, though its CRC32 checks", "github_pat_"),
    (RS + "one_per_line/npm", 1, "neg", "x-filled placeholder", "xxxxxxxxxxxxxxxxxxxx"),
    (RS + "one_per_line/npm", 2, "pos", "npm", "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"),
    (RS + "one_per_line/url", 1, "neg", "placeholder credentials USERNAME:PASSWORD", "USERNAME:PASSWORD"),
    (RS + "one_per_line/age", 1, "pos", "age-secret-key", "AGE-SECRET-KEY-1Y5JDPF0K03KJV5ZPVMGESWF8JQZR8AU7ZWPMRQMM2D9Y8G0QRNZSZVU0ZN"),
    (RS + "one_per_line/age", 2, "pos", "age-secret-key", "AGE-SECRET-KEY-13JCDF682MCF4V7LPYVCE85VTSNC60TPX5ZYSSNK599PGTFX9L3TQVW5JTH"),
    (RS + "one_per_line/azure", 1, "pos", "azure-storage-key", "lJzRc1YdHaAA2KCNJJ1tkYwF/+mKK6Ygw0NGe170Xu592euJv2wYUtBlV8z+qnlcNQSnIYVTkLWntUO1F8j8rQ=="),
    (RS + "one_per_line/azure", 2, "pos", "azure-ad-client-secret", "GN.7Q~4AkLZBNEbz4Jxlm~O5G6SsyFxYg6zNR"),
    (RS + "one_per_line/azure", 3, "pos", "azure-ad-client-secret", "2N87Q~4m2Bkq.tjC7pDkGksXPutGkChIGNqYc"),
    (RS + "one_per_line/gcp", 1, "pos", "gcp-api-key", "AIzaSyCw8XmxlGXVRySZxKiuZhFCALuXbLqqHBI"),
    (RS + "one_per_line/gcp", 2, "pos", "gcp-api-key", "AIzaSyBYvIR5fRdK_ZUw4baMjUanLRTA7iopW-I"),
    (RS + "one_per_line/gcp", 3, "pos", "gcp-api-key", "AIzaSyBsk5f14YtkTQr-hIbMjMOMSXIV2KdZlrU"),
    (RS + "one_per_line/gitlab", 1, "pos", "gitlab-pat", "glpat-z_sxgtrfAxKr8q1TPY8Y"),
    (RS + "one_per_line/jwt", 1, "neg", "jwt.io's documentation example token", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"),
    (RS + "one_per_line/jwt", 2, "neg", "jwt.io's example without its signature", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"),
    (RS + "one_per_line/slack", 1, "pos", "slack-token", "xoxp-523423-234243-234233-e039d02840a0b9379c"),
    (RS + "one_per_line/slack", 2, "neg", "x-filled placeholder webhook", "Txxxxxxxx"),
    (RS + "one_per_line/stripe", 1, "pos", "stripe", "sk_live_ReTllpYQYfIZu2Jnf2lAPFjD"),
    (RS + "one_per_line/stripe", 2, "pos", "stripe", "rk_live_5TcWfjKmJgpql9hjpRnwRXbT"),
    (RS + "one_per_line/twilio", 1, "neg", "x-filled placeholder", "ACxxxx"),
    (RS + "one_per_line/twilio", 2, "neg", "x-filled placeholder", "SKxxxx"),
    (RS + "one_per_line/sendgrid", 1, "pos", "sendgrid", "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"),
    (RS + "one/private_key", 2, "pos", "private-key", "-----BEGIN RSA PRIVATE KEY-----"),
    (RS + "one_per_file/aws_json", 10, "amb", "AKIA id with 0, 8 and 9, outside the base32 alphabet of real key ids", "AKIAN95B87AWHT6U0699"),
    (RS + "one_per_file/pem_key.crlf", 1, "pos", "private-key", "-----BEGIN PRIVATE KEY-----"),
    (RS + "none", 1, "neg", "inline allowlist pragma", "pragma: allowlist secret"),
    (RS + "none", 2, "neg", "low-entropy repeated pattern", "asdfasdf"),
    (RS + "none", 3, "neg", "prose between PEM markers, not a key", "this is not a private key"),
    (RS + "none", 4, "neg", "settings reference", "settings.GITHUB_API_SECRET"),
    (RS + "none", 5, "neg", "constant reference", "ASANA_TOKEN_EXCHANGE_URL"),
    (RS + "none", 6, "neg", "code containing eyJ", "keyJob"),
    (RS + "none", 7, "neg", "SQL options named *_KEY", "IGNORE_DUP_KEY"),
    (RS + "none", 8, "neg", "request data without a secret", "head_long"),
    (RS + "none", 9, "neg", "placeholder credentials on example.com", "public:secret@example.com"),
    (RS + "none", 10, "neg", "constant reference", "PROJECT_NAME_ALIAS"),
    (RS + "none", 11, "neg", "user name repeated as password", "user:user@"),
    (RS + "none", 12, "amb", "random password in a URL that upstream allowlists through .secretsignore", "ReTllpYQYfIZu2Jnf2lAPFjD"),
    (DS + "each_secret.py", 1, "neg", "short hex word", "DEADBEEF"),
    (DS + "each_secret.py", 2, "neg", "id-named base64 of English text", "YW1pYWx3"),
    (DS + "each_secret.py", 4, "amb", "secret-named, but base64 of an English sentence", "c2VjcmV0"),
    (DS + "each_secret.py", 5, "pos", "secret-assignment", "8b1118b376c313ed420e5133ba91307817ed52c2"),
    (DS + "each_secret.py", 6, "amb", "prose-like password in a URL on example.com", "whywouldyouusehttpforpasswords"),
    (DS + "each_secret.py", 8, "neg", "AWS documentation example key id", EX_AWS_ID),
    (DS + "each_secret.py", 9, "neg", "AWS documentation example secret key", EX_AWS_SECRET),
    (DS + "config.yaml", 2, "neg", "the value says not_secret", "not_secret"),
    (DS + "config.yaml", 3, "neg", "low-entropy digits", "1234567890a"),
    (DS + "config.yaml", 4, "neg", "low-entropy digits", "1234567890ab"),
    (DS + "config.yaml", 6, "neg", "AKIA followed by lower case: not a key id", "AKIAabcdefghijklmnop"),
    (DS + "config.yaml", 7, "neg", "alphabet run", "abcdefghijklmnop"),
    (DS + "config.yaml", 13, "neg", "inline allowlist pragma", "pragma: allowlist secret"),
    (DS + "config.yaml", 14, "pos", "secret-assignment", "MjNjcnh1IDJieXJpdXYyeXJpaTJidnl1MnI4OXkyb3UwMg=="),
    (DS + "config.yaml", 17, "amb", "random-looking value named as an id", "ToCynx5Se4e2PtoZxEhW7lUJcOX15c54"),
    (DS + "config.yaml", 19, "neg", "UUID", "203db13e-70c7-462b-9a3d-bf32640cb0be"),
    (DS + "config.env", 1, "amb", "high-entropy value under a name that says nothing", "gX69YO4CvBsVjzAwYxdGyDd30t5+9ez31gKATtj4"),
    (DS + "config.ini", 2, "neg", "low-entropy digits", "12345678901234"),
    (DS + "config.ini", 10, "neg", "low-entropy digits", "2345678901"),
    (DS + "config.ini", 26, "neg", "inline allowlist pragma", "pragma: whitelist secret"),
    (DS + "files/file_with_secrets.py", 3, "amb", "secret-named, but base64 of an English sentence", "c3VwZXIg"),
    (DS + "files/file_with_secrets.py", 4, "neg", "inline allowlist pragma", "pragma: whitelist secret"),
    (DS + "files/private_key", 1, "amb", "PEM markers around a body that is not base64 key material", "-----BEGIN OPENSSH PRIVATE KEY-----"),
]


def label_third_party(c):
    for path, line, label, what, needle in THIRD_PARTY:
        text = (HERE / path).read_bytes().decode().replace("\r\n", "\n").split("\n")
        assert needle in text[line - 1], (path, line, needle)
        if label == "pos":
            entry = {"path": path, "line": line, "kind": what, "secret": needle}
            if needle.startswith("-----BEGIN"):
                end = next(i for i in range(line, len(text) + 1) if text[i - 1].startswith("-----END"))
                block = "\n".join(text[line - 1:end])
                entry = {"path": path, "line": line, "end_line": end, "kind": what, "secret": block}
            c.labels.append(entry)
        elif label == "neg":
            c.negatives.append({"path": path, "line": line, "why": what, "mimics": "third-party"})
        else:
            c.ambiguous.append({"path": path, "line": line, "why": what})


def build():
    c = Corpus()
    k = make_keys()
    for part in (build_env_files, build_code_files, build_deploy_files, build_config_files,
                 build_lockfiles, build_docs, build_keys, build_more):
        part(c, k)
    label_third_party(c)
    outputs = {path: f.text() for path, f in c.files.items()}
    order = lambda e: (e["path"], e["line"])
    for name, rows in (("labels.jsonl", c.labels), ("negatives.jsonl", c.negatives),
                       ("ambiguous.jsonl", c.ambiguous)):
        outputs[name] = "".join(json.dumps(r, sort_keys=False) + "\n" for r in sorted(rows, key=order))
    seen = {}
    for name in ("labels.jsonl", "negatives.jsonl", "ambiguous.jsonl"):
        for row in map(json.loads, outputs[name].splitlines()):
            for n in range(row["line"], row.get("end_line", row["line"]) + 1):
                key = (row["path"], n)
                assert key not in seen, ("line labelled twice", key, seen[key], name)
                seen[key] = name
    return outputs


def main():
    check = "--check" in sys.argv[1:]
    outputs = build()
    if check:
        bad = [p for p, t in outputs.items()
               if not (HERE / p).exists() or (HERE / p).read_bytes() != t.encode()]
        on_disk = {str(p.relative_to(HERE)) for p in (HERE / CORPUS).rglob("*") if p.is_file()}
        extra = sorted(on_disk - set(outputs))
        for p in bad + extra:
            print(f"differs: {p}", file=sys.stderr)
        sys.exit(1 if bad or extra else 0)
    root = HERE / CORPUS
    if root.exists():
        for p in sorted(root.rglob("*"), reverse=True):
            p.unlink() if p.is_file() else p.rmdir()
    for path, text in outputs.items():
        out = HERE / path
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(text.encode())
    counts = {}
    for row in map(json.loads, outputs["labels.jsonl"].splitlines()):
        counts[row["kind"]] = counts.get(row["kind"], 0) + 1
    n_neg = len(outputs["negatives.jsonl"].splitlines())
    n_amb = len(outputs["ambiguous.jsonl"].splitlines())
    print(f"{sum(counts.values())} positives, {n_neg} negatives, {n_amb} ambiguous, "
          f"{sum(1 for p in outputs if p.startswith(CORPUS))} generated files")
    for kind in sorted(counts):
        print(f"  {kind:26} {counts[kind]}")


if __name__ == "__main__":
    main()
