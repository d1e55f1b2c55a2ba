status_codes::status_codes! {
    pub enum Status {
        4xx Client < 401 Unauthorized >
        41x Mfa < 411 TwofaTimeout >
    }
}

fn main() {
    let _ = Status::Unauthorized.is_client();
}
