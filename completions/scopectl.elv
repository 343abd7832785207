
use builtin;
use str;

set edit:completion:arg-completer[scopectl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'scopectl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'scopectl'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand scope 'Define, update, deprecate and retire scopes'
            cand role 'Manage roles and the scopes they hold'
            cand client 'Manage clients (apps) and the scopes each feature needs'
            cand consent 'Print the minimal scope string a client should request for some features'
            cand log 'Show the change log'
            cand verify 'Check the change log''s hash chain and the database''s integrity'
            cand tag 'Name points in the change log, to version whole scope sets'
            cand plan 'Show what `apply` would change to make the catalog match a scopes.toml'
            cand apply 'Make the catalog match a scopes.toml, in one transaction'
            cand export 'Print the catalog as a scopes.toml, JSON, or a Keycloak, Auth0 or OpenAPI document'
            cand import 'Read scopes from a Keycloak realm, an Auth0 tenant or an OpenAPI document'
            cand diff 'Compare two scope sets (files, tags or the catalog) and flag privilege widening'
            cand audit 'Import access logs and audit how scopes are used'
            cand completions 'Print a shell completion script'
            cand lint 'Check scope sets (files, stdin, OpenAPI documents or the catalog) against the lint rules'
            cand rule 'Explain one lint rule'
            cand rules 'List the lint rules'
            cand breadth 'Explain how broad scope names are: the parts, the verdict and the evidence'
            cand report 'Reports for reviewers and scripts: access matrix, PHI, lifecycle, access review, HTML'
            cand man 'Write one man page per command into a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scopectl;scope'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand define 'Add a scope to the catalog (version 1)'
            cand update 'Change a scope''s definition; every change makes a new version'
            cand list 'List scopes'
            cand show 'Show one scope (its current version, or an older one)'
            cand history 'List every version of a scope and what changed in each'
            cand deprecate 'Deprecate an active scope: holders should move to its replacement before the sunset'
            cand reinstate 'Return a deprecated scope to active use'
            cand retire 'Retire a deprecated scope; refused while any role or client still holds it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scopectl;scope;define'= {
            cand --description 'What the scope lets its holder do, in a sentence'
            cand --resource 'The data type it guards (e.g. lab_results, or a FHIR resource type)'
            cand --action 'An action it allows (repeatable; on update, replaces the list)'
            cand --sensitivity 'public, internal, confidential, pii or phi'
            cand --owner 'The team accountable for it'
            cand --tag 'A tag (repeatable; on update, replaces the list)'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;scope;update'= {
            cand --description 'What the scope lets its holder do, in a sentence'
            cand --resource 'The data type it guards (e.g. lab_results, or a FHIR resource type)'
            cand --action 'An action it allows (repeatable; on update, replaces the list)'
            cand --sensitivity 'public, internal, confidential, pii or phi'
            cand --owner 'The team accountable for it'
            cand --tag 'A tag (repeatable; on update, replaces the list)'
            cand --clear 'Clear a field (repeatable)'
            cand --replaced-by 'Replacement scopes (deprecated scopes only; replaces the list)'
            cand --sunset 'Sunset date, YYYY-MM-DD (deprecated scopes only)'
            cand --reason 'Deprecation reason (deprecated scopes only)'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;scope;list'= {
            cand --status 'status'
            cand --sensitivity 'sensitivity'
            cand --owner 'owner'
            cand --resource 'resource'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;scope;show'= {
            cand --version 'Show this version instead of the current one'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;scope;history'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;scope;deprecate'= {
            cand --reason 'Why it is deprecated (required)'
            cand --replaced-by 'The active scope(s) that replace it (repeatable)'
            cand --sunset 'The date after which it should be retired, YYYY-MM-DD (today or later)'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;scope;reinstate'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;scope;retire'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand --revoke-grants 'Take the scope from every role and client feature that holds it, in the same change'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;scope;help'= {
            cand define 'Add a scope to the catalog (version 1)'
            cand update 'Change a scope''s definition; every change makes a new version'
            cand list 'List scopes'
            cand show 'Show one scope (its current version, or an older one)'
            cand history 'List every version of a scope and what changed in each'
            cand deprecate 'Deprecate an active scope: holders should move to its replacement before the sunset'
            cand reinstate 'Return a deprecated scope to active use'
            cand retire 'Retire a deprecated scope; refused while any role or client still holds it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scopectl;scope;help;define'= {
        }
        &'scopectl;scope;help;update'= {
        }
        &'scopectl;scope;help;list'= {
        }
        &'scopectl;scope;help;show'= {
        }
        &'scopectl;scope;help;history'= {
        }
        &'scopectl;scope;help;deprecate'= {
        }
        &'scopectl;scope;help;reinstate'= {
        }
        &'scopectl;scope;help;retire'= {
        }
        &'scopectl;scope;help;help'= {
        }
        &'scopectl;role'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Add a role'
            cand update 'Change a role''s description or break-glass flag'
            cand delete 'Delete a role and all its grants'
            cand list 'List roles'
            cand show 'Show a role and its grants'
            cand grant 'Grant scopes to a role'
            cand revoke 'Take scopes away from a role'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scopectl;role;create'= {
            cand --description 'description'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand --break-glass 'Emergency access: every grant must carry a justification and an expiry'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;role;update'= {
            cand --description 'description'
            cand --break-glass 'Mark (true) or unmark (false) the role as break-glass'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;role;delete'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;role;list'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;role;show'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;role;grant'= {
            cand --justification 'Why the role needs them'
            cand --expires 'When the grants lapse, YYYY-MM-DD'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand --allow-deprecated 'Grant a deprecated scope anyway (its replacement is named in a warning)'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;role;revoke'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;role;help'= {
            cand create 'Add a role'
            cand update 'Change a role''s description or break-glass flag'
            cand delete 'Delete a role and all its grants'
            cand list 'List roles'
            cand show 'Show a role and its grants'
            cand grant 'Grant scopes to a role'
            cand revoke 'Take scopes away from a role'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scopectl;role;help;create'= {
        }
        &'scopectl;role;help;update'= {
        }
        &'scopectl;role;help;delete'= {
        }
        &'scopectl;role;help;list'= {
        }
        &'scopectl;role;help;show'= {
        }
        &'scopectl;role;help;grant'= {
        }
        &'scopectl;role;help;revoke'= {
        }
        &'scopectl;role;help;help'= {
        }
        &'scopectl;client'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Add a client (an app that requests scopes)'
            cand update 'Change a client''s description'
            cand delete 'Delete a client and its features'
            cand list 'List clients'
            cand show 'Show a client and the scopes each feature needs'
            cand feature 'Manage a client''s features'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scopectl;client;create'= {
            cand --description 'description'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;client;update'= {
            cand --description 'description'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;client;delete'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;client;list'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;client;show'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;client;feature'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand set 'Set the scopes a feature needs (replaces what it needed before)'
            cand remove 'Remove a feature from a client'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scopectl;client;feature;set'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;client;feature;remove'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;client;feature;help'= {
            cand set 'Set the scopes a feature needs (replaces what it needed before)'
            cand remove 'Remove a feature from a client'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scopectl;client;feature;help;set'= {
        }
        &'scopectl;client;feature;help;remove'= {
        }
        &'scopectl;client;feature;help;help'= {
        }
        &'scopectl;client;help'= {
            cand create 'Add a client (an app that requests scopes)'
            cand update 'Change a client''s description'
            cand delete 'Delete a client and its features'
            cand list 'List clients'
            cand show 'Show a client and the scopes each feature needs'
            cand feature 'Manage a client''s features'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scopectl;client;help;create'= {
        }
        &'scopectl;client;help;update'= {
        }
        &'scopectl;client;help;delete'= {
        }
        &'scopectl;client;help;list'= {
        }
        &'scopectl;client;help;show'= {
        }
        &'scopectl;client;help;feature'= {
            cand set 'Set the scopes a feature needs (replaces what it needed before)'
            cand remove 'Remove a feature from a client'
        }
        &'scopectl;client;help;feature;set'= {
        }
        &'scopectl;client;help;feature;remove'= {
        }
        &'scopectl;client;help;help'= {
        }
        &'scopectl;consent'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;log'= {
            cand --entity 'Only entries about this entity: a name, or KIND:NAME (kinds: scope, role, grant, client, tag)'
            cand --actor 'Only entries made by this actor'
            cand --since 'Only entries at or after this date (YYYY-MM-DD) or RFC 3339 time'
            cand -n 'Only the newest N entries'
            cand --limit 'Only the newest N entries'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand checkpoint 'Print the log''s head (entry count and hash) to keep outside the catalog'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scopectl;log;checkpoint'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;log;help'= {
            cand checkpoint 'Print the log''s head (entry count and hash) to keep outside the catalog'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scopectl;log;help;checkpoint'= {
        }
        &'scopectl;log;help;help'= {
        }
        &'scopectl;verify'= {
            cand --against 'Also check the log against a checkpoint kept earlier (`scopectl log checkpoint`); `-` reads stdin'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;tag'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Name the current state of the catalog (the end of the change log)'
            cand list 'List tags'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scopectl;tag;create'= {
            cand -m 'm'
            cand --message 'message'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;tag;list'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;tag;help'= {
            cand create 'Name the current state of the catalog (the end of the change log)'
            cand list 'List tags'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scopectl;tag;help;create'= {
        }
        &'scopectl;tag;help;list'= {
        }
        &'scopectl;tag;help;help'= {
        }
        &'scopectl;plan'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand --check 'Exit 1 when changes are pending, 0 when the catalog already matches'
            cand --deprecate-missing 'Also plan to deprecate active scopes that are in the catalog but not in the file'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;apply'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand --deprecate-missing 'Deprecate active scopes that are in the catalog but not in the file (otherwise they are kept as they are)'
            cand --allow-deprecate-all 'With --deprecate-missing: go ahead even when that deprecates every active scope of the catalog'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;export'= {
            cand --at 'Export the catalog as it was when this tag was created'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;import'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand keycloak 'Read a Keycloak realm export (kc.sh export or the admin console''s partial export)'
            cand auth0 'Read an Auth0 tenant in the Deploy CLI format (tenant.yaml or a directory export)'
            cand openapi 'Read the OAuth scopes and operation requirements of an OpenAPI 3.0 or 3.1 document'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scopectl;import;keycloak'= {
            cand --realm 'The realm to read when the file holds several'
            cand -o 'Write the scopes.toml to this file instead of standard output'
            cand --output 'Write the scopes.toml to this file instead of standard output'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand --apply 'Apply the imported set to the catalog (in one transaction) instead of printing it'
            cand --deprecate-missing 'With --apply: deprecate active catalog scopes the import does not have'
            cand --allow-deprecate-all 'With --deprecate-missing: go ahead even when that deprecates every active scope of the catalog'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;import;auth0'= {
            cand -o 'Write the scopes.toml to this file instead of standard output'
            cand --output 'Write the scopes.toml to this file instead of standard output'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand --apply 'Apply the imported set to the catalog (in one transaction) instead of printing it'
            cand --deprecate-missing 'With --apply: deprecate active catalog scopes the import does not have'
            cand --allow-deprecate-all 'With --deprecate-missing: go ahead even when that deprecates every active scope of the catalog'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;import;openapi'= {
            cand -o 'Write the scopes.toml to this file instead of standard output'
            cand --output 'Write the scopes.toml to this file instead of standard output'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand --apply 'Apply the imported set to the catalog (in one transaction) instead of printing it'
            cand --deprecate-missing 'With --apply: deprecate active catalog scopes the import does not have'
            cand --allow-deprecate-all 'With --deprecate-missing: go ahead even when that deprecates every active scope of the catalog'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;import;help'= {
            cand keycloak 'Read a Keycloak realm export (kc.sh export or the admin console''s partial export)'
            cand auth0 'Read an Auth0 tenant in the Deploy CLI format (tenant.yaml or a directory export)'
            cand openapi 'Read the OAuth scopes and operation requirements of an OpenAPI 3.0 or 3.1 document'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scopectl;import;help;keycloak'= {
        }
        &'scopectl;import;help;auth0'= {
        }
        &'scopectl;import;help;openapi'= {
        }
        &'scopectl;import;help;help'= {
        }
        &'scopectl;diff'= {
            cand --fail-on 'Exit 1 when the diff has changes of this kind'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;audit'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand import 'Import access logs (JSON Lines or CSV, gzip or not) into the catalog'
            cand report 'Find anomalies in the imported events; exit 1 when findings reach --fail-on'
            cand unused 'List grants that no event used in the last N days (least-privilege candidates)'
            cand stats 'Events per day, per client and per scope'
            cand who 'Look up one subject''s events (the subject is matched by its keyed hash)'
            cand prune 'Delete events before a date (recorded in the change log)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scopectl;audit;import'= {
            cand --input-format 'The format of every log, whatever its name'
            cand --map 'Read FIELD from the log''s NAME (repeatable), e.g. --map granted=scope'
            cand --max-errors 'Report at most this many bad lines on stderr (all are counted)'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand --strict 'Stop at the first bad line (exit 2) and store nothing from that file (earlier files stay). Without it, bad lines are skipped and counted. Either way each file is one transaction: imported whole or not at all'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;audit;report'= {
            cand --since 'Only events at or after this date (YYYY-MM-DD, UTC) or RFC 3339 time'
            cand --until 'Only events before this time, or through the end of this date'
            cand --client 'Only events of this client'
            cand --role 'Only events of this role'
            cand --fail-on 'Exit 1 when a finding is at or above this severity'
            cand --baseline-days 'Days before the period in which an IP must be absent to count as new'
            cand --window 'The sliding window of the burst check (e.g. 1h, 15m)'
            cand --burst 'Events from a new IP within one window that make a burst'
            cand --spike-k 'An hour is a spike above median + K × 1.4826 × MAD of the client''s hourly counts'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;audit;unused'= {
            cand --days 'The window, in days, ending today'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;audit;stats'= {
            cand --since 'Only events at or after this date (YYYY-MM-DD, UTC) or RFC 3339 time'
            cand --until 'Only events before this time, or through the end of this date'
            cand --client 'Only events of this client'
            cand --role 'Only events of this role'
            cand --top 'How many clients and scopes to list'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;audit;who'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;audit;prune'= {
            cand --before 'Delete the events before this date (YYYY-MM-DD, UTC) or RFC 3339 time'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;audit;help'= {
            cand import 'Import access logs (JSON Lines or CSV, gzip or not) into the catalog'
            cand report 'Find anomalies in the imported events; exit 1 when findings reach --fail-on'
            cand unused 'List grants that no event used in the last N days (least-privilege candidates)'
            cand stats 'Events per day, per client and per scope'
            cand who 'Look up one subject''s events (the subject is matched by its keyed hash)'
            cand prune 'Delete events before a date (recorded in the change log)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scopectl;audit;help;import'= {
        }
        &'scopectl;audit;help;report'= {
        }
        &'scopectl;audit;help;unused'= {
        }
        &'scopectl;audit;help;stats'= {
        }
        &'scopectl;audit;help;who'= {
        }
        &'scopectl;audit;help;prune'= {
        }
        &'scopectl;audit;help;help'= {
        }
        &'scopectl;completions'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;lint'= {
            cand --openapi 'Lint the scopes and operation security of an OpenAPI 3 document (YAML or JSON); repeatable. Rules on fields a document cannot hold (M002 M003 M004) run only when --select names them'
            cand --select 'Rules to run: codes, prefixes or ALL, comma-separated (replaces `[lint] select`)'
            cand --ignore 'Rules to skip: codes, prefixes or ALL, comma-separated (added to `[lint] ignore`)'
            cand --fail-on 'The lowest severity that makes the command exit 1'
            cand --baseline 'Accept the findings recorded in this baseline file; report only new ones'
            cand --write-baseline 'Record the current findings as the accepted baseline in this file'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand --catalog 'Lint the catalog (the database) as well'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;rule'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;rules'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;breadth'= {
            cand --description 'The scope''s description, weighed as evidence (applies to every NAME)'
            cand --in 'Judge the names inside this scope set: its other names are siblings, its `[settings]` override the built-in knowledge, and its descriptions count'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand --no-knowledge 'Leave the built-in provider knowledge out (name, description and siblings alone)'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;report'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand matrix 'Roles and clients × scopes: who holds what, grouped by sensitivity'
            cand phi 'PHI scopes, PHI write access and break-glass grants per role and client, against the limit'
            cand lifecycle 'Deprecated scopes: sunset countdown, replacement, and who still holds them'
            cand review 'The access-review sheet: one row per grant, with a blank decision column'
            cand usage 'Usage from the imported access logs: events per scope and client, whether a feature of the client needs the scope, and the catalog scopes nobody used'
            cand html 'One self-contained HTML page: summary, heatmap, PHI, lifecycle timeline, usage'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scopectl;report;matrix'= {
            cand --file 'Report on a scopes.toml file instead of the catalog (`-` reads stdin)'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;report;phi'= {
            cand --file 'Report on a scopes.toml file instead of the catalog (`-` reads stdin)'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;report;lifecycle'= {
            cand --file 'Report on a scopes.toml file instead of the catalog (`-` reads stdin)'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;report;review'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;report;usage'= {
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;report;html'= {
            cand --file 'Report on a scopes.toml file instead of the catalog (`-` reads stdin)'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;report;help'= {
            cand matrix 'Roles and clients × scopes: who holds what, grouped by sensitivity'
            cand phi 'PHI scopes, PHI write access and break-glass grants per role and client, against the limit'
            cand lifecycle 'Deprecated scopes: sunset countdown, replacement, and who still holds them'
            cand review 'The access-review sheet: one row per grant, with a blank decision column'
            cand usage 'Usage from the imported access logs: events per scope and client, whether a feature of the client needs the scope, and the catalog scopes nobody used'
            cand html 'One self-contained HTML page: summary, heatmap, PHI, lifecycle timeline, usage'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scopectl;report;help;matrix'= {
        }
        &'scopectl;report;help;phi'= {
        }
        &'scopectl;report;help;lifecycle'= {
        }
        &'scopectl;report;help;review'= {
        }
        &'scopectl;report;help;usage'= {
        }
        &'scopectl;report;help;html'= {
        }
        &'scopectl;report;help;help'= {
        }
        &'scopectl;man'= {
            cand --out 'The directory to write the pages to (created when missing)'
            cand --db 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]'
            cand --format 'Output format; each command says which it supports [default: table]'
            cand --color 'When to use colour (NO_COLOR is honoured under `auto`)'
            cand --actor 'Who is making the change, for the change log [default: $USER]'
            cand --max-input-mib 'Refuse a file or standard input larger than this many MiB'
            cand -q 'Print no status messages (warnings and errors still go to stderr)'
            cand --quiet 'Print no status messages (warnings and errors still go to stderr)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'scopectl;help'= {
            cand scope 'Define, update, deprecate and retire scopes'
            cand role 'Manage roles and the scopes they hold'
            cand client 'Manage clients (apps) and the scopes each feature needs'
            cand consent 'Print the minimal scope string a client should request for some features'
            cand log 'Show the change log'
            cand verify 'Check the change log''s hash chain and the database''s integrity'
            cand tag 'Name points in the change log, to version whole scope sets'
            cand plan 'Show what `apply` would change to make the catalog match a scopes.toml'
            cand apply 'Make the catalog match a scopes.toml, in one transaction'
            cand export 'Print the catalog as a scopes.toml, JSON, or a Keycloak, Auth0 or OpenAPI document'
            cand import 'Read scopes from a Keycloak realm, an Auth0 tenant or an OpenAPI document'
            cand diff 'Compare two scope sets (files, tags or the catalog) and flag privilege widening'
            cand audit 'Import access logs and audit how scopes are used'
            cand completions 'Print a shell completion script'
            cand lint 'Check scope sets (files, stdin, OpenAPI documents or the catalog) against the lint rules'
            cand rule 'Explain one lint rule'
            cand rules 'List the lint rules'
            cand breadth 'Explain how broad scope names are: the parts, the verdict and the evidence'
            cand report 'Reports for reviewers and scripts: access matrix, PHI, lifecycle, access review, HTML'
            cand man 'Write one man page per command into a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'scopectl;help;scope'= {
            cand define 'Add a scope to the catalog (version 1)'
            cand update 'Change a scope''s definition; every change makes a new version'
            cand list 'List scopes'
            cand show 'Show one scope (its current version, or an older one)'
            cand history 'List every version of a scope and what changed in each'
            cand deprecate 'Deprecate an active scope: holders should move to its replacement before the sunset'
            cand reinstate 'Return a deprecated scope to active use'
            cand retire 'Retire a deprecated scope; refused while any role or client still holds it'
        }
        &'scopectl;help;scope;define'= {
        }
        &'scopectl;help;scope;update'= {
        }
        &'scopectl;help;scope;list'= {
        }
        &'scopectl;help;scope;show'= {
        }
        &'scopectl;help;scope;history'= {
        }
        &'scopectl;help;scope;deprecate'= {
        }
        &'scopectl;help;scope;reinstate'= {
        }
        &'scopectl;help;scope;retire'= {
        }
        &'scopectl;help;role'= {
            cand create 'Add a role'
            cand update 'Change a role''s description or break-glass flag'
            cand delete 'Delete a role and all its grants'
            cand list 'List roles'
            cand show 'Show a role and its grants'
            cand grant 'Grant scopes to a role'
            cand revoke 'Take scopes away from a role'
        }
        &'scopectl;help;role;create'= {
        }
        &'scopectl;help;role;update'= {
        }
        &'scopectl;help;role;delete'= {
        }
        &'scopectl;help;role;list'= {
        }
        &'scopectl;help;role;show'= {
        }
        &'scopectl;help;role;grant'= {
        }
        &'scopectl;help;role;revoke'= {
        }
        &'scopectl;help;client'= {
            cand create 'Add a client (an app that requests scopes)'
            cand update 'Change a client''s description'
            cand delete 'Delete a client and its features'
            cand list 'List clients'
            cand show 'Show a client and the scopes each feature needs'
            cand feature 'Manage a client''s features'
        }
        &'scopectl;help;client;create'= {
        }
        &'scopectl;help;client;update'= {
        }
        &'scopectl;help;client;delete'= {
        }
        &'scopectl;help;client;list'= {
        }
        &'scopectl;help;client;show'= {
        }
        &'scopectl;help;client;feature'= {
            cand set 'Set the scopes a feature needs (replaces what it needed before)'
            cand remove 'Remove a feature from a client'
        }
        &'scopectl;help;client;feature;set'= {
        }
        &'scopectl;help;client;feature;remove'= {
        }
        &'scopectl;help;consent'= {
        }
        &'scopectl;help;log'= {
            cand checkpoint 'Print the log''s head (entry count and hash) to keep outside the catalog'
        }
        &'scopectl;help;log;checkpoint'= {
        }
        &'scopectl;help;verify'= {
        }
        &'scopectl;help;tag'= {
            cand create 'Name the current state of the catalog (the end of the change log)'
            cand list 'List tags'
        }
        &'scopectl;help;tag;create'= {
        }
        &'scopectl;help;tag;list'= {
        }
        &'scopectl;help;plan'= {
        }
        &'scopectl;help;apply'= {
        }
        &'scopectl;help;export'= {
        }
        &'scopectl;help;import'= {
            cand keycloak 'Read a Keycloak realm export (kc.sh export or the admin console''s partial export)'
            cand auth0 'Read an Auth0 tenant in the Deploy CLI format (tenant.yaml or a directory export)'
            cand openapi 'Read the OAuth scopes and operation requirements of an OpenAPI 3.0 or 3.1 document'
        }
        &'scopectl;help;import;keycloak'= {
        }
        &'scopectl;help;import;auth0'= {
        }
        &'scopectl;help;import;openapi'= {
        }
        &'scopectl;help;diff'= {
        }
        &'scopectl;help;audit'= {
            cand import 'Import access logs (JSON Lines or CSV, gzip or not) into the catalog'
            cand report 'Find anomalies in the imported events; exit 1 when findings reach --fail-on'
            cand unused 'List grants that no event used in the last N days (least-privilege candidates)'
            cand stats 'Events per day, per client and per scope'
            cand who 'Look up one subject''s events (the subject is matched by its keyed hash)'
            cand prune 'Delete events before a date (recorded in the change log)'
        }
        &'scopectl;help;audit;import'= {
        }
        &'scopectl;help;audit;report'= {
        }
        &'scopectl;help;audit;unused'= {
        }
        &'scopectl;help;audit;stats'= {
        }
        &'scopectl;help;audit;who'= {
        }
        &'scopectl;help;audit;prune'= {
        }
        &'scopectl;help;completions'= {
        }
        &'scopectl;help;lint'= {
        }
        &'scopectl;help;rule'= {
        }
        &'scopectl;help;rules'= {
        }
        &'scopectl;help;breadth'= {
        }
        &'scopectl;help;report'= {
            cand matrix 'Roles and clients × scopes: who holds what, grouped by sensitivity'
            cand phi 'PHI scopes, PHI write access and break-glass grants per role and client, against the limit'
            cand lifecycle 'Deprecated scopes: sunset countdown, replacement, and who still holds them'
            cand review 'The access-review sheet: one row per grant, with a blank decision column'
            cand usage 'Usage from the imported access logs: events per scope and client, whether a feature of the client needs the scope, and the catalog scopes nobody used'
            cand html 'One self-contained HTML page: summary, heatmap, PHI, lifecycle timeline, usage'
        }
        &'scopectl;help;report;matrix'= {
        }
        &'scopectl;help;report;phi'= {
        }
        &'scopectl;help;report;lifecycle'= {
        }
        &'scopectl;help;report;review'= {
        }
        &'scopectl;help;report;usage'= {
        }
        &'scopectl;help;report;html'= {
        }
        &'scopectl;help;man'= {
        }
        &'scopectl;help;help'= {
        }
    ]
    $completions[$command]
}
