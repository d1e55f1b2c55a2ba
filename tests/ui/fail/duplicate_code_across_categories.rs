status_codes::status_codes! {
    pub enum Status {
        40x UserInteraction < 401 Unauthorized, 403 InvalidToken >
        4xx Client < 401 Other >
        41x Mfa < 410 Waiting >
        5xx Failed < 500 Error, 410 Misplaced >
    }
}

fn main() {
    let _ = Status::Waiting.code();
}
