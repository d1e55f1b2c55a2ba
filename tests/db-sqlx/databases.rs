//! Codes through sqlx in real databases: SQLite in memory, and the PostgreSQL server named by
//! `STATUS_CODES_POSTGRES_URL` (`.ci/postgres` starts one). Without that variable the
//! PostgreSQL tests say so and pass, but under `CI=true` they fail.
//!
//! Shared by the crates of sqlx 0.8 and 0.9: each test connects on its own and works in
//! temporary tables, which no other connection sees.

#![deny(warnings)]

use sqlx::{Connection, Executor, Row};
use status_codes::{AnyCode, CredentialStatus};
use vendor_status::VendorStatus;

type Code = AnyCode<CredentialStatus>;

#[path = "../db-readme/server.rs"]
mod server;

/// A table that does not ask for sqlx: it is stored through its integer conversions.
mod unasked {
    status_codes::status_codes! {
        /// The documented codes and one of a vendor's, without sqlx.
        pub enum LocalStatus extends status_codes::CredentialStatus {
            2xx Success < 207 Updated >
        }
    }
}

/// A table that asks, among items named like everything its impls name.
#[allow(non_camel_case_types, non_upper_case_globals, dead_code)]
mod shadowed {
    pub struct i16;
    pub struct i32;
    pub struct i64;
    pub struct bool;
    pub struct Result;
    pub struct DB;
    pub mod sqlx {}
    pub mod core {}
    pub const ty: u8 = 0;
    pub const buf: u8 = 0;
    pub const value: u8 = 0;

    status_codes::status_codes! {
        /// Stored with sqlx, among shadows.
        #[status_codes(sqlx)]
        pub enum Shadowed {
            1xx Progress < 100 Started >
            2xx Done < 200 Finished >
        }
    }

    status_codes::status_codes! {
        /// No longer stored: its impls must not warn.
        #[deprecated = "use `Shadowed`"]
        #[status_codes(sqlx)]
        pub enum Retired {
            1xx Progress < 100 Started >
        }
    }
}

use shadowed::Shadowed;
use unasked::LocalStatus;

#[derive(sqlx::FromRow, Debug, PartialEq)]
struct Credential {
    position: i32,
    status: CredentialStatus,
    latest: Option<Code>,
}

#[derive(sqlx::FromRow, Debug, PartialEq)]
struct Local {
    #[sqlx(try_from = "i16")]
    status: LocalStatus,
}

/// The same tests over each database's connection.
macro_rules! database_tests {
    ($database:ident, $db:ty, $connection:ty, $connect:expr) => {
        mod $database {
            use super::*;

            async fn connect() -> Option<$connection> {
                let url: Option<String> = $connect;
                let mut connection = <$connection>::connect(&url?).await.expect("connects");
                connection
                    .execute(
                        "CREATE TEMPORARY TABLE codes (
                            position INTEGER NOT NULL,
                            status SMALLINT,
                            latest SMALLINT,
                            int4 INTEGER,
                            int8 BIGINT,
                            text TEXT
                        )",
                    )
                    .await
                    .expect("creates the table");
                Some(connection)
            }

            /// Writes `statuses` into the `status` column, each at its position.
            async fn insert<S>(connection: &mut $connection, statuses: impl IntoIterator<Item = S>)
            where
                S: for<'q> sqlx::Encode<'q, $db> + sqlx::Type<$db> + Send + 'static,
            {
                for (position, status) in (0_i32..).zip(statuses) {
                    sqlx::query("INSERT INTO codes (position, status) VALUES ($1, $2)")
                        .bind(position)
                        .bind(status)
                        .execute(&mut *connection)
                        .await
                        .unwrap();
                }
            }

            /// The `status` column, in insertion order, as `T`.
            async fn statuses<T>(connection: &mut $connection) -> Vec<T>
            where
                T: for<'r> sqlx::Decode<'r, $db>
                    + sqlx::Type<$db>
                    + Send
                    + Unpin,
            {
                sqlx::query_scalar("SELECT status FROM codes ORDER BY position")
                    .fetch_all(connection)
                    .await
                    .expect("reads")
            }

            /// The error reading a column of the first row as `T`.
            async fn error<T>(connection: &mut $connection, column: &'static str) -> String
            where
                T: for<'r> sqlx::Decode<'r, $db>
                    + sqlx::Type<$db>
                    + std::fmt::Debug,
            {
                let row = sqlx::query("SELECT status, latest, int4, int8, text FROM codes ORDER BY position")
                    .fetch_one(connection)
                    .await
                    .expect("reads");
                row.try_get::<T, _>(column).unwrap_err().to_string()
            }

            #[tokio::test]
            async fn every_documented_code_round_trips() {
                let Some(mut connection) = connect().await else { return };
                insert(&mut connection, CredentialStatus::ALL.iter().copied()).await;
                let read: Vec<CredentialStatus> = statuses(&mut connection).await;
                assert_eq!(read, CredentialStatus::ALL);
                let echoed: CredentialStatus = sqlx::query_scalar("SELECT $1")
                    .bind(CredentialStatus::TwofaTimeout)
                    .fetch_one(&mut connection)
                    .await
                    .unwrap();
                assert_eq!(echoed, CredentialStatus::TwofaTimeout);
            }

            #[tokio::test]
            async fn every_three_digit_code_round_trips_as_any_code() {
                let Some(mut connection) = connect().await else { return };
                let mut transaction = connection.begin().await.unwrap();
                for code in 100..=999_u16 {
                    sqlx::query("INSERT INTO codes (position, status) VALUES ($1, $2)")
                        .bind(i32::from(code))
                        .bind(Code::new(code).unwrap())
                        .execute(&mut *transaction)
                        .await
                        .unwrap();
                }
                transaction.commit().await.unwrap();
                let read: Vec<Code> = statuses(&mut connection).await;
                let codes: Vec<u16> = read.iter().map(Code::code).collect();
                assert_eq!(codes, (100..=999).collect::<Vec<u16>>());
                let known: Vec<CredentialStatus> = read.iter().filter_map(Code::known).collect();
                assert_eq!(known, CredentialStatus::ALL);
            }

            #[tokio::test]
            async fn null_is_none() {
                let Some(mut connection) = connect().await else { return };
                for (position, status) in [(0, None), (1, Some(CredentialStatus::Locked))] {
                    sqlx::query("INSERT INTO codes (position, status, latest) VALUES ($1, $2, $3)")
                        .bind(position)
                        .bind(status)
                        .bind(status.map(Code::from))
                        .execute(&mut connection)
                        .await
                        .unwrap();
                }
                let read: Vec<Option<CredentialStatus>> = statuses(&mut connection).await;
                assert_eq!(read, [None, Some(CredentialStatus::Locked)]);
                let credentials: Vec<Credential> =
                    sqlx::query_as("SELECT position, status, latest FROM codes WHERE status IS NOT NULL")
                        .fetch_all(&mut connection)
                        .await
                        .unwrap();
                assert_eq!(
                    credentials,
                    [Credential {
                        position: 1,
                        status: CredentialStatus::Locked,
                        latest: Some(Code::from(CredentialStatus::Locked)),
                    }]
                );
                // NULL is no code.
                let message = error::<CredentialStatus>(&mut connection, "status").await;
                assert!(message.contains("unexpected null"), "{message}");
            }

            #[tokio::test]
            async fn integer_columns_of_every_width_decode() {
                let Some(mut connection) = connect().await else { return };
                sqlx::query(
                    "INSERT INTO codes (position, status, latest, int4, int8) VALUES (0, $1, $2, $3, $4)",
                )
                .bind(CredentialStatus::TwofaTimeout)
                .bind(Code::new(412).unwrap())
                .bind(CredentialStatus::Locked)
                .bind(CredentialStatus::UndergoingMaintenance)
                .execute(&mut connection)
                .await
                .unwrap();
                let row = sqlx::query("SELECT status, latest, int4, int8 FROM codes")
                    .fetch_one(&mut connection)
                    .await
                    .unwrap();
                assert_eq!(row.get::<CredentialStatus, _>("status"), CredentialStatus::TwofaTimeout);
                assert_eq!(row.get::<Code, _>("latest").code(), 412);
                assert_eq!(row.get::<CredentialStatus, _>("int4"), CredentialStatus::Locked);
                assert_eq!(row.get::<Code, _>("int4"), CredentialStatus::Locked);
                assert_eq!(
                    row.get::<CredentialStatus, _>("int8"),
                    CredentialStatus::UndergoingMaintenance
                );
                assert_eq!(row.get::<Code, _>("int8").code(), 509);
            }

            #[tokio::test]
            async fn values_of_no_code_are_named_as_stored() {
                let Some(mut connection) = connect().await else { return };
                sqlx::query("INSERT INTO codes (position, status, int4, int8) VALUES (0, $1, $2, $3)")
                    .bind(-1_i16)
                    .bind(70_000_i32)
                    .bind(i64::MAX)
                    .execute(&mut connection)
                    .await
                    .unwrap();
                assert_eq!(
                    error::<CredentialStatus>(&mut connection, "status").await,
                    r#"error occurred while decoding column "status": -1 is not a CredentialStatus code"#
                );
                assert_eq!(
                    error::<Code>(&mut connection, "status").await,
                    r#"error occurred while decoding column "status": -1 is not a three-digit code (100 to 999)"#
                );
                assert_eq!(
                    error::<CredentialStatus>(&mut connection, "int4").await,
                    r#"error occurred while decoding column "int4": 70000 is not a CredentialStatus code"#
                );
                assert_eq!(
                    error::<Code>(&mut connection, "int8").await,
                    r#"error occurred while decoding column "int8": 9223372036854775807 is not a three-digit code (100 to 999)"#
                );
            }

            #[tokio::test]
            async fn a_text_column_is_refused() {
                let Some(mut connection) = connect().await else { return };
                sqlx::query("INSERT INTO codes (position, text) VALUES (0, '411')")
                    .execute(&mut connection)
                    .await
                    .unwrap();
                for message in [
                    error::<CredentialStatus>(&mut connection, "text").await,
                    error::<Code>(&mut connection, "text").await,
                ] {
                    assert!(
                        message.starts_with(r#"error occurred while decoding column "text": mismatched types; Rust type `status_codes::"#),
                        "{message}"
                    );
                    assert!(message.contains("is not compatible with SQL type `TEXT`"), "{message}");
                }
            }

            #[tokio::test]
            async fn a_code_the_table_lacks_fails_with_its_message_and_keeps_as_any_code() {
                let Some(mut connection) = connect().await else { return };
                sqlx::query("INSERT INTO codes (position, status) VALUES (0, 207)")
                    .execute(&mut connection)
                    .await
                    .unwrap();
                assert_eq!(
                    error::<CredentialStatus>(&mut connection, "status").await,
                    r#"error occurred while decoding column "status": 207 is not a CredentialStatus code"#
                );
                let read: Vec<Code> = statuses(&mut connection).await;
                assert_eq!(read[0].code(), 207);
                assert_eq!(read[0].known(), None);
            }

            #[tokio::test]
            async fn vendor_codes_read_back_as_the_vendors_table_only() {
                let Some(mut connection) = connect().await else { return };
                let written = [VendorStatus::Updated, VendorStatus::CaptchaRequired, VendorStatus::Locked];
                insert(&mut connection, written).await;
                let read: Vec<VendorStatus> = statuses(&mut connection).await;
                assert_eq!(read, written);
                assert_eq!(
                    error::<CredentialStatus>(&mut connection, "status").await,
                    r#"error occurred while decoding column "status": 207 is not a CredentialStatus code"#
                );
                let read: Vec<Code> = statuses(&mut connection).await;
                assert_eq!(read.iter().map(Code::code).collect::<Vec<_>>(), [207, 420, 405]);
            }

            #[tokio::test]
            async fn where_status_equals_a_code_finds_its_rows() {
                let Some(mut connection) = connect().await else { return };
                let statuses = [
                    CredentialStatus::Finish,
                    CredentialStatus::TwofaTimeout,
                    CredentialStatus::Locked,
                    CredentialStatus::TwofaTimeout,
                ];
                for (position, status) in (0..).zip(statuses) {
                    sqlx::query("INSERT INTO codes (position, status, int8) VALUES ($1, $2, $2)")
                        .bind(position)
                        .bind(status)
                        .execute(&mut connection)
                        .await
                        .unwrap();
                }
                for sql in [
                    "SELECT position FROM codes WHERE status = $1 ORDER BY position",
                    "SELECT position FROM codes WHERE int8 = $1 ORDER BY position",
                ] {
                    let found: Vec<i32> = sqlx::query_scalar(sql)
                        .bind(CredentialStatus::TwofaTimeout)
                        .fetch_all(&mut connection)
                        .await
                        .unwrap();
                    assert_eq!(found, [1, 3]);
                    let found: Vec<i32> = sqlx::query_scalar(sql)
                        .bind(Code::from(CredentialStatus::Locked))
                        .fetch_all(&mut connection)
                        .await
                        .unwrap();
                    assert_eq!(found, [2]);
                }
            }

            /// A table that did not ask: read as an `AnyCode` of it, which every table has, or
            /// through sqlx's `try_from` and `TryFrom<i16>`; written as its `i16`.
            #[tokio::test]
            async fn a_table_that_did_not_ask_is_stored_through_any_code_or_its_integer() {
                let Some(mut connection) = connect().await else { return };
                let written = [LocalStatus::Updated, LocalStatus::TwofaTimeout];
                insert(&mut connection, written.map(i16::from)).await;
                let read: Vec<Local> = sqlx::query_as("SELECT status FROM codes ORDER BY position")
                    .fetch_all(&mut connection)
                    .await
                    .unwrap();
                assert_eq!(
                    read,
                    [Local { status: LocalStatus::Updated }, Local { status: LocalStatus::TwofaTimeout }]
                );
                let read: Vec<AnyCode<LocalStatus>> = statuses(&mut connection).await;
                let known: Vec<Option<LocalStatus>> = read.iter().map(AnyCode::known).collect();
                assert_eq!(known, [Some(LocalStatus::Updated), Some(LocalStatus::TwofaTimeout)]);

                sqlx::query("UPDATE codes SET status = 208")
                    .execute(&mut connection)
                    .await
                    .unwrap();
                let read: Vec<AnyCode<LocalStatus>> = statuses(&mut connection).await;
                assert_eq!(read[0].code(), 208);
                assert_eq!(read[0].known(), None);
                // sqlx reports a failed `try_from` as the column's, without the conversion's message.
                let error = sqlx::query_as::<_, Local>("SELECT status FROM codes")
                    .fetch_one(&mut connection)
                    .await
                    .unwrap_err();
                assert!(matches!(error, sqlx::Error::ColumnDecode { ref index, .. } if index == "status"), "{error}");
            }

            #[tokio::test]
            async fn a_table_among_shadows() {
                let Some(mut connection) = connect().await else { return };
                let echoed: Shadowed = sqlx::query_scalar("SELECT $1")
                    .bind(Shadowed::Finished)
                    .fetch_one(&mut connection)
                    .await
                    .unwrap();
                assert_eq!(echoed, Shadowed::Finished);
            }
        }
    };
}

database_tests!(
    sqlite,
    sqlx::Sqlite,
    sqlx::SqliteConnection,
    Some("sqlite::memory:".to_owned())
);
database_tests!(postgres, sqlx::Postgres, sqlx::PgConnection, server::url());

/// Postgres arrays: `status = ANY($1)`, and array columns of each width.
mod postgres_arrays {
    use super::*;
    use sqlx::PgConnection;

    async fn connect() -> Option<PgConnection> {
        Some(
            PgConnection::connect(&server::url()?)
                .await
                .expect("connects"),
        )
    }

    #[tokio::test]
    async fn any_of_an_array_of_codes() {
        let Some(mut connection) = connect().await else {
            return;
        };
        connection
            .execute(
                "CREATE TEMPORARY TABLE codes (position INTEGER, status SMALLINT, int4 INTEGER)",
            )
            .await
            .unwrap();
        for (position, &status) in (0..).zip(CredentialStatus::ALL) {
            sqlx::query("INSERT INTO codes VALUES ($1, $2, $2)")
                .bind(position)
                .bind(status)
                .execute(&mut connection)
                .await
                .unwrap();
        }
        let wanted = vec![CredentialStatus::Locked, CredentialStatus::TwofaTimeout];
        for sql in [
            "SELECT status FROM codes WHERE status = ANY($1) ORDER BY position",
            "SELECT status FROM codes WHERE int4 = ANY($1) ORDER BY position",
        ] {
            let found: Vec<CredentialStatus> = sqlx::query_scalar(sql)
                .bind(&wanted[..])
                .fetch_all(&mut connection)
                .await
                .unwrap();
            assert_eq!(found, wanted);
            let found: Vec<CredentialStatus> = sqlx::query_scalar(sql)
                .bind(vec![
                    Code::new(207).unwrap(),
                    Code::from(CredentialStatus::Locked),
                ])
                .fetch_all(&mut connection)
                .await
                .unwrap();
            assert_eq!(found, [CredentialStatus::Locked]);
        }
    }

    #[tokio::test]
    async fn array_columns_of_every_width() {
        let Some(mut connection) = connect().await else {
            return;
        };
        let row = sqlx::query(
            "SELECT ARRAY[411, 405]::int2[] AS int2, ARRAY[411, 207]::int4[] AS int4,
                    ARRAY[509]::int8[] AS int8, ARRAY[]::int2[] AS empty, $1 AS echoed",
        )
        .bind(CredentialStatus::ALL)
        .fetch_one(&mut connection)
        .await
        .unwrap();
        assert_eq!(
            row.get::<Vec<CredentialStatus>, _>("int2"),
            [CredentialStatus::TwofaTimeout, CredentialStatus::Locked]
        );
        let codes: Vec<u16> = row
            .get::<Vec<Code>, _>("int4")
            .iter()
            .map(Code::code)
            .collect();
        assert_eq!(codes, [411, 207]);
        assert_eq!(
            row.get::<Vec<VendorStatus>, _>("int4"),
            [VendorStatus::TwofaTimeout, VendorStatus::Updated]
        );
        assert_eq!(
            row.try_get::<Vec<CredentialStatus>, _>("int4")
                .unwrap_err()
                .to_string(),
            r#"error occurred while decoding column "int4": 207 is not a CredentialStatus code"#
        );
        assert_eq!(
            row.get::<Vec<CredentialStatus>, _>("int8"),
            [CredentialStatus::UndergoingMaintenance]
        );
        assert!(row.get::<Vec<Code>, _>("empty").is_empty());
        assert_eq!(
            row.get::<Vec<CredentialStatus>, _>("echoed"),
            CredentialStatus::ALL
        );
    }
}
