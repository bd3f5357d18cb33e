#!/usr/bin/env bash
# make bench-real: real MiniLM heads (testdata/minilm-apache2-s512: S = 512, d = 32, H = 384)
# through the Verilator core as whole heads, `star-gen eval --rtl` at keep 25 %, Tc = 4 tiles
# (the README's eval settings): phase 1.1 with the first block, every block of T queries back
# to back, no stalls, every K-hat and O value compared with the golden model. Prints per head
# and config
#   rtl L0H1: N passed, 0 failed
#   cycles L0H1: rtl=N model=M (+x.x%)
# (RTL cycles from the first predictor beat to the last O beat; `model` is eval's cycle model,
# core::model::modelled_cycles, on the same head, registers and config).
#
# Configs: `t128`, the bench-core core (T = 128, H = 384, NC = 32, 128 x 4 K/V PEs, 2 + 2
# SU-FA PEs per row) with d = 32 and S_max = 512; `t8`, testbenches/core/real/minilm.yaml
# (T = 8, 64 blocks per head, the core of `make cosim-core-real`).
# Environment: HEADS (L0H1,L3H5), CONFIGS ("t128 t8"), TB_STAMPS=1 (per-block stamps in
# build/eval-rtl/<head>-core-<config hash>.log, next to the model's per-block ends in the .txt).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
gen=${STAR_GEN:-$root/target/release/star-gen}
cd "$root"
for c in ${CONFIGS:-t128 t8}; do
  case $c in
    t128) args=(--config configs/bench-core.yaml --head-dim 32 --seq-max 512) ;;
    t8) args=(--config testbenches/core/real/minilm.yaml) ;;
    *) echo "bench-real: unknown config $c (t128, t8)"; exit 2 ;;
  esac
  echo "== bench-real $c: ${args[*]}"
  start=$(date +%s)
  log=${BUILD:-$root/build}/bench-real-$c.log
  mkdir -p "$(dirname "$log")"
  if ! "$gen" eval --data testdata/minilm-apache2-s512 --keep 0.25 --tiles 4 \
      --heads "${HEADS:-L0H1,L3H5}" "${args[@]}" --rtl >"$log" 2>&1; then
    tail -30 "$log"; echo "bench-real $c: FAILED (log: $log)"; exit 1
  fi
  grep -E '^(rtl|cycles) ' "$log"
  echo "bench-real $c: $(( $(date +%s) - start )) s"
done
