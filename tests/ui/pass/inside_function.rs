//! A table defined inside a function body.
#![deny(warnings)]

fn main() {
    status_codes::status_codes! {
        enum Local {
            5xx Failed < 500 Broken, 503 Down >
        }
    }
    assert_eq!(Local::from_code(503), Some(Local::Down));
    assert_eq!(Local::Down.to_string(), "503 Down");
}
