//! utoipa's schemas: an `OpenAPI` document with a request body of every kind of field, whose
//! components are schemars' schemas value for value, and against which every serialized code
//! validates with a JSON Schema validator. utoipa 6 gives the same schemas as utoipa 5.

use jsonschema::Validator;
use schemars::{JsonSchema, SchemaGenerator};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use status_codes::{AnyCode, CredentialStatus, CredentialStatusCategory};
use utoipa::OpenApi;

/// A request body with the facade's types in their default forms and in the object form.
#[derive(Serialize, Deserialize, utoipa::ToSchema, schemars::JsonSchema, PartialEq, Debug)]
struct CredentialUpdate {
    status: CredentialStatus,
    category: CredentialStatusCategory,
    latest: AnyCode<CredentialStatus>,
    #[serde(with = "status_codes::serde::object")]
    #[schema(schema_with = status_codes::utoipa_5::object::<CredentialStatus>)]
    #[schemars(schema_with = "status_codes::schemars::object::<CredentialStatus>")]
    as_object: CredentialStatus,
    #[serde(with = "status_codes::serde::name")]
    #[schema(schema_with = status_codes::utoipa_5::name::<AnyCode<CredentialStatus>>)]
    #[schemars(schema_with = "status_codes::schemars::name::<AnyCode<CredentialStatus>>")]
    previous: AnyCode<CredentialStatus>,
}

/// Updates a credential's status.
#[utoipa::path(
    post,
    path = "/credentials/{id}/status",
    request_body = CredentialUpdate,
    responses((status = 204, description = "Updated"))
)]
#[allow(dead_code)]
fn update_credential() {}

#[derive(OpenApi)]
#[openapi(paths(update_credential))]
struct Api;

fn document() -> Value {
    serde_json::to_value(Api::openapi()).unwrap()
}

fn schemars_schema<T: JsonSchema>() -> Value {
    T::json_schema(&mut SchemaGenerator::default()).to_value()
}

/// A validator for `schema`, which may refer to the document's components.
fn validator(schema: &Value) -> Validator {
    let mut root = schema.clone();
    if let Some(object) = root.as_object_mut() {
        object.insert("components".into(), document()["components"].clone());
    }
    jsonschema::draft202012::new(&root).unwrap()
}

fn component(name: &str) -> Value {
    document()["components"]["schemas"][name].clone()
}

#[test]
fn the_request_body_refers_to_the_components() {
    let document = document();
    let operation = &document["paths"]["/credentials/{id}/status"]["post"];
    assert_eq!(
        operation["requestBody"]["content"]["application/json"]["schema"],
        json!({"$ref": "#/components/schemas/CredentialUpdate"})
    );
    let schemas = document["components"]["schemas"].as_object().unwrap();
    let mut names: Vec<&str> = schemas.keys().map(String::as_str).collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "AnyCode_CredentialStatus",
            "CredentialStatus",
            "CredentialStatusCategory",
            "CredentialUpdate"
        ]
    );
    let properties = &schemas["CredentialUpdate"]["properties"];
    assert_eq!(
        properties["status"],
        json!({"$ref": "#/components/schemas/CredentialStatus"})
    );
    assert_eq!(
        properties["category"],
        json!({"$ref": "#/components/schemas/CredentialStatusCategory"})
    );
    assert_eq!(
        properties["latest"],
        json!({"$ref": "#/components/schemas/AnyCode_CredentialStatus"})
    );
}

#[test]
fn the_components_are_schemars_schemas() {
    assert_eq!(
        component("CredentialStatus"),
        schemars_schema::<CredentialStatus>()
    );
    assert_eq!(
        component("CredentialStatusCategory"),
        schemars_schema::<CredentialStatusCategory>()
    );
    assert_eq!(
        component("AnyCode_CredentialStatus"),
        schemars_schema::<AnyCode<CredentialStatus>>()
    );
    // The adapters of the other forms, inline in the body as in schemars' schema of it.
    let body = component("CredentialUpdate");
    let schemars_body = schemars_schema::<CredentialUpdate>();
    for field in ["as_object", "previous"] {
        assert_eq!(
            body["properties"][field], schemars_body["properties"][field],
            "{field}"
        );
    }
}

#[test]
fn the_schemas_hold_every_code() {
    let schema = component("CredentialStatus");
    let codes: Vec<u16> = CredentialStatus::ALL.iter().map(|s| s.code()).collect();
    let identifiers: Vec<&str> = CredentialStatus::ALL
        .iter()
        .map(|s| s.identifier())
        .collect();
    assert_eq!(schema["type"], "integer");
    assert_eq!(schema["enum"], json!(codes));
    assert_eq!(schema["x-enum-varnames"], json!(identifiers));
    assert_eq!(schema["x-enum-varnames"][9], "Pending205");
    assert_eq!(
        schema["x-enum-descriptions"].as_array().unwrap().len(),
        codes.len()
    );
    let category = component("CredentialStatusCategory");
    assert_eq!(category["type"], "string");
    assert_eq!(
        category["enum"],
        json!([
            "Progress",
            "Success",
            "UserInteraction",
            "MultiFactorAuthentication",
            "ConnectionError"
        ])
    );
    let any = component("AnyCode_CredentialStatus");
    assert_eq!(
        (&any["type"], &any["minimum"], &any["maximum"]),
        (&json!("integer"), &json!(100), &json!(999))
    );
}

#[test]
fn every_code_validates() {
    let codes = validator(&component("CredentialStatus"));
    let categories = validator(&component("CredentialStatusCategory"));
    let any = validator(&component("AnyCode_CredentialStatus"));
    let objects = validator(&status_codes::utoipa_5::object::<CredentialStatus>().to_json());
    let names = validator(&status_codes::utoipa_5::name::<CredentialStatus>().to_json());
    let any_names =
        validator(&status_codes::utoipa_5::name::<AnyCode<CredentialStatus>>().to_json());
    let any_objects =
        validator(&status_codes::utoipa_5::object::<AnyCode<CredentialStatus>>().to_json());
    for &status in CredentialStatus::ALL {
        let value = serde_json::to_value(status).unwrap();
        assert!(codes.is_valid(&value), "{status}");
        assert!(any.is_valid(&value), "{status}");
        let category = serde_json::to_value(status.category()).unwrap();
        assert!(categories.is_valid(&category), "{status}");
        let object =
            status_codes::serde::object::serialize(&status, serde_json::value::Serializer).unwrap();
        assert!(objects.is_valid(&object), "{object}");
        let name =
            status_codes::serde::name::serialize(&status, serde_json::value::Serializer).unwrap();
        assert!(names.is_valid(&name), "{name}");
    }
    for code in 100..=999 {
        let any_code = AnyCode::<CredentialStatus>::new(code).unwrap();
        let value = serde_json::to_value(any_code).unwrap();
        assert!(any.is_valid(&value), "{code}");
        assert_eq!(codes.is_valid(&value), any_code.known().is_some(), "{code}");
        let name =
            status_codes::serde::name::serialize(&any_code, serde_json::value::Serializer).unwrap();
        assert!(any_names.is_valid(&name), "{name}");
        let object =
            status_codes::serde::object::serialize(&any_code, serde_json::value::Serializer)
                .unwrap();
        assert!(any_objects.is_valid(&object), "{object}");
    }
    // The validator rejects what serde never writes.
    for value in [json!(99), json!(1000), json!("411"), json!(411.5)] {
        assert!(!any.is_valid(&value), "{value}");
    }
    assert!(!codes.is_valid(&json!("TwofaTimeout")));
    assert!(!categories.is_valid(&json!("Failure")));
    assert!(!objects.is_valid(&json!({"code": 411})));
    assert!(!objects.is_valid(&json!({"code": 207, "name": "Pending"})));
    assert!(!names.is_valid(&json!("Pending 205")));
    assert!(!any_objects.is_valid(&json!({"name": "Pending"})));
}

#[test]
fn a_request_body_validates() {
    let body = validator(&json!({"$ref": "#/components/schemas/CredentialUpdate"}));
    for (index, &status) in CredentialStatus::ALL.iter().enumerate() {
        let update = CredentialUpdate {
            status,
            category: status.category(),
            latest: AnyCode::new(207 + u16::try_from(index).unwrap()).unwrap(),
            as_object: status,
            previous: AnyCode::from(status),
        };
        let value = serde_json::to_value(&update).unwrap();
        assert!(body.is_valid(&value), "{value}");
        assert_eq!(
            serde_json::from_value::<CredentialUpdate>(value).unwrap(),
            update
        );
    }
    let mut wrong = serde_json::to_value(CredentialUpdate {
        status: CredentialStatus::Locked,
        category: CredentialStatusCategory::UserInteraction,
        latest: AnyCode::new(207).unwrap(),
        as_object: CredentialStatus::Locked,
        previous: AnyCode::new(207).unwrap(),
    })
    .unwrap();
    wrong["status"] = json!(207);
    assert!(!body.is_valid(&wrong));
}

status_codes::status_codes! {
    /// A user table that asks for both schema integrations.
    #[status_codes(serde, schemars, utoipa)]
    pub enum JobStatus {
        /// Not started yet.
        1xx Progress <
            /// Waiting for a worker.
            100 Queued,
            101 Working as "In Progress",
        >
        2xx Done < 200 Finished, 201 Skipped as "Finished" >
    }
}

#[test]
fn a_user_table_has_schemars_schemas() {
    use utoipa::{PartialSchema, ToSchema};
    assert_eq!(<JobStatus as ToSchema>::name(), "JobStatus");
    assert_eq!(<JobStatusCategory as ToSchema>::name(), "JobStatusCategory");
    assert_eq!(
        JobStatus::schema().to_json(),
        schemars_schema::<JobStatus>()
    );
    assert_eq!(
        JobStatusCategory::schema().to_json(),
        schemars_schema::<JobStatusCategory>()
    );
    let schema = JobStatus::schema().to_json();
    assert_eq!(
        schema["x-enum-descriptions"],
        json!([
            "Waiting for a worker.",
            "In Progress",
            "Finished",
            "Finished"
        ])
    );
    // Two codes share a name: the name form writes the second's identifier.
    let names = status_codes::utoipa_5::name::<JobStatus>().to_json();
    assert_eq!(
        names["enum"],
        json!(["Queued", "In Progress", "Finished", "Skipped"])
    );
    let objects = status_codes::utoipa_5::object::<JobStatus>().to_json();
    assert_eq!(
        objects["properties"]["name"]["enum"],
        json!(["Queued", "In Progress", "Finished"])
    );
    let names = validator(&names);
    for &status in JobStatus::ALL {
        let name =
            status_codes::serde::name::serialize(&status, serde_json::value::Serializer).unwrap();
        assert!(names.is_valid(&name), "{name}");
    }
}

status_codes::status_codes! {
    /// A user table with function groups that asks for both schema integrations.
    #[status_codes(serde, schemars, utoipa)]
    pub enum Reply {
        x2x Connections
        x5x Files
        2xx Done < 220 Ready, 250 Stored >
        5xx Failed < 550 Unavailable >
    }
}

#[test]
fn a_table_with_function_groups_has_a_schema_for_its_groups() {
    assert_eq!(<ReplyGroup as utoipa::ToSchema>::name(), "ReplyGroup");
    assert_eq!(<ReplyGroup as utoipa_6::ToSchema>::name(), "ReplyGroup");
    let schema = <ReplyGroup as utoipa::PartialSchema>::schema().to_json();
    assert_eq!(schema, schemars_schema::<ReplyGroup>());
    assert_eq!(schema["enum"], json!(["Connections", "Files"]));
    let adapter = status_codes::schemars::group::<ReplyGroup>(&mut SchemaGenerator::default());
    assert_eq!(adapter.to_value(), schema);
    assert_eq!(
        status_codes::utoipa_5::group::<ReplyGroup>().to_json(),
        schema
    );
    let schema6 = <ReplyGroup as utoipa_6::PartialSchema>::schema();
    assert_eq!(serde_json::to_value(schema6).unwrap(), schema);
    let groups = validator(&schema);
    for &group in ReplyGroup::ALL {
        assert!(
            groups.is_valid(&serde_json::to_value(group).unwrap()),
            "{group}"
        );
    }
    assert!(!groups.is_valid(&json!("Transfers")));
}

#[test]
fn utoipa_6_gives_the_same_schemas() {
    use utoipa_6::PartialSchema as _;
    fn json6(schema: utoipa_6::openapi::RefOr<utoipa_6::openapi::schema::Schema>) -> Value {
        serde_json::to_value(schema).unwrap()
    }
    assert_eq!(
        json6(CredentialStatus::schema()),
        component("CredentialStatus")
    );
    assert_eq!(
        json6(CredentialStatusCategory::schema()),
        component("CredentialStatusCategory")
    );
    assert_eq!(
        json6(<AnyCode<CredentialStatus> as utoipa_6::PartialSchema>::schema()),
        component("AnyCode_CredentialStatus")
    );
    assert_eq!(
        <CredentialStatusCategory as utoipa_6::ToSchema>::name(),
        "CredentialStatusCategory"
    );
    assert_eq!(<JobStatus as utoipa_6::ToSchema>::name(), "JobStatus");
    assert_eq!(json6(JobStatus::schema()), schemars_schema::<JobStatus>());
    assert_eq!(
        json6(status_codes::utoipa_6::object::<AnyCode<CredentialStatus>>()),
        status_codes::utoipa_5::object::<AnyCode<CredentialStatus>>().to_json()
    );
    assert_eq!(
        json6(status_codes::utoipa_6::name::<CredentialStatus>()),
        status_codes::utoipa_5::name::<CredentialStatus>().to_json()
    );
}

/// A utoipa schema as JSON.
trait ToJson {
    fn to_json(&self) -> Value;
}

impl ToJson for utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap()
    }
}
