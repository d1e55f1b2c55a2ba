//! Only the macro implements the facade's traits, so that a release can add methods to them.

use status_codes::{ParseError, UnknownCodeError};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Mine;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct MineCategory;

impl status_codes::StatusCode for Mine {
    type Category = MineCategory;
    const TYPE_NAME: &'static str = "Mine";
    const ALL: &'static [Self] = &[Mine];
    fn code(self) -> u16 {
        900
    }
    fn name(self) -> &'static str {
        "Mine"
    }
    fn aliases(self) -> &'static [&'static str] {
        &[]
    }
    fn identifier(self) -> &'static str {
        "Mine"
    }
    fn description(self) -> Option<&'static str> {
        None
    }
    fn category(self) -> MineCategory {
        MineCategory
    }
    fn from_code(_: u16) -> Option<Self> {
        None
    }
    fn from_name(_: &str) -> Option<Self> {
        None
    }
}

impl status_codes::StatusCategory for MineCategory {
    type Code = Mine;
    const ALL: &'static [Self] = &[MineCategory];
    fn name(self) -> &'static str {
        "Mine"
    }
    fn header(self) -> &'static str {
        "9xx"
    }
    fn contains(self, code: u16) -> bool {
        code >= 900
    }
    fn range(self) -> core::ops::RangeInclusive<u16> {
        900..=999
    }
    fn members(self) -> &'static [Mine] {
        &[Mine]
    }
    fn from_code(_: u16) -> Option<Self> {
        None
    }
    fn from_name(_: &str) -> Option<Self> {
        None
    }
}

impl core::fmt::Display for Mine {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("900 Mine")
    }
}

impl core::fmt::Display for MineCategory {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Mine")
    }
}

impl core::str::FromStr for Mine {
    type Err = ParseError;
    fn from_str(text: &str) -> Result<Self, ParseError> {
        text.parse::<status_codes::CredentialStatus>().map(|_| Mine)
    }
}

impl TryFrom<u16> for Mine {
    type Error = UnknownCodeError;
    fn try_from(code: u16) -> Result<Self, UnknownCodeError> {
        status_codes::CredentialStatus::try_from(code).map(|_| Mine)
    }
}

impl From<Mine> for u16 {
    fn from(_: Mine) -> u16 {
        900
    }
}

fn main() {}
