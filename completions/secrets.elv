
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
            cand token-hex 'Random bytes as lowercase hex, like Python''s secrets.token_hex()'
            cand token-urlsafe 'Random bytes as unpadded base64url, like Python''s secrets.token_urlsafe()'
            cand token-bytes 'Raw random bytes, like Python''s secrets.token_bytes(); refuses to write to a terminal'
            cand otp 'One-time verification codes: numeric and zero-padded, or unambiguous alphanumeric'
            cand apikey 'Prefixed API keys (sk_live_...): a prefix followed by random bytes in hex'
            cand compare 'Compare two secrets in constant time; the answer is the exit status'
            cand hash 'Hash a password for storage: argon2id (default), bcrypt or scrypt'
            cand verify 'Check a password against a hash in constant time; the answer is the exit status'
            cand hmac 'HMAC of a file or stdin with a key from a SOURCE; prints hex, or checks a signature'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish, nushell)'
        }
        &'secrets;password'= {
            cand --symbols 'Use SET as the symbols instead of the 32 ASCII punctuation characters'
            cand --charset 'Use exactly these characters as the alphabet (duplicates removed; any Unicode)'
            cand -x 'Remove these characters from the alphabet'
            cand --exclude 'Remove these characters from the alphabet'
            cand -l 'Number of characters in each password'
            cand --length 'Number of characters in each password'
            cand --min-lower 'At least N lowercase letters [default: 1 if the alphabet has any]'
            cand --min-upper 'At least N uppercase letters [default: 1 if the alphabet has any]'
            cand --min-digits 'At least N digits [default: 1 if the alphabet has any]'
            cand --min-symbols 'At least N symbols [default: 1 if the alphabet has any]'
            cand -n 'Generate N secrets, one per line'
            cand --count 'Generate N secrets, one per line'
            cand -o 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --output 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --clip-timeout 'With --clip, clear the clipboard after SECONDS (0: never clear)'
            cand --no-lower 'Leave out lowercase letters (a-z)'
            cand --no-upper 'Leave out uppercase letters (A-Z)'
            cand --no-digits 'Leave out digits (0-9)'
            cand --no-symbols 'Leave out symbols (the 32 ASCII punctuation characters)'
            cand --no-ambiguous 'Remove look-alike characters: 0 O o 1 l I | '' " `'
            cand --entropy 'Also print "entropy: X bits" (log2 of the number of possible passwords) on stderr'
            cand --json 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
            cand --force 'With --output, replace FILE if it exists'
            cand --no-newline 'Do not end the output with a newline (a single secret only)'
            cand -c 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --clip 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
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
            cand -l 'Number of characters in each password'
            cand --length 'Number of characters in each password'
            cand --min-lower 'At least N lowercase letters [default: 1 if the alphabet has any]'
            cand --min-upper 'At least N uppercase letters [default: 1 if the alphabet has any]'
            cand --min-digits 'At least N digits [default: 1 if the alphabet has any]'
            cand --min-symbols 'At least N symbols [default: 1 if the alphabet has any]'
            cand -n 'Generate N secrets, one per line'
            cand --count 'Generate N secrets, one per line'
            cand -o 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --output 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --clip-timeout 'With --clip, clear the clipboard after SECONDS (0: never clear)'
            cand --no-lower 'Leave out lowercase letters (a-z)'
            cand --no-upper 'Leave out uppercase letters (A-Z)'
            cand --no-digits 'Leave out digits (0-9)'
            cand --no-symbols 'Leave out symbols (the 32 ASCII punctuation characters)'
            cand --no-ambiguous 'Remove look-alike characters: 0 O o 1 l I | '' " `'
            cand --entropy 'Also print "entropy: X bits" (log2 of the number of possible passwords) on stderr'
            cand --json 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
            cand --force 'With --output, replace FILE if it exists'
            cand --no-newline 'Do not end the output with a newline (a single secret only)'
            cand -c 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --clip 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;token-hex'= {
            cand -n 'Generate N secrets, one per line'
            cand --count 'Generate N secrets, one per line'
            cand -o 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --output 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --clip-timeout 'With --clip, clear the clipboard after SECONDS (0: never clear)'
            cand --json 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
            cand --force 'With --output, replace FILE if it exists'
            cand --no-newline 'Do not end the output with a newline (a single secret only)'
            cand -c 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --clip 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;token-urlsafe'= {
            cand -n 'Generate N secrets, one per line'
            cand --count 'Generate N secrets, one per line'
            cand -o 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --output 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --clip-timeout 'With --clip, clear the clipboard after SECONDS (0: never clear)'
            cand --json 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
            cand --force 'With --output, replace FILE if it exists'
            cand --no-newline 'Do not end the output with a newline (a single secret only)'
            cand -c 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --clip 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
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
            cand -l 'Number of characters in each code'
            cand --length 'Number of characters in each code'
            cand --digits 'Number of characters in each code'
            cand -n 'Generate N secrets, one per line'
            cand --count 'Generate N secrets, one per line'
            cand -o 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --output 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --clip-timeout 'With --clip, clear the clipboard after SECONDS (0: never clear)'
            cand --alphanumeric 'Use uppercase letters and digits without look-alikes: ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
            cand --json 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
            cand --force 'With --output, replace FILE if it exists'
            cand --no-newline 'Do not end the output with a newline (a single secret only)'
            cand -c 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --clip 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;apikey'= {
            cand --prefix 'Text before the random part; only A-Z, a-z, 0-9, ''_'' and ''-'' (may be empty)'
            cand --bytes 'Bytes of entropy, written as lowercase hex after the prefix'
            cand -n 'Generate N secrets, one per line'
            cand --count 'Generate N secrets, one per line'
            cand -o 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --output 'Write to FILE instead of standard output: created with mode 0600, atomically'
            cand --clip-timeout 'With --clip, clear the clipboard after SECONDS (0: never clear)'
            cand --json 'Print JSON Lines: one object per secret with its kind, parameters and entropy'
            cand --force 'With --output, replace FILE if it exists'
            cand --no-newline 'Do not end the output with a newline (a single secret only)'
            cand -c 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
            cand --clip 'Copy the secret to the clipboard instead of printing it; cleared after a timeout'
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
        &'secrets;hash'= {
            cand -a 'The hashing algorithm'
            cand --algorithm 'The hashing algorithm'
            cand --memory-cost 'argon2id: memory in KiB (m) [default: 65536]'
            cand --time-cost 'argon2id: passes over the memory (t) [default: 3]'
            cand --parallelism 'argon2id: lanes (p) [default: 4]; scrypt: parallelism (p) [default: 1]'
            cand --cost 'bcrypt: cost, the log2 of the rounds, 4 to 31 [default: 12]'
            cand --log-n 'scrypt: log2 of N, the CPU/memory cost; memory is 128 * r * 2^N bytes [default: 17]'
            cand --block-size 'scrypt: block size r [default: 8]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;verify'= {
            cand --needs-rehash 'Also exit 3 (and say why on stderr) when the password matches a hash weaker than the defaults of `secrets hash`'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'secrets;hmac'= {
            cand -k 'Where to read the key: env:VAR, file:PATH, fd:N, -, pass:LITERAL'
            cand --key 'Where to read the key: env:VAR, file:PATH, fd:N, -, pass:LITERAL'
            cand -a 'The hash function'
            cand --algorithm 'The hash function'
            cand -f 'How to print the HMAC'
            cand --format 'How to print the HMAC'
            cand --verify 'Compare with SIG in constant time instead of printing: exit 0 if equal, 1 if not'
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
    ]
    $completions[$command]
}
