status_codes::status_codes! {
    /// Asks for sqlx.
    #[status_codes(sqlx)]
    pub enum JobStatus {
        1xx Progress < 100 Queued >
    }
}

fn main() {}
