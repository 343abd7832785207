//! One module per noun: its clap verbs and the handler that runs them. Handlers load their
//! inputs, call `ops`/`store`, and hand a view to `output`.

pub mod apply;
pub mod audit;
pub mod breadth;
pub mod client;
pub mod complete;
pub mod completions;
pub mod diff;
pub mod export;
pub mod import;
pub mod lint;
pub mod log;
pub mod man;
pub mod report;
pub mod role;
pub mod scope;

use std::cell::OnceCell;
use std::path::PathBuf;

use anyhow::{Result, bail};
use jiff::civil::Date;
use rusqlite::Connection;

use crate::cli::{ColorArg, GlobalArgs};
use crate::output::{Format, Messages};
use crate::store::{self, Change, OpenMode};

/// What every handler needs from the global flags, validated once.
#[derive(Debug)]
pub struct Ctx {
    db: Option<PathBuf>,
    format: Option<Format>,
    pub actor: String,
    /// Resolved on first use: finding the system time zone reads the tz database, which commands
    /// that never look at dates should not pay for.
    today: OnceCell<Date>,
    pub msg: Messages,
}

impl Ctx {
    /// Validates the global flags.
    ///
    /// # Errors
    /// When `SCOPECTL_TODAY` is set but not a date.
    pub fn new(global: &GlobalArgs) -> Result<Self> {
        crate::input::set_max_input_mib(global.max_input_mib);
        let choice = match global.color {
            ColorArg::Auto => anstream::ColorChoice::Auto,
            ColorArg::Always => anstream::ColorChoice::Always,
            ColorArg::Never => anstream::ColorChoice::Never,
        };
        choice.write_global();
        let actor = global
            .actor
            .clone()
            .filter(|a| !a.trim().is_empty())
            .or_else(|| std::env::var("USER").ok().filter(|u| !u.is_empty()))
            .or_else(|| std::env::var("USERNAME").ok().filter(|u| !u.is_empty()))
            .unwrap_or_else(|| "unknown".to_owned());
        // SCOPECTL_TODAY pins "today" for reproducible reports and tests.
        let today = OnceCell::new();
        if let Ok(text) = std::env::var("SCOPECTL_TODAY")
            && !text.is_empty()
        {
            let date = crate::model::parse_date(&text).map_err(|e| anyhow::anyhow!("SCOPECTL_TODAY: {e}"))?;
            let _ = today.set(date);
        }
        Ok(Ctx {
            db: global.db.clone(),
            format: global.format.map(Into::into),
            actor,
            today,
            msg: Messages { quiet: global.quiet },
        })
    }

    /// Today's date in the local time zone (or `SCOPECTL_TODAY`).
    pub fn today(&self) -> Date {
        *self.today.get_or_init(|| jiff::ZonedDateTime::now().date())
    }

    fn db_path(&self) -> Result<PathBuf> {
        match &self.db {
            Some(p) => Ok(p.clone()),
            None => store::default_path(),
        }
    }

    /// Opens the catalog for reading; a missing catalog is an error and nothing is created.
    ///
    /// # Errors
    /// See [`store::open`].
    pub fn open(&self) -> Result<Connection> {
        store::open(&self.db_path()?, OpenMode::Existing)
    }

    /// Opens the catalog for reading when it exists; `None` when there is none yet.
    ///
    /// # Errors
    /// See [`store::open`].
    pub fn open_existing(&self) -> Result<Option<Connection>> {
        let path = self.db_path()?;
        if !path.exists() {
            return Ok(None);
        }
        store::open(&path, OpenMode::Existing).map(Some)
    }

    /// Opens the catalog for a change, creating it when missing.
    ///
    /// # Errors
    /// See [`store::open`].
    pub fn open_for_write(&self) -> Result<Connection> {
        store::open(&self.db_path()?, OpenMode::Create)
    }

    /// A change-log context for `command`.
    #[must_use]
    pub fn change(&self, command: &str) -> Change {
        Change::now(&self.actor, command)
    }

    /// The format asked for, when `command` supports it; `default` when none was asked for.
    ///
    /// # Errors
    /// When the asked format is not in `allowed`.
    pub fn format(&self, command: &str, allowed: &[Format]) -> Result<Format> {
        let default = allowed[0];
        match self.format {
            None => Ok(default),
            Some(f) if allowed.contains(&f) => Ok(f),
            Some(f) => {
                let names: Vec<&str> = allowed.iter().map(|f| f.as_str()).collect();
                bail!("`scopectl {command}` cannot print --format {f}; it supports {}", names.join(", "))
            }
        }
    }

    /// The format a changing command prints its result in: only when `--format json` or `csv` was
    /// asked for (by default such commands print a status line on stderr and nothing on stdout).
    #[must_use]
    pub fn result_format(&self) -> Option<Format> {
        self.format.filter(|f| LISTING.contains(f) && *f != Format::Table)
    }
}

/// The formats every listing supports.
pub const LISTING: &[Format] = &[Format::Table, Format::Json, Format::Csv];

/// `--fail-on` for commands whose findings have a severity (`lint`, `audit report`): the least
/// severity that makes the command exit 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    /// True when a finding of `level` fails the run.
    #[must_use]
    pub fn fails(self, level: crate::model::Level) -> bool {
        use crate::model::Level;
        match self {
            FailOn::Error => level >= Level::Error,
            FailOn::Warning => level >= Level::Warning,
            FailOn::Info => level >= Level::Info,
            FailOn::Never => false,
        }
    }
}
