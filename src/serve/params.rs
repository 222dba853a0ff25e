//! Query strings, parsed strictly: a bounded number of parameters of bounded size, each
//! named at most once (except where a route repeats one on purpose), unknown names refused.
//! Typos must not silently give weaker secrets, and errors name the parameter, never echo
//! its value.

use std::borrow::Cow;

use super::error::ApiError;

/// At most this many parameters in one query.
pub(crate) const MAX_PARAMS: usize = 128;
/// At most this many bytes in one decoded value.
pub(crate) const MAX_VALUE: usize = 1024;

/// The decoded `name=value` pairs of a query string, in order.
pub(crate) fn parse(query: Option<&str>) -> Result<Vec<(String, String)>, ApiError> {
    let Some(query) = query else {
        return Ok(Vec::new());
    };
    let mut pairs = Vec::new();
    for (name, value) in form_urlencoded::parse(query.as_bytes()) {
        if pairs.len() == MAX_PARAMS {
            return Err(ApiError::bad_request(format!(
                "too many parameters (at most {MAX_PARAMS})"
            )));
        }
        if value.len() > MAX_VALUE {
            return Err(ApiError::bad_request(format!(
                "parameter {} is longer than {MAX_VALUE} bytes",
                printable_name(&name)
            )));
        }
        pairs.push((name.into_owned(), value.into_owned()));
    }
    Ok(pairs)
}

/// A parameter name for a message: names are ours when known; an unknown one is shown
/// only if it is short and plain (it is a name, but it could still be a mis-pasted secret).
pub(crate) fn printable_name(name: &str) -> Cow<'static, str> {
    let plain = name.len() <= 32
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if plain {
        Cow::Owned(format!("`{name}`"))
    } else {
        Cow::Borrowed("(a name that is not shown)")
    }
}

/// The seed's and our boolean spellings: `true/false`, `1/0`, `yes/no`, `on/off`, any case.
pub(crate) fn boolean(name: &str, value: &str) -> Result<bool, ApiError> {
    match value.to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" => Ok(true),
        "false" | "0" | "no" | "off" => Ok(false),
        _ => Err(ApiError::bad_request(format!(
            "parameter `{name}` must be true or false"
        ))),
    }
}

/// Refuses a name that occurs twice.
pub(crate) fn once(seen: &mut Vec<&'static str>, name: &'static str) -> Result<(), ApiError> {
    if seen.contains(&name) {
        return Err(ApiError::bad_request(format!(
            "parameter `{name}` is given more than once"
        )));
    }
    seen.push(name);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_names_are_shown_only_when_plain() {
        assert_eq!(printable_name("lenght"), "`lenght`");
        assert!(!printable_name("sk_live_0123456789012345678901234567890123").contains("sk_"));
        assert!(!printable_name("a b").contains('a'));
    }

    #[test]
    fn booleans_take_the_usual_spellings_only() {
        assert!(boolean("x", "TRUE").is_ok_and(|b| b));
        assert!(boolean("x", "off").is_ok_and(|b| !b));
        assert!(boolean("x", "maybe").is_err());
    }
}
