status_codes::status_codes! {
    pub enum Status {
        1xx Progress < 100 Register 101 Starting, 102 Running >
        2xx Success < 200 Finish extra, - 201 Pending, 202 >
        Progress3 < 300 Moved >
        4xx Client 401 Unauthorized >
        5xx Failed < 500 Error as Error, 501 Unavailable >
    }
}

fn main() {
    let _ = (Status::Register, Status::Starting, Status::Running);
    let _ = (Status::Finish, Status::Pending, Status::Moved);
    let _ = (Status::Unauthorized, Status::Error, Status::Unavailable);
}
