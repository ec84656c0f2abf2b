#!/usr/bin/env python3
"""Recompute a Dudao 双随机一公开 draw (algorithm dudao-draw-v1) from its published input file and seed.

Usage: python3 recompute.py INPUT_FILE SEED

INPUT_FILE is the draw's input document exactly as downloaded (the bytes are hashed as they are);
SEED is the seed published with the draw. Prints the result document in canonical JSON (sorted keys,
no whitespace, UTF-8), which must equal the published result byte for byte. Standard library only;
the algorithm is specified in docs/draw-algorithm.md.
"""
import hashlib
import json
import re
import sys

ALGORITHM = "dudao-draw-v1"
SEED_SHAPE = re.compile(r"^[0-9A-Za-z.-]{1,64}$")


def canonical(doc):
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


class Generator:
    """SHA-256 in counter mode: blocks SHA-256("{seed}:{inputsHash}:{counter}"), read as big-endian 32-bit words."""

    def __init__(self, seed, inputs_hash):
        self.seed, self.inputs_hash = seed, inputs_hash
        self.block, self.offset, self.counter = b"", 0, 0

    def next_u32(self):
        if self.offset == len(self.block):
            text = "%s:%s:%d" % (self.seed, self.inputs_hash, self.counter)
            self.block = hashlib.sha256(text.encode("utf-8")).digest()
            self.counter += 1
            self.offset = 0
        value = int.from_bytes(self.block[self.offset:self.offset + 4], "big")
        self.offset += 4
        return value

    def below(self, n):
        """Uniform in [0, n) by rejection sampling: no modulo bias."""
        limit = (2 ** 32 // n) * n
        while True:
            x = self.next_u32()
            if x < limit:
                return x % n

    def shuffle_prefix(self, items, k):
        """Fisher-Yates from the front: position i swaps with i + below(len - i), for i < min(k, len - 1)."""
        for i in range(min(k, len(items) - 1)):
            j = i + self.below(len(items) - i)
            items[i], items[j] = items[j], items[i]


def draw(input_bytes, seed):
    if not SEED_SHAPE.match(seed):
        raise SystemExit("seed must be 1-64 characters of 0-9 A-Z a-z . -")
    inputs_hash = hashlib.sha256(input_bytes).hexdigest()
    doc = json.loads(input_bytes.decode("utf-8"))
    if doc.get("algorithm") != ALGORITHM:
        raise SystemExit("this script recomputes %s draws, not %r" % (ALGORITHM, doc.get("algorithm")))
    if canonical(doc).encode("utf-8") != input_bytes:
        print("warning: the input file is not in canonical form; its hash still decides the draw", file=sys.stderr)
    random = Generator(seed, inputs_hash)

    targets = [t["id"] for t in doc["targets"]]
    count = min(doc["targetCount"], len(targets))
    random.shuffle_prefix(targets, count)
    drawn = targets[:count]

    dealer = [i["id"] for i in doc["inspectors"]]
    random.shuffle_prefix(dealer, len(dealer))
    conflicts = {(c["inspectorId"], c["targetId"]) for c in doc["conflicts"]}
    pairs, nxt = [], 0
    for target in drawn:
        team, scanned = [], 0
        while len(team) < doc["inspectorCount"] and scanned < len(dealer):
            candidate = dealer[(nxt + scanned) % len(dealer)]
            scanned += 1
            if (candidate, target) not in conflicts:
                team.append(candidate)
        if len(team) < doc["inspectorCount"]:
            raise SystemExit("target %s has too few inspectors free of conflict" % target)
        nxt = (nxt + scanned) % len(dealer)
        pairs.append({"inspectorIds": team, "targetId": target})

    inspectors = []
    for pair in pairs:
        for inspector in pair["inspectorIds"]:
            if inspector not in inspectors:
                inspectors.append(inspector)
    return {"algorithm": ALGORITHM, "inputsHash": inputs_hash, "inspectors": inspectors, "pairs": pairs, "seed": seed, "targets": drawn}


def main(argv):
    if len(argv) != 3:
        raise SystemExit("usage: python3 recompute.py INPUT_FILE SEED")
    with open(argv[1], "rb") as f:
        input_bytes = f.read()
    # No trailing newline: the output is the published result file, byte for byte.
    sys.stdout.buffer.write(canonical(draw(input_bytes, argv[2])).encode("utf-8"))


if __name__ == "__main__":
    main(sys.argv)
