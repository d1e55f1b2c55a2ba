//! Reading a job-status history with `serde_json`: one million records `{"code": N}` into a
//! `Vec` of structs whose field is a `u16` (the floor), a `CredentialStatus`, an
//! `AnyCode<CredentialStatus>`, or an enum deriving `serde_repr`'s `Deserialize_repr`.
//!
//! The codes follow a job's life: mostly progress and success, some user interaction and
//! errors. The second group adds codes the table does not have (2%), which only a `u16` and an
//! `AnyCode` can read.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use serde::Deserialize;
use status_codes::{AnyCode, CredentialStatus};
use std::fmt::Write;
use std::hint::black_box;

const RECORDS: usize = 1_000_000;

/// A deterministic pseudo-random stream (xorshift), the same on every run.
fn random(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

/// Codes with their share of a history, in percent.
const MIX: [(u16, u64); 14] = [
    (100, 8),
    (101, 10),
    (102, 30),
    (103, 4),
    (200, 20),
    (201, 6),
    (202, 4),
    (205, 2),
    (206, 2),
    (401, 3),
    (405, 2),
    (411, 4),
    (500, 3),
    (504, 2),
];

/// Codes no version of the table has had yet.
const NEW_CODES: [u16; 3] = [207, 412, 502];

/// A JSON array of `RECORDS` records; `unknown_percent` of them have a code from `NEW_CODES`.
fn history(unknown_percent: u64) -> String {
    let mut seed = 0x9E37_79B9_7F4A_7C15;
    let mut json = String::with_capacity(RECORDS * 14);
    json.push('[');
    for index in 0..RECORDS {
        let pick = random(&mut seed) % 100;
        let code = if pick < unknown_percent {
            NEW_CODES[usize::try_from(random(&mut seed) % 3).unwrap()]
        } else {
            let mut share = random(&mut seed) % 100;
            MIX.iter()
                .find(|&&(_, percent)| {
                    let found = share < percent;
                    share = share.saturating_sub(percent);
                    found
                })
                .map_or(102, |&(code, _)| code)
        };
        if index > 0 {
            json.push(',');
        }
        let _ = write!(json, "{{\"code\":{code}}}");
    }
    json.push(']');
    json
}

#[derive(Deserialize)]
struct Plain {
    code: u16,
}

#[derive(Deserialize)]
struct Typed {
    code: CredentialStatus,
}

#[derive(Deserialize)]
struct Open {
    code: AnyCode<CredentialStatus>,
}

#[derive(Deserialize)]
struct Repr {
    code: ReprStatus,
}

/// The documented table as `serde_repr` reads it.
#[derive(serde_repr::Deserialize_repr, Clone, Copy)]
#[repr(u16)]
enum ReprStatus {
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

/// Sums the codes so that nothing is optimized away.
fn read<T: for<'de> Deserialize<'de>>(json: &str, code: impl Fn(&T) -> u16) -> u64 {
    let records: Vec<T> = serde_json::from_str(black_box(json)).unwrap();
    records.iter().map(|record| u64::from(code(record))).sum()
}

fn deserialize(c: &mut Criterion) {
    let known = history(0);
    let mut group = c.benchmark_group("deserialize_history");
    group.throughput(Throughput::Elements(RECORDS as u64));
    group.sample_size(30);
    group.bench_function(BenchmarkId::new("known", "u16"), |b| {
        b.iter(|| read::<Plain>(&known, |record| record.code));
    });
    group.bench_function(BenchmarkId::new("known", "CredentialStatus"), |b| {
        b.iter(|| read::<Typed>(&known, |record| record.code.code()));
    });
    group.bench_function(BenchmarkId::new("known", "AnyCode"), |b| {
        b.iter(|| read::<Open>(&known, |record| record.code.code()));
    });
    group.bench_function(BenchmarkId::new("known", "serde_repr"), |b| {
        b.iter(|| read::<Repr>(&known, |record| record.code as u16));
    });
    let mixed = history(2);
    group.bench_function(BenchmarkId::new("with_unknown", "u16"), |b| {
        b.iter(|| read::<Plain>(&mixed, |record| record.code));
    });
    group.bench_function(BenchmarkId::new("with_unknown", "AnyCode"), |b| {
        b.iter(|| read::<Open>(&mixed, |record| record.code.code()));
    });
    group.finish();
}

criterion_group!(benches, deserialize);
criterion_main!(benches);
