
use builtin;
use str;

set edit:completion:arg-completer[flowlet-secrets] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'flowlet-secrets'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'flowlet-secrets'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the vault and its key; asks for a passphrase'
            cand unlock 'Cache the vault key in the OS keyring so later commands need no passphrase'
            cand lock 'Remove the vault key from the OS keyring'
            cand add 'Add a secret (values by prompt, --from-stdin or --from-file, never as arguments)'
            cand list 'List secrets: name, type, updated, description, token state'
            cand show 'Show one secret''s fields; values hidden unless --reveal'
            cand get 'Print one value of a secret, exactly (no newline added when piped)'
            cand edit 'Change a secret''s description, settings or value'
            cand rm 'Remove a secret'
            cand rename 'Rename a secret'
            cand header 'Print the HTTP header(s) a secret authenticates with, for `curl -H @-`'
            cand url 'Print a database connection URL (user and password percent-encoded)'
            cand token 'Request, show, refresh, revoke or clear OAuth2 tokens'
            cand jws 'Sign, verify or inspect JWS/JWT (RFC 7515, RFC 7519)'
            cand jwe 'Encrypt or decrypt JWE with an RS256 key pair (RFC 7516)'
            cand pubkey 'Export an rs256 secret''s public key as PEM, JWK or JWKS'
            cand run 'Run a command with secrets in its environment'
            cand export 'Write secrets as a dotenv or JSON file for tools that need one'
            cand authorize 'Check one incoming Authorization header against a secret (exit 0 allow, 1 deny)'
            cand gate 'Serve the nginx auth_request / Traefik forwardAuth / Caddy forward_auth contract'
            cand recipients 'Manage the members of a team vault'
            cand git 'Git integration of a team vault: setup, merge driver, textconv'
            cand resolve 'Finish a merge conflict on one secret'
            cand rotate 'New key material where flowlet-secrets owns it (hs256, rs256); lists the rest'
            cand completions 'Print a shell completion script'
            cand generate 'Generate completions and man pages (for packagers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowlet-secrets;init'= {
            cand --label 'Your label in a team vault [default: the login name]'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --no-keyring 'Do not cache the vault key in the OS keyring'
            cand --shared 'A team vault for a git repository: only vault.age is shared (docs/team.md)'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;unlock'= {
            cand --timeout 'Forget the key after this long, e.g. 8h or 30m [default: until `lock`]'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;lock'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;add'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand password 'A static password or API token; `header` prints `Authorization: Bearer VALUE`'
            cand basic 'HTTP basic auth; `header` prints `Authorization: Basic …` (RFC 7617)'
            cand headers 'Custom HTTP headers, read as `Name: value` lines'
            cand oauth2 'An OAuth2 client (Authorization Code + PKCE); tokens come from `token request`'
            cand hs256 'An HS256 shared secret (at least 32 bytes)'
            cand rs256 'An RS256 RSA key pair (at least 2048 bits)'
            cand mysql 'MySQL/MariaDB credentials'
            cand postgres 'PostgreSQL credentials'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowlet-secrets;add;password'= {
            cand -d 'A description shown by `list` (not secret)'
            cand --description 'A description shown by `list` (not secret)'
            cand --header-name 'Send the value in this header instead of `Authorization: Bearer` (e.g. X-API-KEY)'
            cand --from-file 'Read the secret value from this file (one trailing newline is dropped)'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --force 'Replace an existing secret of the same name'
            cand --from-stdin 'Read the secret value from standard input (one trailing newline is dropped)'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;add;basic'= {
            cand -d 'A description shown by `list` (not secret)'
            cand --description 'A description shown by `list` (not secret)'
            cand -u 'The user name (not secret; may not contain `:`)'
            cand --username 'The user name (not secret; may not contain `:`)'
            cand --from-file 'Read the secret value from this file (one trailing newline is dropped)'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --force 'Replace an existing secret of the same name'
            cand --from-stdin 'Read the secret value from standard input (one trailing newline is dropped)'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;add;headers'= {
            cand -d 'A description shown by `list` (not secret)'
            cand --description 'A description shown by `list` (not secret)'
            cand --from-file 'Read the secret value from this file (one trailing newline is dropped)'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --force 'Replace an existing secret of the same name'
            cand --from-stdin 'Read the secret value from standard input (one trailing newline is dropped)'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;add;oauth2'= {
            cand -d 'A description shown by `list` (not secret)'
            cand --description 'A description shown by `list` (not secret)'
            cand --issuer 'The OpenID issuer; discovery fills the endpoints'
            cand --provider 'A provider preset with known endpoints and quirks: google, github, microsoft, slack, dropbox'
            cand --auth-url 'The authorization endpoint'
            cand --token-url 'The token endpoint'
            cand --revocation-url 'The RFC 7009 revocation endpoint'
            cand --client-id 'The client_id'
            cand --from-file 'Read the secret value from this file (one trailing newline is dropped)'
            cand --scope 'Requested scope (repeatable, or space-separated)'
            cand --auth-param 'An extra authorize parameter KEY=VALUE (repeatable)'
            cand --client-auth 'How the client authenticates at the token endpoint'
            cand --redirect-port 'The loopback redirect port (0 = any free port) [default: 47813]'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --force 'Replace an existing secret of the same name'
            cand --client-secret 'Read a client secret (confidential clients) from the prompt, stdin or file'
            cand --from-stdin 'Read the secret value from standard input (one trailing newline is dropped)'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;add;hs256'= {
            cand -d 'A description shown by `list` (not secret)'
            cand --description 'A description shown by `list` (not secret)'
            cand --key-encoding 'How the imported key is encoded'
            cand --from-file 'Read the secret value from this file (one trailing newline is dropped)'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --force 'Replace an existing secret of the same name'
            cand --generate 'Generate 32 random bytes instead of importing a key'
            cand --from-stdin 'Read the secret value from standard input (one trailing newline is dropped)'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;add;rs256'= {
            cand -d 'A description shown by `list` (not secret)'
            cand --description 'A description shown by `list` (not secret)'
            cand --bits 'The modulus size for --generate'
            cand --from-file 'Read the secret value from this file (one trailing newline is dropped)'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --force 'Replace an existing secret of the same name'
            cand --generate 'Generate a new key pair instead of importing a PEM'
            cand --from-stdin 'Read the secret value from standard input (one trailing newline is dropped)'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;add;mysql'= {
            cand -d 'A description shown by `list` (not secret)'
            cand --description 'A description shown by `list` (not secret)'
            cand --host 'The server host (or, for PostgreSQL, a socket directory)'
            cand --port 'The server port [default: the client''s]'
            cand -u 'The user name'
            cand --user 'The user name'
            cand --database 'The database name'
            cand -o 'A connection option KEY=VALUE, e.g. sslmode=require (repeatable)'
            cand --option 'A connection option KEY=VALUE, e.g. sslmode=require (repeatable)'
            cand --from-file 'Read the secret value from this file (one trailing newline is dropped)'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --force 'Replace an existing secret of the same name'
            cand --from-stdin 'Read the secret value from standard input (one trailing newline is dropped)'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;add;postgres'= {
            cand -d 'A description shown by `list` (not secret)'
            cand --description 'A description shown by `list` (not secret)'
            cand --host 'The server host (or, for PostgreSQL, a socket directory)'
            cand --port 'The server port [default: the client''s]'
            cand -u 'The user name'
            cand --user 'The user name'
            cand --database 'The database name'
            cand -o 'A connection option KEY=VALUE, e.g. sslmode=require (repeatable)'
            cand --option 'A connection option KEY=VALUE, e.g. sslmode=require (repeatable)'
            cand --from-file 'Read the secret value from this file (one trailing newline is dropped)'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --force 'Replace an existing secret of the same name'
            cand --from-stdin 'Read the secret value from standard input (one trailing newline is dropped)'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;add;help'= {
            cand password 'A static password or API token; `header` prints `Authorization: Bearer VALUE`'
            cand basic 'HTTP basic auth; `header` prints `Authorization: Basic …` (RFC 7617)'
            cand headers 'Custom HTTP headers, read as `Name: value` lines'
            cand oauth2 'An OAuth2 client (Authorization Code + PKCE); tokens come from `token request`'
            cand hs256 'An HS256 shared secret (at least 32 bytes)'
            cand rs256 'An RS256 RSA key pair (at least 2048 bits)'
            cand mysql 'MySQL/MariaDB credentials'
            cand postgres 'PostgreSQL credentials'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowlet-secrets;add;help;password'= {
        }
        &'flowlet-secrets;add;help;basic'= {
        }
        &'flowlet-secrets;add;help;headers'= {
        }
        &'flowlet-secrets;add;help;oauth2'= {
        }
        &'flowlet-secrets;add;help;hs256'= {
        }
        &'flowlet-secrets;add;help;rs256'= {
        }
        &'flowlet-secrets;add;help;mysql'= {
        }
        &'flowlet-secrets;add;help;postgres'= {
        }
        &'flowlet-secrets;add;help;help'= {
        }
        &'flowlet-secrets;list'= {
            cand -t 'Only secrets of this type'
            cand --type 'Only secrets of this type'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --json 'Print JSON instead of a table'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;show'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --reveal 'Show secret values too'
            cand --json 'Print JSON'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;get'= {
            cand -f 'The field to print [default: the type''s main value]'
            cand --field 'The field to print [default: the type''s main value]'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;edit'= {
            cand -d 'Set the description (an empty string removes it)'
            cand --description 'Set the description (an empty string removes it)'
            cand --header-name 'password: send the value in this header (an empty string restores Authorization: Bearer)'
            cand --username 'basic: the user name'
            cand --host 'mysql/postgres: the host'
            cand --port 'mysql/postgres: the port'
            cand --user 'mysql/postgres: the user name'
            cand --database 'mysql/postgres: the database'
            cand --option 'mysql/postgres: replace the options with these KEY=VALUE pairs (repeatable)'
            cand --from-file 'Read the secret value from this file (one trailing newline is dropped)'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --value 'Replace the secret value (password, basic password, database password, headers, oauth2 client secret): by prompt, --from-stdin or --from-file'
            cand --from-stdin 'Read the secret value from standard input (one trailing newline is dropped)'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;rm'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand -y 'Do not ask for confirmation (required when not on a terminal)'
            cand --yes 'Do not ask for confirmation (required when not on a terminal)'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;rename'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --force 'Replace an existing secret named NEW'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;header'= {
            cand --format 'Output format'
            cand --iss 'The `iss` (issuer) claim'
            cand --sub 'The `sub` (subject) claim'
            cand --aud 'The `aud` (audience) claim (repeatable; several make an array)'
            cand --exp 'Expire this long after issue, e.g. 30s, 5m, 1h [default: 5m]'
            cand --nbf 'Not valid before issue time + this long (`nbf`), e.g. 0s, 10m'
            cand --jti 'The `jti` (JWT ID) claim; without a value, a random 128-bit ID'
            cand --scope 'A scope token for the space-separated `scope` claim (repeatable)'
            cand --claim 'Any claim KEY=VALUE; VALUE is JSON when it parses as JSON, else a string (repeatable)'
            cand --claims-json 'Extra claims as one JSON object, e.g. ''{"tenant":"a","roles":["x"]}'''
            cand --at 'Issue as of TIME (Unix seconds or RFC 3339) instead of now'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --no-exp 'Write no `exp` claim (verifiers, ours included, refuse such tokens by default)'
            cand --no-iat 'Write no `iat` (issued at) claim; it is written by default'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;url'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;token'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand request 'Run the Authorization Code + PKCE flow in the browser and store the tokens'
            cand show 'Show which tokens exist, their expiry and scope (values only with --reveal)'
            cand refresh 'Refresh the access token now'
            cand revoke 'Revoke the tokens at the provider (RFC 7009), then clear them'
            cand clear 'Forget the stored tokens'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowlet-secrets;token;request'= {
            cand --port 'Listen on this port instead of the secret''s redirect port'
            cand --timeout 'Give up after this long'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --no-browser 'Print the authorization URL instead of opening a browser'
            cand --manual 'Print the URL and read the redirected URL pasted back on stdin (remote hosts)'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;token;show'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --reveal 'Show token values too'
            cand --json 'Print JSON'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;token;refresh'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;token;revoke'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;token;clear'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;token;help'= {
            cand request 'Run the Authorization Code + PKCE flow in the browser and store the tokens'
            cand show 'Show which tokens exist, their expiry and scope (values only with --reveal)'
            cand refresh 'Refresh the access token now'
            cand revoke 'Revoke the tokens at the provider (RFC 7009), then clear them'
            cand clear 'Forget the stored tokens'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowlet-secrets;token;help;request'= {
        }
        &'flowlet-secrets;token;help;show'= {
        }
        &'flowlet-secrets;token;help;refresh'= {
        }
        &'flowlet-secrets;token;help;revoke'= {
        }
        &'flowlet-secrets;token;help;clear'= {
        }
        &'flowlet-secrets;token;help;help'= {
        }
        &'flowlet-secrets;jws'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand sign 'Sign JWT claims, or a raw payload with --raw (compact JWS on stdout)'
            cand verify 'Verify a JWT with the secret''s own algorithm and print its claims as JSON'
            cand inspect 'Decode a JWS WITHOUT verifying it (header and payload as JSON on stdout)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowlet-secrets;jws;sign'= {
            cand --iss 'The `iss` (issuer) claim'
            cand --sub 'The `sub` (subject) claim'
            cand --aud 'The `aud` (audience) claim (repeatable; several make an array)'
            cand --exp 'Expire this long after issue, e.g. 30s, 5m, 1h [default: 5m]'
            cand --nbf 'Not valid before issue time + this long (`nbf`), e.g. 0s, 10m'
            cand --jti 'The `jti` (JWT ID) claim; without a value, a random 128-bit ID'
            cand --scope 'A scope token for the space-separated `scope` claim (repeatable)'
            cand --claim 'Any claim KEY=VALUE; VALUE is JSON when it parses as JSON, else a string (repeatable)'
            cand --claims-json 'Extra claims as one JSON object, e.g. ''{"tenant":"a","roles":["x"]}'''
            cand --at 'Issue as of TIME (Unix seconds or RFC 3339) instead of now'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --raw 'Sign standard input as it is (any bytes) instead of building JWT claims'
            cand --no-exp 'Write no `exp` claim (verifiers, ours included, refuse such tokens by default)'
            cand --no-iat 'Write no `iat` (issued at) claim; it is written by default'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;jws;verify'= {
            cand --scope-claim 'The claim holding scopes [default: `scope` string and `scp` array or string]'
            cand --aud 'Require this audience in `aud` (tokens with an `aud` are refused without it)'
            cand --iss 'Require this issuer in `iss`'
            cand --scope 'A required scope, matched as a whole, case-sensitive token (repeatable; for `gate`, the --secret rule''s)'
            cand --leeway 'Clock skew allowed on exp, nbf and iat, in seconds [default: 60]'
            cand --at 'Verify as of TIME (Unix seconds or RFC 3339), e.g. for old tokens and test vectors'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --allow-missing-exp 'Accept a token without `exp`'
            cand --raw 'Check only the signature and print the payload as it is (no claim checks)'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;jws;inspect'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;jws;help'= {
            cand sign 'Sign JWT claims, or a raw payload with --raw (compact JWS on stdout)'
            cand verify 'Verify a JWT with the secret''s own algorithm and print its claims as JSON'
            cand inspect 'Decode a JWS WITHOUT verifying it (header and payload as JSON on stdout)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowlet-secrets;jws;help;sign'= {
        }
        &'flowlet-secrets;jws;help;verify'= {
        }
        &'flowlet-secrets;jws;help;inspect'= {
        }
        &'flowlet-secrets;jws;help;help'= {
        }
        &'flowlet-secrets;jwe'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand encrypt 'Encrypt stdin to the key pair''s public key (RSA-OAEP-256 + A256GCM)'
            cand decrypt 'Decrypt a compact JWE from stdin (RSA-OAEP-256 or RSA-OAEP; A256GCM or A128GCM)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowlet-secrets;jwe;encrypt'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;jwe;decrypt'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;jwe;help'= {
            cand encrypt 'Encrypt stdin to the key pair''s public key (RSA-OAEP-256 + A256GCM)'
            cand decrypt 'Decrypt a compact JWE from stdin (RSA-OAEP-256 or RSA-OAEP; A256GCM or A128GCM)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowlet-secrets;jwe;help;encrypt'= {
        }
        &'flowlet-secrets;jwe;help;decrypt'= {
        }
        &'flowlet-secrets;jwe;help;help'= {
        }
        &'flowlet-secrets;pubkey'= {
            cand --format 'Output format'
            cand --use 'Mark the JWK for one use (jwk/jwks only; default: neither, usable for both)'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;run'= {
            cand --db 'Set the database client''s standard variables from this mysql/postgres secret'
            cand --env 'Set VAR to a secret''s value: VAR=NAME or VAR=NAME:FIELD (repeatable)'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --allow-loader-env 'Allow --env to set variables that change how COMMAND is loaded'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;export'= {
            cand --format 'Output format'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;authorize'= {
            cand --aud 'Require this audience in `aud` (tokens with an `aud` are refused without it)'
            cand --iss 'Require this issuer in `iss`'
            cand --scope 'A required scope, matched as a whole, case-sensitive token (repeatable; for `gate`, the --secret rule''s)'
            cand --leeway 'Clock skew allowed on exp, nbf and iat, in seconds [default: 60]'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;gate'= {
            cand --listen 'The address to listen on (loopback by default)'
            cand --secret 'The secret that guards every path (the rule for `/`)'
            cand --rule 'A rule PREFIX=NAME or PREFIX=NAME:SCOPE,SCOPE… (repeatable; longest prefix wins)'
            cand --config 'Read rules and settings from this TOML file ([[rule]] prefix, secret, scopes, audience, issuer; realm, leeway, subject_header, scopes_header)'
            cand --realm 'The realm named in `WWW-Authenticate` challenges [default: flowlet-secrets]'
            cand --subject-header 'The response header that carries the basic user or the JWT `sub`; "" for none [default: X-Auth-Subject]'
            cand --scopes-header 'The response header that carries the JWT''s scopes; "" for none [default: X-Auth-Scopes]'
            cand --threads 'Worker threads deciding requests [default: the number of CPUs, at least 2]'
            cand --max-connections 'The most connections served at once; more wait in the kernel''s queue'
            cand --max-header-bytes 'The largest request head (request line and headers) read, in bytes; a larger one gets 431 and the connection is closed'
            cand --header-timeout 'Seconds a client has to send a whole request head once it has started'
            cand --idle-timeout 'Seconds a connection may stay idle (no request under way) before it is closed; keep it above the proxy''s upstream keep-alive timeout (nginx: 60)'
            cand --aud 'Require this audience in `aud` (tokens with an `aud` are refused without it)'
            cand --iss 'Require this issuer in `iss`'
            cand --scope 'A required scope, matched as a whole, case-sensitive token (repeatable; for `gate`, the --secret rule''s)'
            cand --leeway 'Clock skew allowed on exp, nbf and iat, in seconds [default: 60]'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --log-requests 'Log one line per request on stderr (status, path without query, rule, reason)'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;recipients'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the members: label, recipient, added; which one is you'
            cand add 'Add a member (age1…, "ssh-ed25519 AAAA…", "ssh-rsa AAAA…")'
            cand rm 'Remove a member: re-encrypts without them and marks every secret for rotation'
            cand ack 'Accept a member set changed on another machine'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowlet-secrets;recipients;list'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --json 'Print a JSON array of {label, recipient, added, you}'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;recipients;add'= {
            cand --from-file 'Read the recipient from an age recipients file or an SSH .pub file'
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;recipients;rm'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --yes 'Do not ask for confirmation'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;recipients;ack'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --yes 'Do not ask for confirmation'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;recipients;help'= {
            cand list 'List the members: label, recipient, added; which one is you'
            cand add 'Add a member (age1…, "ssh-ed25519 AAAA…", "ssh-rsa AAAA…")'
            cand rm 'Remove a member: re-encrypts without them and marks every secret for rotation'
            cand ack 'Accept a member set changed on another machine'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowlet-secrets;recipients;help;list'= {
        }
        &'flowlet-secrets;recipients;help;add'= {
        }
        &'flowlet-secrets;recipients;help;rm'= {
        }
        &'flowlet-secrets;recipients;help;ack'= {
        }
        &'flowlet-secrets;recipients;help;help'= {
        }
        &'flowlet-secrets;git'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand setup 'Write .gitattributes and the merge and diff drivers in .git/config'
            cand merge-driver 'Merge three versions of vault.age per secret (called by git merge)'
            cand textconv 'Print names, types, times and fingerprints of a vault.age (called by git diff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowlet-secrets;git;setup'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;git;merge-driver'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;git;textconv'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;git;help'= {
            cand setup 'Write .gitattributes and the merge and diff drivers in .git/config'
            cand merge-driver 'Merge three versions of vault.age per secret (called by git merge)'
            cand textconv 'Print names, types, times and fingerprints of a vault.age (called by git diff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowlet-secrets;git;help;setup'= {
        }
        &'flowlet-secrets;git;help;merge-driver'= {
        }
        &'flowlet-secrets;git;help;textconv'= {
        }
        &'flowlet-secrets;git;help;help'= {
        }
        &'flowlet-secrets;resolve'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --ours 'Keep our version'
            cand --theirs 'Take their version'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;rotate'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --due 'Every secret marked as due for rotation'
            cand --yes 'Do not ask for confirmation'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;completions'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;generate'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand completions 'Print a completion script'
            cand man 'Write one man page per command into DIR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowlet-secrets;generate;completions'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;generate;man'= {
            cand --vault-dir 'Use the vault in this directory [default: ~/.local/share/flowlet-secrets]'
            cand --identity-file 'Unlock with this plain age identity file instead of the keyring or passphrase'
            cand --passphrase-file 'Read the vault passphrase from the first line of this file'
            cand --passphrase-command 'Run this shell command and read the vault passphrase from its stdout'
            cand --debug 'Print debug lines on stderr (never secret values)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowlet-secrets;generate;help'= {
            cand completions 'Print a completion script'
            cand man 'Write one man page per command into DIR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowlet-secrets;generate;help;completions'= {
        }
        &'flowlet-secrets;generate;help;man'= {
        }
        &'flowlet-secrets;generate;help;help'= {
        }
        &'flowlet-secrets;help'= {
            cand init 'Create the vault and its key; asks for a passphrase'
            cand unlock 'Cache the vault key in the OS keyring so later commands need no passphrase'
            cand lock 'Remove the vault key from the OS keyring'
            cand add 'Add a secret (values by prompt, --from-stdin or --from-file, never as arguments)'
            cand list 'List secrets: name, type, updated, description, token state'
            cand show 'Show one secret''s fields; values hidden unless --reveal'
            cand get 'Print one value of a secret, exactly (no newline added when piped)'
            cand edit 'Change a secret''s description, settings or value'
            cand rm 'Remove a secret'
            cand rename 'Rename a secret'
            cand header 'Print the HTTP header(s) a secret authenticates with, for `curl -H @-`'
            cand url 'Print a database connection URL (user and password percent-encoded)'
            cand token 'Request, show, refresh, revoke or clear OAuth2 tokens'
            cand jws 'Sign, verify or inspect JWS/JWT (RFC 7515, RFC 7519)'
            cand jwe 'Encrypt or decrypt JWE with an RS256 key pair (RFC 7516)'
            cand pubkey 'Export an rs256 secret''s public key as PEM, JWK or JWKS'
            cand run 'Run a command with secrets in its environment'
            cand export 'Write secrets as a dotenv or JSON file for tools that need one'
            cand authorize 'Check one incoming Authorization header against a secret (exit 0 allow, 1 deny)'
            cand gate 'Serve the nginx auth_request / Traefik forwardAuth / Caddy forward_auth contract'
            cand recipients 'Manage the members of a team vault'
            cand git 'Git integration of a team vault: setup, merge driver, textconv'
            cand resolve 'Finish a merge conflict on one secret'
            cand rotate 'New key material where flowlet-secrets owns it (hs256, rs256); lists the rest'
            cand completions 'Print a shell completion script'
            cand generate 'Generate completions and man pages (for packagers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowlet-secrets;help;init'= {
        }
        &'flowlet-secrets;help;unlock'= {
        }
        &'flowlet-secrets;help;lock'= {
        }
        &'flowlet-secrets;help;add'= {
            cand password 'A static password or API token; `header` prints `Authorization: Bearer VALUE`'
            cand basic 'HTTP basic auth; `header` prints `Authorization: Basic …` (RFC 7617)'
            cand headers 'Custom HTTP headers, read as `Name: value` lines'
            cand oauth2 'An OAuth2 client (Authorization Code + PKCE); tokens come from `token request`'
            cand hs256 'An HS256 shared secret (at least 32 bytes)'
            cand rs256 'An RS256 RSA key pair (at least 2048 bits)'
            cand mysql 'MySQL/MariaDB credentials'
            cand postgres 'PostgreSQL credentials'
        }
        &'flowlet-secrets;help;add;password'= {
        }
        &'flowlet-secrets;help;add;basic'= {
        }
        &'flowlet-secrets;help;add;headers'= {
        }
        &'flowlet-secrets;help;add;oauth2'= {
        }
        &'flowlet-secrets;help;add;hs256'= {
        }
        &'flowlet-secrets;help;add;rs256'= {
        }
        &'flowlet-secrets;help;add;mysql'= {
        }
        &'flowlet-secrets;help;add;postgres'= {
        }
        &'flowlet-secrets;help;list'= {
        }
        &'flowlet-secrets;help;show'= {
        }
        &'flowlet-secrets;help;get'= {
        }
        &'flowlet-secrets;help;edit'= {
        }
        &'flowlet-secrets;help;rm'= {
        }
        &'flowlet-secrets;help;rename'= {
        }
        &'flowlet-secrets;help;header'= {
        }
        &'flowlet-secrets;help;url'= {
        }
        &'flowlet-secrets;help;token'= {
            cand request 'Run the Authorization Code + PKCE flow in the browser and store the tokens'
            cand show 'Show which tokens exist, their expiry and scope (values only with --reveal)'
            cand refresh 'Refresh the access token now'
            cand revoke 'Revoke the tokens at the provider (RFC 7009), then clear them'
            cand clear 'Forget the stored tokens'
        }
        &'flowlet-secrets;help;token;request'= {
        }
        &'flowlet-secrets;help;token;show'= {
        }
        &'flowlet-secrets;help;token;refresh'= {
        }
        &'flowlet-secrets;help;token;revoke'= {
        }
        &'flowlet-secrets;help;token;clear'= {
        }
        &'flowlet-secrets;help;jws'= {
            cand sign 'Sign JWT claims, or a raw payload with --raw (compact JWS on stdout)'
            cand verify 'Verify a JWT with the secret''s own algorithm and print its claims as JSON'
            cand inspect 'Decode a JWS WITHOUT verifying it (header and payload as JSON on stdout)'
        }
        &'flowlet-secrets;help;jws;sign'= {
        }
        &'flowlet-secrets;help;jws;verify'= {
        }
        &'flowlet-secrets;help;jws;inspect'= {
        }
        &'flowlet-secrets;help;jwe'= {
            cand encrypt 'Encrypt stdin to the key pair''s public key (RSA-OAEP-256 + A256GCM)'
            cand decrypt 'Decrypt a compact JWE from stdin (RSA-OAEP-256 or RSA-OAEP; A256GCM or A128GCM)'
        }
        &'flowlet-secrets;help;jwe;encrypt'= {
        }
        &'flowlet-secrets;help;jwe;decrypt'= {
        }
        &'flowlet-secrets;help;pubkey'= {
        }
        &'flowlet-secrets;help;run'= {
        }
        &'flowlet-secrets;help;export'= {
        }
        &'flowlet-secrets;help;authorize'= {
        }
        &'flowlet-secrets;help;gate'= {
        }
        &'flowlet-secrets;help;recipients'= {
            cand list 'List the members: label, recipient, added; which one is you'
            cand add 'Add a member (age1…, "ssh-ed25519 AAAA…", "ssh-rsa AAAA…")'
            cand rm 'Remove a member: re-encrypts without them and marks every secret for rotation'
            cand ack 'Accept a member set changed on another machine'
        }
        &'flowlet-secrets;help;recipients;list'= {
        }
        &'flowlet-secrets;help;recipients;add'= {
        }
        &'flowlet-secrets;help;recipients;rm'= {
        }
        &'flowlet-secrets;help;recipients;ack'= {
        }
        &'flowlet-secrets;help;git'= {
            cand setup 'Write .gitattributes and the merge and diff drivers in .git/config'
            cand merge-driver 'Merge three versions of vault.age per secret (called by git merge)'
            cand textconv 'Print names, types, times and fingerprints of a vault.age (called by git diff)'
        }
        &'flowlet-secrets;help;git;setup'= {
        }
        &'flowlet-secrets;help;git;merge-driver'= {
        }
        &'flowlet-secrets;help;git;textconv'= {
        }
        &'flowlet-secrets;help;resolve'= {
        }
        &'flowlet-secrets;help;rotate'= {
        }
        &'flowlet-secrets;help;completions'= {
        }
        &'flowlet-secrets;help;generate'= {
            cand completions 'Print a completion script'
            cand man 'Write one man page per command into DIR'
        }
        &'flowlet-secrets;help;generate;completions'= {
        }
        &'flowlet-secrets;help;generate;man'= {
        }
        &'flowlet-secrets;help;help'= {
        }
    ]
    $completions[$command]
}
