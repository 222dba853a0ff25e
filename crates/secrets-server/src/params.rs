//! Query strings, parsed strictly: a bounded number of parameters of bounded size, each
//! named at most once (except where a route repeats one on purpose), unknown names refused.
//! Typos must not silently give weaker secrets, and errors name the parameter, never echo
//! its value.

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
    for (name, value) in decode(query)? {
        if pairs.len() == MAX_PARAMS {
            return Err(ApiError::bad_request(format!(
                "too many parameters (at most {MAX_PARAMS})"
            )));
        }
        if value.len() > MAX_VALUE {
            return Err(ApiError::bad_request(format!(
                "a parameter value is longer than {MAX_VALUE} bytes"
            )));
        }
        pairs.push((name, value));
    }
    Ok(pairs)
}

/// The `name=value` pairs of an `application/x-www-form-urlencoded` query, decoded as the
/// WHATWG URL standard does (`+` is a space, `%XX` a byte), except that bytes that are not
/// UTF-8 are refused instead of replaced: `charset=a%FFb` must not become another alphabet.
fn decode(query: &str) -> Result<Vec<(String, String)>, ApiError> {
    let text = |part: &str| -> Result<String, ApiError> {
        let spaced = part.replace('+', " ");
        percent_encoding::percent_decode_str(&spaced)
            .decode_utf8()
            .map(std::borrow::Cow::into_owned)
            .map_err(|_| {
                ApiError::bad_request("a parameter is not UTF-8 text once percent-decoded")
            })
    };
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .take(MAX_PARAMS + 1)
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            Ok((text(name)?, text(value)?))
        })
        .collect()
}

/// The error for a parameter name that is not one of `known`. The name received is never
/// repeated (a client could have pasted a secret where a name goes): the message suggests
/// the closest known name when there is one within two edits, and lists them all otherwise.
pub(crate) fn unknown(name: &str, known: &[&str]) -> ApiError {
    let closest = known
        .iter()
        .map(|k| (edits(name, k), *k))
        .filter(|&(d, _)| d <= 2)
        .min();
    ApiError::bad_request(match closest {
        _ if known.is_empty() => "unknown parameter; this route takes only `count`".to_string(),
        Some((_, k)) => format!("unknown parameter (did you mean `{k}`?)"),
        None => format!("unknown parameter; the parameters are {}", known.join(", ")),
    })
}

/// Levenshtein distance, on bytes; names longer than 64 bytes are simply far from ours.
fn edits(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() > 64 {
        return usize::MAX;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let next = (row[j + 1] + 1)
                .min(row[j] + 1)
                .min(prev + usize::from(ca != cb));
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// The contract's and our boolean spellings: `true/false`, `1/0`, `yes/no`, `on/off`, any case.
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
    fn unknown_names_are_never_repeated_but_typos_get_a_suggestion() {
        let known = ["length", "exclude", "special"];
        let typo = unknown("lenght", &known).message;
        assert_eq!(typo, "unknown parameter (did you mean `length`?)");
        let pasted = unknown("sk_live_0123456789abcdef", &known).message;
        assert!(!pasted.contains("sk_live") && pasted.contains("length, exclude"));
        assert_eq!(edits("kitten", "sitting"), 3);
    }

    #[test]
    fn booleans_take_the_usual_spellings_only() {
        assert!(boolean("x", "TRUE").is_ok_and(|b| b));
        assert!(boolean("x", "off").is_ok_and(|b| !b));
        assert!(boolean("x", "maybe").is_err());
    }
}
