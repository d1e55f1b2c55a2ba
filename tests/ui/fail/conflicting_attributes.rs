status_codes::status_codes! {
    #[repr(u8)]
    #[cfg_attr(all(), repr(u8))]
    #[derive(Debug, Default)]
    pub enum Status {
        #[cfg(test)]
        1xx Progress <
            #[cfg(test)]
            100 Register,
        >
        2xx Success <
            #[default]
            200 Finish,
            #[cfg_attr(all(), cfg(test))]
            201 Pending,
        >
    }
}

fn main() {
    let _ = Status::default().code();
    let _ = [Status::Register, Status::Finish, Status::Pending];
}
