//! Names with spaces and aliases: the later documentation's spellings are accepted on input,
//! and only the documented names are produced.

use status_codes::{AnyCode, CredentialStatus, StatusCode};

#[test]
fn later_spellings_parse_to_the_documented_codes() {
    for (text, status) in [
        ("InvalidToken", CredentialStatus::Invalidtoken),
        ("Invalidtoken", CredentialStatus::Invalidtoken),
        ("ScriptTimeout", CredentialStatus::ConnectionTimeout),
        (
            "Undergoing Maintenance",
            CredentialStatus::UndergoingMaintenance,
        ),
        ("403 InvalidToken", CredentialStatus::Invalidtoken),
        ("504 ScriptTimeout", CredentialStatus::ConnectionTimeout),
        (
            "509 Undergoing Maintenance",
            CredentialStatus::UndergoingMaintenance,
        ),
    ] {
        assert_eq!(text.parse::<CredentialStatus>(), Ok(status), "{text}");
        assert_eq!(
            text.parse::<AnyCode<CredentialStatus>>().unwrap(),
            status,
            "{text}"
        );
    }
    assert_eq!(
        CredentialStatus::from_name("Undergoing Maintenance"),
        Some(CredentialStatus::UndergoingMaintenance)
    );
}

#[test]
fn aliases_are_never_produced() {
    let status = CredentialStatus::UndergoingMaintenance;
    assert_eq!(status.name(), "UndergoingMaintenance");
    assert_eq!(status.to_string(), "509 UndergoingMaintenance");
    assert_eq!(status.aliases(), ["Undergoing Maintenance"]);
    assert_eq!(
        StatusCode::aliases(CredentialStatus::Invalidtoken),
        ["InvalidToken"]
    );
    assert_eq!(CredentialStatus::Locked.aliases(), [] as [&str; 0]);
    let with_aliases: Vec<u16> = CredentialStatus::ALL
        .iter()
        .filter(|status| !status.aliases().is_empty())
        .map(|status| status.code())
        .collect();
    assert_eq!(with_aliases, [403, 504, 509]);
}

#[test]
fn near_misses_of_aliases_are_errors() {
    for text in [
        "Undergoing  Maintenance",
        " Undergoing Maintenance",
        "undergoing maintenance",
        "509 ScriptTimeout",
    ] {
        assert!(text.parse::<CredentialStatus>().is_err(), "{text}");
    }
    assert_eq!(
        "509 ScriptTimeout"
            .parse::<CredentialStatus>()
            .unwrap_err()
            .to_string(),
        r#""509 ScriptTimeout" is not a CredentialStatus: code 509 is named "UndergoingMaintenance""#
    );
}

status_codes::status_codes! {
    /// Names with spaces, written and read back.
    pub enum Spaced {
        2xx Done <
            200 NothingToDo as "Nothing To Do" | "Nothing to do",
            201 Finished,
        >
    }
}

#[test]
fn names_with_spaces_round_trip() {
    assert_eq!(Spaced::NothingToDo.to_string(), "200 Nothing To Do");
    assert_eq!("200 Nothing To Do".parse(), Ok(Spaced::NothingToDo));
    assert_eq!("Nothing To Do".parse(), Ok(Spaced::NothingToDo));
    assert_eq!("Nothing to do".parse(), Ok(Spaced::NothingToDo));
    assert_eq!("200 Nothing to do".parse(), Ok(Spaced::NothingToDo));
    assert_eq!("NothingToDo".parse(), Ok(Spaced::NothingToDo));
    assert_eq!(Spaced::from_name("Nothing  To Do"), None);
}

#[test]
fn serde_reads_aliases_and_writes_documented_names() {
    #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
    struct Credential {
        #[serde(with = "status_codes::serde::name")]
        status: CredentialStatus,
        code: CredentialStatus,
    }
    let json = r#"{"status":"Undergoing Maintenance","code":"ScriptTimeout"}"#;
    let credential: Credential = serde_json::from_str(json).unwrap();
    assert_eq!(
        credential,
        Credential {
            status: CredentialStatus::UndergoingMaintenance,
            code: CredentialStatus::ConnectionTimeout,
        }
    );
    assert_eq!(
        serde_json::to_string(&credential).unwrap(),
        r#"{"status":"UndergoingMaintenance","code":504}"#
    );
    let any: AnyCode<CredentialStatus> = serde_json::from_str(r#""InvalidToken""#).unwrap();
    assert_eq!(any, CredentialStatus::Invalidtoken);
}

#[test]
fn the_object_form_accepts_an_alias_as_the_name() {
    #[derive(serde::Deserialize, PartialEq, Debug)]
    struct Credential {
        #[serde(with = "status_codes::serde::object")]
        status: CredentialStatus,
    }
    let credential: Credential =
        serde_json::from_str(r#"{"status":{"code":403,"name":"InvalidToken"}}"#).unwrap();
    assert_eq!(credential.status, CredentialStatus::Invalidtoken);
    assert_eq!(
        serde_json::from_str::<Credential>(r#"{"status":{"code":504,"name":"InvalidToken"}}"#)
            .unwrap_err()
            .to_string(),
        r#""InvalidToken" is not the name of CredentialStatus code 504 ("ConnectionTimeout") at line 1 column 44"#
    );
}
