//! What generated code calls. Not public API: it changes with the macro, which is why the facade
//! pins `status-macros` to its exact version.

use crate::{StatusCode, UnknownCodeError};

pub use crate::NoGroup;
pub use crate::impl_table::shields;
pub use crate::integer::{Integer, try_from_integer};
pub use crate::parse::{parse, parse_group};
pub use crate::table::{Keys, Lookup, Slots, Table};

/// The category enum of a code enum `T`.
pub type CategoryOf<T> = <T as crate::StatusCode>::Category;

/// The data of a code enum `T`'s table.
pub type TableOf<T> = Table<T, CategoryOf<T>, <T as crate::StatusCode>::Group>;

/// The lookups of a code enum `T`'s table.
pub type LookupOf<T> = Lookup<T, CategoryOf<T>, <T as crate::StatusCode>::Group>;
pub use crate::{__impl_extension as impl_extension, __impl_table as impl_table};
pub use status_macros::status_codes;

/// Implemented by the enums the macro generates, and only by them: it seals
/// [`StatusCode`](crate::StatusCode) and [`StatusCategory`](crate::StatusCategory).
pub trait Generated {}

/// `TryFrom<u16>`: the variant of `T` for `code`, or the error naming both.
///
/// # Errors
/// [`UnknownCodeError`] when `T` has no such code.
#[inline]
pub fn try_from_code<T: StatusCode>(code: u16) -> Result<T, UnknownCodeError> {
    try_from_integer(code)
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
    deserialize as deserialize_category, deserialize_group, serialize as serialize_category,
    serialize_group,
};
#[cfg(feature = "serde")]
pub use crate::serde::code::{deserialize, serialize};
#[cfg(feature = "serde")]
pub use serde_core as serde;

/// `#[status_codes(serde)]`: `Serialize` and `Deserialize` for a code enum (the integer code),
/// its category enum and its function-group enum, if any (their names). The facade's `serde` feature decides which of
/// the two definitions exists; a table never gets these impls without asking.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($code:ident, $category:ident $(, $group:ident)?) => {
        const _: () = {
            #[allow(unused_imports)]
            use $crate::__private::shields::*;

            $crate::__private::impl_serde! { @impls $code, serialize, deserialize }
            $crate::__private::impl_serde! {
                @impls $category, serialize_category, deserialize_category
            }
            $($crate::__private::impl_serde! { @impls $group, serialize_group, deserialize_group })?
        };
    };
    (@impls $enum:ident, $serialize:ident, $deserialize:ident) => {
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $enum {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                $crate::__private::$serialize(self, serializer)
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $enum {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::$deserialize(deserializer)
            }
        }
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

#[cfg(any(feature = "schemars", feature = "utoipa-5", feature = "utoipa-6"))]
pub use crate::json_schema::{category_name, code_name, group_name};
#[cfg(feature = "schemars")]
pub use ::schemars;
#[cfg(any(feature = "schemars", feature = "utoipa-5", feature = "utoipa-6"))]
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

/// `JsonSchema::json_schema` of a function-group enum.
#[cfg(feature = "schemars")]
#[must_use]
pub fn group_schema<G: crate::StatusGroup>() -> ::schemars::Schema {
    crate::schemars::schema(crate::json_schema::group::<G>())
}

/// `#[status_codes(schemars)]`: `JsonSchema` for a code enum (an integer `enum` of its codes)
/// and its category enum (a string `enum` of the names), when the facade's `schemars` feature
/// is on.
#[cfg(feature = "schemars")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_schemars {
    ($code:ident, $category:ident $(, $group:ident)?) => {
        const _: () = {
            $crate::__private::impl_schemars! { @impl $code, code_name, code_schema }
            $crate::__private::impl_schemars! { @impl $category, category_name, category_schema }
            $($crate::__private::impl_schemars! { @impl $group, group_name, group_schema })?
        };
    };
    (@impl $enum:ident, $name:ident, $schema:ident) => {
        #[automatically_derived]
        impl $crate::__private::schemars::JsonSchema for $enum {
            fn schema_name() -> $crate::__private::Cow<'static, ::core::primitive::str> {
                $crate::__private::$name::<Self>()
            }

            fn schema_id() -> $crate::__private::Cow<'static, ::core::primitive::str> {
                $crate::__private::Cow::Borrowed(::core::any::type_name::<Self>())
            }

            fn json_schema(
                _: &mut $crate::__private::schemars::SchemaGenerator,
            ) -> $crate::__private::schemars::Schema {
                $crate::__private::$schema::<Self>()
            }
        }
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

#[cfg(any(feature = "sqlx-0_8", feature = "sqlx-0_9"))]
pub use crate::__impl_sqlx_line as impl_sqlx_line;
#[cfg(feature = "sqlx-0_8")]
pub use crate::sqlx::v0_8 as sqlx_0_8;
#[cfg(feature = "sqlx-0_9")]
pub use crate::sqlx::v0_9 as sqlx_0_9;
pub use crate::{
    __impl_sqlx as impl_sqlx, __impl_sqlx_0_8 as impl_sqlx_0_8, __impl_sqlx_0_9 as impl_sqlx_0_9,
};

pub use crate::__impl_diesel as impl_diesel;
#[cfg(feature = "diesel")]
pub use crate::diesel;

/// Without the `diesel` feature, a table that asks for diesel gets one error, on its `diesel`.
#[cfg(not(feature = "diesel"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_diesel {
    ($($table:tt)*) => {
        ::core::compile_error! {
            "`#[status_codes(diesel)]` needs the `diesel` feature of status-codes: add `features = [\"diesel\"]` to its dependency"
        }
    };
}

/// What `impl_utoipa_version!` names, for utoipa 5.
#[cfg(feature = "utoipa-5")]
pub mod utoipa_5 {
    pub use crate::utoipa_5::{category, code, group};
    pub use ::utoipa::openapi::{RefOr, schema::Schema};
    pub use ::utoipa::{PartialSchema, ToSchema};
}

/// What `impl_utoipa_version!` names, for utoipa 6.
#[cfg(feature = "utoipa-6")]
pub mod utoipa_6 {
    pub use crate::utoipa_6::{category, code, group};
    pub use ::utoipa_6::openapi::{RefOr, schema::Schema};
    pub use ::utoipa_6::{PartialSchema, ToSchema};
}

/// `#[status_codes(utoipa)]`: utoipa's `PartialSchema` and `ToSchema` for a code enum, its
/// category enum and its function-group enum, if any, for each major version of utoipa whose
/// feature is on (`utoipa-5`, `utoipa-6`): the schemas schemars gives, under the same names.
#[cfg(any(feature = "utoipa-5", feature = "utoipa-6"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa {
    ($code:ident, $category:ident $(, $group:ident)?) => {
        $crate::__private::impl_utoipa_5! { $code, $category $(, $group)? }
        $crate::__private::impl_utoipa_6! { $code, $category $(, $group)? }
    };
}

/// Without a `utoipa-*` feature, a table that asks for `ToSchema` gets one error, on its
/// `utoipa`.
#[cfg(not(any(feature = "utoipa-5", feature = "utoipa-6")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa {
    ($($table:tt)*) => {
        ::core::compile_error! {
            "`#[status_codes(utoipa)]` needs the `utoipa-5` or `utoipa-6` feature of status-codes, for the major version of utoipa in use: add `features = [\"utoipa-5\"]` to its dependency"
        }
    };
}

/// The impls for one major version of utoipa, `$version` naming its module in `__private`.
#[cfg(any(feature = "utoipa-5", feature = "utoipa-6"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa_version {
    ($version:ident, $code:ident, $category:ident $(, $group:ident)?) => {
        const _: () = {
            #[automatically_derived]
            impl $crate::__private::$version::PartialSchema for $code {
                fn schema()
                -> $crate::__private::$version::RefOr<$crate::__private::$version::Schema> {
                    $crate::__private::$version::code::<Self>()
                }
            }

            #[automatically_derived]
            impl $crate::__private::$version::ToSchema for $code {
                fn name() -> $crate::__private::Cow<'static, ::core::primitive::str> {
                    $crate::__private::code_name::<Self>()
                }
            }

            #[automatically_derived]
            impl $crate::__private::$version::PartialSchema for $category {
                fn schema()
                -> $crate::__private::$version::RefOr<$crate::__private::$version::Schema> {
                    $crate::__private::$version::category::<Self>()
                }
            }

            #[automatically_derived]
            impl $crate::__private::$version::ToSchema for $category {
                fn name() -> $crate::__private::Cow<'static, ::core::primitive::str> {
                    $crate::__private::category_name::<Self>()
                }
            }

            $(
                #[automatically_derived]
                impl $crate::__private::$version::PartialSchema for $group {
                    fn schema()
                    -> $crate::__private::$version::RefOr<$crate::__private::$version::Schema> {
                        $crate::__private::$version::group::<Self>()
                    }
                }

                #[automatically_derived]
                impl $crate::__private::$version::ToSchema for $group {
                    fn name() -> $crate::__private::Cow<'static, ::core::primitive::str> {
                        $crate::__private::group_name::<Self>()
                    }
                }
            )?
        };
    };
}

/// utoipa 5's impls, or nothing without the `utoipa-5` feature.
#[cfg(feature = "utoipa-5")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa_5 {
    ($code:ident, $category:ident $(, $group:ident)?) => {
        $crate::__private::impl_utoipa_version! { utoipa_5, $code, $category $(, $group)? }
    };
}

#[cfg(not(feature = "utoipa-5"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa_5 {
    ($($table:tt)*) => {};
}

/// utoipa 6's impls, or nothing without the `utoipa-6` feature.
#[cfg(feature = "utoipa-6")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa_6 {
    ($code:ident, $category:ident $(, $group:ident)?) => {
        $crate::__private::impl_utoipa_version! { utoipa_6, $code, $category $(, $group)? }
    };
}

#[cfg(not(feature = "utoipa-6"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa_6 {
    ($($table:tt)*) => {};
}

#[cfg(any(feature = "utoipa-5", feature = "utoipa-6"))]
pub use crate::__impl_utoipa_version as impl_utoipa_version;
pub use crate::{
    __impl_utoipa as impl_utoipa, __impl_utoipa_5 as impl_utoipa_5,
    __impl_utoipa_6 as impl_utoipa_6,
};

#[cfg(feature = "arbitrary")]
pub use crate::arbitrary::{choose as arbitrary_choose, size_hint as arbitrary_size_hint};
#[cfg(feature = "arbitrary")]
pub use ::arbitrary;

/// `#[status_codes(arbitrary)]`: `Arbitrary` for a code enum (any code of the table), its
/// category enum (any category) and its function-group enum, if any (any group), when the
/// facade's `arbitrary` feature is on.
#[cfg(feature = "arbitrary")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_arbitrary {
    ($code:ident, $category:ident $(, $group:ident)?) => {
        const _: () = {
            #[allow(unused_imports)]
            use $crate::__private::shields::*;

            $crate::__private::impl_arbitrary! { @impl $code }
            $crate::__private::impl_arbitrary! { @impl $category }
            $($crate::__private::impl_arbitrary! { @impl $group })?
        };
    };
    (@impl $enum:ident) => {
        #[automatically_derived]
        impl<'a> $crate::__private::arbitrary::Arbitrary<'a> for $enum {
            fn arbitrary(
                unstructured: &mut $crate::__private::arbitrary::Unstructured<'a>,
            ) -> $crate::__private::arbitrary::Result<Self> {
                $crate::__private::arbitrary_choose(unstructured, Self::ALL)
            }

            fn size_hint(
                _: ::core::primitive::usize,
            ) -> (
                ::core::primitive::usize,
                ::core::option::Option<::core::primitive::usize>,
            ) {
                $crate::__private::arbitrary_size_hint(Self::ALL.len())
            }
        }
    };
}

/// Without the `arbitrary` feature, a table that asks for `Arbitrary` gets one error, on its
/// `arbitrary`.
#[cfg(not(feature = "arbitrary"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_arbitrary {
    ($($table:tt)*) => {
        ::core::compile_error! {
            "`#[status_codes(arbitrary)]` needs the `arbitrary` feature of status-codes: add `features = [\"arbitrary\"]` to its dependency"
        }
    };
}

pub use crate::__impl_arbitrary as impl_arbitrary;
