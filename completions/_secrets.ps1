
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'secrets' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'secrets'
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
        'secrets' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Generate passwords from character classes, with exclusions and per-class minimums')
            [CompletionResult]::new('pw', 'pw', [CompletionResultType]::ParameterValue, 'Generate passwords from character classes, with exclusions and per-class minimums')
            [CompletionResult]::new('passphrase', 'passphrase', [CompletionResultType]::ParameterValue, 'Diceware-style passphrases: words drawn uniformly from the EFF word lists or a file')
            [CompletionResult]::new('pp', 'pp', [CompletionResultType]::ParameterValue, 'Diceware-style passphrases: words drawn uniformly from the EFF word lists or a file')
            [CompletionResult]::new('token-hex', 'token-hex', [CompletionResultType]::ParameterValue, 'Random bytes as lowercase hex, like Python''s secrets.token_hex()')
            [CompletionResult]::new('token-urlsafe', 'token-urlsafe', [CompletionResultType]::ParameterValue, 'Random bytes as unpadded base64url, like Python''s secrets.token_urlsafe()')
            [CompletionResult]::new('token-bytes', 'token-bytes', [CompletionResultType]::ParameterValue, 'Raw random bytes, like Python''s secrets.token_bytes(); refuses to write to a terminal')
            [CompletionResult]::new('otp', 'otp', [CompletionResultType]::ParameterValue, 'One-time verification codes: numeric and zero-padded, or unambiguous alphanumeric')
            [CompletionResult]::new('apikey', 'apikey', [CompletionResultType]::ParameterValue, 'Prefixed API keys (sk_live_...), optionally with GitHub''s CRC32 checksum')
            [CompletionResult]::new('int', 'int', [CompletionResultType]::ParameterValue, 'Random integers, like Python''s secrets.randbelow() and randbits(), of any size')
            [CompletionResult]::new('choice', 'choice', [CompletionResultType]::ParameterValue, 'Choose items uniformly at random, like Python''s secrets.choice()')
            [CompletionResult]::new('uuid', 'uuid', [CompletionResultType]::ParameterValue, 'Random UUIDs: version 4 (122 random bits), or time-ordered version 7. Not secrets')
            [CompletionResult]::new('ulid', 'ulid', [CompletionResultType]::ParameterValue, 'Random ULIDs: a millisecond timestamp and 80 random bits, in Crockford base32')
            [CompletionResult]::new('nanoid', 'nanoid', [CompletionResultType]::ParameterValue, 'Nano IDs: short URL-safe IDs, each character exactly uniform over the alphabet')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Compare two secrets in constant time; the answer is the exit status')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a password''s strength with zxcvbn against a policy; the answer is the exit status')
            [CompletionResult]::new('hash', 'hash', [CompletionResultType]::ParameterValue, 'Hash a password for storage: argon2id (default), bcrypt, scrypt, sha512-crypt, yescrypt')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a password against a hash in constant time; the answer is the exit status')
            [CompletionResult]::new('hmac', 'hmac', [CompletionResultType]::ParameterValue, 'HMAC of a file or stdin with a key from a SOURCE; prints hex, or checks a signature')
            [CompletionResult]::new('totp', 'totp', [CompletionResultType]::ParameterValue, 'TOTP/HOTP codes: print, verify within a window, read otpauth:// URIs, make new secrets')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Key pairs as the real tools write them: WireGuard, age, OpenSSH Ed25519')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Framework secret keys in the exact shape each framework expects (Django, Rails, ...)')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Fill, check and rotate the secrets of a .env file from a template')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a command with the variables of .env files in its environment')
            [CompletionResult]::new('redact', 'redact', [CompletionResultType]::ParameterValue, 'Mask secrets in a stream (stdin to stdout), with their base64, hex and URL encodings')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the generators and `check` over HTTP(S), with API keys, rate limits and an audit log')
            [CompletionResult]::new('serve-key', 'serve-key', [CompletionResultType]::ParameterValue, 'Mint an API key for `serve`: print it once, append its SHA-256 to the key file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish, nushell)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'secrets;password' {
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'Use SET as the symbols instead of the 32 ASCII punctuation characters')
            [CompletionResult]::new('--charset', '--charset', [CompletionResultType]::ParameterName, 'Use exactly these characters as the alphabet (duplicates removed; any Unicode)')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Remove these characters from the alphabet')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'Remove these characters from the alphabet')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Number of characters in each password [default: 20; with --rules, the rules'' maxlength, else 20 moved into their range]')
            [CompletionResult]::new('--length', '--length', [CompletionResultType]::ParameterName, 'Number of characters in each password [default: 20; with --rules, the rules'' maxlength, else 20 moved into their range]')
            [CompletionResult]::new('--bits', '--bits', [CompletionResultType]::ParameterName, 'Size by entropy: the shortest length whose exact entropy is at least N bits (at most 1024)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Satisfy a website''s password rules (Apple''s passwordrules language) instead of the character-class options')
            [CompletionResult]::new('--min-lower', '--min-lower', [CompletionResultType]::ParameterName, 'At least N lowercase letters [default: 1 if the alphabet has any]')
            [CompletionResult]::new('--min-upper', '--min-upper', [CompletionResultType]::ParameterName, 'At least N uppercase letters [default: 1 if the alphabet has any]')
            [CompletionResult]::new('--min-digits', '--min-digits', [CompletionResultType]::ParameterName, 'At least N digits [default: 1 if the alphabet has any]')
            [CompletionResult]::new('--min-symbols', '--min-symbols', [CompletionResultType]::ParameterName, 'At least N symbols [default: 1 if the alphabet has any]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--escape', '--escape', [CompletionResultType]::ParameterName, 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)')
            [CompletionResult]::new('--clip-timeout', '--clip-timeout', [CompletionResultType]::ParameterName, 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]')
            [CompletionResult]::new('--github-output', '--github-output', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout')
            [CompletionResult]::new('--github-env', '--github-env', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout')
            [CompletionResult]::new('--no-lower', '--no-lower', [CompletionResultType]::ParameterName, 'Leave out lowercase letters (a-z)')
            [CompletionResult]::new('--no-upper', '--no-upper', [CompletionResultType]::ParameterName, 'Leave out uppercase letters (A-Z)')
            [CompletionResult]::new('--no-digits', '--no-digits', [CompletionResultType]::ParameterName, 'Leave out digits (0-9)')
            [CompletionResult]::new('--no-symbols', '--no-symbols', [CompletionResultType]::ParameterName, 'Leave out symbols (the 32 ASCII punctuation characters)')
            [CompletionResult]::new('--no-ambiguous', '--no-ambiguous', [CompletionResultType]::ParameterName, 'Remove look-alike characters: 0 O o 1 l I | '' " `')
            [CompletionResult]::new('--entropy', '--entropy', [CompletionResultType]::ParameterName, 'Also print "entropy: X bits" (log2 of the number of possible passwords) on stderr')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --output, replace FILE if it exists')
            [CompletionResult]::new('--no-newline', '--no-newline', [CompletionResultType]::ParameterName, 'Do not end the output with a newline (a single secret only)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--clip', '--clip', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--mask', '--mask', [CompletionResultType]::ParameterName, 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON Lines: one object per secret with its kind, parameters and entropy')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;pw' {
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'Use SET as the symbols instead of the 32 ASCII punctuation characters')
            [CompletionResult]::new('--charset', '--charset', [CompletionResultType]::ParameterName, 'Use exactly these characters as the alphabet (duplicates removed; any Unicode)')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Remove these characters from the alphabet')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'Remove these characters from the alphabet')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Number of characters in each password [default: 20; with --rules, the rules'' maxlength, else 20 moved into their range]')
            [CompletionResult]::new('--length', '--length', [CompletionResultType]::ParameterName, 'Number of characters in each password [default: 20; with --rules, the rules'' maxlength, else 20 moved into their range]')
            [CompletionResult]::new('--bits', '--bits', [CompletionResultType]::ParameterName, 'Size by entropy: the shortest length whose exact entropy is at least N bits (at most 1024)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Satisfy a website''s password rules (Apple''s passwordrules language) instead of the character-class options')
            [CompletionResult]::new('--min-lower', '--min-lower', [CompletionResultType]::ParameterName, 'At least N lowercase letters [default: 1 if the alphabet has any]')
            [CompletionResult]::new('--min-upper', '--min-upper', [CompletionResultType]::ParameterName, 'At least N uppercase letters [default: 1 if the alphabet has any]')
            [CompletionResult]::new('--min-digits', '--min-digits', [CompletionResultType]::ParameterName, 'At least N digits [default: 1 if the alphabet has any]')
            [CompletionResult]::new('--min-symbols', '--min-symbols', [CompletionResultType]::ParameterName, 'At least N symbols [default: 1 if the alphabet has any]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--escape', '--escape', [CompletionResultType]::ParameterName, 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)')
            [CompletionResult]::new('--clip-timeout', '--clip-timeout', [CompletionResultType]::ParameterName, 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]')
            [CompletionResult]::new('--github-output', '--github-output', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout')
            [CompletionResult]::new('--github-env', '--github-env', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout')
            [CompletionResult]::new('--no-lower', '--no-lower', [CompletionResultType]::ParameterName, 'Leave out lowercase letters (a-z)')
            [CompletionResult]::new('--no-upper', '--no-upper', [CompletionResultType]::ParameterName, 'Leave out uppercase letters (A-Z)')
            [CompletionResult]::new('--no-digits', '--no-digits', [CompletionResultType]::ParameterName, 'Leave out digits (0-9)')
            [CompletionResult]::new('--no-symbols', '--no-symbols', [CompletionResultType]::ParameterName, 'Leave out symbols (the 32 ASCII punctuation characters)')
            [CompletionResult]::new('--no-ambiguous', '--no-ambiguous', [CompletionResultType]::ParameterName, 'Remove look-alike characters: 0 O o 1 l I | '' " `')
            [CompletionResult]::new('--entropy', '--entropy', [CompletionResultType]::ParameterName, 'Also print "entropy: X bits" (log2 of the number of possible passwords) on stderr')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --output, replace FILE if it exists')
            [CompletionResult]::new('--no-newline', '--no-newline', [CompletionResultType]::ParameterName, 'Do not end the output with a newline (a single secret only)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--clip', '--clip', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--mask', '--mask', [CompletionResultType]::ParameterName, 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON Lines: one object per secret with its kind, parameters and entropy')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;passphrase' {
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Number of words in each passphrase [default: 6]')
            [CompletionResult]::new('--words', '--words', [CompletionResultType]::ParameterName, 'Number of words in each passphrase [default: 6]')
            [CompletionResult]::new('--bits', '--bits', [CompletionResultType]::ParameterName, 'Size by entropy: the shortest number of words whose exact entropy is at least N bits')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Text between the words (may be empty)')
            [CompletionResult]::new('--separator', '--separator', [CompletionResultType]::ParameterName, 'Text between the words (may be empty)')
            [CompletionResult]::new('--capitalize', '--capitalize', [CompletionResultType]::ParameterName, 'Capitalise words: none, first (a bare --capitalize), all, or random (each word or its capitalised form, uniformly)')
            [CompletionResult]::new('--min-word-length', '--min-word-length', [CompletionResultType]::ParameterName, 'Use only the list''s words of at least N characters')
            [CompletionResult]::new('--max-word-length', '--max-word-length', [CompletionResultType]::ParameterName, 'Use only the list''s words of at most N characters')
            [CompletionResult]::new('--wordlist', '--wordlist', [CompletionResultType]::ParameterName, 'The word list: eff-large, eff-short, eff-short2, or a file with one word per line')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--escape', '--escape', [CompletionResultType]::ParameterName, 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)')
            [CompletionResult]::new('--clip-timeout', '--clip-timeout', [CompletionResultType]::ParameterName, 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]')
            [CompletionResult]::new('--github-output', '--github-output', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout')
            [CompletionResult]::new('--github-env', '--github-env', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout')
            [CompletionResult]::new('--digit', '--digit', [CompletionResultType]::ParameterName, 'Append one random digit to one randomly chosen word (adds log2(10 * words) bits)')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'Append one random digit to one randomly chosen word (adds log2(10 * words) bits)')
            [CompletionResult]::new('--symbol', '--symbol', [CompletionResultType]::ParameterName, 'Append one random symbol (one of !#$%&*+=?@) to one randomly chosen word (adds log2(10 * words) bits)')
            [CompletionResult]::new('--entropy', '--entropy', [CompletionResultType]::ParameterName, 'Also print "entropy: X bits" (log2 of the number of possible passphrases) on stderr')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --output, replace FILE if it exists')
            [CompletionResult]::new('--no-newline', '--no-newline', [CompletionResultType]::ParameterName, 'Do not end the output with a newline (a single secret only)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--clip', '--clip', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--mask', '--mask', [CompletionResultType]::ParameterName, 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON Lines: one object per secret with its kind, parameters and entropy')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;pp' {
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Number of words in each passphrase [default: 6]')
            [CompletionResult]::new('--words', '--words', [CompletionResultType]::ParameterName, 'Number of words in each passphrase [default: 6]')
            [CompletionResult]::new('--bits', '--bits', [CompletionResultType]::ParameterName, 'Size by entropy: the shortest number of words whose exact entropy is at least N bits')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Text between the words (may be empty)')
            [CompletionResult]::new('--separator', '--separator', [CompletionResultType]::ParameterName, 'Text between the words (may be empty)')
            [CompletionResult]::new('--capitalize', '--capitalize', [CompletionResultType]::ParameterName, 'Capitalise words: none, first (a bare --capitalize), all, or random (each word or its capitalised form, uniformly)')
            [CompletionResult]::new('--min-word-length', '--min-word-length', [CompletionResultType]::ParameterName, 'Use only the list''s words of at least N characters')
            [CompletionResult]::new('--max-word-length', '--max-word-length', [CompletionResultType]::ParameterName, 'Use only the list''s words of at most N characters')
            [CompletionResult]::new('--wordlist', '--wordlist', [CompletionResultType]::ParameterName, 'The word list: eff-large, eff-short, eff-short2, or a file with one word per line')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--escape', '--escape', [CompletionResultType]::ParameterName, 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)')
            [CompletionResult]::new('--clip-timeout', '--clip-timeout', [CompletionResultType]::ParameterName, 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]')
            [CompletionResult]::new('--github-output', '--github-output', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout')
            [CompletionResult]::new('--github-env', '--github-env', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout')
            [CompletionResult]::new('--digit', '--digit', [CompletionResultType]::ParameterName, 'Append one random digit to one randomly chosen word (adds log2(10 * words) bits)')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'Append one random digit to one randomly chosen word (adds log2(10 * words) bits)')
            [CompletionResult]::new('--symbol', '--symbol', [CompletionResultType]::ParameterName, 'Append one random symbol (one of !#$%&*+=?@) to one randomly chosen word (adds log2(10 * words) bits)')
            [CompletionResult]::new('--entropy', '--entropy', [CompletionResultType]::ParameterName, 'Also print "entropy: X bits" (log2 of the number of possible passphrases) on stderr')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --output, replace FILE if it exists')
            [CompletionResult]::new('--no-newline', '--no-newline', [CompletionResultType]::ParameterName, 'Do not end the output with a newline (a single secret only)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--clip', '--clip', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--mask', '--mask', [CompletionResultType]::ParameterName, 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON Lines: one object per secret with its kind, parameters and entropy')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;token-hex' {
            [CompletionResult]::new('--bits', '--bits', [CompletionResultType]::ParameterName, 'Size by entropy: the shortest token (whole bytes) whose exact entropy is at least N bits')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--escape', '--escape', [CompletionResultType]::ParameterName, 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)')
            [CompletionResult]::new('--clip-timeout', '--clip-timeout', [CompletionResultType]::ParameterName, 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]')
            [CompletionResult]::new('--github-output', '--github-output', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout')
            [CompletionResult]::new('--github-env', '--github-env', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout')
            [CompletionResult]::new('--entropy', '--entropy', [CompletionResultType]::ParameterName, 'Also print "entropy: X bits" and the size chosen on stderr')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --output, replace FILE if it exists')
            [CompletionResult]::new('--no-newline', '--no-newline', [CompletionResultType]::ParameterName, 'Do not end the output with a newline (a single secret only)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--clip', '--clip', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--mask', '--mask', [CompletionResultType]::ParameterName, 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON Lines: one object per secret with its kind, parameters and entropy')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;token-urlsafe' {
            [CompletionResult]::new('--bits', '--bits', [CompletionResultType]::ParameterName, 'Size by entropy: the shortest token (whole bytes) whose exact entropy is at least N bits')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--escape', '--escape', [CompletionResultType]::ParameterName, 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)')
            [CompletionResult]::new('--clip-timeout', '--clip-timeout', [CompletionResultType]::ParameterName, 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]')
            [CompletionResult]::new('--github-output', '--github-output', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout')
            [CompletionResult]::new('--github-env', '--github-env', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout')
            [CompletionResult]::new('--entropy', '--entropy', [CompletionResultType]::ParameterName, 'Also print "entropy: X bits" and the size chosen on stderr')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --output, replace FILE if it exists')
            [CompletionResult]::new('--no-newline', '--no-newline', [CompletionResultType]::ParameterName, 'Do not end the output with a newline (a single secret only)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--clip', '--clip', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--mask', '--mask', [CompletionResultType]::ParameterName, 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON Lines: one object per secret with its kind, parameters and entropy')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;token-bytes' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Write NBYTES N times (N*NBYTES bytes in all, no separators)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Write NBYTES N times (N*NBYTES bytes in all, no separators)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --output, replace FILE if it exists')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Refused: the clipboard holds text, not raw bytes (use token-hex or token-urlsafe)')
            [CompletionResult]::new('--clip', '--clip', [CompletionResultType]::ParameterName, 'Refused: the clipboard holds text, not raw bytes (use token-hex or token-urlsafe)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;otp' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Number of characters in each code [default: 6]')
            [CompletionResult]::new('--length', '--length', [CompletionResultType]::ParameterName, 'Number of characters in each code [default: 6]')
            [CompletionResult]::new('--digits', '--digits', [CompletionResultType]::ParameterName, 'Number of characters in each code [default: 6]')
            [CompletionResult]::new('--bits', '--bits', [CompletionResultType]::ParameterName, 'Size by entropy: the shortest code whose exact entropy is at least N bits')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--escape', '--escape', [CompletionResultType]::ParameterName, 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)')
            [CompletionResult]::new('--clip-timeout', '--clip-timeout', [CompletionResultType]::ParameterName, 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]')
            [CompletionResult]::new('--github-output', '--github-output', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout')
            [CompletionResult]::new('--github-env', '--github-env', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout')
            [CompletionResult]::new('--alphanumeric', '--alphanumeric', [CompletionResultType]::ParameterName, 'Use uppercase letters and digits without look-alikes: ABCDEFGHJKLMNPQRSTUVWXYZ23456789')
            [CompletionResult]::new('--entropy', '--entropy', [CompletionResultType]::ParameterName, 'Also print "entropy: X bits" and the size chosen on stderr')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --output, replace FILE if it exists')
            [CompletionResult]::new('--no-newline', '--no-newline', [CompletionResultType]::ParameterName, 'Do not end the output with a newline (a single secret only)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--clip', '--clip', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--mask', '--mask', [CompletionResultType]::ParameterName, 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON Lines: one object per secret with its kind, parameters and entropy')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;apikey' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Text before the random part; only A-Z, a-z, 0-9, ''_'' and ''-'' (may be empty) [default: sk_live_]')
            [CompletionResult]::new('--bytes', '--bytes', [CompletionResultType]::ParameterName, 'Bytes of entropy in the random part [default: 32]')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'How the random part is written [default: hex; base62 with --checksum]')
            [CompletionResult]::new('--bits', '--bits', [CompletionResultType]::ParameterName, 'Size by entropy: the shortest random part (hex: whole bytes; base62: characters) whose exact entropy is at least N bits')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Check the checksum of the key read from SOURCE: exit 0 if valid, 1 if not (and why, on standard error)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--escape', '--escape', [CompletionResultType]::ParameterName, 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)')
            [CompletionResult]::new('--clip-timeout', '--clip-timeout', [CompletionResultType]::ParameterName, 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]')
            [CompletionResult]::new('--github-output', '--github-output', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout')
            [CompletionResult]::new('--github-env', '--github-env', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout')
            [CompletionResult]::new('--checksum', '--checksum', [CompletionResultType]::ParameterName, 'GitHub''s token shape: 30 random base62 characters and a 6-character CRC32 checksum')
            [CompletionResult]::new('--entropy', '--entropy', [CompletionResultType]::ParameterName, 'Also print "entropy: X bits" and the size chosen on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'With --verify, say nothing on standard error when the key is invalid')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'With --verify, say nothing on standard error when the key is invalid')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --output, replace FILE if it exists')
            [CompletionResult]::new('--no-newline', '--no-newline', [CompletionResultType]::ParameterName, 'Do not end the output with a newline (a single secret only)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--clip', '--clip', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--mask', '--mask', [CompletionResultType]::ParameterName, 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON Lines: one object per secret with its kind, parameters and entropy')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;int' {
            [CompletionResult]::new('--below', '--below', [CompletionResultType]::ParameterName, 'A uniform integer 0 <= x < N, like Python''s secrets.randbelow(N)')
            [CompletionResult]::new('--range', '--range', [CompletionResultType]::ParameterName, 'A uniform integer A <= x < B, like Python''s randrange(A, B); A and B may be negative')
            [CompletionResult]::new('--bits', '--bits', [CompletionResultType]::ParameterName, 'A uniform integer 0 <= x < 2^K (K random bits), like Python''s secrets.randbits(K)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--escape', '--escape', [CompletionResultType]::ParameterName, 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)')
            [CompletionResult]::new('--clip-timeout', '--clip-timeout', [CompletionResultType]::ParameterName, 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]')
            [CompletionResult]::new('--github-output', '--github-output', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout')
            [CompletionResult]::new('--github-env', '--github-env', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --output, replace FILE if it exists')
            [CompletionResult]::new('--no-newline', '--no-newline', [CompletionResultType]::ParameterName, 'Do not end the output with a newline (a single secret only)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--clip', '--clip', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--mask', '--mask', [CompletionResultType]::ParameterName, 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON Lines: one object per secret with its kind, parameters and entropy')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;choice' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--escape', '--escape', [CompletionResultType]::ParameterName, 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)')
            [CompletionResult]::new('--clip-timeout', '--clip-timeout', [CompletionResultType]::ParameterName, 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]')
            [CompletionResult]::new('--github-output', '--github-output', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout')
            [CompletionResult]::new('--github-env', '--github-env', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Draw without replacement: the --count items are all different')
            [CompletionResult]::new('--unique', '--unique', [CompletionResultType]::ParameterName, 'Draw without replacement: the --count items are all different')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --output, replace FILE if it exists')
            [CompletionResult]::new('--no-newline', '--no-newline', [CompletionResultType]::ParameterName, 'Do not end the output with a newline (a single secret only)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--clip', '--clip', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--mask', '--mask', [CompletionResultType]::ParameterName, 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON Lines: one object per secret with its kind, parameters and entropy')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;uuid' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--escape', '--escape', [CompletionResultType]::ParameterName, 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)')
            [CompletionResult]::new('--clip-timeout', '--clip-timeout', [CompletionResultType]::ParameterName, 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]')
            [CompletionResult]::new('--github-output', '--github-output', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout')
            [CompletionResult]::new('--github-env', '--github-env', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout')
            [CompletionResult]::new('--v7', '--v7', [CompletionResultType]::ParameterName, 'Version 7: a millisecond timestamp, then 74 random bits (sorts by time)')
            [CompletionResult]::new('--v4', '--v4', [CompletionResultType]::ParameterName, 'Version 4: 122 random bits (the default)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON Lines: one object per secret with its kind, parameters and entropy')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --output, replace FILE if it exists')
            [CompletionResult]::new('--no-newline', '--no-newline', [CompletionResultType]::ParameterName, 'Do not end the output with a newline (a single secret only)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--clip', '--clip', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--mask', '--mask', [CompletionResultType]::ParameterName, 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;ulid' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--escape', '--escape', [CompletionResultType]::ParameterName, 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)')
            [CompletionResult]::new('--clip-timeout', '--clip-timeout', [CompletionResultType]::ParameterName, 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]')
            [CompletionResult]::new('--github-output', '--github-output', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout')
            [CompletionResult]::new('--github-env', '--github-env', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON Lines: one object per secret with its kind, parameters and entropy')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --output, replace FILE if it exists')
            [CompletionResult]::new('--no-newline', '--no-newline', [CompletionResultType]::ParameterName, 'Do not end the output with a newline (a single secret only)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--clip', '--clip', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--mask', '--mask', [CompletionResultType]::ParameterName, 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;nanoid' {
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Characters in each ID')
            [CompletionResult]::new('--alphabet', '--alphabet', [CompletionResultType]::ParameterName, 'The characters to draw from, each listed once [default: A-Za-z0-9_-]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--escape', '--escape', [CompletionResultType]::ParameterName, 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)')
            [CompletionResult]::new('--clip-timeout', '--clip-timeout', [CompletionResultType]::ParameterName, 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]')
            [CompletionResult]::new('--github-output', '--github-output', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout')
            [CompletionResult]::new('--github-env', '--github-env', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON Lines: one object per secret with its kind, parameters and entropy')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --output, replace FILE if it exists')
            [CompletionResult]::new('--no-newline', '--no-newline', [CompletionResultType]::ParameterName, 'Do not end the output with a newline (a single secret only)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--clip', '--clip', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--mask', '--mask', [CompletionResultType]::ParameterName, 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;compare' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;check' {
            [CompletionResult]::new('--min-length', '--min-length', [CompletionResultType]::ParameterName, 'The password must have at least N characters')
            [CompletionResult]::new('--min-score', '--min-score', [CompletionResultType]::ParameterName, 'zxcvbn''s score (0 to 4) must be at least N')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Check against a website''s password rules (Apple''s passwordrules language) instead of the strength policy: exit 0 if the password satisfies every rule, 1 if not')
            [CompletionResult]::new('--hibp-file', '--hibp-file', [CompletionResultType]::ParameterName, 'Look the password up in the downloaded Pwned Passwords file (SHA-1, ordered by hash); nothing leaves the machine')
            [CompletionResult]::new('--hibp-url', '--hibp-url', [CompletionResultType]::ParameterName, 'The range API''s base URL (https://, or http:// to a loopback address) [default: https://api.pwnedpasswords.com]')
            [CompletionResult]::new('--hibp-timeout', '--hibp-timeout', [CompletionResultType]::ParameterName, 'Seconds allowed to connect and to get the whole answer [default: 10]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the verdict and the estimate as one JSON object')
            [CompletionResult]::new('--breached', '--breached', [CompletionResultType]::ParameterName, 'Also fail if Have I Been Pwned has seen the password in a data breach (with --hibp-file PATH or --hibp)')
            [CompletionResult]::new('--hibp', '--hibp', [CompletionResultType]::ParameterName, 'Ask the Pwned Passwords range API: only the first 5 hex digits of the password''s SHA-1 are sent')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;hash' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The hashing algorithm')
            [CompletionResult]::new('--algorithm', '--algorithm', [CompletionResultType]::ParameterName, 'The hashing algorithm')
            [CompletionResult]::new('--memory-cost', '--memory-cost', [CompletionResultType]::ParameterName, 'argon2id: memory in KiB (m) [default: 65536]')
            [CompletionResult]::new('--time-cost', '--time-cost', [CompletionResultType]::ParameterName, 'argon2id: passes over the memory (t) [default: 3]')
            [CompletionResult]::new('--parallelism', '--parallelism', [CompletionResultType]::ParameterName, 'argon2id: lanes (p) [default: 4]; scrypt: parallelism (p) [default: 1]')
            [CompletionResult]::new('--cost', '--cost', [CompletionResultType]::ParameterName, 'bcrypt: cost, the log2 of the rounds, 4 to 31 [default: 12]')
            [CompletionResult]::new('--log-n', '--log-n', [CompletionResultType]::ParameterName, 'scrypt: log2 of N, the CPU/memory cost; memory is 128 * r * 2^N bytes [default: 17]')
            [CompletionResult]::new('--block-size', '--block-size', [CompletionResultType]::ParameterName, 'scrypt: block size r [default: 8]')
            [CompletionResult]::new('--rounds', '--rounds', [CompletionResultType]::ParameterName, 'sha512-crypt: rounds, 1000 to 999999999 [default: 5000]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the hash: the bare hash, or an htpasswd line `USER:HASH` (bcrypt $2y$)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'With --format htpasswd: the user name (no '':'' and no control characters)')
            [CompletionResult]::new('--escape', '--escape', [CompletionResultType]::ParameterName, 'Escape the output for a file format: compose writes ''$'' as ''$$'' (docker-compose)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;verify' {
            [CompletionResult]::new('--needs-rehash', '--needs-rehash', [CompletionResultType]::ParameterName, 'Also exit 3 (and say why on stderr) when the password matches a hash weaker than the defaults of `secrets hash`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say nothing on standard error when the password is wrong')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say nothing on standard error when the password is wrong')
            [CompletionResult]::new('--allow-expensive', '--allow-expensive', [CompletionResultType]::ParameterName, 'Verify a hash you trust even if its work is above 64 times our default for its algorithm (the 4 GiB memory cap stays)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;hmac' {
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Where to read the key: env:VAR, file:PATH, fd:N, -, pass:VALUE')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Where to read the key: env:VAR, file:PATH, fd:N, -, pass:VALUE')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The hash function')
            [CompletionResult]::new('--algorithm', '--algorithm', [CompletionResultType]::ParameterName, 'The hash function')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'How to print the HMAC')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the HMAC')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Compare with SIG in constant time instead of printing: exit 0 if equal, 1 if not')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'With --verify, say nothing on standard error when the signature is wrong')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'With --verify, say nothing on standard error when the signature is wrong')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;totp' {
            [CompletionResult]::new('--uri', '--uri', [CompletionResultType]::ParameterName, 'Read an otpauth:// URI from SOURCE (it holds the secret) and take the secret, issuer, algorithm, digits, period (and an HOTP URI''s counter) from it')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Digits in each code')
            [CompletionResult]::new('--digits', '--digits', [CompletionResultType]::ParameterName, 'Digits in each code')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Seconds each TOTP code is valid')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The HMAC hash function')
            [CompletionResult]::new('--algorithm', '--algorithm', [CompletionResultType]::ParameterName, 'The HMAC hash function')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The code at TIME instead of now: Unix seconds or RFC 3339 (2009-02-13T23:31:30Z)')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'The code at TIME instead of now: Unix seconds or RFC 3339 (2009-02-13T23:31:30Z)')
            [CompletionResult]::new('--counter', '--counter', [CompletionResultType]::ParameterName, 'The HOTP code (RFC 4226) for this counter instead of a TOTP code')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Check CODE instead of printing one: exit 0 if it is the code of a step within --window of now (of --counter and the steps after it for HOTP), 1 if not')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'With --verify: accept codes up to N steps before or after now (HOTP: N counters ahead). Every code in the window is compared, in constant time')
            [CompletionResult]::new('--fresh', '--fresh', [CompletionResultType]::ParameterName, 'If fewer than S seconds are left in the current step, wait for the next step and print its code (with --at, no waiting: the code of the next step)')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'With --new: the issuer shown by authenticator apps')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'With --new: the account name shown by authenticator apps')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'With --new: write the secret and URI (or the JSON) to FILE instead of standard output: created with mode 0600, atomically; no QR code is drawn')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'With --new: write the secret and URI (or the JSON) to FILE instead of standard output: created with mode 0600, atomically; no QR code is drawn')
            [CompletionResult]::new('--remaining', '--remaining', [CompletionResultType]::ParameterName, 'Print the seconds left in the current step (1 to the period) instead of a code')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'Make a new 160-bit secret and print it with its otpauth:// URI (and a QR code on a terminal wide enough for it)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --output, replace FILE if it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object: code, kind, counter, digits, algorithm, and for TOTP period, time and remaining_seconds (and issuer, account from --uri); with --verify match, offset and counter; with --new secret, uri, algorithm, digits, period, and issuer and account when given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;keygen' {
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Read a private key from SOURCE and print its public key instead of generating one')
            [CompletionResult]::new('--pub', '--pub', [CompletionResultType]::ParameterName, 'Read a private key from SOURCE and print its public key instead of generating one')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'Read a private key from SOURCE and print its public key instead of generating one')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'ssh-ed25519: the comment at the end of the .pub line [default: none]')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'ssh-ed25519: the comment at the end of the .pub line [default: none]')
            [CompletionResult]::new('--passphrase', '--passphrase', [CompletionResultType]::ParameterName, 'ssh-ed25519: encrypt the new key (or decrypt the key read by --pub) with the passphrase read from SOURCE')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically (ssh-ed25519 also writes FILE.pub)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically (ssh-ed25519 also writes FILE.pub)')
            [CompletionResult]::new('--fingerprint', '--fingerprint', [CompletionResultType]::ParameterName, 'ssh-ed25519 with --pub: print the fingerprint line `ssh-keygen -l` prints instead')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --output, replace FILE (and FILE.pub) if they exist')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object: "secret", "public", "kind", "entropy_bits", and per kind "fingerprint", "created", "encrypted"')
            [CompletionResult]::new('--show', '--show', [CompletionResultType]::ParameterName, 'Print a private key even when standard output is a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;key' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'The framework whose secret key to make')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Generate N secrets, one per line')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output: created with mode 0600, atomically')
            [CompletionResult]::new('--escape', '--escape', [CompletionResultType]::ParameterName, 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)')
            [CompletionResult]::new('--clip-timeout', '--clip-timeout', [CompletionResultType]::ParameterName, 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]')
            [CompletionResult]::new('--github-output', '--github-output', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout')
            [CompletionResult]::new('--github-env', '--github-env', [CompletionResultType]::ParameterName, 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'Print the presets and their formats')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON Lines: one object per secret with its kind, parameters and entropy')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --output, replace FILE if it exists')
            [CompletionResult]::new('--no-newline', '--no-newline', [CompletionResultType]::ParameterName, 'Do not end the output with a newline (a single secret only)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--clip', '--clip', [CompletionResultType]::ParameterName, 'Copy the secret to the clipboard instead of printing it; cleared after a timeout')
            [CompletionResult]::new('--mask', '--mask', [CompletionResultType]::ParameterName, 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;env' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('fill', 'fill', [CompletionResultType]::ParameterValue, 'Write a .env file from a template, generating the values its comments ask for')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a .env file: keys set, no placeholders or common passwords, private, git-ignored')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Regenerate keys of a .env file with their recorded generators, atomically')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'secrets;env;fill' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The file to write [default: .env beside TEMPLATE]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The file to write [default: .env beside TEMPLATE]')
            [CompletionResult]::new('--spec', '--spec', [CompletionResultType]::ParameterName, 'Generate KEY with SPEC, a generator command line (overrides the template''s comment)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The dialect of the written values')
            [CompletionResult]::new('--escape', '--escape', [CompletionResultType]::ParameterName, 'Escape values for a consumer that interpolates them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;env;check' {
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'The template whose keys FILE must set [default: FILE.example if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The dialect FILE is written in [default: the one its text uses]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;env;rotate' {
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'A template whose `# secrets:` comments give generators [default: FILE.example if it exists]')
            [CompletionResult]::new('--spec', '--spec', [CompletionResultType]::ParameterName, 'Generate KEY with SPEC, a generator command line')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The dialect FILE is written in [default: the one its text uses]')
            [CompletionResult]::new('--escape', '--escape', [CompletionResultType]::ParameterName, 'Escape values for a consumer that interpolates them')
            [CompletionResult]::new('--keep-previous', '--keep-previous', [CompletionResultType]::ParameterName, 'Also write KEY_PREVIOUS with the old value')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;env;help' {
            [CompletionResult]::new('fill', 'fill', [CompletionResultType]::ParameterValue, 'Write a .env file from a template, generating the values its comments ask for')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a .env file: keys set, no placeholders or common passwords, private, git-ignored')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Regenerate keys of a .env file with their recorded generators, atomically')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'secrets;env;help;fill' {
            break
        }
        'secrets;env;help;check' {
            break
        }
        'secrets;env;help;rotate' {
            break
        }
        'secrets;env;help;help' {
            break
        }
        'secrets;run' {
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Add the variables of FILE (repeatable; later files win) [default: .env]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The dialect the files are written in [default: the one each text uses; a text the two dialects would read differently is refused]')
            [CompletionResult]::new('--mask', '--mask', [CompletionResultType]::ParameterName, 'Pass COMMAND''s stdout and stderr through the redactor, masking every value')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'With --mask, write <redacted:KEY> instead of ***')
            [CompletionResult]::new('--override', '--override', [CompletionResultType]::ParameterName, 'The files'' values replace variables the environment already has (by default the environment wins, as in python-dotenv and Node''s dotenv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;redact' {
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Also mask every value of FILE (repeatable)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The dialect the --env-file files are written in [default: mask the values of every dialect that reads the text]')
            [CompletionResult]::new('--detect', '--detect', [CompletionResultType]::ParameterName, 'Also mask checkable credentials by pattern (checksummed keys, GitHub tokens, AWS key ids, PEM private keys, JWTs)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Write <redacted:NAME> (the variable, key or pattern) instead of ***')
            [CompletionResult]::new('--line-buffered', '--line-buffered', [CompletionResultType]::ParameterName, 'Flush after each line, even when standard output is not a terminal')
            [CompletionResult]::new('--allow-short', '--allow-short', [CompletionResultType]::ParameterName, 'Accept secrets shorter than 6 bytes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;serve' {
            [CompletionResult]::new('--bind', '--bind', [CompletionResultType]::ParameterName, 'Listen on this address (or host name) and port (port 0: any free port); a host name is resolved at start-up and its first address used')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Serve HTTPS with this PEM certificate chain (with --tls-key)')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'The PEM private key of --tls-cert')
            [CompletionResult]::new('--api-keys', '--api-keys', [CompletionResultType]::ParameterName, 'Require `Authorization: Bearer KEY` with a key whose hash is in FILE (see serve-key)')
            [CompletionResult]::new('--cors-origin', '--cors-origin', [CompletionResultType]::ParameterName, 'Allow browser requests from this origin (CORS); repeat for more. Default: no CORS')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Requests per minute per client (per key, else per address); 0 turns limiting off')
            [CompletionResult]::new('--rate-limit-burst', '--rate-limit-burst', [CompletionResultType]::ParameterName, 'Requests a client may make at once [default: the per-minute rate]')
            [CompletionResult]::new('--rate-limit-redis', '--rate-limit-redis', [CompletionResultType]::ParameterName, 'Share the limit between replicas through this Redis (redis://HOST:PORT/DB); a URL with a password belongs in the environment variable, not on the command line')
            [CompletionResult]::new('--trust-proxy', '--trust-proxy', [CompletionResultType]::ParameterName, 'Believe X-Forwarded-For from proxies in this network (CIDR or address); repeatable')
            [CompletionResult]::new('--ipv6-prefix', '--ipv6-prefix', [CompletionResultType]::ParameterName, 'IPv6 clients are one client per this many leading bits of their address, for the rate limit and the connection cap (a subscriber usually holds a whole /64)')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Append the audit log (JSON Lines) to FILE, created 0600 [default: standard error]')
            [CompletionResult]::new('--max-connections', '--max-connections', [CompletionResultType]::ParameterName, 'Open connections at most; more wait in the kernel''s queue')
            [CompletionResult]::new('--max-connections-per-client', '--max-connections-per-client', [CompletionResultType]::ParameterName, 'Open connections from one client address at most (IPv6 by --ipv6-prefix); more are closed at once, so one client cannot hold every connection (slowloris). 0: no cap. Behind a proxy every connection comes from the proxy: raise it or use 0')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Worker threads [default: one per CPU]')
            [CompletionResult]::new('--shutdown-grace', '--shutdown-grace', [CompletionResultType]::ParameterName, 'On SIGTERM or SIGINT, give requests in flight this long to finish')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain HTTP on an address that is not loopback (behind a TLS-terminating proxy)')
            [CompletionResult]::new('--metrics-public', '--metrics-public', [CompletionResultType]::ParameterName, 'With --api-keys, serve /metrics without a key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;serve-key' {
            [CompletionResult]::new('--api-keys', '--api-keys', [CompletionResultType]::ParameterName, 'The key file of `serve --api-keys`; created 0600 if missing')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name for the key in FILE (who or what uses it): A-Z a-z 0-9 . _ @ -')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'The key''s prefix')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;completions' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'secrets;help' {
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Generate passwords from character classes, with exclusions and per-class minimums')
            [CompletionResult]::new('passphrase', 'passphrase', [CompletionResultType]::ParameterValue, 'Diceware-style passphrases: words drawn uniformly from the EFF word lists or a file')
            [CompletionResult]::new('token-hex', 'token-hex', [CompletionResultType]::ParameterValue, 'Random bytes as lowercase hex, like Python''s secrets.token_hex()')
            [CompletionResult]::new('token-urlsafe', 'token-urlsafe', [CompletionResultType]::ParameterValue, 'Random bytes as unpadded base64url, like Python''s secrets.token_urlsafe()')
            [CompletionResult]::new('token-bytes', 'token-bytes', [CompletionResultType]::ParameterValue, 'Raw random bytes, like Python''s secrets.token_bytes(); refuses to write to a terminal')
            [CompletionResult]::new('otp', 'otp', [CompletionResultType]::ParameterValue, 'One-time verification codes: numeric and zero-padded, or unambiguous alphanumeric')
            [CompletionResult]::new('apikey', 'apikey', [CompletionResultType]::ParameterValue, 'Prefixed API keys (sk_live_...), optionally with GitHub''s CRC32 checksum')
            [CompletionResult]::new('int', 'int', [CompletionResultType]::ParameterValue, 'Random integers, like Python''s secrets.randbelow() and randbits(), of any size')
            [CompletionResult]::new('choice', 'choice', [CompletionResultType]::ParameterValue, 'Choose items uniformly at random, like Python''s secrets.choice()')
            [CompletionResult]::new('uuid', 'uuid', [CompletionResultType]::ParameterValue, 'Random UUIDs: version 4 (122 random bits), or time-ordered version 7. Not secrets')
            [CompletionResult]::new('ulid', 'ulid', [CompletionResultType]::ParameterValue, 'Random ULIDs: a millisecond timestamp and 80 random bits, in Crockford base32')
            [CompletionResult]::new('nanoid', 'nanoid', [CompletionResultType]::ParameterValue, 'Nano IDs: short URL-safe IDs, each character exactly uniform over the alphabet')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Compare two secrets in constant time; the answer is the exit status')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a password''s strength with zxcvbn against a policy; the answer is the exit status')
            [CompletionResult]::new('hash', 'hash', [CompletionResultType]::ParameterValue, 'Hash a password for storage: argon2id (default), bcrypt, scrypt, sha512-crypt, yescrypt')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a password against a hash in constant time; the answer is the exit status')
            [CompletionResult]::new('hmac', 'hmac', [CompletionResultType]::ParameterValue, 'HMAC of a file or stdin with a key from a SOURCE; prints hex, or checks a signature')
            [CompletionResult]::new('totp', 'totp', [CompletionResultType]::ParameterValue, 'TOTP/HOTP codes: print, verify within a window, read otpauth:// URIs, make new secrets')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Key pairs as the real tools write them: WireGuard, age, OpenSSH Ed25519')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Framework secret keys in the exact shape each framework expects (Django, Rails, ...)')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Fill, check and rotate the secrets of a .env file from a template')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a command with the variables of .env files in its environment')
            [CompletionResult]::new('redact', 'redact', [CompletionResultType]::ParameterValue, 'Mask secrets in a stream (stdin to stdout), with their base64, hex and URL encodings')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the generators and `check` over HTTP(S), with API keys, rate limits and an audit log')
            [CompletionResult]::new('serve-key', 'serve-key', [CompletionResultType]::ParameterValue, 'Mint an API key for `serve`: print it once, append its SHA-256 to the key file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish, nushell)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'secrets;help;password' {
            break
        }
        'secrets;help;passphrase' {
            break
        }
        'secrets;help;token-hex' {
            break
        }
        'secrets;help;token-urlsafe' {
            break
        }
        'secrets;help;token-bytes' {
            break
        }
        'secrets;help;otp' {
            break
        }
        'secrets;help;apikey' {
            break
        }
        'secrets;help;int' {
            break
        }
        'secrets;help;choice' {
            break
        }
        'secrets;help;uuid' {
            break
        }
        'secrets;help;ulid' {
            break
        }
        'secrets;help;nanoid' {
            break
        }
        'secrets;help;compare' {
            break
        }
        'secrets;help;check' {
            break
        }
        'secrets;help;hash' {
            break
        }
        'secrets;help;verify' {
            break
        }
        'secrets;help;hmac' {
            break
        }
        'secrets;help;totp' {
            break
        }
        'secrets;help;keygen' {
            break
        }
        'secrets;help;key' {
            break
        }
        'secrets;help;env' {
            [CompletionResult]::new('fill', 'fill', [CompletionResultType]::ParameterValue, 'Write a .env file from a template, generating the values its comments ask for')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a .env file: keys set, no placeholders or common passwords, private, git-ignored')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Regenerate keys of a .env file with their recorded generators, atomically')
            break
        }
        'secrets;help;env;fill' {
            break
        }
        'secrets;help;env;check' {
            break
        }
        'secrets;help;env;rotate' {
            break
        }
        'secrets;help;run' {
            break
        }
        'secrets;help;redact' {
            break
        }
        'secrets;help;serve' {
            break
        }
        'secrets;help;serve-key' {
            break
        }
        'secrets;help;completions' {
            break
        }
        'secrets;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
