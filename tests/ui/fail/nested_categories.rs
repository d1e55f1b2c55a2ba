status_codes::status_codes! {
    pub enum Status {
        4xx UserInteraction < 401 Unauthorized, 412 Misplaced >
        41x Mfa < 410 Waiting >
        5xx Failed < 500 Error >
        50x Server < 501 Unavailable >
        5xx Again < 599 Last >
    }
}

fn main() {
    let _ = (Status::Misplaced, Status::Last);
}
