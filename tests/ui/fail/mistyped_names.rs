status_codes::status_codes! {
    pub enum Status {
        1xx Progress <
            100 Queued = "Waiting",
            101 Working "Busy",
            102 Paused as,
            103 Resumed as "Resumed" |,
            104 Stopped as "Stopped" "Halted",
        >
    }
}

fn main() {
    let _ = (Status::Queued, Status::Working, Status::Paused, Status::Resumed);
    let _ = Status::Stopped;
}
