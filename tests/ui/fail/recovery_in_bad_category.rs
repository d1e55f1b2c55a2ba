status_codes::status_codes! {
    pub enum Status {
        1xx type < 100 Start, 100 Again >
        2x Success < 200 Finish, 200 Done >
    }
}

fn main() {
    let _ = (Status::Start, Status::Finish, Status::Again, Status::Done);
}
