status_codes::status_codes! {
    pub enum Status {
        1xx Progress <
            99 TooShort,
            1000 TooLong,
            1_00 Underscore,
            100u16 Suffixed,
            0x64 Hex,
            101 Fine,
        >
    }
}

fn main() {
    let _ = Status::Fine.code();
    let _ = (Status::TooShort, Status::Hex);
}
