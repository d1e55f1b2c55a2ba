status_codes::status_codes! {
    pub enum Status {
        1x Short < 100 A >
        1xy Letters < 101 B >
        10xx Long < 102 C >
        0xx Zero < 103 D >
        2xx Success < 200 Finish >
    }
}

fn main() {
    let _ = Status::Finish.code();
}
