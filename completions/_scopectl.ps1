
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'scopectl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'scopectl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'scopectl' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('scope', 'scope', [CompletionResultType]::ParameterValue, 'Define, update, deprecate and retire scopes')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Manage roles and the scopes they hold')
            [CompletionResult]::new('client', 'client', [CompletionResultType]::ParameterValue, 'Manage clients (apps) and the scopes each feature needs')
            [CompletionResult]::new('consent', 'consent', [CompletionResultType]::ParameterValue, 'Print the minimal scope string a client should request for some features')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Show the change log')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the change log''s hash chain and the database''s integrity')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Name points in the change log, to version whole scope sets')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what `apply` would change to make the catalog match a scopes.toml')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the catalog match a scopes.toml, in one transaction')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the catalog as a scopes.toml, JSON, or a Keycloak, Auth0 or OpenAPI document')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read scopes from a Keycloak realm, an Auth0 tenant or an OpenAPI document')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare two scope sets (files, tags or the catalog) and flag privilege widening')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Import access logs and audit how scopes are used')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check scope sets (files, stdin, OpenAPI documents or the catalog) against the lint rules')
            [CompletionResult]::new('rule', 'rule', [CompletionResultType]::ParameterValue, 'Explain one lint rule')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'List the lint rules')
            [CompletionResult]::new('breadth', 'breadth', [CompletionResultType]::ParameterValue, 'Explain how broad scope names are: the parts, the verdict and the evidence')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports for reviewers and scripts: access matrix, PHI, lifecycle, access review, HTML')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write one man page per command into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scopectl;scope' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('define', 'define', [CompletionResultType]::ParameterValue, 'Add a scope to the catalog (version 1)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a scope''s definition; every change makes a new version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List scopes')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one scope (its current version, or an older one)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List every version of a scope and what changed in each')
            [CompletionResult]::new('deprecate', 'deprecate', [CompletionResultType]::ParameterValue, 'Deprecate an active scope: holders should move to its replacement before the sunset')
            [CompletionResult]::new('reinstate', 'reinstate', [CompletionResultType]::ParameterValue, 'Return a deprecated scope to active use')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Retire a deprecated scope; refused while any role or client still holds it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scopectl;scope;define' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the scope lets its holder do, in a sentence')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'The data type it guards (e.g. lab_results, or a FHIR resource type)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'An action it allows (repeatable; on update, replaces the list)')
            [CompletionResult]::new('--sensitivity', '--sensitivity', [CompletionResultType]::ParameterName, 'public, internal, confidential, pii or phi')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'The team accountable for it')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag (repeatable; on update, replaces the list)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;scope;update' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the scope lets its holder do, in a sentence')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'The data type it guards (e.g. lab_results, or a FHIR resource type)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'An action it allows (repeatable; on update, replaces the list)')
            [CompletionResult]::new('--sensitivity', '--sensitivity', [CompletionResultType]::ParameterName, 'public, internal, confidential, pii or phi')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'The team accountable for it')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag (repeatable; on update, replaces the list)')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'Clear a field (repeatable)')
            [CompletionResult]::new('--replaced-by', '--replaced-by', [CompletionResultType]::ParameterName, 'Replacement scopes (deprecated scopes only; replaces the list)')
            [CompletionResult]::new('--sunset', '--sunset', [CompletionResultType]::ParameterName, 'Sunset date, YYYY-MM-DD (deprecated scopes only)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Deprecation reason (deprecated scopes only)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;scope;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--sensitivity', '--sensitivity', [CompletionResultType]::ParameterName, 'sensitivity')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'owner')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'resource')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;scope;show' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Show this version instead of the current one')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;scope;history' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;scope;deprecate' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it is deprecated (required)')
            [CompletionResult]::new('--replaced-by', '--replaced-by', [CompletionResultType]::ParameterName, 'The active scope(s) that replace it (repeatable)')
            [CompletionResult]::new('--sunset', '--sunset', [CompletionResultType]::ParameterName, 'The date after which it should be retired, YYYY-MM-DD (today or later)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;scope;reinstate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;scope;retire' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('--revoke-grants', '--revoke-grants', [CompletionResultType]::ParameterName, 'Take the scope from every role and client feature that holds it, in the same change')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;scope;help' {
            [CompletionResult]::new('define', 'define', [CompletionResultType]::ParameterValue, 'Add a scope to the catalog (version 1)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a scope''s definition; every change makes a new version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List scopes')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one scope (its current version, or an older one)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List every version of a scope and what changed in each')
            [CompletionResult]::new('deprecate', 'deprecate', [CompletionResultType]::ParameterValue, 'Deprecate an active scope: holders should move to its replacement before the sunset')
            [CompletionResult]::new('reinstate', 'reinstate', [CompletionResultType]::ParameterValue, 'Return a deprecated scope to active use')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Retire a deprecated scope; refused while any role or client still holds it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scopectl;scope;help;define' {
            break
        }
        'scopectl;scope;help;update' {
            break
        }
        'scopectl;scope;help;list' {
            break
        }
        'scopectl;scope;help;show' {
            break
        }
        'scopectl;scope;help;history' {
            break
        }
        'scopectl;scope;help;deprecate' {
            break
        }
        'scopectl;scope;help;reinstate' {
            break
        }
        'scopectl;scope;help;retire' {
            break
        }
        'scopectl;scope;help;help' {
            break
        }
        'scopectl;role' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a role')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a role''s description or break-glass flag')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role and all its grants')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a role and its grants')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant scopes to a role')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take scopes away from a role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scopectl;role;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('--break-glass', '--break-glass', [CompletionResultType]::ParameterName, 'Emergency access: every grant must carry a justification and an expiry')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;role;update' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--break-glass', '--break-glass', [CompletionResultType]::ParameterName, 'Mark (true) or unmark (false) the role as break-glass')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;role;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;role;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;role;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;role;grant' {
            [CompletionResult]::new('--justification', '--justification', [CompletionResultType]::ParameterName, 'Why the role needs them')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'When the grants lapse, YYYY-MM-DD')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('--allow-deprecated', '--allow-deprecated', [CompletionResultType]::ParameterName, 'Grant a deprecated scope anyway (its replacement is named in a warning)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;role;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;role;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a role')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a role''s description or break-glass flag')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role and all its grants')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a role and its grants')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant scopes to a role')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take scopes away from a role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scopectl;role;help;create' {
            break
        }
        'scopectl;role;help;update' {
            break
        }
        'scopectl;role;help;delete' {
            break
        }
        'scopectl;role;help;list' {
            break
        }
        'scopectl;role;help;show' {
            break
        }
        'scopectl;role;help;grant' {
            break
        }
        'scopectl;role;help;revoke' {
            break
        }
        'scopectl;role;help;help' {
            break
        }
        'scopectl;client' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a client (an app that requests scopes)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a client''s description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a client and its features')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clients')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a client and the scopes each feature needs')
            [CompletionResult]::new('feature', 'feature', [CompletionResultType]::ParameterValue, 'Manage a client''s features')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scopectl;client;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;client;update' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;client;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;client;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;client;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;client;feature' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the scopes a feature needs (replaces what it needed before)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a feature from a client')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scopectl;client;feature;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;client;feature;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;client;feature;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the scopes a feature needs (replaces what it needed before)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a feature from a client')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scopectl;client;feature;help;set' {
            break
        }
        'scopectl;client;feature;help;remove' {
            break
        }
        'scopectl;client;feature;help;help' {
            break
        }
        'scopectl;client;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a client (an app that requests scopes)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a client''s description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a client and its features')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clients')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a client and the scopes each feature needs')
            [CompletionResult]::new('feature', 'feature', [CompletionResultType]::ParameterValue, 'Manage a client''s features')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scopectl;client;help;create' {
            break
        }
        'scopectl;client;help;update' {
            break
        }
        'scopectl;client;help;delete' {
            break
        }
        'scopectl;client;help;list' {
            break
        }
        'scopectl;client;help;show' {
            break
        }
        'scopectl;client;help;feature' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the scopes a feature needs (replaces what it needed before)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a feature from a client')
            break
        }
        'scopectl;client;help;feature;set' {
            break
        }
        'scopectl;client;help;feature;remove' {
            break
        }
        'scopectl;client;help;help' {
            break
        }
        'scopectl;consent' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;log' {
            [CompletionResult]::new('--entity', '--entity', [CompletionResultType]::ParameterName, 'Only entries about this entity: a name, or KIND:NAME (kinds: scope, role, grant, client, tag)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Only entries made by this actor')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries at or after this date (YYYY-MM-DD) or RFC 3339 time')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only the newest N entries')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Only the newest N entries')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('checkpoint', 'checkpoint', [CompletionResultType]::ParameterValue, 'Print the log''s head (entry count and hash) to keep outside the catalog')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scopectl;log;checkpoint' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;log;help' {
            [CompletionResult]::new('checkpoint', 'checkpoint', [CompletionResultType]::ParameterValue, 'Print the log''s head (entry count and hash) to keep outside the catalog')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scopectl;log;help;checkpoint' {
            break
        }
        'scopectl;log;help;help' {
            break
        }
        'scopectl;verify' {
            [CompletionResult]::new('--against', '--against', [CompletionResultType]::ParameterName, 'Also check the log against a checkpoint kept earlier (`scopectl log checkpoint`); `-` reads stdin')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;tag' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Name the current state of the catalog (the end of the change log)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tags')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scopectl;tag;create' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'm')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'message')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;tag;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;tag;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Name the current state of the catalog (the end of the change log)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tags')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scopectl;tag;help;create' {
            break
        }
        'scopectl;tag;help;list' {
            break
        }
        'scopectl;tag;help;help' {
            break
        }
        'scopectl;plan' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Exit 1 when changes are pending, 0 when the catalog already matches')
            [CompletionResult]::new('--deprecate-missing', '--deprecate-missing', [CompletionResultType]::ParameterName, 'Also plan to deprecate active scopes that are in the catalog but not in the file')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;apply' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('--deprecate-missing', '--deprecate-missing', [CompletionResultType]::ParameterName, 'Deprecate active scopes that are in the catalog but not in the file (otherwise they are kept as they are)')
            [CompletionResult]::new('--allow-deprecate-all', '--allow-deprecate-all', [CompletionResultType]::ParameterName, 'With --deprecate-missing: go ahead even when that deprecates every active scope of the catalog')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;export' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Export the catalog as it was when this tag was created')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('keycloak', 'keycloak', [CompletionResultType]::ParameterValue, 'Read a Keycloak realm export (kc.sh export or the admin console''s partial export)')
            [CompletionResult]::new('auth0', 'auth0', [CompletionResultType]::ParameterValue, 'Read an Auth0 tenant in the Deploy CLI format (tenant.yaml or a directory export)')
            [CompletionResult]::new('openapi', 'openapi', [CompletionResultType]::ParameterValue, 'Read the OAuth scopes and operation requirements of an OpenAPI 3.0 or 3.1 document')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scopectl;import;keycloak' {
            [CompletionResult]::new('--realm', '--realm', [CompletionResultType]::ParameterName, 'The realm to read when the file holds several')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the scopes.toml to this file instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the scopes.toml to this file instead of standard output')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Apply the imported set to the catalog (in one transaction) instead of printing it')
            [CompletionResult]::new('--deprecate-missing', '--deprecate-missing', [CompletionResultType]::ParameterName, 'With --apply: deprecate active catalog scopes the import does not have')
            [CompletionResult]::new('--allow-deprecate-all', '--allow-deprecate-all', [CompletionResultType]::ParameterName, 'With --deprecate-missing: go ahead even when that deprecates every active scope of the catalog')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;import;auth0' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the scopes.toml to this file instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the scopes.toml to this file instead of standard output')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Apply the imported set to the catalog (in one transaction) instead of printing it')
            [CompletionResult]::new('--deprecate-missing', '--deprecate-missing', [CompletionResultType]::ParameterName, 'With --apply: deprecate active catalog scopes the import does not have')
            [CompletionResult]::new('--allow-deprecate-all', '--allow-deprecate-all', [CompletionResultType]::ParameterName, 'With --deprecate-missing: go ahead even when that deprecates every active scope of the catalog')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;import;openapi' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the scopes.toml to this file instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the scopes.toml to this file instead of standard output')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Apply the imported set to the catalog (in one transaction) instead of printing it')
            [CompletionResult]::new('--deprecate-missing', '--deprecate-missing', [CompletionResultType]::ParameterName, 'With --apply: deprecate active catalog scopes the import does not have')
            [CompletionResult]::new('--allow-deprecate-all', '--allow-deprecate-all', [CompletionResultType]::ParameterName, 'With --deprecate-missing: go ahead even when that deprecates every active scope of the catalog')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;import;help' {
            [CompletionResult]::new('keycloak', 'keycloak', [CompletionResultType]::ParameterValue, 'Read a Keycloak realm export (kc.sh export or the admin console''s partial export)')
            [CompletionResult]::new('auth0', 'auth0', [CompletionResultType]::ParameterValue, 'Read an Auth0 tenant in the Deploy CLI format (tenant.yaml or a directory export)')
            [CompletionResult]::new('openapi', 'openapi', [CompletionResultType]::ParameterValue, 'Read the OAuth scopes and operation requirements of an OpenAPI 3.0 or 3.1 document')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scopectl;import;help;keycloak' {
            break
        }
        'scopectl;import;help;auth0' {
            break
        }
        'scopectl;import;help;openapi' {
            break
        }
        'scopectl;import;help;help' {
            break
        }
        'scopectl;diff' {
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit 1 when the diff has changes of this kind')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;audit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import access logs (JSON Lines or CSV, gzip or not) into the catalog')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Find anomalies in the imported events; exit 1 when findings reach --fail-on')
            [CompletionResult]::new('unused', 'unused', [CompletionResultType]::ParameterValue, 'List grants that no event used in the last N days (least-privilege candidates)')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Events per day, per client and per scope')
            [CompletionResult]::new('who', 'who', [CompletionResultType]::ParameterValue, 'Look up one subject''s events (the subject is matched by its keyed hash)')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete events before a date (recorded in the change log)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scopectl;audit;import' {
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'The format of every log, whatever its name')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Read FIELD from the log''s NAME (repeatable), e.g. --map granted=scope')
            [CompletionResult]::new('--max-errors', '--max-errors', [CompletionResultType]::ParameterName, 'Report at most this many bad lines on stderr (all are counted)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Stop at the first bad line (exit 2) and store nothing from that file (earlier files stay). Without it, bad lines are skipped and counted. Either way each file is one transaction: imported whole or not at all')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;audit;report' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only events at or after this date (YYYY-MM-DD, UTC) or RFC 3339 time')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only events before this time, or through the end of this date')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only events of this client')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only events of this role')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit 1 when a finding is at or above this severity')
            [CompletionResult]::new('--baseline-days', '--baseline-days', [CompletionResultType]::ParameterName, 'Days before the period in which an IP must be absent to count as new')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'The sliding window of the burst check (e.g. 1h, 15m)')
            [CompletionResult]::new('--burst', '--burst', [CompletionResultType]::ParameterName, 'Events from a new IP within one window that make a burst')
            [CompletionResult]::new('--spike-k', '--spike-k', [CompletionResultType]::ParameterName, 'An hour is a spike above median + K × 1.4826 × MAD of the client''s hourly counts')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;audit;unused' {
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'The window, in days, ending today')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;audit;stats' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only events at or after this date (YYYY-MM-DD, UTC) or RFC 3339 time')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only events before this time, or through the end of this date')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only events of this client')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only events of this role')
            [CompletionResult]::new('--top', '--top', [CompletionResultType]::ParameterName, 'How many clients and scopes to list')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;audit;who' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;audit;prune' {
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'Delete the events before this date (YYYY-MM-DD, UTC) or RFC 3339 time')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;audit;help' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import access logs (JSON Lines or CSV, gzip or not) into the catalog')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Find anomalies in the imported events; exit 1 when findings reach --fail-on')
            [CompletionResult]::new('unused', 'unused', [CompletionResultType]::ParameterValue, 'List grants that no event used in the last N days (least-privilege candidates)')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Events per day, per client and per scope')
            [CompletionResult]::new('who', 'who', [CompletionResultType]::ParameterValue, 'Look up one subject''s events (the subject is matched by its keyed hash)')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete events before a date (recorded in the change log)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scopectl;audit;help;import' {
            break
        }
        'scopectl;audit;help;report' {
            break
        }
        'scopectl;audit;help;unused' {
            break
        }
        'scopectl;audit;help;stats' {
            break
        }
        'scopectl;audit;help;who' {
            break
        }
        'scopectl;audit;help;prune' {
            break
        }
        'scopectl;audit;help;help' {
            break
        }
        'scopectl;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;lint' {
            [CompletionResult]::new('--openapi', '--openapi', [CompletionResultType]::ParameterName, 'Lint the scopes and operation security of an OpenAPI 3 document (YAML or JSON); repeatable. Rules on fields a document cannot hold (M002 M003 M004) run only when --select names them')
            [CompletionResult]::new('--select', '--select', [CompletionResultType]::ParameterName, 'Rules to run: codes, prefixes or ALL, comma-separated (replaces `[lint] select`)')
            [CompletionResult]::new('--ignore', '--ignore', [CompletionResultType]::ParameterName, 'Rules to skip: codes, prefixes or ALL, comma-separated (added to `[lint] ignore`)')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'The lowest severity that makes the command exit 1')
            [CompletionResult]::new('--baseline', '--baseline', [CompletionResultType]::ParameterName, 'Accept the findings recorded in this baseline file; report only new ones')
            [CompletionResult]::new('--write-baseline', '--write-baseline', [CompletionResultType]::ParameterName, 'Record the current findings as the accepted baseline in this file')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Lint the catalog (the database) as well')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;rule' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;rules' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;breadth' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'The scope''s description, weighed as evidence (applies to every NAME)')
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'Judge the names inside this scope set: its other names are siblings, its `[settings]` override the built-in knowledge, and its descriptions count')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('--no-knowledge', '--no-knowledge', [CompletionResultType]::ParameterName, 'Leave the built-in provider knowledge out (name, description and siblings alone)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;report' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('matrix', 'matrix', [CompletionResultType]::ParameterValue, 'Roles and clients × scopes: who holds what, grouped by sensitivity')
            [CompletionResult]::new('phi', 'phi', [CompletionResultType]::ParameterValue, 'PHI scopes, PHI write access and break-glass grants per role and client, against the limit')
            [CompletionResult]::new('lifecycle', 'lifecycle', [CompletionResultType]::ParameterValue, 'Deprecated scopes: sunset countdown, replacement, and who still holds them')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'The access-review sheet: one row per grant, with a blank decision column')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Usage from the imported access logs: events per scope and client, whether a feature of the client needs the scope, and the catalog scopes nobody used')
            [CompletionResult]::new('html', 'html', [CompletionResultType]::ParameterValue, 'One self-contained HTML page: summary, heatmap, PHI, lifecycle timeline, usage')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scopectl;report;matrix' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Report on a scopes.toml file instead of the catalog (`-` reads stdin)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;report;phi' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Report on a scopes.toml file instead of the catalog (`-` reads stdin)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;report;lifecycle' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Report on a scopes.toml file instead of the catalog (`-` reads stdin)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;report;review' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;report;usage' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;report;html' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Report on a scopes.toml file instead of the catalog (`-` reads stdin)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;report;help' {
            [CompletionResult]::new('matrix', 'matrix', [CompletionResultType]::ParameterValue, 'Roles and clients × scopes: who holds what, grouped by sensitivity')
            [CompletionResult]::new('phi', 'phi', [CompletionResultType]::ParameterValue, 'PHI scopes, PHI write access and break-glass grants per role and client, against the limit')
            [CompletionResult]::new('lifecycle', 'lifecycle', [CompletionResultType]::ParameterValue, 'Deprecated scopes: sunset countdown, replacement, and who still holds them')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'The access-review sheet: one row per grant, with a blank decision column')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Usage from the imported access logs: events per scope and client, whether a feature of the client needs the scope, and the catalog scopes nobody used')
            [CompletionResult]::new('html', 'html', [CompletionResultType]::ParameterValue, 'One self-contained HTML page: summary, heatmap, PHI, lifecycle timeline, usage')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scopectl;report;help;matrix' {
            break
        }
        'scopectl;report;help;phi' {
            break
        }
        'scopectl;report;help;lifecycle' {
            break
        }
        'scopectl;report;help;review' {
            break
        }
        'scopectl;report;help;usage' {
            break
        }
        'scopectl;report;help;html' {
            break
        }
        'scopectl;report;help;help' {
            break
        }
        'scopectl;man' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The directory to write the pages to (created when missing)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The catalog database [default: the platform data directory, e.g. ~/.local/share/scopectl/catalog.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; each command says which it supports [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under `auto`)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is making the change, for the change log [default: $USER]')
            [CompletionResult]::new('--max-input-mib', '--max-input-mib', [CompletionResultType]::ParameterName, 'Refuse a file or standard input larger than this many MiB')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages (warnings and errors still go to stderr)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'scopectl;help' {
            [CompletionResult]::new('scope', 'scope', [CompletionResultType]::ParameterValue, 'Define, update, deprecate and retire scopes')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Manage roles and the scopes they hold')
            [CompletionResult]::new('client', 'client', [CompletionResultType]::ParameterValue, 'Manage clients (apps) and the scopes each feature needs')
            [CompletionResult]::new('consent', 'consent', [CompletionResultType]::ParameterValue, 'Print the minimal scope string a client should request for some features')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Show the change log')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the change log''s hash chain and the database''s integrity')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Name points in the change log, to version whole scope sets')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what `apply` would change to make the catalog match a scopes.toml')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the catalog match a scopes.toml, in one transaction')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the catalog as a scopes.toml, JSON, or a Keycloak, Auth0 or OpenAPI document')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read scopes from a Keycloak realm, an Auth0 tenant or an OpenAPI document')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare two scope sets (files, tags or the catalog) and flag privilege widening')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Import access logs and audit how scopes are used')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check scope sets (files, stdin, OpenAPI documents or the catalog) against the lint rules')
            [CompletionResult]::new('rule', 'rule', [CompletionResultType]::ParameterValue, 'Explain one lint rule')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'List the lint rules')
            [CompletionResult]::new('breadth', 'breadth', [CompletionResultType]::ParameterValue, 'Explain how broad scope names are: the parts, the verdict and the evidence')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports for reviewers and scripts: access matrix, PHI, lifecycle, access review, HTML')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write one man page per command into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'scopectl;help;scope' {
            [CompletionResult]::new('define', 'define', [CompletionResultType]::ParameterValue, 'Add a scope to the catalog (version 1)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a scope''s definition; every change makes a new version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List scopes')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one scope (its current version, or an older one)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List every version of a scope and what changed in each')
            [CompletionResult]::new('deprecate', 'deprecate', [CompletionResultType]::ParameterValue, 'Deprecate an active scope: holders should move to its replacement before the sunset')
            [CompletionResult]::new('reinstate', 'reinstate', [CompletionResultType]::ParameterValue, 'Return a deprecated scope to active use')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Retire a deprecated scope; refused while any role or client still holds it')
            break
        }
        'scopectl;help;scope;define' {
            break
        }
        'scopectl;help;scope;update' {
            break
        }
        'scopectl;help;scope;list' {
            break
        }
        'scopectl;help;scope;show' {
            break
        }
        'scopectl;help;scope;history' {
            break
        }
        'scopectl;help;scope;deprecate' {
            break
        }
        'scopectl;help;scope;reinstate' {
            break
        }
        'scopectl;help;scope;retire' {
            break
        }
        'scopectl;help;role' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a role')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a role''s description or break-glass flag')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role and all its grants')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a role and its grants')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant scopes to a role')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take scopes away from a role')
            break
        }
        'scopectl;help;role;create' {
            break
        }
        'scopectl;help;role;update' {
            break
        }
        'scopectl;help;role;delete' {
            break
        }
        'scopectl;help;role;list' {
            break
        }
        'scopectl;help;role;show' {
            break
        }
        'scopectl;help;role;grant' {
            break
        }
        'scopectl;help;role;revoke' {
            break
        }
        'scopectl;help;client' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a client (an app that requests scopes)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a client''s description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a client and its features')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clients')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a client and the scopes each feature needs')
            [CompletionResult]::new('feature', 'feature', [CompletionResultType]::ParameterValue, 'Manage a client''s features')
            break
        }
        'scopectl;help;client;create' {
            break
        }
        'scopectl;help;client;update' {
            break
        }
        'scopectl;help;client;delete' {
            break
        }
        'scopectl;help;client;list' {
            break
        }
        'scopectl;help;client;show' {
            break
        }
        'scopectl;help;client;feature' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the scopes a feature needs (replaces what it needed before)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a feature from a client')
            break
        }
        'scopectl;help;client;feature;set' {
            break
        }
        'scopectl;help;client;feature;remove' {
            break
        }
        'scopectl;help;consent' {
            break
        }
        'scopectl;help;log' {
            [CompletionResult]::new('checkpoint', 'checkpoint', [CompletionResultType]::ParameterValue, 'Print the log''s head (entry count and hash) to keep outside the catalog')
            break
        }
        'scopectl;help;log;checkpoint' {
            break
        }
        'scopectl;help;verify' {
            break
        }
        'scopectl;help;tag' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Name the current state of the catalog (the end of the change log)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tags')
            break
        }
        'scopectl;help;tag;create' {
            break
        }
        'scopectl;help;tag;list' {
            break
        }
        'scopectl;help;plan' {
            break
        }
        'scopectl;help;apply' {
            break
        }
        'scopectl;help;export' {
            break
        }
        'scopectl;help;import' {
            [CompletionResult]::new('keycloak', 'keycloak', [CompletionResultType]::ParameterValue, 'Read a Keycloak realm export (kc.sh export or the admin console''s partial export)')
            [CompletionResult]::new('auth0', 'auth0', [CompletionResultType]::ParameterValue, 'Read an Auth0 tenant in the Deploy CLI format (tenant.yaml or a directory export)')
            [CompletionResult]::new('openapi', 'openapi', [CompletionResultType]::ParameterValue, 'Read the OAuth scopes and operation requirements of an OpenAPI 3.0 or 3.1 document')
            break
        }
        'scopectl;help;import;keycloak' {
            break
        }
        'scopectl;help;import;auth0' {
            break
        }
        'scopectl;help;import;openapi' {
            break
        }
        'scopectl;help;diff' {
            break
        }
        'scopectl;help;audit' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import access logs (JSON Lines or CSV, gzip or not) into the catalog')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Find anomalies in the imported events; exit 1 when findings reach --fail-on')
            [CompletionResult]::new('unused', 'unused', [CompletionResultType]::ParameterValue, 'List grants that no event used in the last N days (least-privilege candidates)')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Events per day, per client and per scope')
            [CompletionResult]::new('who', 'who', [CompletionResultType]::ParameterValue, 'Look up one subject''s events (the subject is matched by its keyed hash)')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete events before a date (recorded in the change log)')
            break
        }
        'scopectl;help;audit;import' {
            break
        }
        'scopectl;help;audit;report' {
            break
        }
        'scopectl;help;audit;unused' {
            break
        }
        'scopectl;help;audit;stats' {
            break
        }
        'scopectl;help;audit;who' {
            break
        }
        'scopectl;help;audit;prune' {
            break
        }
        'scopectl;help;completions' {
            break
        }
        'scopectl;help;lint' {
            break
        }
        'scopectl;help;rule' {
            break
        }
        'scopectl;help;rules' {
            break
        }
        'scopectl;help;breadth' {
            break
        }
        'scopectl;help;report' {
            [CompletionResult]::new('matrix', 'matrix', [CompletionResultType]::ParameterValue, 'Roles and clients × scopes: who holds what, grouped by sensitivity')
            [CompletionResult]::new('phi', 'phi', [CompletionResultType]::ParameterValue, 'PHI scopes, PHI write access and break-glass grants per role and client, against the limit')
            [CompletionResult]::new('lifecycle', 'lifecycle', [CompletionResultType]::ParameterValue, 'Deprecated scopes: sunset countdown, replacement, and who still holds them')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'The access-review sheet: one row per grant, with a blank decision column')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Usage from the imported access logs: events per scope and client, whether a feature of the client needs the scope, and the catalog scopes nobody used')
            [CompletionResult]::new('html', 'html', [CompletionResultType]::ParameterValue, 'One self-contained HTML page: summary, heatmap, PHI, lifecycle timeline, usage')
            break
        }
        'scopectl;help;report;matrix' {
            break
        }
        'scopectl;help;report;phi' {
            break
        }
        'scopectl;help;report;lifecycle' {
            break
        }
        'scopectl;help;report;review' {
            break
        }
        'scopectl;help;report;usage' {
            break
        }
        'scopectl;help;report;html' {
            break
        }
        'scopectl;help;man' {
            break
        }
        'scopectl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
