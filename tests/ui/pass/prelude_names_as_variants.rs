//! Variants and categories may be named like prelude items.
#![deny(warnings)]

status_codes::status_codes! {
    /// Variants with prelude names.
    pub enum Outcome {
        2xx Result < 200 Ok, 201 Some, 202 None >
        4xx Option < 400 Err, 401 Error, 402 Default, 403 Self_ >
    }
}

fn main() {
    assert_eq!(Outcome::from_code(200), Some(Outcome::Ok));
    assert_eq!(Outcome::from_code(202), Some(Outcome::None));
    assert_eq!("Err".parse::<Outcome>(), Ok(Outcome::Err));
    assert_eq!(Outcome::Error.name(), "Error");
    assert_eq!(Outcome::Some.category(), OutcomeCategory::Result);
    assert!(Outcome::Default.is_option());
    assert!(Outcome::Ok.is_result());
    assert_eq!(OutcomeCategory::Option.members().len(), 4);
}
