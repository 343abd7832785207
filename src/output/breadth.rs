//! `scopectl breadth`: the parts of each name, the verdict and the evidence.

use std::io::{self, Write};

use serde::Serialize;

use super::{Listing, Term, View, visible};
use crate::lint::breadth::structure::Shape;
use crate::lint::breadth::{Axis, Judgement, Reason};
use crate::lint::names::Name;
use crate::lint::words::Class;
use crate::lint::{Context, rule};

/// The parts of a name as the model reads them.
#[derive(Debug, Serialize)]
pub struct Parts {
    pub convention: &'static str,
    /// SMART: `patient`, `user` or `system`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<&'static str>,
    pub actions: Vec<String>,
    pub objects: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub head: Option<String>,
    /// Qualifiers that narrow (bounds, limits).
    pub narrowing: Vec<String>,
    /// Qualifiers that widen (quantifiers, `*`, reach, `admin`).
    pub widening: Vec<String>,
}

impl Parts {
    fn of(name: &Name) -> Parts {
        let shape = Shape::of(name);
        let word = |i: usize| name.written(i).to_owned();
        let n = name.tokens.len();
        let pick = |f: &dyn Fn(usize) -> bool| (0..n).filter(|&i| f(i)).map(word).collect::<Vec<_>>();
        let action = |i: usize| name.is(i, Class::ACTION) || name.is(i, Class::ADMIN) || name.is(i, Class::WIDE_VERB);
        let narrowing = pick(&|i| name.is(i, Class::BOUND) || name.is(i, Class::LIMIT));
        let widening = pick(&|i| {
            name.is(i, Class::QUANTIFIER)
                || name.is(i, Class::CATCH_ALL)
                || name.is(i, Class::REACH)
                || name.word(i) == "*"
        });
        let convention = name.style.describe();
        if let Some(c) = name.clinical() {
            return Parts {
                convention,
                context: Some(c.context.as_str()),
                actions: vec![c.written.clone()],
                objects: vec![c.resource.clone().unwrap_or_else(|| "*".into())],
                head: c.resource.clone(),
                narrowing: c.query.iter().map(|(k, v)| format!("{k}={v}")).collect(),
                widening: if c.resource.is_none() { vec!["*".into()] } else { Vec::new() },
            };
        }
        let context = None;
        Parts {
            convention,
            context,
            actions: pick(&action),
            objects: shape.objects.iter().map(|&i| word(i)).collect(),
            head: shape.head.map(word),
            narrowing,
            widening,
        }
    }
}

/// One reason, with its rule's name.
#[derive(Debug, Serialize)]
pub struct ReasonView {
    pub code: &'static str,
    pub rule: &'static str,
    #[serde(flatten)]
    pub reason: Reason,
}

/// One judged name.
#[derive(Debug, Serialize)]
pub struct Judged {
    pub name: String,
    pub parts: Parts,
    /// `broad` or `narrow`.
    pub verdict: &'static str,
    pub axes: Vec<Axis>,
    pub reasons: Vec<ReasonView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub narrow: Option<String>,
}

impl Judged {
    #[must_use]
    pub fn new(ctx: &Context<'_>, name: &str) -> Judged {
        let Judgement { reasons, narrow } = ctx.judgement(name);
        let mut axes: Vec<Axis> = reasons.iter().map(|r| r.axis).collect();
        axes.dedup();
        let reasons: Vec<ReasonView> = reasons
            .into_iter()
            .map(|reason| ReasonView { code: reason.code, rule: rule(reason.code).map_or("", |r| r.name), reason })
            .collect();
        Judged {
            name: name.to_owned(),
            parts: Parts::of(&Name::new(name)),
            verdict: if reasons.is_empty() { "narrow" } else { "broad" },
            axes,
            reasons,
            narrow,
        }
    }
}

/// Everything `scopectl breadth` prints.
#[derive(Debug, Serialize)]
pub struct BreadthReport {
    pub names: Vec<Judged>,
}

fn list(words: &[String]) -> String {
    words.iter().map(|w| format!("`{}`", visible(w))).collect::<Vec<_>>().join(" ")
}

impl View for BreadthReport {
    fn listing(&self) -> Listing {
        let mut l = Listing::new(&["name", "verdict", "axes", "rules"]);
        for j in &self.names {
            let axes: Vec<&str> = j.axes.iter().map(|a| a.as_str()).collect();
            let codes: Vec<&str> = j.reasons.iter().map(|r| r.code).collect();
            l.push(vec![j.name.clone(), j.verdict.into(), axes.join(" "), codes.join(" ")]);
        }
        l
    }

    fn human(&self, out: &mut dyn Write, _: &Term) -> io::Result<()> {
        for (k, j) in self.names.iter().enumerate() {
            if k > 0 {
                writeln!(out)?;
            }
            let axes: Vec<&str> = j.axes.iter().map(|a| a.as_str()).collect();
            let on = if axes.is_empty() { String::new() } else { format!(" ({})", axes.join(", ")) };
            writeln!(out, "{}: {}{on}", visible(&j.name), j.verdict)?;
            let p = &j.parts;
            let context = p.context.map(|c| format!(", context `{c}`")).unwrap_or_default();
            writeln!(out, "  convention: {}{context}", p.convention)?;
            for (label, words) in [
                ("actions", &p.actions),
                ("objects", &p.objects),
                ("narrowing", &p.narrowing),
                ("widening", &p.widening),
            ] {
                if !words.is_empty() {
                    writeln!(out, "  {label}: {}", list(words))?;
                }
            }
            for r in &j.reasons {
                let evidence: Vec<&str> = r.reason.evidence.names().collect();
                writeln!(out, "  {} {} [{}]: {}", r.code, r.rule, evidence.join(", "), visible(&r.reason.message))?;
            }
            if let Some(why) = &j.narrow {
                writeln!(out, "  narrow: {}", visible(why))?;
            }
        }
        Ok(())
    }
}
