//! A `#[cfg_attr]` that adds an attribute the macro accepts works on a code and a category.
#![deny(warnings)]

status_codes::status_codes! {
    /// Codes with conditional attributes.
    pub enum Status {
        #[cfg_attr(all(), doc = "Started.")]
        1xx Progress <
            #[cfg_attr(all(), deprecated = "use `Working`")]
            100 Queued,
            #[cfg_attr(any(), deprecated)]
            101 Working,
        >
    }
}

fn main() {
    #[allow(deprecated)]
    let queued = Status::Queued;
    assert_eq!(queued.code(), 100);
    assert_eq!(Status::Working.name(), "Working");
    assert_eq!(Status::from_code(100), Some(queued));
}
