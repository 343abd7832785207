#!/usr/bin/env python3
"""scopectl benchmarks: one command runs them all and writes the figures to BENCHMARKS.md.

    python3 bench/bench.py               # everything, then rewrite BENCHMARKS.md
    python3 bench/bench.py --only start entity --runs 11 --no-write

Every figure is a median over several runs, and each comes with a baseline measured in the same
run on the same machine (a ratio is more honest than a number of milliseconds on a shared 2-core
machine). Peak memory is the child's ru_maxrss from wait4(2).
"""

import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Cargo's own CARGO_TARGET_DIR, when set (a worktree building into a target of its own).
TARGET = Path(os.environ["CARGO_TARGET_DIR"]) if os.environ.get("CARGO_TARGET_DIR") else ROOT / "target"
BIN = TARGET / "release" / "scopectl"
EXAMPLES = TARGET / "release" / "examples"
# The shapes of `examples/bench_lint.rs` the lint suite measures (see its module docs).
LINT_SHAPES = ["bench", "issue13", "sparse"]
SUITES = {}


def suite(name):
    def register(fn):
        SUITES[name] = fn
        return fn
    return register


def run_once(args, env=None, stdin=None, cwd=None):
    """Runs a command; returns (seconds, rusage). Raises on an exit code other than 0 or 1."""
    full_env = dict(os.environ, **(env or {}))
    args = [str(a) for a in args]
    args[0] = shutil.which(args[0]) or args[0]
    start = time.perf_counter()
    # close_fds=False and an absolute path let Python use posix_spawn (vfork): the child's peak RSS
    # is then its own, not a copy of this interpreter's.
    proc = subprocess.Popen(args, env=full_env, stdin=stdin, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, cwd=cwd, close_fds=False)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    stderr = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise RuntimeError(f"{' '.join(map(str, args))} exited {code}: {stderr.strip()}")
    return elapsed, usage


def peak_rss(args, env=None):
    """Peak RSS in MiB of one run, from GNU time (its own footprint is ~1 MiB, unlike Python's)."""
    if not os.path.exists("/usr/bin/time"):
        return None
    full_env = dict(os.environ, **(env or {}))
    out = subprocess.run(["/usr/bin/time", "-f", "%M", *[str(a) for a in args]], env=full_env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        return int(out.stderr.strip().splitlines()[-1]) / 1024.0
    except (ValueError, IndexError):
        return None


def measure(make_args, runs, env=None, setup=None):
    """Median seconds over `runs` runs (make_args(i) gives the i-th command), and the peak RSS of
    one more run under GNU time."""
    times = []
    for i in range(runs):
        if setup:
            setup(i)
        t, _ = run_once(make_args(i), env=env)
        times.append(t)
    return statistics.median(times), peak_rss(make_args(runs), env=env)


def measure_turns(commands, runs, setup=None):
    """Like `measure` for several commands, `[(make_args, env), …]`, run by turns (first, second,
    …, first, …) so that a burst of load on this shared machine slows all of them rather than
    deciding a ratio. Returns [(median, rss, median user CPU seconds), …] in the same order."""
    times = [[] for _ in commands]
    user = [[] for _ in commands]
    for i in range(runs):
        for k, (make_args, env) in enumerate(commands):
            if setup:
                setup(i)
            t, usage = run_once(make_args(i), env=env)
            times[k].append(t)
            user[k].append(usage.ru_utime)
    return [(statistics.median(ts), peak_rss(make_args(runs), env=env), statistics.median(us))
            for ts, us, (make_args, env) in zip(times, user, commands)]


def measure_pair(make_args, make_base, runs, env=None, base_env=None, setup=None):
    """`measure_turns` for a command and its baseline (the baseline first).
    Returns ((median, rss), (baseline median, baseline rss))."""
    base, cmd = measure_turns([(make_base, base_env), (make_args, env)], runs, setup)
    return cmd[:2], base[:2]


class Row:
    def __init__(self, suite, what, size, median, baseline_name=None, baseline=None, rss=None, goal=None, ok=None):
        self.suite, self.what, self.size, self.median = suite, what, size, median
        self.baseline_name, self.baseline, self.rss, self.goal, self.ok = baseline_name, baseline, rss, goal, ok

    def ratio(self):
        return self.median / self.baseline if self.baseline else None

    def cells(self):
        ratio = self.ratio()
        return [
            self.what,
            self.size,
            ms(self.median),
            f"{self.baseline_name} {ms(self.baseline)}" if self.baseline_name else "",
            f"{ratio:.2f}x" if ratio is not None else "",
            f"{self.rss:.1f} MiB" if self.rss is not None else "",
            self.goal or "",
            "" if self.ok is None else ("yes" if self.ok else "**no**"),
        ]


def ms(seconds):
    if seconds is None:
        return ""
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"


@suite("start")
def bench_start(args, work):
    """Process start: `scopectl --version` against `true` (the cost of exec itself)."""
    (med, rss), (base, _) = measure_pair(lambda i: [BIN, "--version"], lambda i: ["true"],
                                         max(30, args.runs * 3))
    return [Row("start", "scopectl --version", "-", med, "true", base, rss, "< 5 ms", med < 0.005)]


def big_catalog(work, scopes, roles, grants_per_role):
    """A catalog of `scopes` scopes and `roles` roles, filled through the sqlite3 shell."""
    db = work / f"big-{scopes}-{roles}.db"
    if db.exists():
        return db
    subprocess.run([BIN, "--db", db, "-q", "scope", "define", "seed_scope"], check=True)
    sql = f"""
    PRAGMA journal_mode = WAL;
    BEGIN;
    WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < {scopes})
      INSERT INTO scopes (id, name, version) SELECT i, printf('scope_%07d', i), 1 FROM n;
    INSERT INTO scope_versions (scope_id, version, description, resource, actions, sensitivity, owner,
        tags, status, replaced_by, sunset, reason, created_at, created_by)
      SELECT id, 1, 'Generated scope ' || id, 'resource_' || (id % 500), '["read"]',
        CASE id % 5 WHEN 0 THEN 'phi' WHEN 1 THEN 'pii' ELSE 'internal' END, 'team_' || (id % 40), '[]',
        'active', '[]', NULL, NULL, '2026-01-01T00:00:00Z', 'bench'
      FROM scopes WHERE id > 1;
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {roles})
      INSERT INTO roles (id, name, description, break_glass, created_at, created_by)
      SELECT i, printf('role_%05d', i), 'Generated role', 0, '2026-01-01T00:00:00Z', 'bench' FROM n;
    WITH RECURSIVE g(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM g WHERE k < {grants_per_role - 1})
      INSERT INTO grants (role_id, scope_id, justification, expires, granted_at, granted_by)
      SELECT r.id, 2 + ((r.id * 7919 + g.k * 104729) % ({scopes} - 1)), NULL, NULL, '2026-01-01T00:00:00Z', 'bench'
      FROM roles r, g WHERE true ON CONFLICT DO NOTHING;
    COMMIT;
    """
    subprocess.run(["sqlite3", db], input=sql.encode(), check=True, stdout=subprocess.DEVNULL)
    return db


@suite("entity")
def bench_entity(args, work):
    """Single-entity commands on a catalog of 1M scopes and 10k roles: indexed, never a scan.
    Baseline: the sqlite3 shell running the same primary-key lookup."""
    scopes = 1_000_000 if not args.quick else 100_000
    roles = 10_000 if not args.quick else 1_000
    db = big_catalog(work, scopes, roles, 10)
    env = {"SCOPECTL_DB": str(db), "SCOPECTL_ACTOR": "bench"}
    runs = args.runs * 2
    pick = lambda i: f"scope_{(i * 48271) % (scopes - 2) + 2:07d}"
    base, _ = measure(lambda i: ["sqlite3", db, f"SELECT * FROM scopes s JOIN scope_versions v ON v.scope_id = s.id "
                                               f"WHERE s.name = '{pick(i)}'"], runs)
    rows = []
    size = f"{scopes:,} scopes, {roles:,} roles"
    for what, make in [
        ("scope show", lambda i: [BIN, "scope", "show", pick(i)]),
        ("scope show --format json", lambda i: [BIN, "scope", "show", pick(i), "--format", "json"]),
        ("role show", lambda i: [BIN, "role", "show", f"role_{i % roles + 1:05d}"]),
        ("role grant", lambda i: [BIN, "-q", "role", "grant", f"role_{i % roles + 1:05d}", pick(i + 7)]),
        ("role revoke", lambda i: [BIN, "-q", "role", "revoke", f"role_{i % roles + 1:05d}", pick(i + 7)]),
        ("scope update", lambda i: [BIN, "-q", "scope", "update", pick(i + 3), "--description", f"v{i}"]),
    ]:
        med, rss = measure(make, runs, env=env)
        rows.append(Row("entity", what, size, med, "sqlite3 lookup", base, rss, "< 20 ms", med < 0.020))
    return rows


def scope_set_toml(n, roles=0):
    """A scopes.toml of n scopes (and some roles), with the same rows as scope_rows_csv."""
    out = ["[settings]", 'naming = "action_resource"', ""]
    for i in range(n):
        out += [f"[scopes.read_resource_{i:06d}]", f'description = "Read resource {i}"', f'resource = "resource_{i:06d}"',
                'actions = ["read"]', f'sensitivity = "{"phi" if i % 3 == 0 else "internal"}"', f'owner = "team_{i % 40}"', ""]
    for r in range(roles):
        scopes = ", ".join(f'"read_resource_{(r * 37 + k) % n:06d}"' for k in range(5))
        out += [f"[roles.role_{r:04d}]", f'description = "Role {r}"', f"scopes = [{scopes}]", ""]
    return "\n".join(out) + "\n"


def scope_rows_csv(n):
    """The old, narrow baseline: one row per scope in one table (no versions, log or roles)."""
    rows = ["name,description,resource,actions,sensitivity,owner"]
    for i in range(n):
        rows.append(f'read_resource_{i:06d},Read resource {i},resource_{i:06d},"[""read""]",'
                    f'{"phi" if i % 3 == 0 else "internal"},team_{i % 40}')
    return "\n".join(rows) + "\n"


def catalog_rows_csv(n, roles, work, ts="2026-11-29T12:00:00Z", actor="bench"):
    """The rows `apply` of scope_set_toml(n, roles) writes into an empty catalog, as one CSV file
    per table (no header): `scopes`, `scope_versions`, `roles`, `grants`, and `changelog` with
    one hash-chained entry per scope, role and grant, its JSON as scopectl stores it. Returns the
    (table, path) pairs in the order apply writes them."""
    import csv
    import hashlib
    import json

    def compact(value):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)

    files = {t: open(work / f"rows-{n}-{t}.csv", "w", newline="")
             for t in ["scopes", "scope_versions", "roles", "grants", "changelog"]}
    out = {t: csv.writer(f, lineterminator="\n") for t, f in files.items()}
    log = {"seq": 0, "hash": ""}

    def entry(kind, entity, after):
        log["seq"] += 1
        after = compact(after)
        canonical = compact([log["seq"], ts, actor, "apply", kind, entity, None, after])
        log["hash"] = hashlib.sha256((log["hash"] + canonical).encode()).hexdigest()
        out["changelog"].writerow([log["seq"], ts, actor, "apply", kind, entity, "", after, log["hash"]])

    for i in range(n):
        name, sens = f"read_resource_{i:06d}", "phi" if i % 3 == 0 else "internal"
        out["scopes"].writerow([i + 1, name, 1])
        out["scope_versions"].writerow([i + 1, 1, f"Read resource {i}", f"resource_{i:06d}", '["read"]', sens,
                                        f"team_{i % 40}", "[]", "active", "[]", "", "", ts, actor])
        entry("scope", name, {"name": name, "description": f"Read resource {i}", "resource": f"resource_{i:06d}",
                              "actions": ["read"], "sensitivity": sens, "owner": f"team_{i % 40}", "tags": [],
                              "status": "active", "replaced_by": [], "sunset": None, "reason": None,
                              "version": 1, "created_at": ts, "created_by": actor})
    for r in range(roles):
        role = f"role_{r:04d}"
        out["roles"].writerow([r + 1, role, f"Role {r}", 0, ts, actor])
        entry("role", role, {"name": role, "description": f"Role {r}", "break_glass": False})
        for k in range(5):
            scope = (r * 37 + k) % n
            out["grants"].writerow([r + 1, scope + 1, "", "", ts, actor])
            entry("grant", f"{role} read_resource_{scope:06d}",
                  {"role": role, "scope": f"read_resource_{scope:06d}", "justification": None, "expires": None})
    for f in files.values():
        f.close()
    return [(t, work / f"rows-{n}-{t}.csv") for t in files]


@suite("apply")
def bench_apply(args, work):
    """`apply` of a generated scope set (n scopes, n/100 roles of 5 grants) into an empty catalog
    (goal <= 2x), against two baselines measured in the same run. **Catalog rows** (the goal's
    baseline): the sqlite3 shell creating an empty catalog (`.read` of the migrations, WAL,
    `synchronous = NORMAL` and foreign keys on, as scopectl opens it) and importing, in one
    transaction, the same rows as CSV that apply writes: `scopes`, `scope_versions`, `roles`,
    `grants`, and one `changelog` row per scope, role and grant with the same JSON and a real
    SHA-256 chain (computed beforehand in Python, so the shell does not pay for hashing), into
    the catalog's own tables and indexes. **One table** (kept for comparison with earlier runs):
    the shell importing one row per scope into a single table with a unique index on the name.
    Also `plan --check` on the unchanged catalog, against a plain `toml` parse of the file
    (`examples/toml_parse`), which every plan and apply also pays."""
    rows = []
    migrations = sorted((ROOT / "migrations").glob("*.sql"))
    for n in ([10_000, 100_000] if not args.quick else [2_000, 10_000]):
        toml_file = work / f"apply-{n}.toml"
        toml_file.write_text(scope_set_toml(n, roles=n // 100))
        csv_file = work / f"apply-{n}.csv"
        csv_file.write_text(scope_rows_csv(n))
        script = work / f"import-{n}.sql"
        lines = [".bail on", "PRAGMA journal_mode = WAL;", "PRAGMA synchronous = NORMAL;",
                 "PRAGMA foreign_keys = ON;", *[f".read {m}" for m in migrations], "BEGIN IMMEDIATE;"]
        lines += [f".import --csv {path} {table}" for table, path in catalog_rows_csv(n, n // 100, work)]
        script.write_text("\n".join([*lines, "COMMIT;", ""]))
        runs = max(3, args.runs)

        def fresh_db(i, n=n):
            for name in ["apply", "import", "catalog"]:
                for suffix in ["", "-wal", "-shm"]:
                    Path(f"{work}/{name}-{n}.db{suffix}").unlink(missing_ok=True)

        schema = ("CREATE TABLE scopes (name TEXT NOT NULL, description TEXT, resource TEXT, actions TEXT, "
                  "sensitivity TEXT, owner TEXT); CREATE UNIQUE INDEX scopes_name ON scopes (name);")
        narrow, _ = measure(lambda i: ["sqlite3", work / f"import-{n}.db", schema,
                                       f".import --csv --skip 1 {csv_file} scopes"], runs, setup=fresh_db)
        db = work / f"apply-{n}.db"
        env = {"SCOPECTL_DB": str(db), "SCOPECTL_ACTOR": "bench"}
        (med, rss), (honest, _) = measure_pair(
            lambda i: [BIN, "-q", "apply", toml_file],
            lambda i: ["sqlite3", work / f"catalog-{n}.db", f".read {script}"],
            runs, env=env, setup=fresh_db)
        size = f"{n:,} scopes, {n // 100:,} roles"
        rows.append(Row("apply", "apply (empty catalog)", size, med, "sqlite3 catalog rows", honest, rss,
                        "<= 2x", med / honest <= 2.0))
        rows.append(Row("apply", "apply (empty catalog)", size, med, "sqlite3 one table", narrow))
        subprocess.run([BIN, "-q", "apply", toml_file], env=dict(os.environ, **env), check=True,
                       stdout=subprocess.DEVNULL)
        parse, _ = measure(lambda i: [EXAMPLES / "toml_parse", toml_file], runs)
        med, rss = measure(lambda i: [BIN, "plan", "--check", toml_file], runs, env=env)
        rows.append(Row("apply", "plan --check (no changes)", size, med, "toml parse", parse, rss))
    return rows


@suite("lint")
def bench_lint(args, work):
    """`scopectl lint --format json` on generated scope sets of several shapes
    (`examples/bench_lint.rs`): **bench**, full metadata, roles of 100 justified grants, clients of
    ten features; **issue13**, names of mixed styles, a role per 20 scopes of 5-25 grants, a
    client per 50 scopes of 4 features of 3 scopes, 3% deprecated, descriptions on 99%;
    **sparse**, mixed names without descriptions, roles or clients. Each against a plain parse of
    the same file by the `toml` crate (goals: time <= 1.5x, peak memory <= 2x), and against the
    same parse with scopectl's allocator, jemalloc on huge pages
    (`examples/toml_parse_jemalloc.rs`), which compares the work alone."""
    rows = []
    for shape in args.shapes:
        rows.extend(bench_lint_shape(args, work, shape))
    return rows


def bench_lint_shape(args, work, shape):
    rows = []
    for n in ([1_000, 10_000, 100_000] if not args.quick else [1_000, 10_000]):
        toml_file = work / f"lint-{shape}-{n}.toml"
        subprocess.run([EXAMPLES / "bench_lint", str(n), toml_file, "--shape", shape], check=True)
        # A run of the 1k set takes about 10 ms, where one scheduling hiccup on this shared
        # machine is a large share: small sets get more runs (100 at 1k, 10 at 10k).
        runs = max(3, args.runs, 100_000 // n)
        env = {"SCOPECTL_TODAY": "2026-11-29"}
        (parse, parse_rss, _), (med, rss, user), (same, same_rss, same_user) = measure_turns([
            (lambda i: [EXAMPLES / "toml_parse", toml_file], None),
            (lambda i: [BIN, "lint", "--format", "json", "--fail-on", "never", toml_file], env),
            (lambda i: [EXAMPLES / "toml_parse_jemalloc", toml_file], None)], runs)
        # The bench shape keeps the labels of the runs before shapes, so its rows compare.
        size = f"{n:,} scopes" if shape == "bench" else f"{n:,} scopes, {shape}"
        rows.append(Row("lint", "lint --format json", size, med, "toml parse", parse, rss,
                        # Issue 4 sets the memory goal on the 100k set; smaller sets report the ratio only.
                        "<= 1.5x time, <= 2x memory" if n >= 100_000 else "<= 1.5x time",
                        med / parse <= 1.5 and (n < 100_000 or rss is None or parse_rss is None
                                                or rss / parse_rss <= 2.0)))
        rows.append(Row("lint", "lint --format json", size, med, "toml parse, jemalloc", same))
        # User CPU leaves out the kernel's page zeroing, which swings from run to run with huge
        # pages (a fault may wait on compaction): the steadiest measure of the work itself.
        rows.append(Row("lint", "lint, user CPU", size, user, "toml parse, jemalloc, user CPU", same_user))
        if parse_rss is not None:
            rows.append(Row("lint", "toml parse (baseline)", size, parse, rss=parse_rss))
        if same_rss is not None:
            rows.append(Row("lint", "toml parse, jemalloc", size, same, rss=same_rss))
    return rows


@suite("audit")
def bench_audit(args, work):
    """`bench/audit.sh`: `audit import` of 1M generated events (JSON Lines) against the sqlite3
    shell's `.import` of the same rows as CSV into a table with the same indexes (goal <= 1.5x);
    peak memory at 100k and 1M events (goal < 100 MB and flat); `audit report` over them (< 2 s)."""
    events = 1_000_000 if not args.quick else 100_000
    out = subprocess.run(["bash", ROOT / "bench" / "audit.sh", str(events)], capture_output=True, text=True)
    table = [line for line in out.stdout.splitlines() if line.strip()]
    start = next((i for i, line in enumerate(table) if line.startswith("measure (")), 0)
    return [Block("audit", "\n".join(table[start:]) or out.stderr.strip())]


class Block:
    """A suite that reports its own table (kept verbatim in BENCHMARKS.md)."""

    def __init__(self, suite, text):
        self.suite, self.text = suite, text


def machine():
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    return f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB, {platform.system()} {platform.release()}, {rustc}"


def render(rows, args):
    """One Markdown block per suite, each with its own date and machine line, so a run of some
    suites (`--only`) replaces just their blocks in BENCHMARKS.md."""
    today = datetime.date.today().isoformat()
    stamp = f"Measured {today} on {machine()}; medians of {args.runs}+ runs (`python3 bench/bench.py`)."
    by_suite = {}
    for r in rows:
        by_suite.setdefault(r.suite, []).append(r)
    blocks = {}
    for name, rs in by_suite.items():
        out = [f"### {name}", "", stamp, ""]
        doc = (SUITES[name].__doc__ or "").strip()
        if doc:
            out.append(" ".join(doc.split()))
            out.append("")
        texts = [r for r in rs if isinstance(r, Block)]
        table = [r for r in rs if not isinstance(r, Block)]
        if table:
            out.append("| command | size | median | baseline | ratio | peak RSS | goal | met |")
            out.append("|---|---|---|---|---|---|---|---|")
            for r in table:
                out.append("| " + " | ".join(str(c) for c in r.cells()) + " |")
            out.append("")
        for b in texts:
            out += ["```", b.text, "```", ""]
        blocks[name] = "\n".join(out)
    return blocks


def write_benchmarks(blocks):
    """Replaces the blocks of the suites that ran between the bench markers, keeping the others."""
    path = ROOT / "BENCHMARKS.md"
    begin, end = "<!-- bench:begin -->", "<!-- bench:end -->"
    text = path.read_text() if path.exists() else f"# Benchmarks\n\n{begin}\n{end}\n"
    head, _, rest = text.partition(begin)
    inside, _, tail = rest.partition(end)
    kept = {}
    for name in SUITES:
        open_tag, close_tag = f"<!-- suite:{name} -->", f"<!-- /suite:{name} -->"
        if open_tag in inside and close_tag in inside:
            kept[name] = inside.split(open_tag, 1)[1].split(close_tag, 1)[0].strip("\n")
    kept.update(blocks)
    body = "\n".join(f"<!-- suite:{n} -->\n{kept[n]}\n<!-- /suite:{n} -->\n" for n in SUITES if n in kept)
    path.write_text(f"{head}{begin}\n{body}{end}{tail}")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--only", nargs="*", choices=sorted(SUITES), help="run only these suites")
    p.add_argument("--runs", type=int, default=7, help="runs per measurement (median)")
    p.add_argument("--quick", action="store_true", help="smaller sizes, for trying the harness")
    p.add_argument("--no-write", action="store_true", help="print, do not rewrite BENCHMARKS.md")
    p.add_argument("--work", type=Path, help="keep generated inputs here (default: a temp dir)")
    p.add_argument("--shapes", nargs="*", choices=LINT_SHAPES, default=LINT_SHAPES,
                   help="shapes of scope set the lint suite measures (default: all)")
    args = p.parse_args()
    for tool in ["cargo", "sqlite3", "/usr/bin/time"]:
        if not shutil.which(tool):
            sys.exit(f"bench: `{tool}` is required (apt-get install sqlite3 time)")
    subprocess.run(["cargo", "build", "--release", "--quiet", "--bins", "--examples"], cwd=ROOT, check=True)
    work = args.work or Path(tempfile.mkdtemp(prefix="scopectl-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    for name in args.only or list(SUITES):
        print(f"bench: {name} …", file=sys.stderr)
        rows.extend(SUITES[name](args, work))
    blocks = render(rows, args)
    print("\n".join(blocks.values()))
    if not args.no_write:
        write_benchmarks(blocks)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
