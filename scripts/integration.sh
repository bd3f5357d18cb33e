#!/usr/bin/env bash
# Integration of generated trees into real flows (issue 14), with the pinned FuseSoC and pyslang
# of the project venv (scripts/ensure-tools.sh --python):
#   1. two trees of different configurations in one FuseSoC library: `--target lint` and
#      `--target sim` pass on both (sim: the tree's self-checking testbench, 0 failed);
#   2. a corrupted vector makes `--target sim` fail (the testbench can fail);
#   3. a user core whose testbench has its own `timescale and depends on a generated core lints
#      (Verilator -Wall) and simulates (Icarus) through FuseSoC;
#   4. pyslang compiles every generated tree (RTL + tb/) with 0 errors and 0 warnings.
# Ends with `integration: N passed, N failed`.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
gen=${STAR_GEN:-$root/target/release/star-gen}
venv=${VENV:-$root/.venv}
fusesoc="$venv/bin/fusesoc"
py="$venv/bin/python"
work=${BUILD:-$root/build}/integration
rm -rf "$work" && mkdir -p "$work/lib" "$work/user" "$work/corrupt"
cd "$work" || exit 1
passed=0; failed=0
ok()   { echo "integration: PASS $*"; passed=$((passed + 1)); }
bad()  { echo "integration: FAIL $*"; failed=$((failed + 1)); }
vlnv() { sed -n 's/^name: //p' "$1/star.core"; }

"$gen" --config "$root/configs/example.yaml" --out lib/a 2>/dev/null || { echo "star-gen failed"; exit 1; }
"$gen" --config "$root/testbenches/core/tiny.yaml" --out lib/b 2>/dev/null || { echo "star-gen failed"; exit 1; }
[ "$(vlnv lib/a)" != "$(vlnv lib/b)" ] && ok "two configurations have two core names" \
  || bad "core names collide: $(vlnv lib/a)"

for t in a b; do
  v=$(vlnv lib/$t)
  if "$fusesoc" --cores-root lib run --target lint "$v" >"lint-$t.log" 2>&1; then
    ok "fusesoc lint $v"
  else bad "fusesoc lint $v (see $work/lint-$t.log)"; fi
  if "$fusesoc" --cores-root lib run --target sim "$v" >"sim-$t.log" 2>&1 \
     && grep -q ': 256 passed, 0 failed' "sim-$t.log"; then
    ok "fusesoc sim $v: $(grep -o '[0-9]* passed, [0-9]* failed' "sim-$t.log")"
  else bad "fusesoc sim $v (see $work/sim-$t.log)"; fi
  if grep -qi 'deprecat' "lint-$t.log" "sim-$t.log"; then bad "fusesoc warns of deprecated syntax"; fi
done

# The testbench must be able to fail: one expected value changed in a copy of tree a.
cp -r lib/a corrupt/a
sed -i '2s/.$/x/; 2s/x$/0/' corrupt/a/tb/output_stage.hex
if cmp -s lib/a/tb/output_stage.hex corrupt/a/tb/output_stage.hex; then
  sed -i '2s/0$/1/' corrupt/a/tb/output_stage.hex
fi
if "$fusesoc" --cores-root corrupt run --target sim "$(vlnv lib/a)" >sim-corrupt.log 2>&1; then
  bad "fusesoc sim passed with a corrupted vector"
else
  grep -q '1 failed' sim-corrupt.log && ok "corrupted vector fails the sim target" \
    || bad "corrupted run failed without a mismatch (see $work/sim-corrupt.log)"
fi

# A user core depending on tree a, with its own `timescale, instantiating generated modules.
cat > user/user_tb.v <<'V'
`timescale 1ns / 1ps
// A user's testbench: the generated output stage, y = sat16(rshift_round(x, 2)).
module user_tb;
    reg  [33:0] x;
    wire [34:0] r;
    wire [15:0] y;
    star_rshift_round #(.IN_W(34)) u_round (.x_i(x), .sh_i(6'd2), .y_o(r));
    star_sat #(.IN_W(35), .OUT_W(16)) u_sat (.x_i(r), .y_o(y));
    initial begin
        x = 34'd102;
        #1;
        if (y !== 16'd26) $fatal(1, "user_tb: y = %0d, expected 26", y);
        x = 34'h0_0100_0000;
        #1;
        if (y !== 16'h7fff) $fatal(1, "user_tb: y = %0d, expected 32767", y);
        $display("user_tb: 2 passed, 0 failed");
        $finish;
    end
endmodule
V
cat > user/user.core <<C
CAPI=2:
name: example:user:user_tb:1.0.0
filesets:
  tb:
    files: [user_tb.v]
    file_type: verilogSource
    depend: ["$(vlnv lib/a | sed 's/:[^:]*$//')"]
targets:
  default:
    filesets: [tb]
    toplevel: user_tb
  lint:
    filesets: [tb]
    toplevel: user_tb
    flow: lint
    flow_options:
      tool: verilator
      verilator_options: [-Wall, --timing]
  sim:
    filesets: [tb]
    toplevel: user_tb
    flow: sim
    flow_options:
      tool: icarus
      iverilog_options: [-g2005]
C
if "$fusesoc" --cores-root lib --cores-root user run --target lint example:user:user_tb >user-lint.log 2>&1; then
  ok "user core with a timescaled testbench lints (Verilator -Wall)"
else bad "user core lint (see $work/user-lint.log)"; fi
if "$fusesoc" --cores-root lib --cores-root user run --target sim example:user:user_tb >user-sim.log 2>&1 \
   && grep -q 'user_tb: 2 passed, 0 failed' user-sim.log; then
  ok "user core with a timescaled testbench simulates (Icarus)"
else bad "user core sim (see $work/user-sim.log)"; fi

# pyslang over every generated tree: the two above, the 16-core tree and each testbench config's.
trees=(lib/a lib/b)
"$gen" --cores 16 --out slang-default 2>/dev/null && trees+=(slang-default)
for c in "$root"/testbenches/*/*.yaml; do
  n=slang-$(basename "$(dirname "$c")")-$(basename "$c" .yaml)
  "$gen" --config "$c" --out "$n" 2>/dev/null && trees+=("$n") || bad "star-gen $c"
done
if "$py" "$root/scripts/slang-check.py" "${trees[@]}" >slang.log 2>&1; then
  ok "pyslang: ${#trees[@]} trees, 0 errors, 0 warnings"
else
  grep -v ' 0 errors, 0 warnings' slang.log | grep '^slang:' | head -5
  bad "pyslang (see $work/slang.log)"
fi

# The check can fail: a module without `timescale beside the tree's is an error for slang.
cp -r lib/a slang-bad && printf 'module bad_tb;\nendmodule\n' > slang-bad/tb/bad_tb.v
if "$py" "$root/scripts/slang-check.py" slang-bad >slang-bad.log 2>&1; then
  bad "pyslang accepted a module without a timescale"
else ok "pyslang rejects a module without a timescale"; fi

echo "integration: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
