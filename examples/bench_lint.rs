//! The input of the `lint` benchmark suite (`bench/bench.py --only lint`): writes a scopes.toml
//! with N scopes (full metadata), N/100 roles of 100 justified grants and N/1000 clients with ten
//! features each. `examples/toml_parse.rs` is the baseline it is compared with.
//!
//! ```text
//! bench_lint N FILE
//! ```

use std::fmt::Write as _;
use std::process::ExitCode;

const ACTIONS: [&str; 4] = ["read", "search", "create", "update"];
const RESOURCES: [&str; 8] =
    ["lab_results", "medications", "appointments", "invoices", "claims", "notes", "vitals", "referrals"];
const SENSITIVITY: [&str; 4] = ["phi", "pii", "internal", "confidential"];

fn generate(n: usize) -> String {
    let mut out = String::with_capacity(n * 220);
    out.push_str("[settings]\nnaming = \"action_resource\"\nmax_phi_scopes_per_role = 100\n\n");
    for i in 0..n {
        let action = ACTIONS[i % ACTIONS.len()];
        let resource = RESOURCES[(i / ACTIONS.len()) % RESOURCES.len()];
        let sensitivity = if resource == "invoices" { "confidential" } else { SENSITIVITY[i % 2] };
        let _ = write!(
            out,
            "[scopes.{action}_{resource}_{i}]\ndescription = \"{action} {resource} of unit {i}\"\n\
             resource = \"{resource}\"\nactions = [\"{action}\"]\nsensitivity = \"{sensitivity}\"\nowner = \"team-{}\"\n\n",
            i % 50
        );
    }
    for r in 0..n / 100 {
        let _ = write!(out, "[roles.role_{r}]\ndescription = \"Role {r}\"\ngrants = [\n");
        for i in r * 100..(r + 1) * 100 {
            let action = ACTIONS[i % ACTIONS.len()];
            let resource = RESOURCES[(i / ACTIONS.len()) % RESOURCES.len()];
            let _ =
                writeln!(out, "  {{ scope = \"{action}_{resource}_{i}\", justification = \"Needed by unit {i}\" }},");
        }
        out.push_str("]\n\n");
    }
    for c in 0..n / 1000 {
        let _ = write!(out, "[clients.client_{c}]\ndescription = \"Client {c}\"\nfeatures = {{ ");
        let features: Vec<String> = (0..10)
            .map(|f| {
                let i = c * 1000 + f * 100;
                let action = ACTIONS[i % ACTIONS.len()];
                let resource = RESOURCES[(i / ACTIONS.len()) % RESOURCES.len()];
                format!("feature_{f} = [\"{action}_{resource}_{i}\"]")
            })
            .collect();
        let _ = write!(out, "{} }}\n\n", features.join(", "));
    }
    out
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [n, file] = args.as_slice() else { return ExitCode::from(2) };
    let Ok(n) = n.parse::<usize>() else { return ExitCode::from(2) };
    match std::fs::write(file, generate(n)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::from(2),
    }
}
