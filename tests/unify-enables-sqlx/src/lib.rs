//! Both crates' sqlx impls in one build: the facade's for `CredentialStatus` (the integer
//! code), the other crate's own for its table (the name, as text).
//!
//! ```
//! use status_codes::CredentialStatus;
//! use status_codes_unify_enables_sqlx::postgres_type;
//! use status_codes_unify_own_sqlx::OwnStatus;
//!
//! assert_eq!(postgres_type::<OwnStatus>(), "TEXT");
//! assert_eq!(postgres_type::<CredentialStatus>(), "INT2");
//! ```
#![forbid(unsafe_code)]

use sqlx::{Postgres, Type, TypeInfo};

/// The name of the Postgres type `T` is bound as.
#[must_use]
pub fn postgres_type<T: Type<Postgres>>() -> String {
    T::type_info().name().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use status_codes::{AnyCode, CredentialStatus};
    use status_codes_unify_own_sqlx::OwnStatus;

    #[test]
    fn both_impls_in_one_build() {
        assert_eq!(postgres_type::<OwnStatus>(), "TEXT");
        assert_eq!(postgres_type::<CredentialStatus>(), "INT2");
        assert_eq!(postgres_type::<AnyCode<OwnStatus>>(), "INT2");
    }
}
