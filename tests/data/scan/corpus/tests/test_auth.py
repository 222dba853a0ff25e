import hashlib


LOOKS_VALID = "ghp_RcEjAdSi3mkPqdQflNFMrMoGIBZGIh7TZM78"
EXPIRED_JWT = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjFjMWE0OGFiODRhZWNmZWYifQ.eyJzdWIiOiI5MzMyNzMyZC05Y2E5LTRkMDctODU2OS0zMDE3MTJjOTQzYzciLCJpc3MiOiJodHRwczovL2F1dGguYWNtZS1pbnRlcm5hbC5uZXQiLCJhdWQiOiJhcGkiLCJpYXQiOjE3MTIzMjA4OTgsImV4cCI6MTcxMjMyNDQ5OCwic2NvcGUiOiJhZG1pbiJ9.ML56mUMy4apc3aG_WvMg_QTFiBbEPwVPBKePgoMApPgT19so0rxCmzc3dMGY-Naev2CZ18_Uz17_71W-M1uBe0B6kHILs2RZxTLHHqQvc1sfLbHinIz7nfnvr56QgSI8fPPvopS5iAtM6s4opXz_NMUIO_pcV0WX1iDqnlN0ZCQDnFg61Fle4i2zQzq9B4K5JT8EzddhUzX6CmVQQmfCb58MJrc5c_JwN4Z-je9xD6KM2bM0rlMJUDGbcNrAAbmNuc_jTuscADtWOngdjky5ddChm3zg8J83ReBOB1G0WfCvk74jZzmUor-bz4q81-sOTgTWMJ9S6OOJmn5s3iIG1w"
JWT_IO_SAMPLE = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
MOCK_ANTHROPIC_KEY = "sk-ant-api03-" + "x" * 93 + "AA"


def test_digest():
    assert hashlib.sha256(b"abc").hexdigest() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert hashlib.md5(b"abc").hexdigest() == "900150983cd24fb0d6963f7d28e17f72"


def test_login(client):
    password = "correct horse battery staple"
    assert client.login("alice", password)

NPM_LOOKALIKE = "npm_U7yJrNcbTMS6EHmtK1OFsMsOxMvDUCdQeeQF"
FINE_GRAINED_LOOKALIKE = "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"
