
use builtin;
use str;

set edit:completion:arg-completer[secrets] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'secrets'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'secrets'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand password 'Generate passwords from character classes, with exclusions and per-class minimums'
            cand pw 'Generate passwords from character classes, with exclusions and per-class minimums'
            cand passphrase 'Diceware-style passphrases: words drawn uniformly from the EFF word lists or a file'
            cand pp 'Diceware-style passphrases: words drawn uniformly from the EFF word lists or a file'
            cand token-hex 'Random bytes as lowercase hex, like Python''s secrets.token_hex()'
            cand token-urlsafe 'Random bytes as unpadded base64url, like Python''s secrets.token_urlsafe()'
            cand token-bytes 'Raw random bytes, like Python''s secrets.token_bytes(); refuses to write to a terminal'
            cand otp 'One-time verification codes: numeric and zero-padded, or unambiguous alphanumeric'
            cand apikey 'Prefixed API keys (sk_live_...), optionally with GitHub''s CRC32 checksum'
            cand int 'Random integers, like Python''s secrets.randbelow() and randbits(), of any size'
            cand choice 'Choose items uniformly at random, like Python''s secrets.choice()'
            cand uuid 'Random UUIDs: version 4 (122 random bits), or time-ordered version 7. Not secrets'
            cand ulid 'Random ULIDs: a millisecond timestamp and 80 random bits, in Crockford base32'
            cand nanoid 'Nano IDs: short URL-safe IDs, each character exactly uniform over the alphabet'
            cand compare 'Compare two secrets in constant time; the answer is the exit status'
            cand check 'Check a password''s strength with zxcvbn against a policy; the answer is the exit status'
            cand hash 'Hash a password for storage: argon2id (default), bcrypt, scrypt, sha512-crypt, yescrypt'
            cand verify 'Check a password against a hash in constant time; the answer is the exit status'
            cand hmac 'HMAC of a file or stdin with a key from a SOURCE; prints hex, or checks a signature'
            cand totp 'TOTP/HOTP codes: print, verify within a window, read otpauth:// URIs, make new secrets'
            cand keygen 'Key pairs as the real tools write them: WireGuard, age, OpenSSH Ed25519'
            cand key 'Framework secret keys in the exact shape each framework expects (Django, Rails, ...)'
            cand env 'Fill, check and rotate the secrets of a .env file from a template'
            cand run 'Run a command with the variables of .env files in its environment'
            cand redact 'Mask secrets in a stream (stdin to stdout), with their base64, hex and URL encodings'
            cand serve 'Serve the generators and `check` over HTTP(S), with API keys, rate limits and an audit log'
            cand serve-key 'Mint an API key for `serve`: print it once, append its SHA-256 to the key file'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish, nushell)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'secrets;password'= {
            cand --symbols 'Use SET as the symbols instead of the 32 ASCII punctuation characters'
            cand --charset 'Use exactly these characters as the alphabet (duplicates removed; any Unicode)'
            cand -x 'Remove these characters from the alphabet'
            cand --exclude 'Remove these characters from the alphabet'
            cand -l 'Number of characters in each password [default: 20; with --rules, the rules'' maxlength, else 20 moved into their range]'
            cand --length 'Number of characters in each password [default: 20; with --rules, the rules'' maxlength, else 20 moved into their range]'
            cand --bits 'Size by entropy: the shortest length whose exact entropy is at least N bits (at most 1024)'
            cand --rules 'Satisfy a website''s password rules (Apple''s passwordrules language) instead of the character-class options'
            cand --min-lower 'At least N lowercase letters [default: 1 if the alphabet has any]'
            cand --min-upper 'At least N uppercase letters [default: 1 if the alphabet has any]'
            cand --min-digits 'At least N digits [default: 1 if the alphabet has any]'
            cand --min-symbols 'At least N symbols [default: 1 if the alphabet has any]'
            cand -n 'Generate N secrets, one per line'
            cand --count 'Generate N secrets, one per line'
            cand -o 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --output 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --escape 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)'
            cand --clip-timeout 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]'
            cand --github-output 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout'
            cand --github-env 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout'
            cand --no-lower 'Leave out lowercase letters (a-z)'
            cand --no-upper 'Leave out uppercase letters (A-Z)'
            cand --no-digits 'Leave out digits (0-9)'
            cand --no-symbols 'Leave out symbols (the 32 ASCII punctuation characters)'
            cand --no-ambiguous 'Remove look-alike characters: 0 O o 1 l I | '' " `'
            cand --entropy 'Also print "entropy: X bits" (log2 of the number of possible passwords) on stderr'
            cand --force 'With --output, replace FILE if it exists'
            cand --no-newline 'Do not end the output with a newline (a single secret only)'
            cand -c 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --clip 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --mask 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
            cand --json 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;pw'= {
            cand --symbols 'Use SET as the symbols instead of the 32 ASCII punctuation characters'
            cand --charset 'Use exactly these characters as the alphabet (duplicates removed; any Unicode)'
            cand -x 'Remove these characters from the alphabet'
            cand --exclude 'Remove these characters from the alphabet'
            cand -l 'Number of characters in each password [default: 20; with --rules, the rules'' maxlength, else 20 moved into their range]'
            cand --length 'Number of characters in each password [default: 20; with --rules, the rules'' maxlength, else 20 moved into their range]'
            cand --bits 'Size by entropy: the shortest length whose exact entropy is at least N bits (at most 1024)'
            cand --rules 'Satisfy a website''s password rules (Apple''s passwordrules language) instead of the character-class options'
            cand --min-lower 'At least N lowercase letters [default: 1 if the alphabet has any]'
            cand --min-upper 'At least N uppercase letters [default: 1 if the alphabet has any]'
            cand --min-digits 'At least N digits [default: 1 if the alphabet has any]'
            cand --min-symbols 'At least N symbols [default: 1 if the alphabet has any]'
            cand -n 'Generate N secrets, one per line'
            cand --count 'Generate N secrets, one per line'
            cand -o 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --output 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --escape 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)'
            cand --clip-timeout 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]'
            cand --github-output 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout'
            cand --github-env 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout'
            cand --no-lower 'Leave out lowercase letters (a-z)'
            cand --no-upper 'Leave out uppercase letters (A-Z)'
            cand --no-digits 'Leave out digits (0-9)'
            cand --no-symbols 'Leave out symbols (the 32 ASCII punctuation characters)'
            cand --no-ambiguous 'Remove look-alike characters: 0 O o 1 l I | '' " `'
            cand --entropy 'Also print "entropy: X bits" (log2 of the number of possible passwords) on stderr'
            cand --force 'With --output, replace FILE if it exists'
            cand --no-newline 'Do not end the output with a newline (a single secret only)'
            cand -c 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --clip 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --mask 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
            cand --json 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;passphrase'= {
            cand -w 'Number of words in each passphrase [default: 6]'
            cand --words 'Number of words in each passphrase [default: 6]'
            cand --bits 'Size by entropy: the shortest number of words whose exact entropy is at least N bits'
            cand -s 'Text between the words (may be empty)'
            cand --separator 'Text between the words (may be empty)'
            cand --capitalize 'Capitalise words: none, first (a bare --capitalize), all, or random (each word or its capitalised form, uniformly)'
            cand --min-word-length 'Use only the list''s words of at least N characters'
            cand --max-word-length 'Use only the list''s words of at most N characters'
            cand --wordlist 'The word list: eff-large, eff-short, eff-short2, or a file with one word per line'
            cand -n 'Generate N secrets, one per line'
            cand --count 'Generate N secrets, one per line'
            cand -o 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --output 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --escape 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)'
            cand --clip-timeout 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]'
            cand --github-output 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout'
            cand --github-env 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout'
            cand --digit 'Append one random digit to one randomly chosen word (adds log2(10 * words) bits)'
            cand --number 'Append one random digit to one randomly chosen word (adds log2(10 * words) bits)'
            cand --symbol 'Append one random symbol (one of !#$%&*+=?@) to one randomly chosen word (adds log2(10 * words) bits)'
            cand --entropy 'Also print "entropy: X bits" (log2 of the number of possible passphrases) on stderr'
            cand --force 'With --output, replace FILE if it exists'
            cand --no-newline 'Do not end the output with a newline (a single secret only)'
            cand -c 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --clip 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --mask 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
            cand --json 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;pp'= {
            cand -w 'Number of words in each passphrase [default: 6]'
            cand --words 'Number of words in each passphrase [default: 6]'
            cand --bits 'Size by entropy: the shortest number of words whose exact entropy is at least N bits'
            cand -s 'Text between the words (may be empty)'
            cand --separator 'Text between the words (may be empty)'
            cand --capitalize 'Capitalise words: none, first (a bare --capitalize), all, or random (each word or its capitalised form, uniformly)'
            cand --min-word-length 'Use only the list''s words of at least N characters'
            cand --max-word-length 'Use only the list''s words of at most N characters'
            cand --wordlist 'The word list: eff-large, eff-short, eff-short2, or a file with one word per line'
            cand -n 'Generate N secrets, one per line'
            cand --count 'Generate N secrets, one per line'
            cand -o 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --output 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --escape 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)'
            cand --clip-timeout 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]'
            cand --github-output 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout'
            cand --github-env 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout'
            cand --digit 'Append one random digit to one randomly chosen word (adds log2(10 * words) bits)'
            cand --number 'Append one random digit to one randomly chosen word (adds log2(10 * words) bits)'
            cand --symbol 'Append one random symbol (one of !#$%&*+=?@) to one randomly chosen word (adds log2(10 * words) bits)'
            cand --entropy 'Also print "entropy: X bits" (log2 of the number of possible passphrases) on stderr'
            cand --force 'With --output, replace FILE if it exists'
            cand --no-newline 'Do not end the output with a newline (a single secret only)'
            cand -c 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --clip 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --mask 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
            cand --json 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;token-hex'= {
            cand --bits 'Size by entropy: the shortest token (whole bytes) whose exact entropy is at least N bits'
            cand -n 'Generate N secrets, one per line'
            cand --count 'Generate N secrets, one per line'
            cand -o 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --output 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --escape 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)'
            cand --clip-timeout 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]'
            cand --github-output 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout'
            cand --github-env 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout'
            cand --entropy 'Also print "entropy: X bits" and the size chosen on stderr'
            cand --force 'With --output, replace FILE if it exists'
            cand --no-newline 'Do not end the output with a newline (a single secret only)'
            cand -c 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --clip 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --mask 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
            cand --json 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;token-urlsafe'= {
            cand --bits 'Size by entropy: the shortest token (whole bytes) whose exact entropy is at least N bits'
            cand -n 'Generate N secrets, one per line'
            cand --count 'Generate N secrets, one per line'
            cand -o 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --output 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --escape 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)'
            cand --clip-timeout 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]'
            cand --github-output 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout'
            cand --github-env 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout'
            cand --entropy 'Also print "entropy: X bits" and the size chosen on stderr'
            cand --force 'With --output, replace FILE if it exists'
            cand --no-newline 'Do not end the output with a newline (a single secret only)'
            cand -c 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --clip 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --mask 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
            cand --json 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;token-bytes'= {
            cand -n 'Write NBYTES N times (N*NBYTES bytes in all, no separators)'
            cand --count 'Write NBYTES N times (N*NBYTES bytes in all, no separators)'
            cand -o 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --output 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --force 'With --output, replace FILE if it exists'
            cand -c 'Refused: the clipboard holds text, not raw bytes (use token-hex or token-urlsafe)'
            cand --clip 'Refused: the clipboard holds text, not raw bytes (use token-hex or token-urlsafe)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;otp'= {
            cand -l 'Number of characters in each code [default: 6]'
            cand --length 'Number of characters in each code [default: 6]'
            cand --digits 'Number of characters in each code [default: 6]'
            cand --bits 'Size by entropy: the shortest code whose exact entropy is at least N bits'
            cand -n 'Generate N secrets, one per line'
            cand --count 'Generate N secrets, one per line'
            cand -o 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --output 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --escape 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)'
            cand --clip-timeout 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]'
            cand --github-output 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout'
            cand --github-env 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout'
            cand --alphanumeric 'Use uppercase letters and digits without look-alikes: ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
            cand --entropy 'Also print "entropy: X bits" and the size chosen on stderr'
            cand --force 'With --output, replace FILE if it exists'
            cand --no-newline 'Do not end the output with a newline (a single secret only)'
            cand -c 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --clip 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --mask 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
            cand --json 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;apikey'= {
            cand --prefix 'Text before the random part; only A-Z, a-z, 0-9, ''_'' and ''-'' (may be empty) [default: sk_live_]'
            cand --bytes 'Bytes of entropy in the random part [default: 32]'
            cand --encoding 'How the random part is written [default: hex; base62 with --checksum]'
            cand --bits 'Size by entropy: the shortest random part (hex: whole bytes; base62: characters) whose exact entropy is at least N bits'
            cand --verify 'Check the checksum of the key read from SOURCE: exit 0 if valid, 1 if not (and why, on standard error)'
            cand -n 'Generate N secrets, one per line'
            cand --count 'Generate N secrets, one per line'
            cand -o 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --output 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --escape 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)'
            cand --clip-timeout 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]'
            cand --github-output 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout'
            cand --github-env 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout'
            cand --checksum 'GitHub''s token shape: 30 random base62 characters and a 6-character CRC32 checksum'
            cand --entropy 'Also print "entropy: X bits" and the size chosen on stderr'
            cand -q 'With --verify, say nothing on standard error when the key is invalid'
            cand --quiet 'With --verify, say nothing on standard error when the key is invalid'
            cand --force 'With --output, replace FILE if it exists'
            cand --no-newline 'Do not end the output with a newline (a single secret only)'
            cand -c 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --clip 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --mask 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
            cand --json 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;int'= {
            cand --below 'A uniform integer 0 <= x < N, like Python''s secrets.randbelow(N)'
            cand --range 'A uniform integer A <= x < B, like Python''s randrange(A, B); A and B may be negative'
            cand --bits 'A uniform integer 0 <= x < 2^K (K random bits), like Python''s secrets.randbits(K)'
            cand -n 'Generate N secrets, one per line'
            cand --count 'Generate N secrets, one per line'
            cand -o 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --output 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --escape 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)'
            cand --clip-timeout 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]'
            cand --github-output 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout'
            cand --github-env 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout'
            cand --force 'With --output, replace FILE if it exists'
            cand --no-newline 'Do not end the output with a newline (a single secret only)'
            cand -c 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --clip 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --mask 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
            cand --json 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;choice'= {
            cand -n 'Generate N secrets, one per line'
            cand --count 'Generate N secrets, one per line'
            cand -o 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --output 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --escape 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)'
            cand --clip-timeout 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]'
            cand --github-output 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout'
            cand --github-env 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout'
            cand -u 'Draw without replacement: the --count items are all different'
            cand --unique 'Draw without replacement: the --count items are all different'
            cand --force 'With --output, replace FILE if it exists'
            cand --no-newline 'Do not end the output with a newline (a single secret only)'
            cand -c 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --clip 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --mask 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
            cand --json 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;uuid'= {
            cand -n 'Generate N secrets, one per line'
            cand --count 'Generate N secrets, one per line'
            cand -o 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --output 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --escape 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)'
            cand --clip-timeout 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]'
            cand --github-output 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout'
            cand --github-env 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout'
            cand --v7 'Version 7: a millisecond timestamp, then 74 random bits (sorts by time)'
            cand --v4 'Version 4: 122 random bits (the default)'
            cand --json 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
            cand --force 'With --output, replace FILE if it exists'
            cand --no-newline 'Do not end the output with a newline (a single secret only)'
            cand -c 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --clip 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --mask 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;ulid'= {
            cand -n 'Generate N secrets, one per line'
            cand --count 'Generate N secrets, one per line'
            cand -o 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --output 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --escape 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)'
            cand --clip-timeout 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]'
            cand --github-output 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout'
            cand --github-env 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout'
            cand --json 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
            cand --force 'With --output, replace FILE if it exists'
            cand --no-newline 'Do not end the output with a newline (a single secret only)'
            cand -c 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --clip 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --mask 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;nanoid'= {
            cand --size 'Characters in each ID'
            cand --alphabet 'The characters to draw from, each listed once [default: A-Za-z0-9_-]'
            cand -n 'Generate N secrets, one per line'
            cand --count 'Generate N secrets, one per line'
            cand -o 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --output 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --escape 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)'
            cand --clip-timeout 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]'
            cand --github-output 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout'
            cand --github-env 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout'
            cand --json 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
            cand --force 'With --output, replace FILE if it exists'
            cand --no-newline 'Do not end the output with a newline (a single secret only)'
            cand -c 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --clip 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --mask 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;compare'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;check'= {
            cand --min-length 'The password must have at least N characters'
            cand --min-score 'zxcvbn''s score (0 to 4) must be at least N'
            cand --rules 'Check against a website''s password rules (Apple''s passwordrules language) instead of the strength policy: exit 0 if the password satisfies every rule, 1 if not'
            cand --hibp-file 'Look the password up in the downloaded Pwned Passwords file (SHA-1, ordered by hash); nothing leaves the machine'
            cand --hibp-url 'The range API''s base URL (https://, or http:// to a loopback address) [default: https://api.pwnedpasswords.com]'
            cand --hibp-timeout 'Seconds allowed to connect and to get the whole answer [default: 10]'
            cand --json 'Print the verdict and the estimate as one JSON object'
            cand --breached 'Also fail if Have I Been Pwned has seen the password in a data breach (with --hibp-file PATH or --hibp)'
            cand --hibp 'Ask the Pwned Passwords range API: only the first 5 hex digits of the password''s SHA-1 are sent'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;hash'= {
            cand -a 'The hashing algorithm'
            cand --algorithm 'The hashing algorithm'
            cand --memory-cost 'argon2id: memory in KiB (m) [default: 65536]'
            cand --time-cost 'argon2id: passes over the memory (t) [default: 3]'
            cand --parallelism 'argon2id: lanes (p) [default: 4]; scrypt: parallelism (p) [default: 1]'
            cand --cost 'bcrypt: cost, the log2 of the rounds, 4 to 31 [default: 12]'
            cand --log-n 'scrypt: log2 of N, the CPU/memory cost; memory is 128 * r * 2^N bytes [default: 17]'
            cand --block-size 'scrypt: block size r [default: 8]'
            cand --rounds 'sha512-crypt: rounds, 1000 to 999999999 [default: 5000]'
            cand --format 'How to print the hash: the bare hash, or an htpasswd line `USER:HASH` (bcrypt $2y$)'
            cand --user 'With --format htpasswd: the user name (no '':'' and no control characters)'
            cand --escape 'Escape the output for a file format: compose writes ''$'' as ''$$'' (docker-compose)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;verify'= {
            cand --needs-rehash 'Also exit 3 (and say why on stderr) when the password matches a hash weaker than the defaults of `secrets hash`'
            cand -q 'Say nothing on standard error when the password is wrong'
            cand --quiet 'Say nothing on standard error when the password is wrong'
            cand --allow-expensive 'Verify a hash you trust even if its work is above 64 times our default for its algorithm (the 4 GiB memory cap stays)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;hmac'= {
            cand -k 'Where to read the key: env:VAR, file:PATH, fd:N, -, pass:VALUE'
            cand --key 'Where to read the key: env:VAR, file:PATH, fd:N, -, pass:VALUE'
            cand -a 'The hash function'
            cand --algorithm 'The hash function'
            cand -f 'How to print the HMAC'
            cand --format 'How to print the HMAC'
            cand --verify 'Compare with SIG in constant time instead of printing: exit 0 if equal, 1 if not'
            cand -q 'With --verify, say nothing on standard error when the signature is wrong'
            cand --quiet 'With --verify, say nothing on standard error when the signature is wrong'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;totp'= {
            cand --uri 'Read an otpauth:// URI from SOURCE (it holds the secret) and take the secret, issuer, algorithm, digits, period (and an HOTP URI''s counter) from it'
            cand -d 'Digits in each code'
            cand --digits 'Digits in each code'
            cand --period 'Seconds each TOTP code is valid'
            cand -a 'The HMAC hash function'
            cand --algorithm 'The HMAC hash function'
            cand --at 'The code at TIME instead of now: Unix seconds or RFC 3339 (2009-02-13T23:31:30Z)'
            cand --time 'The code at TIME instead of now: Unix seconds or RFC 3339 (2009-02-13T23:31:30Z)'
            cand --counter 'The HOTP code (RFC 4226) for this counter instead of a TOTP code'
            cand --verify 'Check CODE instead of printing one: exit 0 if it is the code of a step within --window of now (of --counter and the steps after it for HOTP), 1 if not'
            cand --window 'With --verify: accept codes up to N steps before or after now (HOTP: N counters ahead). Every code in the window is compared, in constant time'
            cand --fresh 'If fewer than S seconds are left in the current step, wait for the next step and print its code (with --at, no waiting: the code of the next step)'
            cand --issuer 'With --new: the issuer shown by authenticator apps'
            cand --account 'With --new: the account name shown by authenticator apps'
            cand -o 'With --new: write the secret and URI (or the JSON) to FILE instead of standard output: created with mode 0600, atomically; no QR code is drawn'
            cand --output 'With --new: write the secret and URI (or the JSON) to FILE instead of standard output: created with mode 0600, atomically; no QR code is drawn'
            cand --remaining 'Print the seconds left in the current step (1 to the period) instead of a code'
            cand --new 'Make a new 160-bit secret and print it with its otpauth:// URI (and a QR code on a terminal wide enough for it)'
            cand --force 'With --output, replace FILE if it exists'
            cand --json 'Print one JSON object: code, kind, counter, digits, algorithm, and for TOTP period, time and remaining_seconds (and issuer, account from --uri); with --verify match, offset and counter; with --new secret, uri, algorithm, digits, period, and issuer and account when given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;keygen'= {
            cand -y 'Read a private key from SOURCE and print its public key instead of generating one'
            cand --pub 'Read a private key from SOURCE and print its public key instead of generating one'
            cand --public 'Read a private key from SOURCE and print its public key instead of generating one'
            cand -C 'ssh-ed25519: the comment at the end of the .pub line [default: none]'
            cand --comment 'ssh-ed25519: the comment at the end of the .pub line [default: none]'
            cand --passphrase 'ssh-ed25519: encrypt the new key (or decrypt the key read by --pub) with the passphrase read from SOURCE'
            cand -o 'Write to FILE instead of standard output: created with mode 0600, atomically (ssh-ed25519 also writes FILE.pub)'
            cand --output 'Write to FILE instead of standard output: created with mode 0600, atomically (ssh-ed25519 also writes FILE.pub)'
            cand --fingerprint 'ssh-ed25519 with --pub: print the fingerprint line `ssh-keygen -l` prints instead'
            cand --force 'With --output, replace FILE (and FILE.pub) if they exist'
            cand --json 'Print one JSON object: "secret", "public", "kind", "entropy_bits", and per kind "fingerprint", "created", "encrypted"'
            cand --show 'Print a private key even when standard output is a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;key'= {
            cand --for 'The framework whose secret key to make'
            cand -n 'Generate N secrets, one per line'
            cand --count 'Generate N secrets, one per line'
            cand -o 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --output 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --escape 'Escape each secret for a file format: compose writes ''$'' as ''$$'' (docker-compose)'
            cand --clip-timeout 'With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]'
            cand --github-output 'In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout'
            cand --github-env 'In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout'
            cand --list 'Print the presets and their formats'
            cand --json 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
            cand --force 'With --output, replace FILE if it exists'
            cand --no-newline 'Do not end the output with a newline (a single secret only)'
            cand -c 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --clip 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --mask 'When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;env'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand fill 'Write a .env file from a template, generating the values its comments ask for'
            cand check 'Check a .env file: keys set, no placeholders or common passwords, private, git-ignored'
            cand rotate 'Regenerate keys of a .env file with their recorded generators, atomically'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'secrets;env;fill'= {
            cand -o 'The file to write [default: .env beside TEMPLATE]'
            cand --output 'The file to write [default: .env beside TEMPLATE]'
            cand --spec 'Generate KEY with SPEC, a generator command line (overrides the template''s comment)'
            cand --format 'The dialect of the written values'
            cand --escape 'Escape values for a consumer that interpolates them'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;env;check'= {
            cand --template 'The template whose keys FILE must set [default: FILE.example if it exists]'
            cand --format 'The dialect FILE is written in [default: the one its text uses]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;env;rotate'= {
            cand --template 'A template whose `# secrets:` comments give generators [default: FILE.example if it exists]'
            cand --spec 'Generate KEY with SPEC, a generator command line'
            cand --format 'The dialect FILE is written in [default: the one its text uses]'
            cand --escape 'Escape values for a consumer that interpolates them'
            cand --keep-previous 'Also write KEY_PREVIOUS with the old value'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;env;help'= {
            cand fill 'Write a .env file from a template, generating the values its comments ask for'
            cand check 'Check a .env file: keys set, no placeholders or common passwords, private, git-ignored'
            cand rotate 'Regenerate keys of a .env file with their recorded generators, atomically'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'secrets;env;help;fill'= {
        }
        &'secrets;env;help;check'= {
        }
        &'secrets;env;help;rotate'= {
        }
        &'secrets;env;help;help'= {
        }
        &'secrets;run'= {
            cand --env-file 'Add the variables of FILE (repeatable; later files win) [default: .env]'
            cand --format 'The dialect the files are written in [default: the one each text uses; a text the two dialects would read differently is refused]'
            cand --mask 'Pass COMMAND''s stdout and stderr through the redactor, masking every value'
            cand --label 'With --mask, write <redacted:KEY> instead of ***'
            cand --override 'The files'' values replace variables the environment already has (by default the environment wins, as in python-dotenv and Node''s dotenv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;redact'= {
            cand --env-file 'Also mask every value of FILE (repeatable)'
            cand --format 'The dialect the --env-file files are written in [default: mask the values of every dialect that reads the text]'
            cand --detect 'Also mask checkable credentials by pattern (checksummed keys, GitHub tokens, AWS key ids, PEM private keys, JWTs)'
            cand --label 'Write <redacted:NAME> (the variable, key or pattern) instead of ***'
            cand --line-buffered 'Flush after each line, even when standard output is not a terminal'
            cand --allow-short 'Accept secrets shorter than 6 bytes'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;serve'= {
            cand --bind 'Listen on this address (or host name) and port (port 0: any free port); a host name is resolved at start-up and its first address used'
            cand --tls-cert 'Serve HTTPS with this PEM certificate chain (with --tls-key)'
            cand --tls-key 'The PEM private key of --tls-cert'
            cand --api-keys 'Require `Authorization: Bearer KEY` with a key whose hash is in FILE (see serve-key)'
            cand --cors-origin 'Allow browser requests from this origin (CORS); repeat for more. Default: no CORS'
            cand --rate-limit 'Requests per minute per client (per key, else per address); 0 turns limiting off'
            cand --rate-limit-burst 'Requests a client may make at once [default: the per-minute rate]'
            cand --rate-limit-redis 'Share the limit between replicas through this Redis (redis://HOST:PORT/DB); a URL with a password belongs in the environment variable, not on the command line'
            cand --trust-proxy 'Believe X-Forwarded-For from proxies in this network (CIDR or address); repeatable'
            cand --ipv6-prefix 'IPv6 clients are one client per this many leading bits of their address, for the rate limit and the connection cap (a subscriber usually holds a whole /64)'
            cand --audit-log 'Append the audit log (JSON Lines) to FILE, created 0600 [default: standard error]'
            cand --max-connections 'Open connections at most; more wait in the kernel''s queue'
            cand --max-connections-per-client 'Open connections from one client address at most (IPv6 by --ipv6-prefix); more are closed at once, so one client cannot hold every connection (slowloris). 0: no cap. Behind a proxy every connection comes from the proxy: raise it or use 0'
            cand --threads 'Worker threads [default: one per CPU]'
            cand --shutdown-grace 'On SIGTERM or SIGINT, give requests in flight this long to finish'
            cand --insecure-http 'Allow plain HTTP on an address that is not loopback (behind a TLS-terminating proxy)'
            cand --metrics-public 'With --api-keys, serve /metrics without a key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;serve-key'= {
            cand --api-keys 'The key file of `serve --api-keys`; created 0600 if missing'
            cand --name 'A name for the key in FILE (who or what uses it): A-Z a-z 0-9 . _ @ -'
            cand --prefix 'The key''s prefix'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;completions'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;help'= {
            cand password 'Generate passwords from character classes, with exclusions and per-class minimums'
            cand passphrase 'Diceware-style passphrases: words drawn uniformly from the EFF word lists or a file'
            cand token-hex 'Random bytes as lowercase hex, like Python''s secrets.token_hex()'
            cand token-urlsafe 'Random bytes as unpadded base64url, like Python''s secrets.token_urlsafe()'
            cand token-bytes 'Raw random bytes, like Python''s secrets.token_bytes(); refuses to write to a terminal'
            cand otp 'One-time verification codes: numeric and zero-padded, or unambiguous alphanumeric'
            cand apikey 'Prefixed API keys (sk_live_...), optionally with GitHub''s CRC32 checksum'
            cand int 'Random integers, like Python''s secrets.randbelow() and randbits(), of any size'
            cand choice 'Choose items uniformly at random, like Python''s secrets.choice()'
            cand uuid 'Random UUIDs: version 4 (122 random bits), or time-ordered version 7. Not secrets'
            cand ulid 'Random ULIDs: a millisecond timestamp and 80 random bits, in Crockford base32'
            cand nanoid 'Nano IDs: short URL-safe IDs, each character exactly uniform over the alphabet'
            cand compare 'Compare two secrets in constant time; the answer is the exit status'
            cand check 'Check a password''s strength with zxcvbn against a policy; the answer is the exit status'
            cand hash 'Hash a password for storage: argon2id (default), bcrypt, scrypt, sha512-crypt, yescrypt'
            cand verify 'Check a password against a hash in constant time; the answer is the exit status'
            cand hmac 'HMAC of a file or stdin with a key from a SOURCE; prints hex, or checks a signature'
            cand totp 'TOTP/HOTP codes: print, verify within a window, read otpauth:// URIs, make new secrets'
            cand keygen 'Key pairs as the real tools write them: WireGuard, age, OpenSSH Ed25519'
            cand key 'Framework secret keys in the exact shape each framework expects (Django, Rails, ...)'
            cand env 'Fill, check and rotate the secrets of a .env file from a template'
            cand run 'Run a command with the variables of .env files in its environment'
            cand redact 'Mask secrets in a stream (stdin to stdout), with their base64, hex and URL encodings'
            cand serve 'Serve the generators and `check` over HTTP(S), with API keys, rate limits and an audit log'
            cand serve-key 'Mint an API key for `serve`: print it once, append its SHA-256 to the key file'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish, nushell)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'secrets;help;password'= {
        }
        &'secrets;help;passphrase'= {
        }
        &'secrets;help;token-hex'= {
        }
        &'secrets;help;token-urlsafe'= {
        }
        &'secrets;help;token-bytes'= {
        }
        &'secrets;help;otp'= {
        }
        &'secrets;help;apikey'= {
        }
        &'secrets;help;int'= {
        }
        &'secrets;help;choice'= {
        }
        &'secrets;help;uuid'= {
        }
        &'secrets;help;ulid'= {
        }
        &'secrets;help;nanoid'= {
        }
        &'secrets;help;compare'= {
        }
        &'secrets;help;check'= {
        }
        &'secrets;help;hash'= {
        }
        &'secrets;help;verify'= {
        }
        &'secrets;help;hmac'= {
        }
        &'secrets;help;totp'= {
        }
        &'secrets;help;keygen'= {
        }
        &'secrets;help;key'= {
        }
        &'secrets;help;env'= {
            cand fill 'Write a .env file from a template, generating the values its comments ask for'
            cand check 'Check a .env file: keys set, no placeholders or common passwords, private, git-ignored'
            cand rotate 'Regenerate keys of a .env file with their recorded generators, atomically'
        }
        &'secrets;help;env;fill'= {
        }
        &'secrets;help;env;check'= {
        }
        &'secrets;help;env;rotate'= {
        }
        &'secrets;help;run'= {
        }
        &'secrets;help;redact'= {
        }
        &'secrets;help;serve'= {
        }
        &'secrets;help;serve-key'= {
        }
        &'secrets;help;completions'= {
        }
        &'secrets;help;help'= {
        }
    ]
    $completions[$command]
}
