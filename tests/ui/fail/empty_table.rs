status_codes::status_codes! {
    pub enum Status {}
}

fn main() {
    let _ = Status::from_code(100);
}
