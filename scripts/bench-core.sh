#!/usr/bin/env bash
# Whole heads on the core (issue 12): every block of T = 128 queries of one head of S random
# tokens, back to back, phase 1.1 included, keep 25 % and Tc = 8 tiles, every output compared.
# Prints per S one line `bench-core: S=.. cycles=.. dense_bound=.. speedup=.. sufa_util=..%
# kv_rows=..` (cycles from the first predictor beat to the last O beat; dense_bound: an ideal
# dense core with the same multipliers, (S*H*2d + 2*S^2*d) / (T*kv_pes + 2*T*sufa_pes)) and the
# harness's pass/fail line, then eval's cycle model for the head and the bound of any schedule
# with one block in SU-FA at a time (src/core/vectors.rs, one_block_bound). Verilator, no
# stalls. Config: configs/bench-core.yaml; SEQS=".."
# chooses the sequence lengths (default 512 2048; 4096 needs seq_max 4096).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cfg=${CFG:-$root/configs/bench-core.yaml}
build=${BUILD:-$root/build}/bench
for s in ${SEQS:-512 2048}; do
  STALL=0 VEC_ARGS="--bench --head --seq $s" BUILD=$build \
    "$root/scripts/cosim.sh" core "$cfg" 1 | grep -E "^bench-core:|passed|FAIL|MISMATCH"
  # The same head through eval's cycle model, for comparison.
  sed -n -e 's/^# model cycles=/model: cycles=/p' -e 's/^# bound cycles=/bound: cycles=/p' \
    "$build/cosim/core/$(basename "$cfg" .yaml)/vectors.txt"
done
