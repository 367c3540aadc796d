#!/usr/bin/env bash
# The checker's time per report, this checkout against another revision (main by default), in one run:
# builds both revisions' benchmarks.jar, then runs CheckBenchmark.checkEach of each in turn, one fork at a
# time (base, head, base, head …), so that both sides share the machine's slow and fast moments. Prints
# each side's mean wall time and CPU time per report (µs) over the rounds, and head's change against base.
#
#   benchmarks/side-by-side.sh [base-revision] [rounds] [reports]      # defaults: main 4 1000
#
# HEAD_ARGS adds JMH options for this checkout's side only, for a parameter the base does not have: against a
# revision from before CheckBenchmark's `kinds`, HEAD_ARGS='-p kinds=rule_of_law' compares the same corpus.
#
# Takes about rounds × 2 × 30 s after the two builds. On a shared machine, prefix it with the slot
# wrapper (buildslot benchmarks/side-by-side.sh main 4). Nothing is installed: each build uses its own
# reactor; the base revision is exported with git archive into a temporary folder.
set -euo pipefail

base=${1:-main}
rounds=${2:-4}
reports=${3:-1000}
root=$(git rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/base"
git -C "$root" archive "$base" | tar -x -C "$work/base"
(cd "$work/base" && mvn -B -q -pl benchmarks -am package -DskipTests)
(cd "$root" && mvn -B -q -pl benchmarks -am package -DskipTests)
cp "$work/base/benchmarks/target/benchmarks.jar" "$work/base.jar"
cp "$root/benchmarks/target/benchmarks.jar" "$work/head.jar"

read -r -a head_args <<< "${HEAD_ARGS:-}"
for round in $(seq 1 "$rounds"); do
  for side in base head; do
    extra=()
    if [ "$side" = head ]; then extra=("${head_args[@]}"); fi
    java -jar "$work/$side.jar" 'CheckBenchmark.checkEach' -p reports="$reports" "${extra[@]}" -f 1 -wi 5 -w 2s -i 5 -r 2s \
        -prof io.github.fazhi.benchmarks.CpuTimeProfiler -rf csv -rff "$work/$side-$round.csv" >/dev/null
    echo "round $round: $side done" >&2
  done
done

# Score is ms per operation, one operation checks $reports reports: µs per report = score × 1000 / reports.
for side in base head; do
  cat "$work/$side"-*.csv | awk -F, -v side="$side" -v reports="$reports" '
    $1 == "\"io.github.fazhi.benchmarks.CheckBenchmark.checkEach\"" { wall += $5; n++ }
    $1 ~ /checkEach:.*cpu"$/ { cpu += $5; m++ }
    END { printf "%s %.3f %.3f\n", side, wall / n * 1000 / reports, (m ? cpu / m * 1000 / reports : 0) }'
done | awk '
  { wall[$1] = $2; cpu[$1] = $3 }
  END {
    printf "%-5s %14s %14s\n", "side", "wall µs/report", "cpu µs/report"
    printf "%-5s %14.3f %14.3f\n", "base", wall["base"], cpu["base"]
    printf "%-5s %14.3f %14.3f\n", "head", wall["head"], cpu["head"]
    printf "head against base: wall %+.1f%%, cpu %+.1f%%\n",
        (wall["head"] / wall["base"] - 1) * 100, (cpu["base"] ? (cpu["head"] / cpu["base"] - 1) * 100 : 0)
  }'
