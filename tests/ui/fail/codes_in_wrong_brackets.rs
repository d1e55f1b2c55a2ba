status_codes::status_codes! {
    pub enum Status {
        1xx Progress { 100 Queued, 101 Working }
        2xx Done [ 200 Finished ]
        3xx Moved ( 300 Elsewhere, 300 Again )
        4xx Client < 400 Rejected >
    }
}

fn main() {
    let _ = (Status::Queued, Status::Working, Status::Finished, Status::Elsewhere);
    let _ = Status::Rejected;
}
