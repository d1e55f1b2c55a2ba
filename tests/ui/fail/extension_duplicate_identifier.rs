status_codes::status_codes! {
    pub enum VendorStatus extends status_codes::CredentialStatus {
        2xx Success < 207 Locked, 208 Updated >
    }
}

fn main() {
    let _ = VendorStatus::Updated.code();
}
