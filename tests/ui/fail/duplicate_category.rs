status_codes::status_codes! {
    pub enum Status {
        41x Mfa < 410 Waiting >
        41x Captcha < 415 Solve >
        5xx Mfa < 500 Error >
    }
}

fn main() {
    let _ = StatusCategory::Mfa.name();
}
