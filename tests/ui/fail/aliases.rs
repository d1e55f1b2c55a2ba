status_codes::status_codes! {
    pub enum Status {
        2xx Success <
            200 Finish as "Finish" | "Done",
            201 Pending as "Pending" | "Done",
            202 Partial as "Partial" | "Finish",
            203 Other as "Other" | "Pending205",
            204 Incomplete as "Incomplete" | "Incomplete",
            205 Pending205 as "Pending" | " Waiting",
        >
    }
}

fn main() {
    let _ = Status::Finish;
}
