status_codes::status_codes! {
    pub enum VendorStatus extends status_codes::CredentialStatus {
        2xx Success < 207 Updated as "Pending205", 208 Refreshed as "Refreshed" | "Finish" >
    }
}

fn main() {
    let _ = VendorStatus::Updated;
}
