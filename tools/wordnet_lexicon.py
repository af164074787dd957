"""Build ``videomind/core/data/wordnet.tsv.gz`` from Princeton WordNet 3.0 as Debian ships it
(``apt-get install wordnet-base``, files under /usr/share/wordnet).

    .venv/bin/python tools/wordnet_lexicon.py [--dict /usr/share/wordnet] [--check]

The pipeline needs three facts about an English word, on a machine with no network and no NLP
corpus download: is it a word at all, and, for a noun, what kind of thing its senses name (a
person, an animal, a time, a place, an event). WordNet's lexicographer files answer the second
directly (noun.person, noun.animal, noun.time, ...). Reading the full database at run time would
need the apt package on every HPC node; the extract is 1 MB, so it ships inside the package, with
WordNet's licence beside it, and this script rebuilds it byte for byte (``--check`` compares).

One line per lemma (lower case, multi-word lemmas with spaces), sorted:
``lemma<TAB>parts of speech (n, v, a, r)<TAB>noun senses' lexicographer files, in WordNet's
sense order, comma-separated<TAB>how many noun senses have frequency counts<TAB>its
derivationally related lemmas, comma-separated`` (WordNet orders senses by frequency only where
it has counts; with 0, the order says nothing; the related lemmas are WordNet's "+" pointers of
any sense: "closure" -> close, "cyclist" -> cycle) and one line per irregular form:
``form<TAB>=<TAB>base,base<TAB><TAB>``.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "videomind/core/data/wordnet.tsv.gz"
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}


def lexnames(dict_dir: Path) -> dict[str, str]:
    """Synset offset -> lexicographer file name (noun.person -> 'person') for nouns."""
    names = {}
    with open(dict_dir / "data.noun", encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue  # the licence header
            offset, lexfile = line.split(" ", 2)[:2]
            names[offset] = LEXFILES[int(lexfile)]
    return names


# WordNet 3.0's lexnames file (not shipped by Debian's wordnet-base): number -> noun file.
LEXFILES = {3: "tops", 4: "act", 5: "animal", 6: "artifact", 7: "attribute", 8: "body",
            9: "cognition", 10: "communication", 11: "event", 12: "feeling", 13: "food",
            14: "group", 15: "location", 16: "motive", 17: "object", 18: "person",
            19: "phenomenon", 20: "plant", 21: "possession", 22: "process", 23: "quantity",
            24: "relation", 25: "shape", 26: "state", 27: "substance", 28: "time"}  # fmt: skip


def derivations(dict_dir: Path) -> dict[str, set[str]]:
    """Lemma -> the one-word lemmas WordNet links to it as derivationally related forms ("+"
    pointers, which name a word of each synset: source/target as two hex digits each)."""
    synsets: dict[tuple[str, str], list[str]] = {}
    pointers: list[tuple[str, str, str, int]] = []
    for name, letter in POS.items():
        with open(dict_dir / f"data.{name}", encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                parts = line.split(" | ")[0].split()
                offset, count = parts[0], int(parts[3], 16)
                lemmas = [re.sub(r"\(.*\)$", "", w).replace("_", " ").lower()
                          for w in parts[4 : 4 + 2 * count : 2]]  # fmt: skip
                synsets[(letter, offset)] = lemmas
                at = 4 + 2 * count
                for i in range(int(parts[at])):
                    symbol, target, pos, st = parts[at + 1 + 4 * i : at + 5 + 4 * i]
                    if symbol == "+":
                        pointers.append((lemmas[int(st[:2], 16) - 1], pos.replace("s", "a"),
                                         target, int(st[2:], 16)))  # fmt: skip
    out: dict[str, set[str]] = {}
    for source, pos, target, number in pointers:
        other = synsets[(pos, target)][number - 1]
        if other != source and " " not in other and " " not in source:
            out.setdefault(source, set()).add(other)
    return out


def build(dict_dir: Path) -> bytes:
    noun_kind = lexnames(dict_dir)
    related = derivations(dict_dir)
    pos: dict[str, set[str]] = {}
    kinds: dict[str, list[str]] = {}
    tagged: dict[str, int] = {}
    for name, letter in POS.items():
        with open(dict_dir / f"index.{name}", encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                parts = line.split()
                lemma = parts[0].replace("_", " ")
                pos.setdefault(lemma, set()).add(letter)
                if letter == "n":
                    p_cnt = int(parts[3])
                    tagged[lemma] = int(parts[4 + p_cnt + 1])
                    offsets = parts[4 + p_cnt + 2 :]
                    seen: list[str] = []
                    for off in offsets:
                        if noun_kind[off] not in seen:
                            seen.append(noun_kind[off])
                    kinds[lemma] = seen
    lines = [
        f"{w}\t{''.join(sorted(pos[w]))}\t{','.join(kinds.get(w, []))}\t{tagged.get(w, 0)}"
        f"\t{','.join(sorted(related.get(w, ())))}"
        for w in pos
    ]
    exceptions: dict[str, set[str]] = {}
    for name in POS:
        with open(dict_dir / f"{name}.exc", encoding="latin-1") as f:
            for line in f:
                form, *bases = line.split()
                exceptions.setdefault(form.replace("_", " "), set()).update(
                    b.replace("_", " ") for b in bases
                )
    lines += [f"{form}\t=\t{','.join(sorted(b))}\t\t" for form, b in exceptions.items()]
    text = "\n".join(sorted(lines)) + "\n"
    # mtime 0: the same database gives the same bytes
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dict", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--check", action="store_true", help="compare with the shipped file")
    args = ap.parse_args()
    if not (args.dict / "index.noun").exists():
        sys.exit(f"{args.dict}/index.noun does not exist: apt-get install wordnet-base")
    data = build(args.dict)
    digest = hashlib.sha256(data).hexdigest()
    if args.check:
        shipped = OUT.read_bytes()
        same = shipped == data
        print(f"{OUT.relative_to(ROOT)}: {'matches' if same else 'differs from'} {args.dict}")
        sys.exit(0 if same else 1)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"wrote {OUT.relative_to(ROOT)} ({len(data):,} bytes, sha256 {digest})")


if __name__ == "__main__":
    main()
