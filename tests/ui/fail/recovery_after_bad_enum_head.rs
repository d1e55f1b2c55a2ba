status_codes::status_codes! {
    pub enum Status: u16 {
        1xx Progress < 100 Start, 100 Again >
    }
}

fn main() {
    let _ = Status::Start;
}
