#!/usr/bin/env bash
# Benchmark: `scopectl lint` on a generated 100,000-scope set against a plain parse of the same file
# with the `toml` crate, in the same run. Prints the median wall time of each, their ratio, and the
# peak RSS of each (from /usr/bin/time -v). Goals (issue 4): lint within 1.5x of the parse in time
# and within 2x in peak memory.
#
#   bench/lint.sh [SCOPES] [RUNS] [PROFILE]     defaults: 100000 5 release
#
# PROFILE is a cargo profile (release for real figures; dev only to check that the script works).
set -euo pipefail
cd "$(dirname "$0")/.."

scopes=${1:-100000}
runs=${2:-5}
profile=${3:-release}
dir=$(if [ "$profile" = dev ]; then echo debug; else echo "$profile"; fi)

cargo build --quiet --profile "$profile" --bin scopectl --example bench_lint
bin=target/$dir/scopectl
helper=target/$dir/examples/bench_lint
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
set_file=$work/scopes.toml
"$helper" gen "$scopes" "$set_file"
echo "set: $scopes scopes, $(wc -c <"$set_file") bytes, profile $profile, $runs runs each"

# measure NAME CMD...: runs CMD $runs times; prints "median_seconds peak_rss_kb".
measure() {
    local times=() rss=0 out
    for _ in $(seq "$runs"); do
        /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
        out=$(tail -n 1 "$work/time")
        times+=("${out%% *}")
        local m=${out##* }
        if [ "$m" -gt "$rss" ]; then rss=$m; fi
    done
    local median
    median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
    echo "$median $rss"
}

# The lint exit code is 0 or 1 depending on findings; /usr/bin/time still reports. Output goes to
# /dev/null in JSON so terminal rendering is not measured.
read -r parse_s parse_kb < <(measure "$helper" parse "$set_file")
read -r lint_s lint_kb < <(measure env SCOPECTL_TODAY=2026-11-29 "$bin" lint --format json --fail-on never "$set_file")

awk -v ps="$parse_s" -v pk="$parse_kb" -v ls="$lint_s" -v lk="$lint_kb" 'BEGIN {
    printf "toml parse     median %.3f s   peak RSS %d KiB\n", ps, pk
    printf "scopectl lint  median %.3f s   peak RSS %d KiB\n", ls, lk
    printf "ratio          time %.2fx (goal <= 1.5x)   memory %.2fx (goal <= 2x)\n", (ps > 0 ? ls / ps : 0), (pk > 0 ? lk / pk : 0)
}'
