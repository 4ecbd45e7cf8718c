#!/usr/bin/env bash
# JOSE interop tests (tests/cli/test_jose.rs) run tests/jose/*.py with independent
# implementations: jwcrypto and PyJWT, pinned. python3 + pip are on the machine image.
set -euo pipefail
python3 -m pip install --quiet --disable-pip-version-check \
  'jwcrypto==1.6.1' 'PyJWT==2.15.1' 'cryptography==50.0.2'
