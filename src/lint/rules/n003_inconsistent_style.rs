//! N003: a name in a different style from most of the set.

use std::collections::HashMap;

use crate::lint::names::Style;
use crate::lint::rules::is_protocol;
use crate::lint::{Check, Context, Hit, Rule};
use crate::model::{Level, Naming, Subject};

pub const RULE: Rule = Rule {
    code: "N003",
    name: "inconsistent-style",
    level: Level::Info,
    summary: "The name's style differs from most of the set",
    what: "When no convention is declared (`naming = \"any\"`), finds the style most of the set's names use \
           (snake_case, dotted PascalCase, colon form…) and flags names in another style. SMART, URL and \
           single-word names fit any style and are not counted.",
    why: "Mixed styles hide near duplicates (`read_labs` and `Labs.Read`) from reviewers and make grouping \
          by resource unreliable.",
    bad: "[scopes.read_labs]\n[scopes.read_notes]\n[scopes.\"Orders.Read\"]",
    good: "[scopes.read_labs]\n[scopes.read_notes]\n[scopes.read_orders]",
    fix: "Rename the odd scope to the set's style, or declare `[settings] naming` to make the choice explicit.",
    check: Check::Set(check),
};

fn counted(style: Style) -> bool {
    !matches!(style, Style::Smart | Style::Url | Style::Word)
}

fn check(ctx: &Context<'_>, hits: &mut Vec<Hit>) {
    if ctx.set.settings.naming != Naming::Any {
        return;
    }
    let mut counts: HashMap<Style, usize> = HashMap::new();
    for n in ctx.names.iter().filter(|n| counted(n.style) && !is_protocol(n)) {
        *counts.entry(n.style).or_default() += 1;
    }
    let total: usize = counts.values().sum();
    let Some((&major, &most)) = counts.iter().max_by_key(|(s, c)| (**c, std::cmp::Reverse(**s))) else { return };
    if total < 3 || most * 2 <= total {
        return;
    }
    // The end of every message is the same: formatted once, joined to each.
    let tail = format!(" while most scopes ({most} of {total}) are {}", major.describe());
    for n in ctx.names.iter().filter(|n| counted(n.style) && n.style != major && !is_protocol(n)) {
        hits.push(Hit::new(
            Subject::Scope(n.raw.to_owned()),
            ["`", n.raw, "` is ", n.style.describe(), &tail].concat(),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;

    #[test]
    fn fires_on_the_odd_one_out() {
        fires(&super::RULE, &named(&["read_labs", "read_notes", "Orders.Read"]), &on_scope("Orders.Read"), "2 of 3");
    }

    #[test]
    fn quiet_when_consistent_or_without_a_majority() {
        quiet(&super::RULE, &named(&["read_labs", "read_notes", "patient/Observation.rs", "openid", "repo"]));
        quiet(&super::RULE, &named(&["read_labs", "Orders.Read"]));
        quiet(&super::RULE, &named(&["read_labs", "Orders.Read", "notes:read", "Notes.Write"]));
    }
}
