status_codes::status_codes! {
    /// Asks for `Arbitrary`.
    #[status_codes(arbitrary)]
    pub enum JobStatus {
        1xx Progress < 100 Queued >
    }
}

fn main() {}
