status_codes::status_codes! {
    pub enum Status {
        2xx Success < 200 Finish as "Pending", 201 Pending as "Finish" >
    }
}

fn main() {
    let _ = Status::Finish.name();
}
