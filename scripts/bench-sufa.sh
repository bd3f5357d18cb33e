#!/usr/bin/env bash
# Cycles per tile of the SU-FA engine at a given size (default: the default core, T = 128,
# d = 64, 2 + 2 PEs per row): one block of TILES tiles of BC selected-key beats each, every row
# selecting KQ of the BC keys of each tile (random), no stalls. Prints the steady-state cycles
# per tile and the PE utilisation it implies (useful MACs / (T · P · cycles), per array).
# usage: scripts/bench-sufa.sh [CONFIG.yaml]   env: TILES (32), BC (128), KQ (32)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
gen=${STAR_GEN:-$root/target/release/star-gen}
cfg=${1:-}
tiles=${TILES:-32} bc=${BC:-128} kq=${KQ:-32}
build=${BUILD:-$root/build}/bench-sufa/$(basename "${cfg:-default}" .yaml)
mkdir -p "$build"
cfgargs=(); [ -n "$cfg" ] && cfgargs=(--config "$cfg")
"$gen" "${cfgargs[@]}" --out "$build/tree" 2>/dev/null
dump=$("$gen" "${cfgargs[@]}" --dump-config)
get() { echo "$dump" | sed -n "s/^$1: *//p" | tr -d "'\""; }
prefix=$(get prefix) t=$(get query_rows) d=$(get head_dim) p=$(get sufa_pes) reset=$(get reset)
defs=""; [ "$reset" = async_low ] && defs="-DRST_ASYNC_LOW"
stamp=$(cat "$build/tree/manifest.json" "$root/testbenches/sufa/tb_sufa.cpp" | sha256sum | cut -c1-16)
if [ ! -x "$build/obj/Vdut" ] || [ "$(cat "$build/obj/stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$build/obj"
  (cd "$build/tree" && verilator --cc --exe --build -j 2 -O1 --x-assign fast --x-initial unique \
     --prefix Vdut --top-module "${prefix}sufa" -Mdir "$build/obj" -f star.f \
     -CFLAGS "-O1 -I$root/testbenches/common $defs" "$root/testbenches/sufa/tb_sufa.cpp" \
     >"$build/verilator.log" 2>&1) || { tail -20 "$build/verilator.log"; exit 1; }
  echo "$stamp" >"$build/obj/stamp"
fi
python3 - "$t" "$d" "$tiles" "$bc" "$kq" >"$build/bench.txt" <<'PY'
import random, sys
t, d, tiles, bc, kq = map(int, sys.argv[1:])
random.seed(1)
print("C", t, d)
print("B", 30000, 40, tiles)
for _ in range(t):
    print("Q", *[random.randint(-3000, 3000) for _ in range(d)])
for j in range(tiles):
    rows = [set(random.sample(range(bc), min(kq, bc))) for _ in range(t)]
    for b in range(bc):
        mask = [1 if b in rows[i] else 0 for i in range(t)]
        k = [random.randint(-3000, 3000) for _ in range(d)]
        v = [random.randint(-3000, 3000) for _ in range(d)]
        print("K", j * bc + b, int(b == bc - 1), *mask, *k, *v)
PY
out=$("$build/obj/Vdut" "$build/bench.txt" 0 1)
echo "$out"
echo "$out" | awk -v t="$t" -v p="$p" -v d="$d" -v tiles="$tiles" -v bc="$bc" -v kq="$kq" '
  /cycles per tile/ { cpt = $2; macs = $NF }
  END {
    if (!cpt) exit 1
    util = macs / tiles / (t * p * cpt)
    printf "bench-sufa: T=%d d=%d P=%d, %d tiles of %d keys, %d selected per row: %.1f cycles per tile, PE utilisation %.1f%% per array (%.1f%% counting every key a row sees)\n", t, d, p, tiles, bc, kq, cpt, 100 * util, 100 * bc * d / (p * cpt) }'
