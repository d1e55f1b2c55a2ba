//! Lookups of `CredentialStatus` against the usual ways to write the same table: a hand-written
//! `match`, `strum`'s derives, `num_enum`'s derive, and a dense static array (the floor).
//!
//! Each benchmark runs over the same stream of 4,096 inputs, 20% of them misses, so that branch
//! predictors see realistic, unpredictable input; times are per stream.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use status_codes::CredentialStatus;
use std::hint::black_box;
use std::str::FromStr;

const STREAM: usize = 4096;

/// The documented table: code and name, in document order.
const TABLE: [(u16, &str); 24] = [
    (100, "Register"),
    (101, "Starting"),
    (102, "Running"),
    (103, "TokenReceived"),
    (200, "Finish"),
    (201, "Pending"),
    (202, "NoTransactions"),
    (203, "PartialTransactions"),
    (204, "Incomplete"),
    (205, "Pending"),
    (206, "NoAccounts"),
    (401, "Unauthorized"),
    (403, "Invalidtoken"),
    (405, "Locked"),
    (406, "Conflict"),
    (408, "UserAction"),
    (409, "WrongSite"),
    (410, "Waiting"),
    (411, "TwofaTimeout"),
    (413, "LoginError"),
    (500, "Error"),
    (501, "Unavailable"),
    (504, "ConnectionTimeout"),
    (509, "UndergoingMaintenance"),
];

/// A deterministic pseudo-random stream (xorshift), the same on every run.
fn random(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

/// 4,096 codes: 80% documented, 20% other three-digit numbers.
fn code_stream() -> Vec<u16> {
    let mut seed = 0x9E37_79B9_7F4A_7C15;
    (0..STREAM)
        .map(|_| {
            let pick = random(&mut seed);
            if pick % 5 == 0 {
                loop {
                    let code = 100 + u16::try_from(random(&mut seed) % 900).unwrap();
                    if !TABLE.iter().any(|&(known, _)| known == code) {
                        break code;
                    }
                }
            } else {
                TABLE[usize::try_from(pick >> 8).unwrap() % TABLE.len()].0
            }
        })
        .collect()
}

/// 4,096 names: 80% documented, 20% near misses (case, a letter more or less).
fn name_stream() -> Vec<String> {
    let mut seed = 0xD1B5_4A32_D192_ED03;
    (0..STREAM)
        .map(|_| {
            let pick = random(&mut seed);
            let name = TABLE[usize::try_from(pick >> 8).unwrap() % TABLE.len()].1;
            match pick % 15 {
                0 => name.to_lowercase(),
                1 => format!("{name}s"),
                2 => name[1..].to_owned(),
                _ => name.to_owned(),
            }
        })
        .collect()
}

/// Positions 0..24 into the table, for the enum → name direction (no misses).
fn index_stream() -> Vec<usize> {
    let mut seed = 0x2545_F491_4F6C_DD1D;
    (0..STREAM)
        .map(|_| usize::try_from(random(&mut seed) >> 8).unwrap() % TABLE.len())
        .collect()
}

/// The 24 documented codes as an enum, stamped into each peer's module with its derives.
macro_rules! status_enum {
    ($(#[$attr:meta])*) => {
        $(#[$attr])*
        #[repr(u16)]
        pub enum Status {
            Register = 100,
            Starting = 101,
            Running = 102,
            TokenReceived = 103,
            Finish = 200,
            Pending = 201,
            NoTransactions = 202,
            PartialTransactions = 203,
            Incomplete = 204,
            Pending205 = 205,
            NoAccounts = 206,
            Unauthorized = 401,
            Invalidtoken = 403,
            Locked = 405,
            Conflict = 406,
            UserAction = 408,
            WrongSite = 409,
            Waiting = 410,
            TwofaTimeout = 411,
            LoginError = 413,
            Error = 500,
            Unavailable = 501,
            ConnectionTimeout = 504,
            UndergoingMaintenance = 509,
        }
    };
}

/// The same enum written by hand, with `match`es.
mod hand {
    status_enum!(#[derive(Clone, Copy, PartialEq, Eq, Debug)]);

    pub const ALL: [Status; 24] = [
        Status::Register,
        Status::Starting,
        Status::Running,
        Status::TokenReceived,
        Status::Finish,
        Status::Pending,
        Status::NoTransactions,
        Status::PartialTransactions,
        Status::Incomplete,
        Status::Pending205,
        Status::NoAccounts,
        Status::Unauthorized,
        Status::Invalidtoken,
        Status::Locked,
        Status::Conflict,
        Status::UserAction,
        Status::WrongSite,
        Status::Waiting,
        Status::TwofaTimeout,
        Status::LoginError,
        Status::Error,
        Status::Unavailable,
        Status::ConnectionTimeout,
        Status::UndergoingMaintenance,
    ];

    impl Status {
        pub fn from_code(code: u16) -> Option<Self> {
            Some(match code {
                100 => Self::Register,
                101 => Self::Starting,
                102 => Self::Running,
                103 => Self::TokenReceived,
                200 => Self::Finish,
                201 => Self::Pending,
                202 => Self::NoTransactions,
                203 => Self::PartialTransactions,
                204 => Self::Incomplete,
                205 => Self::Pending205,
                206 => Self::NoAccounts,
                401 => Self::Unauthorized,
                403 => Self::Invalidtoken,
                405 => Self::Locked,
                406 => Self::Conflict,
                408 => Self::UserAction,
                409 => Self::WrongSite,
                410 => Self::Waiting,
                411 => Self::TwofaTimeout,
                413 => Self::LoginError,
                500 => Self::Error,
                501 => Self::Unavailable,
                504 => Self::ConnectionTimeout,
                509 => Self::UndergoingMaintenance,
                _ => return None,
            })
        }

        pub fn name(self) -> &'static str {
            match self {
                Self::Register => "Register",
                Self::Starting => "Starting",
                Self::Running => "Running",
                Self::TokenReceived => "TokenReceived",
                Self::Finish => "Finish",
                Self::Pending | Self::Pending205 => "Pending",
                Self::NoTransactions => "NoTransactions",
                Self::PartialTransactions => "PartialTransactions",
                Self::Incomplete => "Incomplete",
                Self::NoAccounts => "NoAccounts",
                Self::Unauthorized => "Unauthorized",
                Self::Invalidtoken => "Invalidtoken",
                Self::Locked => "Locked",
                Self::Conflict => "Conflict",
                Self::UserAction => "UserAction",
                Self::WrongSite => "WrongSite",
                Self::Waiting => "Waiting",
                Self::TwofaTimeout => "TwofaTimeout",
                Self::LoginError => "LoginError",
                Self::Error => "Error",
                Self::Unavailable => "Unavailable",
                Self::ConnectionTimeout => "ConnectionTimeout",
                Self::UndergoingMaintenance => "UndergoingMaintenance",
            }
        }

        pub fn from_name(name: &str) -> Option<Self> {
            Some(match name {
                "Register" => Self::Register,
                "Starting" => Self::Starting,
                "Running" => Self::Running,
                "TokenReceived" => Self::TokenReceived,
                "Finish" => Self::Finish,
                "Pending" => Self::Pending,
                "NoTransactions" => Self::NoTransactions,
                "PartialTransactions" => Self::PartialTransactions,
                "Incomplete" => Self::Incomplete,
                "Pending205" => Self::Pending205,
                "NoAccounts" => Self::NoAccounts,
                "Unauthorized" => Self::Unauthorized,
                "Invalidtoken" => Self::Invalidtoken,
                "Locked" => Self::Locked,
                "Conflict" => Self::Conflict,
                "UserAction" => Self::UserAction,
                "WrongSite" => Self::WrongSite,
                "Waiting" => Self::Waiting,
                "TwofaTimeout" => Self::TwofaTimeout,
                "LoginError" => Self::LoginError,
                "Error" => Self::Error,
                "Unavailable" => Self::Unavailable,
                "ConnectionTimeout" => Self::ConnectionTimeout,
                "UndergoingMaintenance" => Self::UndergoingMaintenance,
                _ => return None,
            })
        }
    }
}

/// The same enum with `strum`'s derives; 205 parses from `"Pending205"`, as in ours.
mod with_strum {
    status_enum!(#[derive(
        Clone, Copy, PartialEq, Eq, Debug, strum::EnumString, strum::IntoStaticStr, strum::FromRepr,
    )]);
}

/// The same enum with `num_enum`'s derive (code → enum only).
mod with_num_enum {
    status_enum!(#[derive(Clone, Copy, PartialEq, Eq, Debug, num_enum::TryFromPrimitive)]);
}

/// The floor: an enum whose discriminants are dense ordinals, and arrays indexed by them.
mod dense {
    use super::TABLE;

    /// `Some(ordinal)` for a documented code, indexed by `code - 100`. The casts are of values
    /// known to fit, in a `const` block where `try_from` is not available.
    #[allow(clippy::cast_possible_truncation)]
    pub static BY_CODE: [Option<u8>; 410] = {
        let mut table = [None; 410];
        let mut i = 0;
        while i < TABLE.len() {
            table[(TABLE[i].0 - 100) as usize] = Some(i as u8);
            i += 1;
        }
        table
    };

    pub static NAMES: [&str; 24] = {
        let mut names = [""; 24];
        let mut i = 0;
        while i < TABLE.len() {
            names[i] = TABLE[i].1;
            i += 1;
        }
        names
    };

    pub fn from_code(code: u16) -> Option<u8> {
        let index = usize::from(code.wrapping_sub(100));
        if index < BY_CODE.len() {
            BY_CODE[index]
        } else {
            None
        }
    }
}

fn code_to_enum(c: &mut Criterion) {
    let codes = code_stream();
    let mut group = c.benchmark_group("code_to_enum");
    group.throughput(Throughput::Elements(STREAM as u64));
    group.bench_function("status_codes", |b| {
        b.iter(|| {
            black_box(&codes)
                .iter()
                .filter_map(|&code| CredentialStatus::from_code(code))
                .map(|status| status as u32)
                .sum::<u32>()
        });
    });
    group.bench_function("status_codes_try_from", |b| {
        b.iter(|| {
            black_box(&codes)
                .iter()
                .filter_map(|&code| CredentialStatus::try_from(code).ok())
                .map(|status| status as u32)
                .sum::<u32>()
        });
    });
    group.bench_function("hand_match", |b| {
        b.iter(|| {
            black_box(&codes)
                .iter()
                .filter_map(|&code| hand::Status::from_code(code))
                .map(|status| status as u32)
                .sum::<u32>()
        });
    });
    group.bench_function("strum", |b| {
        b.iter(|| {
            black_box(&codes)
                .iter()
                .filter_map(|&code| with_strum::Status::from_repr(code))
                .map(|status| status as u32)
                .sum::<u32>()
        });
    });
    group.bench_function("num_enum", |b| {
        b.iter(|| {
            black_box(&codes)
                .iter()
                .filter_map(|&code| with_num_enum::Status::try_from(code).ok())
                .map(|status| status as u32)
                .sum::<u32>()
        });
    });
    group.bench_function("dense_array", |b| {
        b.iter(|| {
            black_box(&codes)
                .iter()
                .filter_map(|&code| dense::from_code(code))
                .map(u32::from)
                .sum::<u32>()
        });
    });
    group.finish();
}

fn enum_to_name(c: &mut Criterion) {
    let indexes = index_stream();
    let ours: Vec<CredentialStatus> = indexes.iter().map(|&i| CredentialStatus::ALL[i]).collect();
    let hand: Vec<hand::Status> = indexes.iter().map(|&i| hand::ALL[i]).collect();
    let strum: Vec<with_strum::Status> = hand
        .iter()
        .map(|&s| with_strum::Status::from_repr(s as u16).unwrap())
        .collect();
    let dense: Vec<u8> = indexes.iter().map(|&i| u8::try_from(i).unwrap()).collect();
    let mut group = c.benchmark_group("enum_to_name");
    group.throughput(Throughput::Elements(STREAM as u64));
    group.bench_function("status_codes", |b| {
        b.iter(|| {
            black_box(&ours)
                .iter()
                .map(|s| s.name().len())
                .sum::<usize>()
        });
    });
    group.bench_function("hand_match", |b| {
        b.iter(|| {
            black_box(&hand)
                .iter()
                .map(|s| s.name().len())
                .sum::<usize>()
        });
    });
    group.bench_function("strum", |b| {
        b.iter(|| {
            black_box(&strum)
                .iter()
                .map(|&s| <&'static str>::from(s).len())
                .sum::<usize>()
        });
    });
    group.bench_function("dense_array", |b| {
        b.iter(|| {
            black_box(&dense)
                .iter()
                .map(|&i| dense::NAMES[usize::from(i)].len())
                .sum::<usize>()
        });
    });
    group.finish();

    let mut group = c.benchmark_group("enum_to_code");
    group.throughput(Throughput::Elements(STREAM as u64));
    group.bench_function("status_codes", |b| {
        b.iter(|| {
            black_box(&ours)
                .iter()
                .map(|s| u32::from(s.code()))
                .sum::<u32>()
        });
    });
    group.bench_function("dense_array", |b| {
        b.iter(|| {
            black_box(&dense)
                .iter()
                .map(|&i| u32::from(TABLE[usize::from(i)].0))
                .sum::<u32>()
        });
    });
    group.finish();
}

fn name_to_enum(c: &mut Criterion) {
    let names = name_stream();
    let mut group = c.benchmark_group("name_to_enum");
    group.throughput(Throughput::Elements(STREAM as u64));
    group.bench_function("status_codes", |b| {
        b.iter(|| {
            black_box(&names)
                .iter()
                .filter_map(|name| CredentialStatus::from_name(name))
                .map(|status| status as u32)
                .sum::<u32>()
        });
    });
    group.bench_function("status_codes_from_str", |b| {
        b.iter(|| {
            black_box(&names)
                .iter()
                .filter_map(|name| CredentialStatus::from_str(name).ok())
                .map(|status| status as u32)
                .sum::<u32>()
        });
    });
    group.bench_function("hand_match", |b| {
        b.iter(|| {
            black_box(&names)
                .iter()
                .filter_map(|name| hand::Status::from_name(name))
                .map(|status| status as u32)
                .sum::<u32>()
        });
    });
    group.bench_function("strum", |b| {
        b.iter(|| {
            black_box(&names)
                .iter()
                .filter_map(|name| with_strum::Status::from_str(name).ok())
                .map(|status| status as u32)
                .sum::<u32>()
        });
    });
    group.finish();

    let codes: Vec<String> = code_stream().iter().map(u16::to_string).collect();
    let mut group = c.benchmark_group("code_text_to_enum");
    group.throughput(Throughput::Elements(STREAM as u64));
    group.bench_function("status_codes_from_str", |b| {
        b.iter(|| {
            black_box(&codes)
                .iter()
                .filter_map(|code| CredentialStatus::from_str(code).ok())
                .map(|status| status as u32)
                .sum::<u32>()
        });
    });
    group.bench_function("parse_u16_then_from_code", |b| {
        b.iter(|| {
            black_box(&codes)
                .iter()
                .filter_map(|code| {
                    code.parse::<u16>()
                        .ok()
                        .and_then(CredentialStatus::from_code)
                })
                .map(|status| status as u32)
                .sum::<u32>()
        });
    });
    group.finish();
}

fn formatting(c: &mut Criterion) {
    use std::io::Write;
    let statuses: Vec<CredentialStatus> = index_stream()
        .iter()
        .map(|&i| CredentialStatus::ALL[i])
        .collect();
    let mut group = c.benchmark_group("write");
    group.throughput(Throughput::Elements(STREAM as u64));
    let mut buffer = Vec::with_capacity(STREAM * 32);
    group.bench_function(BenchmarkId::new("display", "status_codes"), |b| {
        b.iter(|| {
            buffer.clear();
            for status in black_box(&statuses) {
                write!(buffer, "{status}").unwrap();
            }
            buffer.len()
        });
    });
    group.bench_function(BenchmarkId::new("serde_json", "status_codes"), |b| {
        b.iter(|| {
            buffer.clear();
            for status in black_box(&statuses) {
                serde_json::to_writer(&mut buffer, status).unwrap();
            }
            buffer.len()
        });
    });
    group.finish();
}

status_codes::status_codes! {
    /// The FTP replies of RFC 959 with two of its six function groups.
    enum Reply {
        x2x Connections
        x5x FileSystem
        1xx Preliminary < 110 Restart, 120 ReadyLater, 125 Starting, 150 Opening >
        2xx Completion < 200 Okay, 220 Ready, 221 Closing, 226 Done, 230 LoggedIn, 250 Completed >
        4xx Transient < 421 Closed, 425 NoDataConnection, 426 Aborted, 450 Busy, 451 LocalError >
        5xx Permanent < 500 Syntax, 501 Arguments, 530 NotLoggedIn, 550 Unavailable >
    }
}

/// A code's function group, against a table read by the middle digit written by hand.
fn code_to_group(c: &mut Criterion) {
    const BY_DIGIT: [Option<ReplyGroup>; 10] = [
        None,
        None,
        Some(ReplyGroup::Connections),
        None,
        None,
        Some(ReplyGroup::FileSystem),
        None,
        None,
        None,
        None,
    ];
    let codes = code_stream();
    let mut group = c.benchmark_group("code_to_group");
    group.throughput(Throughput::Elements(STREAM as u64));
    group.bench_function("status_codes", |b| {
        b.iter(|| {
            black_box(&codes)
                .iter()
                .filter(|&&code| ReplyGroup::from_code(code).is_some())
                .count()
        });
    });
    group.bench_function("digit_array", |b| {
        b.iter(|| {
            black_box(&codes)
                .iter()
                .filter(|&&code| BY_DIGIT[usize::from(code / 10 % 10)].is_some())
                .count()
        });
    });
    let replies: Vec<Reply> = codes
        .iter()
        .filter_map(|&code| Reply::from_code(code))
        .collect();
    group.bench_function("status_codes_known", |b| {
        b.iter(|| {
            black_box(&replies)
                .iter()
                .filter(|reply| reply.group().is_some())
                .count()
        });
    });
    group.finish();
}

criterion_group!(
    benches,
    code_to_enum,
    enum_to_name,
    name_to_enum,
    formatting,
    code_to_group
);
criterion_main!(benches);
