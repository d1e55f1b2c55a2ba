status_codes::status_codes! {
    pub enum Status {
        2xx Success < 201 Pending, 205 Pending >
    }
}

fn main() {
    let _ = Status::Pending.code();
}
