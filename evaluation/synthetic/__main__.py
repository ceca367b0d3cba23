"""python -m emr_deid.evaluation.synthetic --lang all --split heldout -n 2000 --seed 7 > gold.jsonl"""

from __future__ import annotations

import argparse
import json
import sys

from emr_deid.evaluation.synthetic import LANGS, SPLITS, generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m emr_deid.evaluation.synthetic", description=__doc__)
    parser.add_argument("--lang", default="all", choices=("all", *LANGS))
    parser.add_argument("--split", default="dev", choices=SPLITS)
    parser.add_argument("-n", type=int, default=1000, help="number of notes")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    for note in generate(args.n, args.lang, args.split, args.seed):
        sys.stdout.write(json.dumps(note, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
