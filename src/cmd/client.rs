//! `scopectl client …` and `scopectl consent`.

use anyhow::{Context, Result};
use clap::{Args, Subcommand};

use super::{Ctx, LISTING};
use crate::ExitStatus;
use crate::model::validate_name;
use crate::ops;
use crate::output::{
    self,
    catalog::{ClientList, ClientShow},
};
use crate::store;

/// Client commands.
#[derive(Debug, Subcommand)]
pub enum ClientCmd {
    /// Add a client (an app that requests scopes)
    Create {
        /// The client
        name: String,
        #[arg(long)]
        description: Option<String>,
    },
    /// Change a client's description
    Update {
        /// The client
        #[arg(add = super::complete::client_names())]
        name: String,
        #[arg(long)]
        description: Option<String>,
    },
    /// Delete a client and its features
    Delete {
        /// The client
        #[arg(add = super::complete::client_names())]
        name: String,
    },
    /// List clients
    List,
    /// Show a client and the scopes each feature needs
    Show {
        /// The client
        #[arg(add = super::complete::client_names())]
        name: String,
    },
    /// Manage a client's features
    #[command(subcommand)]
    Feature(FeatureCmd),
}

/// Feature commands.
#[derive(Debug, Subcommand)]
pub enum FeatureCmd {
    /// Set the scopes a feature needs (replaces what it needed before)
    #[command(after_help = "Example:\n  scopectl client feature set patient_portal lab_report view_lab_results")]
    Set {
        /// The client
        #[arg(add = super::complete::client_names())]
        client: String,
        /// The feature
        feature: String,
        /// The scopes the feature needs (none: the feature needs no scope)
        #[arg(add = super::complete::scope_names())]
        scopes: Vec<String>,
    },
    /// Remove a feature from a client
    Remove {
        /// The client
        #[arg(add = super::complete::client_names())]
        client: String,
        /// The feature
        feature: String,
    },
}

/// `scopectl consent`.
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  scopectl consent patient_portal lab_report medications\n  view_lab_results read_medications"
)]
pub struct ConsentArgs {
    /// The client asking for consent
    #[arg(add = super::complete::client_names())]
    client: String,
    /// The features the user is about to use
    #[arg(required = true)]
    features: Vec<String>,
}

/// Runs a client command.
///
/// # Errors
/// Whatever keeps the command from doing what was asked.
pub fn run(cmd: ClientCmd, ctx: &Ctx) -> Result<ExitStatus> {
    match cmd {
        ClientCmd::Create { name, description } => {
            ctx.format("client create", LISTING)?;
            validate_name(&name).with_context(|| format!("invalid client name `{}`", crate::model::shown(&name)))?;
            let mut conn = ctx.open_for_write()?;
            let change = ctx.change("client create");
            store::write(&mut conn, |tx| store::create_client(tx, &name, description.as_deref(), &change))?;
            ctx.msg.note(format_args!("created client `{name}`"));
            show_result(ctx, &conn, &name)
        }
        ClientCmd::Update { name, description } => {
            ctx.format("client update", LISTING)?;
            let mut conn = ctx.open()?;
            let change = ctx.change("client update");
            store::write(&mut conn, |tx| store::update_client(tx, &name, description.as_deref(), &change))?;
            ctx.msg.note(format_args!("updated client `{name}`"));
            show_result(ctx, &conn, &name)
        }
        ClientCmd::Delete { name } => {
            ctx.format("client delete", LISTING)?;
            let mut conn = ctx.open()?;
            let change = ctx.change("client delete");
            store::write(&mut conn, |tx| store::delete_client(tx, &name, &change))?;
            ctx.msg.note(format_args!("deleted client `{name}`"));
            Ok(ExitStatus::Success)
        }
        ClientCmd::List => {
            let format = ctx.format("client list", LISTING)?;
            let conn = ctx.open()?;
            output::emit(&ClientList(store::list_clients(&conn)?), format)?;
            Ok(ExitStatus::Success)
        }
        ClientCmd::Show { name } => {
            let format = ctx.format("client show", LISTING)?;
            let conn = ctx.open()?;
            let client = store::get_client(&conn, &name)?.with_context(|| format!("no client named `{name}`"))?;
            output::emit(&ClientShow(client), format)?;
            Ok(ExitStatus::Success)
        }
        ClientCmd::Feature(FeatureCmd::Set { client, feature, scopes }) => {
            ctx.format("client feature set", LISTING)?;
            let mut conn = ctx.open()?;
            let change = ctx.change("client feature set");
            let warnings = store::write(&mut conn, |tx| ops::set_feature(tx, &client, &feature, &scopes, &change))?;
            for w in warnings {
                ctx.msg.warn(w);
            }
            ctx.msg.note(format_args!("feature `{feature}` of client `{client}` needs: {}", scopes.join(" ")));
            show_result(ctx, &conn, &client)
        }
        ClientCmd::Feature(FeatureCmd::Remove { client, feature }) => {
            ctx.format("client feature remove", LISTING)?;
            let mut conn = ctx.open()?;
            let change = ctx.change("client feature remove");
            let removed = store::write(&mut conn, |tx| store::remove_feature(tx, &client, &feature, &change))?;
            if removed {
                ctx.msg.note(format_args!("removed feature `{feature}` from client `{client}`"));
            } else {
                ctx.msg.warn(format_args!("client `{client}` had no feature `{feature}`"));
            }
            show_result(ctx, &conn, &client)
        }
    }
}

/// Prints the minimal scope string for some features of a client.
///
/// # Errors
/// When the client or a feature is unknown.
pub fn consent(args: &ConsentArgs, ctx: &Ctx) -> Result<ExitStatus> {
    let format = ctx.format("consent", &[output::Format::Table, output::Format::Json])?;
    let conn = ctx.open()?;
    let (scopes, warnings) = ops::consent(&conn, &args.client, &args.features)?;
    for w in warnings {
        ctx.msg.warn(w);
    }
    if format == output::Format::Json {
        #[derive(serde::Serialize)]
        struct Consent<'a> {
            client: &'a str,
            features: &'a [String],
            scopes: &'a [String],
            scope: String,
        }
        let view = Consent { client: &args.client, features: &args.features, scopes: &scopes, scope: scopes.join(" ") };
        output::json(&mut std::io::stdout().lock(), &view)?;
    } else {
        output::text(&format!("{}\n", scopes.join(" ")))?;
    }
    Ok(ExitStatus::Success)
}

fn show_result(ctx: &Ctx, conn: &rusqlite::Connection, name: &str) -> Result<ExitStatus> {
    if let Some(format) = ctx.result_format() {
        let client = store::get_client(conn, name)?.with_context(|| format!("no client named `{name}`"))?;
        output::emit(&ClientShow(client), format)?;
    }
    Ok(ExitStatus::Success)
}
