//! The breadth model: one place that decides whether a scope is broad (see `docs/breadth.md`).
//! Every B rule, P001, the audit and the reports read its verdicts; nothing else judges breadth.
//!
//! For each name it weighs four kinds of evidence, in this order:
//! - `known`: `[settings] broad_scopes` / `narrow_scopes`, then the built-in table of well-known
//!   provider scopes ([`known`]); an entry decides the verdict;
//! - `name`: the name parsed by its convention, its qualifiers and its nouns ([`structure`]);
//! - `description`: reach phrases and bounds in the scope's description ([`describe`]);
//! - `siblings`: the other names of the set ([`family`]).

pub mod describe;
pub mod family;
pub mod known;
pub mod lexicon;
pub mod structure;

use std::fmt;

use serde::Serialize;

use super::Context;
use super::names::Name;
use crate::model::Scope;

/// The axis on which a broad scope is unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Axis {
    /// Every resource type or service.
    What,
    /// Every user's, member's or patient's data.
    Whose,
    /// Write or manage of the access-control plane.
    Power,
    /// The whole tenant's audit or system log.
    Oversight,
}

impl Axis {
    /// The B rule that reports breadth on this axis when no more specific one does.
    #[must_use]
    pub fn rule(self) -> &'static str {
        match self {
            Axis::What => "B002",
            Axis::Whose => "B005",
            Axis::Power => "B003",
            Axis::Oversight => "B009",
        }
    }

    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Axis::What => "what",
            Axis::Whose => "whose",
            Axis::Power => "power",
            Axis::Oversight => "oversight",
        }
    }

    /// Parses `what`, `whose`, `power` or `oversight`.
    #[must_use]
    pub fn parse(s: &str) -> Option<Axis> {
        match s {
            "what" => Some(Axis::What),
            "whose" => Some(Axis::Whose),
            "power" => Some(Axis::Power),
            "oversight" => Some(Axis::Oversight),
            _ => None,
        }
    }
}

impl fmt::Display for Axis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which kinds of evidence a verdict rests on, as bits (a finding names them in JSON and SARIF).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Evidence(u8);

impl Evidence {
    pub const KNOWN: Evidence = Evidence(1);
    pub const NAME: Evidence = Evidence(2);
    pub const DESCRIPTION: Evidence = Evidence(4);
    pub const SIBLINGS: Evidence = Evidence(8);
    const ALL: [(Evidence, &'static str); 4] = [
        (Evidence::KNOWN, "known"),
        (Evidence::NAME, "name"),
        (Evidence::DESCRIPTION, "description"),
        (Evidence::SIBLINGS, "siblings"),
    ];

    #[must_use]
    pub fn with(self, other: Evidence) -> Evidence {
        Evidence(self.0 | other.0)
    }

    /// No evidence (by reference: serde's `skip_serializing_if` calls it so).
    #[must_use]
    #[allow(clippy::trivially_copy_pass_by_ref)]
    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    /// The kinds, in the documented order.
    pub fn names(self) -> impl Iterator<Item = &'static str> {
        Evidence::ALL.into_iter().filter(move |(e, _)| self.0 & e.0 != 0).map(|(_, n)| n)
    }
}

impl Serialize for Evidence {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.names())
    }
}

/// One reason a scope is broad: the B rule that reports it, the axis, what made it broad.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// The B rule (`B005`).
    pub code: &'static str,
    pub axis: Axis,
    pub message: String,
    pub evidence: Evidence,
    /// A weak reason (a whole product, a directory read) gives way to an explicit bound in the
    /// description.
    #[serde(skip)]
    pub weak: bool,
}

impl Reason {
    #[must_use]
    pub fn new(code: &'static str, axis: Axis, message: String) -> Reason {
        Reason { code, axis, message, evidence: Evidence::NAME, weak: false }
    }

    #[must_use]
    pub fn weak(code: &'static str, axis: Axis, message: String) -> Reason {
        Reason { weak: true, ..Reason::new(code, axis, message) }
    }
}

/// The verdict on one name: the reasons it is broad (none: narrow) and, when narrow, why.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Judgement {
    pub reasons: Vec<Reason>,
    /// Why the name is narrow despite what its words suggest (a known entry, a bound), if said.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub narrow: Option<String>,
}

impl Judgement {
    #[must_use]
    pub fn is_broad(&self) -> bool {
        !self.reasons.is_empty()
    }
}

/// Judges `name` (defined by `scope`, when the set defines it) in the set of `ctx`.
#[must_use]
pub fn judge(ctx: &Context<'_>, name: &Name<'_>, scope: Option<&Scope>) -> Judgement {
    if let Some(entry) = ctx.known(name) {
        return entry.judgement(name);
    }
    let mut reasons = structure::judge(name, &ctx.broad_words);
    if let Some(reason) = family::judge(ctx, name) {
        reasons.push(reason);
    }
    let mut narrow = None;
    // A scope its owner declares public guards no one's private data: a directory read or a
    // whole product of public things is not broad on that ground alone.
    if scope.and_then(|s| s.sensitivity) == Some(crate::model::Sensitivity::Public) && reasons.iter().any(|r| r.weak) {
        reasons.retain(|r| !r.weak);
        if reasons.is_empty() {
            narrow = Some("it is declared `sensitivity = \"public\"`".to_owned());
        }
    }
    if let Some(text) = scope.and_then(|s| s.description.as_deref()) {
        let said = describe::read(text);
        match said {
            describe::Said::Bound(phrase) if reasons.iter().all(|r| r.weak) && !reasons.is_empty() => {
                reasons.clear();
                narrow = Some(format!("the description bounds it: \"{}\"", crate::model::shown(phrase)));
            }
            describe::Said::Reach(axis, phrase) => match reasons.iter_mut().find(|r| r.axis == axis) {
                Some(r) => r.evidence = r.evidence.with(Evidence::DESCRIPTION),
                None => reasons.push(Reason {
                    code: axis.rule(),
                    axis,
                    message: format!("the description of `{}` says \"{}\"", name.raw, crate::model::shown(phrase)),
                    evidence: Evidence::DESCRIPTION,
                    weak: false,
                }),
            },
            _ => {}
        }
    }
    Judgement { reasons, narrow }
}

#[cfg(test)]
mod tests;
