//! diesel 2 support, with the `diesel` feature: a code is stored as its integer code, generic
//! over the backend, in a `SmallInt`, `Integer` or `BigInt` column, nullable or not.

#[cfg(feature = "diesel")]
pub mod v2;

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
