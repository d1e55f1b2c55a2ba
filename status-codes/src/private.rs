//! What generated code calls. Not public API: it changes with the macro, which is why the facade
//! pins `status-macros` to its exact version.

pub use crate::parse::parse;
pub use core::compile_error;
pub use status_macros::status_codes;

#[cfg(feature = "serde")]
pub use crate::serde::code::{deserialize, serialize};
#[cfg(feature = "serde")]
pub use serde_core as serde;

/// Implements `Serialize` and `Deserialize` for a generated enum when the facade's `serde`
/// feature is on. The choice is made here, by the facade's features, never by the user's.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {
        const _: () = {
            #[automatically_derived]
            impl $crate::__private::serde::Serialize for $ty {
                fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
                where
                    S: $crate::__private::serde::Serializer,
                {
                    $crate::__private::serialize(self, serializer)
                }
            }

            #[automatically_derived]
            impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
                fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
                where
                    D: $crate::__private::serde::Deserializer<'de>,
                {
                    $crate::__private::deserialize(deserializer)
                }
            }
        };
    };
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {};
}

pub use crate::__impl_serde as impl_serde;

#[cfg(feature = "schemars")]
pub use crate::schemars::{code_schema, schema_id, schema_name};
#[cfg(feature = "schemars")]
pub use ::schemars;
#[cfg(feature = "schemars")]
pub use alloc::borrow::Cow;

/// Implements `JsonSchema` for a generated enum when the facade's `schemars` feature is on.
#[cfg(feature = "schemars")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_schemars {
    ($ty:ident) => {
        const _: () = {
            #[automatically_derived]
            impl $crate::__private::schemars::JsonSchema for $ty {
                fn schema_name() -> $crate::__private::Cow<'static, ::core::primitive::str> {
                    $crate::__private::schema_name::<Self>()
                }

                fn schema_id() -> $crate::__private::Cow<'static, ::core::primitive::str> {
                    $crate::__private::schema_id::<Self>()
                }

                fn json_schema(
                    _: &mut $crate::__private::schemars::SchemaGenerator,
                ) -> $crate::__private::schemars::Schema {
                    $crate::__private::code_schema::<Self>()
                }
            }
        };
    };
}

#[cfg(not(feature = "schemars"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_schemars {
    ($ty:ident) => {};
}

pub use crate::__impl_schemars as impl_schemars;
