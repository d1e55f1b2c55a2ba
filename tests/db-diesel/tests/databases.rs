//! Codes through diesel in real databases: SQLite in memory, and the PostgreSQL server named by
//! `STATUS_CODES_POSTGRES_URL` (`.ci/postgres` starts one). Without that variable the
//! PostgreSQL tests say so and pass, but under `CI=true` they fail.
//!
//! Each test connects on its own and works in temporary tables, which no other connection
//! sees.

#![deny(warnings)]

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer, Nullable, SmallInt};
use status_codes::{AnyCode, CredentialStatus};
use vendor_status::VendorStatus;

type Code = AnyCode<CredentialStatus>;

#[path = "../../db-readme/server.rs"]
mod server;

/// The error and its sources, as one line: diesel names the field, the source says why.
fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

diesel::table! {
    credentials (position) {
        position -> Integer,
        status -> SmallInt,
        latest -> Nullable<SmallInt>,
    }
}

diesel::table! {
    widths (position) {
        position -> Integer,
        int2 -> Nullable<SmallInt>,
        int4 -> Nullable<Integer>,
        int8 -> Nullable<BigInt>,
    }
}

const CREATE: [&str; 2] = [
    "CREATE TEMPORARY TABLE credentials (position INTEGER PRIMARY KEY, status SMALLINT NOT NULL, latest SMALLINT)",
    "CREATE TEMPORARY TABLE widths (position INTEGER PRIMARY KEY, int2 SMALLINT, int4 INTEGER, int8 BIGINT)",
];

#[derive(Queryable, Insertable, Selectable, Debug, PartialEq, Clone, Copy)]
#[diesel(table_name = credentials)]
struct Credential {
    position: i32,
    status: CredentialStatus,
    latest: Option<Code>,
}

#[derive(Queryable, Insertable, Debug, PartialEq, Clone, Copy)]
#[diesel(table_name = credentials)]
struct Vendor {
    position: i32,
    status: VendorStatus,
}

/// A table that does not ask for diesel: it is stored through its integer conversions.
mod unasked {
    status_codes::status_codes! {
        /// The documented codes and one of a vendor's, without diesel.
        pub enum LocalStatus extends status_codes::CredentialStatus {
            2xx Success < 207 Updated >
        }
    }
}

use unasked::LocalStatus;

#[derive(Queryable, Insertable, Debug, PartialEq, Clone, Copy)]
#[diesel(table_name = credentials)]
struct Local {
    position: i32,
    #[diesel(deserialize_as = i16, serialize_as = i16)]
    status: LocalStatus,
}

/// A table that asks, among items named like everything its impls name.
#[allow(non_camel_case_types, non_upper_case_globals, dead_code)]
mod shadowed {
    pub struct i16;
    pub struct bool;
    pub struct Result;
    pub struct Ok;
    pub struct ST;
    pub struct DB;
    pub mod diesel {}
    pub mod core {}
    pub const out: u8 = 0;
    pub const bytes: u8 = 0;
    pub const row: u8 = 0;

    status_codes::status_codes! {
        /// Stored with diesel, among shadows.
        #[status_codes(diesel)]
        pub enum Shadowed {
            1xx Progress < 100 Started >
            2xx Done < 200 Finished >
        }
    }

    status_codes::status_codes! {
        /// No longer stored: its impls must not warn.
        #[deprecated = "use `Shadowed`"]
        #[status_codes(diesel)]
        pub enum Retired {
            1xx Progress < 100 Started >
        }
    }
}

use shadowed::Shadowed;

#[derive(QueryableByName, Debug, PartialEq)]
struct Echo {
    #[diesel(sql_type = SmallInt)]
    int2: CredentialStatus,
    #[diesel(sql_type = Nullable<Integer>)]
    int4: Option<Code>,
    #[diesel(sql_type = BigInt)]
    int8: Shadowed,
}

/// The same tests over each backend's connection.
macro_rules! database_tests {
    ($backend:ident, $connection:ty, $url:expr) => {
        mod $backend {
            use super::*;

            fn connect() -> Option<$connection> {
                let url: Option<String> = $url;
                let mut connection = <$connection>::establish(&url?).expect("connects");
                for sql in CREATE {
                    diesel::sql_query(sql).execute(&mut connection).expect("creates the tables");
                }
                Some(connection)
            }

            /// `status`, in insertion order, as `T`.
            macro_rules! statuses {
                ($connection_:expr, $type:ty) => {
                    credentials::table
                        .select(credentials::status)
                        .order(credentials::position)
                        .load::<$type>($connection_)
                };
            }

            #[test]
            fn every_documented_code_round_trips() {
                let Some(mut connection) = connect() else { return };
                let rows: Vec<Credential> = (0..)
                    .zip(CredentialStatus::ALL)
                    .map(|(position, &status)| Credential { position, status, latest: None })
                    .collect();
                diesel::insert_into(credentials::table)
                    .values(&rows)
                    .execute(&mut connection)
                    .unwrap();
                let read = statuses!(&mut connection, CredentialStatus).unwrap();
                assert_eq!(read, CredentialStatus::ALL);
                let read: Vec<Credential> = credentials::table
                    .select(Credential::as_select())
                    .order(credentials::position)
                    .load(&mut connection)
                    .unwrap();
                assert_eq!(read, rows);
            }

            #[test]
            fn every_three_digit_code_round_trips_as_any_code() {
                let Some(mut connection) = connect() else { return };
                let rows: Vec<_> = (100..=999_u16)
                    .map(|code| {
                        (
                            credentials::position.eq(i32::from(code)),
                            credentials::status.eq(Code::new(code).unwrap()),
                            credentials::latest.eq(Code::new(code).ok()),
                        )
                    })
                    .collect();
                diesel::insert_into(credentials::table)
                    .values(rows)
                    .execute(&mut connection)
                    .unwrap();
                let read: Vec<(Code, Option<Code>)> = credentials::table
                    .select((credentials::status, credentials::latest))
                    .order(credentials::position)
                    .load(&mut connection)
                    .unwrap();
                let codes: Vec<u16> = read.iter().map(|(code, _)| code.code()).collect();
                assert_eq!(codes, (100..=999).collect::<Vec<u16>>());
                assert!(read.iter().all(|&(code, latest)| latest == Some(code)));
                let known: Vec<CredentialStatus> =
                    read.iter().filter_map(|(code, _)| code.known()).collect();
                assert_eq!(known, CredentialStatus::ALL);
            }

            #[test]
            fn null_is_none() {
                let Some(mut connection) = connect() else { return };
                let rows = [
                    Credential { position: 0, status: CredentialStatus::Finish, latest: None },
                    Credential {
                        position: 1,
                        status: CredentialStatus::Locked,
                        latest: Some(Code::from(CredentialStatus::Locked)),
                    },
                ];
                diesel::insert_into(credentials::table)
                    .values(&rows[..])
                    .execute(&mut connection)
                    .unwrap();
                let read: Vec<Option<CredentialStatus>> = credentials::table
                    .select(credentials::latest)
                    .order(credentials::position)
                    .load(&mut connection)
                    .unwrap();
                assert_eq!(read, [None, Some(CredentialStatus::Locked)]);
                let read: Vec<Credential> = credentials::table
                    .order(credentials::position)
                    .load(&mut connection)
                    .unwrap();
                assert_eq!(read, rows);
                let nulls = credentials::table
                    .filter(credentials::latest.is_null())
                    .count()
                    .get_result::<i64>(&mut connection)
                    .unwrap();
                assert_eq!(nulls, 1);
            }

            #[test]
            fn integer_columns_of_every_width_decode_and_filter() {
                let Some(mut connection) = connect() else { return };
                diesel::insert_into(widths::table)
                    .values((
                        widths::position.eq(0),
                        widths::int2.eq(CredentialStatus::TwofaTimeout),
                        widths::int4.eq(CredentialStatus::Locked),
                        widths::int8.eq(Code::from(CredentialStatus::UndergoingMaintenance)),
                    ))
                    .execute(&mut connection)
                    .unwrap();
                let read: (Option<CredentialStatus>, Option<CredentialStatus>, Option<CredentialStatus>) =
                    widths::table
                        .select((widths::int2, widths::int4, widths::int8))
                        .first(&mut connection)
                        .unwrap();
                assert_eq!(
                    read,
                    (
                        Some(CredentialStatus::TwofaTimeout),
                        Some(CredentialStatus::Locked),
                        Some(CredentialStatus::UndergoingMaintenance)
                    )
                );
                let read: (Option<Code>, Option<Code>, Option<Code>) = widths::table
                    .select((widths::int2, widths::int4, widths::int8))
                    .first(&mut connection)
                    .unwrap();
                assert_eq!(read.2.map(|code| code.code()), Some(509));
                for found in [
                    widths::table.filter(widths::int2.eq(CredentialStatus::TwofaTimeout)).count().get_result::<i64>(&mut connection),
                    widths::table.filter(widths::int4.eq(&CredentialStatus::Locked)).count().get_result(&mut connection),
                    widths::table.filter(widths::int8.eq(&&CredentialStatus::UndergoingMaintenance)).count().get_result(&mut connection),
                    widths::table.filter(widths::int8.eq(Code::new(509).unwrap())).count().get_result(&mut connection),
                ] {
                    assert_eq!(found.unwrap(), 1);
                }
            }

            #[test]
            fn values_of_no_code_are_named_as_stored() {
                let Some(mut connection) = connect() else { return };
                diesel::insert_into(widths::table)
                    .values((
                        widths::position.eq(0),
                        widths::int2.eq(-1_i16),
                        widths::int4.eq(70_000),
                        widths::int8.eq(i64::MAX),
                    ))
                    .execute(&mut connection)
                    .unwrap();
                let error = widths::table
                    .select(widths::int2)
                    .first::<Option<CredentialStatus>>(&mut connection)
                    .unwrap_err();
                assert_eq!(
                    chain(&error),
                    "Error deserializing field 'int2': -1 is not a CredentialStatus code"
                );
                let error = widths::table
                    .select(widths::int4)
                    .first::<Option<CredentialStatus>>(&mut connection)
                    .unwrap_err();
                assert_eq!(
                    chain(&error),
                    "Error deserializing field 'int4': 70000 is not a CredentialStatus code"
                );
                let error = widths::table
                    .select(widths::int8)
                    .first::<Option<Code>>(&mut connection)
                    .unwrap_err();
                assert_eq!(
                    chain(&error),
                    "Error deserializing field 'int8': 9223372036854775807 is not a three-digit code (100 to 999)"
                );
            }

            #[test]
            fn a_code_the_table_lacks_fails_with_its_message_and_keeps_as_any_code() {
                let Some(mut connection) = connect() else { return };
                diesel::insert_into(credentials::table)
                    .values((credentials::position.eq(0), credentials::status.eq(207_i16)))
                    .execute(&mut connection)
                    .unwrap();
                let error = statuses!(&mut connection, CredentialStatus).unwrap_err();
                assert_eq!(
                    chain(&error),
                    "Error deserializing field 'status': 207 is not a CredentialStatus code"
                );
                let error = credentials::table.load::<Credential>(&mut connection).unwrap_err();
                assert!(chain(&error).ends_with(": 207 is not a CredentialStatus code"), "{error}");
                let read = statuses!(&mut connection, Code).unwrap();
                assert_eq!(read[0].code(), 207);
                assert_eq!(read[0].known(), None);
            }

            #[test]
            fn vendor_codes_read_back_as_the_vendors_table_only() {
                let Some(mut connection) = connect() else { return };
                let rows = [
                    Vendor { position: 0, status: VendorStatus::Updated },
                    Vendor { position: 1, status: VendorStatus::CaptchaRequired },
                    Vendor { position: 2, status: VendorStatus::Locked },
                ];
                diesel::insert_into(credentials::table)
                    .values(&rows[..])
                    .execute(&mut connection)
                    .unwrap();
                let read: Vec<Vendor> = credentials::table
                    .select((credentials::position, credentials::status))
                    .order(credentials::position)
                    .load(&mut connection)
                    .unwrap();
                assert_eq!(read, rows);
                let error = statuses!(&mut connection, CredentialStatus).unwrap_err();
                assert_eq!(
                    chain(&error),
                    "Error deserializing field 'status': 207 is not a CredentialStatus code"
                );
                let found: Vec<i32> = credentials::table
                    .select(credentials::position)
                    .filter(credentials::status.eq(VendorStatus::CaptchaRequired))
                    .load(&mut connection)
                    .unwrap();
                assert_eq!(found, [1]);
            }

            #[test]
            fn filter_finds_the_rows_of_a_code() {
                let Some(mut connection) = connect() else { return };
                let statuses = [
                    CredentialStatus::Finish,
                    CredentialStatus::TwofaTimeout,
                    CredentialStatus::Locked,
                    CredentialStatus::TwofaTimeout,
                ];
                let rows: Vec<Credential> = (0..)
                    .zip(statuses)
                    .map(|(position, status)| Credential { position, status, latest: Some(Code::from(status)) })
                    .collect();
                diesel::insert_into(credentials::table)
                    .values(&rows)
                    .execute(&mut connection)
                    .unwrap();
                let positions = |connection: &mut $connection, filter| -> Vec<i32> {
                    credentials::table
                        .select(credentials::position)
                        .filter(filter)
                        .order(credentials::position)
                        .load(connection)
                        .unwrap()
                };
                let filter = credentials::status.eq(CredentialStatus::TwofaTimeout);
                assert_eq!(positions(&mut connection, filter), [1, 3]);
                let filter = credentials::status.eq(CredentialStatus::Locked);
                assert_eq!(positions(&mut connection, filter), [2]);
                let found: Vec<i32> = credentials::table
                    .select(credentials::position)
                    .filter(credentials::latest.eq(Code::from(CredentialStatus::Finish)))
                    .load(&mut connection)
                    .unwrap();
                assert_eq!(found, [0]);
                let found: Vec<i32> = credentials::table
                    .select(credentials::position)
                    .filter(credentials::status.eq_any([CredentialStatus::Finish, CredentialStatus::Locked]))
                    .order(credentials::position)
                    .load(&mut connection)
                    .unwrap();
                assert_eq!(found, [0, 2]);
                let found: Vec<i32> = credentials::table
                    .select(credentials::position)
                    .filter(credentials::status.ne(CredentialStatus::TwofaTimeout))
                    .filter(credentials::latest.eq_any(vec![Code::new(200).unwrap(), Code::new(207).unwrap()]))
                    .load(&mut connection)
                    .unwrap();
                assert_eq!(found, [0]);
            }

            /// A table that did not ask: diesel's `serialize_as` and `deserialize_as` through
            /// `From<LocalStatus> for i16` and `TryFrom<i16>`, or an `AnyCode` of it.
            #[test]
            fn a_table_that_did_not_ask_is_stored_through_its_integer() {
                let Some(mut connection) = connect() else { return };
                let rows = [
                    Local { position: 0, status: LocalStatus::Updated },
                    Local { position: 1, status: LocalStatus::TwofaTimeout },
                ];
                diesel::insert_into(credentials::table)
                    .values(rows.to_vec())
                    .execute(&mut connection)
                    .unwrap();
                let read: Vec<Local> = credentials::table
                    .select((credentials::position, credentials::status))
                    .order(credentials::position)
                    .load(&mut connection)
                    .unwrap();
                assert_eq!(read, rows);
                let read = statuses!(&mut connection, AnyCode<LocalStatus>).unwrap();
                assert_eq!(read[0].known(), Some(LocalStatus::Updated));

                diesel::update(credentials::table)
                    .set(credentials::status.eq(208_i16))
                    .execute(&mut connection)
                    .unwrap();
                let error = credentials::table
                    .select((credentials::position, credentials::status))
                    .first::<Local>(&mut connection)
                    .unwrap_err();
                assert!(chain(&error).ends_with("208 is not a LocalStatus code"), "{}", chain(&error));
            }

            /// `sql_query` binds through `ToSql`, and reads by name through `FromSql`.
            #[test]
            fn raw_queries_bind_and_read_codes() {
                let Some(mut connection) = connect() else { return };
                let echo: Echo = diesel::sql_query(
                    "SELECT CAST($1 AS SMALLINT) AS int2, CAST($2 AS INTEGER) AS int4, CAST($3 AS BIGINT) AS int8",
                )
                .bind::<SmallInt, _>(CredentialStatus::TwofaTimeout)
                .bind::<Nullable<Integer>, _>(None::<Code>)
                .bind::<BigInt, _>(Shadowed::Finished)
                .get_result(&mut connection)
                .unwrap();
                assert_eq!(
                    echo,
                    Echo { int2: CredentialStatus::TwofaTimeout, int4: None, int8: Shadowed::Finished }
                );
                let echo: Echo = diesel::sql_query(
                    "SELECT CAST($1 AS SMALLINT) AS int2, CAST($2 AS INTEGER) AS int4, CAST($3 AS BIGINT) AS int8",
                )
                .bind::<Nullable<SmallInt>, _>(Some(CredentialStatus::Locked))
                .bind::<Integer, _>(Code::new(207).unwrap())
                .bind::<Nullable<BigInt>, _>(Shadowed::Started)
                .get_result(&mut connection)
                .unwrap();
                assert_eq!(echo.int2, CredentialStatus::Locked);
                assert_eq!(echo.int4.map(|code| code.code()), Some(207));
                assert_eq!(echo.int8, Shadowed::Started);
            }
        }
    };
}

database_tests!(sqlite, SqliteConnection, Some(":memory:".to_owned()));
database_tests!(postgres, PgConnection, server::url());
