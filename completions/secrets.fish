# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_secrets_global_optspecs
    string join \n h/help V/version
end

function __fish_secrets_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_secrets_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_secrets_using_subcommand
    set -l cmd (__fish_secrets_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c secrets -n "__fish_secrets_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_needs_command" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "password" -d 'Generate passwords from character classes, with exclusions and per-class minimums'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "pw" -d 'Generate passwords from character classes, with exclusions and per-class minimums'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "passphrase" -d 'Diceware-style passphrases: words drawn uniformly from the EFF word lists or a file'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "pp" -d 'Diceware-style passphrases: words drawn uniformly from the EFF word lists or a file'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "token-hex" -d 'Random bytes as lowercase hex, like Python\'s secrets.token_hex()'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "token-urlsafe" -d 'Random bytes as unpadded base64url, like Python\'s secrets.token_urlsafe()'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "token-bytes" -d 'Raw random bytes, like Python\'s secrets.token_bytes(); refuses to write to a terminal'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "otp" -d 'One-time verification codes: numeric and zero-padded, or unambiguous alphanumeric'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "apikey" -d 'Prefixed API keys (sk_live_...), optionally with GitHub\'s CRC32 checksum'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "int" -d 'Random integers, like Python\'s secrets.randbelow() and randbits(), of any size'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "choice" -d 'Choose items uniformly at random, like Python\'s secrets.choice()'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "uuid" -d 'Random UUIDs: version 4 (122 random bits), or time-ordered version 7. Not secrets'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "ulid" -d 'Random ULIDs: a millisecond timestamp and 80 random bits, in Crockford base32'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "nanoid" -d 'Nano IDs: short URL-safe IDs, each character exactly uniform over the alphabet'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "compare" -d 'Compare two secrets in constant time; the answer is the exit status'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "check" -d 'Check a password\'s strength with zxcvbn against a policy; the answer is the exit status'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "hash" -d 'Hash a password for storage: argon2id (default), bcrypt, scrypt, sha512-crypt, yescrypt'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "verify" -d 'Check a password against a hash in constant time; the answer is the exit status'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "hmac" -d 'HMAC of a file or stdin with a key from a SOURCE; prints hex, or checks a signature'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "totp" -d 'TOTP/HOTP codes: print, verify within a window, read otpauth:// URIs, make new secrets'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "keygen" -d 'Key pairs as the real tools write them: WireGuard, age, OpenSSH Ed25519'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "key" -d 'Framework secret keys in the exact shape each framework expects (Django, Rails, ...)'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "env" -d 'Fill, check and rotate the secrets of a .env file from a template'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "run" -d 'Run a command with the variables of .env files in its environment'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "redact" -d 'Mask secrets in a stream (stdin to stdout), with their base64, hex and URL encodings'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "serve" -d 'Serve the generators and `check` over HTTP(S), with API keys, rate limits and an audit log'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "serve-key" -d 'Mint an API key for `serve`: print it once, append its SHA-256 to the key file'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, powershell, elvish, nushell)'
complete -c secrets -n "__fish_secrets_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c secrets -n "__fish_secrets_using_subcommand password" -l symbols -d 'Use SET as the symbols instead of the 32 ASCII punctuation characters' -r
complete -c secrets -n "__fish_secrets_using_subcommand password" -l charset -d 'Use exactly these characters as the alphabet (duplicates removed; any Unicode)' -r
complete -c secrets -n "__fish_secrets_using_subcommand password" -s x -l exclude -d 'Remove these characters from the alphabet' -r
complete -c secrets -n "__fish_secrets_using_subcommand password" -s l -l length -d 'Number of characters in each password [default: 20; with --rules, the rules\' maxlength, else 20 moved into their range]' -r
complete -c secrets -n "__fish_secrets_using_subcommand password" -l bits -d 'Size by entropy: the shortest length whose exact entropy is at least N bits (at most 1024)' -r
complete -c secrets -n "__fish_secrets_using_subcommand password" -l rules -d 'Satisfy a website\'s password rules (Apple\'s passwordrules language) instead of the character-class options' -r
complete -c secrets -n "__fish_secrets_using_subcommand password" -l min-lower -d 'At least N lowercase letters [default: 1 if the alphabet has any]' -r
complete -c secrets -n "__fish_secrets_using_subcommand password" -l min-upper -d 'At least N uppercase letters [default: 1 if the alphabet has any]' -r
complete -c secrets -n "__fish_secrets_using_subcommand password" -l min-digits -d 'At least N digits [default: 1 if the alphabet has any]' -r
complete -c secrets -n "__fish_secrets_using_subcommand password" -l min-symbols -d 'At least N symbols [default: 1 if the alphabet has any]' -r
complete -c secrets -n "__fish_secrets_using_subcommand password" -s n -l count -d 'Generate N secrets, one per line' -r
complete -c secrets -n "__fish_secrets_using_subcommand password" -s o -l output -d 'Write to FILE instead of standard output: created with mode 0600, atomically' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand password" -l escape -d 'Escape each secret for a file format: compose writes \'$\' as \'$$\' (docker-compose)' -r -f -a "compose\t'docker-compose: \'\$\' is written \'\$\$\', so Compose does not interpolate it'"
complete -c secrets -n "__fish_secrets_using_subcommand password" -l clip-timeout -d 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]' -r
complete -c secrets -n "__fish_secrets_using_subcommand password" -l github-output -d 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand password" -l github-env -d 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand password" -l no-lower -d 'Leave out lowercase letters (a-z)'
complete -c secrets -n "__fish_secrets_using_subcommand password" -l no-upper -d 'Leave out uppercase letters (A-Z)'
complete -c secrets -n "__fish_secrets_using_subcommand password" -l no-digits -d 'Leave out digits (0-9)'
complete -c secrets -n "__fish_secrets_using_subcommand password" -l no-symbols -d 'Leave out symbols (the 32 ASCII punctuation characters)'
complete -c secrets -n "__fish_secrets_using_subcommand password" -l no-ambiguous -d 'Remove look-alike characters: 0 O o 1 l I | \' " `'
complete -c secrets -n "__fish_secrets_using_subcommand password" -l entropy -d 'Also print "entropy: X bits" (log2 of the number of possible passwords) on stderr'
complete -c secrets -n "__fish_secrets_using_subcommand password" -l force -d 'With --output, replace FILE if it exists'
complete -c secrets -n "__fish_secrets_using_subcommand password" -l no-newline -d 'Do not end the output with a newline (a single secret only)'
complete -c secrets -n "__fish_secrets_using_subcommand password" -s c -l clip -d 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
complete -c secrets -n "__fish_secrets_using_subcommand password" -l mask -d 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
complete -c secrets -n "__fish_secrets_using_subcommand password" -l json -d 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
complete -c secrets -n "__fish_secrets_using_subcommand password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand password" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand pw" -l symbols -d 'Use SET as the symbols instead of the 32 ASCII punctuation characters' -r
complete -c secrets -n "__fish_secrets_using_subcommand pw" -l charset -d 'Use exactly these characters as the alphabet (duplicates removed; any Unicode)' -r
complete -c secrets -n "__fish_secrets_using_subcommand pw" -s x -l exclude -d 'Remove these characters from the alphabet' -r
complete -c secrets -n "__fish_secrets_using_subcommand pw" -s l -l length -d 'Number of characters in each password [default: 20; with --rules, the rules\' maxlength, else 20 moved into their range]' -r
complete -c secrets -n "__fish_secrets_using_subcommand pw" -l bits -d 'Size by entropy: the shortest length whose exact entropy is at least N bits (at most 1024)' -r
complete -c secrets -n "__fish_secrets_using_subcommand pw" -l rules -d 'Satisfy a website\'s password rules (Apple\'s passwordrules language) instead of the character-class options' -r
complete -c secrets -n "__fish_secrets_using_subcommand pw" -l min-lower -d 'At least N lowercase letters [default: 1 if the alphabet has any]' -r
complete -c secrets -n "__fish_secrets_using_subcommand pw" -l min-upper -d 'At least N uppercase letters [default: 1 if the alphabet has any]' -r
complete -c secrets -n "__fish_secrets_using_subcommand pw" -l min-digits -d 'At least N digits [default: 1 if the alphabet has any]' -r
complete -c secrets -n "__fish_secrets_using_subcommand pw" -l min-symbols -d 'At least N symbols [default: 1 if the alphabet has any]' -r
complete -c secrets -n "__fish_secrets_using_subcommand pw" -s n -l count -d 'Generate N secrets, one per line' -r
complete -c secrets -n "__fish_secrets_using_subcommand pw" -s o -l output -d 'Write to FILE instead of standard output: created with mode 0600, atomically' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand pw" -l escape -d 'Escape each secret for a file format: compose writes \'$\' as \'$$\' (docker-compose)' -r -f -a "compose\t'docker-compose: \'\$\' is written \'\$\$\', so Compose does not interpolate it'"
complete -c secrets -n "__fish_secrets_using_subcommand pw" -l clip-timeout -d 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]' -r
complete -c secrets -n "__fish_secrets_using_subcommand pw" -l github-output -d 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand pw" -l github-env -d 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand pw" -l no-lower -d 'Leave out lowercase letters (a-z)'
complete -c secrets -n "__fish_secrets_using_subcommand pw" -l no-upper -d 'Leave out uppercase letters (A-Z)'
complete -c secrets -n "__fish_secrets_using_subcommand pw" -l no-digits -d 'Leave out digits (0-9)'
complete -c secrets -n "__fish_secrets_using_subcommand pw" -l no-symbols -d 'Leave out symbols (the 32 ASCII punctuation characters)'
complete -c secrets -n "__fish_secrets_using_subcommand pw" -l no-ambiguous -d 'Remove look-alike characters: 0 O o 1 l I | \' " `'
complete -c secrets -n "__fish_secrets_using_subcommand pw" -l entropy -d 'Also print "entropy: X bits" (log2 of the number of possible passwords) on stderr'
complete -c secrets -n "__fish_secrets_using_subcommand pw" -l force -d 'With --output, replace FILE if it exists'
complete -c secrets -n "__fish_secrets_using_subcommand pw" -l no-newline -d 'Do not end the output with a newline (a single secret only)'
complete -c secrets -n "__fish_secrets_using_subcommand pw" -s c -l clip -d 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
complete -c secrets -n "__fish_secrets_using_subcommand pw" -l mask -d 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
complete -c secrets -n "__fish_secrets_using_subcommand pw" -l json -d 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
complete -c secrets -n "__fish_secrets_using_subcommand pw" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand pw" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -s w -l words -d 'Number of words in each passphrase [default: 6]' -r
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -l bits -d 'Size by entropy: the shortest number of words whose exact entropy is at least N bits' -r
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -s s -l separator -d 'Text between the words (may be empty)' -r
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -l capitalize -d 'Capitalise words: none, first (a bare --capitalize), all, or random (each word or its capitalised form, uniformly)' -r -f -a "none\t'As in the list'
first\t'The first letter of every word'
all\t'Every letter of every word'
random\t'Each word drawn from the list\'s words and their capitalised forms, uniformly: a word whose capitalised form differs adds exactly one choice, one without letters none'"
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -l min-word-length -d 'Use only the list\'s words of at least N characters' -r
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -l max-word-length -d 'Use only the list\'s words of at most N characters' -r
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -l wordlist -d 'The word list: eff-large, eff-short, eff-short2, or a file with one word per line' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -l wordlist -r -a "eff-large eff-short eff-short2"
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -s n -l count -d 'Generate N secrets, one per line' -r
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -s o -l output -d 'Write to FILE instead of standard output: created with mode 0600, atomically' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -l escape -d 'Escape each secret for a file format: compose writes \'$\' as \'$$\' (docker-compose)' -r -f -a "compose\t'docker-compose: \'\$\' is written \'\$\$\', so Compose does not interpolate it'"
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -l clip-timeout -d 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]' -r
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -l github-output -d 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -l github-env -d 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -l digit -l number -d 'Append one random digit to one randomly chosen word (adds log2(10 * words) bits)'
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -l symbol -d 'Append one random symbol (one of !#$%&*+=?@) to one randomly chosen word (adds log2(10 * words) bits)'
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -l entropy -d 'Also print "entropy: X bits" (log2 of the number of possible passphrases) on stderr'
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -l force -d 'With --output, replace FILE if it exists'
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -l no-newline -d 'Do not end the output with a newline (a single secret only)'
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -s c -l clip -d 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -l mask -d 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -l json -d 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand passphrase" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand pp" -s w -l words -d 'Number of words in each passphrase [default: 6]' -r
complete -c secrets -n "__fish_secrets_using_subcommand pp" -l bits -d 'Size by entropy: the shortest number of words whose exact entropy is at least N bits' -r
complete -c secrets -n "__fish_secrets_using_subcommand pp" -s s -l separator -d 'Text between the words (may be empty)' -r
complete -c secrets -n "__fish_secrets_using_subcommand pp" -l capitalize -d 'Capitalise words: none, first (a bare --capitalize), all, or random (each word or its capitalised form, uniformly)' -r -f -a "none\t'As in the list'
first\t'The first letter of every word'
all\t'Every letter of every word'
random\t'Each word drawn from the list\'s words and their capitalised forms, uniformly: a word whose capitalised form differs adds exactly one choice, one without letters none'"
complete -c secrets -n "__fish_secrets_using_subcommand pp" -l min-word-length -d 'Use only the list\'s words of at least N characters' -r
complete -c secrets -n "__fish_secrets_using_subcommand pp" -l max-word-length -d 'Use only the list\'s words of at most N characters' -r
complete -c secrets -n "__fish_secrets_using_subcommand pp" -l wordlist -d 'The word list: eff-large, eff-short, eff-short2, or a file with one word per line' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand pp" -l wordlist -r -a "eff-large eff-short eff-short2"
complete -c secrets -n "__fish_secrets_using_subcommand pp" -s n -l count -d 'Generate N secrets, one per line' -r
complete -c secrets -n "__fish_secrets_using_subcommand pp" -s o -l output -d 'Write to FILE instead of standard output: created with mode 0600, atomically' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand pp" -l escape -d 'Escape each secret for a file format: compose writes \'$\' as \'$$\' (docker-compose)' -r -f -a "compose\t'docker-compose: \'\$\' is written \'\$\$\', so Compose does not interpolate it'"
complete -c secrets -n "__fish_secrets_using_subcommand pp" -l clip-timeout -d 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]' -r
complete -c secrets -n "__fish_secrets_using_subcommand pp" -l github-output -d 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand pp" -l github-env -d 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand pp" -l digit -l number -d 'Append one random digit to one randomly chosen word (adds log2(10 * words) bits)'
complete -c secrets -n "__fish_secrets_using_subcommand pp" -l symbol -d 'Append one random symbol (one of !#$%&*+=?@) to one randomly chosen word (adds log2(10 * words) bits)'
complete -c secrets -n "__fish_secrets_using_subcommand pp" -l entropy -d 'Also print "entropy: X bits" (log2 of the number of possible passphrases) on stderr'
complete -c secrets -n "__fish_secrets_using_subcommand pp" -l force -d 'With --output, replace FILE if it exists'
complete -c secrets -n "__fish_secrets_using_subcommand pp" -l no-newline -d 'Do not end the output with a newline (a single secret only)'
complete -c secrets -n "__fish_secrets_using_subcommand pp" -s c -l clip -d 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
complete -c secrets -n "__fish_secrets_using_subcommand pp" -l mask -d 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
complete -c secrets -n "__fish_secrets_using_subcommand pp" -l json -d 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
complete -c secrets -n "__fish_secrets_using_subcommand pp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand pp" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand token-hex" -l bits -d 'Size by entropy: the shortest token (whole bytes) whose exact entropy is at least N bits' -r
complete -c secrets -n "__fish_secrets_using_subcommand token-hex" -s n -l count -d 'Generate N secrets, one per line' -r
complete -c secrets -n "__fish_secrets_using_subcommand token-hex" -s o -l output -d 'Write to FILE instead of standard output: created with mode 0600, atomically' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand token-hex" -l escape -d 'Escape each secret for a file format: compose writes \'$\' as \'$$\' (docker-compose)' -r -f -a "compose\t'docker-compose: \'\$\' is written \'\$\$\', so Compose does not interpolate it'"
complete -c secrets -n "__fish_secrets_using_subcommand token-hex" -l clip-timeout -d 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]' -r
complete -c secrets -n "__fish_secrets_using_subcommand token-hex" -l github-output -d 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand token-hex" -l github-env -d 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand token-hex" -l entropy -d 'Also print "entropy: X bits" and the size chosen on stderr'
complete -c secrets -n "__fish_secrets_using_subcommand token-hex" -l force -d 'With --output, replace FILE if it exists'
complete -c secrets -n "__fish_secrets_using_subcommand token-hex" -l no-newline -d 'Do not end the output with a newline (a single secret only)'
complete -c secrets -n "__fish_secrets_using_subcommand token-hex" -s c -l clip -d 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
complete -c secrets -n "__fish_secrets_using_subcommand token-hex" -l mask -d 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
complete -c secrets -n "__fish_secrets_using_subcommand token-hex" -l json -d 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
complete -c secrets -n "__fish_secrets_using_subcommand token-hex" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand token-hex" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand token-urlsafe" -l bits -d 'Size by entropy: the shortest token (whole bytes) whose exact entropy is at least N bits' -r
complete -c secrets -n "__fish_secrets_using_subcommand token-urlsafe" -s n -l count -d 'Generate N secrets, one per line' -r
complete -c secrets -n "__fish_secrets_using_subcommand token-urlsafe" -s o -l output -d 'Write to FILE instead of standard output: created with mode 0600, atomically' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand token-urlsafe" -l escape -d 'Escape each secret for a file format: compose writes \'$\' as \'$$\' (docker-compose)' -r -f -a "compose\t'docker-compose: \'\$\' is written \'\$\$\', so Compose does not interpolate it'"
complete -c secrets -n "__fish_secrets_using_subcommand token-urlsafe" -l clip-timeout -d 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]' -r
complete -c secrets -n "__fish_secrets_using_subcommand token-urlsafe" -l github-output -d 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand token-urlsafe" -l github-env -d 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand token-urlsafe" -l entropy -d 'Also print "entropy: X bits" and the size chosen on stderr'
complete -c secrets -n "__fish_secrets_using_subcommand token-urlsafe" -l force -d 'With --output, replace FILE if it exists'
complete -c secrets -n "__fish_secrets_using_subcommand token-urlsafe" -l no-newline -d 'Do not end the output with a newline (a single secret only)'
complete -c secrets -n "__fish_secrets_using_subcommand token-urlsafe" -s c -l clip -d 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
complete -c secrets -n "__fish_secrets_using_subcommand token-urlsafe" -l mask -d 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
complete -c secrets -n "__fish_secrets_using_subcommand token-urlsafe" -l json -d 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
complete -c secrets -n "__fish_secrets_using_subcommand token-urlsafe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand token-urlsafe" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand token-bytes" -s n -l count -d 'Write NBYTES N times (N*NBYTES bytes in all, no separators)' -r
complete -c secrets -n "__fish_secrets_using_subcommand token-bytes" -s o -l output -d 'Write to FILE instead of standard output: created with mode 0600, atomically' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand token-bytes" -l force -d 'With --output, replace FILE if it exists'
complete -c secrets -n "__fish_secrets_using_subcommand token-bytes" -s c -l clip -d 'Refused: the clipboard holds text, not raw bytes (use token-hex or token-urlsafe)'
complete -c secrets -n "__fish_secrets_using_subcommand token-bytes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand token-bytes" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand otp" -s l -l length -l digits -d 'Number of characters in each code [default: 6]' -r
complete -c secrets -n "__fish_secrets_using_subcommand otp" -l bits -d 'Size by entropy: the shortest code whose exact entropy is at least N bits' -r
complete -c secrets -n "__fish_secrets_using_subcommand otp" -s n -l count -d 'Generate N secrets, one per line' -r
complete -c secrets -n "__fish_secrets_using_subcommand otp" -s o -l output -d 'Write to FILE instead of standard output: created with mode 0600, atomically' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand otp" -l escape -d 'Escape each secret for a file format: compose writes \'$\' as \'$$\' (docker-compose)' -r -f -a "compose\t'docker-compose: \'\$\' is written \'\$\$\', so Compose does not interpolate it'"
complete -c secrets -n "__fish_secrets_using_subcommand otp" -l clip-timeout -d 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]' -r
complete -c secrets -n "__fish_secrets_using_subcommand otp" -l github-output -d 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand otp" -l github-env -d 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand otp" -l alphanumeric -d 'Use uppercase letters and digits without look-alikes: ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
complete -c secrets -n "__fish_secrets_using_subcommand otp" -l entropy -d 'Also print "entropy: X bits" and the size chosen on stderr'
complete -c secrets -n "__fish_secrets_using_subcommand otp" -l force -d 'With --output, replace FILE if it exists'
complete -c secrets -n "__fish_secrets_using_subcommand otp" -l no-newline -d 'Do not end the output with a newline (a single secret only)'
complete -c secrets -n "__fish_secrets_using_subcommand otp" -s c -l clip -d 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
complete -c secrets -n "__fish_secrets_using_subcommand otp" -l mask -d 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
complete -c secrets -n "__fish_secrets_using_subcommand otp" -l json -d 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
complete -c secrets -n "__fish_secrets_using_subcommand otp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand otp" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand apikey" -l prefix -d 'Text before the random part; only A-Z, a-z, 0-9, \'_\' and \'-\' (may be empty) [default: sk_live_]' -r
complete -c secrets -n "__fish_secrets_using_subcommand apikey" -l bytes -d 'Bytes of entropy in the random part [default: 32]' -r
complete -c secrets -n "__fish_secrets_using_subcommand apikey" -l encoding -d 'How the random part is written [default: hex; base62 with --checksum]' -r -f -a "hex\t'Lowercase hex, two characters per byte'
base62\t'0-9A-Za-z, each character exactly uniform'"
complete -c secrets -n "__fish_secrets_using_subcommand apikey" -l bits -d 'Size by entropy: the shortest random part (hex: whole bytes; base62: characters) whose exact entropy is at least N bits' -r
complete -c secrets -n "__fish_secrets_using_subcommand apikey" -l verify -d 'Check the checksum of the key read from SOURCE: exit 0 if valid, 1 if not (and why, on standard error)' -r
complete -c secrets -n "__fish_secrets_using_subcommand apikey" -s n -l count -d 'Generate N secrets, one per line' -r
complete -c secrets -n "__fish_secrets_using_subcommand apikey" -s o -l output -d 'Write to FILE instead of standard output: created with mode 0600, atomically' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand apikey" -l escape -d 'Escape each secret for a file format: compose writes \'$\' as \'$$\' (docker-compose)' -r -f -a "compose\t'docker-compose: \'\$\' is written \'\$\$\', so Compose does not interpolate it'"
complete -c secrets -n "__fish_secrets_using_subcommand apikey" -l clip-timeout -d 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]' -r
complete -c secrets -n "__fish_secrets_using_subcommand apikey" -l github-output -d 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand apikey" -l github-env -d 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand apikey" -l checksum -d 'GitHub\'s token shape: 30 random base62 characters and a 6-character CRC32 checksum'
complete -c secrets -n "__fish_secrets_using_subcommand apikey" -l entropy -d 'Also print "entropy: X bits" and the size chosen on stderr'
complete -c secrets -n "__fish_secrets_using_subcommand apikey" -s q -l quiet -d 'With --verify, say nothing on standard error when the key is invalid'
complete -c secrets -n "__fish_secrets_using_subcommand apikey" -l force -d 'With --output, replace FILE if it exists'
complete -c secrets -n "__fish_secrets_using_subcommand apikey" -l no-newline -d 'Do not end the output with a newline (a single secret only)'
complete -c secrets -n "__fish_secrets_using_subcommand apikey" -s c -l clip -d 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
complete -c secrets -n "__fish_secrets_using_subcommand apikey" -l mask -d 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
complete -c secrets -n "__fish_secrets_using_subcommand apikey" -l json -d 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
complete -c secrets -n "__fish_secrets_using_subcommand apikey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand apikey" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand int" -l below -d 'A uniform integer 0 <= x < N, like Python\'s secrets.randbelow(N)' -r
complete -c secrets -n "__fish_secrets_using_subcommand int" -l range -d 'A uniform integer A <= x < B, like Python\'s randrange(A, B); A and B may be negative' -r
complete -c secrets -n "__fish_secrets_using_subcommand int" -l bits -d 'A uniform integer 0 <= x < 2^K (K random bits), like Python\'s secrets.randbits(K)' -r
complete -c secrets -n "__fish_secrets_using_subcommand int" -s n -l count -d 'Generate N secrets, one per line' -r
complete -c secrets -n "__fish_secrets_using_subcommand int" -s o -l output -d 'Write to FILE instead of standard output: created with mode 0600, atomically' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand int" -l escape -d 'Escape each secret for a file format: compose writes \'$\' as \'$$\' (docker-compose)' -r -f -a "compose\t'docker-compose: \'\$\' is written \'\$\$\', so Compose does not interpolate it'"
complete -c secrets -n "__fish_secrets_using_subcommand int" -l clip-timeout -d 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]' -r
complete -c secrets -n "__fish_secrets_using_subcommand int" -l github-output -d 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand int" -l github-env -d 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand int" -l force -d 'With --output, replace FILE if it exists'
complete -c secrets -n "__fish_secrets_using_subcommand int" -l no-newline -d 'Do not end the output with a newline (a single secret only)'
complete -c secrets -n "__fish_secrets_using_subcommand int" -s c -l clip -d 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
complete -c secrets -n "__fish_secrets_using_subcommand int" -l mask -d 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
complete -c secrets -n "__fish_secrets_using_subcommand int" -l json -d 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
complete -c secrets -n "__fish_secrets_using_subcommand int" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand int" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand choice" -s n -l count -d 'Generate N secrets, one per line' -r
complete -c secrets -n "__fish_secrets_using_subcommand choice" -s o -l output -d 'Write to FILE instead of standard output: created with mode 0600, atomically' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand choice" -l escape -d 'Escape each secret for a file format: compose writes \'$\' as \'$$\' (docker-compose)' -r -f -a "compose\t'docker-compose: \'\$\' is written \'\$\$\', so Compose does not interpolate it'"
complete -c secrets -n "__fish_secrets_using_subcommand choice" -l clip-timeout -d 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]' -r
complete -c secrets -n "__fish_secrets_using_subcommand choice" -l github-output -d 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand choice" -l github-env -d 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand choice" -s u -l unique -d 'Draw without replacement: the --count items are all different'
complete -c secrets -n "__fish_secrets_using_subcommand choice" -l force -d 'With --output, replace FILE if it exists'
complete -c secrets -n "__fish_secrets_using_subcommand choice" -l no-newline -d 'Do not end the output with a newline (a single secret only)'
complete -c secrets -n "__fish_secrets_using_subcommand choice" -s c -l clip -d 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
complete -c secrets -n "__fish_secrets_using_subcommand choice" -l mask -d 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
complete -c secrets -n "__fish_secrets_using_subcommand choice" -l json -d 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
complete -c secrets -n "__fish_secrets_using_subcommand choice" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand choice" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand uuid" -s n -l count -d 'Generate N secrets, one per line' -r
complete -c secrets -n "__fish_secrets_using_subcommand uuid" -s o -l output -d 'Write to FILE instead of standard output: created with mode 0600, atomically' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand uuid" -l escape -d 'Escape each secret for a file format: compose writes \'$\' as \'$$\' (docker-compose)' -r -f -a "compose\t'docker-compose: \'\$\' is written \'\$\$\', so Compose does not interpolate it'"
complete -c secrets -n "__fish_secrets_using_subcommand uuid" -l clip-timeout -d 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]' -r
complete -c secrets -n "__fish_secrets_using_subcommand uuid" -l github-output -d 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand uuid" -l github-env -d 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand uuid" -l v7 -d 'Version 7: a millisecond timestamp, then 74 random bits (sorts by time)'
complete -c secrets -n "__fish_secrets_using_subcommand uuid" -l v4 -d 'Version 4: 122 random bits (the default)'
complete -c secrets -n "__fish_secrets_using_subcommand uuid" -l json -d 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
complete -c secrets -n "__fish_secrets_using_subcommand uuid" -l force -d 'With --output, replace FILE if it exists'
complete -c secrets -n "__fish_secrets_using_subcommand uuid" -l no-newline -d 'Do not end the output with a newline (a single secret only)'
complete -c secrets -n "__fish_secrets_using_subcommand uuid" -s c -l clip -d 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
complete -c secrets -n "__fish_secrets_using_subcommand uuid" -l mask -d 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
complete -c secrets -n "__fish_secrets_using_subcommand uuid" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand uuid" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand ulid" -s n -l count -d 'Generate N secrets, one per line' -r
complete -c secrets -n "__fish_secrets_using_subcommand ulid" -s o -l output -d 'Write to FILE instead of standard output: created with mode 0600, atomically' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand ulid" -l escape -d 'Escape each secret for a file format: compose writes \'$\' as \'$$\' (docker-compose)' -r -f -a "compose\t'docker-compose: \'\$\' is written \'\$\$\', so Compose does not interpolate it'"
complete -c secrets -n "__fish_secrets_using_subcommand ulid" -l clip-timeout -d 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]' -r
complete -c secrets -n "__fish_secrets_using_subcommand ulid" -l github-output -d 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand ulid" -l github-env -d 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand ulid" -l json -d 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
complete -c secrets -n "__fish_secrets_using_subcommand ulid" -l force -d 'With --output, replace FILE if it exists'
complete -c secrets -n "__fish_secrets_using_subcommand ulid" -l no-newline -d 'Do not end the output with a newline (a single secret only)'
complete -c secrets -n "__fish_secrets_using_subcommand ulid" -s c -l clip -d 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
complete -c secrets -n "__fish_secrets_using_subcommand ulid" -l mask -d 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
complete -c secrets -n "__fish_secrets_using_subcommand ulid" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand ulid" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand nanoid" -l size -d 'Characters in each ID' -r
complete -c secrets -n "__fish_secrets_using_subcommand nanoid" -l alphabet -d 'The characters to draw from, each listed once [default: A-Za-z0-9_-]' -r
complete -c secrets -n "__fish_secrets_using_subcommand nanoid" -s n -l count -d 'Generate N secrets, one per line' -r
complete -c secrets -n "__fish_secrets_using_subcommand nanoid" -s o -l output -d 'Write to FILE instead of standard output: created with mode 0600, atomically' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand nanoid" -l escape -d 'Escape each secret for a file format: compose writes \'$\' as \'$$\' (docker-compose)' -r -f -a "compose\t'docker-compose: \'\$\' is written \'\$\$\', so Compose does not interpolate it'"
complete -c secrets -n "__fish_secrets_using_subcommand nanoid" -l clip-timeout -d 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]' -r
complete -c secrets -n "__fish_secrets_using_subcommand nanoid" -l github-output -d 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand nanoid" -l github-env -d 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand nanoid" -l json -d 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
complete -c secrets -n "__fish_secrets_using_subcommand nanoid" -l force -d 'With --output, replace FILE if it exists'
complete -c secrets -n "__fish_secrets_using_subcommand nanoid" -l no-newline -d 'Do not end the output with a newline (a single secret only)'
complete -c secrets -n "__fish_secrets_using_subcommand nanoid" -s c -l clip -d 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
complete -c secrets -n "__fish_secrets_using_subcommand nanoid" -l mask -d 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
complete -c secrets -n "__fish_secrets_using_subcommand nanoid" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand nanoid" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand compare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand compare" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand check" -l min-length -d 'The password must have at least N characters' -r
complete -c secrets -n "__fish_secrets_using_subcommand check" -l min-score -d 'zxcvbn\'s score (0 to 4) must be at least N' -r
complete -c secrets -n "__fish_secrets_using_subcommand check" -l rules -d 'Check against a website\'s password rules (Apple\'s passwordrules language) instead of the strength policy: exit 0 if the password satisfies every rule, 1 if not' -r
complete -c secrets -n "__fish_secrets_using_subcommand check" -l hibp-file -d 'Look the password up in the downloaded Pwned Passwords file (SHA-1, ordered by hash); nothing leaves the machine' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand check" -l hibp-url -d 'The range API\'s base URL (https://, or http:// to a loopback address) [default: https://api.pwnedpasswords.com]' -r
complete -c secrets -n "__fish_secrets_using_subcommand check" -l hibp-timeout -d 'Seconds allowed to connect and to get the whole answer [default: 10]' -r
complete -c secrets -n "__fish_secrets_using_subcommand check" -l json -d 'Print the verdict and the estimate as one JSON object'
complete -c secrets -n "__fish_secrets_using_subcommand check" -l breached -d 'Also fail if Have I Been Pwned has seen the password in a data breach (with --hibp-file PATH or --hibp)'
complete -c secrets -n "__fish_secrets_using_subcommand check" -l hibp -d 'Ask the Pwned Passwords range API: only the first 5 hex digits of the password\'s SHA-1 are sent'
complete -c secrets -n "__fish_secrets_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand check" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand hash" -s a -l algorithm -d 'The hashing algorithm' -r -f -a "argon2id\t'Argon2id, v=19 (argon2-cffi\'s PasswordHasher)'
bcrypt\t'bcrypt \$2b\$ (Python\'s bcrypt.hashpw)'
scrypt\t'scrypt in a PHC string (passlib, RustCrypto)'
sha512-crypt\t'SHA-crypt \$6\$ (/etc/shadow, cloud-init, chpasswd -e; glibc\'s crypt)'
yescrypt\t'yescrypt \$y\$ (Debian\'s and Fedora\'s /etc/shadow default; libxcrypt\'s j9T)'"
complete -c secrets -n "__fish_secrets_using_subcommand hash" -l memory-cost -d 'argon2id: memory in KiB (m) [default: 65536]' -r
complete -c secrets -n "__fish_secrets_using_subcommand hash" -l time-cost -d 'argon2id: passes over the memory (t) [default: 3]' -r
complete -c secrets -n "__fish_secrets_using_subcommand hash" -l parallelism -d 'argon2id: lanes (p) [default: 4]; scrypt: parallelism (p) [default: 1]' -r
complete -c secrets -n "__fish_secrets_using_subcommand hash" -l cost -d 'bcrypt: cost, the log2 of the rounds, 4 to 31 [default: 12]' -r
complete -c secrets -n "__fish_secrets_using_subcommand hash" -l log-n -d 'scrypt: log2 of N, the CPU/memory cost; memory is 128 * r * 2^N bytes [default: 17]' -r
complete -c secrets -n "__fish_secrets_using_subcommand hash" -l block-size -d 'scrypt: block size r [default: 8]' -r
complete -c secrets -n "__fish_secrets_using_subcommand hash" -l rounds -d 'sha512-crypt: rounds, 1000 to 999999999 [default: 5000]' -r
complete -c secrets -n "__fish_secrets_using_subcommand hash" -l format -d 'How to print the hash: the bare hash, or an htpasswd line `USER:HASH` (bcrypt $2y$)' -r -f -a "plain\t'The hash alone'
htpasswd\t'`USER:HASH` for Apache and nginx basic auth, bcrypt \$2y\$ as `htpasswd -B` writes it'"
complete -c secrets -n "__fish_secrets_using_subcommand hash" -l user -d 'With --format htpasswd: the user name (no \':\' and no control characters)' -r
complete -c secrets -n "__fish_secrets_using_subcommand hash" -l escape -d 'Escape the output for a file format: compose writes \'$\' as \'$$\' (docker-compose)' -r -f -a "compose\t'docker-compose: \'\$\' is written \'\$\$\', so Compose does not interpolate it'"
complete -c secrets -n "__fish_secrets_using_subcommand hash" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand hash" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand verify" -l needs-rehash -d 'Also exit 3 (and say why on stderr) when the password matches a hash weaker than the defaults of `secrets hash`'
complete -c secrets -n "__fish_secrets_using_subcommand verify" -s q -l quiet -d 'Say nothing on standard error when the password is wrong'
complete -c secrets -n "__fish_secrets_using_subcommand verify" -l allow-expensive -d 'Verify a hash you trust even if its work is above 64 times our default for its algorithm (the 4 GiB memory cap stays)'
complete -c secrets -n "__fish_secrets_using_subcommand verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand verify" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand hmac" -s k -l key -d 'Where to read the key: env:VAR, file:PATH, fd:N, -, pass:VALUE' -r
complete -c secrets -n "__fish_secrets_using_subcommand hmac" -s a -l algorithm -d 'The hash function' -r -f -a "sha256\t'SHA-256'
sha1\t'SHA-1'
sha512\t'SHA-512'"
complete -c secrets -n "__fish_secrets_using_subcommand hmac" -s f -l format -d 'How to print the HMAC' -r -f -a "hex\t'Lowercase hex'
base64\t'Standard base64 with padding'
github\t'GitHub\'s webhook header form: sha256=<hex>'"
complete -c secrets -n "__fish_secrets_using_subcommand hmac" -l verify -d 'Compare with SIG in constant time instead of printing: exit 0 if equal, 1 if not' -r
complete -c secrets -n "__fish_secrets_using_subcommand hmac" -s q -l quiet -d 'With --verify, say nothing on standard error when the signature is wrong'
complete -c secrets -n "__fish_secrets_using_subcommand hmac" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand hmac" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand totp" -l uri -d 'Read an otpauth:// URI from SOURCE (it holds the secret) and take the secret, issuer, algorithm, digits, period (and an HOTP URI\'s counter) from it' -r
complete -c secrets -n "__fish_secrets_using_subcommand totp" -s d -l digits -d 'Digits in each code' -r
complete -c secrets -n "__fish_secrets_using_subcommand totp" -l period -d 'Seconds each TOTP code is valid' -r
complete -c secrets -n "__fish_secrets_using_subcommand totp" -s a -l algorithm -d 'The HMAC hash function' -r -f -a "sha256\t'SHA-256'
sha1\t'SHA-1'
sha512\t'SHA-512'"
complete -c secrets -n "__fish_secrets_using_subcommand totp" -l at -l time -d 'The code at TIME instead of now: Unix seconds or RFC 3339 (2009-02-13T23:31:30Z)' -r
complete -c secrets -n "__fish_secrets_using_subcommand totp" -l counter -d 'The HOTP code (RFC 4226) for this counter instead of a TOTP code' -r
complete -c secrets -n "__fish_secrets_using_subcommand totp" -l verify -d 'Check CODE instead of printing one: exit 0 if it is the code of a step within --window of now (of --counter and the steps after it for HOTP), 1 if not' -r
complete -c secrets -n "__fish_secrets_using_subcommand totp" -l window -d 'With --verify: accept codes up to N steps before or after now (HOTP: N counters ahead). Every code in the window is compared, in constant time' -r
complete -c secrets -n "__fish_secrets_using_subcommand totp" -l fresh -d 'If fewer than S seconds are left in the current step, wait for the next step and print its code (with --at, no waiting: the code of the next step)' -r
complete -c secrets -n "__fish_secrets_using_subcommand totp" -l issuer -d 'With --new: the issuer shown by authenticator apps' -r
complete -c secrets -n "__fish_secrets_using_subcommand totp" -l account -d 'With --new: the account name shown by authenticator apps' -r
complete -c secrets -n "__fish_secrets_using_subcommand totp" -s o -l output -d 'With --new: write the secret and URI (or the JSON) to FILE instead of standard output: created with mode 0600, atomically; no QR code is drawn' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand totp" -l remaining -d 'Print the seconds left in the current step (1 to the period) instead of a code'
complete -c secrets -n "__fish_secrets_using_subcommand totp" -l new -d 'Make a new 160-bit secret and print it with its otpauth:// URI (and a QR code on a terminal wide enough for it)'
complete -c secrets -n "__fish_secrets_using_subcommand totp" -l force -d 'With --output, replace FILE if it exists'
complete -c secrets -n "__fish_secrets_using_subcommand totp" -l json -d 'Print one JSON object: code, kind, counter, digits, algorithm, and for TOTP period, time and remaining_seconds (and issuer, account from --uri); with --verify match, offset and counter; with --new secret, uri, algorithm, digits, period, and issuer and account when given'
complete -c secrets -n "__fish_secrets_using_subcommand totp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand totp" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand keygen" -s y -l pub -l public -d 'Read a private key from SOURCE and print its public key instead of generating one' -r
complete -c secrets -n "__fish_secrets_using_subcommand keygen" -s C -l comment -d 'ssh-ed25519: the comment at the end of the .pub line [default: none]' -r
complete -c secrets -n "__fish_secrets_using_subcommand keygen" -l passphrase -d 'ssh-ed25519: encrypt the new key (or decrypt the key read by --pub) with the passphrase read from SOURCE' -r
complete -c secrets -n "__fish_secrets_using_subcommand keygen" -s o -l output -d 'Write to FILE instead of standard output: created with mode 0600, atomically (ssh-ed25519 also writes FILE.pub)' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand keygen" -l fingerprint -d 'ssh-ed25519 with --pub: print the fingerprint line `ssh-keygen -l` prints instead'
complete -c secrets -n "__fish_secrets_using_subcommand keygen" -l force -d 'With --output, replace FILE (and FILE.pub) if they exist'
complete -c secrets -n "__fish_secrets_using_subcommand keygen" -l json -d 'Print one JSON object: "secret", "public", "kind", "entropy_bits", and per kind "fingerprint", "created", "encrypted"'
complete -c secrets -n "__fish_secrets_using_subcommand keygen" -l show -d 'Print a private key even when standard output is a terminal'
complete -c secrets -n "__fish_secrets_using_subcommand keygen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand keygen" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand key" -l for -d 'The framework whose secret key to make' -r -f -a "django\t'Django SECRET_KEY: 50 characters of get_random_secret_key()\'s alphabet'
rails\t'Rails secret_key_base: 128 hex digits (64 bytes), as `bin/rails secret`'
laravel\t'Laravel APP_KEY: `base64:` and 32 bytes in base64, as `php artisan key:generate`'
fernet\t'Fernet key (Python cryptography): 32 bytes in padded urlsafe base64'
flask\t'Flask SECRET_KEY: 64 hex digits (32 bytes), as Flask\'s documentation suggests'
jwt-hs256\t'JWT HS256 secret: 32 bytes in unpadded base64url (43 characters, RFC 7518 3.2)'
jwt-hs384\t'JWT HS384 secret: 48 bytes in unpadded base64url (64 characters)'
jwt-hs512\t'JWT HS512 secret: 64 bytes in unpadded base64url (86 characters)'"
complete -c secrets -n "__fish_secrets_using_subcommand key" -s n -l count -d 'Generate N secrets, one per line' -r
complete -c secrets -n "__fish_secrets_using_subcommand key" -s o -l output -d 'Write to FILE instead of standard output: created with mode 0600, atomically' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand key" -l escape -d 'Escape each secret for a file format: compose writes \'$\' as \'$$\' (docker-compose)' -r -f -a "compose\t'docker-compose: \'\$\' is written \'\$\$\', so Compose does not interpolate it'"
complete -c secrets -n "__fish_secrets_using_subcommand key" -l clip-timeout -d 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]' -r
complete -c secrets -n "__fish_secrets_using_subcommand key" -l github-output -d 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand key" -l github-env -d 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout' -r
complete -c secrets -n "__fish_secrets_using_subcommand key" -l list -d 'Print the presets and their formats'
complete -c secrets -n "__fish_secrets_using_subcommand key" -l json -d 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
complete -c secrets -n "__fish_secrets_using_subcommand key" -l force -d 'With --output, replace FILE if it exists'
complete -c secrets -n "__fish_secrets_using_subcommand key" -l no-newline -d 'Do not end the output with a newline (a single secret only)'
complete -c secrets -n "__fish_secrets_using_subcommand key" -s c -l clip -d 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
complete -c secrets -n "__fish_secrets_using_subcommand key" -l mask -d 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
complete -c secrets -n "__fish_secrets_using_subcommand key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand key" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand env; and not __fish_seen_subcommand_from fill check rotate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand env; and not __fish_seen_subcommand_from fill check rotate help" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand env; and not __fish_seen_subcommand_from fill check rotate help" -f -a "fill" -d 'Write a .env file from a template, generating the values its comments ask for'
complete -c secrets -n "__fish_secrets_using_subcommand env; and not __fish_seen_subcommand_from fill check rotate help" -f -a "check" -d 'Check a .env file: keys set, no placeholders or common passwords, private, git-ignored'
complete -c secrets -n "__fish_secrets_using_subcommand env; and not __fish_seen_subcommand_from fill check rotate help" -f -a "rotate" -d 'Regenerate keys of a .env file with their recorded generators, atomically'
complete -c secrets -n "__fish_secrets_using_subcommand env; and not __fish_seen_subcommand_from fill check rotate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c secrets -n "__fish_secrets_using_subcommand env; and __fish_seen_subcommand_from fill" -s o -l output -d 'The file to write [default: .env beside TEMPLATE]' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand env; and __fish_seen_subcommand_from fill" -l spec -d 'Generate KEY with SPEC, a generator command line (overrides the template\'s comment)' -r
complete -c secrets -n "__fish_secrets_using_subcommand env; and __fish_seen_subcommand_from fill" -l format -d 'The dialect of the written values' -r -f -a "dotenv\t'Single-quoted values, for python-dotenv, the Node dotenv package and Docker Compose'
shell\t'Single-quoted values with shell-escaped quotes, for sh and bash (set -a; . ./.env)'"
complete -c secrets -n "__fish_secrets_using_subcommand env; and __fish_seen_subcommand_from fill" -l escape -d 'Escape values for a consumer that interpolates them' -r -f -a "compose\t'Write \$ as \$\$, for values that Docker Compose interpolates'"
complete -c secrets -n "__fish_secrets_using_subcommand env; and __fish_seen_subcommand_from fill" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand env; and __fish_seen_subcommand_from fill" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand env; and __fish_seen_subcommand_from check" -l template -d 'The template whose keys FILE must set [default: FILE.example if it exists]' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand env; and __fish_seen_subcommand_from check" -l format -d 'The dialect FILE is written in [default: the one its text uses]' -r -f -a "dotenv\t'Single-quoted values, for python-dotenv, the Node dotenv package and Docker Compose'
shell\t'Single-quoted values with shell-escaped quotes, for sh and bash (set -a; . ./.env)'"
complete -c secrets -n "__fish_secrets_using_subcommand env; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand env; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand env; and __fish_seen_subcommand_from rotate" -l template -d 'A template whose `# secrets:` comments give generators [default: FILE.example if it exists]' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand env; and __fish_seen_subcommand_from rotate" -l spec -d 'Generate KEY with SPEC, a generator command line' -r
complete -c secrets -n "__fish_secrets_using_subcommand env; and __fish_seen_subcommand_from rotate" -l format -d 'The dialect FILE is written in [default: the one its text uses]' -r -f -a "dotenv\t'Single-quoted values, for python-dotenv, the Node dotenv package and Docker Compose'
shell\t'Single-quoted values with shell-escaped quotes, for sh and bash (set -a; . ./.env)'"
complete -c secrets -n "__fish_secrets_using_subcommand env; and __fish_seen_subcommand_from rotate" -l escape -d 'Escape values for a consumer that interpolates them' -r -f -a "compose\t'Write \$ as \$\$, for values that Docker Compose interpolates'"
complete -c secrets -n "__fish_secrets_using_subcommand env; and __fish_seen_subcommand_from rotate" -l keep-previous -d 'Also write KEY_PREVIOUS with the old value'
complete -c secrets -n "__fish_secrets_using_subcommand env; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand env; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "fill" -d 'Write a .env file from a template, generating the values its comments ask for'
complete -c secrets -n "__fish_secrets_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check a .env file: keys set, no placeholders or common passwords, private, git-ignored'
complete -c secrets -n "__fish_secrets_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Regenerate keys of a .env file with their recorded generators, atomically'
complete -c secrets -n "__fish_secrets_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c secrets -n "__fish_secrets_using_subcommand run" -l env-file -d 'Add the variables of FILE (repeatable; later files win) [default: .env]' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand run" -l format -d 'The dialect the files are written in [default: the one each text uses; a text the two dialects would read differently is refused]' -r -f -a "dotenv\t'Single-quoted values, for python-dotenv, the Node dotenv package and Docker Compose'
shell\t'Single-quoted values with shell-escaped quotes, for sh and bash (set -a; . ./.env)'"
complete -c secrets -n "__fish_secrets_using_subcommand run" -l mask -d 'Pass COMMAND\'s stdout and stderr through the redactor, masking every value'
complete -c secrets -n "__fish_secrets_using_subcommand run" -l label -d 'With --mask, write <redacted:KEY> instead of ***'
complete -c secrets -n "__fish_secrets_using_subcommand run" -l override -d 'The files\' values replace variables the environment already has (by default the environment wins, as in python-dotenv and Node\'s dotenv)'
complete -c secrets -n "__fish_secrets_using_subcommand run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand run" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand redact" -l env-file -d 'Also mask every value of FILE (repeatable)' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand redact" -l format -d 'The dialect the --env-file files are written in [default: mask the values of every dialect that reads the text]' -r -f -a "dotenv\t'Single-quoted values, for python-dotenv, the Node dotenv package and Docker Compose'
shell\t'Single-quoted values with shell-escaped quotes, for sh and bash (set -a; . ./.env)'"
complete -c secrets -n "__fish_secrets_using_subcommand redact" -l detect -d 'Also mask checkable credentials by pattern (checksummed keys, GitHub tokens, AWS key ids, PEM private keys, JWTs)'
complete -c secrets -n "__fish_secrets_using_subcommand redact" -l label -d 'Write <redacted:NAME> (the variable, key or pattern) instead of ***'
complete -c secrets -n "__fish_secrets_using_subcommand redact" -l line-buffered -d 'Flush after each line, even when standard output is not a terminal'
complete -c secrets -n "__fish_secrets_using_subcommand redact" -l allow-short -d 'Accept secrets shorter than 6 bytes'
complete -c secrets -n "__fish_secrets_using_subcommand redact" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand redact" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand serve" -l bind -d 'Listen on this address (or host name) and port (port 0: any free port); a host name is resolved at start-up and its first address used' -r
complete -c secrets -n "__fish_secrets_using_subcommand serve" -l tls-cert -d 'Serve HTTPS with this PEM certificate chain (with --tls-key)' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand serve" -l tls-key -d 'The PEM private key of --tls-cert' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand serve" -l api-keys -d 'Require `Authorization: Bearer KEY` with a key whose hash is in FILE (see serve-key)' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand serve" -l cors-origin -d 'Allow browser requests from this origin (CORS); repeat for more. Default: no CORS' -r
complete -c secrets -n "__fish_secrets_using_subcommand serve" -l rate-limit -d 'Requests per minute per client (per key, else per address); 0 turns limiting off' -r
complete -c secrets -n "__fish_secrets_using_subcommand serve" -l rate-limit-burst -d 'Requests a client may make at once [default: the per-minute rate]' -r
complete -c secrets -n "__fish_secrets_using_subcommand serve" -l rate-limit-redis -d 'Share the limit between replicas through this Redis (redis://HOST:PORT/DB); a URL with a password belongs in the environment variable, not on the command line' -r
complete -c secrets -n "__fish_secrets_using_subcommand serve" -l trust-proxy -d 'Believe X-Forwarded-For from proxies in this network (CIDR or address); repeatable' -r
complete -c secrets -n "__fish_secrets_using_subcommand serve" -l ipv6-prefix -d 'IPv6 clients are one client per this many leading bits of their address, for the rate limit and the connection cap (a subscriber usually holds a whole /64)' -r
complete -c secrets -n "__fish_secrets_using_subcommand serve" -l audit-log -d 'Append the audit log (JSON Lines) to FILE, created 0600 [default: standard error]' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand serve" -l max-connections -d 'Open connections at most; more wait in the kernel\'s queue' -r
complete -c secrets -n "__fish_secrets_using_subcommand serve" -l max-connections-per-client -d 'Open connections from one client address at most (IPv6 by --ipv6-prefix); more are closed at once, so one client cannot hold every connection (slowloris). 0: no cap. Behind a proxy every connection comes from the proxy: raise it or use 0' -r
complete -c secrets -n "__fish_secrets_using_subcommand serve" -l threads -d 'Worker threads [default: one per CPU]' -r
complete -c secrets -n "__fish_secrets_using_subcommand serve" -l shutdown-grace -d 'On SIGTERM or SIGINT, give requests in flight this long to finish' -r
complete -c secrets -n "__fish_secrets_using_subcommand serve" -l insecure-http -d 'Allow plain HTTP on an address that is not loopback (behind a TLS-terminating proxy)'
complete -c secrets -n "__fish_secrets_using_subcommand serve" -l metrics-public -d 'With --api-keys, serve /metrics without a key'
complete -c secrets -n "__fish_secrets_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand serve" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand serve-key" -l api-keys -d 'The key file of `serve --api-keys`; created 0600 if missing' -r -F
complete -c secrets -n "__fish_secrets_using_subcommand serve-key" -l name -d 'A name for the key in FILE (who or what uses it): A-Z a-z 0-9 . _ @ -' -r
complete -c secrets -n "__fish_secrets_using_subcommand serve-key" -l prefix -d 'The key\'s prefix' -r
complete -c secrets -n "__fish_secrets_using_subcommand serve-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand serve-key" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c secrets -n "__fish_secrets_using_subcommand completions" -s V -l version -d 'Print version'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "password" -d 'Generate passwords from character classes, with exclusions and per-class minimums'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "passphrase" -d 'Diceware-style passphrases: words drawn uniformly from the EFF word lists or a file'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "token-hex" -d 'Random bytes as lowercase hex, like Python\'s secrets.token_hex()'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "token-urlsafe" -d 'Random bytes as unpadded base64url, like Python\'s secrets.token_urlsafe()'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "token-bytes" -d 'Raw random bytes, like Python\'s secrets.token_bytes(); refuses to write to a terminal'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "otp" -d 'One-time verification codes: numeric and zero-padded, or unambiguous alphanumeric'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "apikey" -d 'Prefixed API keys (sk_live_...), optionally with GitHub\'s CRC32 checksum'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "int" -d 'Random integers, like Python\'s secrets.randbelow() and randbits(), of any size'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "choice" -d 'Choose items uniformly at random, like Python\'s secrets.choice()'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "uuid" -d 'Random UUIDs: version 4 (122 random bits), or time-ordered version 7. Not secrets'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "ulid" -d 'Random ULIDs: a millisecond timestamp and 80 random bits, in Crockford base32'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "nanoid" -d 'Nano IDs: short URL-safe IDs, each character exactly uniform over the alphabet'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "compare" -d 'Compare two secrets in constant time; the answer is the exit status'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "check" -d 'Check a password\'s strength with zxcvbn against a policy; the answer is the exit status'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "hash" -d 'Hash a password for storage: argon2id (default), bcrypt, scrypt, sha512-crypt, yescrypt'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "verify" -d 'Check a password against a hash in constant time; the answer is the exit status'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "hmac" -d 'HMAC of a file or stdin with a key from a SOURCE; prints hex, or checks a signature'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "totp" -d 'TOTP/HOTP codes: print, verify within a window, read otpauth:// URIs, make new secrets'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "keygen" -d 'Key pairs as the real tools write them: WireGuard, age, OpenSSH Ed25519'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "key" -d 'Framework secret keys in the exact shape each framework expects (Django, Rails, ...)'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "env" -d 'Fill, check and rotate the secrets of a .env file from a template'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "run" -d 'Run a command with the variables of .env files in its environment'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "redact" -d 'Mask secrets in a stream (stdin to stdout), with their base64, hex and URL encodings'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "serve" -d 'Serve the generators and `check` over HTTP(S), with API keys, rate limits and an audit log'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "serve-key" -d 'Mint an API key for `serve`: print it once, append its SHA-256 to the key file'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, powershell, elvish, nushell)'
complete -c secrets -n "__fish_secrets_using_subcommand help; and not __fish_seen_subcommand_from password passphrase token-hex token-urlsafe token-bytes otp apikey int choice uuid ulid nanoid compare check hash verify hmac totp keygen key env run redact serve serve-key completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c secrets -n "__fish_secrets_using_subcommand help; and __fish_seen_subcommand_from env" -f -a "fill" -d 'Write a .env file from a template, generating the values its comments ask for'
complete -c secrets -n "__fish_secrets_using_subcommand help; and __fish_seen_subcommand_from env" -f -a "check" -d 'Check a .env file: keys set, no placeholders or common passwords, private, git-ignored'
complete -c secrets -n "__fish_secrets_using_subcommand help; and __fish_seen_subcommand_from env" -f -a "rotate" -d 'Regenerate keys of a .env file with their recorded generators, atomically'
