status_codes::status_codes! {
    pub enum Status {
        1xx Progress < 100 Queued, 101 Working,
        2xx Done < 200 Finished >
        4xx Client < 400 Rejected, 401 Denied
        41x Auth < 410 Expired >
        5xx Failed < 500 Crashed
    }
}

fn main() {
    let _ = (Status::Queued, Status::Working, Status::Finished);
    let _ = (Status::Rejected, Status::Denied, Status::Expired, Status::Crashed);
}
