//! The bad-input corpus: every file under `tests/corpus/` (listed with the phrase its error must
//! contain in `tests/corpus/expect.tsv`), and the inputs that cannot live in git — invalid UTF-8,
//! raw NUL bytes, a 10 MB scope name, deep nesting, a directory, a named pipe, a device, an
//! unreadable file — fed to every reader: scope sets (`apply`, `plan`, `lint`, `diff`), access
//! logs (`audit import --strict`) and the importers. Each must exit 2 with an `error:` sentence
//! first (then, for a file that was read, only `path:line:col` problems), never panic or print a
//! backtrace, and leave the catalog exactly as it was (export, change log and audit events
//! compared before and after). Command-line arguments and catalog files are in `hostile.rs`.

use std::path::{Path, PathBuf};

use crate::TestEnv;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// The commands that read a file of `reader`'s kind.
fn commands(reader: &str, file: &str) -> Vec<Vec<String>> {
    let cases: Vec<Vec<&str>> = match reader {
        "scopes_toml" => {
            vec![vec!["apply", file], vec!["plan", file], vec!["lint", file], vec!["diff", file, "catalog"]]
        }
        // Named by content, not extension, so that `/proc/self/mem` is read rather than refused by name.
        "access_log" if !file.contains(".csv") => {
            vec![vec!["audit", "import", "--strict", "--input-format", "jsonl", file]]
        }
        "access_log" => vec![vec!["audit", "import", "--strict", file]],
        "keycloak" => vec![vec!["import", "keycloak", file, "--apply"], vec!["import", "keycloak", file]],
        "auth0" => vec![vec!["import", "auth0", file, "--apply"], vec!["import", "auth0", file]],
        "openapi" => vec![vec!["import", "openapi", file, "--apply"], vec!["lint", "--openapi", file]],
        other => panic!("tests/corpus/{other}: no reader is known for this directory"),
    };
    cases.into_iter().map(|c| c.into_iter().map(str::to_owned).collect()).collect()
}

/// Everything a refused command must not change.
fn state(env: &TestEnv) -> String {
    let mut state = env.ok(&["export", "--format", "json"]);
    state.push_str(&env.ok(&["log", "--format", "json"]));
    state.push_str(&env.ok(&["audit", "stats", "--format", "json"]));
    state
}

/// Runs `args` and checks the refusal contract; `label` is how the file is named in messages.
fn refused(env: &TestEnv, args: &[String], label: &str, expect: &str) {
    let out = env.cmd().args(args).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let context = format!("scopectl {}\nstdout:\n{stdout}\nstderr:\n{stderr}", args.join(" "));
    assert_eq!(out.status.code(), Some(2), "expected exit 2: {context}");
    assert!(stderr.starts_with("error: "), "stderr must start with `error: `: {context}");
    for banned in ["panicked", "RUST_BACKTRACE", "stack backtrace"] {
        assert!(!stderr.contains(banned) && !stdout.contains(banned), "{banned}: {context}");
    }
    // After the sentence, only located problems of the file itself.
    for line in stderr.lines().skip(1) {
        assert!(line.starts_with(&format!("{label}:")), "unexpected stderr line {line:?}: {context}");
    }
    // lint reports a file that does not load as E001 diagnostics on stdout; others print nothing.
    if args[0] != "lint" {
        assert!(stdout.is_empty(), "stdout must be empty: {context}");
    }
    assert!(stderr.len() + stdout.len() < 16_384, "the report of a hostile input must stay short: {context}");
    assert!(stderr.contains(expect) || stdout.contains(expect), "expected {expect:?}: {context}");
}

fn check_all(env: &TestEnv, reader: &str, path: &Path, expect: &str) {
    let file = path.to_str().unwrap();
    let before = state(env);
    for args in commands(reader, file) {
        refused(env, &args, file, expect);
    }
    assert_eq!(state(env), before, "{file} changed the catalog");
}

#[test]
fn every_file_of_the_corpus_is_refused_cleanly() {
    let env = TestEnv::seeded();
    let listed = std::fs::read_to_string(corpus().join("expect.tsv")).unwrap();
    let mut seen = Vec::new();
    for line in listed.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let (file, expect) = line.split_once('\t').expect("expect.tsv: FILE<TAB>PHRASE");
        let reader = file.split('/').next().unwrap();
        check_all(&env, reader, &corpus().join(file), expect);
        seen.push(file.to_owned());
    }
    // Every file on disk is listed, so none is silently skipped.
    for dir in std::fs::read_dir(corpus()).unwrap() {
        let dir = dir.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        for f in std::fs::read_dir(&dir).unwrap() {
            let f = f.unwrap().path();
            let rel = f.strip_prefix(corpus()).unwrap().to_str().unwrap().to_owned();
            assert!(seen.contains(&rel), "{rel} is not listed in tests/corpus/expect.tsv");
        }
    }
    assert!(seen.len() >= 69, "the file corpus shrank to {}", seen.len());
}

/// A file that exists but cannot be read. Root reads any file whatever its mode (CI runs as root),
/// so there `/proc/self/mem` stands in: reading it from offset 0 fails with EIO.
fn unreadable(env: &TestEnv, name: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = env.write(name, "[scopes.view_labs]\n");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() { PathBuf::from("/proc/self/mem") } else { path }
}

fn fifo(env: &TestEnv, name: &str) -> PathBuf {
    let path = env.path().join(name);
    assert!(std::process::Command::new("mkfifo").arg(&path).status().unwrap().success());
    path
}

/// Inputs every reader must refuse, written at test time because git should not hold them.
fn generated(env: &TestEnv, ext: &str) -> Vec<(PathBuf, &'static str)> {
    let raw = |name: &str, bytes: Vec<u8>| {
        let path = env.path().join(format!("{name}.{ext}"));
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let dir = env.path().join(format!("a-directory.{ext}"));
    std::fs::create_dir_all(&dir).unwrap();
    vec![
        (dir, "it is a directory"),
        (fifo(env, &format!("named-pipe.{ext}")), "named pipe"),
        (PathBuf::from("/dev/zero"), "it is a device"),
        (unreadable(env, &format!("unreadable.{ext}")), "cannot read"),
        (env.path().join(format!("missing.{ext}")), "no such file"),
        (raw("invalid-utf8", b"{\"a\": \"\xff\xfe\"}\n".to_vec()), "UTF-8"),
    ]
}

#[test]
fn generated_scope_sets_are_refused_cleanly() {
    let env = TestEnv::seeded();
    let write = |name: &str, text: String| {
        let path = env.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let mut cases = generated(&env, "toml");
    cases.extend([
        (write("nul.toml", "[scopes.view_labs]\ndescription = \"a\0b\"\n".into()), "invalid basic string"),
        (
            write("huge-name.toml", format!("[scopes.{}]\ndescription = \"10 MB name\"\n", "a".repeat(10_000_000))),
            "(10000000 bytes in all)",
        ),
        (write("deep-arrays.toml", format!("x = {}{}\n", "[".repeat(100_000), "]".repeat(100_000))), "recurs"),
        (write("deep-tables.toml", format!("x = {}1{}\n", "{a=".repeat(50_000), "}".repeat(50_000))), "recurs"),
        (write("deep-dotted.toml", format!("[{}]\n", vec!["a"; 20_000].join("."))), "recursion"),
    ]);
    for (path, expect) in &cases {
        let expect = if path.to_str() == Some("/proc/self/mem") { "Input/output error" } else { expect };
        check_all(&env, "scopes_toml", path, expect);
    }
}

#[test]
fn generated_access_logs_are_refused_cleanly() {
    let env = TestEnv::seeded();
    let line = |requested: &str| {
        format!(
            "{{\"ts\":\"2026-11-01T10:00:00Z\",\"client\":\"portal\",\"subject\":\"u1\",\"role\":\"nurse\",\
             \"ip\":\"10.0.0.1\",\"requested\":\"{requested}\",\"granted\":\"view_lab_results\"}}\n"
        )
    };
    let write = |name: &str, bytes: Vec<u8>| {
        let path = env.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let mut cases = generated(&env, "jsonl");
    cases.extend([
        (write("nul.jsonl", line("view\0labs").into_bytes()), "control character"),
        (write("huge-scope.jsonl", line(&"a".repeat(10_000_000)).into_bytes()), "line longer than"),
        (
            write("deep.jsonl", format!("{{\"extra\":{}{}}}\n", "[".repeat(100_000), "]".repeat(100_000)).into_bytes()),
            "missing field `ts`",
        ),
    ]);
    for (path, expect) in &cases {
        let expect = if path.to_str() == Some("/proc/self/mem") { "Input/output error" } else { expect };
        check_all(&env, "access_log", path, expect);
    }
}

#[test]
fn generated_imports_are_refused_cleanly() {
    let env = TestEnv::seeded();
    let write = |name: &str, text: String| {
        let path = env.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    for (reader, ext) in [("keycloak", "json"), ("auth0", "yaml"), ("openapi", "yaml")] {
        let mut cases = generated(&env, &format!("{reader}.{ext}"));
        let deep = if ext == "json" {
            format!("{{\"clientScopes\": {}{}}}", "[".repeat(100_000), "]".repeat(100_000))
        } else {
            format!("openapi: 3.1.0\npaths: {}{}\n", "[".repeat(100_000), "]".repeat(100_000))
        };
        cases.push((write(&format!("deep.{reader}.{ext}"), deep), ""));
        cases.push((write(&format!("nul.{reader}.{ext}"), "{\"a\0\": 1}".to_owned()), ""));
        for (path, expect) in &cases {
            let expect = match path.to_str() {
                Some("/proc/self/mem") => "Input/output error",
                // A directory is how the Deploy CLI exports a tenant: one with no tenant in it is refused.
                _ if reader == "auth0" && path.is_dir() => "holds none of the folders",
                _ => expect,
            };
            check_all(&env, reader, path, expect);
        }
    }
}
