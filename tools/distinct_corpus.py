#!/usr/bin/env python3
"""Builds a folder of N MB of distinct report text from a folder of reports, for scaling runs.

Copy 0 is the reports as they are. Copy k (k = 1, 2, ...) shifts every year from 1900 to 2099 by
30*k years and adds k to every other number, so no sentence, and almost no window the
recognizers are given, repeats an earlier copy's (their result cache would otherwise make the
copies free). Days beside a month name are left alone, so dates stay valid.

    python3 tools/distinct_corpus.py ../shared/corpus/text /tmp/corpus20 --mb 20
"""
import argparse
import os
import re
import sys

MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
NUMBER = re.compile(r"(?<![\d.,])(\d+)(?![\d])")


def vary(text: str, k: int) -> str:
    def repl(m: re.Match) -> str:
        n = int(m.group(1))
        before, after = text[max(0, m.start() - 12):m.start()], text[m.end():m.end() + 12]
        if 1900 <= n <= 2099:
            return str(n + 30 * k)
        if n <= 31 and (re.search(MONTH + r"\s*$", before) or re.match(r"\s*" + MONTH, after)):
            return m.group(1)
        return str(n + k).zfill(len(m.group(1)))
    return NUMBER.sub(repl, text)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("source")
    p.add_argument("out")
    p.add_argument("--mb", type=float, default=20)
    a = p.parse_args()
    files = sorted(f for f in os.listdir(a.source) if f.endswith(".txt"))
    if not files:
        print(f"{a.source}: no .txt reports", file=sys.stderr)
        return 2
    os.makedirs(a.out, exist_ok=True)
    target, written, k = a.mb * 1_000_000, 0, 0
    while written < target:
        for f in files:
            if written >= target:
                break
            with open(os.path.join(a.source, f), encoding="utf-8", errors="replace") as fh:
                text = fh.read()
            text = text if k == 0 else vary(text, k)
            stem = f[:-4] if k == 0 else f"{f[:-4]}~{k}"
            with open(os.path.join(a.out, stem + ".txt"), "w", encoding="utf-8") as fh:
                fh.write(text)
            written += len(text.encode("utf-8"))
        k += 1
    print(f"{a.out}: {written / 1_000_000:.1f} MB in {len(os.listdir(a.out))} files ({k} cop{'y' if k == 1 else 'ies'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
