status_codes::status_codes! {
    pub enum Status {
        1xx Progress < 100 Queued; 101 Working,, 102 Paused 103 Resumed >
        2xx Done < 200 Finished; >
        3xx Moved < 300 Elsewhere >
    }
}

fn main() {
    let _ = (Status::Queued, Status::Working, Status::Paused, Status::Resumed);
    let _ = (Status::Finished, Status::Elsewhere);
}
