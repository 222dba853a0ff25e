//! Arbitrary operands through the source parser: never a panic, and the description used
//! in error messages never depends on a literal secret's content.
#![no_main]

use libfuzzer_sys::fuzz_target;
use secrets_cli::source::Source;

fuzz_target!(|operand: &str| {
    if let Ok(source) = Source::parse(operand) {
        let shown = source.describe();
        if let Source::Literal(_) = &source {
            assert_eq!(shown, "a literal operand");
        }
    }
});
