//! The two kinds of numeric token in a table: category headers (`1xx`, `40x`) and codes (`100`).
//!
//! Rust lexes both as integer literals (`1xx` is the literal `1` with the suffix `xx`), so they are
//! read from the literal's source text, which keeps `1_00`, `0x64` or `100u16` apart from `100`.

use crate::model::CodeRange;

/// The lowest three-digit code.
pub const MIN_CODE: u16 = 100;

/// Reads a code: exactly three decimal digits, 100 to 999.
pub fn parse_code(text: &str) -> Result<u16, String> {
    let digits_only = text.bytes().all(|b| b.is_ascii_digit());
    let reason = if digits_only && text.len() == 3 {
        match text.parse() {
            Ok(value) if value >= MIN_CODE => return Ok(value),
            _ => "codes run from 100 to 999",
        }
    } else if text.contains('x') && !text.starts_with("0x") {
        return Err(format!(
            "expected a code such as `100`, found the category header `{text}`; \
             a category's codes go between `<` and `>`"
        ));
    } else if digits_only {
        "codes have three digits, from 100 to 999"
    } else if text.contains('_') {
        "write codes as three plain digits, without `_`"
    } else if text.starts_with("0x") || text.starts_with("0o") || text.starts_with("0b") {
        "write codes as three plain decimal digits"
    } else if text.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        "write codes as three plain digits, without a suffix or fraction"
    } else {
        "codes are three plain digits, from 100 to 999"
    };
    Err(format!("`{text}` is not a three-digit code: {reason}"))
}

/// Whether a literal is written as a category header rather than a code: headers end in `x`
/// (`2xx`, `41x`, or a malformed `1x`), codes are digits.
pub fn is_header(text: &str) -> bool {
    text.ends_with('x')
}

/// A code written against its identifier, `100Queued`, which Rust lexes as one literal with the
/// suffix `Queued`: the three digits and the suffix. `None` for a literal that reads otherwise:
/// a header (`1xx`, `41x`), a typed number (`100u16`), an exponent (`100e2`).
pub fn split_glued_identifier(text: &str) -> Option<(&str, &str)> {
    let (digits, suffix) = text.split_at(text.find(|c: char| !c.is_ascii_digit())?);
    let typed = [
        "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize",
        "f32", "f64",
    ]
    .contains(&suffix);
    let exponent = suffix.strip_prefix(['e', 'E']).is_some_and(|rest| {
        !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit() || b == b'_')
    });
    let word = suffix.starts_with(char::is_alphabetic);
    (digits.len() == 3 && word && !typed && !exponent).then_some((digits, suffix))
}

/// Reads a category header: `Nxx` covers a hundred codes, `NNx` ten.
pub fn parse_header(text: &str) -> Result<CodeRange, String> {
    let digit = |b: u8| b.is_ascii_digit().then(|| u16::from(b - b'0'));
    let (first, width) = match *text.as_bytes() {
        [a, b'x', b'x'] => (digit(a).map(|a| a * 100), 100),
        [a, b, b'x'] => (digit(a).zip(digit(b)).map(|(a, b)| a * 100 + b * 10), 10),
        _ => (None, 0),
    };
    match first {
        Some(first) if first >= MIN_CODE => Ok(CodeRange {
            first,
            last: first + width - 1,
        }),
        Some(_) => Err(format!(
            "category header `{text}` is out of range: codes run from 100 to 999"
        )),
        None => Err(format!(
            "malformed category header `{text}`: expected `Nxx` for a hundred codes \
             (like `4xx`) or `NNx` for ten (like `41x`)"
        )),
    }
}

#[cfg(test)]
#[path = "literal/tests.rs"]
mod tests;
