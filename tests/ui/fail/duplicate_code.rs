status_codes::status_codes! {
    #[derive(Default)]
    pub enum Status {
        // The line left out keeps its attributes, so the derive finds its `#[default]`.
        2xx Success < 200 Finish, 201 Pending, #[default] 201 Again >
    }
}

fn main() {
    let _ = Status::from_code(201);
    let _ = Status::Finish.name();
    // The line left out still names a variant, so its uses add no error.
    let _ = Status::Again;
}
