//! Word lists the rules share. Every comparison is against whole lower-case tokens.

/// Words that, alone, make a scope a catch-all.
pub const CATCH_ALL: &[&str] = &["everything", "unrestricted", "unlimited", "anything"];

/// Quantifiers: broad when nothing specific follows them (`read_all`, `read_all_data`), not when
/// a specific resource does (`read_all_orders`).
pub const QUANTIFIERS: &[&str] = &["all", "any", "full", "entire", "every"];

/// Nouns too generic to narrow a quantifier: `all_data` is everything.
pub const GENERIC: &[&str] = &[
    "data",
    "record",
    "records",
    "resource",
    "resources",
    "info",
    "information",
    "phi",
    "phr",
    "ehr",
    "emr",
    "access",
    "scopes",
    "things",
    "objects",
    "content",
    "default",
];

/// Admin, owner and full-control words.
pub const ADMIN: &[&str] = &[
    "admin",
    "admins",
    "administrator",
    "superadmin",
    "root",
    "superuser",
    "sudo",
    "owner",
    "manage",
    "fullcontrol",
    "impersonation",
    "impersonate",
    "god",
];

/// Words that name an action rather than a resource.
pub const ACTIONS: &[&str] = &[
    "read",
    "write",
    "readonly",
    "readwrite",
    "create",
    "update",
    "delete",
    "edit",
    "view",
    "get",
    "list",
    "modify",
    "send",
    "search",
    "upload",
    "download",
    "history",
    "invite",
    "register",
    "add",
    "remove",
    "post",
    "publish",
    "execute",
    "run",
    "submit",
    "only",
    "basic",
];

/// Actions that read.
pub const READ_ACTIONS: &[&str] = &["read", "readonly", "view", "get", "list", "search", "history", "download"];

/// Actions that change data.
pub const WRITE_ACTIONS: &[&str] =
    &["write", "create", "update", "delete", "edit", "modify", "add", "remove", "post", "upload", "submit"];

/// Words that say a scope guards protected health information.
pub const PHI: &[&str] = &[
    "patient",
    "patients",
    "lab",
    "labs",
    "laboratory",
    "medication",
    "medications",
    "meds",
    "diagnosis",
    "diagnoses",
    "diagnostic",
    "observation",
    "observations",
    "condition",
    "conditions",
    "clinical",
    "encounter",
    "encounters",
    "allergy",
    "allergies",
    "immunization",
    "immunizations",
    "prescription",
    "prescriptions",
    "rx",
    "phi",
    "phr",
    "ehr",
    "emr",
    "chart",
    "charts",
    "vitals",
    "procedure",
    "procedures",
    "imaging",
    "radiology",
    "pathology",
    "genomic",
    "genomics",
    "genetic",
    "mental",
    "behavioral",
    "hiv",
    "pregnancy",
    "careplan",
    "medical",
    "health",
    "symptom",
    "symptoms",
    "treatment",
    "treatments",
    "claims",
    "insurance",
];

/// Synonyms folded together when looking for near duplicates.
#[must_use]
pub fn fold(word: &str) -> &str {
    match word {
        "view" | "get" | "fetch" | "readonly" | "show" => "read",
        "update" | "edit" | "modify" | "change" => "write",
        "add" | "insert" | "new" => "create",
        "remove" | "del" | "destroy" => "delete",
        "results" => "result",
        "labs" => "lab",
        "medications" | "meds" => "medication",
        "patients" => "patient",
        "records" => "record",
        other => other,
    }
}

#[must_use]
pub fn is(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}
