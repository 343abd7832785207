//! `scopectl completions` and the checked-in scripts under `completions/`; `--help` snapshots.

use crate::TestEnv;

const SHELLS: &[(&str, &str)] = &[
    ("bash", "scopectl.bash"),
    ("zsh", "_scopectl"),
    ("fish", "scopectl.fish"),
    ("powershell", "_scopectl.ps1"),
    ("elvish", "scopectl.elv"),
];

/// Regenerates nothing unless `SCOPECTL_BLESS=1`; otherwise fails when a checked-in script is stale.
#[test]
fn checked_in_completions_are_fresh() {
    let env = TestEnv::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let bless = std::env::var_os("SCOPECTL_BLESS").is_some();
    let mut stale = Vec::new();
    for (shell, file) in SHELLS {
        let script = env.ok(&["completions", shell]);
        assert!(script.contains("scopectl"), "{shell}");
        let path = dir.join(file);
        if bless {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &script).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(script.as_str()) {
            stale.push(*file);
        }
    }
    assert!(stale.is_empty(), "stale completions {stale:?}: run `SCOPECTL_BLESS=1 cargo test --test cli completions`");
}

#[test]
fn unknown_shells_are_usage_errors() {
    TestEnv::new().fails(&["completions", "tcsh"], 2);
}

/// Every command's `--help`, as users see it.
#[test]
fn help_snapshots() {
    use clap::CommandFactory;
    fn walk(cmd: &clap::Command, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        out.push(path.clone());
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            path.push(sub.get_name().to_owned());
            walk(sub, path, out);
            path.pop();
        }
    }
    // `build` runs the deferred parts (`cli::Lazy`): without it the groups have no subcommands.
    let mut cmd = scopectl::cli::Cli::command();
    cmd.build();
    let mut paths = Vec::new();
    walk(&cmd, &mut Vec::new(), &mut paths);
    let env = TestEnv::new();
    for path in paths {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let help = env.ok(&args);
        let name = if path.is_empty() { "help".to_owned() } else { format!("help_{}", path.join("_")) };
        insta::assert_snapshot!(name, help);
    }
}

/// The dynamic completer (`source <(COMPLETE=bash scopectl)`) offers names from the catalog.
#[test]
fn names_complete_from_the_catalog() {
    let env = TestEnv::seeded();
    let complete = |words: &[&str]| {
        let mut args = vec!["--", "scopectl"];
        args.extend_from_slice(words);
        let out = env.cmd().env("COMPLETE", "fish").args(&args).output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| l.split('\t').next().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    let scopes = complete(&["scope", "show", "re"]);
    assert_eq!(scopes, ["read_all_data", "read_medications"]);
    assert_eq!(complete(&["role", "grant", "n"]), ["nurse"]);
    assert_eq!(complete(&["role", "grant", "nurse", "view"]), ["view_lab_results"]);
    assert_eq!(complete(&["consent", "pat"]), ["patient_portal"]);
    // No catalog: nothing to offer, and nothing created.
    let empty = TestEnv::new();
    let out = empty.cmd().env("COMPLETE", "fish").args(["--", "scopectl", "scope", "show", "x"]).output().unwrap();
    assert!(out.status.success() && out.stdout.is_empty());
    assert!(!empty.db().exists());
}
