#!/usr/bin/env python3
"""Independent JOSE implementations (PyJWT, jwcrypto) for flowlet-secrets' interop tests.

Called by tests/cli/test_jose.rs as `python3 interop.py COMMAND ARGS...`; prints its
result on stdout and exits non-zero (with a traceback) on any failure. Keys come from
files the test wrote (key material made for the test, never real secrets).
"""
import base64
import json
import sys
import time

import jwt  # PyJWT
from jwcrypto import jwe, jwk, jws


def read(path):
    with open(path, "rb") as f:
        return f.read()


def b64url_decode(text):
    text = text.strip()
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "pyjwt-verify-hs256":
        # KEY_B64URL_FILE TOKEN AUD: verify our HS256 JWT, print its claims.
        key = b64url_decode(read(args[0]).decode())
        claims = jwt.decode(args[1], key, algorithms=["HS256"], audience=args[2])
        print(json.dumps(claims, sort_keys=True))
    elif cmd == "pyjwt-verify-rs256":
        # PUBLIC_PEM_FILE TOKEN AUD
        claims = jwt.decode(args[1], read(args[0]), algorithms=["RS256"], audience=args[2])
        print(json.dumps(claims, sort_keys=True))
    elif cmd == "jwcrypto-verify-rs256":
        # PUBLIC_JWK_FILE TOKEN: verify with our exported JWK; the header kid must match it.
        key = jwk.JWK.from_json(read(args[0]))
        token = jws.JWS()
        token.deserialize(args[1])
        token.verify(key, alg="RS256")
        header = token.jose_header
        assert header["kid"] == key.thumbprint(), (header, key.thumbprint())
        assert key["kid"] == key.thumbprint()
        print(token.payload.decode())
    elif cmd == "pyjwt-sign-hs256":
        # KEY_B64URL_FILE SUB SCOPE: a JWT signed by PyJWT with our key.
        key = b64url_decode(read(args[0]).decode())
        now = int(time.time())
        print(jwt.encode({"sub": args[1], "scope": args[2], "iat": now, "exp": now + 300},
                         key, algorithm="HS256"))
    elif cmd == "jwcrypto-sign-rs256":
        # PRIVATE_PEM_FILE SUB: a JWT signed by jwcrypto with our private key.
        key = jwk.JWK.from_pem(read(args[0]))
        now = int(time.time())
        claims = json.dumps({"sub": args[1], "scp": ["read", "write"], "exp": now + 300})
        token = jws.JWS(claims.encode())
        token.add_signature(key, alg="RS256", protected=json.dumps({"alg": "RS256", "typ": "JWT"}))
        print(token.serialize(compact=True))
    elif cmd == "jwcrypto-encrypt":
        # PUBLIC_JWK_FILE ALG ENC PLAINTEXT: a compact JWE to our public key.
        key = jwk.JWK.from_json(read(args[0]))
        # algs= lets jwcrypto build RSA1_5 too, which only the refusal test asks for.
        token = jwe.JWE(args[3].encode(), json.dumps({"alg": args[1], "enc": args[2]}),
                        algs=[args[1], args[2]])
        token.add_recipient(key)
        print(token.serialize(compact=True))
    elif cmd == "jwcrypto-decrypt":
        # PRIVATE_PEM_FILE TOKEN: decrypt our JWE; print the plaintext and the header.
        key = jwk.JWK.from_pem(read(args[0]))
        token = jwe.JWE()
        token.deserialize(args[1], key=key)
        header = json.loads(token.objects["protected"])
        assert header["alg"] == "RSA-OAEP-256" and header["enc"] == "A256GCM", header
        assert header["kid"] == key.thumbprint(), header
        sys.stdout.write(token.payload.decode())
    elif cmd == "verify-asym":
        # ALG PUBLIC_PEM_FILE PUBLIC_JWK_FILE TOKEN: ES256/EdDSA, verified by PyJWT with
        # the PEM and by jwcrypto with the JWK, whose kid must be jwcrypto's thumbprint.
        alg, pem, jwk_file, token = args
        claims = jwt.decode(token, read(pem), algorithms=[alg])
        key = jwk.JWK.from_json(read(jwk_file))
        assert key["kid"] == key.thumbprint(), (key["kid"], key.thumbprint())
        signed = jws.JWS()
        signed.deserialize(token)
        signed.verify(key, alg=alg)
        assert signed.jose_header["kid"] == key.thumbprint(), signed.jose_header
        if alg == "ES256":
            # RFC 7518 §3.4: R || S, 64 bytes, not DER.
            assert len(b64url_decode(token.split(".")[2])) == 64
        assert json.loads(signed.payload) == claims
        print(json.dumps(claims, sort_keys=True))
    elif cmd == "make-asym":
        # ALG DIR SUB: a key made by jwcrypto, written as private PKCS#8 PEM, SEC1 PEM
        # (EC only), private JWK and public JWK, and two JWTs for it (PyJWT, jwcrypto).
        # Prints {"thumbprint":…, "pyjwt":…, "jwcrypto":…}.
        alg, out, sub = args
        from cryptography.hazmat.primitives import serialization as ser
        if alg == "ES256":
            key = jwk.JWK.generate(kty="EC", crv="P-256")
        else:
            key = jwk.JWK.generate(kty="OKP", crv="Ed25519")
        pem = key.export_to_pem(private_key=True, password=None)
        with open(f"{out}/private.pem", "wb") as f:
            f.write(pem)
        crypto_key = ser.load_pem_private_key(pem, None)
        if alg == "ES256":
            sec1 = crypto_key.private_bytes(ser.Encoding.PEM, ser.PrivateFormat.TraditionalOpenSSL,
                                            ser.NoEncryption())
            with open(f"{out}/sec1.pem", "wb") as f:
                f.write(sec1)
        with open(f"{out}/private.jwk", "w") as f:
            f.write(key.export_private())
        with open(f"{out}/public.jwk", "w") as f:
            f.write(key.export_public())
        now = int(time.time())
        claims = {"sub": sub, "iat": now, "exp": now + 300}
        by_pyjwt = jwt.encode(claims, crypto_key, algorithm=alg)
        signed = jws.JWS(json.dumps(claims).encode())
        signed.add_signature(key, alg=alg, protected=json.dumps({"alg": alg, "typ": "JWT"}))
        print(json.dumps({"thumbprint": key.thumbprint(), "pyjwt": by_pyjwt,
                          "jwcrypto": signed.serialize(compact=True)}))
    else:
        sys.exit(f"unknown command {cmd}")


if __name__ == "__main__":
    main()
