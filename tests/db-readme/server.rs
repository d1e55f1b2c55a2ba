//! The PostgreSQL server the database test crates use, shared by sqlx's and diesel's.

/// The server's URL, from `STATUS_CODES_POSTGRES_URL` (`.ci/postgres` starts a server and sets
/// it); `None`, with a note, outside CI when it is not set.
pub fn url() -> Option<String> {
    match std::env::var("STATUS_CODES_POSTGRES_URL") {
        Ok(url) => Some(url),
        Err(_) if std::env::var("CI").is_ok_and(|ci| ci == "true") => {
            panic!(
                "STATUS_CODES_POSTGRES_URL is not set: `.ci/postgres` starts a server and sets it"
            )
        }
        Err(_) => {
            eprintln!("STATUS_CODES_POSTGRES_URL is not set: PostgreSQL left out");
            None
        }
    }
}
