status_codes::status_codes! {
    /// Asks for diesel.
    #[status_codes(diesel)]
    pub enum JobStatus {
        1xx Progress < 100 Queued >
    }
}

fn main() {}
