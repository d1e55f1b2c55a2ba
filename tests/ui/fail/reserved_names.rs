status_codes::status_codes! {
    pub enum Status {
        1xx Progress <
            100 code, 101 name, 102 from_code, 103 category,
            104 identifier, 105 description, 106 from_name, 107 aliases, 108 Started,
        >
        2xx ALL < 200 Finish >
        3xx contains < 300 Moved >
    }
}

fn main() {
    let _ = Status::Started;
}
