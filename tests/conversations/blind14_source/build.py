"""Build /work/blind14/blind14.yml from the conversation modules."""
import collections, os, sys
import yaml
sys.path.insert(0, os.path.dirname(__file__))
from common import CONVS
import young_people, parents, professionals  # noqa: F401  (register conversations)

OUT = os.path.join(os.path.dirname(__file__), "..", "blind14.yml")

def main():
    convs = [{k: v for k, v in c.items() if not k.startswith("_")} for c in CONVS]
    body = yaml.safe_dump({"conversations": convs}, sort_keys=False, allow_unicode=True, width=4096, default_flow_style=None)
    with open(OUT, "w") as f:
        f.write("version: 1\n# Independent conversation test set (blind14), written from a description of the service only.\n")
        f.write(body)
    # breakdown
    aud = collections.Counter(c["_aud"] for c in CONVS)
    worry = collections.Counter(c["_worry"] for c in CONVS)
    tab = collections.defaultdict(collections.Counter)
    for c in CONVS:
        tab[c["_worry"]][c["_aud"]] += 1
    print("conversations", len(CONVS), "turns", sum(len(c["turns"]) for c in CONVS))
    print("by audience", dict(aud), {k: sum(len(c["turns"]) for c in CONVS if c["_aud"] == k) for k in aud})
    for w, n in sorted(worry.items(), key=lambda x: -x[1]):
        print("  %-20s %3d  %s" % (w, n, dict(tab[w])))
    em = [c["id"] for c in CONVS if any(t["checks"].get("emergency") for t in c["turns"])]
    emfirst = [c["id"] for c in CONVS if c["turns"][0]["checks"].get("emergency")]
    print("emergency convs", len(em), "first-message", len(emfirst), "later", len(em) - len(emfirst))

if __name__ == "__main__":
    main()
