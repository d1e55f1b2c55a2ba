//! `FromStr`, written once for every generated enum.

use crate::{ParseError, ParseErrorKind, StatusCode};

/// Parses a code (`"411"`), a name (`"TwofaTimeout"`) or the `Display` form
/// (`"411 TwofaTimeout"`). Exact: no trimming, case-sensitive.
///
/// # Errors
/// A [`ParseError`] naming `text` when it is none of these.
#[inline]
pub fn parse<T: StatusCode>(text: &str) -> Result<T, ParseError> {
    if let Some(status) = T::from_name(text) {
        return Ok(status);
    }
    let bytes = text.as_bytes();
    if bytes.is_empty() {
        return Err(error::<T>(ParseErrorKind::Empty, text));
    }
    // Names and identifiers never start with a digit (the macro rejects such names), so what
    // is left can only be a code, alone or in the `Display` form.
    let Some(code) = bytes.get(..3).and_then(three_digits) else {
        return Err(error::<T>(ParseErrorKind::UnknownName, text));
    };
    let status = match bytes.get(3) {
        None | Some(b' ') => T::from_code(code),
        Some(_) => return Err(error::<T>(ParseErrorKind::UnknownName, text)),
    };
    let Some(status) = status else {
        return Err(error::<T>(ParseErrorKind::UnknownCode(code), text));
    };
    match text.get(4..) {
        None => Ok(status),
        Some(name) if status.name() == name || T::from_name(name) == Some(status) => Ok(status),
        Some(_) => Err(error::<T>(
            ParseErrorKind::NameMismatch {
                code,
                expected: status.name(),
            },
            text,
        )),
    }
}

#[inline]
fn error<T: StatusCode>(kind: ParseErrorKind, text: &str) -> ParseError {
    ParseError::new(kind, text, T::TYPE_NAME)
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
