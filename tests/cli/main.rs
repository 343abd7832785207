//! Integration tests: the real binary, run in a temporary directory with a clean environment.
//! One module per noun.

// Test helpers: a `#[must_use]` on each, or a `Default` for TestEnv, would only add noise.
#![allow(clippy::must_use_candidate, clippy::new_without_default, clippy::missing_panics_doc)]

mod audit;
mod breadth;
mod catalog;
mod client;
mod completions;
mod concurrency;
mod corpus;
mod diff;
mod hostile;
mod import_auth0;
mod import_keycloak;
mod import_openapi;
mod lint;
mod log;
mod report;
mod role;
mod scope;
mod sets;

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use tempfile::TempDir;

/// The date tests pin as "today" (`SCOPECTL_TODAY`).
pub const TODAY: &str = "2026-11-29";

/// A temporary directory with its own catalog, HOME and XDG dirs, and a clean environment.
pub struct TestEnv {
    dir: TempDir,
}

impl TestEnv {
    pub fn new() -> Self {
        TestEnv { dir: tempfile::tempdir().expect("temp dir") }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The catalog every command uses (through `SCOPECTL_DB`).
    pub fn db(&self) -> PathBuf {
        self.dir.path().join("catalog.db")
    }

    /// Writes `contents`, dedented, to `name` inside the directory.
    pub fn write(&self, name: &str, contents: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, dedent(contents)).unwrap();
        path
    }

    /// `scopectl` with a clean environment pointing inside the directory.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// The same as [`TestEnv::cmd`], as a `std::process::Command` (to spawn and pipe).
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("scopectl"));
        cmd.env_clear()
            .current_dir(self.dir.path())
            .env("HOME", self.dir.path().join("home"))
            .env("XDG_DATA_HOME", self.dir.path().join("xdg-data"))
            .env("XDG_CONFIG_HOME", self.dir.path().join("xdg-config"))
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("SCOPECTL_DB", self.db())
            .env("SCOPECTL_ACTOR", "tester")
            .env("SCOPECTL_TODAY", TODAY);
        cmd
    }

    /// Runs `scopectl ARGS` and returns its output, whatever the exit code.
    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("run scopectl")
    }

    /// Runs `scopectl ARGS`, asserts exit 0 and returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "scopectl {args:?} failed\nstdout:\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Runs `scopectl ARGS`, asserts exit `code` and returns stderr.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.run(args);
        assert_eq!(
            out.status.code(),
            Some(code),
            "scopectl {args:?}: expected exit {code}\nstdout:\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stderr).expect("utf-8 stderr")
    }

    /// Runs a refused command and asserts exit 2, one `error:` line, no panic, nothing on stdout.
    pub fn refused(&self, args: &[&str]) -> String {
        let out = self.run(args);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(2), "scopectl {args:?}: expected exit 2\nstderr:\n{stderr}");
        assert!(out.stdout.is_empty(), "scopectl {args:?} printed on stdout: {}", String::from_utf8_lossy(&out.stdout));
        assert!(stderr.starts_with("error: "), "scopectl {args:?}: stderr does not start with `error: `:\n{stderr}");
        assert!(!stderr.contains("panicked"), "scopectl {args:?} panicked:\n{stderr}");
        stderr
    }

    /// Everything in the catalog, as JSON: compare before and after a refused command.
    pub fn state(&self) -> String {
        let mut state = String::new();
        for args in [
            &["scope", "list", "--format", "json"][..],
            &["role", "list", "--format", "json"],
            &["client", "list", "--format", "json"],
            &["log", "--format", "json"],
        ] {
            state.push_str(&self.ok(args));
        }
        for role in self.names(&["role", "list", "--format", "json"]) {
            state.push_str(&self.ok(&["role", "show", &role, "--format", "json"]));
        }
        state
    }

    /// The `name` fields of a JSON listing.
    pub fn names(&self, args: &[&str]) -> Vec<String> {
        let json: serde_json::Value = serde_json::from_str(&self.ok(args)).expect("json");
        json.as_array().expect("array").iter().map(|v| v["name"].as_str().expect("name").to_owned()).collect()
    }

    /// Parses the stdout of `scopectl ARGS` as JSON.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        serde_json::from_str(&self.ok(args)).expect("json stdout")
    }

    /// A small catalog: three scopes, a role holding two, a client with two features.
    pub fn seeded() -> Self {
        let env = TestEnv::new();
        env.ok(&[
            "scope",
            "define",
            "view_lab_results",
            "--description",
            "Read lab results",
            "--resource",
            "lab_results",
            "--action",
            "read",
            "--sensitivity",
            "phi",
            "--owner",
            "lab-platform",
        ]);
        env.ok(&[
            "scope",
            "define",
            "read_medications",
            "--description",
            "Read medications",
            "--resource",
            "medications",
            "--action",
            "read",
            "--sensitivity",
            "phi",
            "--owner",
            "pharmacy",
        ]);
        env.ok(&["scope", "define", "read_all_data", "--description", "Legacy catch-all read", "--action", "read"]);
        env.ok(&["role", "create", "nurse", "--description", "Ward nurse"]);
        env.ok(&["role", "grant", "nurse", "view_lab_results", "read_all_data"]);
        env.ok(&["client", "create", "patient_portal", "--description", "Patient-facing web app"]);
        env.ok(&["client", "feature", "set", "patient_portal", "lab_report", "view_lab_results"]);
        env.ok(&["client", "feature", "set", "patient_portal", "medications", "read_medications", "view_lab_results"]);
        env
    }
}

/// Removes the common leading whitespace of the non-blank lines, and a leading newline.
pub fn dedent(text: &str) -> String {
    let text = text.strip_prefix('\n').unwrap_or(text);
    let indent =
        text.lines().filter(|l| !l.trim().is_empty()).map(|l| l.len() - l.trim_start().len()).min().unwrap_or(0);
    let mut out: String = text
        .lines()
        .map(|l| if l.len() >= indent { &l[indent..] } else { l.trim_start() })
        .collect::<Vec<_>>()
        .join("\n");
    if text.ends_with('\n') {
        out.push('\n');
    }
    out
}
