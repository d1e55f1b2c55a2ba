status_codes::status_codes! {
    pub enum Base {
        x2x Connections
        2xx Done < 220 Ready >
    }
}

status_codes::status_codes! {
    pub enum Extended extends Base {
        x2x Links
        x2x Connections
        x5x Files
        5xx Failed < 550 Unavailable >
    }
}

fn main() {
    let _ = (ExtendedGroup::Connections, ExtendedGroup::Files, Extended::Unavailable);
}
