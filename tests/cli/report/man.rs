//! `scopectl man`: one page per command, linted by mandoc.

use super::have;
use crate::TestEnv;

#[test]
fn man_writes_one_linted_page_per_command() {
    let env = TestEnv::new();
    let out = env.cmd().args(["man", "--out", "man"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stdout.is_empty());
    let dir = env.path().join("man");
    let mut names: Vec<String> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    for expected in
        ["scopectl.1", "scopectl-scope.1", "scopectl-scope-define.1", "scopectl-report-matrix.1", "scopectl-man.1"]
    {
        assert!(names.iter().any(|n| n == expected), "{expected} missing from {names:?}");
    }
    assert!(names.iter().all(|n| n.starts_with("scopectl") && n.ends_with(".1") && !n.contains("help")), "{names:?}");
    let define = std::fs::read_to_string(dir.join("scopectl-scope-define.1")).unwrap();
    assert!(define.contains(&format!(".TH SCOPECTL-SCOPE-DEFINE 1 {}", crate::TODAY)), "{define}");
    assert!(!env.db().exists(), "man pages need no catalog");

    if have("mandoc") {
        let lint = std::process::Command::new("mandoc")
            .args(["-T", "lint", "-W", "warning"])
            .args(names.iter().map(|n| dir.join(n)))
            .output()
            .unwrap();
        assert!(
            lint.status.success(),
            "mandoc -T lint:\n{}{}",
            String::from_utf8_lossy(&lint.stdout),
            String::from_utf8_lossy(&lint.stderr)
        );
    }
}
