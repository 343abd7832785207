#!/usr/bin/env python3
"""Crash consistency: SIGKILL `scopectl apply` and `scopectl audit import` at random moments.

After each kill, `scopectl verify` must pass (hash chain, SQLite integrity, foreign keys) and the
catalog must be exactly the state before the command or the state after it, never a mix.

    python3 bench/crash.py                       # 100 kills per scenario, release binary, 10k scopes
    python3 bench/crash.py --kills 10 --debug    # the reduced run CI does
"""

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def scopectl(bin_, db, *args, check=True):
    out = subprocess.run([bin_, "--db", db, *args], capture_output=True, text=True,
                         env={"SCOPECTL_ACTOR": "crash", "SCOPECTL_TODAY": "2026-11-29", "PATH": "/usr/bin:/bin"})
    if check and out.returncode != 0:
        raise SystemExit(f"crash: scopectl {' '.join(args)} exited {out.returncode}: {out.stderr.strip()}")
    return out


def state(bin_, db):
    """What a user can see: the exported scope set, how many change-log entries there are, and the
    audit's statistics."""
    export = scopectl(bin_, db, "export", "--format", "json").stdout
    # The entry count, not the head hash: hashes cover each run's own timestamps.
    head = scopectl(bin_, db, "log", "checkpoint").stdout.split()[0]
    extra = ""
    audit = scopectl(bin_, db, "audit", "stats", "--format", "json", check=False)
    if audit.returncode == 0:
        extra = audit.stdout
    return export + head + extra


def scope_set(n):
    lines = ["[settings]", 'naming = "action_resource"', ""]
    for i in range(n):
        lines += [f"[scopes.read_resource_{i:05d}]", f'description = "Read resource {i}"',
                  f'resource = "resource_{i:05d}"', 'actions = ["read"]',
                  f'sensitivity = "{"phi" if i % 3 == 0 else "internal"}"', f'owner = "team_{i % 20}"', ""]
    for r in range(max(1, n // 100)):
        scopes = ", ".join(f'"read_resource_{(r * 37 + k) % n:05d}"' for k in range(5))
        lines += [f"[roles.role_{r:03d}]", f'description = "Role {r}"', f"scopes = [{scopes}]", ""]
    return "\n".join(lines) + "\n"


def access_log(n):
    rows = []
    for i in range(n):
        rows.append(json.dumps({
            "ts": f"2026-11-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:{(i * 7) % 60:02d}Z",
            "client": f"client_{i % 5}", "subject": f"user{i % 997}", "role": f"role_{i % 10:03d}",
            "ip": f"10.0.{i % 200}.{i % 250 + 1}", "requested": f"read_resource_{i % 50:05d}",
            "granted": f"read_resource_{i % 50:05d}", "endpoint": "/fhir/Observation", "status": 200,
        }))
    return "\n".join(rows) + "\n"


def scenario(name, bin_, work, base_db, command, kills, rng):
    """Times the full command once, then kills copies of it at random points in that time."""
    full_db = work / f"{name}-full.db"
    shutil.copy(base_db, full_db)
    before = state(bin_, base_db)
    start = time.perf_counter()
    scopectl(bin_, full_db, *command)
    duration = time.perf_counter() - start
    after = state(bin_, full_db)
    assert before != after, f"{name}: the command changed nothing"
    seen = {"before": 0, "after": 0}
    for k in range(kills):
        db = work / f"{name}-{k}.db"
        shutil.copy(base_db, db)
        proc = subprocess.Popen([bin_, "--db", db, "-q", *command], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, env={"SCOPECTL_ACTOR": "crash", "SCOPECTL_TODAY": "2026-11-29"})
        time.sleep(rng.uniform(0, duration * 1.25))
        proc.kill()
        proc.wait()
        verify = scopectl(bin_, db, "verify", check=False)
        if verify.returncode != 0:
            sys.exit(f"crash: {name} kill {k}: verify failed: {verify.stdout}{verify.stderr}")
        now = state(bin_, db)
        if now == before:
            seen["before"] += 1
        elif now == after:
            seen["after"] += 1
        else:
            keep = Path(tempfile.mkdtemp(prefix="scopectl-crash-mixed-"))
            for f in [base_db, full_db, db]:
                shutil.copy(f, keep / Path(f).name)
            sys.exit(f"crash: {name} kill {k}: the catalog is neither the before nor the after state (kept in {keep})")
        for suffix in ["", "-wal", "-shm"]:
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    print(f"{name}: {kills} kills over {duration:.2f} s runs: {seen['before']} left the before state, "
          f"{seen['after']} the after state, 0 mixed, verify passed every time")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--kills", type=int, default=100)
    p.add_argument("--scopes", type=int, default=10_000)
    p.add_argument("--events", type=int, default=200_000)
    p.add_argument("--debug", action="store_true", help="use target/debug (CI builds it for the tests)")
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--only", choices=["apply", "audit"])
    args = p.parse_args()
    profile = "debug" if args.debug else "release"
    if not args.debug:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    bin_ = ROOT / "target" / profile / "scopectl"
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    print(f"crash: seed {seed}")
    with tempfile.TemporaryDirectory(prefix="scopectl-crash-") as tmp:
        work = Path(tmp)
        set_file = work / "scopes.toml"
        set_file.write_text(scope_set(args.scopes))
        empty = work / "empty.db"
        scopectl(bin_, empty, "-q", "role", "create", "seed_role")
        if args.only in (None, "apply"):
            scenario("apply", bin_, work, empty, ["apply", str(set_file)], args.kills, rng)
        if args.only in (None, "audit"):
            applied = work / "applied.db"
            shutil.copy(empty, applied)
            scopectl(bin_, applied, "-q", "apply", str(set_file))
            log = work / "access.jsonl"
            log.write_text(access_log(args.events))
            scenario("audit import", bin_, work, applied, ["audit", "import", str(log)], args.kills, rng)


if __name__ == "__main__":
    main()
