//! Word lists the rules share. Every comparison is against whole lower-case tokens. The lists
//! the breadth model reads are in [`super::breadth::lexicon`]; every list gets a class bit here.

use super::breadth::lexicon;

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
    "management",
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

/// Which of the lists above a lower-case word is in, as bits: computed once per token by the
/// tokenizer, so rules test a bit instead of scanning a list for every name.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Class(u32);

impl Class {
    /// In [`ACTIONS`].
    pub const ACTION: Class = Class(1);
    /// In [`READ_ACTIONS`].
    pub const READ: Class = Class(1 << 1);
    /// In [`WRITE_ACTIONS`].
    pub const WRITE: Class = Class(1 << 2);
    /// In [`PHI`].
    pub const PHI: Class = Class(1 << 3);
    /// In [`ADMIN`].
    pub const ADMIN: Class = Class(1 << 4);
    /// In [`QUANTIFIERS`].
    pub const QUANTIFIER: Class = Class(1 << 5);
    /// In [`CATCH_ALL`].
    pub const CATCH_ALL: Class = Class(1 << 6);
    /// In [`GENERIC`].
    pub const GENERIC: Class = Class(1 << 7);
    /// In [`lexicon::CONTROL`]: the access-control plane.
    pub const CONTROL: Class = Class(1 << 8);
    /// In [`lexicon::SECRET`]: secrets, keys and credentials.
    pub const SECRET: Class = Class(1 << 9);
    /// In [`lexicon::PEOPLE`]: every user or member of a tenant.
    pub const PEOPLE: Class = Class(1 << 10);
    /// In [`lexicon::REACH`]: a whole tenant, org, workspace or domain.
    pub const REACH: Class = Class(1 << 11);
    /// In [`lexicon::OVERSIGHT`]: audit and system logs.
    pub const OVERSIGHT: Class = Class(1 << 12);
    /// In [`lexicon::PRODUCT`]: a whole product of the user's (mail, drive, files).
    pub const PRODUCT: Class = Class(1 << 13);
    /// In [`lexicon::BOUND`]: an explicit bound (self, own, selected).
    pub const BOUND: Class = Class(1 << 14);
    /// In [`lexicon::LIMIT`]: a part of a resource (metadata, basic, public).
    pub const LIMIT: Class = Class(1 << 15);
    /// In [`lexicon::SETTINGS`]: configuration of a tenant.
    pub const SETTINGS: Class = Class(1 << 16);
    /// In [`lexicon::CONFIG`]: configuration objects whose read-only listing is metadata.
    pub const CONFIG: Class = Class(1 << 17);
    /// In [`lexicon::WIDE_VERBS`]: a verb that changes anything it is given.
    pub const WIDE_VERB: Class = Class(1 << 18);
    /// In [`lexicon::EN_MASSE`]: compliance review, bulk access, export.
    pub const EN_MASSE: Class = Class(1 << 19);

    /// True when the word is in every list of `other`.
    #[must_use]
    pub fn has(self, other: Class) -> bool {
        self.0 & other.0 == other.0
    }

    /// The union of both.
    #[must_use]
    pub fn with(self, other: Class) -> Class {
        Class(self.0 | other.0)
    }
}

/// Every list with its class bit.
const LISTS: [(&[&str], Class); 20] = [
    (ACTIONS, Class::ACTION),
    (READ_ACTIONS, Class::READ),
    (WRITE_ACTIONS, Class::WRITE),
    (PHI, Class::PHI),
    (ADMIN, Class::ADMIN),
    (QUANTIFIERS, Class::QUANTIFIER),
    (CATCH_ALL, Class::CATCH_ALL),
    (GENERIC, Class::GENERIC),
    (lexicon::CONTROL, Class::CONTROL),
    (lexicon::SECRET, Class::SECRET),
    (lexicon::PEOPLE, Class::PEOPLE),
    (lexicon::REACH, Class::REACH),
    (lexicon::OVERSIGHT, Class::OVERSIGHT),
    (lexicon::PRODUCT, Class::PRODUCT),
    (lexicon::BOUND, Class::BOUND),
    (lexicon::LIMIT, Class::LIMIT),
    (lexicon::SETTINGS, Class::SETTINGS),
    (lexicon::CONFIG, Class::CONFIG),
    (lexicon::WIDE_VERBS, Class::WIDE_VERB),
    (lexicon::EN_MASSE, Class::EN_MASSE),
];

/// The lists `word` (lower case) is in.
#[must_use]
pub fn class(word: &str) -> Class {
    struct Classes {
        words: foldhash::HashMap<&'static str, Class>,
        /// The first bytes of listed words, as bits: most other words are rejected without
        /// hashing them.
        first: [u128; 2],
    }
    static CLASSES: std::sync::OnceLock<Classes> = std::sync::OnceLock::new();
    // No listed word is longer than this; longer tokens skip the lookup.
    const LONGEST: usize = 16;
    let classes = CLASSES.get_or_init(|| {
        let mut words = foldhash::HashMap::default();
        let mut first = [0_u128; 2];
        for (list, bit) in LISTS {
            for &w in list {
                debug_assert!(w.len() <= LONGEST, "{w} is longer than LONGEST");
                let c: &mut Class = words.entry(w).or_default();
                *c = c.with(bit);
                if let Some(&b) = w.as_bytes().first() {
                    first[usize::from(b >> 7)] |= 1 << (b & 127);
                }
            }
        }
        Classes { words, first }
    });
    match word.as_bytes().first() {
        Some(&b) if word.len() <= LONGEST && classes.first[usize::from(b >> 7)] >> (b & 127) & 1 == 1 => {
            classes.words.get(word).copied().unwrap_or_default()
        }
        _ => Class::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_match_the_lists() {
        let words = LISTS.iter().flat_map(|(l, _)| l.iter()).chain(&["install", "", "labresults", "readwrites"]);
        for w in words {
            for (list, bit) in LISTS {
                assert_eq!(class(w).has(bit), is(list, w), "{w}");
            }
        }
    }
}
