#![allow(non_camel_case_types)]

status_codes::status_codes! {
    pub enum Status {
        1xx UserAction < 100 Register >
        2xx User_Action < 200 Finish >
    }
}

fn main() {
    let _ = Status::Register.is_user_action();
}
