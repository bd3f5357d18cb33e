#!/usr/bin/env bash
# Co-simulates one engine for one configuration: generate the RTL tree and the golden model's
# vectors, build the Verilator harness testbenches/ENGINE/tb_ENGINE.cpp, run it.
#
# usage: scripts/cosim.sh ENGINE CONFIG.yaml [SEED] [--corrupt]
#   --corrupt: the first expected value is altered; the run must then FAIL (exit 0 if it does).
# Environment: STAR_GEN (binary), BUILD (build dir), STALL (percent of stalled cycles),
#              VEC_ARGS (extra arguments of `star-gen vectors`, e.g. --bench),
#              VECTORS (a vector file written elsewhere, e.g. by `star-gen eval --rtl`: used as is).
set -euo pipefail
engine=$1 cfg=$2 seed=${3:-1} corrupt=${4:-}
root=$(cd "$(dirname "$0")/.." && pwd)
gen=${STAR_GEN:-$root/target/release/star-gen}
name=$(basename "$cfg" .yaml)
base=${BUILD:-$root/build}
case $base in /*) ;; *) base=$PWD/$base ;; esac
build=$base/cosim/$engine/$name
mkdir -p "$build"

"$gen" --config "$cfg" --out "$build/tree" 2>/dev/null
prefix=$("$gen" --config "$cfg" --dump-config | sed -n 's/^prefix: *//p' | tr -d "'\"")
reset=$("$gen" --config "$cfg" --dump-config | sed -n 's/^reset: *//p')
defs=""
# The engine `top` is the multi-core top, module <prefix>accel.
module=$prefix$engine
[ "$engine" = top ] && module=${prefix}accel
[ "$reset" = async_low ] && defs="-DRST_ASYNC_LOW"

# Rebuild the harness only when the RTL or the harness changed.
stamp=$(cat "$build/tree/manifest.json" "$root/testbenches/$engine/tb_$engine.cpp" \
        "$root/testbenches/common/tb_common.h" "$root/testbenches/common/tb_print.h" | sha256sum | cut -c1-16)
if [ ! -x "$build/obj/Vdut" ] || [ "$(cat "$build/obj/stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$build/obj"
  (cd "$build/tree" && verilator --cc --exe --build -j 2 -O2 --x-assign fast --x-initial unique \
     --prefix Vdut --top-module "$module" -Mdir "$build/obj" -f star.f \
     -CFLAGS "-O1 -I$root/testbenches/common -include $root/testbenches/common/tb_print.h $defs" \
     "$root/testbenches/$engine/tb_$engine.cpp" >"$build/verilator.log" 2>&1) ||
    { tail -40 "$build/verilator.log"; echo "cosim $engine/$name: Verilator build FAILED"; exit 1; }
  echo "$stamp" >"$build/obj/stamp"
fi

if [ -n "${VECTORS:-}" ]; then
  vec=$VECTORS
else
  vec="$build/vectors${corrupt:+-corrupt}.txt"
  "$gen" vectors --engine "$engine" --config "$cfg" --seed "$seed" ${corrupt:+--corrupt} ${VEC_ARGS:-} --out "$vec" 2>/dev/null
fi
echo "== cosim $engine/$name seed $seed${corrupt:+ (corrupted expected value: must fail)}"
if [ -n "$corrupt" ]; then
  if "$build/obj/Vdut" "$vec" "${STALL:-20}" "$seed" +verilator+seed+$seed; then
    echo "cosim $engine/$name: the corrupted vectors PASSED: the testbench cannot fail"; exit 1
  fi
  echo "cosim $engine/$name: corrupted vectors failed, as they must"
else
  "$build/obj/Vdut" "$vec" "${STALL:-20}" "$seed" +verilator+seed+$seed ||
    { echo "cosim $engine/$name: FAILED (rerun: scripts/cosim.sh $engine $cfg $seed)"; exit 1; }
fi
