//! diesel 2 support, with the `diesel` feature.
//!
//! [`CredentialStatus`](enum@crate::CredentialStatus), every [`AnyCode`] and every table that
//! asks with `#[status_codes(diesel)]` (see [`status_codes!`](crate::status_codes)) are stored
//! as the integer code, for every backend, in a column of any [`SqlInteger`] type: `SmallInt`,
//! `Integer` or `BigInt`, nullable or not. They are `AsExpression`, `ToSql`, `FromSql` and
//! `Queryable` for these types, so they go in `Queryable`, `Insertable` and `QueryableByName`
//! structs, in `filter(column.eq(…))` and in `eq_any`. Reading a number that is no code of the
//! table fails with [`UnknownCodeError`](crate::UnknownCodeError)'s message, the source of
//! diesel's error for the field.
//!
//! ```
//! use diesel::prelude::*;
//! use status_codes::{AnyCode, CredentialStatus};
//!
//! diesel::table! {
//!     credentials (id) {
//!         id -> Integer,
//!         status -> SmallInt,
//!         latest -> Nullable<BigInt>,
//!     }
//! }
//!
//! let waiting = credentials::table
//!     .filter(credentials::status.eq(CredentialStatus::TwofaTimeout))
//!     .filter(credentials::latest.eq(AnyCode::<CredentialStatus>::new(207).unwrap()))
//!     .select((credentials::id, credentials::status));
//! ```
//!
//! A table's impls are generic over the column's SQL type, through [`SqlInteger`], which
//! names the Rust integer diesel reads and writes for it: `AsExpression` is that integer's own
//! bind, `ToSql` lends the integer from a static table of codes (a `ToSql` output may keep a
//! reference for as long as the query, which a temporary cannot give), and `FromSql` reads it
//! and checks that it is a code.

use crate::integer::{Integer, any_code_from_integer, try_from_integer};
use crate::{AnyCode, StatusCode};

#[doc(hidden)]
pub use ::diesel::backend::Backend;
#[doc(hidden)]
pub use ::diesel::deserialize::{self, FromSql, Queryable};
#[doc(hidden)]
pub use ::diesel::expression::AsExpression;
use ::diesel::expression::TypedExpressionType;
#[doc(hidden)]
pub use ::diesel::serialize::{self, Output, ToSql};
#[doc(hidden)]
pub use ::diesel::sql_types::SingleValue;
use ::diesel::sql_types::{BigInt, Integer as Int4, Nullable, SmallInt, SqlType};

/// The number of three-digit codes.
const CODES: usize = 900;

/// Every three-digit code as a value of each integer type, for `ToSql` to lend.
macro_rules! codes {
    ($($name:ident: $integer:ident,)*) => {$(
        static $name: [$integer; CODES] = {
            let mut codes = [0; CODES];
            let mut index = 0;
            while index < CODES {
                #[allow(clippy::cast_possible_truncation, clippy::cast_possible_wrap, reason = "at most 999")]
                let code = (100 + index) as $integer;
                codes[index] = code;
                index += 1;
            }
            codes
        };
    )*};
}

codes! {
    INT2: i16,
    INT4: i32,
    INT8: i64,
}

/// A SQL type of integers that holds codes: `SmallInt`, `Integer` and `BigInt`, and each of
/// them `Nullable`. Sealed: these six are the column types a code is stored in.
///
/// ```
/// use diesel::sql_types::{BigInt, Nullable, SmallInt};
/// use status_codes::diesel::SqlInteger;
///
/// let int2: <SmallInt as SqlInteger>::Integer = 411_i16;
/// let int8: <Nullable<BigInt> as SqlInteger>::Integer = 411_i64;
/// assert_eq!(i64::from(int2), int8);
/// ```
pub trait SqlInteger: SqlType + TypedExpressionType + sealed::Sealed {
    /// The Rust integer diesel reads and writes for the SQL type: `i16`, `i32` or `i64`.
    type Integer: Integer + Send + Sync + 'static;

    /// `code` (100 to 999) as that integer, for as long as the program runs.
    #[doc(hidden)]
    fn lend(code: u16) -> &'static Self::Integer;

    /// `code` as that integer.
    #[doc(hidden)]
    #[must_use]
    #[inline]
    fn integer(code: u16) -> Self::Integer {
        *Self::lend(code)
    }
}

mod sealed {
    pub trait Sealed {}
}

macro_rules! sql_integers {
    ($($sql:ty => $integer:ident in $codes:ident,)*) => {$(
        impl sealed::Sealed for $sql {}

        impl SqlInteger for $sql {
            type Integer = $integer;

            #[inline]
            fn lend(code: u16) -> &'static $integer {
                &$codes[usize::from(code) - 100]
            }
        }
    )*};
}

sql_integers! {
    SmallInt => i16 in INT2,
    Int4 => i32 in INT4,
    BigInt => i64 in INT8,
    Nullable<SmallInt> => i16 in INT2,
    Nullable<Int4> => i32 in INT4,
    Nullable<BigInt> => i64 in INT8,
}

#[doc(hidden)]
/// The integer's own bind for `code`.
#[must_use]
#[inline]
pub fn as_expression<ST: SqlInteger>(code: u16) -> <ST::Integer as AsExpression<ST>>::Expression
where
    ST::Integer: AsExpression<ST>,
{
    <ST::Integer as AsExpression<ST>>::as_expression(ST::integer(code))
}

#[doc(hidden)]
/// Writes `code` as the column's integer.
///
/// # Errors
/// The backend's, when it cannot write the integer.
#[inline]
pub fn to_sql<ST: SqlInteger, DB: Backend>(
    code: u16,
    out: &mut Output<'_, '_, DB>,
) -> serialize::Result
where
    ST::Integer: ToSql<ST, DB>,
{
    <ST::Integer as ToSql<ST, DB>>::to_sql(ST::lend(code), out)
}

#[doc(hidden)]
/// A code of `T` read from the column's integer, or the error naming the value and `T`.
///
/// # Errors
/// The backend's for a value that is no such integer; [`UnknownCodeError`](crate::UnknownCodeError)
/// for a number that is no code of `T`.
#[inline]
pub fn from_sql<T: StatusCode, ST: SqlInteger, DB: Backend>(
    bytes: DB::RawValue<'_>,
) -> deserialize::Result<T>
where
    ST::Integer: FromSql<ST, DB>,
{
    Ok(try_from_integer(
        <ST::Integer as FromSql<ST, DB>>::from_sql(bytes)?,
    )?)
}

/// `#[status_codes(diesel)]`: the code enum as an expression of, and a value read from, any
/// [`SqlInteger`] column, for every backend. Its category enum is not stored.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_diesel {
    ($code:ident, $category:ident $(, $group:ident)?) => {
        const _: () = {
            use $crate::__private::diesel;
            #[allow(unused_imports)]
            use $crate::__private::shields::*;

            #[automatically_derived]
            impl<ST: diesel::SqlInteger> diesel::AsExpression<ST> for $code
            where
                ST::Integer: diesel::AsExpression<ST>,
            {
                type Expression = <ST::Integer as diesel::AsExpression<ST>>::Expression;

                fn as_expression(self) -> Self::Expression {
                    diesel::as_expression::<ST>($crate::StatusCode::code(self))
                }
            }

            #[automatically_derived]
            impl<'expr, ST: diesel::SqlInteger> diesel::AsExpression<ST> for &'expr $code
            where
                ST::Integer: diesel::AsExpression<ST>,
            {
                type Expression = <ST::Integer as diesel::AsExpression<ST>>::Expression;

                fn as_expression(self) -> Self::Expression {
                    diesel::as_expression::<ST>($crate::StatusCode::code(*self))
                }
            }

            #[automatically_derived]
            impl<'expr, 'expr2, ST: diesel::SqlInteger> diesel::AsExpression<ST>
                for &'expr2 &'expr $code
            where
                ST::Integer: diesel::AsExpression<ST>,
            {
                type Expression = <ST::Integer as diesel::AsExpression<ST>>::Expression;

                fn as_expression(self) -> Self::Expression {
                    diesel::as_expression::<ST>($crate::StatusCode::code(**self))
                }
            }

            #[automatically_derived]
            impl<ST: diesel::SqlInteger, DB: diesel::Backend> diesel::ToSql<ST, DB> for $code
            where
                ST::Integer: diesel::ToSql<ST, DB>,
            {
                fn to_sql<'b>(
                    &'b self,
                    out: &mut diesel::Output<'b, '_, DB>,
                ) -> diesel::serialize::Result {
                    diesel::to_sql::<ST, DB>($crate::StatusCode::code(*self), out)
                }
            }

            #[automatically_derived]
            impl<ST: diesel::SqlInteger, DB: diesel::Backend> diesel::FromSql<ST, DB> for $code
            where
                ST::Integer: diesel::FromSql<ST, DB>,
            {
                fn from_sql(bytes: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
                    diesel::from_sql::<Self, ST, DB>(bytes)
                }
            }

            #[automatically_derived]
            impl<ST: diesel::SingleValue, DB: diesel::Backend> diesel::Queryable<ST, DB> for $code
            where
                Self: diesel::FromSql<ST, DB>,
            {
                type Row = Self;

                fn build(row: Self) -> diesel::deserialize::Result<Self> {
                    ::core::result::Result::Ok(row)
                }
            }
        };
    };
}

impl<T, ST: SqlInteger> AsExpression<ST> for AnyCode<T>
where
    ST::Integer: AsExpression<ST>,
{
    type Expression = <ST::Integer as AsExpression<ST>>::Expression;

    fn as_expression(self) -> Self::Expression {
        as_expression::<ST>(self.code())
    }
}

impl<T, ST: SqlInteger> AsExpression<ST> for &AnyCode<T>
where
    ST::Integer: AsExpression<ST>,
{
    type Expression = <ST::Integer as AsExpression<ST>>::Expression;

    fn as_expression(self) -> Self::Expression {
        as_expression::<ST>(self.code())
    }
}

impl<T, ST: SqlInteger> AsExpression<ST> for &&AnyCode<T>
where
    ST::Integer: AsExpression<ST>,
{
    type Expression = <ST::Integer as AsExpression<ST>>::Expression;

    fn as_expression(self) -> Self::Expression {
        as_expression::<ST>(self.code())
    }
}

/// Any three-digit code, known to `T` or not.
impl<T: StatusCode, ST: SqlInteger, DB: Backend> ToSql<ST, DB> for AnyCode<T>
where
    ST::Integer: ToSql<ST, DB>,
{
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, DB>) -> serialize::Result {
        to_sql::<ST, DB>(self.code(), out)
    }
}

impl<T, ST: SqlInteger, DB: Backend> FromSql<ST, DB> for AnyCode<T>
where
    ST::Integer: FromSql<ST, DB>,
{
    fn from_sql(bytes: DB::RawValue<'_>) -> deserialize::Result<Self> {
        Ok(any_code_from_integer(
            <ST::Integer as FromSql<ST, DB>>::from_sql(bytes)?,
        )?)
    }
}

impl<T, ST: SingleValue, DB: Backend> Queryable<ST, DB> for AnyCode<T>
where
    Self: FromSql<ST, DB>,
{
    type Row = Self;

    fn build(row: Self) -> deserialize::Result<Self> {
        Ok(row)
    }
}
