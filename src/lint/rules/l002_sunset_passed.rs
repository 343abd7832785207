//! L002: a deprecated scope past its sunset date.

use crate::lint::names::Name;
use crate::lint::{Check, Context, Rule};
use crate::model::{Level, Scope, Status};

pub const RULE: Rule = Rule {
    code: "L002",
    name: "sunset-passed",
    level: Level::Error,
    summary: "The sunset date has passed but the scope is not retired",
    what: "Flags deprecated scopes whose `sunset` date is before today.",
    why: "Past its sunset a scope should be gone; while it stays, holders keep access that the deprecation \
          decided they should lose.",
    bad: "[scopes.read_all_data]\nstatus = \"deprecated\"\nreplaced_by = [\"view_lab_results\"]\nsunset = 2020-01-01\n\n[scopes.view_lab_results]",
    good: "[scopes.read_all_data]\nstatus = \"retired\"\nreplaced_by = [\"view_lab_results\"]\nsunset = 2020-01-01\n\n[scopes.view_lab_results]",
    fix: "Retire the scope (`scopectl scope retire NAME`), or move the sunset if the migration needs longer.",
    check: Check::Scope(check),
};

fn check(ctx: &Context<'_>, _: &Name, scope: Option<&Scope>) -> Option<String> {
    let scope = scope.filter(|s| s.status == Status::Deprecated)?;
    let sunset = scope.sunset.filter(|d| *d < ctx.today)?;
    Some(format!("scope `{}` passed its sunset on {sunset} but is still deprecated, not retired", scope.name))
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::*;
    use crate::model::Status;

    fn with(status: Status, sunset: jiff::civil::Date) -> crate::model::ScopeSet {
        let mut set = named(&["old"]);
        set.scopes[0].status = status;
        set.scopes[0].sunset = Some(sunset);
        set
    }

    #[test]
    fn fires_after_the_sunset() {
        fires(&super::RULE, &with(Status::Deprecated, jiff::civil::date(2020, 1, 1)), &on_scope("old"), "2020-01-01");
    }

    #[test]
    fn quiet_before_the_sunset_or_once_retired() {
        quiet(&super::RULE, &with(Status::Deprecated, today()));
        quiet(&super::RULE, &with(Status::Retired, jiff::civil::date(2020, 1, 1)));
    }
}
