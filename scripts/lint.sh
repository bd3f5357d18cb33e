#!/usr/bin/env bash
# Lints generated trees: every module as top under `verilator --lint-only -Wall` (zero warnings),
# yosys `hierarchy -check; proc; check -assert` with no latches, and no `initial` anywhere.
# usage: scripts/lint.sh [--tops-only] TREE...
#   --tops-only: lint only the tops (each with its whole hierarchy, as instantiated), not every
#   module on its own with its default parameters.
set -euo pipefail
status=0
tops_only=0
if [ "${1:-}" = "--tops-only" ]; then tops_only=1; shift; fi
for tree in "$@"; do
  bad=0  # this tree's own result (status accumulates over all trees)
  cd "$tree"
  mods=$(sed -n 's#^rtl/\(.*\)\.v$#\1#p' star.f)
  tops=$(python3 -c 'import json,sys; print(" ".join(json.load(open("manifest.json"))["tops"]))')
  [ $tops_only = 1 ] && mods=$tops
  # LINT_SKIP: modules whose Verilator lint runs elsewhere (yosys still checks every top).
  # (word-split: star.f gives one name a line, so the last one would never match " name ")
  for skip in ${LINT_SKIP:-}; do mods=$(echo " $(echo $mods) " | sed "s/ $skip / /"); done
  if grep -l -E '^\s*initial\b' rtl/*.v; then echo "lint: 'initial' in RTL of $tree"; bad=1; fi
  for m in $mods; do
    if ! out=$(verilator --lint-only -Wall -f star.f --top-module "$m" 2>&1) || [ -n "$out" ]; then
      echo "$out" | head -20; echo "lint: verilator -Wall warnings in $m ($tree)"; bad=1
    fi
  done
  files=$(grep '^rtl/' star.f | tr '\n' ' ')
  for t in $tops; do
    if ! yosys -q -l yosys-check.log -p "read_verilog -Iinclude $files; hierarchy -check -top $t; proc; check -assert; select -assert-none t:\$dlatch t:\$adlatch t:\$dlatchsr" >/dev/null 2>&1; then
      grep -iE "warning|error" yosys-check.log | head -20; echo "lint: yosys check failed for $t ($tree)"; bad=1
    fi
    rm -f yosys-check.log
  done
  what="modules"; [ $tops_only = 1 ] && what="tops (with their hierarchy)"
  [ $bad = 1 ] && status=1
  [ $bad = 0 ] && echo "lint: $(echo $mods | wc -w) $what of $tree clean (verilator -Wall, yosys check, no latches)"
  cd - >/dev/null
done
exit $status
