module completions {

  # Generate passwords, passphrases, tokens, one-time codes, API keys and random numbers from the OS CSPRNG
  export extern secrets [
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete secrets password escape" [] {
    [ "compose" ]
  }

  # Generate passwords from character classes, with exclusions and per-class minimums
  export extern "secrets password" [
    --no-lower                # Leave out lowercase letters (a-z)
    --no-upper                # Leave out uppercase letters (A-Z)
    --no-digits               # Leave out digits (0-9)
    --no-symbols              # Leave out symbols (the 32 ASCII punctuation characters)
    --symbols: string         # Use SET as the symbols instead of the 32 ASCII punctuation characters
    --charset: string         # Use exactly these characters as the alphabet (duplicates removed; any Unicode)
    --exclude(-x): string     # Remove these characters from the alphabet
    --no-ambiguous            # Remove look-alike characters: 0 O o 1 l I | ' " `
    --length(-l): string      # Number of characters in each password [default: 20; with --rules, the rules' maxlength, else 20 moved into their range]
    --bits: string            # Size by entropy: the shortest length whose exact entropy is at least N bits (at most 1024)
    --rules: string           # Satisfy a website's password rules (Apple's passwordrules language) instead of the character-class options
    --min-lower: string       # At least N lowercase letters [default: 1 if the alphabet has any]
    --min-upper: string       # At least N uppercase letters [default: 1 if the alphabet has any]
    --min-digits: string      # At least N digits [default: 1 if the alphabet has any]
    --min-symbols: string     # At least N symbols [default: 1 if the alphabet has any]
    --entropy                 # Also print "entropy: X bits" (log2 of the number of possible passwords) on stderr
    --count(-n): string       # Generate N secrets, one per line
    --output(-o): path        # Write to FILE instead of standard output: created with mode 0600, atomically
    --force                   # With --output, replace FILE if it exists
    --no-newline              # Do not end the output with a newline (a single secret only)
    --escape: string@"nu-complete secrets password escape" # Escape each secret for a file format: compose writes '$' as '$$' (docker-compose)
    --clip(-c)                # Copy the secret to the clipboard instead of printing it; cleared after a timeout
    --clip-timeout: string    # With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]
    --github-output: string   # In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout
    --github-env: string      # In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout
    --mask                    # When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first
    --json                    # Print JSON Lines: one object per secret with its kind, parameters and entropy
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    length_operand?: string   # The length as an operand, as pwgen takes it: `secrets password 32` is `-l 32`
  ]

  def "nu-complete secrets passphrase capitalize" [] {
    [ "none" "first" "all" "random" ]
  }

  def "nu-complete secrets passphrase escape" [] {
    [ "compose" ]
  }

  # Diceware-style passphrases: words drawn uniformly from the EFF word lists or a file
  export extern "secrets passphrase" [
    --words(-w): string       # Number of words in each passphrase [default: 6]
    --bits: string            # Size by entropy: the shortest number of words whose exact entropy is at least N bits
    --separator(-s): string   # Text between the words (may be empty)
    --capitalize: string@"nu-complete secrets passphrase capitalize" # Capitalise words: none, first (a bare --capitalize), all, or random (each word or its capitalised form, uniformly)
    --digit                   # Append one random digit to one randomly chosen word (adds log2(10 * words) bits)
    --number                  # Append one random digit to one randomly chosen word (adds log2(10 * words) bits)
    --symbol                  # Append one random symbol (one of !#$%&*+=?@) to one randomly chosen word (adds log2(10 * words) bits)
    --min-word-length: string # Use only the list's words of at least N characters
    --max-word-length: string # Use only the list's words of at most N characters
    --wordlist: path          # The word list: eff-large, eff-short, eff-short2, or a file with one word per line
    --entropy                 # Also print "entropy: X bits" (log2 of the number of possible passphrases) on stderr
    --count(-n): string       # Generate N secrets, one per line
    --output(-o): path        # Write to FILE instead of standard output: created with mode 0600, atomically
    --force                   # With --output, replace FILE if it exists
    --no-newline              # Do not end the output with a newline (a single secret only)
    --escape: string@"nu-complete secrets passphrase escape" # Escape each secret for a file format: compose writes '$' as '$$' (docker-compose)
    --clip(-c)                # Copy the secret to the clipboard instead of printing it; cleared after a timeout
    --clip-timeout: string    # With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]
    --github-output: string   # In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout
    --github-env: string      # In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout
    --mask                    # When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first
    --json                    # Print JSON Lines: one object per secret with its kind, parameters and entropy
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    words_operand?: string    # The number of words as an operand: `secrets passphrase 8` is `-w 8`
  ]

  def "nu-complete secrets token-hex escape" [] {
    [ "compose" ]
  }

  # Random bytes as lowercase hex, like Python's secrets.token_hex()
  export extern "secrets token-hex" [
    --bits: string            # Size by entropy: the shortest token (whole bytes) whose exact entropy is at least N bits
    --entropy                 # Also print "entropy: X bits" and the size chosen on stderr
    --count(-n): string       # Generate N secrets, one per line
    --output(-o): path        # Write to FILE instead of standard output: created with mode 0600, atomically
    --force                   # With --output, replace FILE if it exists
    --no-newline              # Do not end the output with a newline (a single secret only)
    --escape: string@"nu-complete secrets token-hex escape" # Escape each secret for a file format: compose writes '$' as '$$' (docker-compose)
    --clip(-c)                # Copy the secret to the clipboard instead of printing it; cleared after a timeout
    --clip-timeout: string    # With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]
    --github-output: string   # In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout
    --github-env: string      # In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout
    --mask                    # When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first
    --json                    # Print JSON Lines: one object per secret with its kind, parameters and entropy
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    nbytes?: string           # Bytes of entropy in each token [default: 32]
  ]

  def "nu-complete secrets token-urlsafe escape" [] {
    [ "compose" ]
  }

  # Random bytes as unpadded base64url, like Python's secrets.token_urlsafe()
  export extern "secrets token-urlsafe" [
    --bits: string            # Size by entropy: the shortest token (whole bytes) whose exact entropy is at least N bits
    --entropy                 # Also print "entropy: X bits" and the size chosen on stderr
    --count(-n): string       # Generate N secrets, one per line
    --output(-o): path        # Write to FILE instead of standard output: created with mode 0600, atomically
    --force                   # With --output, replace FILE if it exists
    --no-newline              # Do not end the output with a newline (a single secret only)
    --escape: string@"nu-complete secrets token-urlsafe escape" # Escape each secret for a file format: compose writes '$' as '$$' (docker-compose)
    --clip(-c)                # Copy the secret to the clipboard instead of printing it; cleared after a timeout
    --clip-timeout: string    # With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]
    --github-output: string   # In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout
    --github-env: string      # In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout
    --mask                    # When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first
    --json                    # Print JSON Lines: one object per secret with its kind, parameters and entropy
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    nbytes?: string           # Bytes of entropy in each token [default: 32]
  ]

  # Raw random bytes, like Python's secrets.token_bytes(); refuses to write to a terminal
  export extern "secrets token-bytes" [
    --count(-n): string       # Write NBYTES N times (N*NBYTES bytes in all, no separators)
    --output(-o): path        # Write to FILE instead of standard output: created with mode 0600, atomically
    --force                   # With --output, replace FILE if it exists
    --clip(-c)                # Refused: the clipboard holds text, not raw bytes (use token-hex or token-urlsafe)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    nbytes?: string           # Number of random bytes
  ]

  def "nu-complete secrets otp escape" [] {
    [ "compose" ]
  }

  # One-time verification codes: numeric and zero-padded, or unambiguous alphanumeric
  export extern "secrets otp" [
    --length(-l): string      # Number of characters in each code [default: 6]
    --digits: string          # Number of characters in each code [default: 6]
    --bits: string            # Size by entropy: the shortest code whose exact entropy is at least N bits
    --alphanumeric            # Use uppercase letters and digits without look-alikes: ABCDEFGHJKLMNPQRSTUVWXYZ23456789
    --entropy                 # Also print "entropy: X bits" and the size chosen on stderr
    --count(-n): string       # Generate N secrets, one per line
    --output(-o): path        # Write to FILE instead of standard output: created with mode 0600, atomically
    --force                   # With --output, replace FILE if it exists
    --no-newline              # Do not end the output with a newline (a single secret only)
    --escape: string@"nu-complete secrets otp escape" # Escape each secret for a file format: compose writes '$' as '$$' (docker-compose)
    --clip(-c)                # Copy the secret to the clipboard instead of printing it; cleared after a timeout
    --clip-timeout: string    # With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]
    --github-output: string   # In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout
    --github-env: string      # In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout
    --mask                    # When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first
    --json                    # Print JSON Lines: one object per secret with its kind, parameters and entropy
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    length_operand?: string   # The length as an operand: `secrets otp 8` is `-l 8`
  ]

  def "nu-complete secrets apikey encoding" [] {
    [ "hex" "base62" ]
  }

  def "nu-complete secrets apikey escape" [] {
    [ "compose" ]
  }

  # Prefixed API keys (sk_live_...), optionally with GitHub's CRC32 checksum
  export extern "secrets apikey" [
    --prefix: string          # Text before the random part; only A-Z, a-z, 0-9, '_' and '-' (may be empty) [default: sk_live_]
    --bytes: string           # Bytes of entropy in the random part [default: 32]
    --encoding: string@"nu-complete secrets apikey encoding" # How the random part is written [default: hex; base62 with --checksum]
    --checksum                # GitHub's token shape: 30 random base62 characters and a 6-character CRC32 checksum
    --bits: string            # Size by entropy: the shortest random part (hex: whole bytes; base62: characters) whose exact entropy is at least N bits
    --entropy                 # Also print "entropy: X bits" and the size chosen on stderr
    --quiet(-q)               # With --verify, say nothing on standard error when the key is invalid
    --verify: string          # Check the checksum of the key read from SOURCE: exit 0 if valid, 1 if not (and why, on standard error)
    --count(-n): string       # Generate N secrets, one per line
    --output(-o): path        # Write to FILE instead of standard output: created with mode 0600, atomically
    --force                   # With --output, replace FILE if it exists
    --no-newline              # Do not end the output with a newline (a single secret only)
    --escape: string@"nu-complete secrets apikey escape" # Escape each secret for a file format: compose writes '$' as '$$' (docker-compose)
    --clip(-c)                # Copy the secret to the clipboard instead of printing it; cleared after a timeout
    --clip-timeout: string    # With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]
    --github-output: string   # In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout
    --github-env: string      # In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout
    --mask                    # When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first
    --json                    # Print JSON Lines: one object per secret with its kind, parameters and entropy
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete secrets int escape" [] {
    [ "compose" ]
  }

  # Random integers, like Python's secrets.randbelow() and randbits(), of any size
  export extern "secrets int" [
    --below: string           # A uniform integer 0 <= x < N, like Python's secrets.randbelow(N)
    --range: string           # A uniform integer A <= x < B, like Python's randrange(A, B); A and B may be negative
    --bits: string            # A uniform integer 0 <= x < 2^K (K random bits), like Python's secrets.randbits(K)
    --count(-n): string       # Generate N secrets, one per line
    --output(-o): path        # Write to FILE instead of standard output: created with mode 0600, atomically
    --force                   # With --output, replace FILE if it exists
    --no-newline              # Do not end the output with a newline (a single secret only)
    --escape: string@"nu-complete secrets int escape" # Escape each secret for a file format: compose writes '$' as '$$' (docker-compose)
    --clip(-c)                # Copy the secret to the clipboard instead of printing it; cleared after a timeout
    --clip-timeout: string    # With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]
    --github-output: string   # In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout
    --github-env: string      # In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout
    --mask                    # When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first
    --json                    # Print JSON Lines: one object per secret with its kind, parameters and entropy
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete secrets choice escape" [] {
    [ "compose" ]
  }

  # Choose items uniformly at random, like Python's secrets.choice()
  export extern "secrets choice" [
    --unique(-u)              # Draw without replacement: the --count items are all different
    --count(-n): string       # Generate N secrets, one per line
    --output(-o): path        # Write to FILE instead of standard output: created with mode 0600, atomically
    --force                   # With --output, replace FILE if it exists
    --no-newline              # Do not end the output with a newline (a single secret only)
    --escape: string@"nu-complete secrets choice escape" # Escape each secret for a file format: compose writes '$' as '$$' (docker-compose)
    --clip(-c)                # Copy the secret to the clipboard instead of printing it; cleared after a timeout
    --clip-timeout: string    # With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]
    --github-output: string   # In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout
    --github-env: string      # In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout
    --mask                    # When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first
    --json                    # Print JSON Lines: one object per secret with its kind, parameters and entropy
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    ...items: string          # The items to choose from [default: the lines of standard input, as with -]
  ]

  def "nu-complete secrets uuid escape" [] {
    [ "compose" ]
  }

  # Random UUIDs: version 4 (122 random bits), or time-ordered version 7. Not secrets
  export extern "secrets uuid" [
    --v7                      # Version 7: a millisecond timestamp, then 74 random bits (sorts by time)
    --v4                      # Version 4: 122 random bits (the default)
    --count(-n): string       # Generate N secrets, one per line
    --json                    # Print JSON Lines: one object per secret with its kind, parameters and entropy
    --output(-o): path        # Write to FILE instead of standard output: created with mode 0600, atomically
    --force                   # With --output, replace FILE if it exists
    --no-newline              # Do not end the output with a newline (a single secret only)
    --escape: string@"nu-complete secrets uuid escape" # Escape each secret for a file format: compose writes '$' as '$$' (docker-compose)
    --clip(-c)                # Copy the secret to the clipboard instead of printing it; cleared after a timeout
    --clip-timeout: string    # With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]
    --github-output: string   # In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout
    --github-env: string      # In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout
    --mask                    # When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete secrets ulid escape" [] {
    [ "compose" ]
  }

  # Random ULIDs: a millisecond timestamp and 80 random bits, in Crockford base32
  export extern "secrets ulid" [
    --count(-n): string       # Generate N secrets, one per line
    --json                    # Print JSON Lines: one object per secret with its kind, parameters and entropy
    --output(-o): path        # Write to FILE instead of standard output: created with mode 0600, atomically
    --force                   # With --output, replace FILE if it exists
    --no-newline              # Do not end the output with a newline (a single secret only)
    --escape: string@"nu-complete secrets ulid escape" # Escape each secret for a file format: compose writes '$' as '$$' (docker-compose)
    --clip(-c)                # Copy the secret to the clipboard instead of printing it; cleared after a timeout
    --clip-timeout: string    # With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]
    --github-output: string   # In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout
    --github-env: string      # In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout
    --mask                    # When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete secrets nanoid escape" [] {
    [ "compose" ]
  }

  # Nano IDs: short URL-safe IDs, each character exactly uniform over the alphabet
  export extern "secrets nanoid" [
    --size: string            # Characters in each ID
    --alphabet: string        # The characters to draw from, each listed once [default: A-Za-z0-9_-]
    --count(-n): string       # Generate N secrets, one per line
    --json                    # Print JSON Lines: one object per secret with its kind, parameters and entropy
    --output(-o): path        # Write to FILE instead of standard output: created with mode 0600, atomically
    --force                   # With --output, replace FILE if it exists
    --no-newline              # Do not end the output with a newline (a single secret only)
    --escape: string@"nu-complete secrets nanoid escape" # Escape each secret for a file format: compose writes '$' as '$$' (docker-compose)
    --clip(-c)                # Copy the secret to the clipboard instead of printing it; cleared after a timeout
    --clip-timeout: string    # With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]
    --github-output: string   # In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout
    --github-env: string      # In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout
    --mask                    # When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  # Compare two secrets in constant time; the answer is the exit status
  export extern "secrets compare" [
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    a: string                 # The first secret, a SOURCE: -, stdin, env:VAR, file:PATH, fd:N or pass:VALUE
    b?: string                # The second secret, in the same forms [default: a line of standard input]
  ]

  # Check a password's strength with zxcvbn against a policy; the answer is the exit status
  export extern "secrets check" [
    --min-length: string      # The password must have at least N characters
    --min-score: string       # zxcvbn's score (0 to 4) must be at least N
    --rules: string           # Check against a website's password rules (Apple's passwordrules language) instead of the strength policy: exit 0 if the password satisfies every rule, 1 if not
    --json                    # Print the verdict and the estimate as one JSON object
    --breached                # Also fail if Have I Been Pwned has seen the password in a data breach (with --hibp-file PATH or --hibp)
    --hibp-file: path         # Look the password up in the downloaded Pwned Passwords file (SHA-1, ordered by hash); nothing leaves the machine
    --hibp                    # Ask the Pwned Passwords range API: only the first 5 hex digits of the password's SHA-1 are sent
    --hibp-url: string        # The range API's base URL (https://, or http:// to a loopback address) [default: https://api.pwnedpasswords.com]
    --hibp-timeout: string    # Seconds allowed to connect and to get the whole answer [default: 10]
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    source?: string           # Where to read the password: -, stdin, env:VAR, file:PATH, fd:N or pass:VALUE [default: a prompt without echo on a terminal, else a line of standard input]
  ]

  def "nu-complete secrets hash algorithm" [] {
    [ "argon2id" "bcrypt" "scrypt" "sha512-crypt" "yescrypt" ]
  }

  def "nu-complete secrets hash format" [] {
    [ "plain" "htpasswd" ]
  }

  def "nu-complete secrets hash escape" [] {
    [ "compose" ]
  }

  # Hash a password for storage: argon2id (default), bcrypt, scrypt, sha512-crypt, yescrypt
  export extern "secrets hash" [
    --algorithm(-a): string@"nu-complete secrets hash algorithm" # The hashing algorithm
    --memory-cost: string     # argon2id: memory in KiB (m) [default: 65536]
    --time-cost: string       # argon2id: passes over the memory (t) [default: 3]
    --parallelism: string     # argon2id: lanes (p) [default: 4]; scrypt: parallelism (p) [default: 1]
    --cost: string            # bcrypt: cost, the log2 of the rounds, 4 to 31 [default: 12]
    --log-n: string           # scrypt: log2 of N, the CPU/memory cost; memory is 128 * r * 2^N bytes [default: 17]
    --block-size: string      # scrypt: block size r [default: 8]
    --rounds: string          # sha512-crypt: rounds, 1000 to 999999999 [default: 5000]
    --format: string@"nu-complete secrets hash format" # How to print the hash: the bare hash, or an htpasswd line `USER:HASH` (bcrypt $2y$)
    --user: string            # With --format htpasswd: the user name (no ':' and no control characters)
    --escape: string@"nu-complete secrets hash escape" # Escape the output for a file format: compose writes '$' as '$$' (docker-compose)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    source?: string           # Where to read the password: -, stdin, env:VAR, file:PATH, fd:N or pass:VALUE
  ]

  # Check a password against a hash in constant time; the answer is the exit status
  export extern "secrets verify" [
    --needs-rehash            # Also exit 3 (and say why on stderr) when the password matches a hash weaker than the defaults of `secrets hash`
    --quiet(-q)               # Say nothing on standard error when the password is wrong
    --allow-expensive         # Verify a hash you trust even if its work is above 64 times our default for its algorithm (the 4 GiB memory cap stays)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    hash: string              # The stored hash: $argon2id$..., $argon2i$..., $argon2d$..., $2b$..., $2a$..., $2y$..., $scrypt$..., $6$..., $5$..., $y$..., or an htpasswd line NAME:HASH
    source?: string           # Where to read the password: -, stdin, env:VAR, file:PATH, fd:N or pass:VALUE
  ]

  def "nu-complete secrets hmac algorithm" [] {
    [ "sha256" "sha1" "sha512" ]
  }

  def "nu-complete secrets hmac format" [] {
    [ "hex" "base64" "github" ]
  }

  # HMAC of a file or stdin with a key from a SOURCE; prints hex, or checks a signature
  export extern "secrets hmac" [
    --key(-k): string         # Where to read the key: env:VAR, file:PATH, fd:N, -, pass:VALUE
    --algorithm(-a): string@"nu-complete secrets hmac algorithm" # The hash function
    --format(-f): string@"nu-complete secrets hmac format" # How to print the HMAC
    --verify: string          # Compare with SIG in constant time instead of printing: exit 0 if equal, 1 if not
    --quiet(-q)               # With --verify, say nothing on standard error when the signature is wrong
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    file?: path               # The message file; - or absent for standard input
  ]

  def "nu-complete secrets totp algorithm" [] {
    [ "sha256" "sha1" "sha512" ]
  }

  # TOTP/HOTP codes: print, verify within a window, read otpauth:// URIs, make new secrets
  export extern "secrets totp" [
    --uri: string             # Read an otpauth:// URI from SOURCE (it holds the secret) and take the secret, issuer, algorithm, digits, period (and an HOTP URI's counter) from it
    --digits(-d): string      # Digits in each code
    --period: string          # Seconds each TOTP code is valid
    --algorithm(-a): string@"nu-complete secrets totp algorithm" # The HMAC hash function
    --at: string              # The code at TIME instead of now: Unix seconds or RFC 3339 (2009-02-13T23:31:30Z)
    --time: string            # The code at TIME instead of now: Unix seconds or RFC 3339 (2009-02-13T23:31:30Z)
    --counter: string         # The HOTP code (RFC 4226) for this counter instead of a TOTP code
    --verify: string          # Check CODE instead of printing one: exit 0 if it is the code of a step within --window of now (of --counter and the steps after it for HOTP), 1 if not
    --window: string          # With --verify: accept codes up to N steps before or after now (HOTP: N counters ahead). Every code in the window is compared, in constant time
    --remaining               # Print the seconds left in the current step (1 to the period) instead of a code
    --fresh: string           # If fewer than S seconds are left in the current step, wait for the next step and print its code (with --at, no waiting: the code of the next step)
    --new                     # Make a new 160-bit secret and print it with its otpauth:// URI (and a QR code on a terminal wide enough for it)
    --issuer: string          # With --new: the issuer shown by authenticator apps
    --account: string         # With --new: the account name shown by authenticator apps
    --output(-o): path        # With --new: write the secret and URI (or the JSON) to FILE instead of standard output: created with mode 0600, atomically; no QR code is drawn
    --force                   # With --output, replace FILE if it exists
    --json                    # Print one JSON object: code, kind, counter, digits, algorithm, and for TOTP period, time and remaining_seconds (and issuer, account from --uri); with --verify match, offset and counter; with --new secret, uri, algorithm, digits, period, and issuer and account when given
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    source?: string           # Where to read the base32 secret: env:VAR, file:PATH, fd:N, -, pass:VALUE [default: a line of standard input]
  ]

  def "nu-complete secrets keygen kind" [] {
    [ "wireguard" "wireguard-psk" "age" "ssh-ed25519" ]
  }

  # Key pairs as the real tools write them: WireGuard, age, OpenSSH Ed25519
  export extern "secrets keygen" [
    --pub(-y): string         # Read a private key from SOURCE and print its public key instead of generating one
    --public: string          # Read a private key from SOURCE and print its public key instead of generating one
    --comment(-C): string     # ssh-ed25519: the comment at the end of the .pub line [default: none]
    --passphrase: string      # ssh-ed25519: encrypt the new key (or decrypt the key read by --pub) with the passphrase read from SOURCE
    --fingerprint             # ssh-ed25519 with --pub: print the fingerprint line `ssh-keygen -l` prints instead
    --output(-o): path        # Write to FILE instead of standard output: created with mode 0600, atomically (ssh-ed25519 also writes FILE.pub)
    --force                   # With --output, replace FILE (and FILE.pub) if they exist
    --json                    # Print one JSON object: "secret", "public", "kind", "entropy_bits", and per kind "fingerprint", "created", "encrypted"
    --show                    # Print a private key even when standard output is a terminal
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    kind: string@"nu-complete secrets keygen kind" # What to generate
  ]

  def "nu-complete secrets key framework" [] {
    [ "django" "rails" "laravel" "fernet" "flask" "jwt-hs256" "jwt-hs384" "jwt-hs512" ]
  }

  def "nu-complete secrets key escape" [] {
    [ "compose" ]
  }

  # Framework secret keys in the exact shape each framework expects (Django, Rails, ...)
  export extern "secrets key" [
    --for: string@"nu-complete secrets key framework" # The framework whose secret key to make
    --list                    # Print the presets and their formats
    --count(-n): string       # Generate N secrets, one per line
    --json                    # Print JSON Lines: one object per secret with its kind, parameters and entropy
    --output(-o): path        # Write to FILE instead of standard output: created with mode 0600, atomically
    --force                   # With --output, replace FILE if it exists
    --no-newline              # Do not end the output with a newline (a single secret only)
    --escape: string@"nu-complete secrets key escape" # Escape each secret for a file format: compose writes '$' as '$$' (docker-compose)
    --clip(-c)                # Copy the secret to the clipboard instead of printing it; cleared after a timeout
    --clip-timeout: string    # With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear) [default: $SECRETS_CLIP_TIMEOUT, else 45]
    --github-output: string   # In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout
    --github-env: string      # In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout
    --mask                    # When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  # Fill, check and rotate the secrets of a .env file from a template
  export extern "secrets env" [
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete secrets env fill format" [] {
    [ "dotenv" "shell" ]
  }

  def "nu-complete secrets env fill escape" [] {
    [ "compose" ]
  }

  # Write a .env file from a template, generating the values its comments ask for
  export extern "secrets env fill" [
    --output(-o): path        # The file to write [default: .env beside TEMPLATE]
    --spec: string            # Generate KEY with SPEC, a generator command line (overrides the template's comment)
    --format: string@"nu-complete secrets env fill format" # The dialect of the written values
    --escape: string@"nu-complete secrets env fill escape" # Escape values for a consumer that interpolates them
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    template: path            # The template, e.g. .env.example
  ]

  def "nu-complete secrets env check format" [] {
    [ "dotenv" "shell" ]
  }

  # Check a .env file: keys set, no placeholders or common passwords, private, git-ignored
  export extern "secrets env check" [
    --template: path          # The template whose keys FILE must set [default: FILE.example if it exists]
    --format: string@"nu-complete secrets env check format" # The dialect FILE is written in [default: the one its text uses]
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    file: path                # The .env file to check
  ]

  def "nu-complete secrets env rotate format" [] {
    [ "dotenv" "shell" ]
  }

  def "nu-complete secrets env rotate escape" [] {
    [ "compose" ]
  }

  # Regenerate keys of a .env file with their recorded generators, atomically
  export extern "secrets env rotate" [
    --keep-previous           # Also write KEY_PREVIOUS with the old value
    --template: path          # A template whose `# secrets:` comments give generators [default: FILE.example if it exists]
    --spec: string            # Generate KEY with SPEC, a generator command line
    --format: string@"nu-complete secrets env rotate format" # The dialect FILE is written in [default: the one its text uses]
    --escape: string@"nu-complete secrets env rotate escape" # Escape values for a consumer that interpolates them
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    file: path                # The .env file to update
    ...keys: string           # The keys to regenerate
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "secrets env help" [
  ]

  # Write a .env file from a template, generating the values its comments ask for
  export extern "secrets env help fill" [
  ]

  # Check a .env file: keys set, no placeholders or common passwords, private, git-ignored
  export extern "secrets env help check" [
  ]

  # Regenerate keys of a .env file with their recorded generators, atomically
  export extern "secrets env help rotate" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "secrets env help help" [
  ]

  def "nu-complete secrets run format" [] {
    [ "dotenv" "shell" ]
  }

  # Run a command with the variables of .env files in its environment
  export extern "secrets run" [
    --env-file: path          # Add the variables of FILE (repeatable; later files win) [default: .env]
    --format: string@"nu-complete secrets run format" # The dialect the files are written in [default: the one each text uses; a text the two dialects would read differently is refused]
    --mask                    # Pass COMMAND's stdout and stderr through the redactor, masking every value
    --label                   # With --mask, write <redacted:KEY> instead of ***
    --override                # The files' values replace variables the environment already has (by default the environment wins, as in python-dotenv and Node's dotenv)
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    ...command: string        # The command and its arguments (after --)
  ]

  def "nu-complete secrets redact format" [] {
    [ "dotenv" "shell" ]
  }

  # Mask secrets in a stream (stdin to stdout), with their base64, hex and URL encodings
  export extern "secrets redact" [
    --env-file: path          # Also mask every value of FILE (repeatable)
    --format: string@"nu-complete secrets redact format" # The dialect the --env-file files are written in [default: mask the values of every dialect that reads the text]
    --detect                  # Also mask checkable credentials by pattern (checksummed keys, GitHub tokens, AWS key ids, PEM private keys, JWTs)
    --label                   # Write <redacted:NAME> (the variable, key or pattern) instead of ***
    --line-buffered           # Flush after each line, even when standard output is not a terminal
    --allow-short             # Accept secrets shorter than 6 bytes
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    ...sources: string        # Secrets to mask: env:VAR, file:PATH, fd:N, pass:VALUE
  ]

  # Serve the generators and `check` over HTTP(S), with API keys, rate limits and an audit log
  export extern "secrets serve" [
    --bind: string            # Listen on this address (or host name) and port (port 0: any free port); a host name is resolved at start-up and its first address used
    --tls-cert: path          # Serve HTTPS with this PEM certificate chain (with --tls-key)
    --tls-key: path           # The PEM private key of --tls-cert
    --insecure-http           # Allow plain HTTP on an address that is not loopback (behind a TLS-terminating proxy)
    --api-keys: path          # Require `Authorization: Bearer KEY` with a key whose hash is in FILE (see serve-key)
    --metrics-public          # With --api-keys, serve /metrics without a key
    --cors-origin: string     # Allow browser requests from this origin (CORS); repeat for more. Default: no CORS
    --rate-limit: string      # Requests per minute per client (per key, else per address); 0 turns limiting off
    --rate-limit-burst: string # Requests a client may make at once [default: the per-minute rate]
    --rate-limit-redis: string # Share the limit between replicas through this Redis (redis://HOST:PORT/DB); a URL with a password belongs in the environment variable, not on the command line
    --trust-proxy: string     # Believe X-Forwarded-For from proxies in this network (CIDR or address); repeatable
    --ipv6-prefix: string     # IPv6 clients are one client per this many leading bits of their address, for the rate limit and the connection cap (a subscriber usually holds a whole /64)
    --audit-log: path         # Append the audit log (JSON Lines) to FILE, created 0600 [default: standard error]
    --max-connections: string # Open connections at most; more wait in the kernel's queue
    --max-connections-per-client: string # Open connections from one client address at most (IPv6 by --ipv6-prefix); more are closed at once, so one client cannot hold every connection (slowloris). 0: no cap. Behind a proxy every connection comes from the proxy: raise it or use 0
    --threads: string         # Worker threads [default: one per CPU]
    --shutdown-grace: string  # On SIGTERM or SIGINT, give requests in flight this long to finish
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  # Mint an API key for `serve`: print it once, append its SHA-256 to the key file
  export extern "secrets serve-key" [
    --api-keys: path          # The key file of `serve --api-keys`; created 0600 if missing
    --name: string            # A name for the key in FILE (who or what uses it): A-Z a-z 0-9 . _ @ -
    --prefix: string          # The key's prefix
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
  ]

  def "nu-complete secrets completions shell" [] {
    [ "bash" "zsh" "fish" "powershell" "elvish" "nushell" ]
  }

  # Print a shell completion script (bash, zsh, fish, powershell, elvish, nushell)
  export extern "secrets completions" [
    --help(-h)                # Print help (see more with '--help')
    --version(-V)             # Print version
    shell: string@"nu-complete secrets completions shell" # The shell to complete for
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "secrets help" [
  ]

  # Generate passwords from character classes, with exclusions and per-class minimums
  export extern "secrets help password" [
  ]

  # Diceware-style passphrases: words drawn uniformly from the EFF word lists or a file
  export extern "secrets help passphrase" [
  ]

  # Random bytes as lowercase hex, like Python's secrets.token_hex()
  export extern "secrets help token-hex" [
  ]

  # Random bytes as unpadded base64url, like Python's secrets.token_urlsafe()
  export extern "secrets help token-urlsafe" [
  ]

  # Raw random bytes, like Python's secrets.token_bytes(); refuses to write to a terminal
  export extern "secrets help token-bytes" [
  ]

  # One-time verification codes: numeric and zero-padded, or unambiguous alphanumeric
  export extern "secrets help otp" [
  ]

  # Prefixed API keys (sk_live_...), optionally with GitHub's CRC32 checksum
  export extern "secrets help apikey" [
  ]

  # Random integers, like Python's secrets.randbelow() and randbits(), of any size
  export extern "secrets help int" [
  ]

  # Choose items uniformly at random, like Python's secrets.choice()
  export extern "secrets help choice" [
  ]

  # Random UUIDs: version 4 (122 random bits), or time-ordered version 7. Not secrets
  export extern "secrets help uuid" [
  ]

  # Random ULIDs: a millisecond timestamp and 80 random bits, in Crockford base32
  export extern "secrets help ulid" [
  ]

  # Nano IDs: short URL-safe IDs, each character exactly uniform over the alphabet
  export extern "secrets help nanoid" [
  ]

  # Compare two secrets in constant time; the answer is the exit status
  export extern "secrets help compare" [
  ]

  # Check a password's strength with zxcvbn against a policy; the answer is the exit status
  export extern "secrets help check" [
  ]

  # Hash a password for storage: argon2id (default), bcrypt, scrypt, sha512-crypt, yescrypt
  export extern "secrets help hash" [
  ]

  # Check a password against a hash in constant time; the answer is the exit status
  export extern "secrets help verify" [
  ]

  # HMAC of a file or stdin with a key from a SOURCE; prints hex, or checks a signature
  export extern "secrets help hmac" [
  ]

  # TOTP/HOTP codes: print, verify within a window, read otpauth:// URIs, make new secrets
  export extern "secrets help totp" [
  ]

  # Key pairs as the real tools write them: WireGuard, age, OpenSSH Ed25519
  export extern "secrets help keygen" [
  ]

  # Framework secret keys in the exact shape each framework expects (Django, Rails, ...)
  export extern "secrets help key" [
  ]

  # Fill, check and rotate the secrets of a .env file from a template
  export extern "secrets help env" [
  ]

  # Write a .env file from a template, generating the values its comments ask for
  export extern "secrets help env fill" [
  ]

  # Check a .env file: keys set, no placeholders or common passwords, private, git-ignored
  export extern "secrets help env check" [
  ]

  # Regenerate keys of a .env file with their recorded generators, atomically
  export extern "secrets help env rotate" [
  ]

  # Run a command with the variables of .env files in its environment
  export extern "secrets help run" [
  ]

  # Mask secrets in a stream (stdin to stdout), with their base64, hex and URL encodings
  export extern "secrets help redact" [
  ]

  # Serve the generators and `check` over HTTP(S), with API keys, rate limits and an audit log
  export extern "secrets help serve" [
  ]

  # Mint an API key for `serve`: print it once, append its SHA-256 to the key file
  export extern "secrets help serve-key" [
  ]

  # Print a shell completion script (bash, zsh, fish, powershell, elvish, nushell)
  export extern "secrets help completions" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "secrets help help" [
  ]

}

export use completions *
