//! Eight processes x 500 mixed mutations on one catalog: every command succeeds, no update is
//! lost (the final state is the serial sum), and the change log's chain is valid.

use std::process::Command;

use crate::TestEnv;

const WORKERS: usize = 8;
const N: usize = 100;

/// The 500 commands of worker `w`: 100 scope defines, 100 updates, 100 grants to a role every
/// worker shares, 50 revokes, 100 client feature sets, 50 tags.
fn script(w: usize) -> Vec<Vec<String>> {
    let s = |i: usize| format!("w{w}_scope_{i:03}");
    let mut cmds: Vec<Vec<String>> = Vec::new();
    let mut push = |args: &[&str]| cmds.push(args.iter().map(|a| (*a).to_owned()).collect());
    for i in 0..N {
        push(&["scope", "define", &s(i), "--description", "first"]);
    }
    for i in 0..N {
        push(&["scope", "update", &s(i), "--description", "second", "--sensitivity", "phi"]);
    }
    for i in 0..N {
        push(&["role", "grant", "shared", &s(i), "--justification", &format!("worker {w}")]);
    }
    for i in (0..N).step_by(2) {
        push(&["role", "revoke", "shared", &s(i)]);
    }
    for i in 0..N {
        push(&["client", "feature", "set", &format!("client_{w}"), &format!("feature_{i:03}"), &s(i)]);
    }
    for i in 0..N / 2 {
        push(&["tag", "create", &format!("w{w}_tag_{i:02}")]);
    }
    cmds
}

#[test]
fn eight_writers_lose_nothing() {
    let env = TestEnv::new();
    env.ok(&["role", "create", "shared", "-q"]);
    for w in 0..WORKERS {
        env.ok(&["client", "create", &format!("client_{w}"), "-q"]);
    }
    let setup_entries = 1 + WORKERS;
    let bin = assert_cmd::cargo::cargo_bin("scopectl");
    let handles: Vec<_> = (0..WORKERS)
        .map(|w| {
            let bin = bin.clone();
            let db = env.db();
            std::thread::spawn(move || {
                let mut failures = Vec::new();
                let cmds = script(w);
                assert_eq!(cmds.len(), 500);
                for args in cmds {
                    let out = Command::new(&bin)
                        .args(&args)
                        .arg("-q")
                        .env_clear()
                        .env("SCOPECTL_DB", &db)
                        .env("SCOPECTL_ACTOR", format!("worker{w}"))
                        .env("SCOPECTL_TODAY", crate::TODAY)
                        .output()
                        .unwrap();
                    if !out.status.success() {
                        failures.push(format!("{args:?}: {}", String::from_utf8_lossy(&out.stderr)));
                    }
                }
                failures
            })
        })
        .collect();
    let failures: Vec<String> = handles.into_iter().flat_map(|h| h.join().unwrap()).collect();
    assert!(failures.is_empty(), "{} of {} commands failed; first: {}", failures.len(), WORKERS * 500, failures[0]);

    let scopes = env.json(&["scope", "list", "--format", "json"]);
    let scopes = scopes.as_array().unwrap();
    assert_eq!(scopes.len(), WORKERS * N);
    assert!(scopes.iter().all(|s| s["version"] == 2 && s["description"] == "second" && s["sensitivity"] == "phi"));
    let shared = env.json(&["role", "show", "shared", "--format", "json"]);
    assert_eq!(shared["grants"].as_array().unwrap().len(), WORKERS * N / 2);
    for w in 0..WORKERS {
        let client = env.json(&["client", "show", &format!("client_{w}"), "--format", "json"]);
        assert_eq!(client["features"].as_object().unwrap().len(), N, "client_{w}");
    }
    assert_eq!(env.json(&["tag", "list", "--format", "json"]).as_array().unwrap().len(), WORKERS * N / 2);
    let report = env.json(&["verify", "--format", "json"]);
    assert_eq!(report["ok"], true, "{report:#}");
    assert_eq!(report["entries"], setup_entries + WORKERS * 500);
}
