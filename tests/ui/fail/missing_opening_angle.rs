status_codes::status_codes! {
    pub enum Status {
        1xx Progress 100 Queued, 101 Working >
        2xx Done < 200 Finished >
        41x Auth
            /// The token expired.
            410 Expired >
        5xx Failed < 500 Crashed >
    }
}

fn main() {
    let _ = (Status::Queued, Status::Working, Status::Finished);
    let _ = (Status::Expired, Status::Crashed);
}
