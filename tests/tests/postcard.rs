//! Every form through postcard, a format that is not self-describing: what is written is read
//! back field by field, with nothing left over, for the enum and for `AnyCode`.

use serde::{Deserialize, Serialize, de::DeserializeOwned};
use status_codes::{AnyCode, CredentialStatus, CredentialStatusCategory};
use std::fmt::Debug;

/// A value between two markers, so that a form that writes more or less than it reads shows.
macro_rules! framed {
    ($name:ident, $type:ty, $form:literal) => {
        #[derive(Serialize, Deserialize, PartialEq, Debug, Clone, Copy)]
        struct $name {
            before: u8,
            #[serde(with = $form)]
            value: $type,
            after: u8,
        }

        impl From<$type> for $name {
            fn from(value: $type) -> Self {
                Self {
                    before: 0xAA,
                    value,
                    after: 0xBB,
                }
            }
        }
    };
}

type Code = AnyCode<CredentialStatus>;

framed!(ByCode, CredentialStatus, "status_codes::serde::code");
framed!(ByName, CredentialStatus, "status_codes::serde::name");
framed!(ByObject, CredentialStatus, "status_codes::serde::object");
framed!(AnyByCode, Code, "status_codes::serde::code");
framed!(AnyByName, Code, "status_codes::serde::name");
framed!(AnyByObject, Code, "status_codes::serde::object");

/// The bytes of `value` without the markers, after checking that they read back whole.
fn round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(value: &T) -> Vec<u8> {
    let bytes = postcard::to_stdvec(value).unwrap();
    let (read, rest) = postcard::take_from_bytes::<T>(&bytes).unwrap();
    assert_eq!(&read, value);
    assert!(rest.is_empty(), "{value:?} left {rest:?} unread");
    assert_eq!(bytes.first(), Some(&0xAA));
    assert_eq!(bytes.last(), Some(&0xBB));
    bytes[1..bytes.len() - 1].to_vec()
}

/// `TwofaTimeout` after the object form's code and `Some`.
fn named(code: &[u8], name: &str) -> Vec<u8> {
    let mut bytes = code.to_vec();
    bytes.push(1);
    bytes.push(u8::try_from(name.len()).unwrap());
    bytes.extend_from_slice(name.as_bytes());
    bytes
}

/// 411 and 207 as postcard varints.
const TWOFA_TIMEOUT: [u8; 2] = [0x9B, 0x03];
const UNKNOWN_207: [u8; 2] = [0xCF, 0x01];

#[test]
fn code_form_is_the_integer() {
    let status = CredentialStatus::TwofaTimeout;
    assert_eq!(round_trip(&ByCode::from(status)), TWOFA_TIMEOUT);
    assert_eq!(
        round_trip(&AnyByCode::from(Code::from(status))),
        TWOFA_TIMEOUT
    );
    assert_eq!(
        round_trip(&AnyByCode::from(Code::new(207).unwrap())),
        UNKNOWN_207
    );
    // The default form, without `with`, is the same.
    assert_eq!(postcard::to_stdvec(&status).unwrap(), TWOFA_TIMEOUT);
    assert_eq!(
        postcard::from_bytes::<Code>(&UNKNOWN_207).unwrap().code(),
        207
    );
}

#[test]
fn name_form_is_the_integer_too() {
    let status = CredentialStatus::TwofaTimeout;
    assert_eq!(round_trip(&ByName::from(status)), TWOFA_TIMEOUT);
    assert_eq!(
        round_trip(&AnyByName::from(Code::from(status))),
        TWOFA_TIMEOUT
    );
    assert_eq!(
        round_trip(&AnyByName::from(Code::new(207).unwrap())),
        UNKNOWN_207
    );
}

#[test]
fn object_form_is_the_code_and_an_optional_name() {
    let status = CredentialStatus::TwofaTimeout;
    assert_eq!(
        round_trip(&ByObject::from(status)),
        named(&TWOFA_TIMEOUT, "TwofaTimeout")
    );
    assert_eq!(
        round_trip(&AnyByObject::from(Code::from(status))),
        named(&TWOFA_TIMEOUT, "TwofaTimeout")
    );
    assert_eq!(
        round_trip(&AnyByObject::from(Code::new(207).unwrap())),
        [0xCF, 0x01, 0x00]
    );
    // 205 shares its name with 201; the code decides.
    assert_eq!(
        round_trip(&ByObject::from(CredentialStatus::Pending205)),
        named(&[0xCD, 0x01], "Pending")
    );
}

#[test]
fn every_code_in_every_form() {
    for &status in CredentialStatus::ALL {
        let code = postcard::to_stdvec(&status.code()).unwrap();
        assert_eq!(round_trip(&ByCode::from(status)), code);
        assert_eq!(round_trip(&ByName::from(status)), code);
        assert_eq!(
            round_trip(&ByObject::from(status)),
            named(&code, status.name())
        );
    }
    for value in 100..=999 {
        let any = Code::new(value).unwrap();
        let code = postcard::to_stdvec(&value).unwrap();
        assert_eq!(round_trip(&AnyByCode::from(any)), code);
        assert_eq!(round_trip(&AnyByName::from(any)), code);
        let object = match any.name() {
            Some(name) => named(&code, name),
            None => [code.as_slice(), &[0]].concat(),
        };
        assert_eq!(round_trip(&AnyByObject::from(any)), object);
    }
}

#[test]
fn categories_are_their_names() {
    assert_eq!(
        postcard::to_stdvec(&CredentialStatusCategory::Success).unwrap(),
        b"\x07Success"
    );
    for &category in CredentialStatusCategory::ALL {
        let bytes = postcard::to_stdvec(&category).unwrap();
        assert_eq!(
            postcard::from_bytes::<CredentialStatusCategory>(&bytes),
            Ok(category)
        );
    }
}

#[test]
fn what_the_table_does_not_have_is_rejected() {
    use postcard::Error::SerdeDeCustom as Custom;
    // 207 is not a `CredentialStatus` code.
    assert_eq!(
        postcard::from_bytes::<CredentialStatus>(&UNKNOWN_207),
        Err(Custom)
    );
    // 1000 is not a three-digit code.
    assert_eq!(postcard::from_bytes::<Code>(&[0xE8, 0x07]), Err(Custom));
    // 411 is not named "Locked".
    let mut bytes = vec![0xAA];
    bytes.extend(named(&TWOFA_TIMEOUT, "Locked"));
    bytes.push(0xBB);
    assert_eq!(postcard::from_bytes::<ByObject>(&bytes), Err(Custom));
    assert_eq!(
        postcard::from_bytes::<CredentialStatusCategory>(b"\x06Sucess"),
        Err(Custom)
    );
}
