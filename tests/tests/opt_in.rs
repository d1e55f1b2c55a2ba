//! Tables that ask for the integrations with `#[status_codes(serde)]` and
//! `#[status_codes(schemars)]` get them; the facade's features alone give a table nothing.

use serde_json::json;
use status_codes::CredentialStatus;

status_codes::status_codes! {
    /// A job's state, with serde.
    #[status_codes(serde)]
    pub enum JobStatus {
        1xx Progress < 100 Queued, 101 Working >
        2xx Done < 200 Finished, 201 Skipped as "NothingToDo" >
        41x Mfa < 410 NeedCode >
    }
}

status_codes::status_codes! {
    /// Described codes, with a schema.
    #[status_codes(schemars)]
    pub enum Described {
        1xx Progress <
            /// Waiting in line.
            100 Queued,
            101 Running,
        >
    }
}

status_codes::status_codes! {
    /// Both integrations.
    #[status_codes(serde, schemars)]
    pub enum Both {
        2xx Done < 200 Finished >
        5xx Failed < 500 Broken >
    }
}

status_codes::status_codes! {
    /// An extension asks on its own: its base's impls are not its own.
    #[status_codes(serde)]
    pub enum VendorStatus extends status_codes::CredentialStatus {
        2xx Success < 207 Updated >
    }
}

status_codes::status_codes! {
    /// An extension of a table with serde that does not ask: free to derive its own.
    #[derive(serde::Serialize)]
    pub enum PlainExtension extends JobStatus {
        2xx Done < 202 Retried >
    }
}

#[test]
fn a_table_with_serde_reads_and_writes_the_default_form() {
    assert_eq!(serde_json::to_string(&JobStatus::NeedCode).unwrap(), "410");
    assert_eq!(
        serde_json::from_str::<JobStatus>("\"NothingToDo\"").unwrap(),
        JobStatus::Skipped
    );
    assert_eq!(
        serde_json::from_str::<JobStatus>("\"201\"").unwrap(),
        JobStatus::Skipped
    );
    assert_eq!(
        serde_json::from_str::<JobStatus>("403")
            .unwrap_err()
            .to_string(),
        "403 is not a JobStatus code at line 1 column 3"
    );
    assert_eq!(
        serde_json::from_str::<JobStatus>("\"200 \"")
            .unwrap_err()
            .to_string(),
        r#""200 " ends with whitespace: JobStatus codes and names are read without trimming at line 1 column 6"#
    );
}

#[test]
fn its_category_enum_is_written_as_its_name() {
    assert_eq!(
        serde_json::to_string(&JobStatusCategory::Mfa).unwrap(),
        r#""Mfa""#
    );
    assert_eq!(
        serde_json::from_str::<JobStatusCategory>(r#""Done""#).unwrap(),
        JobStatusCategory::Done
    );
    assert_eq!(
        serde_json::from_str::<JobStatusCategory>(r#""done""#)
            .unwrap_err()
            .to_string(),
        r#""done" is not a JobStatusCategory name at line 1 column 6"#
    );
}

#[test]
fn a_table_with_schemars_has_a_schema() {
    let schema = schemars::schema_for!(Described);
    let value = schema.as_value();
    assert_eq!(
        value["x-enum-descriptions"],
        json!(["Waiting in line.", "Running"])
    );
    assert_eq!(
        value["description"],
        "A Described code, sent as its integer value:\n\n* `100` Queued: Waiting in line.\n* `101` Running"
    );
    assert_eq!(
        schemars::schema_for!(DescribedCategory).as_value(),
        &json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "DescribedCategory",
            "description": "A category of Described codes, sent as its name:\n\n* `Progress` (`1xx`): codes 100 to 199",
            "type": "string",
            "enum": ["Progress"],
        })
    );
}

#[test]
fn both_integrations_at_once() {
    assert_eq!(serde_json::to_string(&Both::Broken).unwrap(), "500");
    assert_eq!(
        serde_json::to_string(&BothCategory::Failed).unwrap(),
        r#""Failed""#
    );
    let schema = schemars::schema_for!(Both);
    assert_eq!(schema.as_value()["enum"], json!([200, 500]));
}

#[test]
fn extensions_ask_on_their_own() {
    assert_eq!(
        serde_json::to_string(&VendorStatus::Updated).unwrap(),
        "207"
    );
    assert_eq!(
        serde_json::from_str::<VendorStatus>("\"TwofaTimeout\"").unwrap(),
        CredentialStatus::TwofaTimeout
    );
    assert_eq!(
        serde_json::to_string(&PlainExtension::Retried).unwrap(),
        r#""Retried""#
    );
    assert_eq!(
        serde_json::to_string(&PlainExtension::NeedCode).unwrap(),
        r#""NeedCode""#
    );
}
