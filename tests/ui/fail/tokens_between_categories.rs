status_codes::status_codes! {
    pub enum Status {
        1xx Progress < 100 Queued >,
        2xx Done < 200 Finished > extra
        3xx Moved < 300 Elsewhere >;
        4xx Client < 400 Rejected >,,
        5xx Failed < 500 Crashed > >
    }
}

fn main() {
    let _ = (Status::Queued, Status::Finished, Status::Elsewhere);
    let _ = (Status::Rejected, Status::Crashed);
}
