#![allow(non_camel_case_types)]

status_codes::status_codes! {
    pub enum Reply {
        x2 Short
        x22x Long
        x2y Other
        x2x Connections
        x3x Connections
        x2x Links
        x4x Completion
        x5x Accepted
        x6x ALL
        x7x COMPLETION
        x8x Files <>
        x9x FILES
        2xx Completion < 220 Accepted, 226 group, 250 Done >
    }
}

fn main() {
    let _ = [Reply::Accepted, Reply::group, Reply::Done];
    let _ = (ReplyGroup::Connections, ReplyGroup::Files);
}
