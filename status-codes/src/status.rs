//! What the integrations read, write and describe: a generated enum, or an [`AnyCode`] of one,
//! so that every form and schema works for both.

use crate::{AnyCode, ParseError, StatusCode};

/// A generated enum, or an [`AnyCode`] of one: what serde's forms read and write, what the
/// schemas describe and what the property-test strategies produce.
pub trait Status: Copy + sealed::Sealed {
    /// The table the value belongs to.
    type Table: StatusCode;

    /// Whether any three-digit code is accepted, which changes the wording of errors.
    const ACCEPTS_UNKNOWN: bool;

    /// The value as a three-digit code.
    fn to_any(self) -> AnyCode<Self::Table>;

    /// The value for a number: a code of the table for an enum, any three-digit code for an
    /// `AnyCode`.
    fn from_code(code: u16) -> Option<Self>;

    /// The value for a string, as `FromStr` reads it.
    ///
    /// # Errors
    /// The error of `FromStr`.
    fn parse(text: &str) -> Result<Self, ParseError>;

    /// What the name form writes for this value, which reads back as this value: the name, or
    /// the identifier where an earlier code has the same name (`"Pending205"`). `None` for a code
    /// the table does not have.
    fn name_key(self) -> Option<&'static str> {
        let known = self.to_any().known()?;
        if Self::Table::from_name(known.name()) == Some(known) {
            Some(known.name())
        } else {
            Some(known.identifier())
        }
    }
}

mod sealed {
    pub trait Sealed {}
    impl<T: crate::StatusCode> Sealed for T {}
    impl<T: crate::StatusCode> Sealed for crate::AnyCode<T> {}
}

impl<T: StatusCode> Status for T {
    type Table = T;
    const ACCEPTS_UNKNOWN: bool = false;

    #[inline]
    fn to_any(self) -> AnyCode<T> {
        AnyCode::from(self)
    }

    #[inline]
    fn from_code(code: u16) -> Option<Self> {
        T::from_code(code)
    }

    fn parse(text: &str) -> Result<Self, ParseError> {
        crate::parse::parse(text)
    }
}

impl<T: StatusCode> Status for AnyCode<T> {
    type Table = T;
    const ACCEPTS_UNKNOWN: bool = true;

    #[inline]
    fn to_any(self) -> AnyCode<T> {
        self
    }

    #[inline]
    fn from_code(code: u16) -> Option<Self> {
        AnyCode::new(code).ok()
    }

    fn parse(text: &str) -> Result<Self, ParseError> {
        crate::parse::parse_any(text)
    }
}
