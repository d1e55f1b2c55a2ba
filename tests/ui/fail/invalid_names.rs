status_codes::status_codes! {
    pub enum Status {
        2xx Success <
            200 Finish as "",
            201 Pending as "Two words",
            202 Numbered as "202Done",
            203 Fine as "Good",
        >
    }
}

fn main() {
    let _ = Status::Fine.name();
}
