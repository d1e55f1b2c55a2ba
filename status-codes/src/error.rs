//! Errors of failed conversions. They hold no heap data, so they work without `alloc`, and their
//! messages name the value that failed and the enum it was meant for.

use crate::any_code::THREE_DIGITS;
use core::fmt;

/// A number that is not a code of the table, from `TryFrom` of any integer type.
///
/// The error keeps the number as given, whatever its type, so that a value that is no `u16`
/// (`-1` from an `i16` column, `70000` from an `i32`) is named as it was read.
///
/// ```
/// use status_codes::CredentialStatus;
///
/// let error = CredentialStatus::try_from(999_u16).unwrap_err();
/// assert_eq!(error.to_string(), "999 is not a CredentialStatus code");
/// assert_eq!(error.value(), 999);
///
/// let error = CredentialStatus::try_from(-1_i64).unwrap_err();
/// assert_eq!(error.to_string(), "-1 is not a CredentialStatus code");
/// assert_eq!(error.value(), -1);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownCodeError {
    value: i128,
    type_name: &'static str,
}

impl UnknownCodeError {
    pub(crate) const fn new(value: i128, type_name: &'static str) -> Self {
        Self { value, type_name }
    }

    /// The number that was looked up, as given: `i128` holds every integer type that converts.
    #[must_use]
    pub const fn value(&self) -> i128 {
        self.value
    }

    /// The name of the enum it was looked up in.
    #[must_use]
    pub const fn type_name(&self) -> &'static str {
        self.type_name
    }
}

impl fmt::Display for UnknownCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is not a {} code", self.value, self.type_name)
    }
}

impl core::error::Error for UnknownCodeError {}

/// A number that is not a three-digit code, from [`AnyCode::new`](crate::AnyCode::new) and
/// `TryFrom` of any integer type for [`AnyCode`](crate::AnyCode).
///
/// ```
/// use status_codes::{AnyCode, CredentialStatus};
///
/// let error = AnyCode::<CredentialStatus>::try_from(99_u16).unwrap_err();
/// assert_eq!(error.to_string(), "99 is not a three-digit code (100 to 999)");
/// assert_eq!(error.value(), 99);
///
/// let error = AnyCode::<CredentialStatus>::try_from(70_000_i32).unwrap_err();
/// assert_eq!(error.to_string(), "70000 is not a three-digit code (100 to 999)");
/// assert_eq!(error.value(), 70_000);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CodeRangeError {
    value: i128,
}

impl CodeRangeError {
    pub(crate) const fn new(value: i128) -> Self {
        Self { value }
    }

    /// The number that was given, as given: `i128` holds every integer type that converts.
    #[must_use]
    pub const fn value(&self) -> i128 {
        self.value
    }
}

impl fmt::Display for CodeRangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is not a three-digit code ({} to {})",
            self.value,
            THREE_DIGITS.start(),
            THREE_DIGITS.end()
        )
    }
}

impl core::error::Error for CodeRangeError {}

/// Why a string did not parse; see [`ParseError::kind`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The string was empty.
    Empty,
    /// Three digits that are not a code of the table.
    UnknownCode(u16),
    /// Neither a code nor a name of the table.
    UnknownName,
    /// The `Display` form of a known code with a name that is not that code's.
    NameMismatch {
        /// The code before the space.
        code: u16,
        /// The documented name of that code.
        expected: &'static str,
    },
    /// A code or name with whitespace before or after it, which would parse without it.
    ///
    /// ```
    /// use status_codes::{AnyCode, CredentialStatus, ParseErrorKind};
    ///
    /// let error = "207 ".parse::<AnyCode<CredentialStatus>>().unwrap_err();
    /// assert_eq!(error.kind(), ParseErrorKind::Whitespace);
    /// assert_eq!(
    ///     error.to_string(),
    ///     r#""207 " ends with whitespace: CredentialStatus codes and names are read without trimming"#
    /// );
    /// ```
    Whitespace,
    /// A name after a code the table does not have, as in `"207 Updated"`: only a code of the
    /// table has a name. [`AnyCode`](crate::AnyCode) reports it; for the enum itself the
    /// unknown code is the problem, [`UnknownCode`](Self::UnknownCode).
    ///
    /// ```
    /// use status_codes::{AnyCode, CredentialStatus, ParseErrorKind};
    ///
    /// let error = "207 Updated".parse::<AnyCode<CredentialStatus>>().unwrap_err();
    /// assert_eq!(error.kind(), ParseErrorKind::NamedUnknownCode(207));
    /// assert_eq!(
    ///     error.to_string(),
    ///     r#""207 Updated" names code 207, which CredentialStatus does not have"#
    /// );
    /// ```
    NamedUnknownCode(u16),
    /// A code and a name separated by something other than one space, as in
    /// `"411  TwofaTimeout"` or `"411\tTwofaTimeout"`.
    ///
    /// ```
    /// use status_codes::{CredentialStatus, ParseErrorKind};
    ///
    /// let error = "411  TwofaTimeout".parse::<CredentialStatus>().unwrap_err();
    /// assert_eq!(error.kind(), ParseErrorKind::Separator(411));
    /// assert_eq!(
    ///     error.to_string(),
    ///     r#""411  TwofaTimeout" is not a CredentialStatus: a code and its name are separated by one space"#
    /// );
    /// ```
    Separator(u16),
    /// Not the name of one of the table's function groups, from the group enum's `FromStr`.
    ///
    /// ```
    /// status_codes::status_codes! {
    ///     pub enum Reply { x2x Connections 2xx Done < 220 Ready > }
    /// }
    ///
    /// use status_codes::ParseErrorKind;
    /// assert_eq!("Connections".parse(), Ok(ReplyGroup::Connections));
    /// let error = "Links".parse::<ReplyGroup>().unwrap_err();
    /// assert_eq!(error.kind(), ParseErrorKind::UnknownGroup);
    /// assert_eq!(error.to_string(), r#""Links" is not a ReplyGroup name"#);
    /// ```
    UnknownGroup,
}

/// How much of an input an error keeps, in bytes.
const EXCERPT_CAPACITY: usize = 40;

/// The first 40 bytes of a string (cut at a character boundary) and its length: enough for an
/// error to name a value without allocating.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Excerpt {
    bytes: [u8; EXCERPT_CAPACITY],
    kept: u8,
    len: usize,
}

impl Excerpt {
    #[inline]
    pub(crate) fn new(text: &str) -> Self {
        let mut cut = text.len().min(EXCERPT_CAPACITY);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut bytes = [0; EXCERPT_CAPACITY];
        bytes[..cut].copy_from_slice(&text.as_bytes()[..cut]);
        Self {
            bytes,
            kept: u8::try_from(cut).unwrap_or(u8::MAX),
            len: text.len(),
        }
    }

    pub(crate) fn text(&self) -> &str {
        core::str::from_utf8(&self.bytes[..usize::from(self.kept)]).unwrap_or_default()
    }

    pub(crate) const fn is_truncated(&self) -> bool {
        self.len > self.kept as usize
    }

    /// Where an input that is not trimmed has its whitespace. The end of a cut input is not
    /// kept: when its start has none, the whitespace is at the end.
    fn whitespace_position(&self) -> &'static str {
        let text = self.text();
        let starts = text.starts_with(char::is_whitespace);
        let ends = if self.is_truncated() {
            !starts
        } else {
            text.ends_with(char::is_whitespace)
        };
        match (starts, ends) {
            (true, true) => "starts and ends",
            (true, false) => "starts",
            (false, _) => "ends",
        }
    }
}

/// Quoted and escaped, with the full length when cut: `"Pendng"`, `"aaaa…"… (700 bytes)`.
impl fmt::Display for Excerpt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.text())?;
        if self.is_truncated() {
            write!(f, "… ({} bytes)", self.len)?;
        }
        Ok(())
    }
}

/// A string that is not a code, name or `Display` form of the table, from `FromStr`.
///
/// The error keeps the first 40 bytes of the input (cut at a character boundary) so that its
/// message can name it without allocating.
///
/// ```
/// use status_codes::{CredentialStatus, ParseErrorKind};
///
/// let error = "Pendng".parse::<CredentialStatus>().unwrap_err();
/// assert_eq!(error.to_string(), r#""Pendng" is not a CredentialStatus code or name"#);
/// assert_eq!(error.kind(), ParseErrorKind::UnknownName);
/// assert_eq!(error.input(), "Pendng");
///
/// let error = "207".parse::<CredentialStatus>().unwrap_err();
/// assert_eq!(error.to_string(), "207 is not a CredentialStatus code");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseError {
    type_name: &'static str,
    kind: ParseErrorKind,
    input: Excerpt,
}

impl ParseError {
    #[inline]
    pub(crate) fn new(kind: ParseErrorKind, input: &str, type_name: &'static str) -> Self {
        Self {
            type_name,
            kind,
            input: Excerpt::new(input),
        }
    }

    /// Why the string did not parse.
    #[must_use]
    pub const fn kind(&self) -> ParseErrorKind {
        self.kind
    }

    /// The name of the enum the string was parsed as.
    #[must_use]
    pub const fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// The input, or its first 40 bytes when [`is_truncated`](Self::is_truncated).
    #[must_use]
    pub fn input(&self) -> &str {
        self.input.text()
    }

    /// Whether [`input`](Self::input) is shorter than the string that failed to parse.
    #[must_use]
    pub const fn is_truncated(&self) -> bool {
        self.input.is_truncated()
    }

    /// The length in bytes of the string that failed to parse.
    #[must_use]
    pub const fn input_len(&self) -> usize {
        self.input.len
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let type_name = self.type_name;
        match self.kind {
            ParseErrorKind::Empty => {
                write!(f, "an empty string is not a {type_name} code or name")
            }
            ParseErrorKind::UnknownCode(code) if self.input.len == 3 => {
                write!(f, "{code} is not a {type_name} code")
            }
            ParseErrorKind::UnknownCode(code) => {
                write!(f, "{}: {code} is not a {type_name} code", self.input)
            }
            ParseErrorKind::UnknownName => {
                write!(f, "{} is not a {type_name} code or name", self.input)
            }
            ParseErrorKind::UnknownGroup => {
                write!(f, "{} is not a {type_name}Group name", self.input)
            }
            ParseErrorKind::NameMismatch { code, expected } => write!(
                f,
                "{} is not a {type_name}: code {code} is named {expected:?}",
                self.input
            ),
            ParseErrorKind::Whitespace => write!(
                f,
                "{} {} with whitespace: {type_name} codes and names are read without trimming",
                self.input,
                self.input.whitespace_position()
            ),
            ParseErrorKind::Separator(_) => write!(
                f,
                "{} is not a {type_name}: a code and its name are separated by one space",
                self.input
            ),
            ParseErrorKind::NamedUnknownCode(code) => write!(
                f,
                "{} names code {code}, which {type_name} does not have",
                self.input
            ),
        }
    }
}

impl fmt::Debug for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParseError")
            .field("type_name", &self.type_name)
            .field("kind", &self.kind)
            .field("input", &self.input())
            .field("input_len", &self.input.len)
            .finish()
    }
}

impl core::error::Error for ParseError {}
