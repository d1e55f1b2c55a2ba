//! The visitor shared by every form: integers and strings, with errors that name the value.

use super::Status;
use crate::StatusCode;
use crate::any_code::THREE_DIGITS;
use core::fmt;
use core::marker::PhantomData;
use serde_core::de::{self, Visitor};

pub struct StatusVisitor<T>(PhantomData<fn() -> T>);

impl<T> StatusVisitor<T> {
    pub const fn new() -> Self {
        Self(PhantomData)
    }
}

/// The value for a number, or an error naming it.
#[inline]
fn from_number<T: Status, E: de::Error>(
    value: impl TryInto<u16> + fmt::Display + Copy,
) -> Result<T, E> {
    match value.try_into().ok().and_then(T::from_code) {
        Some(status) => Ok(status),
        None => Err(number_error::<T, E>(value)),
    }
}

/// Out of line and cold, so that the formatting stays off the path of valid codes.
#[cold]
#[inline(never)]
fn number_error<T: Status, E: de::Error>(value: impl fmt::Display) -> E {
    let table = <T::Table as StatusCode>::TYPE_NAME;
    if T::ACCEPTS_UNKNOWN {
        E::custom(format_args!(
            "{value} is not a three-digit code ({} to {})",
            THREE_DIGITS.start(),
            THREE_DIGITS.end()
        ))
    } else {
        E::custom(format_args!("{value} is not a {table} code"))
    }
}

/// The value for a string: code, name, identifier or `Display` form. Out of line, so that a
/// format's `deserialize_any` keeps the integer path, the default form's, short.
#[cold]
#[inline(never)]
fn from_text<T: Status, E: de::Error>(text: &str) -> Result<T, E> {
    T::parse(text).map_err(E::custom)
}

fn expecting<T: Status>(f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let table = <T::Table as StatusCode>::TYPE_NAME;
    if T::ACCEPTS_UNKNOWN {
        write!(f, "a three-digit code or a {table} name")
    } else {
        write!(f, "a {table} code or name")
    }
}

impl<T: Status> Visitor<'_> for StatusVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        expecting::<T>(f)
    }

    #[inline]
    fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
        from_number(value)
    }

    #[inline]
    fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
        from_number(value)
    }

    #[inline]
    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        from_text(text)
    }
}
