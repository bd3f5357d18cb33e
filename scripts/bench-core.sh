#!/usr/bin/env bash
# Simulated cycles of one block of T = 128 queries on the core, S = 512 and 2048, keep 25 % and
# 4 tiles, against the dense baseline on the same core (every key selected), plus the SU-FA PE
# utilisation. Verilator, no stalls. Config: configs/bench-core.yaml.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cfg=${CFG:-$root/configs/bench-core.yaml}
for s in ${SEQS:-512 2048}; do
  for mode in sparse dense; do
    extra=""; [ $mode = dense ] && extra="--dense"
    echo "== S = $s, $mode"
    STALL=0 VEC_ARGS="--bench --seq $s $extra" BUILD=${BUILD:-$root/build}/bench \
      "$root/scripts/cosim.sh" core "$cfg" 1 | grep -E "cycles|utilisation|passed"
  done
done
