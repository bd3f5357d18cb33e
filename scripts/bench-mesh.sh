#!/usr/bin/env bash
# make bench-mesh: one head of S = 8192 random tokens, BLOCKS blocks of T = 8 queries, through
# 1 (star_core), 2, 4, 8 and 16 cores (star_accel, 1x2, 2x2, 2x4, 4x4) of the same small core,
# in Verilator without stalls, every output compared with the golden model of that shape.
# Prints per shape the cycles, the speed-up over one core, the parallel efficiency, the mean
# utilisation of the router-to-router links and the busiest link.
#
# Environment: S (8192), BLOCKS (16, a multiple of 4), SHAPES ("1x1 1x2 2x2 2x4 4x4").
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
gen=${STAR_GEN:-$root/target/release/star-gen}
base=${BUILD:-$root/build}
out=$base/bench-mesh
S=${S:-8192}
BLOCKS=${BLOCKS:-16}
SHAPES=${SHAPES:-"1x1 1x2 2x2 2x4 4x4"}
mkdir -p "$out"
base_cycles=""
for shape in $SHAPES; do
  r=${shape%x*} c=${shape#*x}
  n=$((r * c))
  cfg=$out/m$shape.yaml
  # The small core: T = 8, d = 16, H = 32, S_max = 8192 (one core holds the whole sequence),
  # Tc_max = 64, kq_max = 4, 8 x 8 predictor, 8->2 sorter, 4 K/V PEs, 2 + 2 SU-FA PEs.
  {
    echo "query_rows: 8"; echo "head_dim: 16"; echo "hidden: 32"; echo "seq_max: $S"
    echo "tiles_max: 64"; echo "kq_max: 4"; echo "predictor_cols: 8"; echo "sort_width: 8"
    echo "kv_pes: 4"; echo "sufa_pes: 2"; echo "cores: $n"
    [ "$n" -gt 1 ] && echo "mesh: $shape"
  } >"$cfg"
  engine=top
  [ "$n" -eq 1 ] && engine=core
  vec=$out/m$shape.txt
  "$gen" vectors --engine top --bench --seq "$S" --blocks "$BLOCKS" --config "$cfg" --out "$vec" 2>/dev/null
  log=$out/m$shape.log
  STALL=0 VECTORS=$vec "$root/scripts/cosim.sh" "$engine" "$cfg" 1 >"$log" 2>&1 ||
    { tail -20 "$log"; echo "bench-mesh: $shape FAILED"; exit 1; }
  grep -q " 0 failed$" "$log" || { tail -20 "$log"; echo "bench-mesh: $shape: mismatches"; exit 1; }
  cycles=$(sed -n 's/.* \([0-9][0-9]*\) cycles in all.*/\1/p' "$log" | head -1)
  passed=$(sed -n 's/^[a-z]*: \([0-9][0-9]*\) passed, 0 failed$/\1/p' "$log")
  [ -n "$base_cycles" ] || base_cycles=$cycles
  read -r total links busiest bflits < <(sed -n \
    's/^# links total=\([0-9]*\) links=\([0-9]*\) busiest=\([^ ]*\) busiest_flits=\([0-9]*\)$/\1 \2 \3 \4/p' "$vec")
  awk -v n="$n" -v m="$shape" -v s="$S" -v cy="$cycles" -v b="$base_cycles" -v p="$passed" \
      -v t="$total" -v l="$links" -v bl="$busiest" -v bf="$bflits" 'BEGIN {
    sp = b / cy
    printf "bench-mesh: cores=%d mesh=%s S=%d cycles=%d speedup=%.2f efficiency=%.1f%%\n", n, m, s, cy, sp, 100 * sp / n
    if (l > 0)
      printf "  links: %d router-to-router, mean utilisation %.2f%%, busiest %s %.2f%% (%d flits); %d values compared\n", l, 100 * t / (l * cy), bl, 100 * bf / cy, bf, p
    else
      printf "  links: none (one core); %d values compared\n", p
  }'
done
