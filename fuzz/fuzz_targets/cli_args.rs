//! Random argument lists through the real command-line parser and policy construction:
//! never a panic, and every parse error exits 0 (help, version) or 2 (usage).
#![no_main]

use clap::Parser;
use libfuzzer_sys::fuzz_target;
use secrets_cli::cli::{Cli, Command, generate, read};
use secrets_cli::commands::policy_options;
use secrets_core::policy::Policy;
use secrets_core::sampler::PasswordSampler;
use secrets_core::RandomSource;
use secrets_cli::source::Source;

fuzz_target!(|args: Vec<String>| {
    let argv = std::iter::once("secrets".to_string()).chain(args);
    match Cli::try_parse_from(argv) {
        Err(e) => assert!(matches!(e.exit_code(), 0 | 2), "exit code {}", e.exit_code()),
        Ok(cli) => match cli.command {
            Command::Generate(generate::Command::Password(args)) => {
                let Ok(options) = policy_options(&args) else { return };
                if let Ok(policy) = Policy::new(&options) {
                    let _ = policy.entropy_bits();
                    // Draw only short passwords: long ones are correct, just slow to fuzz.
                    if policy.length() <= 64 {
                        let mut sampler = PasswordSampler::new(&policy).expect("valid policy");
                        let mut pw = String::new();
                        sampler.sample_into(&mut RandomSource::new(), &mut pw).expect("random");
                        assert_eq!(pw.chars().count(), policy.length());
                    }
                }
            }
            Command::Read(read::Command::Compare(args)) => {
                let _ = Source::parse(&args.a);
                if let Some(b) = &args.b {
                    let _ = Source::parse(b);
                }
            }
            _ => {}
        },
    }
});
