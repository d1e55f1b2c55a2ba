//! Benchmarks of `status-codes`: `cargo bench -p status-codes-benches`. See `BENCHMARKS.md`.
