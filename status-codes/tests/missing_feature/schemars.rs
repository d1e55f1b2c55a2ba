status_codes::status_codes! {
    /// Asks for a schema.
    #[status_codes(schemars)]
    pub enum JobStatus {
        1xx Progress < 100 Queued >
    }
}

fn main() {}
