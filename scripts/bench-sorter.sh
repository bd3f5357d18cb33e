#!/usr/bin/env bash
# Cycles per tile of the sorter at the default size (T = 128, S = 4096, Tc = 32 -> Bc = 128,
# kq = 32, network 16->4, radius off, random scores), with no valid gaps or ready stalls, next to
# the predictor's rate (one key beat per max(d, NC+1) cycles per NC keys: 2 cycles per key at
# d = 64, NC = 32, i.e. 256 cycles per 128-key tile). Only tile order and last flags are
# checked here; correctness is scripts/cosim-engine.sh sorter.
# MODE 0 selects per tile (spec 3), 1 globally (spec 3.4; also prints cycles per block).
# usage: scripts/bench-sorter.sh [KQ=32] [BLOCKS=2] [MODE=0]
set -euo pipefail
kq=${1:-32} blocks=${2:-2} mode=${3:-0}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}/bench-sorter
mkdir -p "$build"
cat >"$build/default.yaml" <<CFG
query_rows: 128
seq_max: 4096
tiles_max: 32
kq_max: 64
score_width: 16
sort_width: 16
CFG
python3 - "$build/bench.txt" "$kq" "$blocks" "$mode" <<'PY'
import random, sys
out, kq, blocks, mode = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(1)
T, B, S, TC = 128, 16, 4096, 32
with open(out, "w") as f:
    f.write(f"P {T} {B}\n")
    for _ in range(blocks):
        f.write(f"J {kq} {TC} {(1 << B) - 1} {S} 0 0 {mode}\n")
        for _ in range(S):
            f.write("I " + " ".join(str(rng.randint(-32768, 32767)) for _ in range(T)) + "\n")
        for j in range(TC):
            f.write(f"K {j} -1\n")
PY
gen=${STAR_GEN:-$root/target/release/star-gen}
"$gen" --config "$build/default.yaml" --out "$build/tree" 2>/dev/null
# Build the harness directly (cosim.sh would also write random vectors, huge at this size).
stamp=$(cat "$build/tree/manifest.json" "$root/testbenches/sorter/tb_sorter.cpp" \
        "$root/testbenches/common/tb_common.h" | sha256sum | cut -c1-16)
if [ ! -x "$build/obj/Vdut" ] || [ "$(cat "$build/obj/stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$build/obj"
  (cd "$build/tree" && verilator --cc --exe --build -j 2 -O2 --x-assign fast --x-initial unique \
     --prefix Vdut --top-module star_sorter -Mdir "$build/obj" -f star.f \
     -CFLAGS "-O1 -I$root/testbenches/common" \
     "$root/testbenches/sorter/tb_sorter.cpp" >"$build/verilator.log" 2>&1) ||
    { tail -20 "$build/verilator.log"; echo "bench-sorter: Verilator build FAILED"; exit 1; }
  echo "$stamp" >"$build/obj/stamp"
fi
res=$("$build/obj/Vdut" "$build/bench.txt" 0 1)
echo "$res"
cpt=$(echo "$res" | sed -n 's/.*: \([0-9.]*\) cycles per tile$/\1/p')
echo "bench-sorter: T=128 Bc=128 kq=$kq 16->4 mode=$mode: $cpt cycles per tile" \
  "($(awk -v c="$cpt" 'BEGIN { printf "%.0f", c * 32 }') per block of 32 tiles);" \
  "predictor (d=64, NC=32): 256 cycles per tile"
