status_codes::status_codes! {
    pub enum Status {
        1xx Progress < 100 Queued > 101 Working >
        2xx Done < 200 Finished >
    }
}

fn main() {
    let _ = (Status::Queued, Status::Working, Status::Finished);
}
