//! The facade without `std`: the generated API at compile time, and at run time in the tests.
#![no_std]
#![forbid(unsafe_code)]

use core::fmt::Write;
use serde_core::Deserialize;
use serde_core::de::IntoDeserializer;
use serde_core::de::value::Error as ValueError;
use status_codes::{
    AnyCode, CredentialStatus, CredentialStatusCategory, StatusCategory, StatusCode,
};

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

const _: () = {
    assert!(matches!(
        CredentialStatus::from_code(411),
        Some(CredentialStatus::TwofaTimeout)
    ));
    assert!(CredentialStatus::from_code(207).is_none());
    assert!(same(CredentialStatus::Pending205.name(), "Pending"));
    assert!(CredentialStatus::Locked.code() == 405);
    assert!(CredentialStatus::Waiting.is_multi_factor_authentication());
    assert!(matches!(
        CredentialStatusCategory::from_code(207),
        Some(CredentialStatusCategory::Success)
    ));
    assert!(CredentialStatus::ALL.len() == 24);
    assert!(AnyCode::<CredentialStatus>::new(1000).is_err());
};

/// A fixed buffer to format into.
pub struct Buffer {
    bytes: [u8; 64],
    len: usize,
}

impl Buffer {
    pub const fn new() -> Self {
        Self {
            bytes: [0; 64],
            len: 0,
        }
    }

    pub fn as_str(&self) -> &str {
        core::str::from_utf8(&self.bytes[..self.len]).unwrap_or("")
    }
}

impl Default for Buffer {
    fn default() -> Self {
        Self::new()
    }
}

impl Write for Buffer {
    fn write_str(&mut self, text: &str) -> core::fmt::Result {
        let end = self.len + text.len();
        self.bytes
            .get_mut(self.len..end)
            .ok_or(core::fmt::Error)?
            .copy_from_slice(text.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Parses `text`, then writes the status or the error into `out`.
pub fn explain(text: &str, out: &mut Buffer) -> core::fmt::Result {
    match text.parse::<CredentialStatus>() {
        Ok(status) => write!(out, "{status} ({})", status.category()),
        Err(error) => write!(out, "{error}"),
    }
}

/// Deserializes a code through serde, without `std` or `alloc`.
pub fn from_wire(code: u16) -> Result<CredentialStatus, ValueError> {
    CredentialStatus::deserialize(code.into_deserializer())
}

/// Deserializes a name through serde.
pub fn from_wire_name(name: &str) -> Result<AnyCode<CredentialStatus>, ValueError> {
    AnyCode::deserialize(IntoDeserializer::<ValueError>::into_deserializer(name))
}

/// Generic code over the traits, without `std`: how many codes the category named `name` has.
pub fn count_in_category<S: StatusCode>(name: &str) -> usize {
    S::ALL
        .iter()
        .filter(|status| status.category().name() == name)
        .count()
}

#[cfg(not(test))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    loop {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formatting_and_parsing_without_std() {
        let mut out = Buffer::new();
        explain("411", &mut out).unwrap();
        assert_eq!(out.as_str(), "411 TwofaTimeout (MultiFactorAuthentication)");
        let mut out = Buffer::new();
        explain("Pendng", &mut out).unwrap();
        assert_eq!(
            out.as_str(),
            "\"Pendng\" is not a CredentialStatus code or name"
        );
    }

    #[test]
    fn serde_without_std() {
        assert_eq!(from_wire(205), Ok(CredentialStatus::Pending205));
        assert!(from_wire(207).is_err());
        assert_eq!(from_wire_name("Locked").map(|code| code.code()), Ok(405));
        assert!(from_wire_name("Nope").is_err());
    }

    #[test]
    fn generic_code() {
        assert_eq!(count_in_category::<CredentialStatus>("Success"), 7);
        assert_eq!(
            count_in_category::<CredentialStatus>("MultiFactorAuthentication"),
            3
        );
        assert_eq!(count_in_category::<CredentialStatus>("Redirect"), 0);
    }
}
