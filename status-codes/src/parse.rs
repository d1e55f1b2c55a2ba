//! `FromStr`, written once for every generated enum.

use crate::{ParseError, ParseErrorKind, StatusCode};

/// Parses a code (`"411"`), a name (`"TwofaTimeout"`) or the `Display` form
/// (`"411 TwofaTimeout"`). Exact: no trimming, case-sensitive.
///
/// # Errors
/// A [`ParseError`] naming `text` when it is none of these.
pub fn parse<T: StatusCode>(text: &str) -> Result<T, ParseError> {
    let error = |kind| ParseError::new(kind, text, T::TYPE_NAME);
    let bytes = text.as_bytes();
    if bytes.is_empty() {
        return Err(error(ParseErrorKind::Empty));
    }
    if let Some(code) = bytes.get(..3).and_then(three_digits) {
        match bytes.get(3) {
            None => {
                return T::from_code(code).ok_or_else(|| error(ParseErrorKind::UnknownCode(code)));
            }
            Some(b' ') => {
                let name = &text[4..];
                let status =
                    T::from_code(code).ok_or_else(|| error(ParseErrorKind::UnknownCode(code)))?;
                if status.name() == name || T::from_name(name) == Some(status) {
                    return Ok(status);
                }
                return Err(error(ParseErrorKind::NameMismatch {
                    code,
                    expected: status.name(),
                }));
            }
            Some(_) => {}
        }
    }
    T::from_name(text).ok_or_else(|| error(ParseErrorKind::UnknownName))
}

/// `[1-9][0-9][0-9]` as a number.
fn three_digits(bytes: &[u8]) -> Option<u16> {
    match *bytes {
        [a @ b'1'..=b'9', b @ b'0'..=b'9', c @ b'0'..=b'9'] => {
            Some(u16::from(a - b'0') * 100 + u16::from(b - b'0') * 10 + u16::from(c - b'0'))
        }
        _ => None,
    }
}
