//! `plan` and `apply` output: a reviewer's view of what changes, terraform-style
//! (`+` add, `~` change, `-` remove), with the fields that differ.

use std::fmt::Write as _;
use std::io::{self, Write};

use serde::Serialize;

use super::{Listing, Term, View};
use crate::catalog::plan::{Op, Plan, ScopeOp, Summary};
use crate::catalog::{FieldChange, show};

/// A plan for the file `file`.
#[derive(Debug, Serialize)]
pub struct PlanView<'a> {
    pub file: &'a str,
    pub has_changes: bool,
    pub summary: Summary,
    #[serde(flatten)]
    pub plan: &'a Plan,
}

impl<'a> PlanView<'a> {
    #[must_use]
    pub fn new(file: &'a str, plan: &'a Plan) -> Self {
        PlanView { file, has_changes: !plan.is_empty(), summary: plan.summary(), plan }
    }
}

fn scope_op(op: ScopeOp) -> (&'static str, &'static str) {
    match op {
        ScopeOp::Add => ("+", "add"),
        ScopeOp::Update => ("~", "new version"),
        ScopeOp::Deprecate => ("~", "deprecate, new version"),
        ScopeOp::Reinstate => ("~", "reinstate, new version"),
        ScopeOp::Retire => ("~", "retire"),
        ScopeOp::Unretire => ("!", "un-retire: refused by the catalog"),
    }
}

fn op_sign(op: Op) -> &'static str {
    match op {
        Op::Add => "+",
        Op::Update => "~",
        Op::Remove => "-",
    }
}

/// `field: before → after`, or `field = value` for something new.
fn field_line(f: &FieldChange, new: bool) -> String {
    if new {
        format!("{} = {}", f.field, show(&f.after))
    } else {
        format!("{}: {} → {}", f.field, show(&f.before), show(&f.after))
    }
}

struct Lines<'t> {
    out: String,
    term: &'t Term,
}

impl Lines<'_> {
    fn line(&mut self, indent: usize, sign: &str, text: &str) {
        let style = match sign {
            "+" => anstyle::AnsiColor::Green.on_default(),
            "-" | "!" => anstyle::AnsiColor::Red.on_default(),
            "~" => anstyle::AnsiColor::Yellow.on_default(),
            _ => anstyle::Style::new(),
        };
        let pad = "";
        if self.term.color && !sign.is_empty() {
            let _ = writeln!(self.out, "{pad:indent$}{style}{sign}{style:#} {text}");
        } else if sign.is_empty() {
            let _ = writeln!(self.out, "{pad:indent$}  {text}");
        } else {
            let _ = writeln!(self.out, "{pad:indent$}{sign} {text}");
        }
    }
}

impl View for PlanView<'_> {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&["op", "kind", "name", "detail"]);
        for s in &self.plan.scopes {
            let fields: Vec<String> = s.fields.iter().map(|f| f.field.to_owned()).collect();
            l.push(vec![format!("{:?}", s.op).to_lowercase(), "scope".into(), s.name.clone(), fields.join(" ")]);
        }
        for r in &self.plan.roles {
            for g in &r.grants {
                l.push(vec![
                    format!("{:?}", g.op).to_lowercase(),
                    "grant".into(),
                    r.name.clone(),
                    g.grant.scope.clone(),
                ]);
            }
        }
        for c in &self.plan.clients {
            for f in &c.features {
                l.push(vec![format!("{:?}", f.op).to_lowercase(), "feature".into(), c.name.clone(), f.feature.clone()]);
            }
        }
        l
    }

    fn human(&self, out: &mut dyn Write, term: &Term) -> io::Result<()> {
        let plan = self.plan;
        let mut w = Lines { out: String::new(), term };
        if plan.is_empty() {
            let _ = writeln!(w.out, "No changes: the catalog matches {}.", self.file);
        } else {
            let _ = writeln!(w.out, "Changes to make the catalog match {}:\n", self.file);
        }
        for s in &plan.scopes {
            let (sign, what) = scope_op(s.op);
            w.line(2, sign, &format!("scope {}  ({what})", s.name));
            for f in &s.fields {
                w.line(6, "", &field_line(f, s.op == ScopeOp::Add));
            }
        }
        for r in &plan.roles {
            w.line(2, op_sign(r.op), &format!("role {}", r.name));
            for f in &r.fields {
                w.line(6, "", &field_line(f, r.op == Op::Add));
            }
            for g in &r.grants {
                let mut text = format!("grant {}", g.grant.scope);
                if g.op == Op::Update {
                    let changes: Vec<String> = g.fields.iter().map(|f| field_line(f, false)).collect();
                    let _ = write!(text, ": {}", changes.join(", "));
                } else if g.op == Op::Add {
                    if let Some(j) = &g.grant.justification {
                        let _ = write!(text, "  (justification {j:?})");
                    }
                    if let Some(e) = g.grant.expires {
                        let _ = write!(text, "  (expires {e})");
                    }
                }
                w.line(4, op_sign(g.op), &text);
            }
        }
        for c in &plan.clients {
            w.line(2, op_sign(c.op), &format!("client {}", c.name));
            for f in &c.fields {
                w.line(6, "", &field_line(f, c.op == Op::Add));
            }
            for f in &c.features {
                let text = match f.op {
                    Op::Add => format!("feature {}: {}", f.feature, f.scopes.join(" ")),
                    Op::Remove => format!("feature {}", f.feature),
                    Op::Update => {
                        let mut parts: Vec<String> = f.added.iter().map(|s| format!("+{s}")).collect();
                        parts.extend(f.removed.iter().map(|s| format!("-{s}")));
                        format!("feature {}: {}", f.feature, parts.join(" "))
                    }
                };
                w.line(4, op_sign(f.op), &text);
            }
        }
        let u = &plan.unmanaged;
        let mut kept: Vec<String> = u.scopes.iter().map(|s| format!("scope {s}")).collect();
        kept.extend(u.roles.iter().map(|r| format!("role {r}")));
        kept.extend(u.clients.iter().map(|c| format!("client {c}")));
        if !kept.is_empty() {
            let _ = writeln!(w.out, "\nOnly in the catalog, kept as they are: {}.", kept.join(", "));
        }
        if !plan.is_empty() {
            let s = self.summary;
            let _ = writeln!(
                w.out,
                "\nPlan: {} to add, {} to change, {} to deprecate, {} to retire; {} to grant, {} to revoke.",
                s.add, s.change, s.deprecate, s.retire, s.grant, s.revoke
            );
        }
        out.write_all(w.out.as_bytes())
    }
}
