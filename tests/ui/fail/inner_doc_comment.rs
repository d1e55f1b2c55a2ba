status_codes::status_codes! {
    pub enum Status {
        //! Statuses of a job.
        1xx Progress <
            //! Not started yet.
            100 Queued,
            101 Working,
        >
    }
}

fn main() {
    let _ = (Status::Queued, Status::Working);
}
