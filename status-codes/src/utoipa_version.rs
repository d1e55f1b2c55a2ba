//! `OpenAPI` schemas with utoipa. The major versions the facade supports share their schema
//! traits and types, so one implementation serves them all: [`utoipa_version!`] writes the
//! items of a version's module against that version's crate. The schemas are the JSON of
//! [`json_schema`](crate::json_schema), read into utoipa's types, so they are schemars' too.

/// The adapters of the version's module, and `ToSchema` for [`AnyCode`](crate::AnyCode).
macro_rules! utoipa_version {
    ($utoipa:ident) => {
        use crate::json_schema;
        use crate::status::Status;
        use crate::{AnyCode, StatusCategory, StatusCode, StatusGroup};
        use ::$utoipa::openapi::RefOr;
        use ::$utoipa::openapi::schema::Schema;
        use alloc::borrow::Cow;
        use alloc::vec::Vec;

        /// The schema of serde's default form of `V`, a generated enum or an [`AnyCode`]: the
        /// integer code.
        #[must_use]
        pub fn code<V: Status>() -> RefOr<Schema> {
            schema(json_schema::code::<V>())
        }

        /// The schema of a category enum's form, its name.
        #[must_use]
        pub fn category<C: StatusCategory>() -> RefOr<Schema> {
            schema(json_schema::category::<C>())
        }

        /// The schema of a function-group enum's form, its name.
        #[must_use]
        pub fn group<G: StatusGroup>() -> RefOr<Schema> {
            schema(json_schema::group::<G>())
        }

        /// The schema of [`status_codes::serde::name`](mod@crate::serde::name): a string
        /// `enum` of what it writes, `"TwofaTimeout"` or `"Pending205"`; for an [`AnyCode`],
        /// also an integer from 100 to 999.
        #[must_use]
        pub fn name<V: Status>() -> RefOr<Schema> {
            schema(json_schema::name::<V>())
        }

        /// The schema of [`status_codes::serde::object`](mod@crate::serde::object):
        /// `{"code": 411, "name": "TwofaTimeout"}`, `code` one of the codes, `name` one of
        /// the names; both required but for an [`AnyCode`], which writes no name for a code
        /// the table does not have.
        #[must_use]
        pub fn object<V: Status>() -> RefOr<Schema> {
            schema(json_schema::object::<V>())
        }

        /// The JSON of a schema as utoipa's type, which holds every keyword the schemas use.
        fn schema(value: serde_json::Value) -> RefOr<Schema> {
            match serde_json::from_value(value) {
                Ok(schema) => RefOr::T(schema),
                Err(error) => unreachable!("utoipa reads every schema of status-codes: {error}"),
            }
        }

        /// utoipa's derive composes the schema of a generic type, and names it after the type
        /// and its parameter: `AnyCode_CredentialStatus`, as schemars does.
        impl<T: StatusCode> ::$utoipa::__dev::ComposeSchema for AnyCode<T> {
            fn compose(_: Vec<RefOr<Schema>>) -> RefOr<Schema> {
                code::<Self>()
            }
        }

        impl<T: StatusCode> ::$utoipa::ToSchema for AnyCode<T> {
            fn name() -> Cow<'static, str> {
                Cow::Borrowed("AnyCode")
            }
        }
    };
}

pub(crate) use utoipa_version;
