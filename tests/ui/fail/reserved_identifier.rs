status_codes::status_codes! {
    pub enum Status {
        1xx Progress < 100 ALL, 101 Starting >
    }
}

fn main() {
    let _ = Status::ALL.len();
}
