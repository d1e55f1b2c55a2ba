//! The documentation written onto generated items: the table on the enum's page, a line on
//! every variant saying its code and category.

use crate::model::{Category, Code, Table};
use std::fmt::Write;

/// Appended to the enum's own docs: every code, name and category.
pub fn enum_table(table: &Table) -> String {
    let category_enum = table.category_ident();
    let with_descriptions = table.codes().any(|(_, code)| code.description.is_some());
    let mut doc = String::new();
    if crate::model::description(&table.attrs).is_none() {
        let _ = writeln!(doc, "Status codes of the `{}` table.\n", table.ident);
    }
    doc.push_str("# Codes\n\n| Code | Name | Category |");
    doc.push_str(if with_descriptions {
        " Description |\n|-----:|------|----------|-------------|\n"
    } else {
        "\n|-----:|------|----------|\n"
    });
    for (category, code) in table.codes() {
        let _ = write!(
            doc,
            "| {} | [`{}`]({}::{}) | [{}]({category_enum}::{}) (`{}`) |",
            code.value,
            code.name,
            table.ident,
            code.ident,
            category.ident,
            category.ident,
            category.header,
        );
        if with_descriptions {
            let text = code.description.as_deref().unwrap_or_default();
            let _ = write!(doc, " {} |", text.replace('|', "\\|").replace('\n', " "));
        }
        doc.push('\n');
    }
    doc
}

/// The first line of a variant's docs.
pub fn code_line(table: &Table, category: &Category, code: &Code) -> String {
    format!(
        "`{}` — `{}`, in category [`{}`]({}::{}) (`{}`).",
        code.value,
        code.name,
        category.ident,
        table.category_ident(),
        category.ident,
        category.header,
    )
}

pub fn category_enum(table: &Table) -> String {
    format!(
        "The categories of [`{}`]: each covers a range of codes given by its header.",
        table.ident
    )
}

pub fn category_line(category: &Category) -> String {
    format!(
        "`{}`: codes {} to {}.",
        category.header, category.range.first, category.range.last
    )
}
