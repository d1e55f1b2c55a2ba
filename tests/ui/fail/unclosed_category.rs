status_codes::status_codes! {
    pub enum Status {
        1xx Progress < 100 Register, 101 Starting
    }
}

fn main() {
    let _ = Status::Register.code();
}
