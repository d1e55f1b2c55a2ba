status_codes::status_codes! {
    pub enum VendorStatus extends status_codes::CredentialStatus {
        2xx Success < 201 AlsoPending, 207 Updated >
        41x MultiFactorAuthentication < 411 SmsTimeout >
    }
}

fn main() {
    let _ = VendorStatus::Updated.code();
    let _ = (VendorStatus::AlsoPending, VendorStatus::SmsTimeout);
}
