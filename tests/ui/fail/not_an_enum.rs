status_codes::status_codes! {
    pub struct Status {
        1xx Progress < 100 Register >
    }
}

fn main() {}
