#!/usr/bin/env python3
"""Compiles each generated tree with pyslang (slang's default warnings), RTL and testbench.

usage: slang-check.py TREE...   Prints `slang: TREE: N errors, N warnings` per tree and fails if
any tree has an error or a warning. Every file of `star.f` (paths relative to the tree) and
every `tb/*.v` is compiled as one design; slang finds the tops itself.
"""
import glob
import os
import sys

from pyslang import driver


def check(tree: str) -> tuple[int, int]:
    d = driver.Driver()
    d.addStandardArgs()
    tbs = sorted(glob.glob(os.path.join(tree, "tb", "*.v")))
    args = ["slang", "-F", os.path.join(tree, "star.f"), *tbs]
    if not d.parseCommandLine(" ".join(args), driver.CommandLineOptions()):
        raise SystemExit(f"slang: {tree}: bad command line")
    if not d.processOptions():
        raise SystemExit(f"slang: {tree}: bad options")
    ok = d.parseAllSources()
    comp = d.createCompilation()
    d.reportCompilation(comp, True)
    ok = d.reportDiagnostics(False) and ok
    eng = d.diagEngine
    errors, warnings = eng.numErrors, eng.numWarnings
    if not ok and errors == 0:
        errors = 1
    return errors, warnings


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    bad = 0
    for tree in sys.argv[1:]:
        e, w = check(tree)
        print(f"slang: {tree}: {e} errors, {w} warnings")
        bad += e + w
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
