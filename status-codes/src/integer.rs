//! The integer types codes convert from and to besides `u16`: the ones databases and wire
//! formats store them in. Postgres has no unsigned types (a code is an `int2`, an `int4` or an
//! `int8` there), and protobuf sends an `int32`.

use crate::any_code::THREE_DIGITS;
use crate::{AnyCode, CodeRangeError, StatusCode, UnknownCodeError};

/// An integer type a code converts from: `i16`, `i32`, `i64`, `u16`, `u32` or `u64`. Sealed.
pub trait Integer: Copy + sealed::Sealed {
    /// The value, if it is a `u16`.
    fn to_u16(self) -> Option<u16>;

    /// The value, without loss, for an error to name it as given.
    fn widen(self) -> i128;
}

mod sealed {
    pub trait Sealed {}
}

macro_rules! integers {
    ($($integer:ident)*) => {$(
        impl sealed::Sealed for $integer {}

        impl Integer for $integer {
            #[inline]
            fn to_u16(self) -> Option<u16> {
                u16::try_from(self).ok()
            }

            #[inline]
            fn widen(self) -> i128 {
                i128::from(self)
            }
        }
    )*};
}

integers!(i16 i32 i64 u16 u32 u64);

/// `TryFrom<$integer>` for a generated enum: its variant for `value`, or the error naming the
/// value as given.
///
/// # Errors
/// [`UnknownCodeError`] when `T` has no such code, whatever the reason: negative, too large,
/// or a number the table does not have.
#[inline]
pub fn try_from_integer<T: StatusCode, I: Integer>(value: I) -> Result<T, UnknownCodeError> {
    match value.to_u16().and_then(T::from_code) {
        Some(status) => Ok(status),
        None => Err(UnknownCodeError::new(value.widen(), T::TYPE_NAME)),
    }
}

/// `TryFrom<$integer>` for an [`AnyCode`]: any three-digit code.
///
/// # Errors
/// [`CodeRangeError`] naming the value as given when it is not 100 to 999.
#[inline]
pub fn any_code_from_integer<T, I: Integer>(value: I) -> Result<AnyCode<T>, CodeRangeError> {
    match value.to_u16() {
        Some(code) if THREE_DIGITS.contains(&code) => Ok(AnyCode::from_three_digits(code)),
        _ => Err(CodeRangeError::new(value.widen())),
    }
}

/// The conversions of [`AnyCode`] with each integer type but `u16`, which has its own.
macro_rules! any_code_integers {
    ($($integer:ident)*) => {$(
        impl<T> TryFrom<$integer> for AnyCode<T> {
            type Error = CodeRangeError;

            #[inline]
            fn try_from(value: $integer) -> Result<Self, CodeRangeError> {
                any_code_from_integer(value)
            }
        }

        impl<T> From<AnyCode<T>> for $integer {
            #[inline]
            fn from(code: AnyCode<T>) -> $integer {
                $integer::from(code.code())
            }
        }
    )*};
}

any_code_integers!(i32 i64 u32 u64);

/// `i16` holds every three-digit code, but has no `From<u16>`.
impl<T> TryFrom<i16> for AnyCode<T> {
    type Error = CodeRangeError;

    #[inline]
    fn try_from(value: i16) -> Result<Self, CodeRangeError> {
        any_code_from_integer(value)
    }
}

impl<T> From<AnyCode<T>> for i16 {
    #[inline]
    fn from(code: AnyCode<T>) -> i16 {
        code_to_i16(code.code())
    }
}

/// A code as an `i16`, which holds every three-digit code.
#[allow(clippy::cast_possible_wrap, reason = "a code is at most 999")]
pub(crate) const fn code_to_i16(code: u16) -> i16 {
    code as i16
}
