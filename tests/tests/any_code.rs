//! `AnyCode`: every three-digit code, known or not, without loss.

use status_codes::{
    AnyCode, CodeRangeError, CredentialStatus, CredentialStatusCategory, ParseErrorKind,
};
use std::collections::HashSet;

type Code = AnyCode<CredentialStatus>;

#[test]
fn every_u16_through_new_and_back() {
    let mut accepted = 0;
    for value in 0..=u16::MAX {
        match Code::new(value) {
            Ok(code) => {
                accepted += 1;
                assert!((100..=999).contains(&value));
                assert_eq!(code.code(), value);
                assert_eq!(u16::from(code), value);
                assert_eq!(Code::try_from(value), Ok(code));
                assert_eq!(code.known(), CredentialStatus::from_code(value));
                assert_eq!(code.category(), CredentialStatusCategory::from_code(value));
                assert_eq!(code.to_string().parse::<Code>(), Ok(code));
                assert_eq!(code.code().to_string().parse::<Code>(), Ok(code));
            }
            Err(error) => {
                assert!(!(100..=999).contains(&value));
                assert_eq!(error, Code::try_from(value).unwrap_err());
                assert_eq!(error.value(), i128::from(value));
                assert_eq!(
                    error.to_string(),
                    format!("{value} is not a three-digit code (100 to 999)")
                );
            }
        }
    }
    assert_eq!(accepted, 900);
}

#[test]
fn unknown_codes_keep_their_category_by_range() {
    let category = |code| Code::new(code).unwrap().category();
    assert_eq!(category(207), Some(CredentialStatusCategory::Success));
    assert_eq!(
        category(412),
        Some(CredentialStatusCategory::MultiFactorAuthentication)
    );
    assert_eq!(
        category(400),
        Some(CredentialStatusCategory::UserInteraction)
    );
    assert_eq!(
        category(599),
        Some(CredentialStatusCategory::ConnectionError)
    );
    assert_eq!(category(302), None);
    assert_eq!(
        category(420),
        Some(CredentialStatusCategory::UserInteraction)
    );
    assert_eq!(category(999), None);
    let unknown = Code::new(207).unwrap();
    assert!(!unknown.is_known());
    assert_eq!(unknown.name(), None);
    assert_eq!(unknown.to_string(), "207");
    assert_eq!(format!("{unknown:?}"), "AnyCode(207)");
    assert_eq!(
        format!("{:?}", Code::from(CredentialStatus::Locked)),
        "AnyCode(Locked)"
    );
}

#[test]
fn known_codes_behave_like_the_enum() {
    for &status in CredentialStatus::ALL {
        let code = Code::from(status);
        assert_eq!(code, status);
        assert_eq!(code.known(), Some(status));
        assert_eq!(code.name(), Some(status.name()));
        assert_eq!(code.to_string(), status.to_string());
        assert_eq!(code.category(), Some(status.category()));
        assert_eq!(
            status.name().parse::<Code>().unwrap().name(),
            Some(status.name())
        );
        assert_eq!(status.to_string().parse::<Code>(), Ok(code));
    }
}

#[test]
fn compares_and_hashes_by_code() {
    let a = Code::new(207).unwrap();
    let b: Code = "207".parse().unwrap();
    assert_eq!(a, b);
    assert!(Code::new(206).unwrap() < a);
    assert!(Code::from(CredentialStatus::Pending205) < a);
    let set: HashSet<Code> = [
        a,
        b,
        Code::new(411).unwrap(),
        Code::from(CredentialStatus::TwofaTimeout),
    ]
    .into();
    assert_eq!(set.len(), 2);
}

#[test]
fn rejects_what_is_not_a_three_digit_code() {
    let error = |text: &str| text.parse::<Code>().unwrap_err();
    assert_eq!(
        error("1000").to_string(),
        r#""1000" is not a CredentialStatus code or name"#
    );
    assert_eq!(
        error("99").to_string(),
        r#""99" is not a CredentialStatus code or name"#
    );
    assert_eq!(error("Updated").kind(), ParseErrorKind::UnknownName);
    assert_eq!(error("").kind(), ParseErrorKind::Empty);
    assert_eq!(
        error("201 Finish").kind(),
        ParseErrorKind::NameMismatch {
            code: 201,
            expected: "Pending"
        }
    );
    assert_eq!(Code::new(99), Err(Code::try_from(99).unwrap_err()));
    let _: CodeRangeError = Code::new(0).unwrap_err();
}

#[test]
fn errors_say_what_is_wrong_with_a_code_the_table_does_not_have() {
    let error = |text: &str| text.parse::<Code>().unwrap_err();
    assert_eq!(
        error("207 Updated").kind(),
        ParseErrorKind::NamedUnknownCode(207)
    );
    assert_eq!(
        error("207 Updated").to_string(),
        r#""207 Updated" names code 207, which CredentialStatus does not have"#
    );
    assert_eq!(
        error("207 Locked").to_string(),
        r#""207 Locked" names code 207, which CredentialStatus does not have"#
    );
    assert_eq!(error("207 ").kind(), ParseErrorKind::Whitespace);
    assert_eq!(
        error("207 ").to_string(),
        r#""207 " ends with whitespace: CredentialStatus codes and names are read without trimming"#
    );
    assert_eq!(
        error("207\n").to_string(),
        r#""207\n" ends with whitespace: CredentialStatus codes and names are read without trimming"#
    );
    assert_eq!(
        error(" 207").to_string(),
        r#"" 207" starts with whitespace: CredentialStatus codes and names are read without trimming"#
    );
    assert_eq!(
        error("\t207 ").to_string(),
        r#""\t207 " starts and ends with whitespace: CredentialStatus codes and names are read without trimming"#
    );
    assert_eq!(
        error("411 TwofaTimeout ").to_string(),
        r#""411 TwofaTimeout " ends with whitespace: CredentialStatus codes and names are read without trimming"#
    );
    // Whitespace is only blamed when the rest would parse.
    assert_eq!(
        error("Updated ").to_string(),
        r#""Updated " is not a CredentialStatus code or name"#
    );
    assert_eq!(
        error("1000 ").to_string(),
        r#""1000 " is not a CredentialStatus code or name"#
    );
    assert_eq!(
        error(" ").to_string(),
        r#"" " is not a CredentialStatus code or name"#
    );
    assert_eq!(
        error("2 07").to_string(),
        r#""2 07" is not a CredentialStatus code or name"#
    );
}

#[test]
fn serde_errors_say_what_is_wrong() {
    let error = |json: &str| serde_json::from_str::<Code>(json).unwrap_err().to_string();
    assert_eq!(
        error(r#""207 ""#),
        r#""207 " ends with whitespace: CredentialStatus codes and names are read without trimming at line 1 column 6"#
    );
    assert_eq!(
        error(r#""207 Updated""#),
        r#""207 Updated" names code 207, which CredentialStatus does not have at line 1 column 13"#
    );
}

#[test]
fn serde_same_wire_form_as_the_enum() {
    let new = Code::new(207).unwrap();
    assert_eq!(serde_json::to_string(&new).unwrap(), "207");
    assert_eq!(serde_json::from_str::<Code>("207").unwrap(), new);
    assert_eq!(serde_json::from_str::<Code>("\"207\"").unwrap(), new);
    assert_eq!(
        serde_json::from_str::<Code>("\"TwofaTimeout\"").unwrap(),
        CredentialStatus::TwofaTimeout
    );
    assert_eq!(
        serde_json::from_str::<Code>("411").unwrap(),
        CredentialStatus::TwofaTimeout
    );
    for value in 100..=999 {
        let code = Code::new(value).unwrap();
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(json, value.to_string());
        assert_eq!(serde_json::from_str::<Code>(&json).unwrap(), code);
    }
    let error = |json: &str| serde_json::from_str::<Code>(json).unwrap_err().to_string();
    assert_eq!(
        error("1000"),
        "1000 is not a three-digit code (100 to 999) at line 1 column 4"
    );
    assert_eq!(
        error("-5"),
        "-5 is not a three-digit code (100 to 999) at line 1 column 2"
    );
    assert_eq!(
        error("\"Updated\""),
        r#""Updated" is not a CredentialStatus code or name at line 1 column 9"#
    );
    assert_eq!(
        error("2.5"),
        "invalid type: floating point `2.5`, expected a three-digit code or a CredentialStatus name at line 1 column 3"
    );
}

#[test]
fn a_response_with_a_new_code_still_deserializes() {
    #[derive(serde::Deserialize)]
    struct Credential {
        id: u32,
        status: Code,
    }
    let credentials: Vec<Credential> = serde_json::from_str(
        r#"[{"id":1,"status":411},{"id":2,"status":207},{"id":3,"status":"Locked"}]"#,
    )
    .unwrap();
    let statuses: Vec<(u32, u16, Option<CredentialStatus>)> = credentials
        .iter()
        .map(|c| (c.id, c.status.code(), c.status.known()))
        .collect();
    assert_eq!(
        statuses,
        [
            (1, 411, Some(CredentialStatus::TwofaTimeout)),
            (2, 207, None),
            (3, 405, Some(CredentialStatus::Locked))
        ]
    );
}

#[test]
fn equality_ordering_and_hashing_follow_the_code() {
    use std::hash::{BuildHasher, RandomState};
    let state = RandomState::new();
    for value in [101, 207, 411, 999] {
        let code = Code::new(value).unwrap();
        assert_eq!(state.hash_one(code), state.hash_one(value));
        assert_ne!(code, Code::new(value - 1).unwrap());
        assert_eq!(
            code.is_known(),
            CredentialStatus::from_code(value).is_some()
        );
    }
    assert!(Code::from(CredentialStatus::Locked).is_known());
    assert_ne!(Code::new(207).unwrap(), CredentialStatus::Locked);
    assert_eq!(Code::new(405).unwrap(), CredentialStatus::Locked);
    assert_eq!(
        Code::new(411).unwrap().cmp(&Code::new(207).unwrap()),
        std::cmp::Ordering::Greater
    );
}
