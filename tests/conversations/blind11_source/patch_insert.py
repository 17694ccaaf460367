"""One-off helper used while writing the set: insert follow-up turns after anchor turns.

usage: python3 patch_insert.py DATAFILE PAIRSFILE
PAIRSFILE is a Python list of (anchor, new_line) or (anchor, nth, new_line).
"""
import sys
path = sys.argv[1]
pairs = eval(open(sys.argv[2]).read())
src = open(path).read().split("\n")
for item in pairs:
    if len(item) == 2:
        anchor, newline = item
        nth = None
    else:
        anchor, nth, newline = item
    idx = [i for i, l in enumerate(src) if l.strip().startswith("t(") and anchor in l]
    if nth is None:
        assert len(idx) == 1, (anchor, idx)
        pos = idx[0]
    else:
        pos = idx[nth]
    src.insert(pos + 1, "    " + newline)
open(path, "w").write("\n".join(src))
print("inserted", len(pairs))
