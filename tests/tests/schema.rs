//! JSON Schema of `CredentialStatus` and `AnyCode`, compared in full.

use serde_json::json;
use status_codes::{AnyCode, CredentialStatus, CredentialStatusCategory};
use std::fmt::Write;

#[test]
fn credential_status_schema() {
    let schema = schemars::schema_for!(CredentialStatus);
    let codes: Vec<u16> = CredentialStatus::ALL.iter().map(|s| s.code()).collect();
    let names: Vec<&str> = CredentialStatus::ALL.iter().map(|s| s.name()).collect();
    let mut identifiers = names.clone();
    identifiers[9] = "Pending205";
    let mut description = String::from("A CredentialStatus code, sent as its integer value:\n");
    for (code, name) in codes.iter().zip(&names) {
        write!(description, "\n* `{code}` {name}").unwrap();
    }
    assert_eq!(
        schema.as_value(),
        &json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "CredentialStatus",
            "description": description,
            "type": "integer",
            "enum": codes,
            "x-enum-varnames": identifiers,
            "x-enum-descriptions": names,
        })
    );
    assert!(
        schema.as_value()["description"]
            .as_str()
            .unwrap()
            .contains("\n* `205` Pending\n")
    );
}

#[test]
fn category_schema() {
    use schemars::JsonSchema;
    let schema = schemars::schema_for!(CredentialStatusCategory);
    assert_eq!(
        schema.as_value(),
        &json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "CredentialStatusCategory",
            "description": "A category of CredentialStatus codes, sent as its name:\n\
                \n* `Progress` (`1xx`): codes 100 to 199\
                \n* `Success` (`2xx`): codes 200 to 299\
                \n* `UserInteraction` (`4xx`): codes 400 to 499\
                \n* `MultiFactorAuthentication` (`41x`): codes 410 to 419\
                \n* `ConnectionError` (`5xx`): codes 500 to 599",
            "type": "string",
            "enum": ["Progress", "Success", "UserInteraction", "MultiFactorAuthentication", "ConnectionError"],
        })
    );
    assert_eq!(
        CredentialStatusCategory::schema_name(),
        "CredentialStatusCategory"
    );
    assert_eq!(
        CredentialStatusCategory::schema_id(),
        "status_codes::credential::CredentialStatusCategory"
    );
}

#[derive(schemars::JsonSchema)]
#[allow(dead_code)]
struct Credential {
    status: CredentialStatus,
    last: AnyCode<CredentialStatus>,
    category: CredentialStatusCategory,
}

#[test]
fn schemas_inside_a_struct() {
    let schema = schemars::schema_for!(Credential);
    let value = schema.as_value();
    assert_eq!(
        value["properties"]["status"],
        json!({"$ref": "#/$defs/CredentialStatus"})
    );
    assert_eq!(
        value["properties"]["last"],
        json!({"$ref": "#/$defs/AnyCode_CredentialStatus"})
    );
    assert_eq!(
        value["properties"]["category"],
        json!({"$ref": "#/$defs/CredentialStatusCategory"})
    );
    assert_eq!(
        value["$defs"]["CredentialStatus"]["enum"]
            .as_array()
            .unwrap()
            .len(),
        24
    );
    let codes: Vec<u16> = CredentialStatus::ALL.iter().map(|s| s.code()).collect();
    assert_eq!(
        value["$defs"]["AnyCode_CredentialStatus"],
        json!({
            "description": "A three-digit code: one of CredentialStatus's or one it does not have yet.",
            "type": "integer",
            "minimum": 100,
            "maximum": 999,
            "examples": codes,
        })
    );
}

#[test]
fn schema_names_and_ids() {
    use schemars::JsonSchema;
    assert_eq!(CredentialStatus::schema_name(), "CredentialStatus");
    assert_eq!(
        CredentialStatus::schema_id(),
        "status_codes::credential::CredentialStatus"
    );
    assert_eq!(
        AnyCode::<CredentialStatus>::schema_name(),
        "AnyCode_CredentialStatus"
    );
    assert_eq!(
        AnyCode::<CredentialStatus>::schema_id(),
        "status_codes::AnyCode<status_codes::credential::CredentialStatus>"
    );
}
