#!/usr/bin/env bash
# Seeded configuration sweep: for each seed, a random small configuration (drawn from the seed
# alone) is co-simulated on the engines in ENGINES with that seed. A failure prints its seed and
# the command that reruns it.
#
# usage: scripts/cosim-sweep.sh [SEEDS=4] [FIRST=1]     (make cosim-sweep SEEDS=N [SEED=S])
# Environment: ENGINES (default "predictor rass kvgen"), BUILD, STAR_GEN.
set -euo pipefail
seeds=${1:-4} first=${2:-1}
engines=${ENGINES:-predictor rass kvgen}
root=$(cd "$(dirname "$0")/.." && pwd)
base=${BUILD:-$root/build}
case $base in /*) ;; *) base=$PWD/$base ;; esac
dir=$base/sweep
mkdir -p "$dir"

# pick LO HI: a value in LO..HI from the seeded generator.
pick() { echo $(( $1 + RANDOM % ($2 - $1 + 1) )); }

fail=0 runs=0
for ((seed = first; seed < first + seeds; seed++)); do
  RANDOM=$seed
  seq=$(pick 8 64)
  cfg=$dir/sweep$seed.yaml
  {
    echo "# cosim-sweep seed $seed"
    echo "query_rows: $(pick 1 8)"
    echo "predictor_cols: $(pick 1 6)"
    echo "head_dim: $(pick 1 9)"
    echo "hidden: $(pick 1 40)"
    echo "seq_max: $seq"
    echo "tiles_max: $(pick 1 4)"
    echo "kq_max: $(pick 1 6)"
    echo "score_width: $(pick 8 32)"
    echo "kv_pes: $(pick 1 4)"
    echo "sufa_pes: $(pick 1 3)"
    echo "sort_width: $( ((RANDOM % 2)) && echo 8 || echo 16)"
    echo "reset: $( ((RANDOM % 2)) && echo async_low || echo sync_high)"
  } >"$cfg"
  for e in $engines; do
    runs=$((runs + 1))
    if ! "$root/scripts/cosim.sh" "$e" "$cfg" "$seed" >"$dir/sweep$seed-$e.log" 2>&1; then
      tail -5 "$dir/sweep$seed-$e.log"
      echo "cosim-sweep: seed $seed FAILED on $e (config $cfg; rerun: make cosim-sweep SEED=$seed SEEDS=1)"
      fail=$((fail + 1))
    else
      grep -E ' passed, [0-9]+ failed$' "$dir/sweep$seed-$e.log" | tail -1 | sed "s/^/seed $seed: /"
    fi
  done
done
echo "cosim-sweep: $((runs - fail)) passed, $fail failed over $seeds seeds ($engines)"
[ $fail = 0 ]
