//! serde: integer on the wire; integer, numeric string, name or `Display` form accepted.

use status_codes::CredentialStatus;

fn from_json(json: &str) -> Result<CredentialStatus, String> {
    serde_json::from_str(json).map_err(|error| error.to_string())
}

#[test]
fn serializes_as_the_code() {
    assert_eq!(
        serde_json::to_string(&CredentialStatus::TwofaTimeout).unwrap(),
        "411"
    );
    assert_eq!(
        serde_json::to_string(&[CredentialStatus::Register, CredentialStatus::Pending205]).unwrap(),
        "[100,205]"
    );
}

#[test]
fn every_code_round_trips() {
    for &status in CredentialStatus::ALL {
        let json = serde_json::to_string(&status).unwrap();
        assert_eq!(json, status.code().to_string());
        assert_eq!(from_json(&json), Ok(status));
        assert_eq!(
            from_json(&format!("{:?}", status.name())).map(CredentialStatus::name),
            Ok(status.name())
        );
        assert_eq!(from_json(&format!("\"{status}\"")), Ok(status));
        assert_eq!(from_json(&format!("\"{}\"", status.code())), Ok(status));
    }
}

#[test]
fn deserializes_names() {
    assert_eq!(
        from_json(r#""TwofaTimeout""#),
        Ok(CredentialStatus::TwofaTimeout)
    );
    assert_eq!(from_json(r#""Pending""#), Ok(CredentialStatus::Pending));
    assert_eq!(
        from_json(r#""Pending205""#),
        Ok(CredentialStatus::Pending205)
    );
}

#[test]
fn unknown_values_are_named_in_the_error() {
    assert_eq!(
        from_json("207"),
        Err("207 is not a CredentialStatus code at line 1 column 3".into())
    );
    assert_eq!(
        from_json("70000"),
        Err("70000 is not a CredentialStatus code at line 1 column 5".into())
    );
    assert_eq!(
        from_json("-1"),
        Err("-1 is not a CredentialStatus code at line 1 column 2".into())
    );
    assert_eq!(
        from_json(r#""Pendng""#),
        Err(r#""Pendng" is not a CredentialStatus code or name at line 1 column 8"#.into())
    );
    assert_eq!(
        from_json(r#""207""#),
        Err("207 is not a CredentialStatus code at line 1 column 5".into())
    );
}

#[test]
fn wrong_types_are_rejected() {
    assert_eq!(
        from_json("411.0"),
        Err("invalid type: floating point `411.0`, expected a CredentialStatus code or name at line 1 column 5".into())
    );
    assert_eq!(
        from_json("true"),
        Err("invalid type: boolean `true`, expected a CredentialStatus code or name at line 1 column 4".into())
    );
    assert_eq!(
        from_json("null"),
        Err(
            "invalid type: null, expected a CredentialStatus code or name at line 1 column 4"
                .into()
        )
    );
    assert_eq!(
        from_json(r#"{"code":411}"#),
        Err(
            "invalid type: map, expected a CredentialStatus code or name at line 1 column 1".into()
        )
    );
}

#[test]
fn categories_are_written_and_read_by_name() {
    use status_codes::CredentialStatusCategory;
    for &category in CredentialStatusCategory::ALL {
        let json = serde_json::to_string(&category).unwrap();
        assert_eq!(json, format!("\"{}\"", category.name()));
        assert_eq!(
            serde_json::from_str::<CredentialStatusCategory>(&json).unwrap(),
            category
        );
    }
    let error = |json: &str| {
        serde_json::from_str::<CredentialStatusCategory>(json)
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        error(r#""Sucess""#),
        r#""Sucess" is not a CredentialStatusCategory name at line 1 column 8"#
    );
    assert_eq!(
        error(r#""2xx""#),
        r#""2xx" is not a CredentialStatusCategory name at line 1 column 5"#
    );
    assert_eq!(
        error("200"),
        "invalid type: integer `200`, expected a CredentialStatusCategory name at line 1 column 3"
    );
}

#[test]
fn strings_are_read_like_from_str() {
    assert_eq!(
        from_json(r#""411 ""#),
        Err(r#""411 " ends with whitespace: CredentialStatus codes and names are read without trimming at line 1 column 6"#.into())
    );
    assert_eq!(
        from_json(r#""207 Updated""#),
        Err("\"207 Updated\": 207 is not a CredentialStatus code at line 1 column 13".into())
    );
    assert_eq!(
        from_json(r#""201 Finish""#),
        Err(r#""201 Finish" is not a CredentialStatus: code 201 is named "Pending" at line 1 column 12"#.into())
    );
}
