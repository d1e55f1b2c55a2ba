pub enum NotATable {
    A,
}

status_codes::status_codes! {
    pub enum VendorStatus extends NotATable {
        6xx Vendor < 600 Throttled >
    }
}

fn main() {}
