
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'flowlet-secrets' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'flowlet-secrets'
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
        'flowlet-secrets' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the vault and its key; asks for a passphrase')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Cache the vault key in the OS keyring so later commands need no passphrase')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Remove the vault key from the OS keyring')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a secret (values by prompt, --from-stdin or --from-file, never as arguments)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List secrets: name, type, updated, description, token state')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one secret''s fields; values hidden unless --reveal')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one value of a secret, exactly (no newline added when piped)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a secret''s description, settings or value')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a secret')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a secret')
            [CompletionResult]::new('header', 'header', [CompletionResultType]::ParameterValue, 'Print the HTTP header(s) a secret authenticates with, for `curl -H @-`')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print a database connection URL (user and password percent-encoded)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Request, show, refresh, revoke or clear OAuth2 tokens')
            [CompletionResult]::new('jws', 'jws', [CompletionResultType]::ParameterValue, 'Sign, verify or inspect JWS/JWT (RFC 7515, RFC 7519)')
            [CompletionResult]::new('jwe', 'jwe', [CompletionResultType]::ParameterValue, 'Encrypt or decrypt JWE with an RS256 key pair (RFC 7516)')
            [CompletionResult]::new('pubkey', 'pubkey', [CompletionResultType]::ParameterValue, 'Export an rs256 secret''s public key as PEM, JWK or JWKS')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a command with secrets in its environment')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write secrets as a dotenv or JSON file for tools that need one')
            [CompletionResult]::new('authorize', 'authorize', [CompletionResultType]::ParameterValue, 'Check one incoming Authorization header against a secret (exit 0 allow, 1 deny)')
            [CompletionResult]::new('gate', 'gate', [CompletionResultType]::ParameterValue, 'Serve the nginx auth_request / Traefik forwardAuth / Caddy forward_auth contract')
            [CompletionResult]::new('recipients', 'recipients', [CompletionResultType]::ParameterValue, 'Manage the members of a team vault')
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Git integration of a team vault: setup, merge driver, textconv')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Finish a merge conflict on one secret')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'New key material where flowlet-secrets owns it (hs256, rs256); lists the rest')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate completions and man pages (for packagers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowlet-secrets;init' {
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Your label in a team vault [default: the login name]')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--no-keyring', '--no-keyring', [CompletionResultType]::ParameterName, 'Do not cache the vault key in the OS keyring')
            [CompletionResult]::new('--shared', '--shared', [CompletionResultType]::ParameterName, 'A team vault for a git repository: only vault.age is shared (docs/team.md)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;unlock' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Forget the key after this long, e.g. 8h or 30m [default: until `lock`]')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;lock' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;add' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'A static password or API token; `header` prints `Authorization: Bearer VALUE`')
            [CompletionResult]::new('basic', 'basic', [CompletionResultType]::ParameterValue, 'HTTP basic auth; `header` prints `Authorization: Basic …` (RFC 7617)')
            [CompletionResult]::new('headers', 'headers', [CompletionResultType]::ParameterValue, 'Custom HTTP headers, read as `Name: value` lines')
            [CompletionResult]::new('oauth2', 'oauth2', [CompletionResultType]::ParameterValue, 'An OAuth2 client (Authorization Code + PKCE); tokens come from `token request`')
            [CompletionResult]::new('hs256', 'hs256', [CompletionResultType]::ParameterValue, 'An HS256 shared secret (at least 32 bytes)')
            [CompletionResult]::new('rs256', 'rs256', [CompletionResultType]::ParameterValue, 'An RS256 RSA key pair (at least 2048 bits)')
            [CompletionResult]::new('mysql', 'mysql', [CompletionResultType]::ParameterValue, 'MySQL/MariaDB credentials')
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'PostgreSQL credentials')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowlet-secrets;add;password' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'A description shown by `list` (not secret)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description shown by `list` (not secret)')
            [CompletionResult]::new('--header-name', '--header-name', [CompletionResultType]::ParameterName, 'Send the value in this header instead of `Authorization: Bearer` (e.g. X-API-KEY)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the secret value from this file (one trailing newline is dropped)')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing secret of the same name')
            [CompletionResult]::new('--from-stdin', '--from-stdin', [CompletionResultType]::ParameterName, 'Read the secret value from standard input (one trailing newline is dropped)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;add;basic' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'A description shown by `list` (not secret)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description shown by `list` (not secret)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'The user name (not secret; may not contain `:`)')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'The user name (not secret; may not contain `:`)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the secret value from this file (one trailing newline is dropped)')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing secret of the same name')
            [CompletionResult]::new('--from-stdin', '--from-stdin', [CompletionResultType]::ParameterName, 'Read the secret value from standard input (one trailing newline is dropped)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;add;headers' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'A description shown by `list` (not secret)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description shown by `list` (not secret)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the secret value from this file (one trailing newline is dropped)')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing secret of the same name')
            [CompletionResult]::new('--from-stdin', '--from-stdin', [CompletionResultType]::ParameterName, 'Read the secret value from standard input (one trailing newline is dropped)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;add;oauth2' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'A description shown by `list` (not secret)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description shown by `list` (not secret)')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The OpenID issuer; discovery fills the endpoints')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'A provider preset with known endpoints and quirks: google, github, microsoft, slack, dropbox')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'The authorization endpoint')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'The token endpoint')
            [CompletionResult]::new('--revocation-url', '--revocation-url', [CompletionResultType]::ParameterName, 'The RFC 7009 revocation endpoint')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The client_id')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the secret value from this file (one trailing newline is dropped)')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Requested scope (repeatable, or space-separated)')
            [CompletionResult]::new('--auth-param', '--auth-param', [CompletionResultType]::ParameterName, 'An extra authorize parameter KEY=VALUE (repeatable)')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the client authenticates at the token endpoint')
            [CompletionResult]::new('--redirect-port', '--redirect-port', [CompletionResultType]::ParameterName, 'The loopback redirect port (0 = any free port) [default: 47813]')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing secret of the same name')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Read a client secret (confidential clients) from the prompt, stdin or file')
            [CompletionResult]::new('--from-stdin', '--from-stdin', [CompletionResultType]::ParameterName, 'Read the secret value from standard input (one trailing newline is dropped)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;add;hs256' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'A description shown by `list` (not secret)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description shown by `list` (not secret)')
            [CompletionResult]::new('--key-encoding', '--key-encoding', [CompletionResultType]::ParameterName, 'How the imported key is encoded')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the secret value from this file (one trailing newline is dropped)')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing secret of the same name')
            [CompletionResult]::new('--generate', '--generate', [CompletionResultType]::ParameterName, 'Generate 32 random bytes instead of importing a key')
            [CompletionResult]::new('--from-stdin', '--from-stdin', [CompletionResultType]::ParameterName, 'Read the secret value from standard input (one trailing newline is dropped)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;add;rs256' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'A description shown by `list` (not secret)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description shown by `list` (not secret)')
            [CompletionResult]::new('--bits', '--bits', [CompletionResultType]::ParameterName, 'The modulus size for --generate')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the secret value from this file (one trailing newline is dropped)')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing secret of the same name')
            [CompletionResult]::new('--generate', '--generate', [CompletionResultType]::ParameterName, 'Generate a new key pair instead of importing a PEM')
            [CompletionResult]::new('--from-stdin', '--from-stdin', [CompletionResultType]::ParameterName, 'Read the secret value from standard input (one trailing newline is dropped)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;add;mysql' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'A description shown by `list` (not secret)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description shown by `list` (not secret)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The server host (or, for PostgreSQL, a socket directory)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The server port [default: the client''s]')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'The user name')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The database name')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'A connection option KEY=VALUE, e.g. sslmode=require (repeatable)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A connection option KEY=VALUE, e.g. sslmode=require (repeatable)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the secret value from this file (one trailing newline is dropped)')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing secret of the same name')
            [CompletionResult]::new('--from-stdin', '--from-stdin', [CompletionResultType]::ParameterName, 'Read the secret value from standard input (one trailing newline is dropped)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;add;postgres' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'A description shown by `list` (not secret)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description shown by `list` (not secret)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The server host (or, for PostgreSQL, a socket directory)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The server port [default: the client''s]')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'The user name')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The database name')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'A connection option KEY=VALUE, e.g. sslmode=require (repeatable)')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'A connection option KEY=VALUE, e.g. sslmode=require (repeatable)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the secret value from this file (one trailing newline is dropped)')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing secret of the same name')
            [CompletionResult]::new('--from-stdin', '--from-stdin', [CompletionResultType]::ParameterName, 'Read the secret value from standard input (one trailing newline is dropped)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;add;help' {
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'A static password or API token; `header` prints `Authorization: Bearer VALUE`')
            [CompletionResult]::new('basic', 'basic', [CompletionResultType]::ParameterValue, 'HTTP basic auth; `header` prints `Authorization: Basic …` (RFC 7617)')
            [CompletionResult]::new('headers', 'headers', [CompletionResultType]::ParameterValue, 'Custom HTTP headers, read as `Name: value` lines')
            [CompletionResult]::new('oauth2', 'oauth2', [CompletionResultType]::ParameterValue, 'An OAuth2 client (Authorization Code + PKCE); tokens come from `token request`')
            [CompletionResult]::new('hs256', 'hs256', [CompletionResultType]::ParameterValue, 'An HS256 shared secret (at least 32 bytes)')
            [CompletionResult]::new('rs256', 'rs256', [CompletionResultType]::ParameterValue, 'An RS256 RSA key pair (at least 2048 bits)')
            [CompletionResult]::new('mysql', 'mysql', [CompletionResultType]::ParameterValue, 'MySQL/MariaDB credentials')
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'PostgreSQL credentials')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowlet-secrets;add;help;password' {
            break
        }
        'flowlet-secrets;add;help;basic' {
            break
        }
        'flowlet-secrets;add;help;headers' {
            break
        }
        'flowlet-secrets;add;help;oauth2' {
            break
        }
        'flowlet-secrets;add;help;hs256' {
            break
        }
        'flowlet-secrets;add;help;rs256' {
            break
        }
        'flowlet-secrets;add;help;mysql' {
            break
        }
        'flowlet-secrets;add;help;postgres' {
            break
        }
        'flowlet-secrets;add;help;help' {
            break
        }
        'flowlet-secrets;list' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Only secrets of this type')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only secrets of this type')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON instead of a table')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;show' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show secret values too')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;get' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The field to print [default: the type''s main value]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'The field to print [default: the type''s main value]')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;edit' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Set the description (an empty string removes it)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Set the description (an empty string removes it)')
            [CompletionResult]::new('--header-name', '--header-name', [CompletionResultType]::ParameterName, 'password: send the value in this header (an empty string restores Authorization: Bearer)')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'basic: the user name')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'mysql/postgres: the host')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'mysql/postgres: the port')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'mysql/postgres: the user name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'mysql/postgres: the database')
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'mysql/postgres: replace the options with these KEY=VALUE pairs (repeatable)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the secret value from this file (one trailing newline is dropped)')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'Replace the secret value (password, basic password, database password, headers, oauth2 client secret): by prompt, --from-stdin or --from-file')
            [CompletionResult]::new('--from-stdin', '--from-stdin', [CompletionResultType]::ParameterName, 'Read the secret value from standard input (one trailing newline is dropped)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;rm' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;rename' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing secret named NEW')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;header' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--iss', '--iss', [CompletionResultType]::ParameterName, 'The `iss` (issuer) claim')
            [CompletionResult]::new('--sub', '--sub', [CompletionResultType]::ParameterName, 'The `sub` (subject) claim')
            [CompletionResult]::new('--aud', '--aud', [CompletionResultType]::ParameterName, 'The `aud` (audience) claim (repeatable; several make an array)')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Expire this long after issue, e.g. 30s, 5m, 1h [default: 5m]')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Not valid before issue time + this long (`nbf`), e.g. 0s, 10m')
            [CompletionResult]::new('--jti', '--jti', [CompletionResultType]::ParameterName, 'The `jti` (JWT ID) claim; without a value, a random 128-bit ID')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'A scope token for the space-separated `scope` claim (repeatable)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Any claim KEY=VALUE; VALUE is JSON when it parses as JSON, else a string (repeatable)')
            [CompletionResult]::new('--claims-json', '--claims-json', [CompletionResultType]::ParameterName, 'Extra claims as one JSON object, e.g. ''{"tenant":"a","roles":["x"]}''')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Issue as of TIME (Unix seconds or RFC 3339) instead of now')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Write no `exp` claim (verifiers, ours included, refuse such tokens by default)')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Write no `iat` (issued at) claim; it is written by default')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;url' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;token' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Run the Authorization Code + PKCE flow in the browser and store the tokens')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show which tokens exist, their expiry and scope (values only with --reveal)')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Refresh the access token now')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke the tokens at the provider (RFC 7009), then clear them')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Forget the stored tokens')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowlet-secrets;token;request' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Listen on this port instead of the secret''s redirect port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the authorization URL instead of opening a browser')
            [CompletionResult]::new('--manual', '--manual', [CompletionResultType]::ParameterName, 'Print the URL and read the redirected URL pasted back on stdin (remote hosts)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;token;show' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show token values too')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;token;refresh' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;token;revoke' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;token;clear' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;token;help' {
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Run the Authorization Code + PKCE flow in the browser and store the tokens')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show which tokens exist, their expiry and scope (values only with --reveal)')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Refresh the access token now')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke the tokens at the provider (RFC 7009), then clear them')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Forget the stored tokens')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowlet-secrets;token;help;request' {
            break
        }
        'flowlet-secrets;token;help;show' {
            break
        }
        'flowlet-secrets;token;help;refresh' {
            break
        }
        'flowlet-secrets;token;help;revoke' {
            break
        }
        'flowlet-secrets;token;help;clear' {
            break
        }
        'flowlet-secrets;token;help;help' {
            break
        }
        'flowlet-secrets;jws' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign JWT claims, or a raw payload with --raw (compact JWS on stdout)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a JWT with the secret''s own algorithm and print its claims as JSON')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Decode a JWS WITHOUT verifying it (header and payload as JSON on stdout)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowlet-secrets;jws;sign' {
            [CompletionResult]::new('--iss', '--iss', [CompletionResultType]::ParameterName, 'The `iss` (issuer) claim')
            [CompletionResult]::new('--sub', '--sub', [CompletionResultType]::ParameterName, 'The `sub` (subject) claim')
            [CompletionResult]::new('--aud', '--aud', [CompletionResultType]::ParameterName, 'The `aud` (audience) claim (repeatable; several make an array)')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Expire this long after issue, e.g. 30s, 5m, 1h [default: 5m]')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Not valid before issue time + this long (`nbf`), e.g. 0s, 10m')
            [CompletionResult]::new('--jti', '--jti', [CompletionResultType]::ParameterName, 'The `jti` (JWT ID) claim; without a value, a random 128-bit ID')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'A scope token for the space-separated `scope` claim (repeatable)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'Any claim KEY=VALUE; VALUE is JSON when it parses as JSON, else a string (repeatable)')
            [CompletionResult]::new('--claims-json', '--claims-json', [CompletionResultType]::ParameterName, 'Extra claims as one JSON object, e.g. ''{"tenant":"a","roles":["x"]}''')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Issue as of TIME (Unix seconds or RFC 3339) instead of now')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Sign standard input as it is (any bytes) instead of building JWT claims')
            [CompletionResult]::new('--no-exp', '--no-exp', [CompletionResultType]::ParameterName, 'Write no `exp` claim (verifiers, ours included, refuse such tokens by default)')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Write no `iat` (issued at) claim; it is written by default')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;jws;verify' {
            [CompletionResult]::new('--scope-claim', '--scope-claim', [CompletionResultType]::ParameterName, 'The claim holding scopes [default: `scope` string and `scp` array or string]')
            [CompletionResult]::new('--aud', '--aud', [CompletionResultType]::ParameterName, 'Require this audience in `aud` (tokens with an `aud` are refused without it)')
            [CompletionResult]::new('--iss', '--iss', [CompletionResultType]::ParameterName, 'Require this issuer in `iss`')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'A required scope, matched as a whole, case-sensitive token (repeatable; for `gate`, the --secret rule''s)')
            [CompletionResult]::new('--leeway', '--leeway', [CompletionResultType]::ParameterName, 'Clock skew allowed on exp, nbf and iat, in seconds [default: 60]')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Verify as of TIME (Unix seconds or RFC 3339), e.g. for old tokens and test vectors')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--allow-missing-exp', '--allow-missing-exp', [CompletionResultType]::ParameterName, 'Accept a token without `exp`')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Check only the signature and print the payload as it is (no claim checks)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;jws;inspect' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;jws;help' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign JWT claims, or a raw payload with --raw (compact JWS on stdout)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a JWT with the secret''s own algorithm and print its claims as JSON')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Decode a JWS WITHOUT verifying it (header and payload as JSON on stdout)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowlet-secrets;jws;help;sign' {
            break
        }
        'flowlet-secrets;jws;help;verify' {
            break
        }
        'flowlet-secrets;jws;help;inspect' {
            break
        }
        'flowlet-secrets;jws;help;help' {
            break
        }
        'flowlet-secrets;jwe' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('encrypt', 'encrypt', [CompletionResultType]::ParameterValue, 'Encrypt stdin to the key pair''s public key (RSA-OAEP-256 + A256GCM)')
            [CompletionResult]::new('decrypt', 'decrypt', [CompletionResultType]::ParameterValue, 'Decrypt a compact JWE from stdin (RSA-OAEP-256 or RSA-OAEP; A256GCM or A128GCM)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowlet-secrets;jwe;encrypt' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;jwe;decrypt' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;jwe;help' {
            [CompletionResult]::new('encrypt', 'encrypt', [CompletionResultType]::ParameterValue, 'Encrypt stdin to the key pair''s public key (RSA-OAEP-256 + A256GCM)')
            [CompletionResult]::new('decrypt', 'decrypt', [CompletionResultType]::ParameterValue, 'Decrypt a compact JWE from stdin (RSA-OAEP-256 or RSA-OAEP; A256GCM or A128GCM)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowlet-secrets;jwe;help;encrypt' {
            break
        }
        'flowlet-secrets;jwe;help;decrypt' {
            break
        }
        'flowlet-secrets;jwe;help;help' {
            break
        }
        'flowlet-secrets;pubkey' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--use', '--use', [CompletionResultType]::ParameterName, 'Mark the JWK for one use (jwk/jwks only; default: neither, usable for both)')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;run' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Set the database client''s standard variables from this mysql/postgres secret')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Set VAR to a secret''s value: VAR=NAME or VAR=NAME:FIELD (repeatable)')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--allow-loader-env', '--allow-loader-env', [CompletionResultType]::ParameterName, 'Allow --env to set variables that change how COMMAND is loaded')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;authorize' {
            [CompletionResult]::new('--aud', '--aud', [CompletionResultType]::ParameterName, 'Require this audience in `aud` (tokens with an `aud` are refused without it)')
            [CompletionResult]::new('--iss', '--iss', [CompletionResultType]::ParameterName, 'Require this issuer in `iss`')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'A required scope, matched as a whole, case-sensitive token (repeatable; for `gate`, the --secret rule''s)')
            [CompletionResult]::new('--leeway', '--leeway', [CompletionResultType]::ParameterName, 'Clock skew allowed on exp, nbf and iat, in seconds [default: 60]')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;gate' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'The address to listen on (loopback by default)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret that guards every path (the rule for `/`)')
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'A rule PREFIX=NAME or PREFIX=NAME:SCOPE,SCOPE… (repeatable; longest prefix wins)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read rules and settings from this TOML file ([[rule]] prefix, secret, scopes, audience, issuer; realm, leeway, subject_header, scopes_header)')
            [CompletionResult]::new('--realm', '--realm', [CompletionResultType]::ParameterName, 'The realm named in `WWW-Authenticate` challenges [default: flowlet-secrets]')
            [CompletionResult]::new('--subject-header', '--subject-header', [CompletionResultType]::ParameterName, 'The response header that carries the basic user or the JWT `sub`; "" for none [default: X-Auth-Subject]')
            [CompletionResult]::new('--scopes-header', '--scopes-header', [CompletionResultType]::ParameterName, 'The response header that carries the JWT''s scopes; "" for none [default: X-Auth-Scopes]')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Worker threads deciding requests [default: the number of CPUs, at least 2]')
            [CompletionResult]::new('--max-connections', '--max-connections', [CompletionResultType]::ParameterName, 'The most connections served at once; more wait in the kernel''s queue')
            [CompletionResult]::new('--max-header-bytes', '--max-header-bytes', [CompletionResultType]::ParameterName, 'The largest request head (request line and headers) read, in bytes; a larger one gets 431 and the connection is closed')
            [CompletionResult]::new('--header-timeout', '--header-timeout', [CompletionResultType]::ParameterName, 'Seconds a client has to send a whole request head once it has started')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'Seconds a connection may stay idle (no request under way) before it is closed; keep it above the proxy''s upstream keep-alive timeout (nginx: 60)')
            [CompletionResult]::new('--aud', '--aud', [CompletionResultType]::ParameterName, 'Require this audience in `aud` (tokens with an `aud` are refused without it)')
            [CompletionResult]::new('--iss', '--iss', [CompletionResultType]::ParameterName, 'Require this issuer in `iss`')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'A required scope, matched as a whole, case-sensitive token (repeatable; for `gate`, the --secret rule''s)')
            [CompletionResult]::new('--leeway', '--leeway', [CompletionResultType]::ParameterName, 'Clock skew allowed on exp, nbf and iat, in seconds [default: 60]')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--log-requests', '--log-requests', [CompletionResultType]::ParameterName, 'Log one line per request on stderr (status, path without query, rule, reason)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;recipients' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the members: label, recipient, added; which one is you')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member (age1…, "ssh-ed25519 AAAA…", "ssh-rsa AAAA…")')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a member: re-encrypts without them and marks every secret for rotation')
            [CompletionResult]::new('ack', 'ack', [CompletionResultType]::ParameterValue, 'Accept a member set changed on another machine')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowlet-secrets;recipients;list' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print a JSON array of {label, recipient, added, you}')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;recipients;add' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the recipient from an age recipients file or an SSH .pub file')
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;recipients;rm' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;recipients;ack' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;recipients;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the members: label, recipient, added; which one is you')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member (age1…, "ssh-ed25519 AAAA…", "ssh-rsa AAAA…")')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a member: re-encrypts without them and marks every secret for rotation')
            [CompletionResult]::new('ack', 'ack', [CompletionResultType]::ParameterValue, 'Accept a member set changed on another machine')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowlet-secrets;recipients;help;list' {
            break
        }
        'flowlet-secrets;recipients;help;add' {
            break
        }
        'flowlet-secrets;recipients;help;rm' {
            break
        }
        'flowlet-secrets;recipients;help;ack' {
            break
        }
        'flowlet-secrets;recipients;help;help' {
            break
        }
        'flowlet-secrets;git' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Write .gitattributes and the merge and diff drivers in .git/config')
            [CompletionResult]::new('merge-driver', 'merge-driver', [CompletionResultType]::ParameterValue, 'Merge three versions of vault.age per secret (called by git merge)')
            [CompletionResult]::new('textconv', 'textconv', [CompletionResultType]::ParameterValue, 'Print names, types, times and fingerprints of a vault.age (called by git diff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowlet-secrets;git;setup' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;git;merge-driver' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;git;textconv' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;git;help' {
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Write .gitattributes and the merge and diff drivers in .git/config')
            [CompletionResult]::new('merge-driver', 'merge-driver', [CompletionResultType]::ParameterValue, 'Merge three versions of vault.age per secret (called by git merge)')
            [CompletionResult]::new('textconv', 'textconv', [CompletionResultType]::ParameterValue, 'Print names, types, times and fingerprints of a vault.age (called by git diff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowlet-secrets;git;help;setup' {
            break
        }
        'flowlet-secrets;git;help;merge-driver' {
            break
        }
        'flowlet-secrets;git;help;textconv' {
            break
        }
        'flowlet-secrets;git;help;help' {
            break
        }
        'flowlet-secrets;resolve' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--ours', '--ours', [CompletionResultType]::ParameterName, 'Keep our version')
            [CompletionResult]::new('--theirs', '--theirs', [CompletionResultType]::ParameterName, 'Take their version')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;rotate' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'Every secret marked as due for rotation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;completions' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;generate' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write one man page per command into DIR')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowlet-secrets;generate;completions' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;generate;man' {
            [CompletionResult]::new('--vault-dir', '--vault-dir', [CompletionResultType]::ParameterName, 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]')
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Unlock with this plain age identity file instead of the keyring or passphrase')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the vault passphrase from the first line of this file')
            [CompletionResult]::new('--passphrase-command', '--passphrase-command', [CompletionResultType]::ParameterName, 'Run this shell command and read the vault passphrase from its stdout')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print debug lines on stderr (never secret values)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowlet-secrets;generate;help' {
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write one man page per command into DIR')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowlet-secrets;generate;help;completions' {
            break
        }
        'flowlet-secrets;generate;help;man' {
            break
        }
        'flowlet-secrets;generate;help;help' {
            break
        }
        'flowlet-secrets;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the vault and its key; asks for a passphrase')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Cache the vault key in the OS keyring so later commands need no passphrase')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Remove the vault key from the OS keyring')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a secret (values by prompt, --from-stdin or --from-file, never as arguments)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List secrets: name, type, updated, description, token state')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one secret''s fields; values hidden unless --reveal')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one value of a secret, exactly (no newline added when piped)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a secret''s description, settings or value')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a secret')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a secret')
            [CompletionResult]::new('header', 'header', [CompletionResultType]::ParameterValue, 'Print the HTTP header(s) a secret authenticates with, for `curl -H @-`')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print a database connection URL (user and password percent-encoded)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Request, show, refresh, revoke or clear OAuth2 tokens')
            [CompletionResult]::new('jws', 'jws', [CompletionResultType]::ParameterValue, 'Sign, verify or inspect JWS/JWT (RFC 7515, RFC 7519)')
            [CompletionResult]::new('jwe', 'jwe', [CompletionResultType]::ParameterValue, 'Encrypt or decrypt JWE with an RS256 key pair (RFC 7516)')
            [CompletionResult]::new('pubkey', 'pubkey', [CompletionResultType]::ParameterValue, 'Export an rs256 secret''s public key as PEM, JWK or JWKS')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a command with secrets in its environment')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write secrets as a dotenv or JSON file for tools that need one')
            [CompletionResult]::new('authorize', 'authorize', [CompletionResultType]::ParameterValue, 'Check one incoming Authorization header against a secret (exit 0 allow, 1 deny)')
            [CompletionResult]::new('gate', 'gate', [CompletionResultType]::ParameterValue, 'Serve the nginx auth_request / Traefik forwardAuth / Caddy forward_auth contract')
            [CompletionResult]::new('recipients', 'recipients', [CompletionResultType]::ParameterValue, 'Manage the members of a team vault')
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Git integration of a team vault: setup, merge driver, textconv')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Finish a merge conflict on one secret')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'New key material where flowlet-secrets owns it (hs256, rs256); lists the rest')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate completions and man pages (for packagers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowlet-secrets;help;init' {
            break
        }
        'flowlet-secrets;help;unlock' {
            break
        }
        'flowlet-secrets;help;lock' {
            break
        }
        'flowlet-secrets;help;add' {
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'A static password or API token; `header` prints `Authorization: Bearer VALUE`')
            [CompletionResult]::new('basic', 'basic', [CompletionResultType]::ParameterValue, 'HTTP basic auth; `header` prints `Authorization: Basic …` (RFC 7617)')
            [CompletionResult]::new('headers', 'headers', [CompletionResultType]::ParameterValue, 'Custom HTTP headers, read as `Name: value` lines')
            [CompletionResult]::new('oauth2', 'oauth2', [CompletionResultType]::ParameterValue, 'An OAuth2 client (Authorization Code + PKCE); tokens come from `token request`')
            [CompletionResult]::new('hs256', 'hs256', [CompletionResultType]::ParameterValue, 'An HS256 shared secret (at least 32 bytes)')
            [CompletionResult]::new('rs256', 'rs256', [CompletionResultType]::ParameterValue, 'An RS256 RSA key pair (at least 2048 bits)')
            [CompletionResult]::new('mysql', 'mysql', [CompletionResultType]::ParameterValue, 'MySQL/MariaDB credentials')
            [CompletionResult]::new('postgres', 'postgres', [CompletionResultType]::ParameterValue, 'PostgreSQL credentials')
            break
        }
        'flowlet-secrets;help;add;password' {
            break
        }
        'flowlet-secrets;help;add;basic' {
            break
        }
        'flowlet-secrets;help;add;headers' {
            break
        }
        'flowlet-secrets;help;add;oauth2' {
            break
        }
        'flowlet-secrets;help;add;hs256' {
            break
        }
        'flowlet-secrets;help;add;rs256' {
            break
        }
        'flowlet-secrets;help;add;mysql' {
            break
        }
        'flowlet-secrets;help;add;postgres' {
            break
        }
        'flowlet-secrets;help;list' {
            break
        }
        'flowlet-secrets;help;show' {
            break
        }
        'flowlet-secrets;help;get' {
            break
        }
        'flowlet-secrets;help;edit' {
            break
        }
        'flowlet-secrets;help;rm' {
            break
        }
        'flowlet-secrets;help;rename' {
            break
        }
        'flowlet-secrets;help;header' {
            break
        }
        'flowlet-secrets;help;url' {
            break
        }
        'flowlet-secrets;help;token' {
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Run the Authorization Code + PKCE flow in the browser and store the tokens')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show which tokens exist, their expiry and scope (values only with --reveal)')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Refresh the access token now')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke the tokens at the provider (RFC 7009), then clear them')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Forget the stored tokens')
            break
        }
        'flowlet-secrets;help;token;request' {
            break
        }
        'flowlet-secrets;help;token;show' {
            break
        }
        'flowlet-secrets;help;token;refresh' {
            break
        }
        'flowlet-secrets;help;token;revoke' {
            break
        }
        'flowlet-secrets;help;token;clear' {
            break
        }
        'flowlet-secrets;help;jws' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign JWT claims, or a raw payload with --raw (compact JWS on stdout)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a JWT with the secret''s own algorithm and print its claims as JSON')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Decode a JWS WITHOUT verifying it (header and payload as JSON on stdout)')
            break
        }
        'flowlet-secrets;help;jws;sign' {
            break
        }
        'flowlet-secrets;help;jws;verify' {
            break
        }
        'flowlet-secrets;help;jws;inspect' {
            break
        }
        'flowlet-secrets;help;jwe' {
            [CompletionResult]::new('encrypt', 'encrypt', [CompletionResultType]::ParameterValue, 'Encrypt stdin to the key pair''s public key (RSA-OAEP-256 + A256GCM)')
            [CompletionResult]::new('decrypt', 'decrypt', [CompletionResultType]::ParameterValue, 'Decrypt a compact JWE from stdin (RSA-OAEP-256 or RSA-OAEP; A256GCM or A128GCM)')
            break
        }
        'flowlet-secrets;help;jwe;encrypt' {
            break
        }
        'flowlet-secrets;help;jwe;decrypt' {
            break
        }
        'flowlet-secrets;help;pubkey' {
            break
        }
        'flowlet-secrets;help;run' {
            break
        }
        'flowlet-secrets;help;export' {
            break
        }
        'flowlet-secrets;help;authorize' {
            break
        }
        'flowlet-secrets;help;gate' {
            break
        }
        'flowlet-secrets;help;recipients' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the members: label, recipient, added; which one is you')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member (age1…, "ssh-ed25519 AAAA…", "ssh-rsa AAAA…")')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a member: re-encrypts without them and marks every secret for rotation')
            [CompletionResult]::new('ack', 'ack', [CompletionResultType]::ParameterValue, 'Accept a member set changed on another machine')
            break
        }
        'flowlet-secrets;help;recipients;list' {
            break
        }
        'flowlet-secrets;help;recipients;add' {
            break
        }
        'flowlet-secrets;help;recipients;rm' {
            break
        }
        'flowlet-secrets;help;recipients;ack' {
            break
        }
        'flowlet-secrets;help;git' {
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Write .gitattributes and the merge and diff drivers in .git/config')
            [CompletionResult]::new('merge-driver', 'merge-driver', [CompletionResultType]::ParameterValue, 'Merge three versions of vault.age per secret (called by git merge)')
            [CompletionResult]::new('textconv', 'textconv', [CompletionResultType]::ParameterValue, 'Print names, types, times and fingerprints of a vault.age (called by git diff)')
            break
        }
        'flowlet-secrets;help;git;setup' {
            break
        }
        'flowlet-secrets;help;git;merge-driver' {
            break
        }
        'flowlet-secrets;help;git;textconv' {
            break
        }
        'flowlet-secrets;help;resolve' {
            break
        }
        'flowlet-secrets;help;rotate' {
            break
        }
        'flowlet-secrets;help;completions' {
            break
        }
        'flowlet-secrets;help;generate' {
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write one man page per command into DIR')
            break
        }
        'flowlet-secrets;help;generate;completions' {
            break
        }
        'flowlet-secrets;help;generate;man' {
            break
        }
        'flowlet-secrets;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
