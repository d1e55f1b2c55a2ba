//! `FromStr`, written once for every generated enum and for `AnyCode`.

use crate::{AnyCode, ParseError, ParseErrorKind, StatusCode, StatusGroup};

/// What a string stands for: a code of the table, or a three-digit code it does not have.
enum Parsed<T> {
    Known(T),
    Unknown(u16),
}

/// Parses a code (`"411"`), a name (`"TwofaTimeout"`) or the `Display` form
/// (`"411 TwofaTimeout"`). Exact: no trimming, case-sensitive.
///
/// # Errors
/// A [`ParseError`] naming `text` when it is none of these.
#[inline]
pub fn parse<T: StatusCode>(text: &str) -> Result<T, ParseError> {
    let kind = match scan::<T>(text) {
        Ok(Parsed::Known(status)) => return Ok(status),
        Ok(Parsed::Unknown(code)) | Err(ParseErrorKind::NamedUnknownCode(code)) => {
            ParseErrorKind::UnknownCode(code)
        }
        Err(kind) => kind,
    };
    Err(error::<T>(kind, text, |trimmed| {
        matches!(scan::<T>(trimmed), Ok(Parsed::Known(_)))
    }))
}

/// A function group by its name, exactly.
///
/// # Errors
/// A [`ParseError`] naming `text` when it is no group's name.
#[inline]
pub fn parse_group<G: StatusGroup>(text: &str) -> Result<G, ParseError> {
    G::from_name(text)
        .ok_or_else(|| ParseError::new(ParseErrorKind::UnknownGroup, text, G::Code::TYPE_NAME))
}

/// Like [`parse`], and any other three-digit code alone.
#[inline]
pub fn parse_any<T: StatusCode>(text: &str) -> Result<AnyCode<T>, ParseError> {
    match scan::<T>(text) {
        Ok(Parsed::Known(status)) => Ok(AnyCode::from(status)),
        Ok(Parsed::Unknown(code)) => Ok(AnyCode::from_three_digits(code)),
        Err(kind) => Err(error::<T>(kind, text, |trimmed| scan::<T>(trimmed).is_ok())),
    }
}

#[inline]
fn scan<T: StatusCode>(text: &str) -> Result<Parsed<T>, ParseErrorKind> {
    let bytes = text.as_bytes();
    // Names, aliases and identifiers never start with a digit (the macro rejects such names),
    // so a digit starts a code, alone or in the `Display` form, and anything else a name.
    match bytes.first() {
        None => return Err(ParseErrorKind::Empty),
        Some(b'0'..=b'9') => {}
        Some(_) => {
            return T::from_name(text)
                .map(Parsed::Known)
                .ok_or(ParseErrorKind::UnknownName);
        }
    }
    let Some(code) = bytes.get(..3).and_then(three_digits) else {
        return Err(ParseErrorKind::UnknownName);
    };
    let status = T::from_code(code);
    // The `Display` form has exactly one space between the code and the name.
    if let Some(rest) = text
        .get(3..)
        .filter(|rest| rest.starts_with(char::is_whitespace))
    {
        let name = rest.trim_start();
        if !name.is_empty() && (!rest.starts_with(' ') || rest.len() != name.len() + 1) {
            return Err(ParseErrorKind::Separator(code));
        }
    }
    match (bytes.get(3), status) {
        (None, Some(status)) => Ok(Parsed::Known(status)),
        (None, None) => Ok(Parsed::Unknown(code)),
        (Some(b' '), Some(status)) => match text.get(4..) {
            Some(name) if status.name() == name || T::from_name(name) == Some(status) => {
                Ok(Parsed::Known(status))
            }
            _ => Err(ParseErrorKind::NameMismatch {
                code,
                expected: status.name(),
            }),
        },
        (Some(b' '), None) => Err(ParseErrorKind::NamedUnknownCode(code)),
        (Some(_), _) => Err(ParseErrorKind::UnknownName),
    }
}

/// The error for `text`: [`ParseErrorKind::Whitespace`] where the text without the whitespace
/// around it would have parsed, `kind` otherwise.
#[cold]
#[inline(never)]
fn error<T: StatusCode>(
    kind: ParseErrorKind,
    text: &str,
    parses: impl Fn(&str) -> bool,
) -> ParseError {
    let trimmed = text.trim();
    let kind = if trimmed.len() < text.len() && !trimmed.is_empty() && parses(trimmed) {
        ParseErrorKind::Whitespace
    } else {
        kind
    };
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
