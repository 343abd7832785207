//! P006: a client feature requesting a scope that another scope of the same feature covers.

use std::borrow::Cow;

use crate::lint::names::Name;
use crate::lint::rules::p004_redundant_grant::covered;
use crate::lint::{Check, Context, Hit, Rule};
use crate::model::{Level, Subject};

pub const RULE: Rule = Rule {
    code: "P006",
    name: "client-scope-not-needed",
    level: Level::Warning,
    summary: "A client feature requests a scope it does not need",
    what: "A client's scopes are those its features need (incremental consent). This rule flags, within one \
           feature, a scope that another scope of the same feature already covers (`patient/Observation.rs` \
           beside `patient/*.rs`; `User.Read` beside `User.ReadWrite`): the feature needs only one of them, and \
           usually the narrow one.",
    why: "Consent screens list every requested scope; asking for a wide scope and its narrow twin hides how \
          much the feature really takes. HIPAA's minimum necessary standard asks each request to be as narrow \
          as the feature.",
    bad: "[scopes.\"patient/*.rs\"]\n[scopes.\"patient/Observation.rs\"]\n\n[clients.portal]\nfeatures = { labs = [\"patient/*.rs\", \"patient/Observation.rs\"] }",
    good: "[scopes.\"patient/Observation.rs\"]\n\n[clients.portal]\nfeatures = { labs = [\"patient/Observation.rs\"] }",
    fix: "Request only the narrow scope in that feature.",
    check: Check::Set(check),
};

fn check(ctx: &Context<'_>, hits: &mut Vec<Hit>) {
    for client in &ctx.set.clients {
        for (feature, scopes) in &client.features {
            let owned: Vec<Cow<'_, Name>> = scopes.iter().map(|s| ctx.name(s)).collect();
            let names: Vec<&Name> = owned.iter().map(AsRef::as_ref).collect();
            for (i, j) in covered(&names) {
                hits.push(Hit::new(
                    Subject::FeatureScope(client.name.clone(), feature.clone(), names[i].raw.to_owned()),
                    format!(
                        "client `{}` feature `{feature}` requests `{}`, which its `{}` already covers",
                        client.name, names[i].raw, names[j].raw
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::Subject;

    #[test]
    fn fires_on_covered_requests() {
        let mut set = named(&[]);
        set.clients.push(client("portal", "labs", &["patient/*.rs", "patient/Observation.rs"]));
        let subject = Subject::FeatureScope("portal".into(), "labs".into(), "patient/Observation.rs".into());
        fires(&super::RULE, &set, &subject, "`patient/*.rs` already covers");
    }

    #[test]
    fn quiet_on_separate_features() {
        let mut set = named(&[]);
        set.clients.push(client("portal", "labs", &["patient/Observation.rs"]));
        set.clients[0].features.insert("all".into(), vec!["patient/*.rs".into()]);
        quiet(&super::RULE, &set);
    }
}
