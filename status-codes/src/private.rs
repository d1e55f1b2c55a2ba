//! What generated code calls. Not public API: it changes with the macro, which is why the facade
//! pins `status-macros` to its exact version.

use crate::{StatusCode, UnknownCodeError};

pub use crate::impl_table::shields;
pub use crate::parse::parse;
pub use crate::table::{Keys, Lookup, Slots, Table};
pub use crate::{__impl_extension as impl_extension, __impl_table as impl_table};
pub use status_macros::status_codes;

/// Implemented by the enums the macro generates, and only by them: it seals
/// [`StatusCode`](crate::StatusCode) and [`StatusCategory`](crate::StatusCategory).
pub trait Generated {}

/// The error of `TryFrom<u16>` for a code `T` does not have.
#[must_use]
#[inline]
pub const fn unknown_code<T: StatusCode>(code: u16) -> UnknownCodeError {
    UnknownCodeError::new(code, T::TYPE_NAME)
}

/// `TryFrom<u16>`: the variant of `T` for `code`, or the error naming both.
///
/// # Errors
/// [`UnknownCodeError`] when `T` has no such code.
#[inline]
pub fn try_from_code<T: StatusCode>(code: u16) -> Result<T, UnknownCodeError> {
    T::from_code(code).ok_or_else(|| unknown_code::<T>(code))
}

/// `From<Base>` for an extension `T`, which has every code of its base.
#[inline]
pub fn widen<B: StatusCode, T: StatusCode>(status: B) -> T {
    match T::from_code(status.code()) {
        Some(status) => status,
        None => panic!("every {} code is a {} code", B::TYPE_NAME, T::TYPE_NAME),
    }
}

#[cfg(feature = "serde")]
pub use crate::serde::category::{
    deserialize as deserialize_category, serialize as serialize_category,
};
#[cfg(feature = "serde")]
pub use crate::serde::code::{deserialize, serialize};
#[cfg(feature = "serde")]
pub use serde_core as serde;

/// `#[status_codes(serde)]`: `Serialize` and `Deserialize` for a code enum (the integer code)
/// and its category enum (the category's name). The facade's `serde` feature decides which of
/// the two definitions exists; a table never gets these impls without asking.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($code:ident, $category:ident) => {
        const _: () = {
            // Shadow any constant or unit struct of the user's named like a parameter below,
            // which would turn the parameter into a pattern.
            #[allow(dead_code)]
            fn serializer() {}
            #[allow(dead_code)]
            fn deserializer() {}

            #[automatically_derived]
            impl $crate::__private::serde::Serialize for $code {
                fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
                where
                    S: $crate::__private::serde::Serializer,
                {
                    $crate::__private::serialize(self, serializer)
                }
            }

            #[automatically_derived]
            impl<'de> $crate::__private::serde::Deserialize<'de> for $code {
                fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
                where
                    D: $crate::__private::serde::Deserializer<'de>,
                {
                    $crate::__private::deserialize(deserializer)
                }
            }

            #[automatically_derived]
            impl $crate::__private::serde::Serialize for $category {
                fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
                where
                    S: $crate::__private::serde::Serializer,
                {
                    $crate::__private::serialize_category(self, serializer)
                }
            }

            #[automatically_derived]
            impl<'de> $crate::__private::serde::Deserialize<'de> for $category {
                fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
                where
                    D: $crate::__private::serde::Deserializer<'de>,
                {
                    $crate::__private::deserialize_category(deserializer)
                }
            }
        };
    };
}

/// Without the `serde` feature, a table that asks for serde gets one error, on its `serde`.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($($table:tt)*) => {
        ::core::compile_error! {
            "`#[status_codes(serde)]` needs the `serde` feature of status-codes: add `features = [\"serde\"]` to its dependency"
        }
    };
}

pub use crate::__impl_serde as impl_serde;

#[cfg(feature = "schemars")]
pub use crate::json_schema::{category_name, code_name};
#[cfg(feature = "schemars")]
pub use ::schemars;
#[cfg(feature = "schemars")]
pub use alloc::borrow::Cow;

/// `JsonSchema::json_schema` of a generated enum.
#[cfg(feature = "schemars")]
#[must_use]
pub fn code_schema<T: StatusCode>() -> ::schemars::Schema {
    crate::schemars::schema(crate::json_schema::code::<T>())
}

/// `JsonSchema::json_schema` of a category enum.
#[cfg(feature = "schemars")]
#[must_use]
pub fn category_schema<C: crate::StatusCategory>() -> ::schemars::Schema {
    crate::schemars::schema(crate::json_schema::category::<C>())
}

/// `#[status_codes(schemars)]`: `JsonSchema` for a code enum (an integer `enum` of its codes)
/// and its category enum (a string `enum` of the names), when the facade's `schemars` feature
/// is on.
#[cfg(feature = "schemars")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_schemars {
    ($code:ident, $category:ident) => {
        const _: () = {
            #[automatically_derived]
            impl $crate::__private::schemars::JsonSchema for $code {
                fn schema_name() -> $crate::__private::Cow<'static, ::core::primitive::str> {
                    $crate::__private::code_name::<Self>()
                }

                fn schema_id() -> $crate::__private::Cow<'static, ::core::primitive::str> {
                    $crate::__private::Cow::Borrowed(::core::any::type_name::<Self>())
                }

                fn json_schema(
                    _: &mut $crate::__private::schemars::SchemaGenerator,
                ) -> $crate::__private::schemars::Schema {
                    $crate::__private::code_schema::<Self>()
                }
            }

            #[automatically_derived]
            impl $crate::__private::schemars::JsonSchema for $category {
                fn schema_name() -> $crate::__private::Cow<'static, ::core::primitive::str> {
                    $crate::__private::category_name::<Self>()
                }

                fn schema_id() -> $crate::__private::Cow<'static, ::core::primitive::str> {
                    $crate::__private::Cow::Borrowed(::core::any::type_name::<Self>())
                }

                fn json_schema(
                    _: &mut $crate::__private::schemars::SchemaGenerator,
                ) -> $crate::__private::schemars::Schema {
                    $crate::__private::category_schema::<Self>()
                }
            }
        };
    };
}

/// Without the `schemars` feature, a table that asks for `JsonSchema` gets one error, on its
/// `schemars`.
#[cfg(not(feature = "schemars"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_schemars {
    ($($table:tt)*) => {
        ::core::compile_error! {
            "`#[status_codes(schemars)]` needs the `schemars` feature of status-codes: add `features = [\"schemars\"]` to its dependency"
        }
    };
}

pub use crate::__impl_schemars as impl_schemars;
