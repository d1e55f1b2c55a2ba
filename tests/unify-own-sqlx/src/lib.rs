//! A table with its own sqlx impls: the documented name, as text, for every database.
//!
//! ```
//! use status_codes_unify_own_sqlx::OwnStatus;
//! assert_eq!(OwnStatus::Delivered.name(), "Delivered");
//! ```
#![forbid(unsafe_code)]

use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::{Database, Decode, Encode, Type};

status_codes::status_codes! {
    /// A parcel's state.
    pub enum OwnStatus {
        1xx Moving < 100 Sorted, 101 OutForDelivery >
        2xx Done < 200 Delivered >
    }
}

impl<DB: Database> Type<DB> for OwnStatus
where
    str: Type<DB>,
{
    fn type_info() -> DB::TypeInfo {
        <str as Type<DB>>::type_info()
    }

    fn compatible(ty: &DB::TypeInfo) -> bool {
        <str as Type<DB>>::compatible(ty)
    }
}

impl<'q, DB: Database> Encode<'q, DB> for OwnStatus
where
    &'static str: Encode<'q, DB>,
{
    fn encode_by_ref(&self, buf: &mut DB::ArgumentBuffer) -> Result<IsNull, BoxDynError> {
        <&str as Encode<'q, DB>>::encode(self.name(), buf)
    }
}

impl<'r, DB: Database> Decode<'r, DB> for OwnStatus
where
    &'r str: Decode<'r, DB>,
{
    fn decode(value: DB::ValueRef<'r>) -> Result<Self, BoxDynError> {
        let name = <&str as Decode<'r, DB>>::decode(value)?;
        Self::from_name(name).ok_or_else(|| format!("{name:?} is not an OwnStatus name").into())
    }
}
