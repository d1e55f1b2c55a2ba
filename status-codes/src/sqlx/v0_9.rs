//! sqlx 0.9, with the `sqlx-0_9` feature.

use sqlx_0_9 as sqlx;

super::release_line!(<DB as Database>::ArgumentBuffer);

/// `#[status_codes(sqlx)]` with sqlx 0.9: the code enum is stored as its integer code.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_sqlx_0_9 {
    ($code:ident) => {
        $crate::__private::impl_sqlx_line! {
            sqlx_0_9, $code, <DB as sqlx::Database>::ArgumentBuffer
        }
    };
}
