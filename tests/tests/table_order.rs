//! Random tables whose lines come in every order, checked against their own text.
//!
//! `tests/build.rs` draws the tables (see `STATUS_CODES_ORDER_SEED` in TESTING.md): 1 to 900
//! codes, with and without gaps; categories and codes shuffled, reversed or ascending; nested
//! categories before or after the one around them; shared names, aliases and docs; extensions
//! that fill their base's gaps or add codes below it, and an extension of an extension. Each
//! table's text is a constant next to it, and `support/table_text.rs` reads that text into the
//! reference: every lookup of the generated enum, for every code from 100 to 999 and some
//! outside, must agree with it.

#[path = "support/table_text.rs"]
mod table_text;

use status_codes::{AnyCode, StatusCategory, StatusCode, UnknownCodeError};
use std::collections::BTreeMap;
use std::fmt::{Debug, Write};
use table_text::Reference;

include!(concat!(env!("OUT_DIR"), "/table_order.rs"));

/// A generated table and the checks that apply to it.
struct GeneratedTable {
    ident: &'static str,
    text: &'static str,
    lookups: fn(&Reference, &mut Report),
    /// For a table that asks for serde and schemars.
    integrations: Option<fn(&Reference, &mut Report)>,
    /// For an extension: the conversions to and from its base.
    extension: Option<fn(&Reference, &mut Report)>,
}

fn text_of(ident: &str) -> &'static str {
    TABLES
        .iter()
        .find(|table| table.ident == ident)
        .unwrap_or_else(|| panic!("no generated table {ident}"))
        .text
}

fn check_table(ident: &'static str) {
    let table = TABLES.iter().find(|table| table.ident == ident).unwrap();
    let reference = Reference::read(table.text, &text_of);
    let mut report = Report::new(ident);
    (table.lookups)(&reference, &mut report);
    report.check(
        "asks for serde and schemars",
        "",
        &(reference.serde && reference.schemars),
        &table.integrations.is_some(),
    );
    if let Some(integrations) = table.integrations {
        integrations(&reference, &mut report);
    }
    if let Some(extension) = table.extension {
        extension(&reference, &mut report);
    }
    report.finish();
}

/// Every failed check of one table, by what was checked, so that one run shows them all.
struct Report {
    table: &'static str,
    checks: usize,
    failures: BTreeMap<&'static str, Vec<String>>,
}

impl Report {
    fn new(table: &'static str) -> Self {
        Self {
            table,
            checks: 0,
            failures: BTreeMap::new(),
        }
    }

    fn check<V: PartialEq + Debug + ?Sized>(
        &mut self,
        what: &'static str,
        input: impl Debug,
        actual: &V,
        expected: &V,
    ) {
        self.checks += 1;
        if actual != expected {
            self.failures
                .entry(what)
                .or_default()
                .push(format!("{input:?}: {actual:?}, expected {expected:?}"));
        }
    }

    fn finish(self) {
        if self.failures.is_empty() {
            return;
        }
        let failed: usize = self.failures.values().map(Vec::len).sum();
        let mut message = format!(
            "{}: {failed} of {} checks failed (tables drawn with STATUS_CODES_ORDER_SEED={SEED}):\n",
            self.table, self.checks
        );
        for (what, failures) in &self.failures {
            let _ = writeln!(message, "  {what}: {} failed, such as", failures.len());
            for failure in failures.iter().take(3) {
                let _ = writeln!(message, "    {failure}");
            }
        }
        panic!("{message}");
    }
}

/// The numbers every table is asked about: every three-digit code and some others.
fn numbers() -> impl Iterator<Item = u16> {
    (0..=1010).chain([9999, u16::MAX])
}

fn header<C: StatusCategory>(category: C) -> &'static str {
    category.header()
}

fn codes_of<T: StatusCode>(statuses: &[T]) -> Vec<u16> {
    statuses.iter().map(|&status| status.code()).collect()
}

/// The variant of a code, found through `code()` (a cast), so that each lookup is checked on
/// its own and not through `from_code` again.
fn variant<T: StatusCode>(value: u16) -> Option<T> {
    T::ALL
        .iter()
        .copied()
        .find(|&status| status.code() == value)
}

fn lookups<T: StatusCode>(reference: &Reference, report: &mut Report) {
    report.check("TYPE_NAME", "", T::TYPE_NAME, reference.type_name.as_str());
    let table: Vec<u16> = reference.codes.iter().map(|code| code.value).collect();
    report.check("ALL (table order)", "", &codes_of(T::ALL), &table);
    let mut sorted = T::ALL.to_vec();
    sorted.sort();
    let ascending = sorted
        .windows(2)
        .all(|pair| pair[0].code() < pair[1].code());
    report.check("Ord (by code)", "", &ascending, &true);
    for value in numbers() {
        by_number::<T>(reference, report, value);
        match reference.code(value) {
            Some(code) => known::<T>(reference, report, code),
            None => unknown::<T>(reference, report, value),
        }
    }
    categories::<T>(reference, report);
    for miss in ["", "nope", " Pending", "Pending ", "Alias", "0", "100 "] {
        if reference.named(miss).is_none() {
            report.check("from_name (not a name)", miss, &T::from_name(miss), &None);
            report.check("FromStr (not a name)", miss, &miss.parse::<T>().ok(), &None);
        }
    }
}

/// The lookups by number, for codes in the table or not.
fn by_number<T: StatusCode>(reference: &Reference, report: &mut Report, value: u16) {
    let expected = reference.code(value).map(|code| code.value);
    let category = reference.category_of(value).map(|c| c.header.as_str());
    let found = T::from_code(value).map(T::code);
    report.check("from_code", value, &found, &expected);
    let by_range = <T::Category as StatusCategory>::from_code(value).map(header);
    report.check("Category::from_code", value, &by_range, &category);
    match AnyCode::<T>::new(value) {
        Ok(any) => {
            let by_range = any.category().map(header);
            report.check("AnyCode::category", value, &by_range, &category);
            let known = any.known().map(T::code);
            report.check("AnyCode::known", value, &known, &expected);
        }
        Err(_) => report.check("AnyCode::new", value, &(100..=999).contains(&value), &false),
    }
}

fn unknown<T: StatusCode>(reference: &Reference, report: &mut Report, value: u16) {
    let error = Err(format!("{value} is not a {} code", reference.type_name));
    let converted = T::try_from(value).map_err(|error| error.to_string());
    report.check("TryFrom<u16> (unknown)", value, &converted, &error);
    if (100..=999).contains(&value) {
        let parsed = value.to_string().parse::<T>();
        let parsed = parsed.map_err(|error| error.to_string());
        report.check("FromStr (unknown code)", value, &parsed, &error);
    }
}

fn known<T: StatusCode>(reference: &Reference, report: &mut Report, code: &table_text::Code) {
    let value = code.value;
    let Some(status) = variant::<T>(value) else {
        report.check("ALL has the code", value, &false, &true);
        return;
    };
    report.check("Into<u16>", value, &status.into(), &value);
    report.check("TryFrom<u16>", value, &T::try_from(value), &Ok(status));
    report.check("name()", value, status.name(), code.name.as_str());
    report.check(
        "identifier()",
        value,
        status.identifier(),
        code.identifier.as_str(),
    );
    let aliases: Vec<&str> = code.aliases.iter().map(String::as_str).collect();
    report.check("aliases()", value, status.aliases(), &aliases[..]);
    let description = code.description.as_deref();
    report.check("description()", value, &status.description(), &description);
    let category = reference.categories[code.category].header.as_str();
    report.check("category()", value, header(status.category()), category);
    let display = format!("{value} {}", code.name);
    report.check("Display", value, &status.to_string(), &display);
    // A name shared by two codes selects the first in table order.
    let first_named = reference.named(&code.name).map(|code| code.value);
    let mut parses = vec![
        ("FromStr (code)", value.to_string(), Some(value)),
        ("FromStr (Display)", display, Some(value)),
        ("FromStr (name)", code.name.clone(), first_named),
        ("FromStr (identifier)", code.identifier.clone(), Some(value)),
        (
            "FromStr (code and identifier)",
            format!("{value} {}", code.identifier),
            Some(value),
        ),
    ];
    for alias in &code.aliases {
        parses.push(("FromStr (alias)", alias.clone(), Some(value)));
        let with_code = format!("{value} {alias}");
        parses.push(("FromStr (code and alias)", with_code, Some(value)));
    }
    for (what, text, selects) in parses {
        report.check(what, &text, &text.parse::<T>().ok().map(T::code), &selects);
    }
    let by_name = T::from_name(&code.name).map(T::code);
    report.check("from_name (name)", &code.name, &by_name, &first_named);
    let by_identifier = T::from_name(&code.identifier);
    report.check(
        "from_name (identifier)",
        &code.identifier,
        &by_identifier,
        &Some(status),
    );
    for alias in &code.aliases {
        report.check(
            "from_name (alias)",
            alias,
            &T::from_name(alias),
            &Some(status),
        );
    }
}

fn categories<T: StatusCode>(reference: &Reference, report: &mut Report) {
    let all = <T::Category as StatusCategory>::ALL;
    let headers: Vec<&str> = all.iter().map(|&category| category.header()).collect();
    let expected: Vec<&str> = reference
        .categories
        .iter()
        .map(|category| category.header.as_str())
        .collect();
    report.check("Category::ALL (table order)", "", &headers, &expected);
    for &category in all {
        let Some(expected) = reference
            .categories
            .iter()
            .find(|expected| expected.header == category.header())
        else {
            continue;
        };
        let header = &expected.header;
        report.check(
            "Category::name",
            header,
            category.name(),
            expected.name.as_str(),
        );
        report.check(
            "Category Display",
            header,
            &category.to_string(),
            &expected.name,
        );
        report.check(
            "Category::range",
            header,
            &category.range(),
            &expected.range,
        );
        let by_name = <T::Category as StatusCategory>::from_name(&expected.name);
        report.check("Category::from_name", header, &by_name, &Some(category));
        let members = codes_of(category.members());
        let in_table_order = reference.members(expected);
        report.check(
            "Category::members (table order)",
            header,
            &members,
            &in_table_order,
        );
        for value in numbers() {
            let owner = reference.category_of(value).map(|owner| &owner.header);
            let contains = category.contains(value);
            report.check(
                "Category::contains",
                (header, value),
                &contains,
                &(owner == Some(header)),
            );
        }
    }
}

fn integrations<T>(reference: &Reference, report: &mut Report)
where
    T: StatusCode + serde::Serialize + serde::de::DeserializeOwned + schemars::JsonSchema,
    T::Category: serde::Serialize + serde::de::DeserializeOwned,
{
    let read = |json: &str| serde_json::from_str::<T>(json).ok().map(T::code);
    for code in &reference.codes {
        let value = code.value;
        let Some(status) = variant::<T>(value) else {
            continue;
        };
        let written = serde_json::to_string(&status).ok();
        report.check(
            "serde: serialize",
            value,
            &written,
            &Some(value.to_string()),
        );
        let first_named = reference.named(&code.name).map(|code| code.value);
        let mut inputs = vec![
            ("serde: integer", value.to_string(), Some(value)),
            ("serde: numeric string", format!("\"{value}\""), Some(value)),
            (
                "serde: Display",
                format!("\"{value} {}\"", code.name),
                Some(value),
            ),
            ("serde: name", format!("{:?}", code.name), first_named),
            (
                "serde: identifier",
                format!("{:?}", code.identifier),
                Some(value),
            ),
        ];
        for alias in &code.aliases {
            inputs.push(("serde: alias", format!("{alias:?}"), Some(value)));
        }
        for (what, json, selects) in inputs {
            report.check(what, &json, &read(&json), &selects);
        }
    }
    for value in 100..=999 {
        if reference.code(value).is_none() {
            report.check(
                "serde: unknown code",
                value,
                &read(&value.to_string()),
                &None,
            );
        }
    }
    for &category in <T::Category as StatusCategory>::ALL {
        let json = format!("{:?}", category.name());
        let written = serde_json::to_string(&category).ok();
        report.check(
            "serde: category",
            category.name(),
            &written,
            &Some(json.clone()),
        );
        let read = serde_json::from_str::<T::Category>(&json).ok();
        report.check(
            "serde: category back",
            category.name(),
            &read,
            &Some(category),
        );
    }
    let schema = schemars::schema_for!(T);
    let codes: Vec<u16> = reference.codes.iter().map(|code| code.value).collect();
    let identifiers: Vec<&str> = reference
        .codes
        .iter()
        .map(|code| code.identifier.as_str())
        .collect();
    report.check(
        "schemars: enum (table order)",
        "",
        &schema.get("enum").cloned(),
        &Some(serde_json::json!(codes)),
    );
    report.check(
        "schemars: x-enum-varnames (table order)",
        "",
        &schema.get("x-enum-varnames").cloned(),
        &Some(serde_json::json!(identifiers)),
    );
}

fn extension<B, E>(reference: &Reference, report: &mut Report)
where
    B: StatusCode + TryFrom<E, Error = UnknownCodeError> + PartialEq<E>,
    E: StatusCode + From<B> + PartialEq<B>,
{
    report.check("base's ALL", "", &B::ALL.len(), &reference.base_codes);
    let base = codes_of(B::ALL);
    let prefix = codes_of(&E::ALL[..base.len().min(E::ALL.len())]);
    report.check("ALL starts with the base's ALL", "", &prefix, &base);
    for &status in B::ALL {
        let code = status.code();
        let converted = E::from(status);
        report.check("From<Base>", code, &converted.code(), &code);
        report.check("PartialEq<Base>", code, &(converted == status), &true);
        report.check("PartialEq<Extension>", code, &(status == converted), &true);
    }
    for &status in E::ALL {
        let code = status.code();
        let in_base = reference
            .position(code)
            .is_some_and(|position| position < reference.base_codes);
        let expected = if in_base {
            Ok(code)
        } else {
            Err(format!("{code} is not a {} code", B::TYPE_NAME))
        };
        let converted = B::try_from(status).map(B::code);
        let converted = converted.map_err(|error| error.to_string());
        report.check("TryFrom<Extension> for Base", code, &converted, &expected);
    }
}
