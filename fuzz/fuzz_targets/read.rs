//! Any bytes, read as a `CredentialStatus` and an `AnyCode<CredentialStatus>`: as text with
//! `FromStr`, and as JSON in serde's default, name and object forms. Nothing may panic, an
//! error must format, and every value read must read back as itself from its `Display` form
//! and from what each form writes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use status_codes::{AnyCode, CredentialStatus};
use std::fmt::{Debug, Display};
use std::str::FromStr;

/// A value in each of serde's forms.
macro_rules! forms {
    ($default:ident, $name:ident, $object:ident, $value:ty) => {
        #[derive(Serialize, Deserialize, PartialEq, Debug)]
        #[serde(transparent)]
        struct $default($value);

        #[derive(Serialize, Deserialize, PartialEq, Debug)]
        #[serde(transparent)]
        struct $name(#[serde(with = "status_codes::serde::name")] $value);

        #[derive(Serialize, Deserialize, PartialEq, Debug)]
        #[serde(transparent)]
        struct $object(#[serde(with = "status_codes::serde::object")] $value);
    };
}

forms!(Code, Name, Object, CredentialStatus);
forms!(AnyDefault, AnyName, AnyObject, AnyCode<CredentialStatus>);

/// `FromStr`: an accepted text reads back from the value's `Display` form.
fn text<T>(input: &str)
where
    T: FromStr + Display + PartialEq + Debug,
    T::Err: Display + PartialEq + Debug,
{
    match input.parse::<T>() {
        Ok(value) => assert_eq!(value.to_string().parse::<T>(), Ok(value), "{input:?}"),
        Err(error) => drop(error.to_string()),
    }
}

/// A serde form: an accepted document reads back from what the form writes, and the value
/// from its `Display` form.
fn json<F, T>(input: &[u8], value: impl Fn(&F) -> T)
where
    F: Serialize + DeserializeOwned + PartialEq + Debug,
    T: FromStr + Display + PartialEq + Debug,
    T::Err: Debug,
{
    match serde_json::from_slice::<F>(input) {
        Ok(read) => {
            let written = serde_json::to_vec(&read).unwrap();
            assert_eq!(serde_json::from_slice::<F>(&written).unwrap(), read);
            let value = value(&read);
            assert_eq!(value.to_string().parse::<T>().unwrap(), value);
        }
        Err(error) => drop(error.to_string()),
    }
}

fuzz_target!(|input: &[u8]| {
    if let Ok(input) = std::str::from_utf8(input) {
        text::<CredentialStatus>(input);
        text::<AnyCode<CredentialStatus>>(input);
    }
    json::<Code, _>(input, |read| read.0);
    json::<Name, _>(input, |read| read.0);
    json::<Object, _>(input, |read| read.0);
    json::<AnyDefault, _>(input, |read| read.0);
    json::<AnyName, _>(input, |read| read.0);
    json::<AnyObject, _>(input, |read| read.0);
});
