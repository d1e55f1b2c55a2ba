//! The facade's `utoipa-5` and `arbitrary` features give a table that does not ask nothing: it
//! may derive or write its own impls. Tables that ask build warning-free, deprecated ones too.
#![deny(warnings)]

use arbitrary::{Arbitrary, Unstructured};
use serde_json::json;
use utoipa::PartialSchema;

status_codes::status_codes! {
    /// A table that does not ask: its own derive of utoipa and its own `Arbitrary`.
    #[derive(utoipa::ToSchema)]
    pub enum OwnImpls {
        1xx Progress < 100 Queued >
        2xx Done < 200 Finished >
    }
}

impl<'a> Arbitrary<'a> for OwnImpls {
    fn arbitrary(_: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(Self::Finished)
    }
}

#[test]
fn a_table_that_does_not_ask_keeps_its_own_impls() {
    // utoipa's derive describes the variants' identifiers, not what serde sends.
    let schema = serde_json::to_value(OwnImpls::schema()).unwrap();
    assert_eq!(
        (&schema["type"], &schema["enum"]),
        (&json!("string"), &json!(["Queued", "Finished"]))
    );
    assert_eq!(
        OwnImpls::arbitrary(&mut Unstructured::new(&[0])).unwrap(),
        OwnImpls::Finished
    );
}

status_codes::status_codes! {
    /// No longer used, with both integrations.
    #[deprecated = "use `Current`"]
    #[status_codes(utoipa, arbitrary)]
    pub enum Retired {
        1xx Progress < 100 Started >
    }
}

status_codes::status_codes! {
    /// A deprecated code, with both integrations.
    #[status_codes(utoipa, arbitrary)]
    pub enum Current {
        1xx Progress <
            100 Started,
            /// Replaced by 100.
            #[deprecated = "the API sends 100"]
            101 Starting,
        >
    }
}

#[test]
fn tables_that_ask_have_the_impls() {
    let schema = serde_json::to_value(Current::schema()).unwrap();
    assert_eq!(schema["enum"], json!([100, 101]));
    assert_eq!(
        Current::arbitrary(&mut Unstructured::new(&[2])).unwrap(),
        Current::Started
    );
}
