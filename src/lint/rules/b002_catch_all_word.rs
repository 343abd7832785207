//! B002: a scope over every resource or a whole product (axis: what).

use crate::lint::{Check, Rule};
use crate::model::Level;

pub const RULE: Rule = Rule {
    code: "B002",
    name: "catch-all-word",
    level: Level::Error,
    summary: "The scope covers every resource, a whole service or a whole product",
    what: "Reports scopes the breadth model (docs/breadth.md) finds unbounded on the *what* axis: catch-all \
           words (`everything`, the set's `[settings] broad_words`), a quantifier over nothing named \
           (`read_all`, `read_all_data`, `full_access`), a scope documented as covering every endpoint (`api`, \
           `.default`, a URL with no path, acting as the user on a whole API), a whole product of the user's \
           read-write (`Mail.ReadWrite`, `gmail.modify`, `drive`), and provider scopes the built-in knowledge \
           or `[settings] broad_scopes` calls broad on this axis. A quantifier over a named resource \
           (`read_all_orders`) or one that lifts a filter on one read-only resource (`activity:read_all`) is \
           not flagged; words are whole tokens, so `install` holds no `all`.",
    why: "A catch-all scope hands over data the task never needed. HIPAA's minimum necessary standard \
          asks for access limited to what the purpose requires; `read_all_data` cannot be reviewed against \
          any purpose.",
    bad: "[scopes.read_all_data]\ndescription = \"Legacy catch-all read\"",
    good: "[scopes.view_lab_results]\ndescription = \"Read a patient's laboratory results\"",
    fix: "Split the scope into one scope per resource and action, and deprecate the catch-all.",
    check: Check::Breadth,
};

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::ScopeSet;

    #[test]
    fn fires_on_catch_alls() {
        fires(&super::RULE, &named(&["read_all_data"]), &on_scope("read_all_data"), "quantifies over `data`");
        let hits = flagged(
            &super::RULE,
            &["write_all_phr", "full_access", "read_all", "everything", "https://graph.microsoft.com/.default", "api"],
        );
        assert_eq!(hits.len(), 6, "{hits:?}");
    }

    #[test]
    fn whole_products_read_write() {
        let hits = flagged(
            &super::RULE,
            &["Mail.ReadWrite", "https://www.googleapis.com/auth/gmail.modify", "mailbox.modify"],
        );
        assert_eq!(hits.len(), 3, "{hits:?}");
        quiet(
            &super::RULE,
            &named(&["Mail.Read", "Mail.Send", "drive.file", "Files.ReadWrite.AppFolder", "files:read"]),
        );
    }

    #[test]
    fn set_broad_words_count() {
        let mut set: ScopeSet = named(&["read_kitchen_sink"]);
        set.settings.broad_words = vec!["sink".into()];
        fires(&super::RULE, &set, &on_scope("read_kitchen_sink"), "`sink`");
    }

    #[test]
    fn quiet_on_specific_or_substring_matches() {
        quiet(
            &super::RULE,
            &named(&[
                "read_all_orders",
                "install_app",
                "callback_url",
                "Files.Read.All",
                "small_talk",
                "activity:read_all",
            ]),
        );
    }
}
