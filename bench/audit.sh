#!/usr/bin/env bash
# Benchmark of `scopectl audit` (issue 5) against the sqlite3 shell, in one run on one machine.
#
#   bench/audit.sh [EVENTS]        default 1000000; needs the `sqlite3` shell (apt-get install sqlite3)
#   BENCH_PROFILE=debug bench/audit.sh 20000     a quick check that the script works
#
# 1. Builds scopectl and the log generator in release.
# 2. Generates the same N events as JSON Lines and as CSV (bench/gen_access_log.rs, with anomalies).
# 3. Times `scopectl audit import` of the JSONL log into a fresh catalog, and `sqlite3 .import` of
#    the CSV into a table with the same indexes as migrations/0002_audit.sql (a UNIQUE index over
#    the whole event, time first, standing in for scopectl's (ts, digest); (ip, ts);
#    (client, role, requested, granted, ts); subject), both in WAL mode with synchronous=NORMAL as
#    scopectl uses. scopectl does more per event: it parses JSON, checks every field, hashes the
#    subject (HMAC) and the event (SHA-256) and interns scope sets.
# 4. Times `audit report`, `audit unused` and `audit stats` (best of 3), and the peak memory of
#    import at N/10 and at N events (it must stay flat).
# Targets (issue 5): import <= 1.5x sqlite3's .import; peak memory < 100 MB and flat; report < 2 s.
# Exits 1 when a target is missed.
set -euo pipefail
cd "$(dirname "$0")/.."

EVENTS=${1:-1000000}
SMALL=$((EVENTS / 10))
WORK=$(mktemp -d "${TMPDIR:-/tmp}/scopectl-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

command -v sqlite3 >/dev/null || { echo "the sqlite3 shell is required (apt-get install sqlite3)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is required (apt-get install time)" >&2; exit 2; }

# BENCH_PROFILE=debug dry-runs the script on a debug build (its figures mean nothing).
PROFILE=${BENCH_PROFILE:-release}
if [ "$PROFILE" = release ]; then
    cargo build --release --quiet --bin scopectl --example gen_access_log
else
    cargo build --quiet --bin scopectl --example gen_access_log
    PROFILE=debug
fi
BIN=target/$PROFILE/scopectl
GEN=target/$PROFILE/examples/gen_access_log
export SCOPECTL_ACTOR=bench SCOPECTL_TODAY=2026-11-29

new_catalog() {
    rm -f "$1" "$1-wal" "$1-shm"
    "$GEN" --catalog | while IFS=$'\t' read -r -a args; do
        SCOPECTL_TODAY=2026-06-01 "$BIN" --db "$1" -q "${args[@]}" >/dev/null 2>>"$WORK/setup.log"
    done
}

# seconds and peak KB of a command: "S KB"
measure() {
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/stderr" || { cat "$WORK/stderr" >&2; exit 2; }
    cat "$WORK/time"
}

best_of_3() {
    local best=""
    for _ in 1 2 3; do
        local t
        t=$(measure "$@" | cut -d' ' -f1)
        if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
    done
    echo "$best"
}

echo "generating $EVENTS events…"
"$GEN" --events "$EVENTS" --days 30 > "$WORK/log.jsonl"
"$GEN" --events "$EVENTS" --days 30 --csv > "$WORK/log.csv"
"$GEN" --events "$SMALL" --days 30 > "$WORK/small.jsonl"

new_catalog "$WORK/small.db"
read -r _ small_kb < <(measure "$BIN" --db "$WORK/small.db" -q audit import "$WORK/small.jsonl")

new_catalog "$WORK/catalog.db"
read -r import_s import_kb < <(measure "$BIN" --db "$WORK/catalog.db" -q audit import "$WORK/log.jsonl")

cat > "$WORK/schema.sql" <<'SQL'
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE events (ts TEXT, client TEXT, subject TEXT, role TEXT, ip TEXT, requested TEXT, granted TEXT,
                     endpoint TEXT, status INTEGER);
CREATE UNIQUE INDEX events_event ON events (ts, client, subject, role, ip, requested, granted, endpoint, status);
CREATE INDEX events_ip ON events (ip, ts);
CREATE INDEX events_usage ON events (client, role, requested, granted, ts);
CREATE INDEX events_subject ON events (subject);
SQL
sqlite3 "$WORK/shell.db" < "$WORK/schema.sql" >/dev/null
read -r shell_s _ < <(measure sqlite3 "$WORK/shell.db" -cmd "PRAGMA synchronous = NORMAL" \
    ".import --csv --skip 1 $WORK/log.csv events")

report_s=$(best_of_3 "$BIN" --db "$WORK/catalog.db" audit report --fail-on never)
unused_s=$(best_of_3 "$BIN" --db "$WORK/catalog.db" audit unused)
stats_s=$(best_of_3 "$BIN" --db "$WORK/catalog.db" audit stats)

stored=$(sqlite3 "$WORK/catalog.db" "SELECT count(*) FROM audit_events")
shell_rows=$(sqlite3 "$WORK/shell.db" "SELECT count(*) FROM events")
ratio=$(awk "BEGIN{printf \"%.2f\", $import_s / $shell_s}")

printf '\n%-44s %10s\n' "measure ($EVENTS events)" "value"
printf '%-44s %10s\n' "events stored by scopectl / by sqlite3" "$stored / $shell_rows"
printf '%-44s %9ss\n' "scopectl audit import (JSONL)" "$import_s"
printf '%-44s %9ss\n' "sqlite3 .import (CSV, same indexes)" "$shell_s"
printf '%-44s %9sx\n' "import ratio (target <= 1.5)" "$ratio"
printf '%-44s %7s MB\n' "import peak RSS at $SMALL events" "$((small_kb / 1024))"
printf '%-44s %7s MB\n' "import peak RSS at $EVENTS events (< 100)" "$((import_kb / 1024))"
printf '%-44s %9ss\n' "audit report, best of 3 (target < 2)" "$report_s"
printf '%-44s %9ss\n' "audit unused, best of 3" "$unused_s"
printf '%-44s %9ss\n' "audit stats, best of 3" "$stats_s"

fail=0
awk "BEGIN{exit !($ratio > 1.5)}" && { echo "MISSED: import is more than 1.5x sqlite3's .import"; fail=1; }
[ "$import_kb" -ge 102400 ] && { echo "MISSED: import peak memory is 100 MB or more"; fail=1; }
awk "BEGIN{exit !($import_kb > 1.5 * $small_kb)}" && { echo "MISSED: import memory grows with the log"; fail=1; }
awk "BEGIN{exit !($report_s >= 2)}" && { echo "MISSED: audit report took 2 s or more"; fail=1; }
exit "$fail"
