//! Synthetic access logs for `scopectl audit`, with planted anomalies.
//!
//! `cargo run --example gen_access_log -- --events 1000000 [--days 30] [--seed 1] [--clean] [--csv]`
//! writes a log to stdout; `--catalog` prints instead the `scopectl` commands (one per line,
//! arguments separated by tabs) that build the catalog the log is written against. Run them with
//! `SCOPECTL_TODAY=2026-06-01` so that the deprecation's sunset is valid then and past today.
//!
//! A clean log only has events a careful gateway would log: each event is one feature of a client,
//! used by a role that holds every scope of that feature, from a fixed pool of IPs. With anomalies,
//! the same number of events includes every kind `audit report` finds (see [`PLANTED`]).
//! The integration tests include this file, so the test data and the benchmark data are the same.

use std::io::{self, Write};

/// The end of every log: 2026-11-28T00:00:00Z.
pub const END: i64 = 1_795_824_000;

/// `scopectl` arguments that build the catalog.
pub const CATALOG: &[&[&str]] = &[
    &["scope", "define", "view_lab_results", "--description", "Read lab results", "--sensitivity", "phi"],
    &["scope", "define", "read_medications", "--description", "Read medications", "--sensitivity", "phi"],
    &["scope", "define", "read_patient_info", "--description", "Read demographics", "--sensitivity", "phi"],
    &["scope", "define", "write_clinical_notes", "--description", "Write notes", "--sensitivity", "phi"],
    &["scope", "define", "read_appointments", "--description", "Read appointments", "--sensitivity", "pii"],
    &["scope", "define", "schedule_appointments", "--description", "Book appointments", "--sensitivity", "pii"],
    &["scope", "define", "read_all_data", "--description", "Legacy catch-all read"],
    &["scope", "define", "legacy_export", "--description", "Old bulk export"],
    &["role", "create", "patient"],
    &["role", "grant", "patient", "view_lab_results", "read_medications", "read_patient_info"],
    &["role", "create", "physician"],
    &[
        "role",
        "grant",
        "physician",
        "view_lab_results",
        "read_medications",
        "read_patient_info",
        "write_clinical_notes",
        "schedule_appointments",
    ],
    &["role", "create", "nurse"],
    &["role", "grant", "nurse", "view_lab_results", "read_medications", "read_all_data"],
    &["role", "create", "lab_technician"],
    &["role", "grant", "lab_technician", "view_lab_results"],
    &["role", "create", "front_desk"],
    &["role", "grant", "front_desk", "read_appointments", "schedule_appointments", "read_patient_info"],
    &[
        "scope",
        "deprecate",
        "read_all_data",
        "--reason",
        "Violates minimum necessary",
        "--replaced-by",
        "read_patient_info",
        "--replaced-by",
        "view_lab_results",
        "--sunset",
        "2026-06-01",
    ],
    &["scope", "deprecate", "legacy_export", "--reason", "Unused", "--sunset", "2026-06-01"],
    &["scope", "retire", "legacy_export"],
    &["client", "create", "patient_portal"],
    &["client", "feature", "set", "patient_portal", "labs", "view_lab_results"],
    &["client", "feature", "set", "patient_portal", "meds", "read_medications"],
    &["client", "feature", "set", "patient_portal", "profile", "read_patient_info"],
    &["client", "create", "ehr_desktop"],
    &["client", "feature", "set", "ehr_desktop", "notes", "read_patient_info", "write_clinical_notes"],
    &["client", "feature", "set", "ehr_desktop", "labs", "view_lab_results"],
    &["client", "feature", "set", "ehr_desktop", "meds", "read_medications"],
    &["client", "create", "scheduler"],
    &["client", "feature", "set", "scheduler", "book", "read_appointments", "schedule_appointments"],
    &["client", "feature", "set", "scheduler", "lookup", "read_patient_info"],
];

/// Grants no clean event uses: what `audit unused` must list.
pub const NEVER_USED: &[(&str, &str)] = &[("nurse", "read_all_data"), ("physician", "schedule_appointments")];

/// (client, scopes, role): the uses a clean log is made of.
const NORMAL: &[(&str, &str, &str)] = &[
    ("patient_portal", "view_lab_results", "patient"),
    ("patient_portal", "read_medications", "patient"),
    ("patient_portal", "read_patient_info", "patient"),
    ("ehr_desktop", "read_patient_info write_clinical_notes", "physician"),
    ("ehr_desktop", "view_lab_results", "physician"),
    ("ehr_desktop", "read_medications", "physician"),
    ("ehr_desktop", "view_lab_results", "nurse"),
    ("ehr_desktop", "read_medications", "nurse"),
    ("ehr_desktop", "view_lab_results", "lab_technician"),
    ("scheduler", "read_appointments schedule_appointments", "front_desk"),
    ("scheduler", "read_patient_info", "front_desk"),
];

/// A planted anomaly: what `audit report` must find, and the events that make it.
pub struct Planted {
    /// The finding kind expected.
    pub kind: &'static str,
    /// The scope, role, client or IP the finding names.
    pub names: &'static str,
    pub client: &'static str,
    pub role: &'static str,
    pub requested: &'static str,
    pub granted: &'static str,
    /// A fixed IP, or `None` for the normal pool.
    pub ip: Option<&'static str>,
    pub count: usize,
    /// Seconds before [`END`] of the first event, and seconds between events.
    pub at: i64,
    pub every: i64,
}

/// Every anomaly of an anomalous log. All fall in the last two days, well after a 14-day baseline.
pub const PLANTED: &[Planted] = &[
    planted("unknown_scope", "read_everything", "patient_portal", "patient", "read_everything", "read_everything"),
    planted("deprecated_scope", "read_all_data", "ehr_desktop", "nurse", "read_all_data", "read_all_data"),
    planted("retired_scope", "legacy_export", "scheduler", "front_desk", "legacy_export", "legacy_export"),
    planted(
        "scope_creep",
        "write_clinical_notes",
        "ehr_desktop",
        "nurse",
        "write_clinical_notes",
        "write_clinical_notes",
    ),
    planted(
        "over_granted",
        "read_medications",
        "patient_portal",
        "patient",
        "view_lab_results",
        "read_medications view_lab_results",
    ),
    planted(
        "unneeded_request",
        "read_medications",
        "scheduler",
        "front_desk",
        "read_appointments read_medications",
        "read_appointments",
    ),
    planted("unknown_client", "kiosk", "kiosk", "patient", "view_lab_results", "view_lab_results"),
    planted("unknown_role", "janitor", "patient_portal", "janitor", "", ""),
    Planted {
        kind: "new_ip_burst",
        names: "203.0.113.66",
        client: "patient_portal",
        role: "patient",
        requested: "view_lab_results",
        granted: "view_lab_results",
        ip: Some("203.0.113.66"),
        count: 150,
        at: 30 * 3600,
        every: 12,
    },
    Planted {
        kind: "volume_spike",
        names: "scheduler",
        client: "scheduler",
        role: "front_desk",
        requested: "read_patient_info",
        granted: "read_patient_info",
        ip: None,
        count: 400,
        at: 20 * 3600,
        every: 8,
    },
];

const fn planted(
    kind: &'static str,
    names: &'static str,
    client: &'static str,
    role: &'static str,
    requested: &'static str,
    granted: &'static str,
) -> Planted {
    Planted { kind, names, client, role, requested, granted, ip: None, count: 5, at: 40 * 3600, every: 600 }
}

/// splitmix64: small, fast, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// What to generate.
pub struct Spec {
    pub events: usize,
    pub days: i64,
    pub seed: u64,
    pub anomalies: bool,
    pub csv: bool,
}

fn timestamp(secs: i64) -> String {
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

#[allow(clippy::too_many_arguments)]
fn event(
    out: &mut dyn Write,
    csv: bool,
    ts: i64,
    client: &str,
    subject: &str,
    role: &str,
    ip: &str,
    requested: &str,
    granted: &str,
) -> io::Result<()> {
    let ts = timestamp(ts);
    if csv {
        writeln!(out, "{ts},{client},{subject},{role},{ip},{requested},{granted},/fhir,200")
    } else {
        writeln!(
            out,
            r#"{{"ts":"{ts}","client":"{client}","subject":"{subject}","role":"{role}","ip":"{ip}","requested":"{requested}","granted":"{granted}","endpoint":"/fhir","status":200}}"#
        )
    }
}

/// Writes a log of exactly `spec.events` events.
///
/// # Errors
/// When writing fails.
pub fn generate(spec: &Spec, out: &mut dyn Write) -> io::Result<()> {
    let mut rng = Rng(spec.seed);
    if spec.csv {
        writeln!(out, "ts,client,subject,role,ip,requested,granted,endpoint,status")?;
    }
    let planted: usize = if spec.anomalies { PLANTED.iter().map(|p| p.count).sum() } else { 0 };
    let normal = spec.events.saturating_sub(planted);
    let start = END - spec.days * 86_400;
    let span = spec.days * 86_400;
    let pool_ip = |rng: &mut Rng| format!("10.20.{}.{}", rng.below(4), 10 + rng.below(60));
    for i in 0..normal {
        // Stratified times: event i falls in the i-th slice of the span, at a random point.
        let slice = i64::try_from(i).unwrap_or(i64::MAX).saturating_mul(span) / i64::try_from(normal).unwrap_or(1);
        let ts = start + slice + i64::try_from(rng.below(60)).unwrap_or(0);
        let (client, scopes, role) = NORMAL[usize::try_from(rng.below(NORMAL.len() as u64)).unwrap_or(0)];
        let subject = format!("patient-{}", rng.below(50_000));
        let ip = pool_ip(&mut rng);
        event(out, spec.csv, ts.min(END - 1), client, &subject, role, &ip, scopes, scopes)?;
    }
    if spec.anomalies {
        for p in PLANTED {
            for k in 0..p.count {
                let ts = END - p.at + i64::try_from(k).unwrap_or(0) * p.every;
                let subject = format!("patient-{}", rng.below(50_000));
                let ip = p.ip.map_or_else(|| pool_ip(&mut rng), str::to_owned);
                event(out, spec.csv, ts, p.client, &subject, p.role, &ip, p.requested, p.granted)?;
            }
        }
    }
    Ok(())
}

const USAGE: &str =
    "usage: gen_access_log [--events N (100000)] [--days D (30, at least 15)] [--seed S] [--clean] [--csv]
       gen_access_log --catalog    the scopectl commands (tab-separated arguments) that build the catalog";

#[allow(dead_code)]
fn main() -> io::Result<()> {
    let mut spec = Spec { events: 100_000, days: 30, seed: 1, anomalies: true, csv: false };
    let mut catalog = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().and_then(|v| v.parse::<u64>().ok()).ok_or(io::ErrorKind::InvalidInput);
        match arg.as_str() {
            "--events" => spec.events = usize::try_from(value()?).map_err(|_| io::ErrorKind::InvalidInput)?,
            "--days" => spec.days = i64::try_from(value()?).map_err(|_| io::ErrorKind::InvalidInput)?.max(15),
            "--seed" => spec.seed = value()?,
            "--clean" => spec.anomalies = false,
            "--csv" => spec.csv = true,
            "--catalog" => catalog = true,
            "--help" | "-h" => {
                writeln!(io::stdout(), "{USAGE}")?;
                return Ok(());
            }
            _ => {
                writeln!(io::stderr(), "{USAGE}")?;
                return Err(io::ErrorKind::InvalidInput.into());
            }
        }
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    if catalog {
        for cmd in CATALOG {
            writeln!(out, "{}", cmd.join("\t"))?;
        }
    } else {
        generate(&spec, &mut out)?;
    }
    out.flush()
}
