#!/usr/bin/env bash
# Installs the pinned EDA tools from Debian (bookworm) when missing, and fails loudly when one
# cannot be had. Versions are those of Debian 12; a different version present is reported.
set -euo pipefail
# --python: instead, the pinned Python tools (FuseSoC, pyslang) in the project venv .venv/ (or
# $VENV), installed from PyPI with pip when missing or of another version.
if [ "${1:-}" = "--python" ]; then
  root=$(cd "$(dirname "$0")/.." && pwd)
  venv=${VENV:-$root/.venv}
  declare -A PYPIN=([fusesoc]=2.4.7 [pyslang]=12.1.0)
  want=()
  for p in fusesoc pyslang; do
    have=$("$venv/bin/python" -m pip show "$p" 2>/dev/null | sed -n 's/^Version: //p' || true)
    [ "$have" = "${PYPIN[$p]}" ] || want+=("$p==${PYPIN[$p]}")
  done
  if [ ${#want[@]} -gt 0 ]; then
    echo "ensure-tools: installing ${want[*]} into $venv"
    if ! { [ -x "$venv/bin/python" ] || python3 -m venv "$venv"; } ||
       ! "$venv/bin/python" -m pip install -q "${want[@]}"; then
      echo "ensure-tools: FATAL: could not install ${want[*]} into $venv (python3 -m venv, pip from PyPI)" >&2
      exit 1
    fi
  fi
  "$venv/bin/fusesoc" --version >/dev/null 2>&1 || { echo "ensure-tools: FATAL: fusesoc unusable in $venv" >&2; exit 1; }
  "$venv/bin/python" -c 'import pyslang' 2>/dev/null || { echo "ensure-tools: FATAL: pyslang unusable in $venv" >&2; exit 1; }
  exit 0
fi
declare -A PIN=([verilator]=5.006-3 [iverilog]=11.0-1.1+b1 [yosys]=0.23-6)
declare -A BIN=([verilator]=verilator [iverilog]=iverilog [yosys]=yosys)
missing=()
for p in verilator iverilog yosys; do
  command -v "${BIN[$p]}" >/dev/null 2>&1 || missing+=("$p=${PIN[$p]}")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "ensure-tools: installing ${missing[*]}"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
    echo "ensure-tools: FATAL: could not install ${missing[*]} with apt-get (pinned Debian 12 versions)" >&2
    exit 1
  fi
fi
for p in verilator iverilog yosys; do
  command -v "${BIN[$p]}" >/dev/null 2>&1 || { echo "ensure-tools: FATAL: $p still missing" >&2; exit 1; }
  have=$(dpkg-query -W -f='${Version}' "$p" 2>/dev/null || echo "not from apt")
  [ "$have" = "${PIN[$p]}" ] || echo "ensure-tools: note: $p $have installed, pinned ${PIN[$p]}"
done
