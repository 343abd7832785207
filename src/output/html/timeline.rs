//! The lifecycle section (a sunset timeline in inline SVG and the deprecated scopes) and the usage
//! bars from the audit.

use std::fmt::Write as _;

use jiff::ToSpan;
use jiff::civil::Date;

use super::{class, esc, grid};
use crate::output::View;
use crate::report::{Input, Lifecycle, days_between};

const WIDTH: i64 = 960;
const LABEL: i64 = 250;
const RIGHT: i64 = 120;
const ROW: i64 = 24;
const TOP: i64 = 30;
/// Sunsets within this many days are drawn as "soon".
const SOON_DAYS: i64 = 90;
/// Names longer than this are cut in the label (the tooltip has them whole).
const LABEL_CHARS: usize = 34;

fn countdown(days: i64) -> String {
    match days {
        0 => "today".to_owned(),
        1 => "tomorrow".to_owned(),
        -1 => "yesterday".to_owned(),
        d if d > 0 => format!("in {d} days"),
        d => format!("{} days ago", -d),
    }
}

fn short(name: &str) -> String {
    if name.chars().count() <= LABEL_CHARS {
        name.to_owned()
    } else {
        let cut: String = name.chars().take(LABEL_CHARS - 1).collect();
        format!("{cut}…")
    }
}

/// The sunset timeline: one line per deprecated scope with a sunset, from today to its sunset.
fn svg(out: &mut String, lifecycle: &Lifecycle) {
    let rows: Vec<(&crate::report::LifecycleRow, Date, i64)> =
        lifecycle.scopes.iter().filter_map(|r| Some((r, r.sunset?, r.days_left?))).collect();
    if rows.is_empty() {
        out.push_str("<p class=\"note\">No deprecated scope has a sunset date.</p>\n");
        return;
    }
    let today = lifecycle.as_of;
    let first = rows.iter().map(|r| r.1).min().unwrap_or(today).min(today);
    let last = rows.iter().map(|r| r.1).max().unwrap_or(today).max(today);
    let start = first.saturating_sub(14.days()).first_of_month();
    let end = last.saturating_add(1.month()).first_of_month();
    let span = days_between(start, end).max(1);
    let plot = WIDTH - LABEL - RIGHT;
    let x = |d: Date| LABEL + days_between(start, d) * plot / span;
    let count = i64::try_from(rows.len()).unwrap_or(i64::MAX);
    let bottom = TOP + count * ROW + 6;
    let height = bottom + 18;
    let _ = write!(
        out,
        "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" role=\"img\" aria-labelledby=\"timeline-title\">\n\
         <title id=\"timeline-title\">Sunsets of {count} deprecated scopes, as of {today}</title>\n<g class=\"axis\">"
    );
    // Month ticks, thinned to at most a dozen labels.
    let months = days_between(start, end) / 30 + 1;
    let step = (months + 11) / 12;
    let mut tick = start;
    while tick <= end {
        let tx = x(tick);
        let _ = write!(
            out,
            "<line x1=\"{tx}\" y1=\"{}\" x2=\"{tx}\" y2=\"{}\"/><text x=\"{tx}\" y=\"14\" text-anchor=\"middle\">{}-{:02}</text>",
            TOP - 8,
            bottom,
            tick.year(),
            tick.month()
        );
        tick = tick.saturating_add(step.months());
    }
    let tx = x(today);
    let _ = writeln!(
        out,
        "</g>\n<g class=\"today\"><line x1=\"{tx}\" y1=\"{}\" x2=\"{tx}\" y2=\"{bottom}\"/><text x=\"{tx}\" y=\"{}\" text-anchor=\"middle\">today {today}</text></g>",
        TOP - 8,
        height - 4
    );
    for (i, (row, sunset, days)) in (0_i64..).zip(&rows) {
        let y = TOP + i * ROW + ROW / 2;
        let kind = match *days {
            d if d < 0 => "past",
            d if d <= SOON_DAYS => "soon",
            _ => "later",
        };
        let sx = x(*sunset);
        let mut title = format!("{}: sunset {sunset}, {}", row.scope, countdown(*days));
        if !row.replaced_by.is_empty() {
            let _ = write!(title, "; replaced by {}", row.replaced_by.join(", "));
        }
        let holders = row.held_by_roles.len() + row.held_by_clients.len();
        if holders > 0 {
            let _ = write!(title, "; still held by {holders}");
        }
        let _ = writeln!(
            out,
            "<g class=\"sunset {kind}\" data-scope=\"{}\"><title>{}</title><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\
             <line x1=\"{tx}\" y1=\"{y}\" x2=\"{sx}\" y2=\"{y}\"/><circle cx=\"{sx}\" cy=\"{y}\" r=\"5\"/>\
             <text x=\"{}\" y=\"{}\">{}</text></g>",
            esc(&row.scope),
            esc(&title),
            LABEL - 10,
            y + 4,
            esc(&short(&row.scope)),
            tx.max(sx) + 10,
            y + 4,
            esc(&countdown(*days))
        );
    }
    out.push_str("</svg>\n");
}

/// The `#lifecycle` section.
pub(super) fn lifecycle(out: &mut String, l: &Lifecycle) {
    out.push_str(
        "<section id=\"lifecycle\">\n<h2>Lifecycle</h2>\n<p class=\"legend\">Deprecated scopes, from today to their \
         sunset: <b>past</b> in red, within 90 days in orange. Rows past their sunset are highlighted below.</p>\n",
    );
    if l.scopes.is_empty() {
        out.push_str("<p class=\"note\">No deprecated scopes.</p>\n</section>\n");
        return;
    }
    svg(out, l);
    grid(out, &l.listing(), |i| l.scopes[i].past_sunset.then_some("past"));
    out.push_str("</section>\n");
}

/// The `#usage` section: events per scope from the audit, or a note when there is no audit data.
pub(super) fn usage(out: &mut String, input: &Input) {
    out.push_str("<section id=\"usage\">\n<h2>Usage</h2>\n");
    let mut top: Vec<(&String, u64)> = input.usage.events.iter().map(|(s, n)| (s, *n)).collect();
    if top.is_empty() {
        out.push_str(
            "<p class=\"note\">No audit data: import access logs with <code>scopectl audit import</code> \
             to see how often each scope is used.</p>\n</section>\n",
        );
        return;
    }
    top.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    top.truncate(40);
    let max = top[0].1.max(1);
    let index = input.set.scope_index();
    out.push_str("<div class=\"bars\">\n");
    for (scope, n) in top {
        let sensitivity = index.get(scope.as_str()).and_then(|s| s.sensitivity);
        let pct = n.saturating_mul(100) / max;
        let _ = writeln!(
            out,
            "<span>{}</span><span class=\"bar {}\" style=\"width:{pct}%\" data-scope=\"{}\"></span><span class=\"n\">{n}</span>",
            esc(scope),
            class(sensitivity),
            esc(scope)
        );
    }
    out.push_str("</div>\n</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::input;

    #[test]
    fn the_timeline_places_past_and_future_sunsets() {
        let mut out = String::new();
        lifecycle(&mut out, &Lifecycle::new(&input()));
        assert!(out.contains("<g class=\"sunset past\" data-scope=\"read_all_data\"><title>read_all_data: sunset 2026-11-01, 28 days ago; replaced by view_lab_results; still held by 1</title>"), "{out}");
        assert!(out.contains("<g class=\"sunset soon\" data-scope=\"read_notes\">"));
        assert!(out.contains(">2026-10</text>") && out.contains(">2027-02</text>"), "{out}");
        assert!(out.contains("<tr class=\"past\">"));
    }

    #[test]
    fn usage_bars_appear_only_with_audit_data() {
        let mut input = input();
        let mut out = String::new();
        usage(&mut out, &input);
        assert!(out.contains("No audit data"));
        input.usage.events.insert("view_lab_results".into(), 40);
        input.usage.events.insert("read_directory".into(), 10);
        out.clear();
        usage(&mut out, &input);
        assert!(out.contains("class=\"bar s-phi\" style=\"width:100%\" data-scope=\"view_lab_results\""), "{out}");
        assert!(out.contains("class=\"bar s-public\" style=\"width:25%\""));
    }

    #[test]
    fn countdowns_read_naturally() {
        assert_eq!(countdown(0), "today");
        assert_eq!(countdown(5), "in 5 days");
        assert_eq!(countdown(-3), "3 days ago");
        assert_eq!(short(&"x".repeat(40)).chars().count(), LABEL_CHARS);
    }
}
