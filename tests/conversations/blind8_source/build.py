"""Build /work/blind8/blind8.yml from the hand-written conversations."""
import os, sys, yaml
sys.path.insert(0, os.path.dirname(__file__))
from common import Set
import yp, parents, pros

HEADER = ("version: 1\n"
          "# Independent conversation test set (eighth round), written from a description of the service only.\n")

def main(out="/work/blind8/blind8.yml"):
    S = Set()
    yp.build(S); parents.build(S); pros.build(S)
    body = yaml.safe_dump({"conversations": S.convs}, sort_keys=False, allow_unicode=True, width=200)
    with open(out, "w", encoding="utf-8") as f:
        f.write(HEADER + body)
    print("wrote", out)

if __name__ == "__main__":
    main()
