status_codes::status_codes! {
    /// Asks for serde.
    #[status_codes(serde)]
    pub enum JobStatus {
        1xx Progress < 100 Queued >
    }
}

fn main() {}
