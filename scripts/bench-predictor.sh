#!/usr/bin/env bash
# Cycles of the DLZS predictor for one block at the default size (T = 128, NC = 32, d = 64,
# S = 4096, H = 4096), from Verilator simulation without stalls, and its yosys cell count.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cfg=${1:-$root/configs/default.yaml}
STALL=0 VEC_ARGS=--bench BUILD=${BUILD:-$root/build}/bench "$root/scripts/cosim.sh" predictor "$cfg" 1
tree=${BUILD:-$root/build}/bench/cosim/predictor/$(basename "$cfg" .yaml)/tree
cd "$tree"
yosys -q -p "read_verilog -Iinclude $(grep '^rtl/' star.f | tr '\n' ' '); synth -top star_predictor; tee -o ../stat.txt stat" >/dev/null
echo "predictor: yosys synth cell count (generic gates, hierarchical): $(awk '/=== design hierarchy ===/{h=1} h && /Number of cells:/{print $4; exit}' ../stat.txt)"
