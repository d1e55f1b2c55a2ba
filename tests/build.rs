//! Writes the generated tables of two integration tests into `OUT_DIR`:
//! - `every_code.rs`, for `tests/every_code.rs`: a table of every code from 100 to 999, and two
//!   tables with gaps of more than 255 codes;
//! - `table_order.rs`, for `tests/table_order.rs`: random tables whose lines come in every order
//!   (shuffled, reversed, nested categories first, extensions that fill their base's gaps), each
//!   with its text as a constant and a test that checks the generated enum against that text.

use std::fmt::Write;
use std::path::Path;

/// The variable that picks another set of random tables.
const SEED_VARIABLE: &str = "STATUS_CODES_ORDER_SEED";

fn main() {
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    std::fs::write(out.join("every_code.rs"), every_code()).expect("OUT_DIR is writable");
    let tables = random_tables::write(random_tables::seed(std::env::var(SEED_VARIABLE).ok()));
    std::fs::write(out.join("table_order.rs"), tables).expect("OUT_DIR is writable");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed={SEED_VARIABLE}");
}

/// A table of every code from 100 to 999, then two tables with gaps.
fn every_code() -> String {
    let mut table = String::from(
        "status_codes::status_codes! {\n    /// Every three-digit code.\n    pub enum Every {\n",
    );
    for hundred in 1..=9 {
        let _ = write!(table, "        {hundred}xx Hundred{hundred} <");
        for code in hundred * 100..hundred * 100 + 100 {
            let _ = write!(table, " {code} Code{code},");
        }
        table.push_str(" >\n");
    }
    table.push_str("    }\n}\n");
    // Every third code, then every code whose digits sum to a multiple of seven: tables with
    // gaps, of more than 255 codes (a two-byte position where one is needed).
    for (name, keep) in [
        ("EveryThird", (|code: u32| code % 3 == 0) as fn(u32) -> bool),
        ("DigitSums", |code: u32| {
            (code / 100 + code / 10 % 10 + code % 10) % 7 == 0
        }),
    ] {
        let _ = write!(
            table,
            "status_codes::status_codes! {{\n    /// Codes with gaps.\n    pub enum {name} {{\n"
        );
        for hundred in 1..=9 {
            let _ = write!(table, "        {hundred}xx Hundred{hundred} <");
            for code in (hundred * 100..hundred * 100 + 100).filter(|&code| keep(code)) {
                let _ = write!(table, " {code} Code{code},");
            }
            table.push_str(" >\n");
        }
        table.push_str("    }\n}\n");
    }
    table
}

/// Random tables for `tests/table_order.rs`.
///
/// The shapes are fixed (sizes, spreads, orders, extensions), so that every seed covers every
/// shape; the seed draws which codes, categories, names, aliases, docs and orders fill them.
mod random_tables {
    use super::SEED_VARIABLE;
    use std::fmt::Write;

    const DEFAULT_SEED: u64 = 0x5EED_C0DE;

    /// The seed: the variable's value (decimal, or hexadecimal after `0x`), else a fixed one.
    pub fn seed(variable: Option<String>) -> u64 {
        let Some(text) = variable else {
            return DEFAULT_SEED;
        };
        let text = text.trim();
        match text.strip_prefix("0x") {
            Some(hex) => u64::from_str_radix(hex, 16),
            None => text.parse(),
        }
        .unwrap_or_else(|_| panic!("{SEED_VARIABLE}={text:?} is not a number"))
    }

    /// splitmix64: a few lines, no dependency, the same sequence on every platform.
    struct Random(u64);

    impl Random {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }

        /// A number below `bound`, which is not zero.
        fn below(&mut self, bound: usize) -> usize {
            let bound = u64::try_from(bound).expect("a small bound");
            usize::try_from(self.next() % bound).expect("below a usize")
        }

        /// True `percent` times in a hundred.
        fn percent(&mut self, percent: usize) -> bool {
            self.below(100) < percent
        }

        fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
            &items[self.below(items.len())]
        }

        /// Fisher–Yates.
        fn shuffle<T>(&mut self, items: &mut [T]) {
            for last in (1..items.len()).rev() {
                items.swap(last, self.below(last + 1));
            }
        }
    }

    /// How the codes of a family of tables spread over 100 to 999.
    #[derive(Clone, Copy, PartialEq)]
    enum Spread {
        /// Consecutive codes.
        Gapless,
        /// Consecutive but for one to three codes.
        FewGaps,
        /// Codes drawn from a window wider than their count.
        Sparse,
    }

    /// The order in which categories, and the codes of each, are written.
    #[derive(Clone, Copy, PartialEq)]
    enum Order {
        /// Categories by their lowest code, codes ascending: in numeric order, but where a
        /// nested category has codes on both sides.
        Ascending,
        Shuffled,
        /// Categories by their lowest code, descending; codes descending.
        Reversed,
        /// As `Ascending`, but with nested categories in every hundred, each written before
        /// the one around it.
        NestedFirst,
    }

    /// One table, or a base and its extensions.
    #[derive(Clone, Copy)]
    enum Family {
        Alone,
        /// The extensions take codes from the base's range and beyond, so that the base has gaps
        /// and the last extension, with a `Gapless` spread, has none. One extension, or a chain.
        FillsGaps {
            extensions: usize,
        },
        /// One extension, with codes below every code of the base.
        AddsBelow,
    }

    struct Plan {
        /// Codes of the whole family.
        codes: usize,
        spread: Spread,
        order: Order,
        family: Family,
        /// Every table of the family asks for serde and schemars.
        integrations: bool,
    }

    const fn alone(codes: usize, spread: Spread, order: Order, integrations: bool) -> Plan {
        Plan {
            codes,
            spread,
            order,
            family: Family::Alone,
            integrations,
        }
    }

    const fn family(
        codes: usize,
        spread: Spread,
        order: Order,
        family: Family,
        integrations: bool,
    ) -> Plan {
        Plan {
            codes,
            spread,
            order,
            family,
            integrations,
        }
    }

    use Family::{AddsBelow, FillsGaps};
    use Order::{Ascending, NestedFirst, Reversed, Shuffled};
    use Spread::{FewGaps, Gapless, Sparse};

    const PLANS: &[Plan] = &[
        // Tiny.
        alone(1, Gapless, Ascending, false),
        alone(2, Gapless, Reversed, true),
        alone(3, Sparse, Shuffled, false),
        alone(5, Gapless, Shuffled, false),
        alone(8, FewGaps, Shuffled, true),
        alone(12, Gapless, Ascending, false),
        // Medium, and at the sizes where the layout of the lookups changes (254, 255, 256).
        alone(24, Gapless, NestedFirst, false),
        alone(40, Sparse, Shuffled, true),
        alone(64, Gapless, Reversed, false),
        alone(100, Gapless, Shuffled, true),
        alone(120, Gapless, NestedFirst, false),
        alone(150, FewGaps, Shuffled, false),
        alone(254, Sparse, Shuffled, false),
        alone(255, Gapless, Shuffled, true),
        alone(256, Sparse, Reversed, false),
        // Large.
        alone(500, Gapless, Shuffled, false),
        alone(700, Sparse, Shuffled, true),
        alone(900, Gapless, Shuffled, false),
        // Extensions.
        family(6, Gapless, Ascending, FillsGaps { extensions: 1 }, false),
        family(40, Gapless, Shuffled, FillsGaps { extensions: 1 }, true),
        family(81, Sparse, Shuffled, FillsGaps { extensions: 1 }, false),
        family(120, Gapless, Ascending, FillsGaps { extensions: 2 }, true),
        family(150, Sparse, Shuffled, FillsGaps { extensions: 2 }, false),
        family(61, Gapless, Ascending, AddsBelow, false),
        family(300, Gapless, Shuffled, FillsGaps { extensions: 1 }, true),
        family(900, Gapless, Ascending, FillsGaps { extensions: 1 }, false),
    ];

    const CODE_WORDS: &[&str] = &[
        "Queued", "Ready", "Waiting", "Denied", "Moved", "Broken", "Retry", "Done", "Pending",
        "Locked", "Expired", "Timeout", "Busy", "Gone", "Blocked", "Started", "Paused", "Limited",
    ];
    /// Names two or more codes may share: none is an identifier (those end in their code) or
    /// an alias (those start with `Alias` or end in `Old`).
    const SHARED_NAMES: &[&str] = &["Pending", "Try Later", "Needs Attention", "Done"];
    const CATEGORY_WORDS: &[&str] = &[
        "Progress",
        "Success",
        "Client",
        "Mfa",
        "Server",
        "Vendor",
        "Captcha",
        "Partial",
        "Retryable",
        "Final",
    ];

    struct Category {
        header: String,
        first: u16,
        last: u16,
        name: String,
        doc: Option<String>,
        /// The first table of the family that writes it.
        level: usize,
    }

    impl Category {
        fn nested_in(&self, other: &Category) -> bool {
            self.last - self.first < other.last - other.first
                && other.first <= self.first
                && self.last <= other.last
        }
    }

    struct Code {
        value: u16,
        /// The line as written, without docs: `411 Ready411 as "Ready 411" | "Alias 411"`.
        line: String,
        docs: Vec<String>,
        /// Index into the family's categories: the narrowest that covers the code.
        category: usize,
        /// The table of the family that writes it.
        level: usize,
    }

    /// One table's text and what its test is called.
    struct Table {
        ident: String,
        base: Option<String>,
        text: String,
        test_name: String,
        integrations: bool,
    }

    /// Every table, its text as a constant, the list the test walks, and one test per table.
    pub fn write(seed: u64) -> String {
        let mut random = Random(seed);
        let mut tables = Vec::new();
        for plan in PLANS {
            let first = tables.len() + 1;
            tables.extend(generate_family(&mut random, plan, first));
        }
        let mut out = format!(
            "// Written by tests/build.rs. The seed is {SEED_VARIABLE}'s, or the default.\n\n\
             /// The seed these tables were drawn from.\nconst SEED: &str = \"{seed}\";\n\n"
        );
        for table in &tables {
            let constant = table.ident.to_uppercase();
            let _ = write!(
                out,
                "status_codes::status_codes! {{\n{text}}}\n\n\
                 /// The text of [`{ident}`], as the macro reads it.\n\
                 const {constant}: &str = {literal};\n\n",
                ident = table.ident,
                text = table.text,
                literal = raw_string(&table.text),
            );
        }
        out.push_str("/// Every generated table, with the checks that apply to it.\n");
        out.push_str("const TABLES: &[GeneratedTable] = &[\n");
        for table in &tables {
            let ident = &table.ident;
            let integrations = if table.integrations {
                format!("Some(integrations::<{ident}>)")
            } else {
                "None".to_owned()
            };
            let extension = match &table.base {
                Some(base) => format!("Some(extension::<{base}, {ident}>)"),
                None => "None".to_owned(),
            };
            let _ = writeln!(
                out,
                "    GeneratedTable {{ ident: \"{ident}\", text: {}, lookups: lookups::<{ident}>, \
                 integrations: {integrations}, extension: {extension} }},",
                ident.to_uppercase()
            );
        }
        out.push_str("];\n");
        for table in &tables {
            let _ = write!(
                out,
                "\n#[test]\nfn {}() {{\n    check_table(\"{}\");\n}}\n",
                table.test_name, table.ident
            );
        }
        out
    }

    /// A family's codes and categories, drawn once for all its tables.
    struct Drawn<'a> {
        plan: &'a Plan,
        categories: Vec<Category>,
        codes: Vec<Code>,
        /// How many tables: the base, then each extension of the one before.
        tables: usize,
        visibility: &'static str,
    }

    /// A raw string literal of `text`, with no more hashes than it needs.
    fn raw_string(text: &str) -> String {
        let hashes = (0..=text.len())
            .map(|count| "#".repeat(count))
            .find(|hashes| !text.contains(&format!("\"{hashes}")))
            .expect("some number of hashes");
        format!("r{hashes}\"{text}\"{hashes}")
    }

    fn generate_family(random: &mut Random, plan: &Plan, first_number: usize) -> Vec<Table> {
        let drawn = draw_family(random, plan);
        let mut written = Vec::new();
        let mut table_order = Vec::new();
        for level in 0..drawn.tables {
            let number = first_number + level;
            let ident = format!("Table{number:02}");
            let base = (level > 0).then(|| format!("Table{:02}", number - 1));
            let repeated = (level > 0 && random.percent(50)).then(|| {
                let earlier: Vec<usize> = (0..drawn.codes.len())
                    .filter(|&index| drawn.codes[index].level < level)
                    .collect();
                *random.pick(&earlier)
            });
            let (text, own) = write_table(random, &drawn, &ident, base.as_deref(), level, repeated);
            table_order.extend(own);
            let count = table_order.len();
            let (lowest, highest) = (table_order.iter().min(), table_order.iter().max());
            let gapless = lowest
                .zip(highest)
                .is_some_and(|(lowest, highest)| usize::from(highest - lowest) + 1 == count);
            let style = match plan.order {
                Ascending => "ascending",
                Shuffled => "shuffled",
                Reversed => "reversed",
                NestedFirst => "nested_first",
            };
            let mut test_name = format!(
                "table{number:02}_{count}_code{}_{}_{}_{style}",
                if count == 1 { "" } else { "s" },
                if gapless { "gapless" } else { "sparse" },
                if table_order.is_sorted() {
                    "in_order"
                } else {
                    "out_of_order"
                },
            );
            if let Some(base) = &base {
                let _ = write!(test_name, "_extends_{}", base.to_lowercase());
            }
            written.push(Table {
                ident,
                base,
                text,
                test_name,
                integrations: plan.integrations,
            });
        }
        written
    }

    fn draw_family<'a>(random: &mut Random, plan: &'a Plan) -> Drawn<'a> {
        let values = draw_codes(random, plan.codes, plan.spread);
        let mut categories = draw_categories(random, &values, plan.order == NestedFirst);
        let levels = draw_levels(random, &values, plan.family);
        let codes: Vec<Code> = values
            .iter()
            .zip(&levels)
            .map(|(&value, &level)| {
                let category = narrowest(&categories, value).expect("every code has a category");
                let (line, docs) = draw_line(random, value);
                Code {
                    value,
                    line,
                    docs,
                    category,
                    level,
                }
            })
            .collect();
        // A category appears first in the first table with a code of its own or of a category
        // nested in it, so that an extension never puts a category around one of its base's;
        // one with no codes at all, in the base.
        for (index, category) in categories.iter_mut().enumerate() {
            category.level = codes
                .iter()
                .filter(|code| code.category == index)
                .map(|code| code.level)
                .min()
                .unwrap_or(0);
        }
        for outer in 0..categories.len() {
            let nested = (0..categories.len())
                .filter(|&inner| categories[inner].nested_in(&categories[outer]))
                .map(|inner| categories[inner].level)
                .min();
            if let Some(nested) = nested {
                categories[outer].level = categories[outer].level.min(nested);
            }
        }
        Drawn {
            plan,
            categories,
            codes,
            tables: levels.iter().max().map_or(1, |&last| last + 1),
            visibility: if random.percent(50) { "pub " } else { "" },
        }
    }

    /// `count` codes, ascending.
    fn draw_codes(random: &mut Random, count: usize, spread: Spread) -> Vec<u16> {
        let window = |random: &mut Random, width: usize| {
            let start = 100 + random.below(900 - width + 1);
            (start..start + width)
                .map(|code| u16::try_from(code).expect("a three-digit code"))
                .collect::<Vec<u16>>()
        };
        match spread {
            Gapless => window(random, count),
            FewGaps => {
                let gaps = (1 + random.below(3)).min(900 - count).min(count - 1);
                let mut codes = window(random, count + gaps);
                for _ in 0..gaps {
                    codes.remove(1 + random.below(codes.len() - 2));
                }
                codes
            }
            Sparse => loop {
                let width = count + 1 + random.below(900 - count);
                let mut codes = window(random, width);
                random.shuffle(&mut codes);
                codes.truncate(count);
                codes.sort_unstable();
                let span = usize::from(codes[count - 1] - codes[0]) + 1;
                if span > count || count == 1 {
                    break codes;
                }
            },
        }
    }

    /// Categories that cover every code: for each hundred, `Nxx` alone, `Nxx` with some
    /// `NNx` nested in it (possibly empty ones), or only the `NNx` of the tens that have codes.
    fn draw_categories(random: &mut Random, codes: &[u16], all_nested: bool) -> Vec<Category> {
        let mut hundreds: Vec<u16> = codes.iter().map(|code| code / 100).collect();
        hundreds.dedup();
        let mut categories = Vec::new();
        let mut category = |random: &mut Random, header: String, first: u16, last: u16| {
            let digits = header.trim_end_matches('x');
            let name = format!("{}{digits}", random.pick(CATEGORY_WORDS));
            let doc = random
                .percent(30)
                .then(|| format!("Codes {first} to {last}."));
            categories.push(Category {
                header,
                first,
                last,
                name,
                doc,
                level: 0,
            });
        };
        for hundred in hundreds {
            let mut tens: Vec<u16> = codes
                .iter()
                .filter(|&&code| code / 100 == hundred)
                .map(|code| code / 10)
                .collect();
            tens.dedup();
            let shape = if all_nested { 1 } else { random.below(5) };
            if shape < 4 {
                category(
                    random,
                    format!("{hundred}xx"),
                    hundred * 100,
                    hundred * 100 + 99,
                );
            }
            // Where every hundred nests, a nested category takes a ten above the hundred's
            // lowest code, so that writing it first puts the table out of numeric order.
            let above_lowest = if all_nested && tens.len() > 1 {
                &tens[1..]
            } else {
                &tens[..]
            };
            let nested: Vec<u16> = match shape {
                0..=1 => {
                    let mut nested: Vec<u16> = (0..=random.below(3))
                        .map(|pick| {
                            if pick == 0 && all_nested || random.percent(80) {
                                *random.pick(above_lowest)
                            } else {
                                hundred * 10 + u16::try_from(random.below(10)).unwrap()
                            }
                        })
                        .collect();
                    nested.sort_unstable();
                    nested.dedup();
                    nested
                }
                4 => tens,
                _ => Vec::new(),
            };
            for ten in nested {
                category(random, format!("{ten}x"), ten * 10, ten * 10 + 9);
            }
        }
        categories
    }

    fn narrowest(categories: &[Category], code: u16) -> Option<usize> {
        (0..categories.len())
            .filter(|&index| (categories[index].first..=categories[index].last).contains(&code))
            .min_by_key(|&index| categories[index].last - categories[index].first)
    }

    /// Which table of the family writes each code: 0 for the base.
    fn draw_levels(random: &mut Random, codes: &[u16], family: Family) -> Vec<usize> {
        let count = codes.len();
        match family {
            Family::Alone => vec![0; count],
            AddsBelow => (0..count)
                .map(|index| usize::from(index < count / 3))
                .collect(),
            FillsGaps { extensions } => {
                // The top fifth goes to the extensions, and two in five of the rest.
                let tail = count - count / 5;
                let mut levels: Vec<usize> = (0..count)
                    .map(|index| {
                        if index < tail && random.percent(60) {
                            0
                        } else {
                            1 + random.below(extensions)
                        }
                    })
                    .collect();
                // The base keeps its lowest code and one further up, and loses one in between,
                // so that it has gaps; each extension gets a code.
                levels[0] = 0;
                levels[tail / 2 + 1] = 0;
                levels[tail / 4 + 1] = 1;
                for level in 1..=extensions {
                    if !levels.contains(&level) {
                        levels[count - level] = level;
                    }
                }
                levels
            }
        }
    }

    /// A code's line and its doc comment lines.
    fn draw_line(random: &mut Random, value: u16) -> (String, Vec<String>) {
        let word = random.pick(CODE_WORDS);
        let ident = format!("{word}{value}");
        let mut names: Vec<String> = Vec::new();
        match random.below(20) {
            0..=2 => names.push(format!("{word} {value}")),
            3..=5 => names.push((*random.pick(SHARED_NAMES)).to_owned()),
            6 => names.push(ident.clone()),
            _ => {}
        }
        if random.percent(12) {
            if names.is_empty() {
                names.push(ident.clone());
            }
            names.push(format!("Alias {value}"));
            if random.percent(30) {
                names.push(format!("{word}{value}Old"));
            }
        }
        let mut line = format!("{value} {ident}");
        for (position, name) in names.iter().enumerate() {
            line.push_str(if position == 0 { " as " } else { " | " });
            let _ = write!(line, "\"{name}\"");
        }
        let docs = match random.below(20) {
            0..=1 => vec![format!("{word}: code {value}.")],
            2 => vec![format!("{word}, code {value},"), "in two lines.".to_owned()],
            _ => Vec::new(),
        };
        (line, docs)
    }

    /// The categories a table writes, each with the codes it writes under it (indices into the
    /// family's categories and codes), in the order it writes them.
    type Lines = Vec<(usize, Vec<usize>)>;

    /// The text of the family's table at `level`, and its own codes in the order it writes them;
    /// `repeated` is a base code it writes again, exactly as the base does.
    fn write_table(
        random: &mut Random,
        drawn: &Drawn,
        ident: &str,
        base: Option<&str>,
        level: usize,
        repeated: Option<usize>,
    ) -> (String, Vec<u16>) {
        let lines = order_lines(random, drawn, level, repeated);
        let asks = if drawn.plan.integrations {
            "    #[status_codes(serde, schemars)]\n"
        } else {
            ""
        };
        let visibility = drawn.visibility;
        let extends = base
            .map(|base| format!(" extends {base}"))
            .unwrap_or_default();
        let what = match (drawn.tables > 1, level) {
            (false, _) => "A table",
            (true, 0) => "The base of a family",
            (true, _) => "An extension",
        };
        let mut text = format!(
            "    /// {what}, drawn at random.\n{asks}    {visibility}enum {ident}{extends} {{\n"
        );
        for (category, own) in &lines {
            write_category(random, drawn, level, repeated, (*category, own), &mut text);
        }
        text.push_str("    }\n");
        let own = lines
            .iter()
            .flat_map(|(_, own)| own)
            .filter(|&&code| Some(code) != repeated)
            .map(|&code| drawn.codes[code].value)
            .collect();
        (text, own)
    }

    /// What the table at `level` writes, in the plan's order.
    fn order_lines(
        random: &mut Random,
        drawn: &Drawn,
        level: usize,
        repeated: Option<usize>,
    ) -> Lines {
        let Drawn {
            plan,
            categories,
            codes,
            ..
        } = drawn;
        // Its new categories, and the base's it adds codes to.
        let mut lines: Lines = (0..categories.len())
            .filter_map(|index| {
                let own: Vec<usize> = (0..codes.len())
                    .filter(|&code| codes[code].category == index)
                    .filter(|&code| codes[code].level == level || Some(code) == repeated)
                    .collect();
                (categories[index].level == level || !own.is_empty()).then_some((index, own))
            })
            .collect();
        let value = |code: &usize| codes[*code].value;
        let lowest = |(category, own): &(usize, Vec<usize>)| {
            own.iter()
                .map(value)
                .min()
                .unwrap_or(categories[*category].first)
        };
        match plan.order {
            Ascending => {
                lines.sort_by_key(lowest);
                for (_, own) in &mut lines {
                    own.sort_by_key(value);
                }
            }
            NestedFirst => {
                lines.sort_by_key(|(category, _)| {
                    let category = &categories[*category];
                    let outer = category.header.ends_with("xx");
                    (category.first / 100, outer, category.first)
                });
                for (_, own) in &mut lines {
                    own.sort_by_key(value);
                }
            }
            Reversed => {
                lines.sort_by_key(|line| std::cmp::Reverse(lowest(line)));
                for (_, own) in &mut lines {
                    own.sort_by_key(|code| std::cmp::Reverse(value(code)));
                }
            }
            Shuffled => {
                random.shuffle(&mut lines);
                for (_, own) in &mut lines {
                    random.shuffle(own);
                }
                // Shuffled into numeric order by chance: reverse the largest category, or
                // swap two categories, so that the table is out of order.
                let in_order = |lines: &Lines| {
                    let values: Vec<u16> = lines
                        .iter()
                        .flat_map(|(_, own)| own.iter().map(value))
                        .collect();
                    values.is_sorted()
                };
                if in_order(&lines) {
                    if let Some((_, own)) = lines.iter_mut().max_by_key(|(_, own)| own.len()) {
                        own.reverse();
                    }
                }
                if in_order(&lines) && lines.len() > 1 {
                    lines.swap(0, 1);
                }
            }
        }
        lines
    }

    /// One category and its codes, on one line when they are few and have no docs.
    fn write_category(
        random: &mut Random,
        drawn: &Drawn,
        level: usize,
        repeated: Option<usize>,
        (category, own): (usize, &[usize]),
        text: &mut String,
    ) {
        let category = &drawn.categories[category];
        if category.level == level {
            if let Some(doc) = &category.doc {
                let _ = writeln!(text, "        /// {doc}");
            }
        }
        let _ = write!(text, "        {} {} <", category.header, category.name);
        let codes = &drawn.codes;
        let one_line = own.len() <= 4
            && own
                .iter()
                .all(|&code| codes[code].docs.is_empty() || Some(code) == repeated);
        for (position, &code) in own.iter().enumerate() {
            let code = &codes[code];
            let comma = if position + 1 < own.len() || random.percent(50) {
                ","
            } else {
                ""
            };
            if one_line {
                let _ = write!(text, " {}{comma}", code.line);
            } else {
                text.push('\n');
                if code.level == level {
                    for doc in &code.docs {
                        let _ = writeln!(text, "            /// {doc}");
                    }
                }
                let _ = write!(text, "            {}{comma}", code.line);
            }
        }
        text.push_str(if one_line { " >" } else { "\n        >" });
        if random.percent(20) {
            text.push(',');
        }
        text.push('\n');
    }
}
