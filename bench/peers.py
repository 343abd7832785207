#!/usr/bin/env python3
"""scopectl against the linters a user would otherwise reach for (issue 13): Spectral and parliament.

    python3 bench/peers.py                      # 1k, 10k, 100k; print the table
    python3 bench/peers.py --write              # and rewrite `## peers` in BENCHMARKS.md
    python3 bench/peers.py --sizes 1000 --runs 3

For each size N the script generates, in a temporary directory:

- `spec.yaml`, an OpenAPI 3.0 document whose one `oauth2` scheme holds N scopes in one
  authorizationCode flow (a read and a write scope per resource), and one operation per 10
  scopes (N/10, alternately a GET needing the read scope and a PUT needing the write scope of a
  resource), each with an operationId, summary, description, tag, path parameter and responses;
- `scopes.toml`, the same N scopes and N/10 operations as a scope set
  (`scopectl import openapi spec.yaml -o scopes.toml`);
- `policy.json`, an AWS IAM policy naming N actions, 10 per statement, `Resource: "*"`, the
  actions real ones taken from parliament's own IAM definition (19,050 of them: at 100k they
  repeat, each about five times).

and times, by turns (each command once, then each again, ...), a median over `--runs` runs after
one untimed warm-up run that also gives the peak RSS (GNU time):

- `scopectl lint --openapi spec.yaml --format json --fail-on never` against
  `spectral lint spec.yaml --ruleset ruleset.yaml --format json` (the ruleset is
  `extends: ["spectral:oas"]`, what most users run): the same file, the same job;
- `scopectl lint scopes.toml --format json --fail-on never` against `parliament --json <
  policy.json`. parliament lints AWS IAM policies, not OAuth scope sets: the inputs differ in kind,
  and this compares throughput per permission named (N scopes against N actions), not the same
  checks. (parliament refuses `--file` whenever its standard input is not a terminal, as in CI or
  here, so the policy is given on standard input, the way its README pipes it.)

Peers are looked up in `--peers` (default /tmp/peers: `node_modules/.bin/spectral` from
`npm install --prefix /tmp/peers @stoplight/spectral-cli`, `venv/bin/parliament` from a virtual
environment with `pip install parliament`), then on PATH; `--install` installs whichever is
missing there. A peer that cannot be found or installed is reported as such, never given a figure.
A run longer than `--timeout` seconds (default 600) is stopped and reported as "> 600 s"; a
command whose warm-up took longer than `--slow` seconds gets `--slow-runs` timed runs only, and the
table says so. Everything runs under `nice -n 10` (the machine is shared).
"""

import argparse
import datetime
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import BIN, ROOT, machine, ms  # noqa: E402  (bench.py's helpers and binary)

SECTION = "## peers (Spectral, parliament)"
NICE = ["nice", "-n", "10"]
ENV = {"SCOPECTL_TODAY": "2026-11-29"}

# Services of a made-up company API: the OpenAPI tags and the first part of each scope's resource.
SERVICES = ["orders", "invoices", "payments", "customers", "patients", "appointments", "claims", "inventory",
            "shipments", "catalog", "reviews", "subscriptions", "accounts", "reports", "documents", "messages",
            "devices", "tickets", "contracts", "employees"]


class Timeout(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# inputs


def resource(r):
    return f"{SERVICES[r % len(SERVICES)]}_{r:06d}"


def openapi_spec(n):
    """An OpenAPI 3.0 document with n scopes in one authorizationCode flow and n/10 operations."""
    out = [
        "openapi: 3.0.3",
        "info:",
        f"  title: Generated API ({n:,} scopes)",
        "  version: 1.0.0",
        "  description: A generated API whose OAuth scopes scopectl and Spectral both lint.",
        "  contact:",
        "    name: API team",
        "    email: api@example.com",
        "    url: https://example.com/api",
        "  license:",
        "    name: Apache-2.0",
        "    url: https://www.apache.org/licenses/LICENSE-2.0",
        "servers:",
        "  - url: https://api.example.com/v1",
        "    description: Production",
        "tags:",
    ]
    for s in SERVICES:
        out += [f"  - name: {s}", f"    description: Operations on {s}."]
    out.append("paths:")
    for k in range(n // 10):
        # Operation k uses resource 5k: its read scope (GET) or its write scope (PUT).
        r = 5 * k
        res = resource(r)
        svc = SERVICES[r % len(SERVICES)]
        method, action, verb = ("get", "read", "Read") if k % 2 == 0 else ("put", "write", "Replace")
        out += [
            f"  '/{svc}/{res}/{{id}}':",
            f"    {method}:",
            f"      operationId: {action}{res.title().replace('_', '')}",
            f"      summary: {verb} one {res} item",
            f"      description: {verb}s one item of {res} by its identifier.",
            f"      tags: [{svc}]",
            "      parameters:",
            "        - name: id",
            "          in: path",
            "          required: true",
            "          description: The item's identifier.",
            "          schema:",
            "            type: string",
        ]
        if method == "put":
            out += [
                "      requestBody:",
                "        required: true",
                "        content:",
                "          application/json:",
                "            schema:",
                "              $ref: '#/components/schemas/Item'",
            ]
        out += [
            "      responses:",
            "        '200':",
            "          description: The item.",
            "          content:",
            "            application/json:",
            "              schema:",
            "                $ref: '#/components/schemas/Item'",
            "        '403':",
            "          description: The token lacks the scope.",
            "      security:",
            f"        - oauth: ['{action}:{res}']",
        ]
    out += [
        "components:",
        "  schemas:",
        "    Item:",
        "      type: object",
        "      required: [id]",
        "      properties:",
        "        id:",
        "          type: string",
        "        name:",
        "          type: string",
        "  securitySchemes:",
        "    oauth:",
        "      type: oauth2",
        "      description: OAuth 2.0 authorization code flow.",
        "      flows:",
        "        authorizationCode:",
        "          authorizationUrl: https://auth.example.com/authorize",
        "          tokenUrl: https://auth.example.com/token",
        "          scopes:",
    ]
    for i in range(n):
        r, write = divmod(i, 2)
        res = resource(r)
        out.append(f"            '{'write' if write else 'read'}:{res}': "
                   f"{'Create, change and delete' if write else 'Read'} {res.replace('_', ' ')}")
    return "\n".join(out) + "\n"


RULESET = 'extends: ["spectral:oas"]\n'


def iam_actions(parliament):
    """Every action of parliament's IAM definition (`service:Action`), in a fixed shuffled order,
    or None when the definition cannot be found beside the installed parliament."""
    if not parliament:
        return None
    try:
        first = Path(parliament).read_text(errors="replace").splitlines()[0]
        python = first[2:].strip().split()[0] if first.startswith("#!") else sys.executable
        where = subprocess.run([python, "-c", "import parliament, os; print(os.path.dirname(parliament.__file__))"],
                               capture_output=True, text=True, check=True).stdout.strip()
        services = json.loads((Path(where) / "iam_definition.json").read_text())
    except (OSError, IndexError, ValueError, subprocess.CalledProcessError):
        return None
    actions = sorted(f"{s['prefix']}:{p['privilege']}" for s in services for p in s["privileges"])
    random.Random(13).shuffle(actions)
    return actions


def iam_policy(n, actions):
    """An IAM policy naming n actions, 10 per statement, Resource "*"."""
    statements = []
    for k in range((n + 9) // 10):
        names = [actions[(10 * k + j) % len(actions)] for j in range(min(10, n - 10 * k))]
        statements.append({"Sid": f"Statement{k:06d}", "Effect": "Allow", "Action": names, "Resource": "*"})
    return json.dumps({"Version": "2012-10-17", "Statement": statements}, indent=2) + "\n"


# ---------------------------------------------------------------------------------------------
# running


def run_timed(args, timeout, stdin_path=None):
    """One run, output discarded; seconds. posix_spawn (absolute path, close_fds=False) keeps the
    fork of this interpreter out of the timing. Raises Timeout past `timeout` seconds."""
    args = [str(a) for a in args]
    args[0] = shutil.which(args[0]) or args[0]
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                close_fds=False, env=dict(os.environ, **ENV))
        killed = []
        timer = threading.Timer(timeout, lambda: (killed.append(1), proc.kill()))
        timer.start()
        _, status, _ = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        timer.cancel()
        stderr = proc.stderr.read().decode(errors="replace")
        proc.stderr.close()
    finally:
        if stdin_path:
            stdin.close()
    if killed:
        raise Timeout()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise RuntimeError(f"{' '.join(args)} exited {code}: {stderr.strip()[-2000:]}")
    return elapsed


def run_warm(args, timeout, work, stdin_path=None):
    """The untimed warm-up: one run under GNU time. Returns (seconds, peak RSS in MiB or None,
    stdout text). GNU time forks from its own ~1 MiB process, so the peak is the command's own."""
    rss_file = work / "rss.txt"
    timed = ["/usr/bin/time", "-f", "%M", "-o", str(rss_file)] if os.path.exists("/usr/bin/time") else []
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        # A session of its own, so that a timeout ends GNU time and the command together.
        proc = subprocess.Popen([*timed, *map(str, args)], stdin=stdin, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True, env=dict(os.environ, **ENV))
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
            proc.communicate()
            raise Timeout() from None
        elapsed = time.perf_counter() - start
    finally:
        if stdin_path:
            stdin.close()
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(map(str, args))} exited {proc.returncode}: "
                           f"{err.decode(errors='replace').strip()[-2000:]}")
    rss = None
    if timed:
        try:
            rss = int(rss_file.read_text().strip().splitlines()[-1]) / 1024.0
        except (OSError, ValueError, IndexError):
            pass
    return elapsed, rss, out.decode(errors="replace")


def count_findings(kind, out):
    """How many findings a command's JSON output holds (None when it cannot be read)."""
    try:
        if kind == "spectral":
            return len(json.loads(out))
        if kind == "parliament":
            return sum(1 for line in out.splitlines() if line.strip().startswith("{"))
        doc = json.loads(out)
        if isinstance(doc, dict):
            for key in ("findings", "diagnostics", "results"):
                if isinstance(doc.get(key), list):
                    return len(doc[key])
            if isinstance(doc.get("summary"), dict) and "total" in doc["summary"]:
                return doc["summary"]["total"]
        if isinstance(doc, list):
            return len(doc)
    except ValueError:
        pass
    return None


class Cmd:
    def __init__(self, key, label, args, stdin=None, peer_of=None, unit="scopes"):
        self.key, self.label, self.args, self.stdin, self.peer_of, self.unit = key, label, args, stdin, peer_of, unit
        self.times, self.warm, self.rss, self.findings = [], None, None, None
        self.timed_out, self.missing, self.runs, self.slow = False, None, 0, False

    def median(self):
        return statistics.median(self.times) if self.times else None


def measure_size(n, cmds, args, work):
    """The warm-ups, then `runs` rounds by turns. A command that timed out is not run again."""
    for c in cmds:
        if c.missing:
            continue
        print(f"peers: {n:,}: warm-up {c.label} …", file=sys.stderr, flush=True)
        try:
            c.warm, c.rss, out = run_warm(NICE + c.args, args.timeout, work, c.stdin)
            c.findings = count_findings(c.key.split("-")[0], out)
        except Timeout:
            c.timed_out = True
            continue
        c.slow = c.warm > args.slow
        c.runs = min(args.runs, args.slow_runs) if c.slow else args.runs
    for i in range(max((c.runs for c in cmds), default=0)):
        for c in cmds:
            if c.missing or c.timed_out or i >= c.runs:
                continue
            try:
                c.times.append(run_timed(NICE + c.args, args.timeout, c.stdin))
            except Timeout:
                c.timed_out = True


# ---------------------------------------------------------------------------------------------
# peers


def find_peer(peers_dir, local, name):
    path = peers_dir / local
    if path.exists():
        return str(path)
    return shutil.which(name)


def install_peers(peers_dir, want):
    """npm / pip installs into peers_dir, outside the repository. Returns {name: error or None}."""
    errors = {}
    peers_dir.mkdir(parents=True, exist_ok=True)
    if "spectral" in want:
        r = subprocess.run(NICE + ["npm", "install", "--prefix", str(peers_dir), "@stoplight/spectral-cli"],
                           capture_output=True, text=True)
        errors["spectral"] = None if r.returncode == 0 else (r.stderr.strip().splitlines() or ["npm failed"])[-1]
    if "parliament" in want:
        venv = peers_dir / "venv"
        r = subprocess.run([sys.executable, "-m", "venv", str(venv)], capture_output=True, text=True)
        if r.returncode == 0:
            r = subprocess.run(NICE + [str(venv / "bin" / "pip"), "install", "-q", "parliament"],
                               capture_output=True, text=True)
        errors["parliament"] = None if r.returncode == 0 else (r.stderr.strip().splitlines() or ["pip failed"])[-1]
    return errors


def version(args):
    try:
        r = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=60)
        return (r.stdout.strip() or r.stderr.strip()).splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return None


# ---------------------------------------------------------------------------------------------
# report


def cell_time(c):
    if c.missing:
        return "not installed"
    if c.timed_out:
        return "> 600 s" if not c.times else f"> 600 s (after {len(c.times)} runs)"
    m = c.median()
    return ms(m) if m is not None else ""


def per_item(c, n):
    m = c.median()
    if m is None or c.timed_out:
        return ""
    return f"{m / n * 1e6:.1f} µs"


def ratio(c, base):
    if c.missing:
        return ""
    if c.timed_out and base.median():
        return f"> {600 / base.median():.0f}x"
    if c.median() is None or not base.median():
        return ""
    return f"**{c.median() / base.median():.1f}x**"


def table(results):
    """results: [(n, [Cmd, ...])]."""
    lines = ["| command | size | median | runs | per scope / action | peak RSS | findings | peer / scopectl |",
             "|---|---|---|---|---|---|---|---|"]
    for n, cmds in results:
        by_key = {c.key: c for c in cmds}
        for c in cmds:
            base = by_key.get(c.peer_of) if c.peer_of else None
            runs = "" if c.missing or c.runs == 0 else f"{len(c.times)}" + (" (slow: fewer runs)" if c.slow else "")
            lines.append("| " + " | ".join([
                c.label, f"{n:,} {c.unit}", cell_time(c), runs, per_item(c, n),
                f"{c.rss:.0f} MiB" if c.rss is not None else "",
                "" if c.findings is None else f"{c.findings:,}",
                ratio(c, base) if base else "",
            ]) + " |")
    return "\n".join(lines)


def goal_lines(results):
    """Issue 13: lint of 10k and 100k scopes at least 10x faster than each peer."""
    out = []
    for n, cmds in results:
        if n < 10_000:
            continue
        by_key = {c.key: c for c in cmds}
        for c in cmds:
            base = by_key.get(c.peer_of) if c.peer_of else None
            if not base or c.missing:
                continue
            if c.timed_out:
                met = base.median() is not None and 600 / base.median() >= 10
                out.append(f"- {n:,}: {c.key.split('-')[0]} over 600 s against scopectl's {ms(base.median())}: "
                           f"{'met' if met else 'not known'}")
            elif c.median() and base.median():
                r = c.median() / base.median()
                out.append(f"- {n:,}: {c.key.split('-')[0]} / scopectl = {r:.1f}x: "
                           f"{'met' if r >= 10 else '**not met**'}")
    return out


def render(results, versions, notes, commands, args):
    today = datetime.date.today().isoformat()
    out = [
        SECTION,
        "",
        f"`python3 bench/peers.py --write` (issue 13). Measured {today} on {machine()}. Each command "
        f"gets one untimed warm-up run (which gives the peak RSS, from GNU time) and then {args.runs} "
        "timed runs by turns with the others of its size, all under `nice -n 10`; the figure is the "
        "median. The script's docstring describes the generated inputs.",
        "",
        "- **Spectral** lints the same OpenAPI 3.0 document as `scopectl lint --openapi`: N scopes in one "
        "authorizationCode flow, N/10 operations (GET with the read scope or PUT with the write scope of "
        "a resource), with the `spectral:oas` ruleset. Both are asked for JSON output. The same job, "
        "different rules: Spectral checks the whole document against OpenAPI's schema and style rules, "
        "scopectl the scopes and what each operation requires.",
        "- **parliament** lints AWS IAM policies, not OAuth scopes: here a policy naming N real IAM "
        "actions, 10 per statement, `Resource: \"*\"` (at 100k the 19,050 actions of its IAM definition "
        "repeat), against `scopectl lint` of a scopes.toml of N scopes and N/10 operations "
        "(`scopectl import openapi` of the same document). **The inputs differ in kind**: this compares "
        "throughput per permission named, not the same checks.",
        "",
        table(results),
        "",
        "Findings are as each tool counts them. The document is clean under `spectral:oas` (no Spectral "
        "finding, so it does all its work and reports none); scopectl reports each scope no operation "
        "uses (P005: with one operation per 10 scopes, 9 in 10 of them), and on scopes.toml also M002-M004 "
        "(no resource, actions or sensitivity: fields an OpenAPI document cannot hold, which `lint --openapi` "
        "skips), so the scopes.toml runs write about four times more output. parliament reports "
        "about one finding per statement (RESOURCE_STAR: `Resource: \"*\"` where an action could be bounded).",
        "",
    ]
    goals = goal_lines(results)
    if goals:
        out += ["Issue 13's goal, lint of 10k and 100k scopes at least 10x faster than each peer:", "", *goals, ""]
    if notes:
        out += [*[f"- {note}" for note in notes], ""]
    out += ["Versions: " + "; ".join(f"{k} {v}" for k, v in versions.items()) + ".", "", "Commands, for each size:", "",
            "```", *commands, "```", ""]
    return "\n".join(out)


def write_section(text):
    """Replaces the `## peers` section of BENCHMARKS.md (up to the next `## ` heading or the bench
    markers), or adds it just before the markers that bench.py rewrites."""
    path = ROOT / "BENCHMARKS.md"
    doc = path.read_text()
    pattern = re.compile(r"^" + re.escape(SECTION) + r"\n.*?(?=^## |^<!-- bench:begin -->|\Z)", re.S | re.M)
    if pattern.search(doc):
        doc = pattern.sub(lambda _: text + "\n", doc, count=1)
    elif "<!-- bench:begin -->" in doc:
        doc = doc.replace("<!-- bench:begin -->", text + "\n<!-- bench:begin -->", 1)
    else:
        doc = doc.rstrip("\n") + "\n\n" + text
    path.write_text(doc)


# ---------------------------------------------------------------------------------------------


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000], help="numbers of scopes")
    p.add_argument("--runs", type=int, default=5, help="timed runs per command and size (median)")
    p.add_argument("--slow", type=float, default=60.0,
                   help="a command whose warm-up takes longer than this (seconds) gets --slow-runs runs")
    p.add_argument("--slow-runs", type=int, default=3)
    p.add_argument("--timeout", type=float, default=600.0, help="stop a run after this many seconds")
    p.add_argument("--peers", type=Path, default=Path("/tmp/peers"), help="where the peers are installed")
    p.add_argument("--install", action="store_true", help="install missing peers into --peers (npm, pip)")
    p.add_argument("--write", action="store_true", help="replace the `## peers` section of BENCHMARKS.md")
    p.add_argument("--work", type=Path, help="keep generated inputs here (default: a temp dir)")
    args = p.parse_args()

    if not BIN.exists():
        sys.exit(f"peers: {BIN} is missing: build it first (cargo build --release --locked)")
    spectral = find_peer(args.peers, "node_modules/.bin/spectral", "spectral")
    parliament = find_peer(args.peers, "venv/bin/parliament", "parliament")
    notes, install_errors = [], {}
    if args.install and (not spectral or not parliament):
        want = [k for k, v in [("spectral", spectral), ("parliament", parliament)] if not v]
        install_errors = install_peers(args.peers, want)
        spectral = find_peer(args.peers, "node_modules/.bin/spectral", "spectral")
        parliament = find_peer(args.peers, "venv/bin/parliament", "parliament")
    for name, path, how in [("Spectral", spectral, "npm install --prefix /tmp/peers @stoplight/spectral-cli"),
                            ("parliament", parliament, "pip install parliament")]:
        if not path:
            why = install_errors.get(name.lower())
            notes.append(f"{name} could not be {'installed' if args.install else 'found'} ({how}"
                         f"{': ' + why if why else ''}); it has no figures here.")
    actions = iam_actions(parliament)
    if parliament and not actions:
        notes.append("parliament's IAM definition was not found, so parliament was not run.")
        parliament = None

    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    built = BIN.stat()
    stamp = datetime.datetime.fromtimestamp(built.st_mtime, datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    versions = {"scopectl": (version([BIN, "--version"]) or "?").replace("scopectl ", "")
                + f" (`target/release/scopectl` built {stamp}"
                + (f", HEAD {head.stdout.strip()} when measured)" if head.returncode == 0 else ")")}
    if subprocess.run(["pgrep", "-f", "bench/bench.py"], capture_output=True).returncode == 0:
        notes.append("bench/bench.py was running when this run started: its builds and runs shared the machine.")
    load_start = os.getloadavg()[0]
    if spectral:
        versions["Spectral (@stoplight/spectral-cli)"] = version([spectral, "--version"]) or "?"
        versions["Node.js"] = version(["node", "--version"]) or "?"
    if parliament:
        versions["parliament"] = (version([parliament, "--version"]) or "?").replace("parliament ", "")
        first = Path(parliament).read_text(errors="replace").splitlines()[0]
        if first.startswith("#!"):
            versions["its Python"] = (version([first[2:].strip().split()[0], "--version"]) or "?").replace("Python ", "")
        versions["IAM actions in its definition"] = f"{len(actions):,}"

    work = args.work or Path(tempfile.mkdtemp(prefix="scopectl-peers-"))
    work.mkdir(parents=True, exist_ok=True)
    (work / "ruleset.yaml").write_text(RULESET)
    results = []
    try:
        for n in args.sizes:
            d = work / f"n{n}"
            d.mkdir(exist_ok=True)
            spec, toml, policy = d / "spec.yaml", d / "scopes.toml", d / "policy.json"
            spec.write_text(openapi_spec(n))
            subprocess.run([BIN, "-q", "import", "openapi", spec, "-o", toml],
                           check=True, stdout=subprocess.DEVNULL, env=dict(os.environ, **ENV))
            if actions:
                policy.write_text(iam_policy(n, actions))
            cmds = [
                Cmd("scopectl-openapi", "`scopectl lint --openapi spec.yaml`",
                    [BIN, "lint", "--openapi", spec, "--format", "json", "--fail-on", "never"]),
                Cmd("spectral", "`spectral lint spec.yaml` (spectral:oas)",
                    [spectral or "spectral", "lint", spec, "--ruleset", work / "ruleset.yaml", "--format", "json",
                     "--quiet"], peer_of="scopectl-openapi"),
                Cmd("scopectl-toml", "`scopectl lint scopes.toml`",
                    [BIN, "lint", toml, "--format", "json", "--fail-on", "never"]),
                Cmd("parliament", "`parliament < policy.json` (IAM)",
                    [parliament or "parliament", "--json"], stdin=policy, peer_of="scopectl-toml", unit="actions"),
            ]
            cmds[1].missing = None if spectral else "not installed"
            cmds[3].missing = None if parliament else "not installed"
            measure_size(n, cmds, args, d)
            if BIN.stat().st_mtime != built.st_mtime:
                notes.append(f"**{BIN} was rebuilt during the run (at {n:,} scopes or before)**: its figures from "
                             "then on mix two builds; run again.")
                built = BIN.stat()
            results.append((n, cmds))
            for c in cmds:
                if c.slow:
                    notes.append(f"{c.label} at {n:,} took {c.warm:.0f} s in its warm-up, so it had "
                                 f"{c.runs} timed runs instead of {args.runs}.")
                if c.timed_out:
                    notes.append(f"{c.label} at {n:,} was stopped after {args.timeout:.0f} s.")
            print(table([(n, cmds)]), file=sys.stderr, flush=True)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)

    notes.append(f"Load average (1 min) {load_start:.2f} at the start, {os.getloadavg()[0]:.2f} at the end "
                 "(2 cores, shared).")
    commands = [
        "scopectl import openapi spec.yaml -o scopes.toml            # once, to make scopes.toml",
        "scopectl lint --openapi spec.yaml --format json --fail-on never",
        "spectral lint spec.yaml --ruleset ruleset.yaml --format json --quiet   # ruleset.yaml: "
        + RULESET.strip(),
        "scopectl lint scopes.toml --format json --fail-on never",
        "parliament --json < policy.json",
        "# each as `nice -n 10 COMMAND`, output to /dev/null, SCOPECTL_TODAY=2026-11-29",
    ]
    text = render(results, versions, notes, commands, args)
    print(text)
    if args.write:
        write_section(text)
        print("peers: wrote the section to BENCHMARKS.md", file=sys.stderr)


if __name__ == "__main__":
    main()
