status_codes::status_codes! {
    /// Asks for `ToSchema`.
    #[status_codes(utoipa)]
    pub enum JobStatus {
        1xx Progress < 100 Queued >
    }
}

fn main() {}
