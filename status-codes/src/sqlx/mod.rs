//! sqlx support, for the release lines 0.8 and 0.9, each behind its feature (`sqlx-0_8`,
//! `sqlx-0_9`): a code is stored as its integer, generic over the database. The two lines
//! differ only in `Encode`'s argument buffer, so the functions the impls call, and the impls a
//! table asks for, are written once, here, and expanded against each line.
//!
//! `#[status_codes(sqlx)]` asks for the impls of every line whose feature is on; with neither
//! feature, the table gets one error naming both.

#[cfg(feature = "sqlx-0_8")]
pub mod v0_8;
#[cfg(feature = "sqlx-0_9")]
pub mod v0_9;

/// The functions the impls of a line call, over `sqlx` (the line's crate, imported by that name
/// where this is expanded) and its `ArgumentBuffer` as `Encode` names it; and the impls for
/// [`AnyCode`](crate::AnyCode).
#[cfg(any(feature = "sqlx-0_8", feature = "sqlx-0_9"))]
macro_rules! release_line {
    ($($buffer:tt)*) => {
        use crate::integer::{any_code_from_integer, code_to_i16, try_from_integer};
        use crate::{AnyCode, StatusCode};
        use core::result::Result;

        pub use sqlx::encode::IsNull;
        pub use sqlx::error::{BoxDynError, UnexpectedNullError};
        pub use sqlx::postgres::{PgHasArrayType, PgTypeInfo};
        pub use sqlx::{Database, Decode, Encode, Type};
        use sqlx::ValueRef;

        /// The type a code is bound as: the database's 2-byte integer (`INT2`, `SMALLINT`).
        #[must_use]
        pub fn type_info<DB: Database>() -> DB::TypeInfo
        where
            i16: Type<DB>,
        {
            <i16 as Type<DB>>::type_info()
        }

        /// The columns a code is read from: 2-, 4- and 8-byte integers.
        #[must_use]
        pub fn compatible<DB: Database>(ty: &DB::TypeInfo) -> bool
        where
            i16: Type<DB>,
            i32: Type<DB>,
            i64: Type<DB>,
        {
            <i16 as Type<DB>>::compatible(ty)
                || <i32 as Type<DB>>::compatible(ty)
                || <i64 as Type<DB>>::compatible(ty)
        }

        /// Writes `code` as the database's 2-byte integer.
        ///
        /// # Errors
        /// The database's, when it cannot encode an `i16`.
        pub fn encode<'q, DB: Database>(
            code: u16,
            buf: &mut $($buffer)*,
        ) -> Result<IsNull, BoxDynError>
        where
            i16: Encode<'q, DB>,
        {
            <i16 as Encode<'q, DB>>::encode_by_ref(&code_to_i16(code), buf)
        }

        /// The integer in a column of any width, read as the widest type the column's type is
        /// compatible with, so that a value is never cut to fit (in SQLite every integer is 8
        /// bytes wide, whatever the column's declared type). NULL is no integer, even where the
        /// database's own integers read it as 0 (SQLite's).
        ///
        /// # Errors
        /// `UnexpectedNullError` for NULL, the database's for a value that is no integer.
        pub fn decode_integer<'r, DB: Database>(
            value: <DB as Database>::ValueRef<'r>,
        ) -> Result<i64, BoxDynError>
        where
            i16: Decode<'r, DB> + Type<DB>,
            i32: Decode<'r, DB> + Type<DB>,
            i64: Decode<'r, DB> + Type<DB>,
        {
            if value.is_null() {
                return Err(BoxDynError::from(UnexpectedNullError));
            }
            let ty = value.type_info();
            let (int8, int4, int2) = (
                <i64 as Type<DB>>::compatible(&ty),
                <i32 as Type<DB>>::compatible(&ty),
                <i16 as Type<DB>>::compatible(&ty),
            );
            drop(ty);
            if int8 || !(int4 || int2) {
                <i64 as Decode<'r, DB>>::decode(value)
            } else if int4 {
                <i32 as Decode<'r, DB>>::decode(value).map(i64::from)
            } else {
                <i16 as Decode<'r, DB>>::decode(value).map(i64::from)
            }
        }

        /// A code of `T`, or the error naming the value and `T`, for sqlx to report as the
        /// column's.
        ///
        /// # Errors
        /// The database's for a value that is no integer; `UnknownCodeError` for a number that
        /// is no code of `T`.
        pub fn decode<'r, T: StatusCode, DB: Database>(
            value: <DB as Database>::ValueRef<'r>,
        ) -> Result<T, BoxDynError>
        where
            i16: Decode<'r, DB> + Type<DB>,
            i32: Decode<'r, DB> + Type<DB>,
            i64: Decode<'r, DB> + Type<DB>,
        {
            Ok(try_from_integer::<T, i64>(decode_integer::<DB>(value)?)?)
        }

        /// A code is an `INT2[]` element in Postgres arrays.
        #[must_use]
        pub fn array_type_info() -> PgTypeInfo {
            <i16 as PgHasArrayType>::array_type_info()
        }

        /// Arrays of 2-, 4- and 8-byte integers hold codes.
        #[must_use]
        pub fn array_compatible(ty: &PgTypeInfo) -> bool {
            <i16 as PgHasArrayType>::array_compatible(ty)
                || <i32 as PgHasArrayType>::array_compatible(ty)
                || <i64 as PgHasArrayType>::array_compatible(ty)
        }

        /// Stored as its integer code, like the codes of `T`; any three-digit code reads back.
        impl<T, DB: Database> Type<DB> for AnyCode<T>
        where
            i16: Type<DB>,
            i32: Type<DB>,
            i64: Type<DB>,
        {
            fn type_info() -> DB::TypeInfo {
                type_info::<DB>()
            }

            fn compatible(ty: &DB::TypeInfo) -> bool {
                compatible::<DB>(ty)
            }
        }

        impl<'q, T, DB: Database> Encode<'q, DB> for AnyCode<T>
        where
            i16: Encode<'q, DB>,
        {
            fn encode_by_ref(&self, buf: &mut $($buffer)*) -> Result<IsNull, BoxDynError> {
                encode::<DB>(self.code(), buf)
            }
        }

        impl<'r, T, DB: Database> Decode<'r, DB> for AnyCode<T>
        where
            i16: Decode<'r, DB> + Type<DB>,
            i32: Decode<'r, DB> + Type<DB>,
            i64: Decode<'r, DB> + Type<DB>,
        {
            fn decode(value: <DB as Database>::ValueRef<'r>) -> Result<Self, BoxDynError> {
                Ok(any_code_from_integer(decode_integer::<DB>(value)?)?)
            }
        }

        impl<T> PgHasArrayType for AnyCode<T> {
            fn array_type_info() -> PgTypeInfo {
                array_type_info()
            }

            fn array_compatible(ty: &PgTypeInfo) -> bool {
                array_compatible(ty)
            }
        }
    };
}

#[cfg(any(feature = "sqlx-0_8", feature = "sqlx-0_9"))]
use release_line;

/// `#[status_codes(sqlx)]` with one sqlx line: `Type`, `Encode`, `Decode` and `PgHasArrayType`
/// for the code enum `$code`, stored as its integer code. `$line` names the line's module in
/// `__private`, which the impls call as `sqlx`, and `$buffer` is its `ArgumentBuffer` as
/// `Encode` names it.
#[cfg(any(feature = "sqlx-0_8", feature = "sqlx-0_9"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_sqlx_line {
    ($line:ident, $code:ident, $($buffer:tt)*) => {
        const _: () = {
            use $crate::__private::$line as sqlx;
            // The primitive types over any item of the user's of the same name.
            use ::core::primitive::{bool, i16, i32, i64};
            #[allow(unused_imports)]
            use $crate::__private::shields::*;

            #[automatically_derived]
            impl<DB: sqlx::Database> sqlx::Type<DB> for $code
            where
                i16: sqlx::Type<DB>,
                i32: sqlx::Type<DB>,
                i64: sqlx::Type<DB>,
            {
                fn type_info() -> DB::TypeInfo {
                    sqlx::type_info::<DB>()
                }

                fn compatible(ty: &DB::TypeInfo) -> bool {
                    sqlx::compatible::<DB>(ty)
                }
            }

            #[automatically_derived]
            impl<'q, DB: sqlx::Database> sqlx::Encode<'q, DB> for $code
            where
                i16: sqlx::Encode<'q, DB>,
            {
                fn encode_by_ref(
                    &self,
                    buf: &mut $($buffer)*,
                ) -> ::core::result::Result<sqlx::IsNull, sqlx::BoxDynError> {
                    sqlx::encode::<DB>($crate::StatusCode::code(*self), buf)
                }
            }

            #[automatically_derived]
            impl<'r, DB: sqlx::Database> sqlx::Decode<'r, DB> for $code
            where
                i16: sqlx::Decode<'r, DB> + sqlx::Type<DB>,
                i32: sqlx::Decode<'r, DB> + sqlx::Type<DB>,
                i64: sqlx::Decode<'r, DB> + sqlx::Type<DB>,
            {
                fn decode(
                    value: <DB as sqlx::Database>::ValueRef<'r>,
                ) -> ::core::result::Result<Self, sqlx::BoxDynError> {
                    sqlx::decode::<Self, DB>(value)
                }
            }

            #[automatically_derived]
            impl sqlx::PgHasArrayType for $code {
                fn array_type_info() -> sqlx::PgTypeInfo {
                    sqlx::array_type_info()
                }

                fn array_compatible(ty: &sqlx::PgTypeInfo) -> bool {
                    sqlx::array_compatible(ty)
                }
            }
        };
    };
}

/// `#[status_codes(sqlx)]`: `Type`, `Encode`, `Decode` and `PgHasArrayType` of each sqlx line
/// whose feature is on, for a code enum. Its category enum is not stored.
#[cfg(any(feature = "sqlx-0_8", feature = "sqlx-0_9"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_sqlx {
    ($code:ident, $category:ident $(, $group:ident)?) => {
        $crate::__private::impl_sqlx_0_8! { $code }
        $crate::__private::impl_sqlx_0_9! { $code }
    };
}

/// Without either sqlx feature, a table that asks for sqlx gets one error, on its `sqlx`.
#[cfg(not(any(feature = "sqlx-0_8", feature = "sqlx-0_9")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_sqlx {
    ($($table:tt)*) => {
        ::core::compile_error! {
            "`#[status_codes(sqlx)]` needs the `sqlx-0_8` or the `sqlx-0_9` feature of status-codes, for sqlx 0.8 or 0.9: add `features = [\"sqlx-0_8\"]` or `features = [\"sqlx-0_9\"]` to its dependency"
        }
    };
}

/// Nothing of sqlx 0.8 without its feature.
#[cfg(not(feature = "sqlx-0_8"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_sqlx_0_8 {
    ($($table:tt)*) => {};
}

/// Nothing of sqlx 0.9 without its feature.
#[cfg(not(feature = "sqlx-0_9"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_sqlx_0_9 {
    ($($table:tt)*) => {};
}
