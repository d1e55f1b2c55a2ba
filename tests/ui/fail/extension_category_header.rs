status_codes::status_codes! {
    pub enum VendorStatus extends status_codes::CredentialStatus {
        20x Success < 207 Updated >
        6xx Vendor < 600 Throttled >
    }
}

fn main() {
    let _ = VendorStatus::Throttled.code();
}
