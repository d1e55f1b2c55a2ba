status_codes::status_codes! {
    pub enum Status {
        1xx Progress <
            100 Queued as 'Q',
            101 Working as Waiting,
            102 Paused as "Paused" | Halted,
            103 Resumed,
        >
        2xx Done < 200 Finished >
    }
}

fn main() {
    let _ = (Status::Queued, Status::Working, Status::Paused, Status::Resumed);
    let _ = Status::Finished;
}
