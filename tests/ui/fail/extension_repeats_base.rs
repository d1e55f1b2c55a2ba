status_codes::status_codes! {
    pub enum VendorStatus extends status_codes::CredentialStatus {
        // Exactly the documented entries: accepted.
        2xx Success < 200 Finish, 205 Pending205 as "Pending" >
        // Differences from them: errors naming the documented entry.
        4xx UserInteraction < 405 Blocked, 406 Conflict as "Clash" >
        41x MultiFactorAuthentication < 403 Invalidtoken >
    }
}

fn main() {
    let _ = (VendorStatus::Finish, VendorStatus::Blocked);
}
