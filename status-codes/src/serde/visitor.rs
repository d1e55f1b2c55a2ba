//! The visitor shared by every form: integers and strings, with errors that name the value.

use super::Repr;
use crate::{AnyCode, StatusCode};
use core::fmt;
use core::marker::PhantomData;
use serde_core::de::{self, Visitor};

pub struct ReprVisitor<R>(PhantomData<fn() -> R>);

impl<R> ReprVisitor<R> {
    pub const fn new() -> Self {
        Self(PhantomData)
    }
}

/// The value for a number, or an error naming it.
pub fn from_number<R: Repr, E: de::Error>(
    value: impl TryInto<u16> + fmt::Display + Copy,
) -> Result<R, E> {
    let code = value
        .try_into()
        .ok()
        .and_then(|code| AnyCode::new(code).ok());
    match code {
        Some(code) => R::from_any(code).map_err(E::custom),
        None if R::ACCEPTS_UNKNOWN => Err(E::custom(format_args!(
            "{value} is not a three-digit code (100 to 999)"
        ))),
        None => Err(E::custom(format_args!(
            "{value} is not a {} code",
            <R::Table as StatusCode>::TYPE_NAME
        ))),
    }
}

/// The value for a string: code, name, identifier or `Display` form.
pub fn from_text<R: Repr, E: de::Error>(text: &str) -> Result<R, E> {
    let code: AnyCode<R::Table> = text.parse().map_err(E::custom)?;
    R::from_any(code).map_err(E::custom)
}

pub fn expecting<R: Repr>(f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let table = <R::Table as StatusCode>::TYPE_NAME;
    if R::ACCEPTS_UNKNOWN {
        write!(f, "a three-digit code or a {table} name")
    } else {
        write!(f, "a {table} code or name")
    }
}

impl<R: Repr> Visitor<'_> for ReprVisitor<R> {
    type Value = R;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        expecting::<R>(f)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<R, E> {
        from_number(value)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<R, E> {
        from_number(value)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<R, E> {
        from_text(text)
    }
}
