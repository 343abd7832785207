//! `scopectl log`, `verify` and `tag`, including tamper evidence.

use rusqlite::Connection;

use crate::TestEnv;

#[test]
fn every_mutation_is_logged_with_actor_and_before_after() {
    let env = TestEnv::seeded();
    let log = env.json(&["log", "--format", "json"]);
    let entries = log.as_array().unwrap();
    assert_eq!(entries.len(), 9, "3 scopes, 1 role, 2 grants, 1 client, 2 feature sets: {log:#}");
    assert_eq!(entries[0]["seq"], 1);
    assert_eq!(entries[0]["actor"], "tester");
    assert_eq!(entries[0]["command"], "scope define");
    assert_eq!(entries[0]["entity_kind"], "scope");
    assert!(entries[0]["before"].is_null());
    assert_eq!(entries[0]["after"]["name"], "view_lab_results");
    assert_eq!(entries[5]["entity"], "nurse read_all_data");

    let grants = env.json(&["log", "--entity", "grant:nurse read_all_data", "--format", "json"]);
    assert_eq!(grants.as_array().unwrap().len(), 1);
    // A bare name matches the entity and the grants that name it.
    let about = env.json(&["log", "--entity", "nurse", "--format", "json"]);
    assert_eq!(about.as_array().unwrap().len(), 3);
    assert_eq!(env.json(&["log", "-n", "2", "--format", "json"])[0]["seq"], 8);
    assert!(env.json(&["log", "--actor", "someone-else", "--format", "json"]).as_array().unwrap().is_empty());
    assert_eq!(env.json(&["log", "--since", "2000-01-01", "--format", "json"]).as_array().unwrap().len(), 9);
    assert!(env.json(&["log", "--since", "2999-01-01T00:00:00Z", "--format", "json"]).as_array().unwrap().is_empty());
    assert!(env.refused(&["log", "--since", "yesterday"]).contains("neither a date"));

    let cmd = env.cmd().args(["log", "--actor", "alice"]).env("SCOPECTL_ACTOR", "alice").output().unwrap();
    assert!(cmd.status.success());
    env.cmd().args(["role", "create", "auditor"]).env("SCOPECTL_ACTOR", "alice").assert().success();
    env.ok(&["role", "create", "clerk", "--actor", "bob"]);
    assert_eq!(env.json(&["log", "--actor", "alice", "--format", "json"])[0]["entity"], "auditor");
    assert_eq!(env.json(&["log", "--actor", "bob", "--format", "json"])[0]["entity"], "clerk");
}

#[test]
fn verify_passes_on_an_untouched_catalog() {
    let env = TestEnv::seeded();
    let out = env.ok(&["verify"]);
    assert!(out.starts_with("ok: 9 change-log entries, hash chain intact"), "{out}");
    let json = env.json(&["verify", "--format", "json"]);
    assert_eq!(json["ok"], true);
    assert_eq!(json["entries"], 9);
}

fn tampered(sql: &str) -> (TestEnv, serde_json::Value) {
    let env = TestEnv::seeded();
    Connection::open(env.db()).unwrap().execute_batch(sql).unwrap();
    let out = env.run(&["verify", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "verify must fail after: {sql}");
    (env, serde_json::from_slice(&out.stdout).unwrap())
}

#[test]
fn verify_finds_an_edited_entry() {
    let (env, report) = tampered(
        r#"UPDATE changelog SET after = replace(after, '"actions":["read"]', '"actions":["read","delete"]') WHERE seq = 3"#,
    );
    assert_eq!(report["problems"][0]["seq"], 3);
    let human = String::from_utf8(env.run(&["verify"]).stdout).unwrap();
    assert!(human.starts_with("FAILED") && human.contains("entry 3"), "{human}");
}

#[test]
fn verify_finds_an_edited_actor() {
    let (_, report) = tampered("UPDATE changelog SET actor = 'mallory' WHERE seq = 7");
    assert_eq!(report["problems"][0]["seq"], 7);
}

#[test]
fn verify_finds_a_deleted_entry() {
    let (_, report) = tampered("DELETE FROM changelog WHERE seq = 5");
    assert_eq!(report["problems"][0]["seq"], 5);
    assert!(report["problems"][0]["problem"].as_str().unwrap().contains("missing"));
}

#[test]
fn verify_finds_swapped_entries() {
    let (_, report) = tampered(
        "UPDATE changelog SET seq = -1 WHERE seq = 4;
         UPDATE changelog SET seq = 4 WHERE seq = 6;
         UPDATE changelog SET seq = 6 WHERE seq = -1;",
    );
    assert_eq!(report["problems"][0]["seq"], 4);
}

#[test]
fn verify_finds_a_rehashed_insertion() {
    // An inserted row with a made-up hash breaks the chain where it was inserted.
    let (_, report) = tampered(
        "UPDATE changelog SET seq = seq + 1000 WHERE seq >= 8;
         UPDATE changelog SET seq = seq - 999 WHERE seq >= 1000;
         INSERT INTO changelog (seq, ts, actor, command, entity_kind, entity, before, after, hash)
         VALUES (8, '2026-11-29T00:00:00Z', 'mallory', 'role grant', 'grant', 'nurse x', NULL, '{}', 'abc');",
    );
    assert_eq!(report["problems"][0]["seq"], 8);
}

#[test]
fn tags_name_points_in_the_log() {
    let env = TestEnv::seeded();
    env.ok(&["tag", "create", "2026.11", "--message", "First reviewed set"]);
    assert!(env.refused(&["tag", "create", "2026.11"]).contains("already exists"));
    assert!(env.refused(&["tag", "create", "bad tag"]).contains("invalid tag name"));
    let tags = env.json(&["tag", "list", "--format", "json"]);
    assert_eq!(tags[0]["name"], "2026.11");
    assert_eq!(tags[0]["seq"], 10);
    assert_eq!(tags[0]["message"], "First reviewed set");
    let log = env.json(&["log", "--entity", "tag:2026.11", "--format", "json"]);
    assert_eq!(log[0]["after"]["message"], "First reviewed set");
    assert!(env.ok(&["verify"]).starts_with("ok: 10"));
}

#[test]
fn verify_notices_truncation_behind_a_tag() {
    let env = TestEnv::seeded();
    env.ok(&["tag", "create", "v1"]);
    Connection::open(env.db()).unwrap().execute("DELETE FROM changelog WHERE seq >= 10", []).unwrap();
    let out = env.run(&["verify"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("tag `v1` points past the end"));
}

#[test]
fn a_kept_checkpoint_catches_truncation() {
    let env = TestEnv::seeded();
    let cp = env.ok(&["log", "checkpoint"]);
    assert!(cp.starts_with("9 ") && cp.len() == 2 + 64 + 1, "{cp:?}");
    let file = env.write("checkpoint.txt", &cp);
    let json = env.write("checkpoint.json", &env.ok(&["log", "checkpoint", "--format", "json"]));
    env.ok(&["role", "create", "later"]);
    env.ok(&["verify", "--against", file.to_str().unwrap()]);

    // Cut off the newest entries: the chain that is left is valid, the checkpoint is not.
    Connection::open(env.db()).unwrap().execute("DELETE FROM changelog WHERE seq >= 8", []).unwrap();
    assert!(env.ok(&["verify"]).starts_with("ok: 7"));
    for path in [&file, &json] {
        let out = env.run(&["verify", "--against", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1));
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("entry 8: the checkpoint covers 9 entries but the log ends at entry 7"), "{text}");
    }
    let bad = env.write("bad.txt", "nine abc\n");
    assert!(env.refused(&["verify", "--against", bad.to_str().unwrap()]).contains("invalid checkpoint"));
    assert!(env.refused(&["verify", "--against", "missing.txt"]).contains("cannot read the checkpoint"));
}
