status_codes::status_codes! {
    pub enum VendorStatus extends status_codes::CredentialStatus {
        4xx Client < 420 CaptchaRequired >
        41x Sms < 418 SmsSent >
        6xx Vendor < 600 Throttled >
    }
}

fn main() {
    let _ = VendorStatus::Throttled.code();
}
