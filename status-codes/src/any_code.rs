//! [`AnyCode`]: any three-digit code, known to a table or not.

use crate::{CodeRangeError, ParseError, StatusCategory, StatusCode};
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::PhantomData;
use core::ops::RangeInclusive;
use core::str::FromStr;

/// The three-digit codes: every code a table or an [`AnyCode`] can hold.
pub(crate) const THREE_DIGITS: RangeInclusive<u16> = 100..=999;

/// Any three-digit code (100 to 999), whether or not the table `T` knows it.
///
/// An API may send a code before a client's table has it. `AnyCode` keeps such a code instead
/// of failing: it gives back the variant when `T` has one, the raw code always, and the
/// category by range even for an unknown code. It converts, parses, formats and (with the
/// `serde` feature) serializes like `T`, losslessly, and compares and hashes by code. With a
/// database feature (`sqlx-0_8`, `sqlx-0_9`, `diesel`) it is stored as its code for every
/// table `T`, whether or not the table asked for the integration.
///
/// ```
/// use status_codes::{AnyCode, CredentialStatus, CredentialStatusCategory};
///
/// let known: AnyCode<CredentialStatus> = "411".parse().unwrap();
/// assert_eq!(known.known(), Some(CredentialStatus::TwofaTimeout));
/// assert_eq!(known.to_string(), "411 TwofaTimeout");
///
/// // A code the table does not have yet keeps its number and its category.
/// let new: AnyCode<CredentialStatus> = AnyCode::new(207).unwrap();
/// assert_eq!(new.known(), None);
/// assert_eq!(new.code(), 207);
/// assert_eq!(new.category(), Some(CredentialStatusCategory::Success));
/// assert_eq!(new.to_string(), "207");
/// assert_eq!(AnyCode::<CredentialStatus>::new(412).unwrap().category(),
///            Some(CredentialStatusCategory::MultiFactorAuthentication));
/// assert_eq!(AnyCode::<CredentialStatus>::new(302).unwrap().category(), None);
///
/// // Only three-digit codes.
/// assert_eq!(AnyCode::<CredentialStatus>::new(1000).unwrap_err().to_string(),
///            "1000 is not a three-digit code (100 to 999)");
/// ```
pub struct AnyCode<T> {
    code: u16,
    table: PhantomData<fn() -> T>,
}

impl<T> AnyCode<T> {
    /// The lowest and highest three-digit code.
    ///
    /// ```
    /// use status_codes::{AnyCode, CredentialStatus};
    /// assert_eq!(AnyCode::<CredentialStatus>::RANGE, 100..=999);
    /// ```
    pub const RANGE: RangeInclusive<u16> = THREE_DIGITS;

    /// `code`, if it has three digits.
    ///
    /// # Errors
    /// [`CodeRangeError`] for a number below 100 or above 999.
    pub const fn new(code: u16) -> Result<Self, CodeRangeError> {
        if code >= *THREE_DIGITS.start() && code <= *THREE_DIGITS.end() {
            Ok(Self::from_three_digits(code))
        } else {
            Err(CodeRangeError::new(code as i128))
        }
    }

    /// `code`, which the caller knows has three digits.
    pub(crate) const fn from_three_digits(code: u16) -> Self {
        Self {
            code,
            table: PhantomData,
        }
    }

    /// The code.
    #[must_use]
    pub const fn code(&self) -> u16 {
        self.code
    }
}

impl<T: StatusCode> AnyCode<T> {
    /// The variant of `T` for this code, if `T` has one.
    #[must_use]
    pub fn known(&self) -> Option<T> {
        T::from_code(self.code)
    }

    /// Whether `T` has this code.
    #[must_use]
    pub fn is_known(&self) -> bool {
        self.known().is_some()
    }

    /// The category whose range covers the code, whether or not `T` has the code.
    #[must_use]
    pub fn category(&self) -> Option<T::Category> {
        <T::Category as StatusCategory>::from_code(self.code)
    }

    /// The function group of the code by its middle digit, known to the table or not, if the
    /// table declares one for that digit.
    ///
    /// ```
    /// use status_codes::{AnyCode, CredentialStatus};
    /// assert_eq!(AnyCode::<CredentialStatus>::new(412).unwrap().group(), None);
    /// ```
    #[must_use]
    pub fn group(&self) -> Option<T::Group> {
        T::LOOKUP.group(self.code)
    }

    /// The documented name, for a code `T` has.
    #[must_use]
    pub fn name(&self) -> Option<&'static str> {
        self.known().map(T::name)
    }
}

impl<T> Clone for AnyCode<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for AnyCode<T> {}

impl<T> PartialEq for AnyCode<T> {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl<T> Eq for AnyCode<T> {}

impl<T> PartialOrd for AnyCode<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<T> Ord for AnyCode<T> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.code.cmp(&other.code)
    }
}

impl<T> Hash for AnyCode<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.code.hash(state);
    }
}

/// An `AnyCode` equals the variant with its code.
///
/// ```
/// use status_codes::{AnyCode, CredentialStatus};
/// assert_eq!(AnyCode::from(CredentialStatus::Locked), CredentialStatus::Locked);
/// ```
impl<T: StatusCode> PartialEq<T> for AnyCode<T> {
    fn eq(&self, other: &T) -> bool {
        self.code == other.code()
    }
}

impl<T: StatusCode> fmt::Debug for AnyCode<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.known() {
            Some(known) => write!(f, "AnyCode({known:?})"),
            None => write!(f, "AnyCode({})", self.code),
        }
    }
}

/// Like `T` for a known code (`"411 TwofaTimeout"`), the bare number otherwise (`"207"`).
impl<T: StatusCode> fmt::Display for AnyCode<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.known() {
            Some(known) => fmt::Display::fmt(&known, f),
            None => fmt::Display::fmt(&self.code, f),
        }
    }
}

/// Everything `T` parses, and any other three-digit code. A code `T` does not have has no
/// name, so it parses alone.
///
/// ```
/// use status_codes::{AnyCode, CredentialStatus};
/// type Code = AnyCode<CredentialStatus>;
/// assert_eq!("TwofaTimeout".parse::<Code>().unwrap().code(), 411);
/// assert_eq!("207".parse::<Code>().unwrap().code(), 207);
/// assert_eq!("Updated".parse::<Code>().unwrap_err().to_string(),
///            r#""Updated" is not a CredentialStatus code or name"#);
/// assert_eq!("207 Updated".parse::<Code>().unwrap_err().to_string(),
///            r#""207 Updated" names code 207, which CredentialStatus does not have"#);
/// ```
impl<T: StatusCode> FromStr for AnyCode<T> {
    type Err = ParseError;

    fn from_str(text: &str) -> Result<Self, ParseError> {
        crate::parse::parse_any(text)
    }
}

impl<T: StatusCode> From<T> for AnyCode<T> {
    fn from(known: T) -> Self {
        Self::from_three_digits(known.code())
    }
}

impl<T> TryFrom<u16> for AnyCode<T> {
    type Error = CodeRangeError;

    fn try_from(code: u16) -> Result<Self, CodeRangeError> {
        Self::new(code)
    }
}

impl<T> From<AnyCode<T>> for u16 {
    fn from(code: AnyCode<T>) -> u16 {
        code.code
    }
}
