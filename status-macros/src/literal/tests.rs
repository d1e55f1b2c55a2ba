use super::*;

#[test]
fn codes() {
    assert_eq!(parse_code("100"), Ok(100));
    assert_eq!(parse_code("999"), Ok(999));
    let digits = "write codes as three plain decimal digits";
    for (text, reason) in [
        ("099", "codes run from 100 to 999"),
        ("99", "codes have three digits, from 100 to 999"),
        ("1000", "codes have three digits, from 100 to 999"),
        ("1_00", "write codes as three plain digits, without `_`"),
        (
            "100u16",
            "write codes as three plain digits, without a suffix or fraction",
        ),
        ("0x64", digits),
        ("\"100\"", "codes are three plain digits, from 100 to 999"),
        ("0o144", digits),
        ("0b1100100", digits),
    ] {
        let expected = format!("`{text}` is not a three-digit code: {reason}");
        assert_eq!(parse_code(text), Err(expected));
    }
    assert_eq!(
        parse_code("4xx").unwrap_err(),
        "expected a code such as `100`, found the category header `4xx`; \
         a category's codes go between `<` and `>`"
    );
}

#[test]
fn glued_identifiers() {
    assert_eq!(split_glued_identifier("100Queued"), Some(("100", "Queued")));
    assert_eq!(
        split_glued_identifier("404NotFound"),
        Some(("404", "NotFound"))
    );
    assert_eq!(split_glued_identifier("100e"), Some(("100", "e")));
    for other in [
        "100",
        "1xx",
        "41x",
        "100u16",
        "100i8",
        "100f64",
        "100e2",
        "100E1_0",
        "0x64",
        "1_00",
        "10Queued",
        "1000Queued",
        "\"100\"",
        "100_Queued",
    ] {
        assert_eq!(split_glued_identifier(other), None, "{other}");
    }
}

#[test]
fn headers() {
    assert_eq!(
        parse_header("1xx"),
        Ok(CodeRange {
            first: 100,
            last: 199
        })
    );
    assert_eq!(
        parse_header("9xx"),
        Ok(CodeRange {
            first: 900,
            last: 999
        })
    );
    assert_eq!(
        parse_header("40x"),
        Ok(CodeRange {
            first: 400,
            last: 409
        })
    );
    assert_eq!(
        parse_header("41x"),
        Ok(CodeRange {
            first: 410,
            last: 419
        })
    );
    assert_eq!(
        parse_header("10x"),
        Ok(CodeRange {
            first: 100,
            last: 109
        })
    );
    for bad in ["1x", "1xy", "10xx", "xx", "1", "100", "x1x", "4Xx", "a0x"] {
        assert_eq!(
            parse_header(bad).unwrap_err(),
            format!(
                "malformed category header `{bad}`: expected `Nxx` for a hundred codes \
                 (like `4xx`) or `NNx` for ten (like `41x`)"
            ),
        );
    }
    for low in ["0xx", "00x", "09x"] {
        assert_eq!(
            parse_header(low).unwrap_err(),
            format!("category header `{low}` is out of range: codes run from 100 to 999")
        );
    }
}
