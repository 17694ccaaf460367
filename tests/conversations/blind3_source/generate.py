"""Build /work/blind3/blind3.yml and print counts. Run: python3 src/generate.py"""
import collections
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import build  # noqa: E402
import conv_yp, conv_pa, conv_pro  # noqa: E402,F401

OUT = HERE.parent / "blind3.yml"

if __name__ == "__main__":
    build.emit(OUT)
    aud = collections.Counter(c["aud"] for c in build.CONVS)
    print("total", len(build.CONVS), dict(aud))
    worries = collections.defaultdict(collections.Counter)
    for c in build.CONVS:
        for w in c["worries"]:
            worries[w][c["aud"]] += 1
    for w in sorted(worries):
        print(f"{w:22s}", dict(worries[w]), sum(worries[w].values()))
