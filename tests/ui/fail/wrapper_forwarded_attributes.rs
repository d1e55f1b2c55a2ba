macro_rules! table {
    ($(#[$attr:meta])* $vis:vis enum $name:ident { $($body:tt)* }) => {
        status_codes::status_codes! { $(#[$attr])* $vis enum $name { $($body)* } }
    };
}

table! {
    /// Forwarded docs.
    #[repr(u8)]
    #[derive(Debug, Default)]
    #[cfg(test)]
    pub enum Status {
        1xx Progress < #[default] 100 Start, 101 Running >
    }
}

fn main() {
    let _ = Status::default();
}
