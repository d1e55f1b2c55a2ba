//! The cost of expanding `status_codes!` (parse, validate, generate) on tables of 24, 100 and
//! 900 codes. It should grow linearly: validation looks duplicates up in maps, never compares
//! every pair.
//!
//! The macro crate's modules are compiled into this benchmark directly, since a proc-macro
//! crate exports nothing else. Their unit-test modules come along without the tests that use
//! their imports and helpers.
#![allow(unused_imports, dead_code)]

#[path = "../../status-macros/src/ast.rs"]
mod ast;
#[path = "../../status-macros/src/errors.rs"]
mod errors;
#[path = "../../status-macros/src/expand.rs"]
mod expand;
#[path = "../../status-macros/src/generate/mod.rs"]
mod generate;
#[path = "../../status-macros/src/literal.rs"]
mod literal;
#[path = "../../status-macros/src/model.rs"]
mod model;
#[path = "../../status-macros/src/parse.rs"]
mod parse;
#[path = "../../status-macros/src/validate/mod.rs"]
mod validate;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use proc_macro2::TokenStream;
use std::fmt::Write;
use std::hint::black_box;

/// A table of `count` codes, from 100 up, ten categories of `NNx` per hundred.
fn table(count: u16) -> TokenStream {
    let mut source = String::from("::status_codes; pub enum Table {");
    let mut code = 100;
    while code < 100 + count {
        let decade = code / 10;
        let _ = write!(source, " {decade}x Decade{decade} <");
        while code < (decade + 1) * 10 && code < 100 + count {
            let _ = write!(source, " /// Code {code}.\n {code} Code{code},");
            code += 1;
        }
        source.push_str(" >");
    }
    source.push('}');
    source
        .parse()
        .expect("the generated table is valid Rust tokens")
}

fn expansion(c: &mut Criterion) {
    let mut group = c.benchmark_group("expansion");
    for count in [24, 100, 900] {
        let input = table(count);
        assert!(
            !expand::expand(input.clone())
                .to_string()
                .contains("compile_error")
        );
        group.throughput(Throughput::Elements(u64::from(count)));
        group.bench_with_input(BenchmarkId::from_parameter(count), &input, |b, input| {
            b.iter(|| expand::expand(black_box(input.clone())));
        });
    }
    group.finish();
}

criterion_group!(benches, expansion);
criterion_main!(benches);
