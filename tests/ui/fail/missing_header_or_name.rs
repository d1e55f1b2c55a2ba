status_codes::status_codes! {
    pub enum Status {
        1xx < 100 Queued >
        2 Done < 200 Finished >
        Moved < 300 Elsewhere >
        4xx Client < 400 Rejected >
    }
}

fn main() {
    let _ = (Status::Queued, Status::Finished, Status::Elsewhere, Status::Rejected);
}
