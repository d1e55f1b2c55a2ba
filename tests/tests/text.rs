//! `Display` and `FromStr`: round trips, and exact errors for bad strings.

use status_codes::{CredentialStatus, ParseErrorKind};

fn parse_error(text: &str) -> String {
    text.parse::<CredentialStatus>().unwrap_err().to_string()
}

#[test]
fn display_is_code_space_name() {
    assert_eq!(
        CredentialStatus::TwofaTimeout.to_string(),
        "411 TwofaTimeout"
    );
    assert_eq!(CredentialStatus::Register.to_string(), "100 Register");
    assert_eq!(
        CredentialStatus::UndergoingMaintenance.to_string(),
        "509 UndergoingMaintenance"
    );
    assert_eq!(
        format!("[{:>16}]", CredentialStatus::Error),
        "[       500 Error]"
    );
    assert_eq!(
        format!("[{:<12}]", CredentialStatus::Locked),
        "[405 Locked  ]"
    );
    assert_eq!(format!("[{:.3}]", CredentialStatus::Locked), "[405]");
}

#[test]
fn every_form_round_trips() {
    for &status in CredentialStatus::ALL {
        assert_eq!(status.to_string().parse(), Ok(status));
        assert_eq!(status.code().to_string().parse(), Ok(status));
        assert_eq!(format!("{status:?}").parse(), Ok(status));
        let by_name: CredentialStatus = status.name().parse().unwrap();
        assert_eq!(by_name.name(), status.name());
    }
}

#[test]
fn names_parse_exactly() {
    assert_eq!("TwofaTimeout".parse(), Ok(CredentialStatus::TwofaTimeout));
    assert_eq!("Invalidtoken".parse(), Ok(CredentialStatus::Invalidtoken));
    assert_eq!("Error".parse(), Ok(CredentialStatus::Error));
    assert_eq!(
        parse_error("twofatimeout"),
        r#""twofatimeout" is not a CredentialStatus code or name"#
    );
    assert_eq!(
        parse_error("INVALIDTOKEN"),
        r#""INVALIDTOKEN" is not a CredentialStatus code or name"#
    );
}

#[test]
fn whitespace_around_a_valid_input_is_named() {
    const RULE: &str = "CredentialStatus codes and names are read without trimming";
    assert_eq!(
        parse_error(" Locked"),
        format!(r#"" Locked" starts with whitespace: {RULE}"#)
    );
    assert_eq!(
        parse_error("Locked\n"),
        format!(r#""Locked\n" ends with whitespace: {RULE}"#)
    );
    assert_eq!(
        parse_error("411 "),
        format!(r#""411 " ends with whitespace: {RULE}"#)
    );
    assert_eq!(
        parse_error("\u{a0}411 TwofaTimeout\r\n"),
        format!(r#""\u{{a0}}411 TwofaTimeout\r\n" starts and ends with whitespace: {RULE}"#)
    );
    assert_eq!(
        " Locked".parse::<CredentialStatus>().unwrap_err().kind(),
        ParseErrorKind::Whitespace
    );
    // Cut inputs: the start is kept, so whitespace there is named; otherwise it is at the end.
    assert_eq!(
        parse_error(&format!("Locked{}", " ".repeat(100))),
        format!(
            r#""Locked                                  "… (106 bytes) ends with whitespace: {RULE}"#
        )
    );
    assert_eq!(
        parse_error(&format!(" Locked{}", " ".repeat(100))),
        format!(
            r#"" Locked                                 "… (107 bytes) starts with whitespace: {RULE}"#
        )
    );
    // Whitespace is only blamed when the rest would parse.
    assert_eq!(
        parse_error("Pendng "),
        r#""Pendng " is not a CredentialStatus code or name"#
    );
    assert_eq!(
        parse_error("207 "),
        r#""207 ": 207 is not a CredentialStatus code"#
    );
    assert_eq!(
        parse_error(" 207"),
        r#"" 207" is not a CredentialStatus code or name"#
    );
}

#[test]
fn empty_and_whitespace() {
    assert_eq!(
        parse_error(""),
        "an empty string is not a CredentialStatus code or name"
    );
    assert_eq!(
        parse_error(" "),
        r#"" " is not a CredentialStatus code or name"#
    );
    assert_eq!(
        parse_error("\t"),
        r#""\t" is not a CredentialStatus code or name"#
    );
    let error = "".parse::<CredentialStatus>().unwrap_err();
    assert_eq!(error.kind(), ParseErrorKind::Empty);
}

#[test]
fn numbers_that_are_not_codes() {
    assert_eq!(parse_error("207"), "207 is not a CredentialStatus code");
    assert_eq!(
        "207".parse::<CredentialStatus>().unwrap_err().kind(),
        ParseErrorKind::UnknownCode(207)
    );
    assert_eq!(
        parse_error("099"),
        r#""099" is not a CredentialStatus code or name"#
    );
    assert_eq!(
        parse_error("0411"),
        r#""0411" is not a CredentialStatus code or name"#
    );
    assert_eq!(
        parse_error("+411"),
        r#""+411" is not a CredentialStatus code or name"#
    );
    assert_eq!(
        parse_error("4110"),
        r#""4110" is not a CredentialStatus code or name"#
    );
    assert_eq!(
        parse_error("41"),
        r#""41" is not a CredentialStatus code or name"#
    );
    assert_eq!(
        parse_error("-1"),
        r#""-1" is not a CredentialStatus code or name"#
    );
}

#[test]
fn display_forms_must_agree() {
    assert_eq!(
        parse_error("201 Finish"),
        r#""201 Finish" is not a CredentialStatus: code 201 is named "Pending""#
    );
    assert_eq!(
        "201 Finish".parse::<CredentialStatus>().unwrap_err().kind(),
        ParseErrorKind::NameMismatch {
            code: 201,
            expected: "Pending"
        }
    );
    // For the enum, the unknown code is the problem, whatever the name after it; the message
    // names the whole input.
    assert_eq!(
        parse_error("207 Updated"),
        r#""207 Updated": 207 is not a CredentialStatus code"#
    );
    assert_eq!(
        "207 Updated"
            .parse::<CredentialStatus>()
            .unwrap_err()
            .kind(),
        ParseErrorKind::UnknownCode(207)
    );
    assert_eq!("205 Pending205".parse(), Ok(CredentialStatus::Pending205));
}

#[test]
fn a_code_and_its_name_are_separated_by_one_space() {
    for (text, escaped) in [
        ("411  TwofaTimeout", "411  TwofaTimeout"),
        ("411\tTwofaTimeout", "411\\tTwofaTimeout"),
        ("411 \u{a0}TwofaTimeout", "411 \\u{a0}TwofaTimeout"),
        ("411\n Finish", "411\\n Finish"),
    ] {
        let error = text.parse::<CredentialStatus>().unwrap_err();
        assert_eq!(error.kind(), ParseErrorKind::Separator(411), "{text:?}");
        assert_eq!(
            error.to_string(),
            format!(
                r#""{escaped}" is not a CredentialStatus: a code and its name are separated by one space"#
            )
        );
    }
    let error = "207  Updated"
        .parse::<status_codes::AnyCode<CredentialStatus>>()
        .unwrap_err();
    assert_eq!(error.kind(), ParseErrorKind::Separator(207));
    assert_eq!("205 Pending205".parse(), Ok(CredentialStatus::Pending205));
}

#[test]
fn long_input_is_cut_in_the_message() {
    let long = "Pending".repeat(100);
    let error = long.parse::<CredentialStatus>().unwrap_err();
    assert!(error.is_truncated());
    assert_eq!(error.input_len(), 700);
    assert_eq!(error.input(), &long[..40]);
    assert_eq!(
        error.to_string(),
        r#""PendingPendingPendingPendingPendingPendi"… (700 bytes) is not a CredentialStatus code or name"#
    );
}

#[test]
fn non_ascii_input_is_cut_on_a_character_boundary() {
    let text = "é".repeat(30);
    let error = text.parse::<CredentialStatus>().unwrap_err();
    assert_eq!(error.input(), "é".repeat(20));
    assert_eq!(error.input_len(), 60);
    assert_eq!(
        parse_error("Lockéd"),
        r#""Lockéd" is not a CredentialStatus code or name"#
    );
    assert_eq!(
        parse_error("４１１"),
        r#""４１１" is not a CredentialStatus code or name"#
    );
}

#[test]
fn near_misses_of_every_name_fail() {
    for &status in CredentialStatus::ALL {
        let name = status.name();
        for near in [
            name[1..].to_owned(),
            name[..name.len() - 1].to_owned(),
            format!("{name}x"),
            name.to_lowercase(),
            name.to_uppercase(),
        ] {
            let error = near.parse::<CredentialStatus>().unwrap_err();
            assert_eq!(error.kind(), ParseErrorKind::UnknownName, "{near}");
            assert_eq!(
                error.to_string(),
                format!("{near:?} is not a CredentialStatus code or name")
            );
        }
    }
}

#[test]
fn errors_are_std_errors() {
    fn assert_error<E: std::error::Error + Send + Sync + 'static>(_: &E) {}
    assert_error(&"x".parse::<CredentialStatus>().unwrap_err());
    assert_error(&CredentialStatus::try_from(1).unwrap_err());
}

#[test]
fn error_accessors_and_debug() {
    let error = "Pendng".parse::<CredentialStatus>().unwrap_err();
    assert_eq!(error.type_name(), "CredentialStatus");
    assert!(!error.is_truncated());
    assert_eq!(error.input_len(), 6);
    assert_eq!(
        format!("{error:?}"),
        r#"ParseError { type_name: "CredentialStatus", kind: UnknownName, input: "Pendng", input_len: 6 }"#
    );
    let error = CredentialStatus::try_from(999_u16).unwrap_err();
    assert_eq!(error.type_name(), "CredentialStatus");
    assert_eq!(error.value(), 999);
}

#[test]
fn category_containment_through_the_trait() {
    use status_codes::{CredentialStatusCategory, StatusCategory};
    for &category in CredentialStatusCategory::ALL {
        for code in 0..=1000 {
            assert_eq!(
                StatusCategory::contains(category, code),
                CredentialStatusCategory::from_code(code) == Some(category),
                "{category} {code}"
            );
        }
    }
}
