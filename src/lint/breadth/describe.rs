//! Breadth from a scope's description: phrases of reach ("all users", "across the
//! organization", "full access") and of bound ("your own", "the signed-in user", "selected").
//! One pass over the text with an Aho-Corasick automaton built once, matching whole words,
//! ASCII case-insensitively.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::Axis;

/// What a description says about the reach of its scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Said<'t> {
    /// A reach phrase, as written.
    Reach(Axis, &'t str),
    /// A bound phrase, as written (and no reach phrase).
    Bound(&'t str),
    Nothing,
}

/// Phrases that widen: (phrase, axis).
const REACH: &[(&str, Axis)] = &[
    ("all users", Axis::Whose),
    ("every user", Axis::Whose),
    ("any user", Axis::Whose),
    ("all members", Axis::Whose),
    ("every member", Axis::Whose),
    ("all patients", Axis::Whose),
    ("every patient", Axis::Whose),
    ("any patient", Axis::Whose),
    ("all mailboxes", Axis::Whose),
    ("all accounts", Axis::Whose),
    ("all users'", Axis::Whose),
    ("every user's", Axis::Whose),
    ("all employees", Axis::Whose),
    ("entire organization", Axis::Whose),
    ("entire organisation", Axis::Whose),
    ("entire tenant", Axis::Whose),
    ("entire workspace", Axis::Whose),
    ("entire enterprise", Axis::Whose),
    ("whole organization", Axis::Whose),
    ("whole tenant", Axis::Whose),
    ("across the organization", Axis::Whose),
    ("across the organisation", Axis::Whose),
    ("across the tenant", Axis::Whose),
    ("across the workspace", Axis::Whose),
    ("across the enterprise", Axis::Whose),
    ("across all", Axis::Whose),
    ("organization-wide", Axis::Whose),
    ("tenant-wide", Axis::Whose),
    ("org-wide", Axis::Whose),
    ("on behalf of any user", Axis::Whose),
    ("as any user", Axis::Whose),
    ("without a signed-in user", Axis::Whose),
    ("all data", Axis::What),
    ("all resources", Axis::What),
    ("all apis", Axis::What),
    ("every api", Axis::What),
    ("every endpoint", Axis::What),
    ("all endpoints", Axis::What),
    ("full access", Axis::What),
    ("unrestricted", Axis::What),
    ("everything", Axis::What),
    ("all permissions", Axis::Power),
    ("full control", Axis::Power),
    ("audit log", Axis::Oversight),
    ("audit logs", Axis::Oversight),
    ("sign-in logs", Axis::Oversight),
];

/// Phrases that bound.
const BOUND: &[&str] = &[
    "your own",
    "their own",
    "the signed-in user",
    "signed-in user's",
    "the current user",
    "the user's own",
    "only the",
    "selected",
    "that you select",
    "created by this app",
    "created by the app",
    "that the app created",
    "this app created",
    "opened or created",
    "the patient in context",
    "app folder",
    "owned by the app",
    "owned by this app",
];

struct Phrases {
    automaton: AhoCorasick,
}

fn phrases() -> &'static Phrases {
    static PHRASES: OnceLock<Phrases> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let patterns = REACH.iter().map(|(p, _)| *p).chain(BOUND.iter().copied());
        // A contiguous NFA: built in a fraction of what the default DFA costs (the build was most
        // of a small lint run), and descriptions are short.
        let automaton = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(patterns)
            .expect("the phrase lists are valid patterns");
        Phrases { automaton }
    })
}

fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// Reads `text`: a reach phrase wins over a bound phrase; the first of each kind is quoted.
#[must_use]
pub fn read(text: &str) -> Said<'_> {
    let bytes = text.as_bytes();
    let mut bound = None;
    for m in phrases().automaton.find_iter(text) {
        let whole =
            (m.start() == 0 || !word_byte(bytes[m.start() - 1])) && bytes.get(m.end()).is_none_or(|&b| !word_byte(b));
        if !whole {
            continue;
        }
        let phrase = &text[m.start()..m.end()];
        let k = m.pattern().as_usize();
        match REACH.get(k) {
            Some(&(_, axis)) => return Said::Reach(axis, phrase),
            None => bound = bound.or(Some(phrase)),
        }
    }
    bound.map_or(Said::Nothing, Said::Bound)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reach_and_bound_phrases() {
        assert_eq!(read("Read the profiles of all users in the tenant"), Said::Reach(Axis::Whose, "all users"));
        assert_eq!(read("Full access to the API"), Said::Reach(Axis::What, "Full access"));
        assert_eq!(read("Read files created by this app"), Said::Bound("created by this app"));
        assert_eq!(read("Read the signed-in user's calendar"), Said::Bound("the signed-in user"));
        assert_eq!(read("Read a patient's laboratory results"), Said::Nothing);
    }

    #[test]
    fn whole_words_only() {
        assert_eq!(read("Small users list"), Said::Nothing);
        assert_eq!(read("Overall usersettings"), Said::Nothing);
        assert_eq!(read("Read from all usernames"), Said::Nothing);
    }
}
