//! sqlx 0.8, with the `sqlx-0_8` feature.

use sqlx_0_8 as sqlx;

super::release_line!(<DB as Database>::ArgumentBuffer<'q>);

/// `#[status_codes(sqlx)]` with sqlx 0.8: the code enum is stored as its integer code.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_sqlx_0_8 {
    ($code:ident) => {
        const _: () = {
            use $crate::__private::sqlx_0_8 as sqlx;
            // The primitive types over any item of the user's of the same name, and functions
            // over any constant or unit struct named like a parameter, which would turn the
            // parameter into a pattern.
            use ::core::primitive::{bool, i16, i32, i64};
            #[allow(dead_code)]
            fn ty() {}
            #[allow(dead_code)]
            fn buf() {}
            #[allow(dead_code)]
            fn value() {}

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
                    buf: &mut <DB as sqlx::Database>::ArgumentBuffer<'q>,
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
