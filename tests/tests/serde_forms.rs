//! The name and object forms, for the enum and for `AnyCode`, with exact errors.

use serde::{Deserialize, Serialize};
use status_codes::{AnyCode, CredentialStatus};

#[derive(Serialize, Deserialize, PartialEq, Debug)]
struct ByName {
    #[serde(with = "status_codes::serde::name")]
    status: CredentialStatus,
}

#[derive(Serialize, Deserialize, PartialEq, Debug)]
struct AnyByName {
    #[serde(with = "status_codes::serde::name")]
    status: AnyCode<CredentialStatus>,
}

#[derive(Serialize, Deserialize, PartialEq, Debug)]
struct ByObject {
    #[serde(with = "status_codes::serde::object")]
    status: CredentialStatus,
}

#[derive(Serialize, Deserialize, PartialEq, Debug)]
struct AnyByObject {
    #[serde(with = "status_codes::serde::object")]
    status: AnyCode<CredentialStatus>,
}

#[derive(Serialize, Deserialize, PartialEq, Debug)]
struct ByCode {
    #[serde(with = "status_codes::serde::code")]
    status: CredentialStatus,
}

fn error<T: for<'de> Deserialize<'de> + std::fmt::Debug>(json: &str) -> String {
    serde_json::from_str::<T>(json).unwrap_err().to_string()
}

#[test]
fn name_form_round_trips_every_code() {
    for &status in CredentialStatus::ALL {
        let json = serde_json::to_string(&ByName { status }).unwrap();
        let expected = if status == CredentialStatus::Pending205 {
            "Pending205"
        } else {
            status.name()
        };
        assert_eq!(json, format!(r#"{{"status":"{expected}"}}"#));
        assert_eq!(
            serde_json::from_str::<ByName>(&json).unwrap(),
            ByName { status }
        );
    }
    assert_eq!(
        serde_json::from_str::<ByName>(r#"{"status":411}"#)
            .unwrap()
            .status,
        CredentialStatus::TwofaTimeout
    );
    assert_eq!(
        serde_json::from_str::<ByName>(r#"{"status":"Pending"}"#)
            .unwrap()
            .status,
        CredentialStatus::Pending
    );
}

#[test]
fn name_form_errors() {
    assert_eq!(
        error::<ByName>(r#"{"status":"Twofatimeout"}"#),
        r#""Twofatimeout" is not a CredentialStatus code or name at line 1 column 24"#
    );
    assert_eq!(
        error::<ByName>(r#"{"status":207}"#),
        "207 is not a CredentialStatus code at line 1 column 13"
    );
    assert_eq!(
        error::<ByName>(r#"{"status":true}"#),
        "invalid type: boolean `true`, expected a CredentialStatus code or name at line 1 column 14"
    );
    assert_eq!(
        error::<ByName>(r#"{"status":["Locked"]}"#),
        "invalid type: sequence, expected a CredentialStatus code or name at line 1 column 11"
    );
}

#[test]
fn name_form_for_any_code() {
    let known = AnyByName {
        status: CredentialStatus::Locked.into(),
    };
    let unknown = AnyByName {
        status: AnyCode::new(207).unwrap(),
    };
    assert_eq!(
        serde_json::to_string(&known).unwrap(),
        r#"{"status":"Locked"}"#
    );
    assert_eq!(
        serde_json::to_string(&unknown).unwrap(),
        r#"{"status":207}"#
    );
    assert_eq!(
        serde_json::from_str::<AnyByName>(r#"{"status":"Locked"}"#).unwrap(),
        known
    );
    assert_eq!(
        serde_json::from_str::<AnyByName>(r#"{"status":207}"#).unwrap(),
        unknown
    );
    assert_eq!(
        error::<AnyByName>(r#"{"status":"Updated"}"#),
        r#""Updated" is not a CredentialStatus code or name at line 1 column 19"#
    );
}

#[test]
fn object_form_round_trips_every_code() {
    for &status in CredentialStatus::ALL {
        let json = serde_json::to_string(&ByObject { status }).unwrap();
        assert_eq!(
            json,
            format!(
                r#"{{"status":{{"code":{},"name":"{}"}}}}"#,
                status.code(),
                status.name()
            )
        );
        assert_eq!(
            serde_json::from_str::<ByObject>(&json).unwrap(),
            ByObject { status }
        );
    }
    let read = |json: &str| serde_json::from_str::<ByObject>(json).unwrap().status;
    assert_eq!(
        read(r#"{"status":{"name":"Pending","code":205}}"#),
        CredentialStatus::Pending205
    );
    assert_eq!(
        read(r#"{"status":{"code":205,"name":"Pending205"}}"#),
        CredentialStatus::Pending205
    );
    assert_eq!(
        read(r#"{"status":{"code":411}}"#),
        CredentialStatus::TwofaTimeout
    );
    assert_eq!(
        read(r#"{"status":{"code":411,"name":null}}"#),
        CredentialStatus::TwofaTimeout
    );
    assert_eq!(
        read(r#"{"status":{"code":"411","extra":[1,2]}}"#),
        CredentialStatus::TwofaTimeout
    );
}

#[test]
fn object_form_errors() {
    assert_eq!(
        error::<ByObject>(r#"{"status":{"code":201,"name":"Finish"}}"#),
        r#""Finish" is not the name of CredentialStatus code 201 ("Pending") at line 1 column 38"#
    );
    assert_eq!(
        error::<ByObject>(r#"{"status":{"code":207,"name":"Updated"}}"#),
        "207 is not a CredentialStatus code at line 1 column 21"
    );
    assert_eq!(
        error::<ByObject>(r#"{"status":{"name":"Locked"}}"#),
        "missing field `code` at line 1 column 27"
    );
    assert_eq!(
        error::<ByObject>(r#"{"status":{"code":405,"code":405}}"#),
        "duplicate field `code` at line 1 column 28"
    );
    assert_eq!(
        error::<ByObject>(r#"{"status":{"code":405,"name":5}}"#),
        "invalid type: integer `5`, expected the name of a CredentialStatus code at line 1 column 30"
    );
    assert_eq!(
        error::<ByObject>(r#"{"status":411}"#),
        "invalid type: integer `411`, expected an object with the code and name of a CredentialStatus at line 1 column 13"
    );
}

#[test]
fn object_form_for_any_code() {
    let unknown = AnyByObject {
        status: AnyCode::new(207).unwrap(),
    };
    assert_eq!(
        serde_json::to_string(&unknown).unwrap(),
        r#"{"status":{"code":207}}"#
    );
    assert_eq!(
        serde_json::from_str::<AnyByObject>(r#"{"status":{"code":207}}"#).unwrap(),
        unknown
    );
    // The name of a code the table does not know cannot be checked or kept.
    assert_eq!(
        serde_json::from_str::<AnyByObject>(r#"{"status":{"code":207,"name":"Updated"}}"#).unwrap(),
        unknown
    );
    assert_eq!(
        error::<AnyByObject>(r#"{"status":{"code":405,"name":"Finish"}}"#),
        r#""Finish" is not the name of CredentialStatus code 405 ("Locked") at line 1 column 38"#
    );
    assert_eq!(
        error::<AnyByObject>(r#"{"status":{"code":1000}}"#),
        "1000 is not a three-digit code (100 to 999) at line 1 column 22"
    );
}

#[test]
fn explicit_code_form() {
    assert_eq!(
        serde_json::to_string(&ByCode {
            status: CredentialStatus::Error
        })
        .unwrap(),
        r#"{"status":500}"#
    );
    assert_eq!(
        serde_json::from_str::<ByCode>(r#"{"status":"500"}"#).unwrap(),
        ByCode {
            status: CredentialStatus::Error
        }
    );
}

#[test]
fn object_form_field_errors() {
    assert_eq!(
        error::<ByObject>(r#"{"status":{"name":"Locked","name":"Locked","code":405}}"#),
        "duplicate field `name` at line 1 column 33"
    );
}

/// The object form through serde's in-memory deserializers, which name fields by index or by
/// bytes and visit sequences, as non-JSON formats do.
#[test]
fn object_form_in_other_shapes() {
    use serde::de::value::{Error, MapDeserializer, SeqDeserializer};
    fn read<'de, D: serde::Deserializer<'de, Error = Error>>(
        deserializer: D,
    ) -> Result<CredentialStatus, Error> {
        status_codes::serde::object::deserialize(deserializer)
    }

    let by_index = MapDeserializer::<_, Error>::new(
        [(0_u64, "411"), (1_u64, "TwofaTimeout"), (7_u64, "x")].into_iter(),
    );
    assert_eq!(read(by_index), Ok(CredentialStatus::TwofaTimeout));
    let wrong_name_by_index =
        MapDeserializer::<_, Error>::new([(0_u64, "411"), (1_u64, "Locked")].into_iter());
    assert_eq!(
        read(wrong_name_by_index).unwrap_err().to_string(),
        r#""Locked" is not the name of CredentialStatus code 411 ("TwofaTimeout")"#
    );
    let by_bytes = MapDeserializer::<_, Error>::new(
        [
            (&b"code"[..], "411"),
            (&b"name"[..], "TwofaTimeout"),
            (&b"other"[..], "x"),
        ]
        .into_iter(),
    );
    assert_eq!(read(by_bytes), Ok(CredentialStatus::TwofaTimeout));
    let mismatch = MapDeserializer::<_, Error>::new(
        [(&b"code"[..], "411"), (&b"name"[..], "Locked")].into_iter(),
    );
    assert_eq!(
        read(mismatch).unwrap_err().to_string(),
        r#""Locked" is not the name of CredentialStatus code 411 ("TwofaTimeout")"#
    );
    let bad_key = MapDeserializer::<_, Error>::new([(true, "411")].into_iter());
    assert_eq!(
        read(bad_key).unwrap_err().to_string(),
        "invalid type: boolean `true`, expected a field name"
    );
    let sequence = SeqDeserializer::<_, Error>::new(["205", "Pending"].into_iter());
    assert_eq!(read(sequence), Ok(CredentialStatus::Pending205));
    let short = SeqDeserializer::<_, Error>::new(std::iter::empty::<&str>());
    assert_eq!(read(short).unwrap_err().to_string(), "missing field `code`");
}
