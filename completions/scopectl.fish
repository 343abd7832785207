# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_scopectl_global_optspecs
    string join \n db= format= color= q/quiet actor= max-input-mib= h/help V/version
end

function __fish_scopectl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_scopectl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_scopectl_using_subcommand
    set -l cmd (__fish_scopectl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c scopectl -n "__fish_scopectl_needs_command" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_needs_command" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_needs_command" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_needs_command" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_needs_command" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_needs_command" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_needs_command" -s V -l version -d 'Print version'
complete -c scopectl -n "__fish_scopectl_needs_command" -f -a "scope" -d 'Define, update, deprecate and retire scopes'
complete -c scopectl -n "__fish_scopectl_needs_command" -f -a "role" -d 'Manage roles and the scopes they hold'
complete -c scopectl -n "__fish_scopectl_needs_command" -f -a "client" -d 'Manage clients (apps) and the scopes each feature needs'
complete -c scopectl -n "__fish_scopectl_needs_command" -f -a "consent" -d 'Print the minimal scope string a client should request for some features'
complete -c scopectl -n "__fish_scopectl_needs_command" -f -a "log" -d 'Show the change log'
complete -c scopectl -n "__fish_scopectl_needs_command" -f -a "verify" -d 'Check the change log\'s hash chain and the database\'s integrity'
complete -c scopectl -n "__fish_scopectl_needs_command" -f -a "tag" -d 'Name points in the change log, to version whole scope sets'
complete -c scopectl -n "__fish_scopectl_needs_command" -f -a "plan" -d 'Show what `apply` would change to make the catalog match a scopes.toml'
complete -c scopectl -n "__fish_scopectl_needs_command" -f -a "apply" -d 'Make the catalog match a scopes.toml, in one transaction'
complete -c scopectl -n "__fish_scopectl_needs_command" -f -a "export" -d 'Print the catalog as a scopes.toml, JSON, or a Keycloak, Auth0 or OpenAPI document'
complete -c scopectl -n "__fish_scopectl_needs_command" -f -a "import" -d 'Read scopes from a Keycloak realm, an Auth0 tenant or an OpenAPI document'
complete -c scopectl -n "__fish_scopectl_needs_command" -f -a "diff" -d 'Compare two scope sets (files, tags or the catalog) and flag privilege widening'
complete -c scopectl -n "__fish_scopectl_needs_command" -f -a "audit" -d 'Import access logs and audit how scopes are used'
complete -c scopectl -n "__fish_scopectl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c scopectl -n "__fish_scopectl_needs_command" -f -a "lint" -d 'Check scope sets (files, stdin, OpenAPI documents or the catalog) against the lint rules'
complete -c scopectl -n "__fish_scopectl_needs_command" -f -a "rule" -d 'Explain one lint rule'
complete -c scopectl -n "__fish_scopectl_needs_command" -f -a "rules" -d 'List the lint rules'
complete -c scopectl -n "__fish_scopectl_needs_command" -f -a "breadth" -d 'Explain how broad scope names are: the parts, the verdict and the evidence'
complete -c scopectl -n "__fish_scopectl_needs_command" -f -a "report" -d 'Reports for reviewers and scripts: access matrix, PHI, lifecycle, access review, HTML'
complete -c scopectl -n "__fish_scopectl_needs_command" -f -a "man" -d 'Write one man page per command into a directory'
complete -c scopectl -n "__fish_scopectl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and not __fish_seen_subcommand_from define update list show history deprecate reinstate retire help" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and not __fish_seen_subcommand_from define update list show history deprecate reinstate retire help" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and not __fish_seen_subcommand_from define update list show history deprecate reinstate retire help" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and not __fish_seen_subcommand_from define update list show history deprecate reinstate retire help" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and not __fish_seen_subcommand_from define update list show history deprecate reinstate retire help" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and not __fish_seen_subcommand_from define update list show history deprecate reinstate retire help" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and not __fish_seen_subcommand_from define update list show history deprecate reinstate retire help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and not __fish_seen_subcommand_from define update list show history deprecate reinstate retire help" -f -a "define" -d 'Add a scope to the catalog (version 1)'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and not __fish_seen_subcommand_from define update list show history deprecate reinstate retire help" -f -a "update" -d 'Change a scope\'s definition; every change makes a new version'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and not __fish_seen_subcommand_from define update list show history deprecate reinstate retire help" -f -a "list" -d 'List scopes'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and not __fish_seen_subcommand_from define update list show history deprecate reinstate retire help" -f -a "show" -d 'Show one scope (its current version, or an older one)'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and not __fish_seen_subcommand_from define update list show history deprecate reinstate retire help" -f -a "history" -d 'List every version of a scope and what changed in each'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and not __fish_seen_subcommand_from define update list show history deprecate reinstate retire help" -f -a "deprecate" -d 'Deprecate an active scope: holders should move to its replacement before the sunset'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and not __fish_seen_subcommand_from define update list show history deprecate reinstate retire help" -f -a "reinstate" -d 'Return a deprecated scope to active use'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and not __fish_seen_subcommand_from define update list show history deprecate reinstate retire help" -f -a "retire" -d 'Retire a deprecated scope; refused while any role or client still holds it'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and not __fish_seen_subcommand_from define update list show history deprecate reinstate retire help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from define" -l description -d 'What the scope lets its holder do, in a sentence' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from define" -l resource -d 'The data type it guards (e.g. lab_results, or a FHIR resource type)' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from define" -l action -d 'An action it allows (repeatable; on update, replaces the list)' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from define" -l sensitivity -d 'public, internal, confidential, pii or phi' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from define" -l owner -d 'The team accountable for it' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from define" -l tag -d 'A tag (repeatable; on update, replaces the list)' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from define" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from define" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from define" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from define" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from define" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from define" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from define" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from update" -l description -d 'What the scope lets its holder do, in a sentence' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from update" -l resource -d 'The data type it guards (e.g. lab_results, or a FHIR resource type)' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from update" -l action -d 'An action it allows (repeatable; on update, replaces the list)' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from update" -l sensitivity -d 'public, internal, confidential, pii or phi' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from update" -l owner -d 'The team accountable for it' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from update" -l tag -d 'A tag (repeatable; on update, replaces the list)' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from update" -l clear -d 'Clear a field (repeatable)' -r -f -a "description\t''
resource\t''
actions\t''
sensitivity\t''
owner\t''
tags\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from update" -l replaced-by -d 'Replacement scopes (deprecated scopes only; replaces the list)' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from update" -l sunset -d 'Sunset date, YYYY-MM-DD (deprecated scopes only)' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from update" -l reason -d 'Deprecation reason (deprecated scopes only)' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from update" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from update" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from update" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from update" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from update" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from list" -l status -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from list" -l sensitivity -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from list" -l owner -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from list" -l resource -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from list" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from list" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from list" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from list" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from show" -l version -d 'Show this version instead of the current one' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from show" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from show" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from show" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from show" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from history" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from history" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from history" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from history" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from history" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from deprecate" -l reason -d 'Why it is deprecated (required)' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from deprecate" -l replaced-by -d 'The active scope(s) that replace it (repeatable)' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from deprecate" -l sunset -d 'The date after which it should be retired, YYYY-MM-DD (today or later)' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from deprecate" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from deprecate" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from deprecate" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from deprecate" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from deprecate" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from deprecate" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from deprecate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from reinstate" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from reinstate" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from reinstate" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from reinstate" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from reinstate" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from reinstate" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from reinstate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from retire" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from retire" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from retire" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from retire" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from retire" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from retire" -l revoke-grants -d 'Take the scope from every role and client feature that holds it, in the same change'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from retire" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from retire" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from help" -f -a "define" -d 'Add a scope to the catalog (version 1)'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a scope\'s definition; every change makes a new version'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from help" -f -a "list" -d 'List scopes'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one scope (its current version, or an older one)'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from help" -f -a "history" -d 'List every version of a scope and what changed in each'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from help" -f -a "deprecate" -d 'Deprecate an active scope: holders should move to its replacement before the sunset'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from help" -f -a "reinstate" -d 'Return a deprecated scope to active use'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from help" -f -a "retire" -d 'Retire a deprecated scope; refused while any role or client still holds it'
complete -c scopectl -n "__fish_scopectl_using_subcommand scope; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and not __fish_seen_subcommand_from create update delete list show grant revoke help" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and not __fish_seen_subcommand_from create update delete list show grant revoke help" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and not __fish_seen_subcommand_from create update delete list show grant revoke help" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and not __fish_seen_subcommand_from create update delete list show grant revoke help" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and not __fish_seen_subcommand_from create update delete list show grant revoke help" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and not __fish_seen_subcommand_from create update delete list show grant revoke help" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and not __fish_seen_subcommand_from create update delete list show grant revoke help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and not __fish_seen_subcommand_from create update delete list show grant revoke help" -f -a "create" -d 'Add a role'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and not __fish_seen_subcommand_from create update delete list show grant revoke help" -f -a "update" -d 'Change a role\'s description or break-glass flag'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and not __fish_seen_subcommand_from create update delete list show grant revoke help" -f -a "delete" -d 'Delete a role and all its grants'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and not __fish_seen_subcommand_from create update delete list show grant revoke help" -f -a "list" -d 'List roles'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and not __fish_seen_subcommand_from create update delete list show grant revoke help" -f -a "show" -d 'Show a role and its grants'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and not __fish_seen_subcommand_from create update delete list show grant revoke help" -f -a "grant" -d 'Grant scopes to a role'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and not __fish_seen_subcommand_from create update delete list show grant revoke help" -f -a "revoke" -d 'Take scopes away from a role'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and not __fish_seen_subcommand_from create update delete list show grant revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from create" -l description -r
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from create" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from create" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from create" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from create" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from create" -l break-glass -d 'Emergency access: every grant must carry a justification and an expiry'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from update" -l description -r
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from update" -l break-glass -d 'Mark (true) or unmark (false) the role as break-glass' -r -f -a "true\t''
false\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from update" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from update" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from update" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from update" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from update" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from delete" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from delete" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from delete" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from delete" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from list" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from list" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from list" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from list" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from show" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from show" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from show" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from show" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from grant" -l justification -d 'Why the role needs them' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from grant" -l expires -d 'When the grants lapse, YYYY-MM-DD' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from grant" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from grant" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from grant" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from grant" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from grant" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from grant" -l allow-deprecated -d 'Grant a deprecated scope anyway (its replacement is named in a warning)'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from revoke" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from revoke" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from revoke" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from revoke" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "create" -d 'Add a role'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a role\'s description or break-glass flag'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a role and all its grants'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "list" -d 'List roles'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a role and its grants'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Grant scopes to a role'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Take scopes away from a role'
complete -c scopectl -n "__fish_scopectl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and not __fish_seen_subcommand_from create update delete list show feature help" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and not __fish_seen_subcommand_from create update delete list show feature help" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and not __fish_seen_subcommand_from create update delete list show feature help" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and not __fish_seen_subcommand_from create update delete list show feature help" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and not __fish_seen_subcommand_from create update delete list show feature help" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and not __fish_seen_subcommand_from create update delete list show feature help" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and not __fish_seen_subcommand_from create update delete list show feature help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and not __fish_seen_subcommand_from create update delete list show feature help" -f -a "create" -d 'Add a client (an app that requests scopes)'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and not __fish_seen_subcommand_from create update delete list show feature help" -f -a "update" -d 'Change a client\'s description'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and not __fish_seen_subcommand_from create update delete list show feature help" -f -a "delete" -d 'Delete a client and its features'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and not __fish_seen_subcommand_from create update delete list show feature help" -f -a "list" -d 'List clients'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and not __fish_seen_subcommand_from create update delete list show feature help" -f -a "show" -d 'Show a client and the scopes each feature needs'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and not __fish_seen_subcommand_from create update delete list show feature help" -f -a "feature" -d 'Manage a client\'s features'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and not __fish_seen_subcommand_from create update delete list show feature help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from create" -l description -r
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from create" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from create" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from create" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from create" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from update" -l description -r
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from update" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from update" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from update" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from update" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from update" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from delete" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from delete" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from delete" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from delete" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from list" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from list" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from list" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from list" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from show" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from show" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from show" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from show" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from feature" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from feature" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from feature" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from feature" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from feature" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from feature" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from feature" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from feature" -f -a "set" -d 'Set the scopes a feature needs (replaces what it needed before)'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from feature" -f -a "remove" -d 'Remove a feature from a client'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from feature" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "create" -d 'Add a client (an app that requests scopes)'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a client\'s description'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a client and its features'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "list" -d 'List clients'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a client and the scopes each feature needs'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "feature" -d 'Manage a client\'s features'
complete -c scopectl -n "__fish_scopectl_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scopectl -n "__fish_scopectl_using_subcommand consent" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand consent" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand consent" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand consent" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand consent" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand consent" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand consent" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand log; and not __fish_seen_subcommand_from checkpoint help" -l entity -d 'Only entries about this entity: a name, or KIND:NAME (kinds: scope, role, grant, client, tag)' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand log; and not __fish_seen_subcommand_from checkpoint help" -l actor -d 'Only entries made by this actor' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand log; and not __fish_seen_subcommand_from checkpoint help" -l since -d 'Only entries at or after this date (YYYY-MM-DD) or RFC 3339 time' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand log; and not __fish_seen_subcommand_from checkpoint help" -s n -l limit -d 'Only the newest N entries' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand log; and not __fish_seen_subcommand_from checkpoint help" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand log; and not __fish_seen_subcommand_from checkpoint help" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand log; and not __fish_seen_subcommand_from checkpoint help" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand log; and not __fish_seen_subcommand_from checkpoint help" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand log; and not __fish_seen_subcommand_from checkpoint help" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand log; and not __fish_seen_subcommand_from checkpoint help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand log; and not __fish_seen_subcommand_from checkpoint help" -f -a "checkpoint" -d 'Print the log\'s head (entry count and hash) to keep outside the catalog'
complete -c scopectl -n "__fish_scopectl_using_subcommand log; and not __fish_seen_subcommand_from checkpoint help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scopectl -n "__fish_scopectl_using_subcommand log; and __fish_seen_subcommand_from checkpoint" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand log; and __fish_seen_subcommand_from checkpoint" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand log; and __fish_seen_subcommand_from checkpoint" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand log; and __fish_seen_subcommand_from checkpoint" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand log; and __fish_seen_subcommand_from checkpoint" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand log; and __fish_seen_subcommand_from checkpoint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand log; and __fish_seen_subcommand_from help" -f -a "checkpoint" -d 'Print the log\'s head (entry count and hash) to keep outside the catalog'
complete -c scopectl -n "__fish_scopectl_using_subcommand log; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scopectl -n "__fish_scopectl_using_subcommand verify" -l against -d 'Also check the log against a checkpoint kept earlier (`scopectl log checkpoint`); `-` reads stdin' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand verify" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand verify" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand verify" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand verify" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand verify" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand verify" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and not __fish_seen_subcommand_from create list help" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and not __fish_seen_subcommand_from create list help" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and not __fish_seen_subcommand_from create list help" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and not __fish_seen_subcommand_from create list help" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and not __fish_seen_subcommand_from create list help" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and not __fish_seen_subcommand_from create list help" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and not __fish_seen_subcommand_from create list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and not __fish_seen_subcommand_from create list help" -f -a "create" -d 'Name the current state of the catalog (the end of the change log)'
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and not __fish_seen_subcommand_from create list help" -f -a "list" -d 'List tags'
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and not __fish_seen_subcommand_from create list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and __fish_seen_subcommand_from create" -s m -l message -r
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and __fish_seen_subcommand_from create" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and __fish_seen_subcommand_from create" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and __fish_seen_subcommand_from create" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and __fish_seen_subcommand_from create" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and __fish_seen_subcommand_from list" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and __fish_seen_subcommand_from list" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and __fish_seen_subcommand_from list" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and __fish_seen_subcommand_from list" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "create" -d 'Name the current state of the catalog (the end of the change log)'
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "list" -d 'List tags'
complete -c scopectl -n "__fish_scopectl_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scopectl -n "__fish_scopectl_using_subcommand plan" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand plan" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand plan" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand plan" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand plan" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand plan" -l check -d 'Exit 1 when changes are pending, 0 when the catalog already matches'
complete -c scopectl -n "__fish_scopectl_using_subcommand plan" -l deprecate-missing -d 'Also plan to deprecate active scopes that are in the catalog but not in the file'
complete -c scopectl -n "__fish_scopectl_using_subcommand plan" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand apply" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand apply" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand apply" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand apply" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand apply" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand apply" -l deprecate-missing -d 'Deprecate active scopes that are in the catalog but not in the file (otherwise they are kept as they are)'
complete -c scopectl -n "__fish_scopectl_using_subcommand apply" -l allow-deprecate-all -d 'With --deprecate-missing: go ahead even when that deprecates every active scope of the catalog'
complete -c scopectl -n "__fish_scopectl_using_subcommand apply" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand export" -l at -d 'Export the catalog as it was when this tag was created' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand export" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand export" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand export" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand export" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand export" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand export" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and not __fish_seen_subcommand_from keycloak auth0 openapi help" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and not __fish_seen_subcommand_from keycloak auth0 openapi help" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and not __fish_seen_subcommand_from keycloak auth0 openapi help" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and not __fish_seen_subcommand_from keycloak auth0 openapi help" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and not __fish_seen_subcommand_from keycloak auth0 openapi help" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and not __fish_seen_subcommand_from keycloak auth0 openapi help" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and not __fish_seen_subcommand_from keycloak auth0 openapi help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and not __fish_seen_subcommand_from keycloak auth0 openapi help" -f -a "keycloak" -d 'Read a Keycloak realm export (kc.sh export or the admin console\'s partial export)'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and not __fish_seen_subcommand_from keycloak auth0 openapi help" -f -a "auth0" -d 'Read an Auth0 tenant in the Deploy CLI format (tenant.yaml or a directory export)'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and not __fish_seen_subcommand_from keycloak auth0 openapi help" -f -a "openapi" -d 'Read the OAuth scopes and operation requirements of an OpenAPI 3.0 or 3.1 document'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and not __fish_seen_subcommand_from keycloak auth0 openapi help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from keycloak" -l realm -d 'The realm to read when the file holds several' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from keycloak" -s o -l output -d 'Write the scopes.toml to this file instead of standard output' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from keycloak" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from keycloak" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from keycloak" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from keycloak" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from keycloak" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from keycloak" -l apply -d 'Apply the imported set to the catalog (in one transaction) instead of printing it'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from keycloak" -l deprecate-missing -d 'With --apply: deprecate active catalog scopes the import does not have'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from keycloak" -l allow-deprecate-all -d 'With --deprecate-missing: go ahead even when that deprecates every active scope of the catalog'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from keycloak" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from keycloak" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from auth0" -s o -l output -d 'Write the scopes.toml to this file instead of standard output' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from auth0" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from auth0" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from auth0" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from auth0" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from auth0" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from auth0" -l apply -d 'Apply the imported set to the catalog (in one transaction) instead of printing it'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from auth0" -l deprecate-missing -d 'With --apply: deprecate active catalog scopes the import does not have'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from auth0" -l allow-deprecate-all -d 'With --deprecate-missing: go ahead even when that deprecates every active scope of the catalog'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from auth0" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from auth0" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from openapi" -s o -l output -d 'Write the scopes.toml to this file instead of standard output' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from openapi" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from openapi" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from openapi" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from openapi" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from openapi" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from openapi" -l apply -d 'Apply the imported set to the catalog (in one transaction) instead of printing it'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from openapi" -l deprecate-missing -d 'With --apply: deprecate active catalog scopes the import does not have'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from openapi" -l allow-deprecate-all -d 'With --deprecate-missing: go ahead even when that deprecates every active scope of the catalog'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from openapi" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from openapi" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "keycloak" -d 'Read a Keycloak realm export (kc.sh export or the admin console\'s partial export)'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "auth0" -d 'Read an Auth0 tenant in the Deploy CLI format (tenant.yaml or a directory export)'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "openapi" -d 'Read the OAuth scopes and operation requirements of an OpenAPI 3.0 or 3.1 document'
complete -c scopectl -n "__fish_scopectl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scopectl -n "__fish_scopectl_using_subcommand diff" -l fail-on -d 'Exit 1 when the diff has changes of this kind' -r -f -a "widen\t'Any change that widens privilege'
any\t'Any change at all'
never\t'Never (exit 0 whatever changed)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand diff" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand diff" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand diff" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand diff" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand diff" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand diff" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and not __fish_seen_subcommand_from import report unused stats who prune help" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and not __fish_seen_subcommand_from import report unused stats who prune help" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and not __fish_seen_subcommand_from import report unused stats who prune help" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and not __fish_seen_subcommand_from import report unused stats who prune help" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and not __fish_seen_subcommand_from import report unused stats who prune help" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and not __fish_seen_subcommand_from import report unused stats who prune help" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and not __fish_seen_subcommand_from import report unused stats who prune help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and not __fish_seen_subcommand_from import report unused stats who prune help" -f -a "import" -d 'Import access logs (JSON Lines or CSV, gzip or not) into the catalog'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and not __fish_seen_subcommand_from import report unused stats who prune help" -f -a "report" -d 'Find anomalies in the imported events; exit 1 when findings reach --fail-on'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and not __fish_seen_subcommand_from import report unused stats who prune help" -f -a "unused" -d 'List grants that no event used in the last N days (least-privilege candidates)'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and not __fish_seen_subcommand_from import report unused stats who prune help" -f -a "stats" -d 'Events per day, per client and per scope'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and not __fish_seen_subcommand_from import report unused stats who prune help" -f -a "who" -d 'Look up one subject\'s events (the subject is matched by its keyed hash)'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and not __fish_seen_subcommand_from import report unused stats who prune help" -f -a "prune" -d 'Delete events before a date (recorded in the change log)'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and not __fish_seen_subcommand_from import report unused stats who prune help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from import" -l input-format -d 'The format of every log, whatever its name' -r -f -a "jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from import" -l map -d 'Read FIELD from the log\'s NAME (repeatable), e.g. --map granted=scope' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from import" -l max-errors -d 'Report at most this many bad lines on stderr (all are counted)' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from import" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from import" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from import" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from import" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from import" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from import" -l strict -d 'Stop at the first bad line (exit 2) and store nothing from that file (earlier files stay). Without it, bad lines are skipped and counted. Either way each file is one transaction: imported whole or not at all'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from report" -l since -d 'Only events at or after this date (YYYY-MM-DD, UTC) or RFC 3339 time' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from report" -l until -d 'Only events before this time, or through the end of this date' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from report" -l client -d 'Only events of this client' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from report" -l role -d 'Only events of this role' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from report" -l fail-on -d 'Exit 1 when a finding is at or above this severity' -r -f -a "error\t''
warning\t''
info\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from report" -l baseline-days -d 'Days before the period in which an IP must be absent to count as new' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from report" -l window -d 'The sliding window of the burst check (e.g. 1h, 15m)' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from report" -l burst -d 'Events from a new IP within one window that make a burst' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from report" -l spike-k -d 'An hour is a spike above median + K × 1.4826 × MAD of the client\'s hourly counts' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from report" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from report" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from report" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from report" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from report" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from report" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from unused" -l days -d 'The window, in days, ending today' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from unused" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from unused" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from unused" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from unused" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from unused" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from unused" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from unused" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from stats" -l since -d 'Only events at or after this date (YYYY-MM-DD, UTC) or RFC 3339 time' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from stats" -l until -d 'Only events before this time, or through the end of this date' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from stats" -l client -d 'Only events of this client' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from stats" -l role -d 'Only events of this role' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from stats" -l top -d 'How many clients and scopes to list' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from stats" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from stats" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from stats" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from stats" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from stats" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from stats" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from who" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from who" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from who" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from who" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from who" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from who" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from who" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from prune" -l before -d 'Delete the events before this date (YYYY-MM-DD, UTC) or RFC 3339 time' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from prune" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from prune" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from prune" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from prune" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from prune" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from prune" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import access logs (JSON Lines or CSV, gzip or not) into the catalog'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "report" -d 'Find anomalies in the imported events; exit 1 when findings reach --fail-on'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "unused" -d 'List grants that no event used in the last N days (least-privilege candidates)'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Events per day, per client and per scope'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "who" -d 'Look up one subject\'s events (the subject is matched by its keyed hash)'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Delete events before a date (recorded in the change log)'
complete -c scopectl -n "__fish_scopectl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scopectl -n "__fish_scopectl_using_subcommand completions" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand completions" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand completions" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand completions" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand completions" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand lint" -l openapi -d 'Lint the scopes and operation security of an OpenAPI 3 document (YAML or JSON); repeatable. Rules on fields a document cannot hold (M002 M003 M004) run only when --select names them' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand lint" -l select -d 'Rules to run: codes, prefixes or ALL, comma-separated (replaces `[lint] select`)' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand lint" -l ignore -d 'Rules to skip: codes, prefixes or ALL, comma-separated (added to `[lint] ignore`)' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand lint" -l fail-on -d 'The lowest severity that makes the command exit 1' -r -f -a "error\t''
warning\t''
info\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand lint" -l baseline -d 'Accept the findings recorded in this baseline file; report only new ones' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand lint" -l write-baseline -d 'Record the current findings as the accepted baseline in this file' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand lint" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand lint" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand lint" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand lint" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand lint" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand lint" -l catalog -d 'Lint the catalog (the database) as well'
complete -c scopectl -n "__fish_scopectl_using_subcommand lint" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand lint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand rule" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand rule" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand rule" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand rule" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand rule" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand rule" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand rule" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand rules" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand rules" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand rules" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand rules" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand rules" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand rules" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand rules" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand breadth" -l description -d 'The scope\'s description, weighed as evidence (applies to every NAME)' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand breadth" -l in -d 'Judge the names inside this scope set: its other names are siblings, its `[settings]` override the built-in knowledge, and its descriptions count' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand breadth" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand breadth" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand breadth" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand breadth" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand breadth" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand breadth" -l no-knowledge -d 'Leave the built-in provider knowledge out (name, description and siblings alone)'
complete -c scopectl -n "__fish_scopectl_using_subcommand breadth" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand breadth" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and not __fish_seen_subcommand_from matrix phi lifecycle review usage html help" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and not __fish_seen_subcommand_from matrix phi lifecycle review usage html help" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and not __fish_seen_subcommand_from matrix phi lifecycle review usage html help" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and not __fish_seen_subcommand_from matrix phi lifecycle review usage html help" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and not __fish_seen_subcommand_from matrix phi lifecycle review usage html help" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and not __fish_seen_subcommand_from matrix phi lifecycle review usage html help" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and not __fish_seen_subcommand_from matrix phi lifecycle review usage html help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and not __fish_seen_subcommand_from matrix phi lifecycle review usage html help" -f -a "matrix" -d 'Roles and clients × scopes: who holds what, grouped by sensitivity'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and not __fish_seen_subcommand_from matrix phi lifecycle review usage html help" -f -a "phi" -d 'PHI scopes, PHI write access and break-glass grants per role and client, against the limit'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and not __fish_seen_subcommand_from matrix phi lifecycle review usage html help" -f -a "lifecycle" -d 'Deprecated scopes: sunset countdown, replacement, and who still holds them'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and not __fish_seen_subcommand_from matrix phi lifecycle review usage html help" -f -a "review" -d 'The access-review sheet: one row per grant, with a blank decision column'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and not __fish_seen_subcommand_from matrix phi lifecycle review usage html help" -f -a "usage" -d 'Usage from the imported access logs: events per scope and client, whether a feature of the client needs the scope, and the catalog scopes nobody used'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and not __fish_seen_subcommand_from matrix phi lifecycle review usage html help" -f -a "html" -d 'One self-contained HTML page: summary, heatmap, PHI, lifecycle timeline, usage'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and not __fish_seen_subcommand_from matrix phi lifecycle review usage html help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from matrix" -l file -d 'Report on a scopes.toml file instead of the catalog (`-` reads stdin)' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from matrix" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from matrix" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from matrix" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from matrix" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from matrix" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from matrix" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from matrix" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from phi" -l file -d 'Report on a scopes.toml file instead of the catalog (`-` reads stdin)' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from phi" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from phi" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from phi" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from phi" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from phi" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from phi" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from phi" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from lifecycle" -l file -d 'Report on a scopes.toml file instead of the catalog (`-` reads stdin)' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from lifecycle" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from lifecycle" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from lifecycle" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from lifecycle" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from lifecycle" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from lifecycle" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from lifecycle" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from review" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from review" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from review" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from review" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from review" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from review" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from review" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from usage" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from usage" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from usage" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from usage" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from usage" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from usage" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from usage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from html" -l file -d 'Report on a scopes.toml file instead of the catalog (`-` reads stdin)' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from html" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from html" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from html" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from html" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from html" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from html" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from html" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "matrix" -d 'Roles and clients × scopes: who holds what, grouped by sensitivity'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "phi" -d 'PHI scopes, PHI write access and break-glass grants per role and client, against the limit'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "lifecycle" -d 'Deprecated scopes: sunset countdown, replacement, and who still holds them'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "review" -d 'The access-review sheet: one row per grant, with a blank decision column'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "usage" -d 'Usage from the imported access logs: events per scope and client, whether a feature of the client needs the scope, and the catalog scopes nobody used'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "html" -d 'One self-contained HTML page: summary, heatmap, PHI, lifecycle timeline, usage'
complete -c scopectl -n "__fish_scopectl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scopectl -n "__fish_scopectl_using_subcommand man" -l out -d 'The directory to write the pages to (created when missing)' -r -f -a "(__fish_complete_directories)"
complete -c scopectl -n "__fish_scopectl_using_subcommand man" -l db -d 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]' -r -F
complete -c scopectl -n "__fish_scopectl_using_subcommand man" -l format -d 'Output format; each command says which it supports [default: table]' -r -f -a "table\t'Tables and text for people'
json\t'One JSON document with stable snake_case keys'
csv\t'Comma-separated values with a header row'
markdown\t'Markdown (reports, diffs)'
html\t'A self-contained HTML page (reports)'
toml\t'A scopes.toml document (export)'
sarif\t'SARIF 2.1.0 (lint)'
github\t'GitHub Actions workflow commands (lint)'
junit\t'JUnit XML (lint)'
keycloak\t'A Keycloak realm file: client scopes, roles, scope mappings, clients (export)'
auth0\t'An Auth0 Deploy CLI tenant.yaml (export)'
openapi-scopes\t'The `scopes` map of an OpenAPI OAuth flow, as YAML (export)'"
complete -c scopectl -n "__fish_scopectl_using_subcommand man" -l color -d 'When to use colour (NO_COLOR is honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c scopectl -n "__fish_scopectl_using_subcommand man" -l actor -d 'Who is making the change, for the change log [default: $USER]' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand man" -l max-input-mib -d 'Refuse a file or standard input larger than this many MiB' -r
complete -c scopectl -n "__fish_scopectl_using_subcommand man" -s q -l quiet -d 'Print no status messages (warnings and errors still go to stderr)'
complete -c scopectl -n "__fish_scopectl_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and not __fish_seen_subcommand_from scope role client consent log verify tag plan apply export import diff audit completions lint rule rules breadth report man help" -f -a "scope" -d 'Define, update, deprecate and retire scopes'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and not __fish_seen_subcommand_from scope role client consent log verify tag plan apply export import diff audit completions lint rule rules breadth report man help" -f -a "role" -d 'Manage roles and the scopes they hold'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and not __fish_seen_subcommand_from scope role client consent log verify tag plan apply export import diff audit completions lint rule rules breadth report man help" -f -a "client" -d 'Manage clients (apps) and the scopes each feature needs'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and not __fish_seen_subcommand_from scope role client consent log verify tag plan apply export import diff audit completions lint rule rules breadth report man help" -f -a "consent" -d 'Print the minimal scope string a client should request for some features'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and not __fish_seen_subcommand_from scope role client consent log verify tag plan apply export import diff audit completions lint rule rules breadth report man help" -f -a "log" -d 'Show the change log'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and not __fish_seen_subcommand_from scope role client consent log verify tag plan apply export import diff audit completions lint rule rules breadth report man help" -f -a "verify" -d 'Check the change log\'s hash chain and the database\'s integrity'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and not __fish_seen_subcommand_from scope role client consent log verify tag plan apply export import diff audit completions lint rule rules breadth report man help" -f -a "tag" -d 'Name points in the change log, to version whole scope sets'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and not __fish_seen_subcommand_from scope role client consent log verify tag plan apply export import diff audit completions lint rule rules breadth report man help" -f -a "plan" -d 'Show what `apply` would change to make the catalog match a scopes.toml'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and not __fish_seen_subcommand_from scope role client consent log verify tag plan apply export import diff audit completions lint rule rules breadth report man help" -f -a "apply" -d 'Make the catalog match a scopes.toml, in one transaction'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and not __fish_seen_subcommand_from scope role client consent log verify tag plan apply export import diff audit completions lint rule rules breadth report man help" -f -a "export" -d 'Print the catalog as a scopes.toml, JSON, or a Keycloak, Auth0 or OpenAPI document'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and not __fish_seen_subcommand_from scope role client consent log verify tag plan apply export import diff audit completions lint rule rules breadth report man help" -f -a "import" -d 'Read scopes from a Keycloak realm, an Auth0 tenant or an OpenAPI document'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and not __fish_seen_subcommand_from scope role client consent log verify tag plan apply export import diff audit completions lint rule rules breadth report man help" -f -a "diff" -d 'Compare two scope sets (files, tags or the catalog) and flag privilege widening'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and not __fish_seen_subcommand_from scope role client consent log verify tag plan apply export import diff audit completions lint rule rules breadth report man help" -f -a "audit" -d 'Import access logs and audit how scopes are used'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and not __fish_seen_subcommand_from scope role client consent log verify tag plan apply export import diff audit completions lint rule rules breadth report man help" -f -a "completions" -d 'Print a shell completion script'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and not __fish_seen_subcommand_from scope role client consent log verify tag plan apply export import diff audit completions lint rule rules breadth report man help" -f -a "lint" -d 'Check scope sets (files, stdin, OpenAPI documents or the catalog) against the lint rules'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and not __fish_seen_subcommand_from scope role client consent log verify tag plan apply export import diff audit completions lint rule rules breadth report man help" -f -a "rule" -d 'Explain one lint rule'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and not __fish_seen_subcommand_from scope role client consent log verify tag plan apply export import diff audit completions lint rule rules breadth report man help" -f -a "rules" -d 'List the lint rules'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and not __fish_seen_subcommand_from scope role client consent log verify tag plan apply export import diff audit completions lint rule rules breadth report man help" -f -a "breadth" -d 'Explain how broad scope names are: the parts, the verdict and the evidence'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and not __fish_seen_subcommand_from scope role client consent log verify tag plan apply export import diff audit completions lint rule rules breadth report man help" -f -a "report" -d 'Reports for reviewers and scripts: access matrix, PHI, lifecycle, access review, HTML'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and not __fish_seen_subcommand_from scope role client consent log verify tag plan apply export import diff audit completions lint rule rules breadth report man help" -f -a "man" -d 'Write one man page per command into a directory'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and not __fish_seen_subcommand_from scope role client consent log verify tag plan apply export import diff audit completions lint rule rules breadth report man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from scope" -f -a "define" -d 'Add a scope to the catalog (version 1)'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from scope" -f -a "update" -d 'Change a scope\'s definition; every change makes a new version'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from scope" -f -a "list" -d 'List scopes'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from scope" -f -a "show" -d 'Show one scope (its current version, or an older one)'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from scope" -f -a "history" -d 'List every version of a scope and what changed in each'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from scope" -f -a "deprecate" -d 'Deprecate an active scope: holders should move to its replacement before the sunset'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from scope" -f -a "reinstate" -d 'Return a deprecated scope to active use'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from scope" -f -a "retire" -d 'Retire a deprecated scope; refused while any role or client still holds it'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "create" -d 'Add a role'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "update" -d 'Change a role\'s description or break-glass flag'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "delete" -d 'Delete a role and all its grants'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "list" -d 'List roles'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "show" -d 'Show a role and its grants'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "grant" -d 'Grant scopes to a role'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "revoke" -d 'Take scopes away from a role'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "create" -d 'Add a client (an app that requests scopes)'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "update" -d 'Change a client\'s description'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "delete" -d 'Delete a client and its features'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "list" -d 'List clients'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "show" -d 'Show a client and the scopes each feature needs'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "feature" -d 'Manage a client\'s features'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from log" -f -a "checkpoint" -d 'Print the log\'s head (entry count and hash) to keep outside the catalog'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "create" -d 'Name the current state of the catalog (the end of the change log)'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "list" -d 'List tags'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "keycloak" -d 'Read a Keycloak realm export (kc.sh export or the admin console\'s partial export)'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "auth0" -d 'Read an Auth0 tenant in the Deploy CLI format (tenant.yaml or a directory export)'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "openapi" -d 'Read the OAuth scopes and operation requirements of an OpenAPI 3.0 or 3.1 document'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "import" -d 'Import access logs (JSON Lines or CSV, gzip or not) into the catalog'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "report" -d 'Find anomalies in the imported events; exit 1 when findings reach --fail-on'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "unused" -d 'List grants that no event used in the last N days (least-privilege candidates)'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "stats" -d 'Events per day, per client and per scope'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "who" -d 'Look up one subject\'s events (the subject is matched by its keyed hash)'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "prune" -d 'Delete events before a date (recorded in the change log)'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "matrix" -d 'Roles and clients × scopes: who holds what, grouped by sensitivity'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "phi" -d 'PHI scopes, PHI write access and break-glass grants per role and client, against the limit'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "lifecycle" -d 'Deprecated scopes: sunset countdown, replacement, and who still holds them'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "review" -d 'The access-review sheet: one row per grant, with a blank decision column'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "usage" -d 'Usage from the imported access logs: events per scope and client, whether a feature of the client needs the scope, and the catalog scopes nobody used'
complete -c scopectl -n "__fish_scopectl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "html" -d 'One self-contained HTML page: summary, heatmap, PHI, lifecycle timeline, usage'
