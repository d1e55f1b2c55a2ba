//! Tables that do not ask for serde have none from the facade, even with its `serde` feature on
//! (this crate turns it on): they may derive serde or implement it by hand.

use serde::{Deserialize, Serialize, Serializer};

status_codes::status_codes! {
    /// A table that derives serde: variants by identifier.
    #[derive(serde::Serialize, serde::Deserialize)]
    pub enum Derived {
        1xx Progress < 100 Queued, 101 Working >
        2xx Done < 200 Finished as "Done" >
    }
}

status_codes::status_codes! {
    /// A table that derives serde under a condition of its own, as a crate does behind a
    /// feature of its own.
    #[cfg_attr(all(), derive(serde::Serialize))]
    pub enum Conditional {
        2xx Done < 200 Finished >
    }
}

status_codes::status_codes! {
    /// A table with a hand-written `Serialize`: its `Display` form.
    pub enum HandWritten {
        4xx Client < 401 Denied, 402 Broke >
    }
}

impl Serialize for HandWritten {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[test]
fn a_derived_serde_is_the_tables_own() {
    assert_eq!(
        serde_json::to_string(&Derived::Finished).unwrap(),
        r#""Finished""#
    );
    assert_eq!(
        serde_json::from_str::<Derived>(r#""Working""#).unwrap(),
        Derived::Working
    );
    assert_eq!(
        serde_json::from_str::<Derived>("101")
            .unwrap_err()
            .to_string(),
        "expected value at line 1 column 1"
    );
}

#[test]
fn a_hand_written_serialize_is_the_tables_own() {
    assert_eq!(
        serde_json::to_string(&HandWritten::Broke).unwrap(),
        r#""402 Broke""#
    );
    assert_eq!(HandWritten::Broke.code(), 402);
}

#[test]
fn the_forms_still_work_for_such_tables() {
    #[derive(Serialize, Deserialize, PartialEq, Debug)]
    struct Wire {
        #[serde(with = "status_codes::serde::code")]
        derived: Derived,
        #[serde(with = "status_codes::serde::name")]
        hand_written: HandWritten,
    }
    let wire = Wire {
        derived: Derived::Finished,
        hand_written: HandWritten::Denied,
    };
    let json = serde_json::to_string(&wire).unwrap();
    assert_eq!(json, r#"{"derived":200,"hand_written":"Denied"}"#);
    assert_eq!(serde_json::from_str::<Wire>(&json).unwrap(), wire);
}

#[test]
fn a_conditional_derive_passes_through() {
    assert_eq!(
        serde_json::to_string(&Conditional::Finished).unwrap(),
        r#""Finished""#
    );
}
