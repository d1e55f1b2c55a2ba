//! sqlx 0.8, with the `sqlx-0_8` feature.

use sqlx_0_8 as sqlx;

super::release_line!(<DB as Database>::ArgumentBuffer<'q>);

/// `#[status_codes(sqlx)]` with sqlx 0.8: the code enum is stored as its integer code.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_sqlx_0_8 {
    ($code:ident) => {
        $crate::__private::impl_sqlx_line! {
            sqlx_0_8, $code, <DB as sqlx::Database>::ArgumentBuffer<'q>
        }
    };
}
