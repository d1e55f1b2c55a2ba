status_codes::status_codes! {
    pub enum Status {
        1xx Progress < 100 Register, 200 Finish >
        41x Mfa < 410 Waiting, 420 Captcha >
    }
}

fn main() {
    let _ = Status::Register.is_progress();
}
