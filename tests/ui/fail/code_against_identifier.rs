status_codes::status_codes! {
    pub enum Status {
        1xx Progress < 100Queued, 101 Working >
        2xx Done < 200 Finished, 201Skipped as "Skipped" >
    }
}

fn main() {
    let _ = (Status::Queued, Status::Working, Status::Finished, Status::Skipped);
}
