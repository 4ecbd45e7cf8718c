# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_flowlet_secrets_global_optspecs
    string join \n vault-dir= identity-file= passphrase-file= passphrase-command= debug h/help V/version
end

function __fish_flowlet_secrets_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_flowlet_secrets_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_flowlet_secrets_using_subcommand
    set -l cmd (__fish_flowlet_secrets_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "init" -d 'Create the vault and its key; asks for a passphrase'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "unlock" -d 'Cache the vault key in the OS keyring so later commands need no passphrase'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "lock" -d 'Remove the vault key from the OS keyring'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "add" -d 'Add a secret (values by prompt, --from-stdin or --from-file, never as arguments)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "list" -d 'List secrets: name, type, updated, description, token state'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "show" -d 'Show one secret\'s fields; values hidden unless --reveal'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "get" -d 'Print one value of a secret, exactly (no newline added when piped)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "edit" -d 'Change a secret\'s description, settings or value'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "rm" -d 'Remove a secret'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "rename" -d 'Rename a secret'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "header" -d 'Print the HTTP header(s) a secret authenticates with, for `curl -H @-`'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "url" -d 'Print a database connection URL (user and password percent-encoded)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "token" -d 'Request, show, refresh, revoke or clear OAuth2 tokens'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "jws" -d 'Sign, verify or inspect JWS/JWT (RFC 7515, RFC 7519)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "jwe" -d 'Encrypt or decrypt JWE with an RS256 key pair (RFC 7516)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "pubkey" -d 'Export an rs256 secret\'s public key as PEM, JWK or JWKS'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "run" -d 'Run a command with secrets in its environment'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "export" -d 'Write secrets as a dotenv or JSON file for tools that need one'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "authorize" -d 'Check one incoming Authorization header against a secret (exit 0 allow, 1 deny)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "gate" -d 'Serve the nginx auth_request / Traefik forwardAuth / Caddy forward_auth contract'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "recipients" -d 'Manage the members of a team vault'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "git" -d 'Git integration of a team vault: setup, merge driver, textconv'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "resolve" -d 'Finish a merge conflict on one secret'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "rotate" -d 'New key material where flowlet-secrets owns it (hs256, rs256); lists the rest'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "generate" -d 'Generate completions and man pages (for packagers)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand init" -l label -d 'Your label in a team vault [default: the login name]' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand init" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand init" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand init" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand init" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand init" -l no-keyring -d 'Do not cache the vault key in the OS keyring'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand init" -l shared -d 'A team vault for a git repository: only vault.age is shared (docs/team.md)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand init" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand init" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand unlock" -l timeout -d 'Forget the key after this long, e.g. 8h or 30m [default: until `lock`]' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand unlock" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand unlock" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand unlock" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand unlock" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand unlock" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand unlock" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand lock" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand lock" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand lock" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand lock" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand lock" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand lock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand lock" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and not __fish_seen_subcommand_from password basic headers oauth2 hs256 rs256 mysql postgres help" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and not __fish_seen_subcommand_from password basic headers oauth2 hs256 rs256 mysql postgres help" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and not __fish_seen_subcommand_from password basic headers oauth2 hs256 rs256 mysql postgres help" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and not __fish_seen_subcommand_from password basic headers oauth2 hs256 rs256 mysql postgres help" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and not __fish_seen_subcommand_from password basic headers oauth2 hs256 rs256 mysql postgres help" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and not __fish_seen_subcommand_from password basic headers oauth2 hs256 rs256 mysql postgres help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and not __fish_seen_subcommand_from password basic headers oauth2 hs256 rs256 mysql postgres help" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and not __fish_seen_subcommand_from password basic headers oauth2 hs256 rs256 mysql postgres help" -f -a "password" -d 'A static password or API token; `header` prints `Authorization: Bearer VALUE`'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and not __fish_seen_subcommand_from password basic headers oauth2 hs256 rs256 mysql postgres help" -f -a "basic" -d 'HTTP basic auth; `header` prints `Authorization: Basic …` (RFC 7617)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and not __fish_seen_subcommand_from password basic headers oauth2 hs256 rs256 mysql postgres help" -f -a "headers" -d 'Custom HTTP headers, read as `Name: value` lines'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and not __fish_seen_subcommand_from password basic headers oauth2 hs256 rs256 mysql postgres help" -f -a "oauth2" -d 'An OAuth2 client (Authorization Code + PKCE); tokens come from `token request`'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and not __fish_seen_subcommand_from password basic headers oauth2 hs256 rs256 mysql postgres help" -f -a "hs256" -d 'An HS256 shared secret (at least 32 bytes)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and not __fish_seen_subcommand_from password basic headers oauth2 hs256 rs256 mysql postgres help" -f -a "rs256" -d 'An RS256 RSA key pair (at least 2048 bits)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and not __fish_seen_subcommand_from password basic headers oauth2 hs256 rs256 mysql postgres help" -f -a "mysql" -d 'MySQL/MariaDB credentials'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and not __fish_seen_subcommand_from password basic headers oauth2 hs256 rs256 mysql postgres help" -f -a "postgres" -d 'PostgreSQL credentials'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and not __fish_seen_subcommand_from password basic headers oauth2 hs256 rs256 mysql postgres help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from password" -s d -l description -d 'A description shown by `list` (not secret)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from password" -l header-name -d 'Send the value in this header instead of `Authorization: Bearer` (e.g. X-API-KEY)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from password" -l from-file -d 'Read the secret value from this file (one trailing newline is dropped)' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from password" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from password" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from password" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from password" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from password" -l force -d 'Replace an existing secret of the same name'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from password" -l from-stdin -d 'Read the secret value from standard input (one trailing newline is dropped)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from password" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from password" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from basic" -s d -l description -d 'A description shown by `list` (not secret)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from basic" -s u -l username -d 'The user name (not secret; may not contain `:`)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from basic" -l from-file -d 'Read the secret value from this file (one trailing newline is dropped)' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from basic" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from basic" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from basic" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from basic" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from basic" -l force -d 'Replace an existing secret of the same name'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from basic" -l from-stdin -d 'Read the secret value from standard input (one trailing newline is dropped)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from basic" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from basic" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from basic" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from headers" -s d -l description -d 'A description shown by `list` (not secret)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from headers" -l from-file -d 'Read the secret value from this file (one trailing newline is dropped)' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from headers" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from headers" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from headers" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from headers" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from headers" -l force -d 'Replace an existing secret of the same name'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from headers" -l from-stdin -d 'Read the secret value from standard input (one trailing newline is dropped)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from headers" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from headers" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from headers" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from oauth2" -s d -l description -d 'A description shown by `list` (not secret)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from oauth2" -l issuer -d 'The OpenID issuer; discovery fills the endpoints' -r -f
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from oauth2" -l provider -d 'A provider preset with known endpoints and quirks: google, github, microsoft, slack, dropbox' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from oauth2" -l auth-url -d 'The authorization endpoint' -r -f
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from oauth2" -l token-url -d 'The token endpoint' -r -f
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from oauth2" -l revocation-url -d 'The RFC 7009 revocation endpoint' -r -f
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from oauth2" -l client-id -d 'The client_id' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from oauth2" -l from-file -d 'Read the secret value from this file (one trailing newline is dropped)' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from oauth2" -l scope -d 'Requested scope (repeatable, or space-separated)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from oauth2" -l auth-param -d 'An extra authorize parameter KEY=VALUE (repeatable)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from oauth2" -l client-auth -d 'How the client authenticates at the token endpoint' -r -f -a "basic\t'HTTP basic with the client id and secret (`client_secret_basic`)'
post\t'Client id and secret in the form body (`client_secret_post`)'
none\t'A public client: only `client_id` in the body'"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from oauth2" -l redirect-port -d 'The loopback redirect port (0 = any free port) [default: 47813]' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from oauth2" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from oauth2" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from oauth2" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from oauth2" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from oauth2" -l force -d 'Replace an existing secret of the same name'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from oauth2" -l client-secret -d 'Read a client secret (confidential clients) from the prompt, stdin or file'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from oauth2" -l from-stdin -d 'Read the secret value from standard input (one trailing newline is dropped)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from oauth2" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from oauth2" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from oauth2" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from hs256" -s d -l description -d 'A description shown by `list` (not secret)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from hs256" -l key-encoding -d 'How the imported key is encoded' -r -f -a "raw\t'The bytes as they are'
base64\t'Standard base64 (RFC 4648 §4), padding optional'
base64url\t'base64url (RFC 4648 §5), as in a JWK `k`'
hex\t'Hexadecimal'"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from hs256" -l from-file -d 'Read the secret value from this file (one trailing newline is dropped)' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from hs256" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from hs256" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from hs256" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from hs256" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from hs256" -l force -d 'Replace an existing secret of the same name'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from hs256" -l generate -d 'Generate 32 random bytes instead of importing a key'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from hs256" -l from-stdin -d 'Read the secret value from standard input (one trailing newline is dropped)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from hs256" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from hs256" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from hs256" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from rs256" -s d -l description -d 'A description shown by `list` (not secret)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from rs256" -l bits -d 'The modulus size for --generate' -r -f -a "2048\t''
3072\t''
4096\t''"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from rs256" -l from-file -d 'Read the secret value from this file (one trailing newline is dropped)' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from rs256" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from rs256" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from rs256" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from rs256" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from rs256" -l force -d 'Replace an existing secret of the same name'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from rs256" -l generate -d 'Generate a new key pair instead of importing a PEM'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from rs256" -l from-stdin -d 'Read the secret value from standard input (one trailing newline is dropped)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from rs256" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from rs256" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from rs256" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from mysql" -s d -l description -d 'A description shown by `list` (not secret)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from mysql" -l host -d 'The server host (or, for PostgreSQL, a socket directory)' -r -f -a "(__fish_print_hostnames)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from mysql" -l port -d 'The server port [default: the client\'s]' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from mysql" -s u -l user -d 'The user name' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from mysql" -l database -d 'The database name' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from mysql" -s o -l option -d 'A connection option KEY=VALUE, e.g. sslmode=require (repeatable)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from mysql" -l from-file -d 'Read the secret value from this file (one trailing newline is dropped)' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from mysql" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from mysql" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from mysql" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from mysql" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from mysql" -l force -d 'Replace an existing secret of the same name'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from mysql" -l from-stdin -d 'Read the secret value from standard input (one trailing newline is dropped)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from mysql" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from mysql" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from mysql" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from postgres" -s d -l description -d 'A description shown by `list` (not secret)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from postgres" -l host -d 'The server host (or, for PostgreSQL, a socket directory)' -r -f -a "(__fish_print_hostnames)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from postgres" -l port -d 'The server port [default: the client\'s]' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from postgres" -s u -l user -d 'The user name' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from postgres" -l database -d 'The database name' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from postgres" -s o -l option -d 'A connection option KEY=VALUE, e.g. sslmode=require (repeatable)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from postgres" -l from-file -d 'Read the secret value from this file (one trailing newline is dropped)' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from postgres" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from postgres" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from postgres" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from postgres" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from postgres" -l force -d 'Replace an existing secret of the same name'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from postgres" -l from-stdin -d 'Read the secret value from standard input (one trailing newline is dropped)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from postgres" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from postgres" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from postgres" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from help" -f -a "password" -d 'A static password or API token; `header` prints `Authorization: Bearer VALUE`'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from help" -f -a "basic" -d 'HTTP basic auth; `header` prints `Authorization: Basic …` (RFC 7617)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from help" -f -a "headers" -d 'Custom HTTP headers, read as `Name: value` lines'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from help" -f -a "oauth2" -d 'An OAuth2 client (Authorization Code + PKCE); tokens come from `token request`'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from help" -f -a "hs256" -d 'An HS256 shared secret (at least 32 bytes)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from help" -f -a "rs256" -d 'An RS256 RSA key pair (at least 2048 bits)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from help" -f -a "mysql" -d 'MySQL/MariaDB credentials'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from help" -f -a "postgres" -d 'PostgreSQL credentials'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand add; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand list" -s t -l type -d 'Only secrets of this type' -r -f -a "password\t'A static password or API token'
basic\t'HTTP basic auth: username and password'
headers\t'An ordered list of custom HTTP headers'
oauth2\t'OAuth2 Authorization Code + PKCE client and its token set'
hs256\t'An HS256 shared secret (≥ 32 bytes)'
rs256\t'An RS256 RSA key pair (≥ 2048 bits)'
mysql\t'MySQL/MariaDB credentials'
postgres\t'PostgreSQL credentials'"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand list" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand list" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand list" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand list" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand list" -l json -d 'Print JSON instead of a table'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand list" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand list" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand show" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand show" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand show" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand show" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand show" -l reveal -d 'Show secret values too'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand show" -l json -d 'Print JSON'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand show" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand show" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand get" -s f -l field -d 'The field to print [default: the type\'s main value]' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand get" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand get" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand get" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand get" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand get" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand get" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand edit" -s d -l description -d 'Set the description (an empty string removes it)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand edit" -l header-name -d 'password: send the value in this header (an empty string restores Authorization: Bearer)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand edit" -l username -d 'basic: the user name' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand edit" -l host -d 'mysql/postgres: the host' -r -f -a "(__fish_print_hostnames)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand edit" -l port -d 'mysql/postgres: the port' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand edit" -l user -d 'mysql/postgres: the user name' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand edit" -l database -d 'mysql/postgres: the database' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand edit" -l option -d 'mysql/postgres: replace the options with these KEY=VALUE pairs (repeatable)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand edit" -l from-file -d 'Read the secret value from this file (one trailing newline is dropped)' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand edit" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand edit" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand edit" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand edit" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand edit" -l value -d 'Replace the secret value (password, basic password, database password, headers, oauth2 client secret): by prompt, --from-stdin or --from-file'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand edit" -l from-stdin -d 'Read the secret value from standard input (one trailing newline is dropped)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand edit" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand edit" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rm" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rm" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rm" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rm" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rm" -s y -l yes -d 'Do not ask for confirmation (required when not on a terminal)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rm" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rm" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rename" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rename" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rename" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rename" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rename" -l force -d 'Replace an existing secret named NEW'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rename" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rename" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand header" -l format -d 'Output format' -r -f -a "lines\t'`Name: value` lines, for `curl -H @-`'
json\t'A JSON object `{"Name": "value"}`'
curl-config\t'curl config lines `header = "Name: value"`, for `curl -K -`'"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand header" -l iss -d 'The `iss` (issuer) claim' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand header" -l sub -d 'The `sub` (subject) claim' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand header" -l aud -d 'The `aud` (audience) claim (repeatable; several make an array)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand header" -l exp -d 'Expire this long after issue, e.g. 30s, 5m, 1h [default: 5m]' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand header" -l nbf -d 'Not valid before issue time + this long (`nbf`), e.g. 0s, 10m' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand header" -l jti -d 'The `jti` (JWT ID) claim; without a value, a random 128-bit ID' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand header" -l scope -d 'A scope token for the space-separated `scope` claim (repeatable)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand header" -l claim -d 'Any claim KEY=VALUE; VALUE is JSON when it parses as JSON, else a string (repeatable)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand header" -l claims-json -d 'Extra claims as one JSON object, e.g. \'{"tenant":"a","roles":["x"]}\'' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand header" -l at -d 'Issue as of TIME (Unix seconds or RFC 3339) instead of now' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand header" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand header" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand header" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand header" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand header" -l no-exp -d 'Write no `exp` claim (verifiers, ours included, refuse such tokens by default)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand header" -l no-iat -d 'Write no `iat` (issued at) claim; it is written by default'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand header" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand header" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand header" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand url" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand url" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand url" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand url" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand url" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand url" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand url" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and not __fish_seen_subcommand_from request show refresh revoke clear help" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and not __fish_seen_subcommand_from request show refresh revoke clear help" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and not __fish_seen_subcommand_from request show refresh revoke clear help" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and not __fish_seen_subcommand_from request show refresh revoke clear help" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and not __fish_seen_subcommand_from request show refresh revoke clear help" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and not __fish_seen_subcommand_from request show refresh revoke clear help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and not __fish_seen_subcommand_from request show refresh revoke clear help" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and not __fish_seen_subcommand_from request show refresh revoke clear help" -f -a "request" -d 'Run the Authorization Code + PKCE flow in the browser and store the tokens'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and not __fish_seen_subcommand_from request show refresh revoke clear help" -f -a "show" -d 'Show which tokens exist, their expiry and scope (values only with --reveal)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and not __fish_seen_subcommand_from request show refresh revoke clear help" -f -a "refresh" -d 'Refresh the access token now'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and not __fish_seen_subcommand_from request show refresh revoke clear help" -f -a "revoke" -d 'Revoke the tokens at the provider (RFC 7009), then clear them'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and not __fish_seen_subcommand_from request show refresh revoke clear help" -f -a "clear" -d 'Forget the stored tokens'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and not __fish_seen_subcommand_from request show refresh revoke clear help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from request" -l port -d 'Listen on this port instead of the secret\'s redirect port' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from request" -l timeout -d 'Give up after this long' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from request" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from request" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from request" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from request" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from request" -l no-browser -d 'Print the authorization URL instead of opening a browser'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from request" -l manual -d 'Print the URL and read the redirected URL pasted back on stdin (remote hosts)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from request" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from request" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from request" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from show" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from show" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from show" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from show" -l reveal -d 'Show token values too'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from show" -l json -d 'Print JSON'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from show" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from refresh" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from refresh" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from refresh" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from refresh" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from refresh" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from refresh" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from refresh" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from revoke" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from revoke" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from revoke" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from revoke" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from revoke" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from clear" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from clear" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from clear" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from clear" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from clear" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from clear" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "request" -d 'Run the Authorization Code + PKCE flow in the browser and store the tokens'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show which tokens exist, their expiry and scope (values only with --reveal)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "refresh" -d 'Refresh the access token now'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke the tokens at the provider (RFC 7009), then clear them'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Forget the stored tokens'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and not __fish_seen_subcommand_from sign verify inspect help" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and not __fish_seen_subcommand_from sign verify inspect help" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and not __fish_seen_subcommand_from sign verify inspect help" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and not __fish_seen_subcommand_from sign verify inspect help" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and not __fish_seen_subcommand_from sign verify inspect help" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and not __fish_seen_subcommand_from sign verify inspect help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and not __fish_seen_subcommand_from sign verify inspect help" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and not __fish_seen_subcommand_from sign verify inspect help" -f -a "sign" -d 'Sign JWT claims, or a raw payload with --raw (compact JWS on stdout)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and not __fish_seen_subcommand_from sign verify inspect help" -f -a "verify" -d 'Verify a JWT with the secret\'s own algorithm and print its claims as JSON'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and not __fish_seen_subcommand_from sign verify inspect help" -f -a "inspect" -d 'Decode a JWS WITHOUT verifying it (header and payload as JSON on stdout)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and not __fish_seen_subcommand_from sign verify inspect help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from sign" -l iss -d 'The `iss` (issuer) claim' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from sign" -l sub -d 'The `sub` (subject) claim' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from sign" -l aud -d 'The `aud` (audience) claim (repeatable; several make an array)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from sign" -l exp -d 'Expire this long after issue, e.g. 30s, 5m, 1h [default: 5m]' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from sign" -l nbf -d 'Not valid before issue time + this long (`nbf`), e.g. 0s, 10m' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from sign" -l jti -d 'The `jti` (JWT ID) claim; without a value, a random 128-bit ID' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from sign" -l scope -d 'A scope token for the space-separated `scope` claim (repeatable)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from sign" -l claim -d 'Any claim KEY=VALUE; VALUE is JSON when it parses as JSON, else a string (repeatable)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from sign" -l claims-json -d 'Extra claims as one JSON object, e.g. \'{"tenant":"a","roles":["x"]}\'' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from sign" -l at -d 'Issue as of TIME (Unix seconds or RFC 3339) instead of now' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from sign" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from sign" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from sign" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from sign" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from sign" -l raw -d 'Sign standard input as it is (any bytes) instead of building JWT claims'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from sign" -l no-exp -d 'Write no `exp` claim (verifiers, ours included, refuse such tokens by default)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from sign" -l no-iat -d 'Write no `iat` (issued at) claim; it is written by default'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from sign" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from sign" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from verify" -l scope-claim -d 'The claim holding scopes [default: `scope` string and `scp` array or string]' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from verify" -l aud -d 'Require this audience in `aud` (tokens with an `aud` are refused without it)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from verify" -l iss -d 'Require this issuer in `iss`' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from verify" -l scope -d 'A required scope, matched as a whole, case-sensitive token (repeatable; for `gate`, the --secret rule\'s)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from verify" -l leeway -d 'Clock skew allowed on exp, nbf and iat, in seconds [default: 60]' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from verify" -l at -d 'Verify as of TIME (Unix seconds or RFC 3339), e.g. for old tokens and test vectors' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from verify" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from verify" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from verify" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from verify" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from verify" -l allow-missing-exp -d 'Accept a token without `exp`'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from verify" -l raw -d 'Check only the signature and print the payload as it is (no claim checks)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from verify" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from inspect" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from inspect" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from inspect" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from inspect" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from inspect" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from help" -f -a "sign" -d 'Sign JWT claims, or a raw payload with --raw (compact JWS on stdout)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Verify a JWT with the secret\'s own algorithm and print its claims as JSON'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Decode a JWS WITHOUT verifying it (header and payload as JSON on stdout)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jws; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and not __fish_seen_subcommand_from encrypt decrypt help" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and not __fish_seen_subcommand_from encrypt decrypt help" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and not __fish_seen_subcommand_from encrypt decrypt help" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and not __fish_seen_subcommand_from encrypt decrypt help" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and not __fish_seen_subcommand_from encrypt decrypt help" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and not __fish_seen_subcommand_from encrypt decrypt help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and not __fish_seen_subcommand_from encrypt decrypt help" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and not __fish_seen_subcommand_from encrypt decrypt help" -f -a "encrypt" -d 'Encrypt stdin to the key pair\'s public key (RSA-OAEP-256 + A256GCM)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and not __fish_seen_subcommand_from encrypt decrypt help" -f -a "decrypt" -d 'Decrypt a compact JWE from stdin (RSA-OAEP-256 or RSA-OAEP; A256GCM or A128GCM)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and not __fish_seen_subcommand_from encrypt decrypt help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and __fish_seen_subcommand_from encrypt" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and __fish_seen_subcommand_from encrypt" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and __fish_seen_subcommand_from encrypt" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and __fish_seen_subcommand_from encrypt" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and __fish_seen_subcommand_from encrypt" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and __fish_seen_subcommand_from encrypt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and __fish_seen_subcommand_from encrypt" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and __fish_seen_subcommand_from decrypt" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and __fish_seen_subcommand_from decrypt" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and __fish_seen_subcommand_from decrypt" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and __fish_seen_subcommand_from decrypt" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and __fish_seen_subcommand_from decrypt" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and __fish_seen_subcommand_from decrypt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and __fish_seen_subcommand_from decrypt" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and __fish_seen_subcommand_from help" -f -a "encrypt" -d 'Encrypt stdin to the key pair\'s public key (RSA-OAEP-256 + A256GCM)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and __fish_seen_subcommand_from help" -f -a "decrypt" -d 'Decrypt a compact JWE from stdin (RSA-OAEP-256 or RSA-OAEP; A256GCM or A128GCM)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand jwe; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand pubkey" -l format -d 'Output format' -r -f -a "pem\t'SubjectPublicKeyInfo PEM (`BEGIN PUBLIC KEY`)'
jwk\t'One JWK (RFC 7517) with `kid` = RFC 7638 thumbprint'
jwks\t'A JWK Set `{"keys":[…]}`, as served at a jwks_uri'"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand pubkey" -l use -d 'Mark the JWK for one use (jwk/jwks only; default: neither, usable for both)' -r -f -a "sig\t'For verifying signatures: adds `"use":"sig","alg":"RS256"`'
enc\t'For encrypting to us: adds `"use":"enc","alg":"RSA-OAEP-256"`'"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand pubkey" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand pubkey" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand pubkey" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand pubkey" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand pubkey" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand pubkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand pubkey" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand run" -l db -d 'Set the database client\'s standard variables from this mysql/postgres secret' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand run" -l env -d 'Set VAR to a secret\'s value: VAR=NAME or VAR=NAME:FIELD (repeatable)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand run" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand run" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand run" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand run" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand run" -l allow-loader-env -d 'Allow --env to set variables that change how COMMAND is loaded'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand run" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand run" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand export" -l format -d 'Output format' -r -f -a "dotenv\t''
json\t''"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand export" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand export" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand export" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand export" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand export" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand export" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand authorize" -l aud -d 'Require this audience in `aud` (tokens with an `aud` are refused without it)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand authorize" -l iss -d 'Require this issuer in `iss`' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand authorize" -l scope -d 'A required scope, matched as a whole, case-sensitive token (repeatable; for `gate`, the --secret rule\'s)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand authorize" -l leeway -d 'Clock skew allowed on exp, nbf and iat, in seconds [default: 60]' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand authorize" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand authorize" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand authorize" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand authorize" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand authorize" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand authorize" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand authorize" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -l listen -d 'The address to listen on (loopback by default)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -l secret -d 'The secret that guards every path (the rule for `/`)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -l rule -d 'A rule PREFIX=NAME or PREFIX=NAME:SCOPE,SCOPE… (repeatable; longest prefix wins)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -l config -d 'Read rules and settings from this TOML file ([[rule]] prefix, secret, scopes, audience, issuer; realm, leeway, subject_header, scopes_header)' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -l realm -d 'The realm named in `WWW-Authenticate` challenges [default: flowlet-secrets]' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -l subject-header -d 'The response header that carries the basic user or the JWT `sub`; "" for none [default: X-Auth-Subject]' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -l scopes-header -d 'The response header that carries the JWT\'s scopes; "" for none [default: X-Auth-Scopes]' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -l threads -d 'Worker threads deciding requests [default: the number of CPUs, at least 2]' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -l max-connections -d 'The most connections served at once; more wait in the kernel\'s queue' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -l max-header-bytes -d 'The largest request head (request line and headers) read, in bytes; a larger one gets 431 and the connection is closed' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -l header-timeout -d 'Seconds a client has to send a whole request head once it has started' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -l idle-timeout -d 'Seconds a connection may stay idle (no request under way) before it is closed; keep it above the proxy\'s upstream keep-alive timeout (nginx: 60)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -l aud -d 'Require this audience in `aud` (tokens with an `aud` are refused without it)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -l iss -d 'Require this issuer in `iss`' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -l scope -d 'A required scope, matched as a whole, case-sensitive token (repeatable; for `gate`, the --secret rule\'s)' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -l leeway -d 'Clock skew allowed on exp, nbf and iat, in seconds [default: 60]' -r
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -l log-requests -d 'Log one line per request on stderr (status, path without query, rule, reason)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand gate" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and not __fish_seen_subcommand_from list add rm ack help" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and not __fish_seen_subcommand_from list add rm ack help" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and not __fish_seen_subcommand_from list add rm ack help" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and not __fish_seen_subcommand_from list add rm ack help" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and not __fish_seen_subcommand_from list add rm ack help" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and not __fish_seen_subcommand_from list add rm ack help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and not __fish_seen_subcommand_from list add rm ack help" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and not __fish_seen_subcommand_from list add rm ack help" -f -a "list" -d 'List the members: label, recipient, added; which one is you'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and not __fish_seen_subcommand_from list add rm ack help" -f -a "add" -d 'Add a member (age1…, "ssh-ed25519 AAAA…", "ssh-rsa AAAA…")'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and not __fish_seen_subcommand_from list add rm ack help" -f -a "rm" -d 'Remove a member: re-encrypts without them and marks every secret for rotation'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and not __fish_seen_subcommand_from list add rm ack help" -f -a "ack" -d 'Accept a member set changed on another machine'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and not __fish_seen_subcommand_from list add rm ack help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from list" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from list" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from list" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from list" -l json -d 'Print a JSON array of {label, recipient, added, you}'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from list" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from add" -l from-file -d 'Read the recipient from an age recipients file or an SSH .pub file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from add" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from add" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from add" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from add" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from rm" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from rm" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from rm" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from rm" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from rm" -l yes -d 'Do not ask for confirmation'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from rm" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from ack" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from ack" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from ack" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from ack" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from ack" -l yes -d 'Do not ask for confirmation'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from ack" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from ack" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from ack" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the members: label, recipient, added; which one is you'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a member (age1…, "ssh-ed25519 AAAA…", "ssh-rsa AAAA…")'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove a member: re-encrypts without them and marks every secret for rotation'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from help" -f -a "ack" -d 'Accept a member set changed on another machine'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand recipients; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and not __fish_seen_subcommand_from setup merge-driver textconv help" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and not __fish_seen_subcommand_from setup merge-driver textconv help" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and not __fish_seen_subcommand_from setup merge-driver textconv help" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and not __fish_seen_subcommand_from setup merge-driver textconv help" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and not __fish_seen_subcommand_from setup merge-driver textconv help" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and not __fish_seen_subcommand_from setup merge-driver textconv help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and not __fish_seen_subcommand_from setup merge-driver textconv help" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and not __fish_seen_subcommand_from setup merge-driver textconv help" -f -a "setup" -d 'Write .gitattributes and the merge and diff drivers in .git/config'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and not __fish_seen_subcommand_from setup merge-driver textconv help" -f -a "merge-driver" -d 'Merge three versions of vault.age per secret (called by git merge)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and not __fish_seen_subcommand_from setup merge-driver textconv help" -f -a "textconv" -d 'Print names, types, times and fingerprints of a vault.age (called by git diff)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and not __fish_seen_subcommand_from setup merge-driver textconv help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from setup" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from setup" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from setup" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from setup" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from setup" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from setup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from setup" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from merge-driver" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from merge-driver" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from merge-driver" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from merge-driver" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from merge-driver" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from merge-driver" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from merge-driver" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from textconv" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from textconv" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from textconv" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from textconv" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from textconv" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from textconv" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from textconv" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from help" -f -a "setup" -d 'Write .gitattributes and the merge and diff drivers in .git/config'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from help" -f -a "merge-driver" -d 'Merge three versions of vault.age per secret (called by git merge)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from help" -f -a "textconv" -d 'Print names, types, times and fingerprints of a vault.age (called by git diff)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand git; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand resolve" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand resolve" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand resolve" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand resolve" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand resolve" -l ours -d 'Keep our version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand resolve" -l theirs -d 'Take their version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand resolve" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand resolve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand resolve" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rotate" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rotate" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rotate" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rotate" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rotate" -l due -d 'Every secret marked as due for rotation'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rotate" -l yes -d 'Do not ask for confirmation'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rotate" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand rotate" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand completions" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand completions" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand completions" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand completions" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand completions" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand completions" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -f -a "completions" -d 'Print a completion script'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -f -a "man" -d 'Write one man page per command into DIR'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and not __fish_seen_subcommand_from completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and __fish_seen_subcommand_from completions" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and __fish_seen_subcommand_from completions" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and __fish_seen_subcommand_from completions" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and __fish_seen_subcommand_from completions" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and __fish_seen_subcommand_from completions" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and __fish_seen_subcommand_from completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and __fish_seen_subcommand_from completions" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and __fish_seen_subcommand_from man" -l vault-dir -d 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]' -r -f -a "(__fish_complete_directories)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and __fish_seen_subcommand_from man" -l identity-file -d 'Unlock with this plain age identity file instead of the keyring or passphrase' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and __fish_seen_subcommand_from man" -l passphrase-file -d 'Read the vault passphrase from the first line of this file' -r -F
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and __fish_seen_subcommand_from man" -l passphrase-command -d 'Run this shell command and read the vault passphrase from its stdout' -r -f -a "(__fish_complete_command)"
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and __fish_seen_subcommand_from man" -l debug -d 'Print debug lines on stderr (never secret values)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and __fish_seen_subcommand_from man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and __fish_seen_subcommand_from man" -s V -l version -d 'Print version'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "completions" -d 'Print a completion script'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "man" -d 'Write one man page per command into DIR'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "init" -d 'Create the vault and its key; asks for a passphrase'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "unlock" -d 'Cache the vault key in the OS keyring so later commands need no passphrase'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "lock" -d 'Remove the vault key from the OS keyring'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "add" -d 'Add a secret (values by prompt, --from-stdin or --from-file, never as arguments)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "list" -d 'List secrets: name, type, updated, description, token state'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "show" -d 'Show one secret\'s fields; values hidden unless --reveal'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "get" -d 'Print one value of a secret, exactly (no newline added when piped)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "edit" -d 'Change a secret\'s description, settings or value'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "rm" -d 'Remove a secret'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "rename" -d 'Rename a secret'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "header" -d 'Print the HTTP header(s) a secret authenticates with, for `curl -H @-`'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "url" -d 'Print a database connection URL (user and password percent-encoded)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "token" -d 'Request, show, refresh, revoke or clear OAuth2 tokens'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "jws" -d 'Sign, verify or inspect JWS/JWT (RFC 7515, RFC 7519)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "jwe" -d 'Encrypt or decrypt JWE with an RS256 key pair (RFC 7516)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "pubkey" -d 'Export an rs256 secret\'s public key as PEM, JWK or JWKS'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "run" -d 'Run a command with secrets in its environment'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "export" -d 'Write secrets as a dotenv or JSON file for tools that need one'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "authorize" -d 'Check one incoming Authorization header against a secret (exit 0 allow, 1 deny)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "gate" -d 'Serve the nginx auth_request / Traefik forwardAuth / Caddy forward_auth contract'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "recipients" -d 'Manage the members of a team vault'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "git" -d 'Git integration of a team vault: setup, merge driver, textconv'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "resolve" -d 'Finish a merge conflict on one secret'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "rotate" -d 'New key material where flowlet-secrets owns it (hs256, rs256); lists the rest'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "completions" -d 'Print a shell completion script'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "generate" -d 'Generate completions and man pages (for packagers)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and not __fish_seen_subcommand_from init unlock lock add list show get edit rm rename header url token jws jwe pubkey run export authorize gate recipients git resolve rotate completions generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from add" -f -a "password" -d 'A static password or API token; `header` prints `Authorization: Bearer VALUE`'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from add" -f -a "basic" -d 'HTTP basic auth; `header` prints `Authorization: Basic …` (RFC 7617)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from add" -f -a "headers" -d 'Custom HTTP headers, read as `Name: value` lines'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from add" -f -a "oauth2" -d 'An OAuth2 client (Authorization Code + PKCE); tokens come from `token request`'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from add" -f -a "hs256" -d 'An HS256 shared secret (at least 32 bytes)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from add" -f -a "rs256" -d 'An RS256 RSA key pair (at least 2048 bits)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from add" -f -a "mysql" -d 'MySQL/MariaDB credentials'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from add" -f -a "postgres" -d 'PostgreSQL credentials'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "request" -d 'Run the Authorization Code + PKCE flow in the browser and store the tokens'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "show" -d 'Show which tokens exist, their expiry and scope (values only with --reveal)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "refresh" -d 'Refresh the access token now'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "revoke" -d 'Revoke the tokens at the provider (RFC 7009), then clear them'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "clear" -d 'Forget the stored tokens'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from jws" -f -a "sign" -d 'Sign JWT claims, or a raw payload with --raw (compact JWS on stdout)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from jws" -f -a "verify" -d 'Verify a JWT with the secret\'s own algorithm and print its claims as JSON'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from jws" -f -a "inspect" -d 'Decode a JWS WITHOUT verifying it (header and payload as JSON on stdout)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from jwe" -f -a "encrypt" -d 'Encrypt stdin to the key pair\'s public key (RSA-OAEP-256 + A256GCM)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from jwe" -f -a "decrypt" -d 'Decrypt a compact JWE from stdin (RSA-OAEP-256 or RSA-OAEP; A256GCM or A128GCM)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from recipients" -f -a "list" -d 'List the members: label, recipient, added; which one is you'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from recipients" -f -a "add" -d 'Add a member (age1…, "ssh-ed25519 AAAA…", "ssh-rsa AAAA…")'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from recipients" -f -a "rm" -d 'Remove a member: re-encrypts without them and marks every secret for rotation'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from recipients" -f -a "ack" -d 'Accept a member set changed on another machine'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from git" -f -a "setup" -d 'Write .gitattributes and the merge and diff drivers in .git/config'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from git" -f -a "merge-driver" -d 'Merge three versions of vault.age per secret (called by git merge)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from git" -f -a "textconv" -d 'Print names, types, times and fingerprints of a vault.age (called by git diff)'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from generate" -f -a "completions" -d 'Print a completion script'
complete -c flowlet-secrets -n "__fish_flowlet_secrets_using_subcommand help; and __fish_seen_subcommand_from generate" -f -a "man" -d 'Write one man page per command into DIR'
