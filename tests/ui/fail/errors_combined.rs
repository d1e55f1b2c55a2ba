status_codes::status_codes! {
    pub enum Status {
        1xx Progress < 100 Register, 101 Register >
        2xx Success < 200 Finish, 310 Moved >
        4xx Client < 401 Unauthorized, 401 Again >
    }
}

fn main() {
    let _ = Status::Finish.code();
}
