#!/usr/bin/env bash
# Runs one engine's co-simulation on every configuration in testbenches/ENGINE/*.yaml (seed
# SEED + i for the i-th), then the self-test: the first configuration with one corrupted
# expected value must fail. Prints the total "N passed, M failed".
set -euo pipefail
engine=$1 seed=${SEED:-1}
root=$(cd "$(dirname "$0")/.." && pwd)
shopt -s nullglob
cfgs=("$root"/testbenches/"$engine"/*.yaml)
[ ${#cfgs[@]} -gt 0 ] || { echo "cosim-$engine: no configurations in testbenches/$engine/"; exit 1; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT
i=0
for c in "${cfgs[@]}"; do
  "$root/scripts/cosim.sh" "$engine" "$c" $((seed + i)) | tee -a "$log"
  i=$((i + 1))
done
"$root/scripts/cosim.sh" "$engine" "${cfgs[0]}" "$seed" --corrupt | tail -1
# Engines with simulation-only protocol checks: a producer that withdraws a held beat must fail.
case " predictor kvgen rass core top sorter sufa " in *" $engine "*)
  # A run may hold no beat at all (a fast engine): then again with the consumers stalled 90 %.
  if TB_DROP_HELD=1 "$root/scripts/cosim.sh" "$engine" "${cfgs[0]}" "$seed" >/dev/null 2>&1 &&
     STALL=90 TB_DROP_HELD=1 "$root/scripts/cosim.sh" "$engine" "${cfgs[0]}" "$seed" >/dev/null 2>&1; then
    echo "cosim $engine: a producer dropping held beats PASSED: the protocol checks cannot fail"
    exit 1
  fi
  echo "cosim $engine: a producer dropping held beats failed, as it must (protocol checks)" ;;
esac
# The core's cycle model (src/core/model.rs) against a whole head on the RTL (odd.yaml, S = 45,
# seed 1, no stalls): within 2 %.
if [ "$engine" = core ]; then
  vec=$(mktemp)
  "${STAR_GEN:-$root/target/release/star-gen}" vectors --engine core --seed 1 --bench --head \
    --seq 45 --config "$root/testbenches/core/odd.yaml" --out "$vec" 2>/dev/null
  model=$(sed -n 's/^# model cycles=\([0-9]*\).*/\1/p' "$vec")
  rtl=$(STALL=0 VECTORS=$vec "$root/scripts/cosim.sh" core "$root/testbenches/core/odd.yaml" 1 |
        tee -a "$log" | sed -n 's/^bench-core: S=[0-9]* cycles=\([0-9]*\).*/\1/p')
  rm -f "$vec"
  awk -v r="${rtl:-0}" -v m="${model:-0}" 'BEGIN { e = r ? (m - r) / r : 1
    printf "cosim core: whole head S=45 (odd): RTL %d cycles, model %d (%+.1f%%)\n", r, m, 100 * e
    exit (e > 0.02 || e < -0.02) }' ||
    { echo "cosim core: the cycle model is more than 2 % off"; exit 1; }
fi
awk -v e="$engine" -v n="${#cfgs[@]}" '
  / passed, [0-9]+ failed$/ { p += $(NF-3); f += $(NF-1) }
  END { printf "cosim-%s: %d passed, %d failed over %d configurations\n", e, p, f, n; exit (f > 0 || p == 0) }' "$log"
