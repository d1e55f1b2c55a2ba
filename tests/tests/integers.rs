//! Conversions with every integer type codes are stored in, at the boundaries of each type and
//! of the three-digit range: the value an error names is the value as given.

use status_codes::{AnyCode, CredentialStatus, StatusCode};
use vendor_status::VendorStatus;

type Code = AnyCode<CredentialStatus>;

/// The values every test runs over for an integer type: its bounds, the bounds of `u16` and of
/// the three-digit range, and codes the table has or not, where the type holds them.
macro_rules! boundaries {
    ($integer:ident) => {{
        let wide: [i128; 18] = [
            i128::from($integer::MIN),
            i128::from($integer::MAX),
            -70_000,
            -1,
            0,
            1,
            99,
            100,
            207,
            411,
            999,
            1000,
            32_767,
            32_768,
            65_535,
            65_536,
            70_000,
            i128::from(u64::MAX),
        ];
        let values: Vec<$integer> = wide
            .iter()
            .filter_map(|&value| $integer::try_from(value).ok())
            .collect();
        values
    }};
}

macro_rules! integer_tests {
    ($($test:ident: $integer:ident,)*) => {$(
        #[test]
        fn $test() {
            for value in boundaries!($integer) {
                let wide = i128::from(value);
                let known = u16::try_from(value).ok().and_then(CredentialStatus::from_code);
                match CredentialStatus::try_from(value) {
                    Ok(status) => {
                        assert_eq!(Some(status), known, "{value}");
                        assert_eq!($integer::from(status), value);
                    }
                    Err(error) => {
                        assert_eq!(known, None, "{value}");
                        assert_eq!(error.value(), wide);
                        assert_eq!(error.type_name(), "CredentialStatus");
                        assert_eq!(error.to_string(), format!("{value} is not a CredentialStatus code"));
                    }
                }
                match Code::try_from(value) {
                    Ok(code) => {
                        assert!((100..=999).contains(&wide), "{value}");
                        assert_eq!(i128::from(code.code()), wide);
                        assert_eq!($integer::from(code), value);
                    }
                    Err(error) => {
                        assert!(!(100..=999).contains(&wide), "{value}");
                        assert_eq!(error.value(), wide);
                        assert_eq!(
                            error.to_string(),
                            format!("{value} is not a three-digit code (100 to 999)")
                        );
                    }
                }
            }
            for &status in CredentialStatus::ALL {
                let value = $integer::from(status);
                assert_eq!(i128::from(value), i128::from(status.code()));
                assert_eq!(CredentialStatus::try_from(value), Ok(status));
                assert_eq!($integer::from(Code::from(status)), value);
            }
            for code in 100..=999_u16 {
                let value = $integer::from(Code::new(code).unwrap());
                assert_eq!(i128::from(value), i128::from(code));
                assert_eq!(Code::try_from(value).unwrap().code(), code);
            }
        }
    )*};
}

integer_tests! {
    i16_at_its_boundaries: i16,
    i32_at_its_boundaries: i32,
    i64_at_its_boundaries: i64,
    u16_at_its_boundaries: u16,
    u32_at_its_boundaries: u32,
    u64_at_its_boundaries: u64,
}

#[test]
fn every_i16_agrees_with_from_code() {
    for value in i16::MIN..=i16::MAX {
        let expected = u16::try_from(value)
            .ok()
            .and_then(CredentialStatus::from_code);
        assert_eq!(CredentialStatus::try_from(value).ok(), expected, "{value}");
        assert_eq!(
            Code::try_from(value).ok().map(|code| code.code()),
            u16::try_from(value)
                .ok()
                .filter(|code| (100..=999).contains(code)),
            "{value}"
        );
    }
}

#[test]
fn the_messages_name_the_value_as_given() {
    assert_eq!(
        CredentialStatus::try_from(70_000_i32)
            .unwrap_err()
            .to_string(),
        "70000 is not a CredentialStatus code"
    );
    assert_eq!(
        CredentialStatus::try_from(-1_i16).unwrap_err().to_string(),
        "-1 is not a CredentialStatus code"
    );
    assert_eq!(
        CredentialStatus::try_from(u64::MAX)
            .unwrap_err()
            .to_string(),
        "18446744073709551615 is not a CredentialStatus code"
    );
    assert_eq!(
        CredentialStatus::try_from(i64::MIN).unwrap_err().value(),
        i128::from(i64::MIN)
    );
    assert_eq!(
        Code::try_from(-1_i64).unwrap_err().to_string(),
        "-1 is not a three-digit code (100 to 999)"
    );
    assert_eq!(
        Code::try_from(70_000_u32).unwrap_err().to_string(),
        "70000 is not a three-digit code (100 to 999)"
    );
}

/// Every table has the conversions, extensions too, named by their own enum.
#[test]
fn every_table_converts() {
    assert_eq!(VendorStatus::try_from(207_i16), Ok(VendorStatus::Updated));
    assert_eq!(i64::from(VendorStatus::CaptchaFailed), 421);
    assert_eq!(
        VendorStatus::try_from(-207_i32).unwrap_err().to_string(),
        "-207 is not a VendorStatus code"
    );
    assert_eq!(
        CredentialStatus::try_from(i32::from(VendorStatus::Updated))
            .unwrap_err()
            .to_string(),
        "207 is not a CredentialStatus code"
    );
}

/// What generic code can ask of any table.
#[test]
fn through_generic_bounds() {
    fn store<T: StatusCode + Into<i16>>(status: T) -> i16 {
        status.into()
    }
    fn load<T: StatusCode + TryFrom<i64>>(value: i64) -> Option<T> {
        T::try_from(value).ok()
    }
    assert_eq!(store(CredentialStatus::TwofaTimeout), 411);
    assert_eq!(
        load::<VendorStatus>(420),
        Some(VendorStatus::CaptchaRequired)
    );
    assert_eq!(load::<CredentialStatus>(420), None);
}
