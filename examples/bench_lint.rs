//! The input of the `lint` benchmark suite (`bench/bench.py --only lint`): writes a scopes.toml
//! of N scopes in one of several shapes. `examples/toml_parse.rs` is the baseline it is compared
//! with.
//!
//! ```text
//! bench_lint N FILE [--shape bench|issue13|sparse]
//! ```
//!
//! Shapes:
//!
//! - `bench` (the default, the suite's set since it was written): N scopes with full metadata and
//!   snake_case names, N/100 roles of 100 justified grants, N/1000 clients of ten features.
//! - `issue13` (the shape of issue 13): names of mixed styles (snake, dotted, colon, URL, SMART),
//!   a role per 20 scopes with 5-25 grants each (some justified, some with an expiry), a client
//!   per 50 scopes with 4 features of 3 scopes, ~3% of scopes deprecated (with `replaced_by`,
//!   `sunset` and `reason`), descriptions on 99% of scopes.
//! - `sparse`: the same mixed names with resource, actions, sensitivity and owner but no
//!   description, and no roles or clients.
//!
//! Every choice is a pure function of N (a fixed-seed LCG), so a file is the same on every run.

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

/// A 64-bit LCG (Knuth's MMIX constants); `below` takes the high bits.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        usize::try_from((self.0 >> 33) % n as u64).unwrap_or(0)
    }
}

/// FHIR resource types of the SMART names, with the `resource` field written for them.
const FHIR: [(&str, &str); 8] = [
    ("Observation", "lab_results"),
    ("MedicationRequest", "medications"),
    ("Appointment", "appointments"),
    ("Claim", "claims"),
    ("DocumentReference", "notes"),
    ("Condition", "conditions"),
    ("Immunization", "immunizations"),
    ("ServiceRequest", "referrals"),
];

/// One scope of the mixed shapes: its name (as a TOML key), resource, action and sensitivity.
struct Mixed {
    key: String,
    name: String,
    resource: &'static str,
    action: &'static str,
    sensitivity: &'static str,
}

/// Scope `i` of a mixed set: 40% snake_case, 20% dotted (`LabResults.Read.u12`), 15% colon
/// (`lab_results_12:read`), 15% URL (`https://api.example.com/auth/lab_results.12.readonly`),
/// 10% SMART v2 (`patient/Observation.rs?_tag=unit-12`).
fn mixed(i: usize) -> Mixed {
    let action = ACTIONS[i % ACTIONS.len()];
    let resource = RESOURCES[(i / ACTIONS.len()) % RESOURCES.len()];
    let sensitivity = if resource == "invoices" { "confidential" } else { SENSITIVITY[i % 3] };
    let name = match i % 20 {
        0..8 => format!("{action}_{resource}_{i}"),
        8..12 => {
            let camel: String = resource.split('_').map(|w| w[..1].to_ascii_uppercase() + &w[1..]).collect();
            let verb = if action == "read" || action == "search" { "Read" } else { "ReadWrite" };
            format!("{camel}.{verb}.u{i}")
        }
        12..15 => format!("{resource}_{i}:{action}"),
        15..18 => {
            let suffix = if action == "read" || action == "search" { ".readonly" } else { "" };
            format!("https://api.example.com/auth/{resource}.{i}{suffix}")
        }
        _ => {
            let (fhir, res) = FHIR[(i / 20) % FHIR.len()];
            let context = ["patient", "user", "system"][(i / 160) % 3];
            let perms = ["rs", "r", "cu", "cruds"][(i / 20 / FHIR.len()) % 4];
            return Mixed {
                key: format!("\"{context}/{fhir}.{perms}?_tag=unit-{i}\""),
                name: format!("{context}/{fhir}.{perms}?_tag=unit-{i}"),
                resource: res,
                action: if perms.contains('c') { "create" } else { "read" },
                sensitivity: "phi",
            };
        }
    };
    let key = if name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
        name.clone()
    } else {
        format!("\"{name}\"")
    };
    Mixed { key, name, resource, action, sensitivity }
}

/// True when scope `i` of the issue13 shape is deprecated (~3%: one in 33).
fn deprecated(i: usize, n: usize) -> bool {
    i % 33 == 7 && i + 1 < n
}

/// The `issue13` and `sparse` shapes (see the module docs).
fn generate_mixed(n: usize, issue13: bool) -> String {
    let mut out = String::with_capacity(n * 240);
    out.push_str("[settings]\nnaming = \"any\"\nmax_phi_scopes_per_role = 12\n\n");
    let scopes: Vec<Mixed> = (0..n).map(mixed).collect();
    for (i, s) in scopes.iter().enumerate() {
        let _ = writeln!(out, "[scopes.{}]", s.key);
        if issue13 && i % 100 != 99 {
            let _ = writeln!(out, "description = \"{} {} of unit {i}\"", s.action, s.resource);
        }
        let _ = write!(
            out,
            "resource = \"{}\"\nactions = [\"{}\"]\nsensitivity = \"{}\"\nowner = \"team-{}\"\n",
            s.resource,
            s.action,
            s.sensitivity,
            i % 50
        );
        if issue13 && deprecated(i, n) {
            // Sunsets on both sides of the benchmark's SCOPECTL_TODAY (2026-11-29).
            let (year, month) = if i % 2 == 0 { (2026, 1 + i % 9) } else { (2027, 1 + i % 12) };
            let _ = write!(
                out,
                "status = \"deprecated\"\nreplaced_by = [\"{}\"]\nsunset = {year}-{month:02}-15\n\
                 reason = \"Split by unit; use the replacement\"\n",
                scopes[i + 1].name
            );
        }
        out.push('\n');
    }
    if !issue13 || n == 0 {
        return out;
    }
    let mut rng = Lcg(0x5eed_0013);
    let mut picked = Vec::new();
    for r in 0..n / 20 {
        let grants = 5 + rng.below(21);
        picked.clear();
        while picked.len() < grants.min(n) {
            let i = rng.below(n);
            if !picked.contains(&i) {
                picked.push(i);
            }
        }
        let _ = write!(out, "[roles.role_{r}]\ndescription = \"Role {r}\"\ngrants = [\n");
        for (k, &i) in picked.iter().enumerate() {
            let _ = write!(out, "  {{ scope = \"{}\"", scopes[i].name);
            if k % 2 == 0 {
                let _ = write!(out, ", justification = \"Needed by unit {i}\"");
            }
            if k % 7 == 3 {
                let _ = write!(out, ", expires = 2027-{:02}-01", 1 + k % 12);
            }
            out.push_str(" },\n");
        }
        out.push_str("]\n\n");
    }
    for c in 0..n / 50 {
        let _ = write!(out, "[clients.client_{c}]\ndescription = \"Client {c}\"\nfeatures = {{ ");
        let features: Vec<String> = (0..4)
            .map(|f| {
                picked.clear();
                while picked.len() < 3.min(n) {
                    let i = rng.below(n);
                    if !picked.contains(&i) {
                        picked.push(i);
                    }
                }
                let list: Vec<String> = picked.iter().map(|&i| format!("\"{}\"", scopes[i].name)).collect();
                format!("feature_{f} = [{}]", list.join(", "))
            })
            .collect();
        let _ = write!(out, "{} }}\n\n", features.join(", "));
    }
    out
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut shape = "bench".to_owned();
    if let Some(at) = args.iter().position(|a| a == "--shape") {
        if at + 1 >= args.len() {
            return ExitCode::from(2);
        }
        shape = args.remove(at + 1);
        args.remove(at);
    }
    let [n, file] = args.as_slice() else { return ExitCode::from(2) };
    let Ok(n) = n.parse::<usize>() else { return ExitCode::from(2) };
    let text = match shape.as_str() {
        "bench" => generate(n),
        "issue13" => generate_mixed(n, true),
        "sparse" => generate_mixed(n, false),
        _ => return ExitCode::from(2),
    };
    match std::fs::write(file, text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::from(2),
    }
}
