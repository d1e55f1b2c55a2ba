// `gen` is a keyword from edition 2024 on, which this crate uses: rustc says so. In an edition
// 2021 crate the same table compiles (see `tests/compat-2021`).
status_codes::status_codes! {
    pub enum Status {
        1xx Progress < 100 gen >
    }
}

fn main() {}
